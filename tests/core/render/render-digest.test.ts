import { mkdtemp, mkdir, writeFile, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TemplateError } from '../../../functions/core/errors.js';
import { compileTemplates } from '../../../functions/core/render/digest-templates.js';
import { renderDigest } from '../../../functions/core/render/render-digest.js';
import { fillSlots, slotMarker } from '../../../functions/core/render/slots.js';
import { makeArticle, makeIssue, realTemplates, TEMPLATES_DIR, testConfig } from '../../support/digest-fixtures.js';

const ARABIC = {
  title: 'افتتاح محطة جديدة لتحلية المياه',
  paragraphs: ['افتتحت السلطات المحلية يوم الأربعاء محطة جديدة لتحلية مياه البحر تعمل بالطاقة الشمسية. وقال مدير المشروع إن المحطة استغرق بناؤها ثلاث سنوات.'],
};
const SERBIAN = {
  title: 'Прва деоница београдског метроа биће пуштена у рад током пролећа',
  paragraphs: ['Прва деоница београдског метроа биће пуштена у рад током пролећа, саопштили су у среду представници градске управе. Возови ће саобраћати на сваке четири минуте у шпицу.'],
};

/** The card holding `text`: the `<div class="s" …>` it sits in (cards hold no other div). */
function storyDiv(html: string, text: string): string {
  const at = html.indexOf(text, html.indexOf('<div class="s"'));
  const start = html.lastIndexOf('<div class="s"', at);
  return html.slice(start, html.indexOf('</div>', at) + 6);
}

describe('rendering the digest with the real templates', () => {
  it('renders the masthead, section headings, linked story headings, source and reading time, excerpts and the footer', async () => {
    const issue = makeIssue([makeArticle(1), makeArticle(2, { image: 'https://img.example.com/a.jpg' })]);
    const rendered = await renderDigest(issue, await realTemplates(), testConfig());
    expect(rendered.html).toMatch(/<h1[^>]*><a href="https:\/\/digest\.example\.com"[^>]*>Daily Digest<\/a><\/h1>/);
    expect(rendered.html).toContain('Thursday, November 26, 2026 · 2 stories');
    expect(rendered.html).toMatch(/<h2[^>]*>World<\/h2>/);
    expect(rendered.html).toMatch(/<h2[^>]*>Local<\/h2>/);
    expect(rendered.html).toMatch(/<h3[^>]*><a href="https:\/\/news\.example\.com\/story\/1"[^>]*>Headline number 1 about the city<\/a><\/h3>/);
    expect(rendered.html).toContain('<bdi>Example News</bdi> · <bdi>1 min read</bdi>');
    expect(rendered.html).toContain('src="https://img.example.com/a.jpg"');
    expect(rendered.html).toContain('alt="Headline number 2 about the city"');
    expect(rendered.html).toContain('1 Example Street');
    expect(rendered.html).toContain(slotMarker(rendered.slots, 'unsubscribeUrl'));
    expect(rendered.html).toContain('name="color-scheme"');
    expect(rendered.html).toMatch(/<html lang="en" dir="ltr"/);
    expect(rendered.text).toContain('Headline number 1 about the city');
    expect(rendered.text).toContain('Read more: https://news.example.com/story/1');
    expect(rendered.text).toContain(`Unsubscribe: ${slotMarker(rendered.slots, 'unsubscribeUrl')}`);
    expect(rendered.trimmed).toBe(false);
    expect(rendered.renders).toBe(1);
  });

  it('loads no web font and names no third-party host but the articles\' own', async () => {
    const rendered = await renderDigest(makeIssue([makeArticle(1, { image: 'https://img.example.com/a.jpg' })]), await realTemplates(), testConfig());
    expect(rendered.html).not.toMatch(/<link\b|@import|fonts\.googleapis|@font-face/i);
    const hosts = new Set([...rendered.html.matchAll(/(?:src|href)="https?:\/\/([^/"]+)/g)].map((match) => match[1]));
    expect([...hosts].sort()).toEqual(['digest.example.com', 'img.example.com', 'news.example.com']);
  });

  it('puts the top headline in the subject, alone by default or after the configured prefix', async () => {
    const issue = makeIssue([makeArticle(1), makeArticle(2)]);
    expect((await renderDigest(issue, await realTemplates(), testConfig())).subject).toBe('Headline number 1 about the city');
    const prefixed = await renderDigest(issue, await realTemplates(), testConfig({ subjectPrefix: 'Morning' }));
    expect(prefixed.subject).toBe('Morning: Headline number 1 about the city');
    expect(prefixed.html).toContain('<title>Morning: Headline number 1 about the city</title>');
  });

  it('cuts a long top headline to 60 characters on a word boundary', async () => {
    const title = 'Parliament passes the long-awaited reform of the national pension system after a marathon session';
    const rendered = await renderDigest(makeIssue([makeArticle(1, { title })]), await realTemplates(), testConfig({ subjectPrefix: 'Daily Digest' }));
    expect(rendered.subject).toBe('Daily Digest: Parliament passes the long-awaited reform of…');
    expect(rendered.subject.length).toBeLessThanOrEqual(60);
  });

  it('hides a preheader of the next headlines without a colour trick, padded so body text does not leak into the preview', async () => {
    const rendered = await renderDigest(makeIssue([makeArticle(1), makeArticle(2), makeArticle(3)]), await realTemplates(), testConfig());
    expect(rendered.preheader).toBe('Headline number 2 about the city · Headline number 3 about the city');
    const hidden = /<div style="([^"]*)" aria-hidden="true">([^<]*)<\/div>/.exec(rendered.html);
    expect(hidden?.[1]).toContain('display:none');
    expect(hidden?.[1]).not.toMatch(/color|font-size|opacity/);
    expect(hidden?.[2]?.startsWith(rendered.preheader)).toBe(true);
    expect(hidden?.[2]).toContain('\u034f\u200c\u00a0'.repeat(40));
  });

  it('escapes markup and never evaluates template syntax typed in article text', async () => {
    const hostile = makeArticle(1, {
      title: '<script>alert(1)</script> {{subscriber.email}} {{{unsubscribeUrl}}}',
      paragraphs: ['An author typed {{#each this}}{{/each}} and <img src=x onerror=alert(1)> into the body. It must stay text. '.repeat(3)],
    });
    const rendered = await renderDigest(makeIssue([hostile]), await realTemplates(), testConfig());
    expect(rendered.html).not.toContain('<script>alert(1)');
    expect(rendered.html).not.toContain('<img src=x');
    expect(rendered.html).toContain('&lt;script&gt;');
    expect(rendered.html).toContain('{{subscriber.email}}');
    expect(rendered.html).toContain('{{{unsubscribeUrl}}}');
    expect(rendered.html).toContain('{{#each this}}{{/each}}');
    expect(rendered.text).toContain('{{#each this}}{{/each}}');
  });

  it('marks an Arabic story rtl in its language, with its meta line isolated and its labels in Arabic', async () => {
    const arabic = makeArticle(1, { ...ARABIC, lang: 'ar' });
    const rendered = await renderDigest(makeIssue([arabic, makeArticle(2)]), await realTemplates(), testConfig());
    const card = storyDiv(rendered.html, ARABIC.title);
    expect(card).toMatch(/^<div class="s" lang="ar" dir="rtl"/);
    expect(card).toContain('<bdi>Example News</bdi> · <bdi>وقت القراءة: دقيقة</bdi>');
    expect(card).toContain('اقرأ المزيد&nbsp;›</a>');
    expect(storyDiv(rendered.html, 'Headline number 2')).toMatch(/^<div class="s" lang="en" dir="ltr"/);
    expect(rendered.text).toContain('اقرأ المزيد: https://news.example.com/story/1');
  });

  it('labels a Serbian Cyrillic story without metadata sr, and an undecidable one as unknown rather than the list language', async () => {
    const serbian = makeArticle(1, SERBIAN);
    const unknown = makeArticle(2, { title: 'OK', paragraphs: ['12 345 678.'] });
    const rendered = await renderDigest(makeIssue([serbian, unknown]), await realTemplates(), testConfig());
    const card = storyDiv(rendered.html, SERBIAN.title);
    expect(card).toMatch(/^<div class="s" lang="sr" dir="ltr"/);
    expect(card).toContain('Опширније&nbsp;›');
    expect(card).toContain('1 мин читања');
    const unknownCard = storyDiv(rendered.html, '>OK<');
    expect(unknownCard).toMatch(/^<div class="s" lang="" dir="ltr"/);
    // The labels are the list's, and say so.
    expect(unknownCard).toContain('<bdi lang="en">1 min read</bdi>');
    expect(unknownCard).toContain('lang="en" dir="ltr" style="color:#0b5cab">Read more&nbsp;›</a>');
  });

  it('keeps the language an article\'s metadata gives', async () => {
    const rendered = await renderDigest(makeIssue([makeArticle(1, { lang: 'en-GB' })]), await realTemplates(), testConfig());
    expect(storyDiv(rendered.html, 'Headline number 1')).toMatch(/^<div class="s" lang="en-GB"/);
  });

  it('orders sections by their best story, so the subject\'s story comes first, and puts stories without a section last', async () => {
    const articles = [
      makeArticle(1, { section: 'Business' }),
      makeArticle(2, { section: 'Top stories' }),
      makeArticle(3, { section: 'Sport' }),
      makeArticle(4, { section: 'Business' }),
    ];
    const rendered = await renderDigest(makeIssue(articles), await realTemplates(), testConfig());
    const headings = [...rendered.html.matchAll(/<h2[^>]*>([^<]+)<\/h2>/g)].map((match) => match[1]);
    expect(headings).toEqual(['Business', 'Sport', 'Other news']);
    const cards = [...rendered.html.matchAll(/<h3[^>]*><a[^>]*>Headline number (\d)/g)].map((match) => match[1]);
    expect(cards).toEqual(['1', '4', '3', '2']);
    const led = await renderDigest(makeIssue([articles[1]!, articles[0]!]), await realTemplates(), testConfig());
    expect([...led.html.matchAll(/<h2[^>]*>([^<]+)<\/h2>/g)].map((match) => match[1])).toEqual(['Top stories', 'Business']);
  });

  it('writes a plain-text part wrapped at 72 columns, without trailing spaces, signed off with an exact "-- " line', async () => {
    const long = makeArticle(1, { title: 'A headline long enough that it has to be wrapped somewhere in the plain text part of the email' });
    const rendered = await renderDigest(makeIssue([long, makeArticle(2)]), await realTemplates(), testConfig());
    const lines = rendered.text.split('\n');
    expect(lines.filter((line) => line === '-- ')).toHaveLength(1);
    expect(lines[lines.indexOf('-- ') + 1]).toMatch(/^You receive Daily Digest because/);
    for (const line of lines) {
      if (line !== '-- ') expect(line).not.toMatch(/\s$/);
      if (!/https?:\/\/|DD[0-9A-F]{20}/.test(line)) expect([...line].length).toBeLessThanOrEqual(72);
    }
    expect(rendered.text).toContain('A headline long enough that it has to be wrapped somewhere in the plain\ntext part of the email');
  });

  it('keeps a 20-story day under 65 KB and fits at least 30 full cards of a 60-story day in the 95 KB budget', async () => {
    const twenty = await renderDigest(makeIssue(Array.from({ length: 20 }, (_, i) => makeArticle(i + 1, { image: i % 3 === 0 ? `https://img.example.com/${i}.jpg` : undefined }))), await realTemplates(), testConfig());
    expect(twenty.bytes).toBeLessThanOrEqual(65_000);
    expect(twenty.layout.cards).toBe(20);
    const sixty = await renderDigest(makeIssue(Array.from({ length: 60 }, (_, i) => makeArticle(i + 1))), await realTemplates(), testConfig());
    expect(sixty.bytes).toBeLessThanOrEqual(95_000);
    expect(sixty.layout.cards).toBeGreaterThanOrEqual(30);
  });

  it('stays under the size budget by shortening excerpts, then moving stories to a headline-only list, in at most three renders', async () => {
    const articles = Array.from({ length: 60 }, (_, i) => makeArticle(i + 1));
    const rendered = await renderDigest(makeIssue(articles), await realTemplates(), testConfig({ sizeBudgetBytes: 40_000 }));
    expect(rendered.bytes).toBeLessThanOrEqual(40_000);
    expect(rendered.renders).toBeLessThanOrEqual(3);
    expect(rendered.trimmed).toBe(true);
    expect(rendered.layout.shortExcerpts).toBe(true);
    expect(rendered.layout.cards).toBeGreaterThan(0);
    expect(rendered.layout.moreStories).toBeGreaterThan(0);
    expect(rendered.layout.cards + rendered.layout.moreStories + rendered.layout.omitted).toBe(60);
    expect(rendered.html).toContain('More stories');
    expect(rendered.trimNotes.join(' ')).toMatch(/moved to "More stories"/);
    // Every story is still reachable: as a card or a headline, or counted as left out.
    expect(rendered.html).toContain('Headline number 60 about the city');
    expect(rendered.text).toContain('== More stories ==\n\n- Headline number');
    expect(rendered.text).toContain('- Headline number 60 about the city\n  https://news.example.com/story/60\n');
    // The plan is the best that fits: one more card would not.
    const oneMore = await renderDigest(makeIssue(articles), await realTemplates(), testConfig({ sizeBudgetBytes: 40_000 }));
    expect(oneMore.layout).toEqual(rendered.layout);
  });

  it('uses the most cards that fit, as a bisection over full renders would', async () => {
    const articles = Array.from({ length: 40 }, (_, i) => makeArticle(i + 1, { image: i % 2 ? `https://img.example.com/${i}.jpg` : undefined }));
    for (const budget of [30_000, 45_000]) {
      const rendered = await renderDigest(makeIssue(articles), await realTemplates(), testConfig({ sizeBudgetBytes: budget }));
      expect(rendered.bytes).toBeLessThanOrEqual(budget);
      expect(rendered.renders).toBeLessThanOrEqual(3);
      const { cards, moreStories } = rendered.layout;
      if (cards < 40) {
        // Check by rendering with a budget just large enough: one more card would not fit this budget.
        const bigger = await renderDigest(makeIssue(articles), await realTemplates(), testConfig({ sizeBudgetBytes: rendered.bytes + 1 }));
        expect(bigger.layout.cards).toBe(cards);
        expect(moreStories).toBe(40 - cards);
      }
    }
  });

  it('measures the size with recipient values filled in', async () => {
    const rendered = await renderDigest(makeIssue([makeArticle(1)]), await realTemplates(), testConfig());
    const withShortValues = fillSlots(rendered.html, rendered.slots, () => '');
    expect(rendered.bytes).toBeGreaterThan(Buffer.byteLength(withShortValues));
  });

  it('refuses to render an issue without articles', async () => {
    await expect(renderDigest(makeIssue([]), await realTemplates(), testConfig())).rejects.toThrow(TemplateError);
  });
});

describe('a broken template', () => {
  async function templatesWith(file: string, source: string): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), 'templates-'));
    await cp(TEMPLATES_DIR, dir, { recursive: true });
    await mkdir(join(dir, 'partials'), { recursive: true });
    await writeFile(join(dir, file), source);
    return dir;
  }

  it('fails at start-up with the template file named', async () => {
    const dir = await templatesWith('partials/story-card.mjml.hbs', '<div>{{#if title}}<p></div>');
    await expect(compileTemplates(dir)).rejects.toThrow(/story-card\.mjml\.hbs does not compile/);
    await expect(compileTemplates(dir)).rejects.toBeInstanceOf(TemplateError);
  });

  it('fails with MJML\'s complaint when the template produces invalid MJML', async () => {
    const dir = await templatesWith('partials/footer.mjml.hbs', '<mj-column><mj-unknown-tag /></mj-column>');
    const templates = await compileTemplates(dir);
    await expect(renderDigest(makeIssue([makeArticle(1)]), templates, testConfig())).rejects.toThrow(/MJML rejected/);
  });

  it('still fits the budget with a custom story card that the layout measurement does not recognise', async () => {
    const dir = await templatesWith('partials/story-card.mjml.hbs', '<p class="custom"><b>{{title}}</b> {{excerpt}} <a href="{{url}}">{{readMore}}</a></p>');
    const articles = Array.from({ length: 60 }, (_, i) => makeArticle(i + 1));
    const rendered = await renderDigest(makeIssue(articles), await compileTemplates(dir), testConfig({ sizeBudgetBytes: 32_000 }));
    expect(rendered.bytes).toBeLessThanOrEqual(32_000);
    expect(rendered.layout.cards).toBeGreaterThan(0);
    expect(rendered.layout.cards + rendered.layout.moreStories).toBe(60);
    expect(rendered.renders).toBeLessThanOrEqual(3);
  });

  it('names a missing template file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'templates-'));
    await expect(compileTemplates(dir)).rejects.toThrow(/Cannot read template .*digest\.mjml\.hbs/);
  });
});
