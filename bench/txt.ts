/**
 * `npm run bench:txt`: how well raw scraped `.txt` articles are cleaned.
 *
 * Human-written gold bodies (Scrapinghub article-extraction-benchmark and
 * WCXB articles, read from ../shared/corpora at run time and never copied; the
 * non-English pages of Readability's test pages, whose expected output serves
 * as the body; and our own short non-English bodies) are wrapped in page
 * furniture the way scrapers deliver it: bylines, timestamps, datelines,
 * cookie notices, share/subscribe/ad lines, captions, "read also" inserts,
 * related-article teasers, tags, copyright lines, comment forms, reading
 * times, audio players, gallery counters, embedded posts, newsletter boxes,
 * price lines and author notes, in
 * several layouts (blank-line paragraphs, one line per paragraph, hard-wrapped
 * text with and without blank lines) and languages. Files are grouped into
 * days of several sources, each with its own site template, as a real day's
 * folder is.
 *
 * Scored per file: 4-word shingle F1 of the body against the gold (with the
 * dateline, which belongs to the story), whether any inserted furniture line
 * is left in the body, caption recall, and whether the title is taken from the
 * story's opening. Three cleaners run on the same files in one run: ours,
 * ours with the day-wide repetition signal switched off, and the every-line
 * baseline. The furniture vocabulary has a `seen` half and a `heldOut` half
 * (bench/txt/furniture.ts, bench/txt/furniture-held-out.ts), checked at
 * start-up to share no phrase; both are reported. A third split, `fresh`
 * (bench/txt/furniture-fresh.ts), was written by someone who had read neither
 * the cleaner nor the other splits' unseen halves; it has since been studied
 * once (its surviving classes were fixed by class rules). A fourth, `unseen`
 * (bench/txt/furniture-unseen.ts), was written the same way without reading the
 * cleaner or the first three; it has since been studied once too. A fifth,
 * `blind` (bench/txt/furniture-blind.ts), was written without the cleaner or
 * the first four, and has since been studied once. A sixth, `sealed`
 * (bench/txt/furniture-sealed.ts), written without reading the cleaner, its
 * results or the first five, is now the never-studied split: its figures are
 * the honest ones on unseen furniture. Start-up checks that no
 * line or "Label: {headline}" label of a written split is one of the splits
 * before it. The share of the gain that
 * cross-article repetition brings is given over the every-line baseline of the
 * same run, and over the stored "before" figures.
 *
 * `--record-before` stores this run as the "before" figures in the results file
 * (run once against the code before a change). `--show N` prints N files of the
 * held-out set with what was left in (`--show-split seen`: of the seen set; `--show-split fresh` / `unseen` /
 * `blind` / `sealed`: of those sets, for whoever reports the figures, never for tuning); `--worst N` prints the N seen-set files with
 * the lowest body F1, with the gold lines lost and the lines kept that are not gold (`--worst-split X`: of
 * another split). `--splits a,b` measures only those splits and `--quick` only our cleaner: such a partial
 * run is printed, never written to the results file.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import type { ParsedArticle } from '../functions/core/articles/article.js';
import { decodeText } from '../functions/core/articles/decode-text.js';
import * as textParser from '../functions/core/articles/parse-text-article.js';
import { OWN_BODIES } from './txt/bodies.js';
import * as studied from './txt/furniture.js';
import { type FurnitureLang, KINDS, type Rng, seededRng, vocabulary } from './txt/furniture.js';
import * as blind from './txt/furniture-blind.js';
import * as fresh from './txt/furniture-fresh.js';
import * as sealed from './txt/furniture-sealed.js';
import * as unseen from './txt/furniture-unseen.js';

const here = dirname(fileURLToPath(import.meta.url));
const corpora = resolve(here, '../../shared/corpora');
const resultsFile = join(here, 'results', 'txt.json');
const args = process.argv.slice(2);
const recordBefore = args.includes('--record-before');
const show = args.includes('--show') ? Number(args[args.indexOf('--show') + 1]) || 0 : 0;
/** A vocabulary written by someone who had read neither the cleaner nor the other vocabularies. */
interface WrittenSplit {
  title: string;
  sites: readonly string[];
  kinds: readonly string[];
  vocabulary: (kind: string) => Partial<Record<FurnitureLang, readonly string[]>>;
  furniture: (kind: string, lang: FurnitureLang, rng: Rng, site: string) => string;
  teaser: (lang: FurnitureLang, rng: Rng) => { headline: string; body: string };
  dateline: (lang: FurnitureLang, rng: Rng) => string;
}
/** In the order they were written: each takes over as the never-studied split once the one before it has been studied (`unseen` after `fresh`, `blind` after `unseen`, `sealed` after `blind`). */
const WRITTEN = {
  fresh: {
    title: 'Fresh furniture vocabulary (written unseen, since studied once)',
    sites: fresh.FRESH_SITES,
    kinds: fresh.FRESH_KINDS,
    vocabulary: fresh.freshVocabulary,
    furniture: fresh.freshFurniture,
    teaser: fresh.freshTeaser,
    dateline: fresh.freshDateline,
  },
  unseen: {
    title: 'Unseen furniture vocabulary (written unseen, since studied once)',
    sites: unseen.UNSEEN_SITES,
    kinds: unseen.UNSEEN_KINDS,
    vocabulary: unseen.unseenVocabulary,
    furniture: unseen.unseenFurniture,
    teaser: unseen.unseenTeaser,
    dateline: unseen.unseenDateline,
  },
  blind: {
    title: 'Blind furniture vocabulary (written without the cleaner, since studied once)',
    sites: blind.BLIND_SITES,
    kinds: blind.BLIND_KINDS,
    vocabulary: blind.blindVocabulary,
    furniture: blind.blindFurniture,
    teaser: blind.blindTeaser,
    dateline: blind.blindDateline,
  },
  sealed: {
    title: 'Sealed furniture vocabulary (never studied: the honest figures on unseen furniture)',
    sites: sealed.SEALED_SITES,
    kinds: sealed.SEALED_KINDS,
    vocabulary: sealed.sealedVocabulary,
    furniture: sealed.sealedFurniture,
    teaser: sealed.sealedTeaser,
    dateline: sealed.sealedDateline,
  },
} satisfies Record<string, WrittenSplit>;
type Written = keyof typeof WRITTEN;
/** `seen` and `heldOut` come from furniture.ts; the written splits (`fresh`, `unseen`, `blind`, `sealed`) were written without seeing the cleaner (all but `sealed` have since been studied once). */
type Split = studied.Split | Written;
const SPLITS = ['seen', 'heldOut', 'fresh', 'unseen', 'blind', 'sealed'] as const;
const isWritten = (split: Split): split is Written => split in WRITTEN;
const furniture = (kind: string, split: Split, lang: FurnitureLang, rng: Rng, site: string) =>
  isWritten(split) ? WRITTEN[split].furniture(kind, lang, rng, site) : studied.furniture(kind, split, lang, rng, site);
/** A written split picks a language's phrases, or English ones where the language has none. */
const writtenHasKind = (vocab: WrittenSplit, kind: string, lang: FurnitureLang) => {
  const phrases = vocab.vocabulary(kind);
  return (phrases[lang] ?? phrases.en ?? []).length > 0;
};
const hasKind = (kind: string, split: Split, lang: FurnitureLang) => (isWritten(split) ? writtenHasKind(WRITTEN[split], kind, lang) : studied.hasKind(kind, split, lang));
const teaser = (split: Split, lang: FurnitureLang, rng: Rng) => (isWritten(split) ? WRITTEN[split].teaser(lang, rng) : studied.teaser(split, lang, rng));
const dateline = (split: Split, lang: FurnitureLang, rng: Rng) => (isWritten(split) ? WRITTEN[split].dateline(lang, rng) : studied.dateline(lang, rng));
/** Which split `--show` reads: the held-out one by default; `--show-split seen` studies the seen half without spending the held-out one; `--show-split fresh`, `unseen`, `blind` and `sealed` are for whoever reports the figures, never for tuning. */
const showSplit = SPLITS.find((split) => args.includes('--show-split') && args[args.indexOf('--show-split') + 1] === split) ?? 'heldOut';
const worst = args.includes('--worst') ? Number(args[args.indexOf('--worst') + 1]) || 0 : 0;
/** `--worst-split fresh`: which split `--worst` reads (the seen one by default). */
const worstSplit = SPLITS.find((split) => args.includes('--worst-split') && args[args.indexOf('--worst-split') + 1] === split) ?? 'seen';
/** `--splits seen,heldOut`: measure only those splits; `--quick`: only our cleaner. Either makes a partial run, which is printed but never written to the results file. */
const onlySplits = args.includes('--splits') ? new Set(String(args[args.indexOf('--splits') + 1]).split(',')) : undefined;
const quick = args.includes('--quick');
const partial = onlySplits !== undefined || quick;

// ---------------------------------------------------------------------------
// Gold bodies

interface Body {
  id: string;
  english: boolean;
  lang: FurnitureLang;
  paragraphs: string[];
}

function paragraphsOf(text: string): string[] {
  return text
    .split(/\n+/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line.length > 0);
}

function goldSet(folder: string): Body[] {
  const gold = JSON.parse(readFileSync(join(corpora, folder, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string }>;
  return Object.entries(gold)
    .map(([id, entry]) => ({ id: `${folder}/${id}`, english: true, lang: 'en' as const, paragraphs: paragraphsOf(entry.articleBody) }))
    .filter((body) => body.paragraphs.length > 0);
}

/** Readability's test pages that are not in English; their expected output is the body. */
const READABILITY_NON_ENGLISH: Record<string, FurnitureLang> = {
  aktualne: 'cs',
  'cnet-svg-classes': 'es',
  folha: 'pt',
  hukumusume: 'ja',
  gmw: 'zh',
  heise: 'de',
  'la-nacion': 'es',
  'lemonde-1': 'fr',
  'liberation-1': 'fr',
  'nytimes-5': 'es',
  pixnet: 'zh',
  qq: 'zh',
  'yahoo-4': 'ja',
};

function readabilityBodies(): Body[] {
  const out: Body[] = [];
  for (const [page, lang] of Object.entries(READABILITY_NON_ENGLISH)) {
    const file = join(corpora, 'readability-test-pages', page, 'expected.html');
    if (!existsSync(file)) continue;
    const { document } = parseHTML(`<!DOCTYPE html><html><body>${readFileSync(file, 'utf8')}</body></html>`);
    const blocks = [...document.querySelectorAll('p, h1, h2, h3, h4, li, blockquote, pre, figcaption')]
      .filter((element) => !element.querySelector('p, li, blockquote, pre'))
      .map((element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim())
      .filter((text) => text.length > 0);
    if (blocks.length > 0) out.push({ id: `readability/${page}`, english: false, lang, paragraphs: blocks });
  }
  return out;
}

// ---------------------------------------------------------------------------
// Wrapping bodies in furniture

type Layout = 'blank' | 'single' | 'wrapped' | 'wrapped-single';

interface Inserted {
  kind: string;
  text: string;
}

interface RawFile {
  file: string;
  body: Body;
  layout: Layout;
  text: string;
  /** What the body should be: the gold, with the dateline that opens the story. */
  expected: string;
  /** The opening of the story a title may be taken from. */
  opening: string;
  furniture: Inserted[];
  captions: string[];
}

const NEWSROOM: FurnitureLang[] = ['sr-Latn', 'sr-Cyrl', 'sq', 'ru', 'de', 'fr', 'es', 'ar'];

interface SiteTemplate {
  top: Inserted[];
  tail: Inserted[];
  midAd: Inserted | null;
}

/** A piece of furniture as the lines it takes: a newsletter box, an embedded post and a comment form take several. */
function lines(kind: string, split: Split, lang: FurnitureLang, rng: Rng, site: string): Inserted[] {
  if (!hasKind(kind, split, lang)) return [];
  return furniture(kind, split, lang, rng, site)
    .split(kind === 'comments' ? /[|\n]/u : /\n/u)
    .map((text) => ({ kind, text }));
}

function siteTemplate(site: string, lang: FurnitureLang, split: Split, rng: Rng): SiteTemplate {
  const line = (kind: string): Inserted => ({ kind, text: furniture(kind, split, lang, rng, site) });
  const top: Inserted[] = [];
  if (rng.chance(0.5)) top.push(line('nav'));
  if (rng.chance(0.4)) top.push(line('cookie'));
  const tail: Inserted[] = [];
  for (const kind of ['subscribe', 'copyright', 'share', 'subscribe']) if (rng.chance(0.45)) tail.push(line(kind));
  if (rng.chance(0.2)) tail.push(...lines('newsletter', split, lang, rng, site));
  if (rng.chance(0.4)) tail.push(...lines('comments', split, lang, rng, site));
  return { top, tail, midAd: rng.chance(0.5) ? line('ad') : null };
}

function wrap(line: string, width: number): string[] {
  const out: string[] = [];
  let current = '';
  for (const word of line.split(' ')) {
    if (current && current.length + 1 + word.length > width) {
      out.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  if (current) out.push(current);
  return out;
}

function render(lines: string[], layout: Layout, rng: Rng): string {
  switch (layout) {
    case 'blank':
      return lines.join(rng.chance(0.2) ? '\r\n\r\n' : '\n\n');
    case 'single':
      return lines.join('\n');
    case 'wrapped': {
      const width = rng.int(60, 80);
      return lines.map((line) => wrap(line, width).join('\n')).join('\n\n');
    }
    case 'wrapped-single': {
      const width = rng.int(64, 80);
      return lines.flatMap((line) => wrap(line, width)).join('\n');
    }
  }
}

function buildFile(body: Body, index: number, split: Split, site: string, template: SiteTemplate, lang: FurnitureLang, rng: Rng): RawFile {
  const line = (kind: string): Inserted => ({ kind, text: furniture(kind, split, lang, rng, site) });
  const inserted: Inserted[] = [];
  const captions: string[] = [];
  const text: string[] = [];
  const add = (item: Inserted) => {
    inserted.push(item);
    text.push(item.text);
  };

  const block = (kind: string) => lines(kind, split, lang, rng, site);
  for (const item of template.top) add(item);
  const head: Inserted[] = [];
  if (rng.chance(0.55)) head.push(line('byline'));
  if (rng.chance(0.55)) head.push(line('timestamp'));
  if (rng.chance(0.15)) head.push(line('share'));
  if (rng.chance(0.2)) head.push(...block('readingTime'));
  if (rng.chance(0.12)) head.push(...block('listen'));
  if (rng.chance(0.5)) head.reverse();
  for (const item of head) add(item);
  if (rng.chance(0.2)) {
    const caption = line('caption');
    captions.push(caption.text);
    add(caption);
  }

  const gold = [...body.paragraphs];
  const prefix = rng.chance(0.35) ? dateline(split, lang, rng) : '';
  if (prefix) gold[0] = `${prefix}${gold[0]}`;
  const captionAfter = new Set<number>();
  if (rng.chance(0.65)) for (let i = rng.int(1, 2); i > 0; i -= 1) captionAfter.add(rng.int(0, gold.length - 1));
  const insertsAfter = new Map<number, Inserted[]>();
  const insert = (p: number, items: Inserted[]) => {
    if (gold.length > 3 && items.length > 0 && rng.next() < p) insertsAfter.set(rng.int(1, gold.length - 2), items);
  };
  if (template.midAd) insert(1, [template.midAd]);
  insert(0.3, [line('ad')]);
  insert(0.3, [line('readAlso')]);
  insert(0.1, [line('subscribe')]);
  insert(0.1, block('newsletter'));
  insert(0.12, block('gallery'));
  insert(0.12, block('embed'));
  insert(0.05, block('price'));
  gold.forEach((paragraph, i) => {
    text.push(paragraph);
    if (captionAfter.has(i)) {
      const caption = line('caption');
      captions.push(caption.text);
      add(caption);
    }
    const extra = insertsAfter.get(i);
    if (extra && i < gold.length - 1) for (const item of extra) add(item);
  });

  if (rng.chance(0.25)) for (const item of block('bio')) add(item);
  if (rng.chance(0.35)) add(line('share'));
  if (rng.chance(0.3)) add(line('tags'));
  if (rng.chance(0.45)) {
    if (rng.chance(0.5)) add(line('relatedHeading'));
    const readMore = rng.chance(0.6) ? line('readMore') : null;
    for (let i = rng.int(1, 3); i > 0; i -= 1) {
      const { headline, body: cut } = teaser(split, lang, rng);
      add({ kind: 'teaser', text: headline });
      if (rng.chance(0.8)) add({ kind: 'teaser', text: cut });
      if (readMore) add(readMore);
    }
  }
  for (const item of template.tail) add(item);
  if (template.top.every((item) => item.kind !== 'cookie') && rng.chance(0.1)) add(line('cookie'));

  const layout = rng.pick<Layout>(['blank', 'blank', 'blank', 'single', 'single', 'wrapped', 'wrapped', 'wrapped-single']);
  return {
    file: `${String(index).padStart(3, '0')}_${body.id.replace(/[^\w-]+/g, '_').slice(-40)}.txt`,
    body,
    layout,
    text: render(text, layout, rng),
    expected: gold.join('\n'),
    opening: body.paragraphs.slice(0, 3).join('\n'),
    furniture: inserted,
    captions,
  };
}

function furnitureLanguage(body: Body, rng: Rng): FurnitureLang {
  if (body.english) return rng.chance(0.85) ? 'en' : rng.pick(NEWSROOM);
  return rng.chance(0.8) ? body.lang : 'en';
}

/** Days of articles from three sites each; a site's template repeats across its articles that day. */
function buildDays(bodies: Body[], split: Split, seed: number): RawFile[][] {
  const rng = seededRng(seed);
  const shuffled = [...bodies].sort(() => rng.next() - 0.5);
  const english = shuffled.filter((body) => body.english);
  const other = shuffled.filter((body) => !body.english);
  const days: RawFile[][] = [];
  let index = 0;
  for (const [group, size] of [
    [english, 12],
    [other, 8],
  ] as const) {
    for (let start = 0; start < group.length; start += size) {
      const names = isWritten(split) ? WRITTEN[split].sites : studied.SITES;
      const sites = [rng.pick(names), rng.pick(names), rng.pick(names)].map((site, i) => `${site} ${i + 1}`);
      const templates = new Map<string, SiteTemplate>();
      days.push(
        group.slice(start, start + size).map((body) => {
          const site = rng.pick(sites);
          const lang = furnitureLanguage(body, rng);
          const key = `${site}|${lang}`;
          if (!templates.has(key)) templates.set(key, siteTemplate(site, lang, split, rng));
          return buildFile(body, index++, split, site, templates.get(key) as SiteTemplate, lang, rng);
        }),
      );
    }
  }
  return days;
}

// ---------------------------------------------------------------------------
// Cleaners

type Result = ParsedArticle | Error;
type DayCleaner = (files: readonly { file: string; text: string }[]) => Map<string, Result>;

function perFile(files: readonly { file: string; text: string }[], parse: (text: string) => ParsedArticle): Map<string, Result> {
  const out = new Map<string, Result>();
  for (const { file, text } of files) {
    try {
      out.set(file, parse(text));
    } catch (error) {
      out.set(file, error instanceof Error ? error : new Error(String(error)));
    }
  }
  return out;
}

interface DayParser {
  parseTextDay?: (files: readonly { file: string; text: string }[], options?: { repetition?: boolean }) => Map<string, Result>;
}

const dayParser = (textParser as DayParser).parseTextDay;

const CLEANERS: Record<string, DayCleaner> = {
  ours: (files) => (dayParser ? dayParser(files, { repetition: true }) : perFile(files, (text) => textParser.parseTextArticle(text))),
  'ours without repetition': (files) =>
    dayParser ? dayParser(files, { repetition: false }) : perFile(files, (text) => textParser.parseTextArticle(text)),
  'every line (baseline)': (files) =>
    perFile(files, (text) => {
      const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
      return { meta: { title: lines[0] ?? '' }, paragraphs: lines, captions: [] };
    }),
};

// ---------------------------------------------------------------------------
// Scoring

const CJK = /([\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}])/gu;

function tokens(text: string): string[] {
  return (text.normalize('NFKC').toLowerCase().replace(CJK, ' $1 ').match(/[\p{L}\p{N}\p{M}]+/gu) ?? []) as string[];
}

function shingles(list: string[], n = 4): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i < Math.max(1, list.length - n + 1); i += 1) {
    const key = list.slice(i, i + n).join('\u0001');
    if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

function shingleF1(expected: string, actual: string): { precision: number; recall: number; f1: number } {
  const gold = shingles(tokens(expected));
  const got = shingles(tokens(actual));
  let tp = 0;
  let goldTotal = 0;
  let gotTotal = 0;
  for (const [key, count] of got) {
    tp += Math.min(count, gold.get(key) ?? 0);
    gotTotal += count;
  }
  for (const count of gold.values()) goldTotal += count;
  const precision = gotTotal ? tp / gotTotal : 0;
  const recall = goldTotal ? tp / goldTotal : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

/** Whether `needle`'s tokens occur, in order and together, in `haystack`'s. */
function containsRun(haystack: string[], needle: string[]): boolean {
  return countRuns(haystack, needle) > 0;
}

/** How often `needle`'s tokens occur, in order and together, in `haystack`'s. */
function countRuns(haystack: string[], needle: string[]): number {
  if (needle.length === 0) return 0;
  const text = `\u0001${haystack.join('\u0001')}\u0001`;
  const run = `\u0001${needle.join('\u0001')}\u0001`;
  let count = 0;
  for (let at = text.indexOf(run); at >= 0; at = text.indexOf(run, at + run.length - 1)) count += 1;
  return count;
}

interface FileScore {
  file: string;
  english: boolean;
  f1: number;
  precision: number;
  recall: number;
  leftIn: Inserted[];
  captionsInserted: number;
  captionsFound: number;
  titleOk: boolean;
  title: string;
}

function scoreFile(raw: RawFile, result: Result | undefined): FileScore {
  const base = { file: raw.file, english: raw.body.english, captionsInserted: raw.captions.length };
  if (!result || result instanceof Error) {
    return { ...base, f1: 0, precision: 0, recall: 0, leftIn: [], captionsFound: 0, titleOk: false, title: `(${result?.message ?? 'missing'})` };
  }
  const body = result.paragraphs.join('\n');
  const { precision, recall, f1 } = shingleF1(raw.expected, body);
  const bodyTokens = tokens(body);
  const expectedTokens = tokens(raw.expected);
  // Left in: the body has the line more often than the gold does ("Related" left in counts even when the story says "related").
  const leftIn = raw.furniture.filter((item) => {
    const run = tokens(item.text);
    return countRuns(bodyTokens, run) > countRuns(expectedTokens, run);
  });
  const captionTokens = result.captions.map(tokens);
  const captionsFound = raw.captions.filter((caption) => captionTokens.some((found) => containsRun(found, tokens(caption)))).length;
  const title = result.meta.title ?? '';
  const titleTokens = tokens(title);
  const longEnough = titleTokens.length >= (/[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u.test(title) ? 4 : 3);
  const titleOk = longEnough && containsRun(tokens(raw.opening), titleTokens);
  return { ...base, f1, precision, recall, leftIn, captionsFound, titleOk, title };
}

interface Summary {
  files: number;
  bodyF1English: number;
  bodyF1OtherLanguages: number;
  bodyF1: number;
  furnitureLeftInFiles: number;
  captionRecall: number;
  filesWithAllCaptions: number;
  acceptableTitles: number;
  failures: number;
  survivingLinesByKind: Record<string, number>;
}

const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0);
const round = (value: number) => Math.round(value * 10_000) / 10_000;

function summarise(raws: RawFile[], scores: FileScore[]): Summary {
  const withCaptions = scores.filter((s) => s.captionsInserted > 0);
  const byKind: Record<string, [number, number]> = {};
  raws.forEach((raw, i) => {
    const left = new Set(scores[i]?.leftIn);
    for (const item of raw.furniture) {
      const entry = (byKind[item.kind] ??= [0, 0]);
      entry[0] += 1;
      if (left.has(item)) entry[1] += 1;
    }
  });
  return {
    files: scores.length,
    bodyF1English: round(mean(scores.filter((s) => s.english).map((s) => s.f1))),
    bodyF1OtherLanguages: round(mean(scores.filter((s) => !s.english).map((s) => s.f1))),
    bodyF1: round(mean(scores.map((s) => s.f1))),
    furnitureLeftInFiles: round(mean(scores.map((s) => (s.leftIn.length > 0 ? 1 : 0)))),
    captionRecall: round(
      scores.reduce((sum, s) => sum + s.captionsFound, 0) / Math.max(1, scores.reduce((sum, s) => sum + s.captionsInserted, 0)),
    ),
    filesWithAllCaptions: round(mean(withCaptions.map((s) => (s.captionsFound === s.captionsInserted ? 1 : 0)))),
    acceptableTitles: round(mean(scores.map((s) => (s.titleOk ? 1 : 0)))),
    failures: scores.filter((s) => s.title.startsWith('(')).length,
    survivingLinesByKind: Object.fromEntries(Object.entries(byKind).map(([kind, [all, left]]) => [kind, round(left / all)])),
  };
}

// ---------------------------------------------------------------------------
// Run

/**
 * The two halves share no phrase and no "Label: {headline}" label: held-out must stay unseen. No line of a
 * written vocabulary is a line of the studied halves or of a written one before it (case, punctuation and slot
 * names aside), and it shares no label with them: `fresh` against seen and held-out, `unseen` against those three,
 * `blind` against those four, `sealed` against all five.
 */
function checkDisjoint(): void {
  const normal = (template: string) => template.normalize('NFKC').toLowerCase().replace(/\{(?:NAME2?|name2)\}/gu, '{name}').replace(/\s+/gu, ' ').trim();
  const label = (template: string) => /^(.{1,40}?)\s*[:：→|]\s*\{headline\}/u.exec(template)?.[1]?.toLowerCase();
  const half = (split: studied.Split) => KINDS.flatMap((kind) => Object.values(vocabulary(kind, split)).flatMap((phrases) => [...(phrases ?? [])]));
  const seen = half('seen');
  const seenPhrases = new Set(seen.map(normal));
  const seenLabels = new Set(seen.map(label).filter(Boolean));
  const shared = half('heldOut').filter((template) => seenPhrases.has(normal(template)) || seenLabels.has(label(template)));
  if (shared.length > 0) throw new Error(`held-out furniture also in the seen half: ${JSON.stringify(shared)}`);

  const key = (text: string) => (text.normalize('NFKC').toLowerCase().replace(/\{\w+\}/gu, ' {} ').match(/[\p{L}\p{N}\p{M}{}]+/gu) ?? []).join(' ');
  const split = (kind: string, template: string) => template.split(kind === 'comments' ? /[|\n]/u : /\n/u);
  const linesOf = (kind: string, template: string) => split(kind, template).map(key).filter((line) => /\p{L}/u.test(line));
  const labelOf = (template: string) => key(label(template) ?? '');
  type Entry = [kind: string, template: string];
  const entries = (kinds: readonly string[], phrasesOf: (kind: string) => Partial<Record<FurnitureLang, readonly string[]>>): Entry[] =>
    kinds.flatMap((kind) => Object.values(phrasesOf(kind)).flatMap((phrases) => (phrases ?? []).map((template): Entry => [kind, template])));
  const earlierLines = new Set<string>();
  const earlierLabels = new Set<string>();
  const remember = (list: Entry[]) => {
    for (const [kind, template] of list) {
      for (const line of linesOf(kind, template)) earlierLines.add(line);
      if (labelOf(template)) earlierLabels.add(labelOf(template));
    }
  };
  remember((['seen', 'heldOut'] as const).flatMap((half) => entries(KINDS, (kind) => vocabulary(kind, half))));
  for (const [name, vocab] of Object.entries(WRITTEN)) {
    const own = entries(vocab.kinds, vocab.vocabulary);
    const repeated = own
      .filter(([kind, template]) => earlierLabels.has(labelOf(template)) || linesOf(kind, template).some((line) => earlierLines.has(line)))
      .map(([kind, template]) => `${kind}: ${split(kind, template).find((line) => earlierLines.has(key(line))) ?? template}`);
    if (repeated.length > 0) throw new Error(`${name} furniture repeats the vocabularies before it: ${JSON.stringify(repeated)}`);
    remember(own);
  }
}
checkDisjoint();

const bodies: Body[] = [...goldSet('article-extraction-benchmark'), ...goldSet('wcxb-articles'), ...readabilityBodies(), ...OWN_BODIES.map((own) => ({
  id: own.id,
  english: false,
  lang: own.lang,
  paragraphs: paragraphsOf(own.body),
}))];

const results: Record<Split, Record<string, Summary>> = { seen: {}, heldOut: {}, fresh: {}, unseen: {}, blind: {}, sealed: {} };
const seconds: Record<string, number> = {};
for (const [split, seed] of [
  ['seen', 1401],
  ['heldOut', 2802],
  ['fresh', 4203],
  ['unseen', 5604],
  ['blind', 7005],
  ['sealed', 8406],
] as const) {
  if (onlySplits && !onlySplits.has(split)) continue;
  const days = buildDays(bodies, split, seed);
  const raws = days.flat();
  for (const [name, clean] of Object.entries(CLEANERS)) {
    if (quick && name !== 'ours') continue;
    const started = performance.now();
    const outputs = new Map<string, Result>();
    for (const day of days) {
      const files = day.map((raw) => ({ file: raw.file, text: decodeText(Buffer.from(raw.text)) }));
      for (const [file, result] of clean(files)) outputs.set(file, result);
    }
    seconds[`${split}/${name}`] = (performance.now() - started) / 1000;
    const scores = raws.map((raw) => scoreFile(raw, outputs.get(raw.file)));
    results[split][name] = summarise(raws, scores);
    if (worst > 0 && split === worstSplit && name === 'ours') {
      for (const score of [...scores].sort((a, b) => a.f1 - b.f1).slice(0, worst)) {
        const raw = raws.find((r) => r.file === score.file) as RawFile;
        const result = outputs.get(raw.file);
        const kept = result instanceof Error || !result ? [] : result.paragraphs;
        const gold = raw.expected.split('\n');
        console.log(`--- ${score.file} [${raw.layout}] f1=${score.f1.toFixed(3)}`);
        for (const line of gold.filter((g) => !kept.some((k) => k.includes(g)))) console.log(`    lost: ${line.slice(0, 140)}`);
        for (const line of kept.filter((k) => !gold.some((g) => k.includes(g) || g.includes(k)))) console.log(`    extra: ${line.slice(0, 140)}`);
      }
    }
    if (show > 0 && split === showSplit && name === 'ours') {
      for (const score of scores.filter((s) => s.leftIn.length > 0 || !s.titleOk || s.captionsFound < s.captionsInserted).slice(0, show)) {
        const raw = raws.find((r) => r.file === score.file) as RawFile;
        console.log(`--- ${score.file} [${raw.layout}] f1=${score.f1.toFixed(3)} title=${JSON.stringify(score.title)} ok=${score.titleOk}`);
        for (const item of score.leftIn) console.log(`    left in (${item.kind}): ${item.text}`);
        if (score.captionsFound < score.captionsInserted) console.log(`    captions: ${JSON.stringify(raw.captions)}`);
      }
    }
  }
}

const table = (split: Split) =>
  Object.fromEntries(
    Object.entries(results[split]).map(([name, s]) => [
      name,
      {
        'F1 en': s.bodyF1English,
        'F1 other': s.bodyF1OtherLanguages,
        'furniture left (files)': s.furnitureLeftInFiles,
        'caption recall': s.captionRecall,
        'titles ok': s.acceptableTitles,
        failures: s.failures,
      },
    ]),
  );

const english = bodies.filter((b) => b.english).length;
console.log(`\n${bodies.length} bodies (${english} English, ${bodies.length - english} other languages), each wrapped once per vocabulary split\n`);
for (const split of SPLITS.filter((split) => Object.keys(results[split]).length > 0)) {
  console.log(isWritten(split) ? WRITTEN[split].title : { seen: 'Seen furniture vocabulary', heldOut: 'Held-out furniture vocabulary' }[split]);
  console.table(table(split));
  console.log('share of inserted lines left in the body, by kind (ours):', results[split].ours?.survivingLinesByKind);
}

const previous = existsSync(resultsFile) ? (JSON.parse(readFileSync(resultsFile, 'utf8')) as { before?: unknown }) : {};
const before = recordBefore ? results : (previous.before as typeof results | undefined);

/** Of the gain `ours` makes over `from`, the share that the repetition signal brings (ours against ours without it). */
function shareOfGain(split: Split, from: Summary | undefined): Record<string, number | null> | null {
  const ours = results[split].ours;
  const without = results[split]['ours without repetition'];
  if (!from || !ours || !without) return null;
  const share = (metric: (s: Summary) => number) => {
    const gain = metric(ours) - metric(from);
    return Math.abs(gain) < 1e-9 ? null : round((metric(ours) - metric(without)) / gain);
  };
  return {
    bodyF1: share((s) => s.bodyF1),
    furnitureLeftInFiles: share((s) => -s.furnitureLeftInFiles),
    captionRecall: share((s) => s.captionRecall),
    acceptableTitles: share((s) => s.acceptableTitles),
  };
}

/** Over the code before this work ("before"), and over the every-line baseline of this run. */
const repetitionShare = (split: Split) => shareOfGain(split, before?.[split]?.ours);
const repetitionShareOverBaseline = (split: Split) => shareOfGain(split, results[split]['every line (baseline)']);

const output = {
  bodies: { total: bodies.length, english, otherLanguages: bodies.length - english },
  metric: 'body: mean per-file F1 of 4-word shingles (lower-cased letter/number tokens, CJK per character) against the gold body plus its dateline',
  after: recordBefore ? undefined : results,
  before,
  repetitionShareOfGain: recordBefore ? undefined : Object.fromEntries(SPLITS.map((split) => [split, repetitionShare(split)])),
  repetitionShareOfGainOverBaseline: Object.fromEntries(SPLITS.map((split) => [split, repetitionShareOverBaseline(split)])),
  seconds: Object.fromEntries(Object.entries(seconds).map(([k, v]) => [k, round(v)])),
};
if (!recordBefore) console.log('share of the gain (over "before") that comes from cross-article repetition:', output.repetitionShareOfGain);
console.log('share of the gain over the every-line baseline that comes from cross-article repetition:', output.repetitionShareOfGainOverBaseline);
if (partial) {
  console.log('partial run (--splits or --quick): the results file is left as it was');
  process.exit(0);
}
mkdirSync(dirname(resultsFile), { recursive: true });
writeFileSync(resultsFile, `${JSON.stringify(recordBefore ? { ...previous, before: results } : output, null, 2)}\n`);
console.log(`written ${resultsFile}`);
