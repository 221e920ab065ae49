import { describe, expect, it } from 'vitest';
import { renderDigest } from '../../functions/core/render/render-digest.js';
import { realTemplates, testConfig } from '../support/digest-fixtures.js';
import { collect, DATE, dayFolder, ORDINARY, ORDINARY_TITLES } from './article-day.js';

/**
 * Links and images over 2,048 characters, and fields big enough to fill an
 * email on their own. The story stays, without what was dropped and with its
 * longest fields shortened; the report says what happened; the other stories
 * are untouched.
 */

const LONG_URL = `https://news.example.com/story?tracking=${'a'.repeat(3_000)}`;
const body = 'The harbour festival opened on Saturday with tall ships, brass bands and a fireworks display over the water. Organisers expect more than eighty thousand visitors across the weekend.';

describe('URLs longer than 2,048 characters', () => {
  it('drops the link and the image but keeps the article, with a note for each', async () => {
    const { root } = await dayFolder({
      ...ORDINARY,
      'festival.json': JSON.stringify({ title: 'Harbour festival opens', url: LONG_URL, image: `${LONG_URL}.jpg`, body }),
    });
    const loaded = await collect(root);
    const festival = loaded.included.find((article) => article.file === 'festival.json');
    expect(festival).toEqual(expect.objectContaining({ title: 'Harbour festival opens', url: null, image: null }));
    expect(festival?.notes).toEqual([
      'link dropped: its URL is 3,040 characters, over the 2,048 limit',
      'image dropped: its URL is 3,044 characters, over the 2,048 limit',
    ]);
    expect(loaded.skipped).toEqual([]);
  });

  it('drops a long canonical URL of an HTML page the same way', async () => {
    const page = `<!DOCTYPE html><html lang="en"><head><title>Harbour festival opens</title><link rel="canonical" href="${LONG_URL}"></head>
<body><article><h1>Harbour festival opens</h1><p>${body}</p><p>${body.replace('Saturday', 'Sunday')}</p></article></body></html>`;
    const { root } = await dayFolder({ 'festival.html': page });
    const loaded = await collect(root);
    expect(loaded.included[0]?.url).toBeNull();
    expect(loaded.included[0]?.notes?.[0]).toMatch(/^link dropped: its URL is [\d,]+ characters, over the 2,048 limit$/);
  });
});

describe('one story big enough to break the size budget alone', () => {
  it('is shortened itself; the other stories keep their full cards and the issue fits', async () => {
    const hugeTitle = `Harbour festival ${'fireworks '.repeat(20_000)}`.trim();
    const unbroken = 'x'.repeat(60_000);
    const { root } = await dayFolder({
      ...ORDINARY,
      'festival.json': JSON.stringify({ title: hugeTitle, author: 'A. Writer '.repeat(5_000), section: 'Culture '.repeat(1_000), body: `${unbroken}\n\n${body}` }),
    });
    const loaded = await collect(root);
    const festival = loaded.included.find((article) => article.file === 'festival.json')!;
    expect(festival.title.length).toBeLessThanOrEqual(300);
    expect(festival.title.endsWith('…')).toBe(true);
    expect(festival.excerpt.length).toBeLessThanOrEqual(720);
    expect(festival.notes).toEqual(
      expect.arrayContaining([expect.stringMatching(/^title shortened from 200,016 to \d+ characters$/), expect.stringMatching(/^author shortened/), expect.stringMatching(/^section shortened/)]),
    );

    const budget = testConfig().sizeBudgetBytes;
    const rendered = await renderDigest({ date: DATE, articles: loaded.included }, await realTemplates(), testConfig());
    expect(rendered.bytes).toBeLessThanOrEqual(budget);
    expect(rendered.trimmed).toBe(false);
    for (const title of ORDINARY_TITLES) expect(rendered.html).toContain(title);
    const ordinary = loaded.included.filter((article) => article.file !== 'festival.json');
    for (const article of ordinary) expect(rendered.html).toContain(article.excerpt.slice(0, 60));
  });
});
