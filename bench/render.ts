/**
 * Render time and HTML size by article count, with the real templates.
 * Run: npm run bench:render. Absolute times are noisy on shared machines;
 * read the ratios between rows of one run.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { loadConfig } from '../functions/config/config.js';
import { toArticle } from '../functions/core/articles/load-articles.js';
import { compileTemplates } from '../functions/core/render/digest-templates.js';
import { renderDigest } from '../functions/core/render/render-digest.js';

const ROOT = resolve(import.meta.dirname, '..');
const config = loadConfig({ env: {} });
const templates = await compileTemplates(resolve(ROOT, 'templates'));
const paragraph =
  'The council met on Tuesday to discuss the budget for next year. Several members raised concerns about the cost of the new bridge. ' +
  'Residents have asked for more frequent buses on the northern routes, and the mayor promised a decision before the end of the month.';

function articles(count: number) {
  return Array.from({ length: count }, (_, i) =>
    toArticle(`story-${i}.md`, {
      meta: { title: `Headline number ${i} about something that happened today`, url: `https://news.example.com/${i}`, section: ['Local', 'World', 'Business', 'Science'][i % 4], source: 'Example News', image: i % 3 === 0 ? `https://img.example.com/${i}.jpg` : undefined },
      paragraphs: [`${paragraph} Story ${i}.`, paragraph],
      captions: [],
    }),
  );
}

const rows: Array<Record<string, unknown>> = [];
for (const count of [5, 20, 50, 100]) {
  const issue = { date: '2026-11-26', articles: articles(count) };
  await renderDigest(issue, templates, { ...config, sizeBudgetBytes: 10_000_000 }); // warm-up
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < 5; i += 1) {
    const start = performance.now();
    const rendered = await renderDigest(issue, templates, { ...config, sizeBudgetBytes: 10_000_000 });
    times.push(performance.now() - start);
    bytes = rendered.bytes;
  }
  const budgetStart = performance.now();
  const fitted = await renderDigest(issue, templates, config);
  const budgetMs = performance.now() - budgetStart;
  times.sort((a, b) => a - b);
  rows.push({
    articles: count,
    'render ms (median)': Number(times[2]!.toFixed(1)),
    'HTML KB (no budget)': Number((bytes / 1000).toFixed(1)),
    'KB per article': Number((bytes / 1000 / count).toFixed(2)),
    'with 95 KB budget: KB': Number((fitted.bytes / 1000).toFixed(1)),
    cards: fitted.layout.cards,
    'more stories': fitted.layout.moreStories,
    'budget ms': Number(budgetMs.toFixed(0)),
  });
}
console.table(rows);
await mkdir(resolve(ROOT, 'bench/results'), { recursive: true });
await writeFile(resolve(ROOT, 'bench/results/render.json'), `${JSON.stringify({ measuredAt: new Date().toISOString(), rows }, null, 2)}\n`);
