import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseHtmlArticle } from '../../../../functions/core/articles/html/extract-html.js';
import { ArticleParseError } from '../../../../functions/core/errors.js';

const sentence =
  'The council met on Tuesday evening to discuss the new harbour plan, which would rebuild the old quay, ' +
  'add a ferry terminal and open the waterfront to walkers and cyclists for the first time in decades.';

/** A believable article page: enough prose for Readability to recognise the body. */
function page(
  options: { head?: string; htmlAttributes?: string; heading?: string; body?: string; paragraphs?: string[] } = {},
): string {
  const paragraphs = options.paragraphs ?? Array.from({ length: 6 }, (_, i) => `${sentence} Point ${i + 1} was debated at length.`);
  return `<!DOCTYPE html>
<html ${options.htmlAttributes ?? 'lang="en"'}>
<head><meta charset="utf-8">${options.head ?? '<title>Harbour plan approved</title>'}</head>
<body>
  <nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
  <article>
    <h1>${options.heading ?? 'Harbour plan approved'}</h1>
    ${options.body ?? ''}
    ${paragraphs.map((text) => `<p>${text}</p>`).join('\n    ')}
  </article>
  <footer><p>Copyright Example Media</p></footer>
</body>
</html>`;
}

describe('parseHtmlArticle', () => {
  it('takes metadata from og: and article: meta tags', () => {
    const html = page({
      head: `
        <title>Harbour plan approved | The Daily Example</title>
        <meta property="og:title" content="Harbour plan approved">
        <meta property="og:site_name" content="The Daily Example">
        <meta property="og:url" content="https://news.example.com/2026/11/harbour-plan">
        <meta property="og:image" content="https://cdn.example.com/harbour.jpg">
        <meta property="og:image:alt" content="The old quay at dusk">
        <meta property="article:published_time" content="2026-11-25T08:30:00+01:00">
        <meta property="article:section" content="Local">
        <meta name="author" content="Ada Reporter">`,
    });

    const { meta, paragraphs } = parseHtmlArticle(html);

    expect(meta).toMatchObject({
      title: 'Harbour plan approved',
      url: 'https://news.example.com/2026/11/harbour-plan',
      source: 'The Daily Example',
      author: 'Ada Reporter',
      publishedAt: '2026-11-25T07:30:00.000Z',
      section: 'Local',
      image: 'https://cdn.example.com/harbour.jpg',
      imageAlt: 'The old quay at dusk',
      lang: 'en',
    });
    expect(paragraphs).toHaveLength(6);
    expect(paragraphs[0]).toBe(`${sentence} Point 1 was debated at length.`);
  });

  it('strips a trailing site name from the title', () => {
    const html = page({
      head: `<title>Harbour plan approved | The Daily Example</title><meta property="og:site_name" content="The Daily Example">`,
    });
    expect(parseHtmlArticle(html).meta.title).toBe('Harbour plan approved');

    const dashed = page({ head: `<meta property="og:title" content="Harbour plan approved - The Daily Example"><meta property="og:site_name" content="The Daily Example">` });
    expect(parseHtmlArticle(dashed).meta.title).toBe('Harbour plan approved');
  });

  it('keeps a title suffix that is not the site name', () => {
    const html = page({
      head: `<meta property="og:title" content="Harbour plan: the vote | Analysis"><meta property="og:site_name" content="The Daily Example">`,
    });
    expect(parseHtmlArticle(html).meta.title).toBe('Harbour plan: the vote | Analysis');
  });

  it('falls back to options.url and the hostname when the page names no http(s) URL', () => {
    const html = page({ head: `<title>Harbour plan approved</title><meta property="og:url" content="ftp://example.com/x">` });
    const { meta } = parseHtmlArticle(html, { url: 'https://www.example.org/harbour' });
    expect(meta.url).toBe('https://www.example.org/harbour');
    expect(meta.source).toBe('example.org');
  });

  it('keeps figure captions apart from the paragraphs', () => {
    const html = page({
      body: `<figure><img src="https://cdn.example.com/quay.jpg" alt="quay"><figcaption>The old quay, photographed in 1952.</figcaption></figure>`,
    });
    const { paragraphs, captions } = parseHtmlArticle(html);
    expect(captions).toEqual(['The old quay, photographed in 1952.']);
    expect(paragraphs.join('\n')).not.toContain('photographed in 1952');
  });

  it('gives headings and list items their own paragraphs, with whitespace normalised', () => {
    const html = page({
      body: `<h2>What   changes</h2><ul><li>A new ferry
        terminal</li><li>A&nbsp;waterfront path</li></ul>`,
    });
    const { paragraphs } = parseHtmlArticle(html);
    expect(paragraphs.slice(0, 3)).toEqual(['What changes', 'A new ferry terminal', 'A waterfront path']);
  });

  it('never lets <script>, onerror or javascript: reach the output', () => {
    const html = page({
      head: `
        <title>Harbour &lt;script&gt;alert(1)&lt;/script&gt; plan</title>
        <meta property="og:title" content="<script>alert(2)</script>Harbour <b>plan</b> approved">
        <meta property="og:site_name" content="<img src=x onerror=alert(3)>The Daily Example">
        <meta property="og:url" content="javascript:alert(4)">
        <meta property="og:image" content="javascript:alert(5)">
        <meta name="author" content="<a href='javascript:alert(6)'>Ada</a>">
        <script>window.alert(7)</script>`,
      body: `
        <p>Before the vote <script>alert(8)</script><img src="x" onerror="alert(9)"> the mayor spoke.
           <a href="javascript:alert(10)" onclick="alert(11)">Read the plan</a> in full at the town hall.</p>
        <div onmouseover="alert(12)"><iframe src="javascript:alert(13)"></iframe></div>`,
    });

    const article = parseHtmlArticle(html, { url: 'https://news.example.com/harbour' });
    const output = JSON.stringify(article);

    expect(output).not.toMatch(/<script|onerror|onclick|onmouseover|javascript:|alert\(/i);
    expect(output).not.toMatch(/<[a-z]/i);
    expect(article.meta.title).toBe('Harbour plan approved');
    expect(article.meta.url).toBe('https://news.example.com/harbour');
    expect(article.meta.image).toBeUndefined();
    expect(article.paragraphs).toContain('Before the vote the mayor spoke. Read the plan in full at the town hall.');
  });

  it('keeps dir=rtl and the language of an Arabic page', () => {
    const arabic =
      'وافق المجلس البلدي مساء الثلاثاء على خطة الميناء الجديدة التي تشمل إعادة بناء الرصيف القديم وإضافة محطة للعبارات ' +
      'وفتح الواجهة البحرية أمام المشاة وراكبي الدراجات لأول مرة منذ عقود طويلة.';
    const html = page({
      htmlAttributes: 'lang="ar" dir="rtl"',
      head: '<title>خطة الميناء</title>',
      heading: 'خطة الميناء',
      paragraphs: Array.from({ length: 5 }, () => arabic),
    });
    const { meta, paragraphs } = parseHtmlArticle(html);
    expect(meta.lang).toBe('ar');
    expect(meta.dir).toBe('rtl');
    expect(paragraphs[0]).toBe(arabic);
  });

  it('throws ArticleParseError with a reason when the page has no article', () => {
    const html = `<!DOCTYPE html><html><head><title>Home</title></head><body>
      <nav><a href="/">Home</a> <a href="/about">About</a></nav></body></html>`;
    expect(() => parseHtmlArticle(html)).toThrow(ArticleParseError);
    expect(() => parseHtmlArticle(html)).toThrow(/no article body/);
    expect(() => parseHtmlArticle('  \n')).toThrow(/empty HTML document/);
  });
});

const corpus = fileURLToPath(new URL('../../../../../shared/corpora/readability-test-pages/', import.meta.url));
const normalise = (title: string | null | undefined): string =>
  (title ?? '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

describe.skipIf(!existsSync(corpus))('parseHtmlArticle on real pages (readability-test-pages)', () => {
  it.each(['001', 'heise', 'la-nacion', 'lemonde-1', 'rtl-1'])('%s extracts its expected title', (name) => {
    const html = readFileSync(`${corpus}${name}/source.html`, 'utf8');
    const expected = JSON.parse(readFileSync(`${corpus}${name}/expected-metadata.json`, 'utf8')) as {
      title: string;
      dir: string | null;
    };

    const { meta, paragraphs } = parseHtmlArticle(html, { url: 'http://fakehost/test/page.html' });

    const title = normalise(meta.title);
    // We drop a " | Site" suffix that Readability keeps.
    expect(normalise(expected.title).startsWith(title) && title.length > 0).toBe(true);
    if (expected.dir) expect(meta.dir).toBe(expected.dir);
    expect(paragraphs.length).toBeGreaterThan(0);
  });
});
