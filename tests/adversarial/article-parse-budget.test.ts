import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExtractionPool } from '../../functions/core/articles/extraction-pool.js';
import { loadArticles } from '../../functions/core/articles/load-articles.js';
import { FsStore } from '../../functions/adapters/fs-store.js';
import { collect, DATE, dayFolder, includedTitles, ORDINARY, ORDINARY_TITLES, reasonFor } from './article-day.js';

/**
 * Pages built to stall the collect step. Without the budget, 2,000 nested
 * divs keep Readability busy for minutes and a 50,000-level JSON `html` burns
 * seconds before overflowing the stack. Each is refused with a reason and the
 * day's other articles still go out; no assertion here depends on timing.
 */

const nestedDivs = (depth: number) => `<!DOCTYPE html><html><head><title>Nested</title></head><body>${'<div>'.repeat(depth)}Deep text, deep text, deep text.${'</div>'.repeat(depth)}</body></html>`;

/**
 * Passes every shape check (245 levels, about 50,000 elements) yet costs
 * Readability well over a minute: link density is recomputed over 50,000
 * links at each of 245 levels. Only the worker's time limit stops it.
 */
const slowButWellFormed = () =>
  `<!DOCTYPE html><html><head><title>Slow</title></head><body>${'<div>'.repeat(245)}${Array.from({ length: 50_000 }, (_, i) => `<a href="/l${i}">l${i}</a> word,`).join('')}${'</div>'.repeat(245)}</body></html>`;

describe('a page too deep or too large for extraction', () => {
  it('refuses 2,000 nested divs before Readability, and the rest of the day goes out', async () => {
    const { root } = await dayFolder({ ...ORDINARY, 'nested.html': nestedDivs(2_000) });
    const loaded = await collect(root);
    expect(reasonFor(loaded, 'nested.html')).toBe('the page nests elements more than 250 levels deep: refused before extraction');
    expect(includedTitles(loaded)).toEqual(ORDINARY_TITLES);
  });

  it('refuses a JSON article whose html nests 50,000 levels, and a 20,000-deep Markdown quote', async () => {
    const { root } = await dayFolder({
      ...ORDINARY,
      'deep.json': JSON.stringify({ title: 'Deep', html: `${'<div>'.repeat(50_000)}text${'</div>'.repeat(50_000)}` }),
      'quotes.md': `---\ntitle: Quotes\n---\n${'>'.repeat(20_000)} quoted\n`,
      'lists.md': `---\ntitle: Lists\n---\n${Array.from({ length: 300 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n')}\n`,
    });
    const loaded = await collect(root);
    expect(reasonFor(loaded, 'deep.json')).toBe('the article body nests elements more than 250 levels deep: refused before extraction');
    expect(reasonFor(loaded, 'quotes.md')).toBe('the Markdown nests quotes or lists more than 100 levels deep: refused before extraction');
    expect(reasonFor(loaded, 'lists.md')).toBe('the Markdown nests quotes or lists more than 100 levels deep: refused before extraction');
    expect(includedTitles(loaded)).toEqual(ORDINARY_TITLES);
  });

  it('counts the levels that lists and tables add without end tags', async () => {
    const { root } = await dayFolder({
      ...ORDINARY,
      'lists.html': `<html><body>${'<ul><li>'.repeat(200)}deep</body></html>`,
      'tables.html': `<html><body>${'<table><tr><td>'.repeat(100)}deep</body></html>`,
    });
    const loaded = await collect(root);
    expect(reasonFor(loaded, 'lists.html')).toBe('the page nests elements more than 250 levels deep: refused before extraction');
    expect(reasonFor(loaded, 'tables.html')).toBe('the page nests elements more than 250 levels deep: refused before extraction');
    expect(includedTitles(loaded)).toEqual(ORDINARY_TITLES);
  });

  it('refuses a page with more elements than any article has', async () => {
    const { root } = await dayFolder({ ...ORDINARY, 'wide.html': `<html><body>${'<span>x</span>'.repeat(70_000)}</body></html>` });
    const loaded = await collect(root);
    expect(reasonFor(loaded, 'wide.html')).toBe('the page has more than 60,000 elements: refused before extraction');
    expect(includedTitles(loaded)).toEqual(ORDINARY_TITLES);
  });

  it('gives up a well-formed page that overruns the per-page time limit; its worker is replaced and the rest still goes out', async () => {
    const late = '---\ntitle: Library opens late\n---\nThe central library will stay open until midnight during the exam season.\n';
    const { root } = await dayFolder({ ...ORDINARY, 'slow.html': slowButWellFormed(), 'zz-after-the-slow-one.md': late });
    const pool = new ExtractionPool({ size: 1, timeLimitMs: 3_000 });
    try {
      // One worker: the ordinary files after the slow one can only be read by its replacement.
      const loaded = await loadArticles(new FsStore(root), `${DATE}/`, undefined, pool);
      expect(reasonFor(loaded, 'slow.html')).toBe('extraction took longer than 3 s: the page was given up (time limit)');
      expect(includedTitles(loaded)).toEqual([...ORDINARY_TITLES, 'Library opens late'].sort());
    } finally {
      await pool.close();
    }
  });
});

describe('digest run on a day with a pathological page', () => {
  it('sends the other articles, lists the page as skipped with its reason, and exits 0', async () => {
    const root = resolve(import.meta.dirname, '../..');
    const { root: articles } = await dayFolder({ ...ORDINARY, 'nested.html': nestedDivs(2_000), 'deep.json': JSON.stringify({ title: 'Deep', html: '<div>'.repeat(50_000) }) });
    const out = await mkdtemp(join(tmpdir(), 'digest-out-'));
    const subscribers = join(out, 'subscribers.csv');
    await writeFile(subscribers, 'email,name\nada@example.com,Ada\n');
    const result = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'functions/cli.ts'), 'run', '--articles', articles, '--subscribers', subscribers, '--out', out], {
      cwd: root,
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('2 included, 2 skipped');
    expect(result.stdout).toContain('nested.html: the page nests elements more than 250 levels deep');
    expect(result.stdout).toContain('1 sent now');
    const report = JSON.parse(await readFile(join(out, DATE, 'report.json'), 'utf8'));
    expect(report.articles.skipped.map((skip: { file: string }) => skip.file).sort()).toEqual(['deep.json', 'nested.html']);
  });
});
