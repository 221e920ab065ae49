import { afterEach, describe, expect, it } from 'vitest';
import { ExtractionPool } from '../../../functions/core/articles/extraction-pool.js';

/**
 * The pool the collect step hands every non-text file to: the worker decodes
 * the bytes and extracts the article, one file at a time under the time limit,
 * with the next file already waiting inside it.
 */

const story = (title: string, extra = '') =>
  `<!DOCTYPE html><html><head><title>${title}</title></head><body><article><h1>${title}</h1>` +
  `<p>The council met on Tuesday evening to discuss the ${title.toLowerCase()} and heard from residents on both sides of the question. ${extra}</p>` +
  '<p>A decision is expected next month, after the planning office has published its report on traffic, noise and the cost to the town.</p>' +
  '</article></body></html>';

/** Passes every shape check yet keeps Readability busy far longer than any limit here (see article-parse-budget.test.ts). */
const slowButWellFormed = () =>
  `<!DOCTYPE html><html><head><title>Slow</title></head><body>${'<div>'.repeat(245)}${Array.from({ length: 50_000 }, (_, i) => `<a href="/l${i}">l${i}</a> word,`).join('')}${'</div>'.repeat(245)}</body></html>`;

let pool: ExtractionPool | undefined;
afterEach(async () => {
  await pool?.close();
  pool = undefined;
});

describe('the extraction pool', () => {
  it('reads files handed over all at once through one worker, each answer belonging to its own file', async () => {
    pool = new ExtractionPool({ size: 1 });
    const titles = ['Bridge repairs', 'School meals', 'Harbour dredging', 'Library hours', 'Tram timetable'];
    const files = await Promise.all(titles.map((title) => pool!.extract('html', Buffer.from(story(title)))));
    expect(files.map((file) => file.article.meta.title)).toEqual(titles);
    expect(files.map((file) => file.encoding)).toEqual(titles.map(() => 'utf-8'));
  });

  it('decodes the bytes in the worker by the page’s declared charset and reports it, leaving the caller’s bytes as they were', async () => {
    pool = new ExtractionPool({ size: 1 });
    const page = story('Café terraces', 'Owners of the café on the quay said the été season had been their best.').replace('<head>', '<head><meta charset="iso-8859-1">');
    const bytes = Buffer.from(page, 'latin1');
    const copy = Buffer.from(bytes);
    const { article, encoding } = await pool.extract('html', bytes);
    expect(encoding).toBe('windows-1252');
    expect(article.meta.title).toBe('Café terraces');
    expect(article.paragraphs.join(' ')).toContain('the été season');
    expect(bytes.equals(copy)).toBe(true);
  });

  it('does not blame the files waiting behind one that overruns: the replacement worker reads them', { timeout: 60_000 }, async () => {
    pool = new ExtractionPool({ size: 1, timeLimitMs: 2_000 });
    const slow = pool.extract('html', Buffer.from(slowButWellFormed()));
    const after = ['Bridge repairs', 'School meals'].map((title) => pool!.extract('html', Buffer.from(story(title))));
    await expect(slow).rejects.toThrow('extraction took longer than 2 s: the page was given up (time limit)');
    const files = await Promise.all(after);
    expect(files.map((file) => file.article.meta.title)).toEqual(['Bridge repairs', 'School meals']);
  });

  it('refuses a binary file from inside the worker with the reason, and goes on with the next', async () => {
    pool = new ExtractionPool({ size: 1 });
    const binary = pool.extract('html', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
    const next = pool.extract('html', Buffer.from(story('Bridge repairs')));
    await expect(binary).rejects.toThrow('the file is binary (contains NUL bytes)');
    expect((await next).article.meta.title).toBe('Bridge repairs');
  });
});
