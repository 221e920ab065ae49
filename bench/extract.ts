/**
 * `npm run bench:extract`: how well the HTML input format finds the article, on every
 * human-gold set in ../shared/corpora, against plain Readability in the same run.
 *
 * Sets: Scrapinghub article-extraction-benchmark, WCXB articles, Dragnet, CleanEval,
 * CleanPortalEval (each `html/<id>.html.gz` + `ground-truth.json`; read from ../shared,
 * never copied). Metric: the Scrapinghub benchmark's own, precision / recall / F1 of
 * lower-cased 4-word shingles of the extracted body against the gold text; the set's F1
 * is the harmonic mean of mean precision and mean recall.
 *
 * - ours: the bytes go to the same worker pool the collect step uses (one worker here),
 *   which decodes them (BOM, declared charset, detector) and extracts the article. Like the
 *   collect step, the bench keeps several pages in flight (a chunk of 8 at a time), so the
 *   worker is handed its next page while it reads the current one. The time is the wall
 *   clock from handing over the bytes to holding the results: decoding, messaging and all.
 * - Readability: @mozilla/readability 0.6.0 on linkedom 0.18.15 as published (the `linkedom-stock`
 *   alias), in this process, as people use it: the page decoded by its declared charset (UTF-8 when
 *   none), `parse().textContent`.
 * - Our extractor runs on the same linkedom with one fix (patches/linkedom+0.18.15.patch: a node's
 *   event-listener map is made when a listener is added, not for every node), which takes about a
 *   quarter off parsing and Readability. So "time ×" is against Readability as published, and
 *   "own work ×" is our in-process time against Readability run on our patched DOM in this
 *   process: what our own steps (decoding, page signals, furniture, the body choice) add.
 *
 * Pages/s are measured on the same pages, interleaved chunk by chunk; "in-process time ×" is
 * our decoder and extractor run in this process on the same chunk, so the pool's own cost is
 * the gap between the two time columns. All are measured after a warm-up (the
 * workers' start-up is not counted: a warm Lambda or a CLI run pays it once per day's batch). Readability's own
 * test pages follow as a regression check (their gold is Readability's output, so they
 * are not a target), and include the non-English pages.
 *
 * Per-set worst pages (ids, URLs and scores only, no page text) go to
 * bench/results/extract-worst.txt (git-ignored).
 *
 * Options: `--set NAME` runs one set; `--page ID` prints our text and the gold for one page.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { parseHTML as parseStockHTML } from 'linkedom-stock';
import { decodeBytes, encodingForLabel } from '../functions/core/articles/decode-text.js';
import { parseHtmlArticle } from '../functions/core/articles/html/extract-html.js';
import { ExtractionPool } from '../functions/core/articles/extraction-pool.js';
import { errorMessage } from '../functions/core/errors.js';

const here = dirname(fileURLToPath(import.meta.url));
const corpora = resolve(here, '../../shared/corpora');
const readabilityDir = join(corpora, 'readability-test-pages');
const resultsFile = join(here, 'results', 'extract.json');
const worstFile = join(here, 'results', 'extract-worst.txt');

const SETS = [
  { name: 'Scrapinghub', dir: 'article-extraction-benchmark' },
  { name: 'WCXB articles', dir: 'wcxb-articles' },
  { name: 'Dragnet', dir: 'dragnet' },
  { name: 'CleanEval', dir: 'cleaneval' },
  { name: 'CleanPortalEval', dir: 'cleanportaleval' },
] as const;

const args = process.argv.slice(2);
const onlySet = argValue('--set');
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

const pageF1 = (c: Counts): number => f1(precision(c), recall(c));

function mean(values: number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;
}

interface Summary {
  precision: number;
  recall: number;
  /** The benchmark's F1: harmonic mean of the mean precision and the mean recall. */
  f1: number;
  meanPageF1: number;
  seconds: number;
  pagesPerSecond: number;
  failures: number;
}

/** The benchmark's aggregation: mean precision over pages with a prediction, mean recall over pages with a gold. */
function summarise(scores: Counts[], seconds: number, failures: number): Summary {
  const p = mean(scores.filter((s) => s.tp + s.fp > 0).map(precision));
  const r = mean(scores.filter((s) => s.tp + s.fn > 0).map(recall));
  return { precision: p, recall: r, f1: f1(p, r), meanPageF1: mean(scores.map(pageF1)), seconds, pagesPerSecond: scores.length / seconds, failures };
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

const pool = new ExtractionPool({ size: 1 });

async function ours(bytes: Buffer): Promise<Extraction> {
  try {
    const { article } = await pool.extract('html', bytes);
    return { text: article.paragraphs.join('\n\n'), title: article.meta.title };
  } catch (error) {
    return { text: '', failed: errorMessage(error) };
  }
}

/** Our decoder and extractor without the pool, for the time column that tells the pool's cost from the extractor's. */
function inProcess(bytes: Buffer): void {
  try {
    parseHtmlArticle(decodeBytes(bytes, { html: true }).text);
  } catch {
    // Scored through the pool; only the time counts here.
  }
}

/** The page as a plain Readability user reads it: the declared charset, else UTF-8. */
function naiveDecode(bytes: Buffer): string {
  const head = bytes.subarray(0, 8192).toString('latin1');
  const label = /<meta\b[^>]*\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1];
  return new TextDecoder(encodingForLabel(label) ?? 'utf-8').decode(bytes);
}

function baseline(bytes: Buffer): Extraction {
  return readabilityOn(parseStockHTML, bytes);
}

/** Readability on the DOM our extractor uses: what our own steps add is the rest of our time. */
function baselineOnOurDom(bytes: Buffer): Extraction {
  return readabilityOn(parseHTML, bytes);
}

function readabilityOn(parse: typeof parseHTML, bytes: Buffer): Extraction {
  try {
    const { document } = parse(naiveDecode(bytes));
    const article = new Readability(document).parse();
    return { text: article?.textContent ?? '', title: article?.title ?? undefined, failed: article ? undefined : 'null' };
  } catch (error) {
    return { text: '', failed: errorMessage(error) };
  }
}

async function timed<T>(run: () => T | Promise<T>, clock: { seconds: number }): Promise<T> {
  const start = process.hrtime.bigint();
  const result = await run();
  clock.seconds += Number(process.hrtime.bigint() - start) / 1e9;
  return result;
}

// ---------------------------------------------------------------------------
// The human-gold sets

interface PageScore {
  id: string;
  url: string | null;
  ours: Counts;
  baseline: Counts;
  failed?: string;
}

interface SetResult {
  name: string;
  pages: PageScore[];
  ours: Summary;
  baseline: Summary;
  /** Our decoding and extraction run in this process on the same pages: the pool's share of the time is the difference. */
  inProcessSeconds: number;
  /** Readability on our patched DOM, on the same pages. */
  ourDomSeconds: number;
}

interface Gold {
  articleBody: string;
  url: string | null;
}

function readSet(dir: string): { ids: string[]; gold: Record<string, Gold> } {
  const gold = JSON.parse(readFileSync(join(corpora, dir, 'ground-truth.json'), 'utf8')) as Record<string, Gold>;
  const ids = Object.keys(gold)
    .filter((id) => existsSync(join(corpora, dir, 'html', `${id}.html.gz`)))
    .filter((id) => !onlyPage || id.startsWith(onlyPage))
    .sort();
  return { ids, gold };
}

const pageBytes = (dir: string, id: string): Buffer => gunzipSync(readFileSync(join(corpora, dir, 'html', `${id}.html.gz`)));

async function warmUp(): Promise<void> {
  const { dir } = SETS[0];
  const { ids } = readSet(dir);
  for (const id of ids.slice(0, 8)) {
    const bytes = pageBytes(dir, id);
    await ours(bytes);
    baseline(bytes);
    baselineOnOurDom(bytes);
  }
}

async function scoreSet(name: string, dir: string): Promise<SetResult> {
  const { ids, gold } = readSet(dir);
  const oursClock = { seconds: 0 };
  const baselineClock = { seconds: 0 };
  const inProcessClock = { seconds: 0 };
  const ourDomClock = { seconds: 0 };
  const pages: PageScore[] = [];
  let oursFailures = 0;
  let baselineFailures = 0;
  const CHUNK = 8;
  for (let start = 0; start < ids.length; start += CHUNK) {
    const chunk = ids.slice(start, start + CHUNK).map((id) => ({ id, bytes: pageBytes(dir, id) }));
    const mines = await timed(() => Promise.all(chunk.map(({ bytes }) => ours(bytes))), oursClock);
    const theirs = await timed(() => chunk.map(({ bytes }) => baseline(bytes)), baselineClock);
    await timed(() => chunk.forEach(({ bytes }) => inProcess(bytes)), inProcessClock);
    await timed(() => chunk.forEach(({ bytes }) => baselineOnOurDom(bytes)), ourDomClock);
    chunk.forEach(({ id }, index) => pages.push(scorePage(id, mines[index]!, theirs[index]!)));
    oursFailures += mines.filter((mine) => mine.failed).length;
    baselineFailures += theirs.filter((theirs) => theirs.failed).length;
  }
  function scorePage(id: string, mine: Extraction, theirs: Extraction): PageScore {
    const truth = shingles(tokenize(gold[id]?.articleBody ?? ''));
    if (onlyPage) console.log(`--- ours (${mine.failed ?? 'ok'}), title: ${mine.title}\n${mine.text}\n--- gold\n${gold[id]?.articleBody}\n`);
    return {
      id,
      url: gold[id]?.url ?? null,
      ours: overlap(truth, shingles(tokenize(mine.text))),
      baseline: overlap(truth, shingles(tokenize(theirs.text))),
      ...(mine.failed ? { failed: mine.failed } : {}),
    };
  }
  return {
    name,
    pages,
    ours: summarise(pages.map((p) => p.ours), oursClock.seconds, oursFailures),
    baseline: summarise(pages.map((p) => p.baseline), baselineClock.seconds, baselineFailures),
    inProcessSeconds: inProcessClock.seconds,
    ourDomSeconds: ourDomClock.seconds,
  };
}

// ---------------------------------------------------------------------------
// Readability test pages (regression check)

interface RegressionSummary {
  pages: number;
  tokenF1: number;
  nonEnglishTokenF1: number;
  titleMatch: number;
  baselineTokenF1: number;
  baselineTitleMatch: number;
  rejected: string[];
}

function tokenF1(expected: string, actual: string): number {
  const bag = (tokens: string[]) => {
    const counts = new Map<string, number>();
    for (const token of tokens) counts.set(token, (counts.get(token) ?? 0) + 1);
    return counts;
  };
  return pageF1(overlap(bag(tokenize(expected)), bag(tokenize(actual))));
}

function readabilityPages(): RegressionSummary {
  const names = readdirSync(readabilityDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(readabilityDir, entry.name, 'source.html')))
    .map((entry) => entry.name)
    .sort();
  const f1s: number[] = [];
  const nonEnglish: number[] = [];
  const baselineF1s: number[] = [];
  let titles = 0;
  let baselineTitles = 0;
  const rejected: string[] = [];
  for (const name of names) {
    const dir = join(readabilityDir, name);
    const bytes = readFileSync(join(dir, 'source.html'));
    const expectedText = htmlText(readFileSync(join(dir, 'expected.html'), 'utf8'));
    const expected = JSON.parse(readFileSync(join(dir, 'expected-metadata.json'), 'utf8')) as { title?: string | null; lang?: string | null };
    let mine: Extraction;
    try {
      const article = parseHtmlArticle(decodeBytes(bytes, { html: true }).text, { url: 'http://fakehost/test/page.html' });
      mine = { text: [...article.paragraphs, ...article.captions].join('\n\n'), title: article.meta.title };
    } catch (error) {
      mine = { text: '', failed: errorMessage(error) };
    }
    const theirs = baseline(bytes);
    if (mine.failed) rejected.push(`${name}: ${mine.failed}`);
    const score = tokenF1(expectedText, mine.text);
    f1s.push(score);
    if (expected.lang && !/^en\b/i.test(expected.lang)) nonEnglish.push(score);
    baselineF1s.push(tokenF1(expectedText, theirs.text));
    if (normaliseTitle(expected.title) === normaliseTitle(mine.title)) titles++;
    if (normaliseTitle(expected.title) === normaliseTitle(theirs.title)) baselineTitles++;
  }
  return {
    pages: names.length,
    tokenF1: mean(f1s),
    nonEnglishTokenF1: mean(nonEnglish),
    titleMatch: titles / names.length,
    baselineTokenF1: mean(baselineF1s),
    baselineTitleMatch: baselineTitles / names.length,
    rejected,
  };
}

// ---------------------------------------------------------------------------

const fmt = (value: number): string => value.toFixed(3);

await warmUp();
const results: SetResult[] = [];
for (const set of SETS) {
  if (onlySet && set.name.toLowerCase() !== onlySet.toLowerCase() && set.dir !== onlySet) continue;
  results.push(await scoreSet(set.name, set.dir));
}
await pool.close();

const table: Record<string, Record<string, string | number>> = {};
for (const result of results) {
  table[result.name] = {
    pages: result.pages.length,
    'ours F1': fmt(result.ours.f1),
    'Readability F1': fmt(result.baseline.f1),
    'Δ F1': (result.ours.f1 - result.baseline.f1 >= 0 ? '+' : '') + fmt(result.ours.f1 - result.baseline.f1),
    'ours P / R': `${fmt(result.ours.precision)} / ${fmt(result.ours.recall)}`,
    'ours pages/s': Number(result.ours.pagesPerSecond.toFixed(1)),
    'Readability pages/s': Number(result.baseline.pagesPerSecond.toFixed(1)),
    'time ×': Number((result.ours.seconds / result.baseline.seconds).toFixed(2)),
    'in-process time ×': Number((result.inProcessSeconds / result.baseline.seconds).toFixed(2)),
    'own work ×': Number((result.inProcessSeconds / result.ourDomSeconds).toFixed(2)),
    'ours failures': result.ours.failures,
  };
}
const oursSeconds = results.reduce((sum, r) => sum + r.ours.seconds, 0);
const baselineSeconds = results.reduce((sum, r) => sum + r.baseline.seconds, 0);
const pageCount = results.reduce((sum, r) => sum + r.pages.length, 0);
const macro = { ours: mean(results.map((r) => r.ours.f1)), baseline: mean(results.map((r) => r.baseline.f1)) };
if (results.length > 1) {
  table['macro average'] = {
    pages: pageCount,
    'ours F1': fmt(macro.ours),
    'Readability F1': fmt(macro.baseline),
    'Δ F1': (macro.ours - macro.baseline >= 0 ? '+' : '') + fmt(macro.ours - macro.baseline),
    'ours P / R': '',
    'ours pages/s': Number((pageCount / oursSeconds).toFixed(1)),
    'Readability pages/s': Number((pageCount / baselineSeconds).toFixed(1)),
    'time ×': Number((oursSeconds / baselineSeconds).toFixed(2)),
    'in-process time ×': Number((results.reduce((sum, r) => sum + r.inProcessSeconds, 0) / baselineSeconds).toFixed(2)),
    'own work ×': Number((results.reduce((sum, r) => sum + r.inProcessSeconds, 0) / results.reduce((sum, r) => sum + r.ourDomSeconds, 0)).toFixed(2)),
    'ours failures': results.reduce((sum, r) => sum + r.ours.failures, 0),
  };
}
console.log(
  '\nHuman-gold sets: 4-word shingle F1 against the gold body; ours through the extraction worker pool, Readability 0.6.0 on linkedom as published in-process;\n' +
    '"own work ×": ours in-process against Readability on our patched linkedom, both in this process (what our own steps add)',
);
console.table(table);

if (!onlyPage) {
  const worst: string[] = [];
  for (const result of results) {
    worst.push(`## ${result.name}: worst 15 pages (ours F1, Readability F1, id, url, failure)`);
    for (const page of [...result.pages].sort((a, b) => pageF1(a.ours) - pageF1(b.ours)).slice(0, 15)) {
      worst.push(`${fmt(pageF1(page.ours))}  ${fmt(pageF1(page.baseline))}  ${page.id}  ${page.url ?? ''}${page.failed ? `  [${page.failed}]` : ''}`);
    }
    worst.push(`## ${result.name}: where we lose most against Readability`);
    for (const page of [...result.pages].sort((a, b) => pageF1(a.ours) - pageF1(a.baseline) - (pageF1(b.ours) - pageF1(b.baseline))).slice(0, 10)) {
      worst.push(`${fmt(pageF1(page.ours))}  ${fmt(pageF1(page.baseline))}  ${page.id}  ${page.url ?? ''}`);
    }
    worst.push('');
  }
  mkdirSync(dirname(worstFile), { recursive: true });
  writeFileSync(worstFile, `${worst.join('\n')}\n`);
  console.log(`per-set worst pages: ${worstFile}`);
}

const regression = onlyPage || onlySet ? undefined : readabilityPages();
if (regression) {
  console.log("\nReadability's test pages (%d, gold = Readability's own output: a regression check, not a target)", regression.pages);
  console.table({
    ours: { 'token F1': fmt(regression.tokenF1), 'token F1, non-English pages': fmt(regression.nonEnglishTokenF1), 'title match': fmt(regression.titleMatch) },
    'Readability 0.6.0': { 'token F1': fmt(regression.baselineTokenF1), 'token F1, non-English pages': '', 'title match': fmt(regression.baselineTitleMatch) },
  });
  if (regression.rejected.length > 0) console.log('rejected as having no article (scored 0):\n  ' + regression.rejected.join('\n  '));
}

if (!onlyPage && !onlySet) {
  mkdirSync(dirname(resultsFile), { recursive: true });
  const sets = Object.fromEntries(
    results.map((r) => [r.name, { pages: r.pages.length, ours: r.ours, baseline: r.baseline, inProcessSeconds: r.inProcessSeconds, ourDomSeconds: r.ourDomSeconds }]),
  );
  writeFileSync(
    resultsFile,
    `${JSON.stringify({ metric: '4-word shingles, lower-cased \\w+ tokens', sets, macro, readabilityTestPages: regression }, null, 2)}\n`,
  );
  console.log(`\nwritten ${resultsFile}`);
}
