import { describe, expect, it } from 'vitest';
import { loadArticles } from '../../../functions/core/articles/load-articles.js';
import { countWords } from '../../../functions/core/articles/text-measures.js';
import { MemoryStore } from '../../../functions/core/memory-store.js';

const DAY = 'articles/2026-11-26/';

/** Distinct stories, so that none of them is a near-duplicate of another. */
const stories = {
  bikes: [
    'The city council approved forty kilometres of protected bike lanes on Tuesday night after a four-hour debate.',
    'Construction will start in the spring on the busiest streets of the old town and should be finished within two years.',
    'Shop owners on Main Street worried aloud about deliveries, while cycling groups packed the public gallery and cheered the result.',
    'The mayor said the vote marked a turning point for a city that has long been built around the car.',
  ],
  battery: [
    'Researchers in Delft have built a prototype battery that charges in under a minute using a quantum effect.',
    'The device is the size of a coin and stores only a tiny amount of energy, far too little for a phone.',
    'Independent physicists called the result promising but warned that scaling it up could take a decade or more.',
    'The team has published its measurements and invited other laboratories to reproduce the experiment.',
  ],
  markets: [
    'European shares closed higher on Wednesday as investors cheered softer inflation figures from Germany and France.',
    'Bank stocks led the gains, while energy companies slipped after oil prices fell for a third straight session.',
    'The euro weakened slightly against the dollar ahead of the central bank meeting scheduled for next week.',
    'Analysts expect the rally to fade unless the figures due on Friday confirm the trend.',
  ],
  festival: [
    'The harbour festival opened on Saturday with tall ships, brass bands and a fireworks display over the water.',
    'Organisers expect more than eighty thousand visitors across the weekend, a record for the event.',
    'Local restaurants set up stalls along the quay, and the ferry company added extra evening crossings.',
    'Police closed several streets near the waterfront and asked visitors to arrive by public transport.',
  ],
  library: [
    'The central library will stay open until midnight during the exam season, the university announced on Monday.',
    'Students had petitioned for longer hours after the reading rooms filled up by nine every morning last spring.',
    'Extra security staff will be hired for the late shifts, paid for by a grant from the student union.',
    'The trial runs for six weeks and will be extended if enough students use the late opening hours.',
  ],
  rail: [
    'A new night train between Vienna and Amsterdam carried its first passengers on Sunday evening.',
    'The service runs three times a week and offers sleeping cars, couchettes and ordinary seats.',
    'Tickets for the first month sold out within days, the operator said, and more carriages are being refurbished.',
    'Rail campaigners hope the route will persuade travellers to give up short flights between the two cities.',
  ],
};

const paragraphs = (lines: readonly string[]) => lines.join('\n\n');

const page = (title: string, lines: readonly string[]) => `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<meta property="og:title" content="${title}"><meta property="og:url" content="https://news.example.com/${title.toLowerCase().replace(/\W+/g, '-')}">
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>${title}</h1>${lines.map((line) => `<p>${line}</p>`).join('\n')}</article>
<footer>Copyright Example Media</footer></body></html>`;

async function storeWith(files: Record<string, string | Buffer>): Promise<MemoryStore> {
  const store = new MemoryStore();
  for (const [name, body] of Object.entries(files)) await store.put(name.includes('/') ? name : `${DAY}${name}`, body);
  return store;
}

describe('loadArticles', () => {
  it('reads every supported format of one day, and only that day', async () => {
    const store = await storeWith({
      'bikes.txt': paragraphs(stories.bikes),
      'battery.md': `---\ntitle: A battery that charges in a minute\nsection: Science\n---\n${paragraphs(stories.battery)}`,
      'markets.json': JSON.stringify({ title: 'Shares rise on soft inflation', section: 'Business', body: paragraphs(stories.markets) }),
      'festival.json': JSON.stringify({ title: 'Harbour festival opens', text: paragraphs(stories.festival) }),
      'library.json': JSON.stringify({ title: 'Library opens late for exams', html: stories.library.map((line) => `<p>${line}</p>`).join('') }),
      'rail.html': page('Night train links Vienna and Amsterdam', stories.rail),
      'articles/2026-11-25/yesterday.txt': paragraphs(stories.bikes.map((line) => `Yesterday: ${line}`)),
    });

    const { included, skipped, duplicates } = await loadArticles(store, DAY);

    expect(skipped).toEqual([]);
    expect(duplicates).toEqual([]);
    expect(included.map((article) => article.file).sort()).toEqual(
      ['battery.md', 'bikes.txt', 'festival.json', 'library.json', 'markets.json', 'rail.html'],
    );
    const byFile = new Map(included.map((article) => [article.file, article]));
    expect(byFile.get('bikes.txt')?.title).toBe('The city council approved forty kilometres of protected bike lanes on Tuesday night');
    expect(byFile.get('battery.md')).toMatchObject({ title: 'A battery that charges in a minute', section: 'Science' });
    expect(byFile.get('markets.json')).toMatchObject({ section: 'Business', paragraphs: stories.markets });
    expect(byFile.get('festival.json')?.paragraphs).toEqual(stories.festival);
    expect(byFile.get('library.json')?.paragraphs).toEqual(stories.library);
    expect(byFile.get('rail.html')).toMatchObject({
      title: 'Night train links Vienna and Amsterdam',
      url: 'https://news.example.com/night-train-links-vienna-and-amsterdam',
      source: 'news.example.com',
    });
    expect(byFile.get('bikes.txt')?.section).toBe('Top stories');
  });

  it('skips unusable files with a reason and goes on', async () => {
    const store = await storeWith({
      'good.txt': paragraphs(stories.bikes),
      'binary.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]),
      'empty.md': '',
      'blank.txt': ' \n\r\n\t  \n',
      'notes.rtf': '{\\rtf1\\ansi Editor notes}',
      'README': 'no extension at all',
      'broken.json': '{"title": "Broken upload", "body": "cut off',
      'no-body.json': '{"title": "Only a title"}',
      '.DS_Store': Buffer.from([0, 0, 0, 1]),
    });

    const { included, skipped } = await loadArticles(store, DAY);

    expect(included.map((article) => article.file)).toEqual(['good.txt']);
    const reasons = Object.fromEntries(skipped.map(({ file, reason }) => [file, reason]));
    expect(reasons).toEqual({
      'binary.txt': 'the file is binary (contains NUL bytes)',
      'empty.md': 'the file is empty',
      'blank.txt': 'the file has no text (only whitespace)',
      'notes.rtf': 'unsupported file type ".rtf": expected .txt, .md, .json or .html',
      README: 'unsupported file type "(none)": expected .txt, .md, .json or .html',
      'broken.json': expect.stringMatching(/^the file is not valid JSON: /),
      'no-body.json': 'the JSON has no body, text or html field',
    });
  });

  it('reads UTF-8 with a BOM and CRLF line ends like plain LF text', async () => {
    const crlf = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(stories.bikes.join('\r\n\r\n'), 'utf8')]);
    const markdown = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from(`---\r\ntitle: Harbour festival opens\r\nsection: Culture\r\n---\r\n${stories.festival.join('\r\n\r\n')}\r\n`, 'utf8'),
    ]);
    const { included, skipped } = await loadArticles(await storeWith({ 'bikes.txt': crlf, 'festival.md': markdown }), DAY);

    expect(skipped).toEqual([]);
    const bikes = included.find((article) => article.file === 'bikes.txt');
    const festival = included.find((article) => article.file === 'festival.md');
    expect(bikes?.paragraphs).toEqual(stories.bikes);
    expect(bikes?.title.startsWith('The city council')).toBe(true);
    expect(festival).toMatchObject({ title: 'Harbour festival opens', section: 'Culture', paragraphs: stories.festival });
    expect(JSON.stringify(included)).not.toMatch(/\r|\uFEFF/);
  });

  it('collapses a near-duplicate (the same story with small edits) and reports what it duplicates', async () => {
    const edited = stories.bikes.map((line) =>
      line.replace('Tuesday night', 'Tuesday evening').replace('four-hour', 'four hour').replace('cheered the result', 'applauded'),
    );
    const store = await storeWith({
      'bikes.md': `---\ntitle: Bike lanes approved\nurl: https://news.example.com/bike-lanes\npriority: 2\n---\n${paragraphs(stories.bikes)}`,
      'bikes-wire-copy.txt': `CITYVILLE (Reuters) - ${paragraphs(edited)}\n\nShare this article`,
      'battery.md': `---\ntitle: A battery that charges in a minute\n---\n${paragraphs(stories.battery)}`,
    });

    const { included, duplicates } = await loadArticles(store, DAY);

    expect(included.map((article) => article.file)).toEqual(['bikes.md', 'battery.md']);
    expect(duplicates).toEqual([{ file: 'bikes-wire-copy.txt', duplicateOf: 'bikes.md' }]);
  });

  it('treats the same canonical URL as the same story', async () => {
    const store = await storeWith({
      'a.json': JSON.stringify({ title: 'Bike lanes approved', url: 'https://www.news.example.com/bike-lanes/?utm_source=x', body: paragraphs(stories.bikes) }),
      'b.json': JSON.stringify({ title: 'A battery', url: 'https://news.example.com/bike-lanes#top', body: paragraphs(stories.battery) }),
    });
    const { included, duplicates } = await loadArticles(store, DAY);
    expect(included).toHaveLength(1);
    expect(duplicates).toHaveLength(1);
  });

  describe('untrusted input', () => {
    const hostile = {
      'hostile.md': `---
title: "<script>alert(1)</script>Bike lanes <img src=x onerror=alert(2)>approved"
url: "javascript:alert(3)"
image: "javascript:alert(4)"
author: "<a href='javascript:alert(5)'>Jane</a>"
---
Before the vote <script>alert(6)</script><img src="x" onerror="alert(7)"> the mayor spoke. [The plan](javascript:alert(8)) is online.

${paragraphs(stories.bikes)}`,
      'hostile.json': JSON.stringify({
        title: '<b onmouseover="alert(9)">Shares</b> rise',
        url: ' JaVaScRiPt:alert(10)',
        image: 'data:text/html,<script>alert(11)</script>',
        html: `<p onclick="alert(12)">Markets <script>alert(13)</script><a href="javascript:alert(14)">rallied</a>.</p>${stories.markets.map((line) => `<p>${line}</p>`).join('')}`,
      }),
      'hostile.txt': `Scraped text <script>alert(15)</script>with <img src=x onerror=alert(16)> leftovers and a <a href="javascript:alert(17)">link</a>.\n\n${paragraphs(stories.festival)}`,
      'hostile.html': page('Night train <script>alert(18)</script>', [
        `Before departure <img src=x onerror="alert(19)"> the <a href="javascript:alert(20)">driver</a> spoke.`,
        ...stories.rail,
      ]).replace('<meta charset="utf-8">', '<meta charset="utf-8"><meta property="og:image" content="javascript:alert(21)">'),
    };

    it('never lets <script>, event handlers or javascript: links into an Article', async () => {
      const { included, skipped } = await loadArticles(await storeWith(hostile), DAY);

      expect(skipped).toEqual([]);
      expect(included).toHaveLength(4);
      for (const article of included) {
        expect(JSON.stringify(article), article.file).not.toMatch(/<script|onerror|onclick|onmouseover|javascript:|alert\(/i);
        expect(article.image, article.file).toBeNull();
      }
      const byFile = new Map(included.map((article) => [article.file, article]));
      expect(byFile.get('hostile.md')).toMatchObject({ title: 'Bike lanes approved', url: null, author: 'Jane' });
      expect(byFile.get('hostile.md')?.paragraphs[0]).toBe('Before the vote the mayor spoke. The plan is online.');
      expect(byFile.get('hostile.json')).toMatchObject({ title: 'Shares rise', url: null });
      expect(byFile.get('hostile.txt')?.paragraphs[0]).toBe('Scraped text with leftovers and a link.');
    });

    it('keeps {{…}} and {{{…}}} typed in articles as literal text', async () => {
      const store = await storeWith({
        'template.md': `---\ntitle: "Never render {{ twice }}"\n---\nAn author typed {{unsubscribeUrl}}, {{{html}}} and {{#each this}}{{/each}} here.\n\n${paragraphs(stories.library)}`,
        'template.txt': `Prices rose {{ subscriber.name }} and {{{ raw }}} today at the market.\n\n${paragraphs(stories.markets)}`,
      });
      const { included } = await loadArticles(store, DAY);
      const byFile = new Map(included.map((article) => [article.file, article]));
      expect(byFile.get('template.md')?.title).toBe('Never render {{ twice }}');
      expect(byFile.get('template.md')?.paragraphs[0]).toBe('An author typed {{unsubscribeUrl}}, {{{html}}} and {{#each this}}{{/each}} here.');
      expect(byFile.get('template.md')?.excerpt).toContain('{{{html}}}');
      expect(byFile.get('template.txt')?.title).toBe('Prices rose {{ subscriber.name }} and {{{ raw }}} today at the market');
    });

    it('keeps the excerpt of a ~300 KB article within 60 words', async () => {
      const sentence = (i: number) => `Paragraph ${i} of the inquiry report describes the harbour, its ferries, its cranes and the people who work there every day.`;
      const huge = Array.from({ length: 2400 }, (_, i) => sentence(i)).join('\n\n');
      const noStops = Array.from({ length: 20_000 }, (_, i) => `word${i % 97}`).join(' ');
      expect(Buffer.byteLength(huge)).toBeGreaterThan(290_000);
      const { included } = await loadArticles(
        await storeWith({ 'huge.txt': huge, 'run-on.json': JSON.stringify({ title: 'One endless sentence', body: noStops }) }),
        DAY,
      );
      const byFile = new Map(included.map((article) => [article.file, article]));
      const report = byFile.get('huge.txt');
      expect(report?.words).toBeGreaterThan(50_000);
      expect(countWords(report?.excerpt ?? '')).toBeGreaterThanOrEqual(40);
      expect(countWords(report?.excerpt ?? '')).toBeLessThanOrEqual(60);
      const runOn = byFile.get('run-on.json');
      expect(countWords(runOn?.excerpt ?? '')).toBeLessThanOrEqual(60);
      expect(runOn?.excerpt.endsWith('…')).toBe(true);
    });
  });

  it('handles Cyrillic text, left to right', async () => {
    const cyrillic = [
      'Нова линија београдског метроа биће отворена за путнике следеће године, саопштио је градоначелник у понедељак.',
      'Прва деоница повезаће Макиш са центром града и имаће десет станица.',
      'Радови касне више од годину дана због проблема са подземним водама и археолошким налазиштима.',
      'Грађани се надају да ће метро смањити гужве на главним улицама током јутарњих сати.',
    ];
    const { included } = await loadArticles(await storeWith({ 'metro-sr.txt': paragraphs(cyrillic) }), DAY);
    const [article] = included;
    expect(article?.title).toBe('Нова линија београдског метроа биће отворена за путнике следеће године');
    expect(article?.dir).toBe('ltr');
    expect(article?.words).toBe(countWords(cyrillic.join(' ')));
    expect(countWords(article?.excerpt ?? '')).toBeGreaterThanOrEqual(40);
    expect(article?.excerpt).toMatch(/\.$/);
  });

  it('marks Arabic text right to left, with its language', async () => {
    const arabic = [
      'افتتحت السلطات المحلية يوم الأربعاء محطة جديدة لتحلية مياه البحر تعمل بالطاقة الشمسية على الساحل الشرقي.',
      'وقال مدير المشروع إن المحطة استغرق بناؤها ثلاث سنوات وستوفر مياه الشرب لنحو مليون شخص.',
      'ومن المتوقع أن تبدأ المرحلة الثانية من المشروع في العام المقبل بعد الانتهاء من الدراسات البيئية اللازمة.',
    ];
    const store = await storeWith({ 'desalination-ar.md': `---\ntitle: افتتاح محطة جديدة لتحلية المياه\n---\n${paragraphs(arabic)}` });
    const { included } = await loadArticles(store, DAY);
    expect(included[0]).toMatchObject({ title: 'افتتاح محطة جديدة لتحلية المياه', dir: 'rtl', lang: 'ar', paragraphs: arabic });
  });

  it('gives every article the same id on every load', async () => {
    const files = {
      'bikes.txt': paragraphs(stories.bikes),
      'battery.json': JSON.stringify({ title: 'A battery', url: 'https://news.example.com/battery', body: paragraphs(stories.battery) }),
    };
    const first = await loadArticles(await storeWith(files), DAY);
    const second = await loadArticles(await storeWith(files), DAY);
    const ids = (loaded: typeof first) => Object.fromEntries(loaded.included.map((article) => [article.file, article.id]));
    expect(ids(second)).toEqual(ids(first));
    expect(new Set(Object.values(ids(first))).size).toBe(2);
    for (const id of Object.values(ids(first))) expect(id).toMatch(/^[0-9a-f]{16}$/);
  });

  it('makes an excerpt of 40–60 words that ends at a sentence boundary', async () => {
    const store = await storeWith(Object.fromEntries(Object.entries(stories).map(([name, lines]) => [`${name}.txt`, paragraphs(lines)])));
    const { included } = await loadArticles(store, DAY);
    expect(included).toHaveLength(Object.keys(stories).length);
    for (const article of included) {
      const words = countWords(article.excerpt);
      expect(words, article.file).toBeGreaterThanOrEqual(40);
      expect(words, article.file).toBeLessThanOrEqual(60);
      expect(article.excerpt, article.file).toMatch(/[.!?]$/);
      expect(article.paragraphs.join(' ').startsWith(article.excerpt), article.file).toBe(true);
      expect(article.readingMinutes).toBe(1);
    }
  });
});
