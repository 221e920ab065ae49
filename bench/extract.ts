/**
 * `npm run bench:extract`: how well the HTML input format finds the article.
 *
 * (a) Scrapinghub article-extraction-benchmark: precision / recall / F1 of 4-word
 *     shingles of the extracted body against the human-written `articleBody`, the
 *     benchmark's own metric, for our extractor and for plain Readability 0.6.0 on
 *     linkedom, plus pages per second.
 * (b) Readability's test pages: token F1 of our paragraphs and captions against `expected.html`, and title match
 *     against `expected-metadata.json` (a regression check: that gold is Readability's
 *     own output).
 *
 * Options (for development): `--worst N` lists the N pages where we score lowest on (a)
 * with the baseline beside them; `--page HASH` prints our text and the gold for one page.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setImmediate as breathe } from 'node:timers/promises';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { parseHtmlArticle } from '../functions/core/articles/extract-html.js';
import { errorMessage } from '../functions/core/errors.js';

const here = dirname(fileURLToPath(import.meta.url));
const corpora = resolve(here, '../../shared/corpora');
const scrapinghubDir = join(corpora, 'article-extraction-benchmark');
const readabilityDir = join(corpora, 'readability-test-pages');
const resultsFile = join(here, 'results', 'extract.json');

const args = process.argv.slice(2);
const worst = Number(argValue('--worst') ?? 0);
const onlyPage = argValue('--page');

function argValue(name: string): string | undefined {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
}

// ---------------------------------------------------------------------------
// Text and scoring

/** Word tokens as the benchmark takes them (Python's `\w+`), lower-cased. */
function tokenize(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? []) as string[];
}

function shingles(tokens: string[], n = 4): Map<string, number> {
  const counts = new Map<string, number>();
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const shingle = tokens.slice(i, i + n);
    if (shingle.length === 0) continue;
    const key = shingle.join('\u0001');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Multiset overlap of two bags, normalised so that long pages do not weigh more (as the benchmark does). */
function overlap(gold: Map<string, number>, predicted: Map<string, number>): Counts {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, count] of predicted) {
    const expected = gold.get(key) ?? 0;
    tp += Math.min(count, expected);
    fp += Math.max(0, count - expected);
  }
  for (const [key, count] of gold) fn += Math.max(0, count - (predicted.get(key) ?? 0));
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp, fp, fn };
}

function precision({ tp, fp, fn }: Counts): number {
  if (fp === 0 && fn === 0) return 1;
  return tp === 0 && fp === 0 ? 0 : tp / (tp + fp);
}

function recall({ tp, fp, fn }: Counts): number {
  if (fp === 0 && fn === 0) return 1;
  return tp === 0 && fn === 0 ? 0 : tp / (tp + fn);
}

function f1(p: number, r: number): number {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

function mean(values: number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;
}

interface Summary {
  precision: number;
  recall: number;
  /** The benchmark's F1: harmonic mean of the mean precision and the mean recall. */
  f1: number;
  /** Mean of the per-page F1 scores. */
  meanPageF1: number;
  pagesPerSecond: number;
  failures: number;
}

/** The benchmark's aggregation: mean precision over pages with a prediction, mean recall over pages with a gold. */
function summarise(scores: Counts[], seconds: number, failures: number): Summary {
  const p = mean(scores.filter((s) => s.tp + s.fp > 0).map(precision));
  const r = mean(scores.filter((s) => s.tp + s.fn > 0).map(recall));
  return {
    precision: p,
    recall: r,
    f1: f1(p, r),
    meanPageF1: mean(scores.map((s) => f1(precision(s), recall(s)))),
    pagesPerSecond: scores.length / seconds,
    failures,
  };
}

/** Text of an HTML fragment, through a parser. */
function htmlText(html: string): string {
  const { document } = parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`);
  return document.body?.textContent ?? '';
}

function normaliseTitle(title: string | null | undefined): string {
  return (title ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

// ---------------------------------------------------------------------------
// Extractors under test

interface Extraction {
  text: string;
  title?: string;
  failed?: string;
}

/** Our body; `withCaptions` adds the captions we keep apart (Readability's expected output has them inline). */
function ours(html: string, url?: string, withCaptions = false): Extraction {
  try {
    const article = parseHtmlArticle(html, url ? { url } : {});
    const blocks = withCaptions ? [...article.paragraphs, ...article.captions] : article.paragraphs;
    return { text: blocks.join('\n\n'), title: article.meta.title };
  } catch (error) {
    return { text: '', failed: errorMessage(error) };
  }
}

function baseline(html: string): Extraction {
  try {
    const { document } = parseHTML(html);
    const article = new Readability(document).parse();
    return { text: article?.textContent ?? '', title: article?.title ?? undefined, failed: article ? undefined : 'null' };
  } catch (error) {
    return { text: '', failed: errorMessage(error) };
  }
}

async function timed(run: () => Extraction, clock: { seconds: number }): Promise<Extraction> {
  await breathe();
  const start = process.hrtime.bigint();
  const result = run();
  clock.seconds += Number(process.hrtime.bigint() - start) / 1e9;
  return result;
}

// ---------------------------------------------------------------------------
// (a) Scrapinghub

interface PageScore {
  id: string;
  ours: Counts;
  baseline: Counts;
}

async function scrapinghub(): Promise<{ ours: Summary; baseline: Summary; pages: PageScore[] }> {
  const gold = JSON.parse(readFileSync(join(scrapinghubDir, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { articleBody: string; url: string }
  >;
  const ids = Object.keys(gold).filter((id) => !onlyPage || id.startsWith(onlyPage));
  const oursClock = { seconds: 0 };
  const baselineClock = { seconds: 0 };
  const pages: PageScore[] = [];
  let oursFailures = 0;
  let baselineFailures = 0;
  for (const id of ids) {
    const html = gunzipSync(readFileSync(join(scrapinghubDir, 'html', `${id}.html.gz`))).toString('utf8');
    const truth = shingles(tokenize(gold[id]?.articleBody ?? ''));
    const mine = await timed(() => ours(html), oursClock);
    const theirs = await timed(() => baseline(html), baselineClock);
    if (mine.failed) oursFailures++;
    if (theirs.failed) baselineFailures++;
    pages.push({ id, ours: overlap(truth, shingles(tokenize(mine.text))), baseline: overlap(truth, shingles(tokenize(theirs.text))) });
    if (onlyPage) {
      console.log(`--- ours (${mine.failed ?? 'ok'}), title: ${mine.title}\n${mine.text}\n--- gold\n${gold[id]?.articleBody}\n`);
    }
  }
  return {
    ours: summarise(pages.map((p) => p.ours), oursClock.seconds, oursFailures),
    baseline: summarise(pages.map((p) => p.baseline), baselineClock.seconds, baselineFailures),
    pages,
  };
}

// ---------------------------------------------------------------------------
// (b) Readability test pages

interface RegressionSummary {
  pages: number;
  tokenF1: number;
  titleMatch: number;
  /** Title match when our deliberate removal of a " | Site" suffix is not counted as a miss. */
  titleMatchAllowingSiteSuffix: number;
  baselineTokenF1: number;
  baselineTitleMatch: number;
  misses: string[];
  /** Pages we reject as having no article body, with the reason. */
  rejected: string[];
}

function tokenF1(expected: string, actual: string): number {
  const score = overlap(bag(tokenize(expected)), bag(tokenize(actual)));
  return f1(precision(score), recall(score));
}

function bag(tokens: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const token of tokens) counts.set(token, (counts.get(token) ?? 0) + 1);
  return counts;
}

async function readabilityPages(): Promise<RegressionSummary> {
  const names = readdirSync(readabilityDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(readabilityDir, entry.name, 'source.html')))
    .map((entry) => entry.name)
    .sort();
  const f1s: number[] = [];
  const baselineF1s: number[] = [];
  let titles = 0;
  let titlesLoose = 0;
  let baselineTitles = 0;
  const misses: string[] = [];
  const rejected: string[] = [];
  const clock = { seconds: 0 };
  for (const name of names) {
    const dir = join(readabilityDir, name);
    const html = readFileSync(join(dir, 'source.html'), 'utf8');
    const expectedText = htmlText(readFileSync(join(dir, 'expected.html'), 'utf8'));
    const expected = JSON.parse(readFileSync(join(dir, 'expected-metadata.json'), 'utf8')) as { title?: string | null };
    const mine = await timed(() => ours(html, 'http://fakehost/test/page.html', true), clock);
    const theirs = await timed(() => baseline(html), clock);
    if (mine.failed) rejected.push(`${name}: ${mine.failed}`);
    f1s.push(tokenF1(expectedText, mine.text));
    baselineF1s.push(tokenF1(expectedText, theirs.text));
    const want = normaliseTitle(expected.title);
    const got = normaliseTitle(mine.title);
    if (want === got) titles++;
    if (want === got || (got !== '' && want.startsWith(got) && want.length > got.length)) titlesLoose++;
    else misses.push(`${name}: expected ${JSON.stringify(expected.title)}, got ${JSON.stringify(mine.title)}`);
    if (want === normaliseTitle(theirs.title)) baselineTitles++;
  }
  return {
    pages: names.length,
    tokenF1: mean(f1s),
    titleMatch: titles / names.length,
    titleMatchAllowingSiteSuffix: titlesLoose / names.length,
    baselineTokenF1: mean(baselineF1s),
    baselineTitleMatch: baselineTitles / names.length,
    misses,
    rejected,
  };
}

// ---------------------------------------------------------------------------

const fmt = (value: number): string => value.toFixed(3);

const a = await scrapinghub();
if (worst > 0) {
  const f = (c: Counts): number => f1(precision(c), recall(c));
  const sorted = [...a.pages].sort((x, y) => f(x.ours) - f(y.ours)).slice(0, worst);
  console.log('worst pages (ours F1 / P / R  vs baseline F1 / P / R):');
  for (const page of sorted) {
    console.log(
      `${page.id.slice(0, 12)}  ${fmt(f(page.ours))} ${fmt(precision(page.ours))} ${fmt(recall(page.ours))}   ` +
        `${fmt(f(page.baseline))} ${fmt(precision(page.baseline))} ${fmt(recall(page.baseline))}`,
    );
  }
  const diffs = [...a.pages].sort((x, y) => f(x.ours) - f(x.baseline) - (f(y.ours) - f(y.baseline))).slice(0, worst);
  console.log('pages where we lose most against the baseline:');
  for (const page of diffs) console.log(`${page.id.slice(0, 12)}  ${fmt(f(page.ours))} vs ${fmt(f(page.baseline))}`);
}
const b = onlyPage ? undefined : await readabilityPages();

console.log('\nScrapinghub article-extraction-benchmark (%d pages), 4-word shingles vs articleBody', a.pages.length);
console.table({
  'ours (Readability + cleaning)': row(a.ours),
  'Readability 0.6.0 on linkedom': row(a.baseline),
});
function row(s: Summary): Record<string, string | number> {
  return {
    precision: fmt(s.precision),
    recall: fmt(s.recall),
    F1: fmt(s.f1),
    'mean page F1': fmt(s.meanPageF1),
    'pages/s': Number(s.pagesPerSecond.toFixed(1)),
    failures: s.failures,
  };
}
if (b) {
  console.log('\nReadability test pages (%d pages), against Readability\'s own expected output', b.pages);
  console.table({
    ours: { 'token F1': fmt(b.tokenF1), 'title match': fmt(b.titleMatch), 'title match (site suffix removed)': fmt(b.titleMatchAllowingSiteSuffix) },
    'Readability 0.6.0 on linkedom': { 'token F1': fmt(b.baselineTokenF1), 'title match': fmt(b.baselineTitleMatch), 'title match (site suffix removed)': '' },
  });
  if (b.misses.length > 0) console.log('title misses:\n  ' + b.misses.join('\n  '));
  if (b.rejected.length > 0) console.log('rejected as having no article (scored 0):\n  ' + b.rejected.join('\n  '));
}

if (!onlyPage) {
  mkdirSync(dirname(resultsFile), { recursive: true });
  writeFileSync(
    resultsFile,
    JSON.stringify(
      {
        scrapinghub: { pages: a.pages.length, metric: '4-word shingles, lower-cased \\w+ tokens', ours: a.ours, baseline: a.baseline },
        readabilityTestPages: b,
      },
      null,
      2,
    ) + '\n',
  );
  console.log(`\nwritten ${resultsFile}`);
}
