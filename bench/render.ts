/**
 * Render time, budget-fitting time and HTML size by story count, with the
 * real templates. For each of 5/20/60/100 stories (and 100 under a 50 KB budget):
 *   - warm render ms: median of several renders with no size budget (one full render);
 *   - render CPU ms: the same, in CPU time of this process (steadier than wall time when the
 *     machine is shared);
 *   - fit ms: median time of a render under the budget (95 KB; 50 KB in the last row), trimming included;
 *   - KB per story, the fitted size and how many full cards fit.
 *
 * Run: npm run bench:render [-- --label before|after]. The rows go under that
 * label in bench/results/render.json; other labels already there are kept, so
 * a before/after pair can be recorded across a change. Absolute times are
 * noisy on shared machines: read the ratios between rows of one run.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../functions/config/config.js';
import { toArticle } from '../functions/core/articles/load-articles.js';
import { compileTemplates } from '../functions/core/render/digest-templates.js';
import { renderDigest } from '../functions/core/render/render-digest.js';

const { values } = parseArgs({ options: { label: { type: 'string', default: 'after' }, runs: { type: 'string', default: '9' } } });
const label = values.label;
const runs = Math.max(3, Number(values.runs));

const ROOT = resolve(import.meta.dirname, '..');
const RESULTS = resolve(ROOT, 'bench/results/render.json');
const config = loadConfig({ env: {} });
const templates = await compileTemplates(resolve(ROOT, 'templates'));
const paragraph =
  'The council met on Tuesday to discuss the budget for next year. Several members raised concerns about the cost of the new bridge. ' +
  'Residents have asked for more frequent buses on the northern routes, and the mayor promised a decision before the end of the month.';

function articles(count: number) {
  return Array.from({ length: count }, (_, i) =>
    toArticle(`story-${i}.md`, {
      meta: {
        title: `Headline number ${i} about something that happened today`,
        url: `https://news.example.com/${i}`,
        section: ['Local', 'World', 'Business', 'Science'][i % 4],
        source: 'Example News',
        image: i % 3 === 0 ? `https://img.example.com/${i}.jpg` : undefined,
      },
      paragraphs: [`${paragraph} Story ${i}.`, paragraph],
      captions: [],
    }),
  );
}

function cpuMs(usage: NodeJS.CpuUsage): number {
  return (usage.user + usage.system) / 1000;
}

function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const unlimited = { ...config, sizeBudgetBytes: 10_000_000 };
const rows: Array<Record<string, unknown>> = [];
// The last row fits 100 stories into half the budget, so trimming (and its renders) always runs.
for (const [count, budget] of [[5, config.sizeBudgetBytes], [20, config.sizeBudgetBytes], [60, config.sizeBudgetBytes], [100, config.sizeBudgetBytes], [100, 50_000]] as const) {
  const fitting = { ...config, sizeBudgetBytes: budget };
  const issue = { date: '2026-11-26', articles: articles(count) };
  for (let i = 0; i < 3; i += 1) await renderDigest(issue, templates, unlimited); // warm-up
  const renderTimes: number[] = [];
  const renderCpu: number[] = [];
  let bytes = 0;
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    const cpu = process.cpuUsage();
    bytes = (await renderDigest(issue, templates, unlimited)).bytes;
    renderCpu.push(cpuMs(process.cpuUsage(cpu)));
    renderTimes.push(performance.now() - start);
  }
  const fitTimes: number[] = [];
  const fitCpu: number[] = [];
  let fitted = await renderDigest(issue, templates, fitting);
  for (let i = 0; i < Math.min(runs, 5); i += 1) {
    const start = performance.now();
    const cpu = process.cpuUsage();
    fitted = await renderDigest(issue, templates, fitting);
    fitCpu.push(cpuMs(process.cpuUsage(cpu)));
    fitTimes.push(performance.now() - start);
  }
  const renders = (fitted as { renders?: number }).renders;
  rows.push({
    stories: count,
    'warm render ms (median)': Number(median(renderTimes).toFixed(1)),
    'render CPU ms': Number(median(renderCpu).toFixed(1)),
    'HTML KB (no budget)': Number((bytes / 1000).toFixed(1)),
    'KB per story': Number((bytes / 1000 / count).toFixed(2)),
    budget: `${budget / 1000} KB`,
    'fit ms (median)': Number(median(fitTimes).toFixed(0)),
    'fit CPU ms': Number(median(fitCpu).toFixed(0)),
    'fitted KB': Number((fitted.bytes / 1000).toFixed(1)),
    'full cards': fitted.layout.cards,
    'short excerpts': fitted.layout.shortExcerpts,
    'more stories': fitted.layout.moreStories,
    ...(renders === undefined ? {} : { 'full renders while fitting': renders }),
  });
}
console.log(`bench:render (${label}), Node ${process.version}`);
console.table(rows);

let previous: Record<string, unknown> = {};
try {
  const parsed: unknown = JSON.parse(await readFile(RESULTS, 'utf8'));
  if (parsed && typeof parsed === 'object' && !Array.isArray(parsed) && !('rows' in parsed)) previous = parsed as Record<string, unknown>;
} catch {
  // No earlier results (or the old single-table format): start afresh.
}
await mkdir(resolve(ROOT, 'bench/results'), { recursive: true });
const entry = { node: process.version, measuredAt: new Date().toISOString(), rows };
await writeFile(RESULTS, `${JSON.stringify({ ...previous, [label]: entry }, null, 2)}\n`);
