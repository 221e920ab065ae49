import { mkdtemp, mkdir, writeFile, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TemplateError } from '../../../functions/core/errors.js';
import { compileTemplates } from '../../../functions/core/render/digest-templates.js';
import { renderDigest } from '../../../functions/core/render/render-digest.js';
import { fillSlots, slotMarker } from '../../../functions/core/render/slots.js';
import { makeArticle, makeIssue, realTemplates, TEMPLATES_DIR, testConfig } from '../../support/digest-fixtures.js';

describe('rendering the digest with the real templates', () => {
  it('renders date, sections, linked headlines, source and reading time, excerpts and the footer', async () => {
    const issue = makeIssue([makeArticle(1), makeArticle(2, { image: 'https://img.example.com/a.jpg' })]);
    const rendered = await renderDigest(issue, await realTemplates(), testConfig());
    expect(rendered.subject).toContain('Daily Digest');
    expect(rendered.subject).toContain('November 26, 2026');
    expect(rendered.subject).toContain('Headline number 1 about the city');
    expect(rendered.html).toContain('<a href="https://news.example.com/story/1"');
    expect(rendered.html).toContain('Example News · 1 min read');
    expect(rendered.html).toMatch(/>\s*Local\s*</);
    expect(rendered.html).toMatch(/>\s*World\s*</);
    expect(rendered.html).toContain('src="https://img.example.com/a.jpg"');
    expect(rendered.html).toContain('alt="Headline number 2 about the city"');
    expect(rendered.html).toContain('1 Example Street');
    expect(rendered.html).toContain(slotMarker(rendered.slots, 'unsubscribeUrl'));
    expect(rendered.html).toContain('prefers-color-scheme: dark');
    expect(rendered.html).toContain('name="color-scheme"');
    expect(rendered.html).toContain('lang="en"');
    expect(rendered.text).toContain('Headline number 1 about the city');
    expect(rendered.text).toContain('Read more: https://news.example.com/story/1');
    expect(rendered.text).toContain(`Unsubscribe: ${slotMarker(rendered.slots, 'unsubscribeUrl')}`);
    expect(rendered.trimmed).toBe(false);
  });

  it('puts a preheader into the HTML', async () => {
    const rendered = await renderDigest(makeIssue([makeArticle(1), makeArticle(2)]), await realTemplates(), testConfig());
    expect(rendered.preheader).toBe('Headline number 1 about the city · Headline number 2 about the city');
    expect(rendered.html).toContain(rendered.preheader);
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

  it('marks right-to-left articles with dir="rtl" and their language', async () => {
    const arabic = makeArticle(1, {
      title: 'افتتاح محطة جديدة لتحلية المياه',
      paragraphs: ['افتتحت السلطات المحلية يوم الأربعاء محطة جديدة لتحلية مياه البحر تعمل بالطاقة الشمسية. وقال مدير المشروع إن المحطة استغرق بناؤها ثلاث سنوات.'],
    });
    const rendered = await renderDigest(makeIssue([arabic, makeArticle(2)]), await realTemplates(), testConfig());
    expect(arabic.dir).toBe('rtl');
    expect(rendered.html).toMatch(/lang="ar" dir="rtl"/);
    expect(rendered.html).toMatch(/lang="en" dir="ltr"/);
  });

  it('stays under the size budget by shortening excerpts, then moving stories to a headline-only list', async () => {
    const articles = Array.from({ length: 60 }, (_, i) => makeArticle(i + 1));
    const rendered = await renderDigest(makeIssue(articles), await realTemplates(), testConfig({ sizeBudgetBytes: 60_000 }));
    expect(rendered.bytes).toBeLessThanOrEqual(60_000);
    expect(rendered.trimmed).toBe(true);
    expect(rendered.layout.shortExcerpts).toBe(true);
    expect(rendered.layout.cards).toBeGreaterThan(0);
    expect(rendered.layout.cards + rendered.layout.moreStories + rendered.layout.omitted).toBe(60);
    expect(rendered.layout.moreStories).toBeGreaterThan(0);
    expect(rendered.html).toContain('More stories');
    expect(rendered.trimNotes.join(' ')).toMatch(/moved to "More stories"/);
    // Every story is still reachable: as a card or a headline, or counted as left out.
    expect(rendered.html).toContain('Headline number 60 about the city');
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
    const dir = await templatesWith('partials/article-card.mjml.hbs', '<mj-section>{{#if title}}<mj-column></mj-section>');
    await expect(compileTemplates(dir)).rejects.toThrow(/article-card\.mjml\.hbs does not compile/);
    await expect(compileTemplates(dir)).rejects.toBeInstanceOf(TemplateError);
  });

  it('fails with MJML\'s complaint when the template produces invalid MJML', async () => {
    const dir = await templatesWith('partials/footer.mjml.hbs', '<mj-column><mj-unknown-tag /></mj-column>');
    const templates = await compileTemplates(dir);
    await expect(renderDigest(makeIssue([makeArticle(1)]), templates, testConfig())).rejects.toThrow(/MJML rejected/);
  });

  it('names a missing template file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'templates-'));
    await expect(compileTemplates(dir)).rejects.toThrow(/Cannot read template .*digest\.mjml\.hbs/);
  });
});
