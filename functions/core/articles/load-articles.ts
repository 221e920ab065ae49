import { createHash } from 'node:crypto';
import { ArticleParseError, errorMessage } from '../errors.js';
import type { Log, ObjectStore, StoredObject } from '../ports.js';
import { DEFAULT_SECTION, type Article, type DuplicateArticle, type ParsedArticle, type SkippedFile } from './article.js';
import { decodeBytes } from './decode-text.js';
import { sharedExtractionPool, type ArticleExtractor } from './extraction-pool.js';
import { findDuplicates } from './find-duplicates.js';
import { formatOfFile, SUPPORTED_EXTENSIONS } from './parse-article.js';
import { parseTextDay, type TextFile } from './parse-text-article.js';
import { countWords, httpUrl, isoDate, makeExcerpt, readingMinutesOf } from './text-measures.js';

/** Reads one day's article files and turns each into an Article, skipping the unusable with a reason. */

export interface LoadedArticles {
  included: Article[];
  skipped: SkippedFile[];
  duplicates: DuplicateArticle[];
}

export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;
/** Files read and handed to the extraction pool at once; the pool runs as many as it has workers. */
const FILES_IN_FLIGHT = 4;

/**
 * Every file is parsed by `extractor` (by default the process's worker pool),
 * so a file that would take too long or too much memory costs at most the
 * pool's per-page limit and is skipped with the reason.
 */
export async function loadArticles(
  store: ObjectStore,
  prefix: string,
  log?: Log,
  extractor: ArticleExtractor = sharedExtractionPool(),
): Promise<LoadedArticles> {
  const objects: StoredObject[] = [];
  for await (const object of store.list(prefix)) objects.push(object);

  // Raw scraped text is cleaned once the whole day is read: lines recurring across the day's articles are
  // boilerplate. Its cleaning is linear line work, bounded by the file size limit, so it runs here.
  const texts: TextFile[] = [];
  const encodings = new Map<string, string>();
  const outcomes = await mapInFlight(objects, FILES_IN_FLIGHT, async (object): Promise<Article | SkippedFile | null> => {
    const file = object.key.slice(prefix.length);
    const name = file.split('/').pop() ?? file;
    if (name.startsWith('.')) return null;
    if (object.symlink) return { file, reason: 'symlink not followed' };
    const format = formatOfFile(name);
    if (!format) {
      const extension = /\.[^.]+$/.exec(name)?.[0]?.toLowerCase() ?? '';
      return { file, reason: `unsupported file type "${extension || '(none)'}": expected ${SUPPORTED_EXTENSIONS}` };
    }
    if (object.size > MAX_ARTICLE_BYTES) {
      return { file, reason: `the file is ${object.size} bytes, over the ${MAX_ARTICLE_BYTES}-byte limit` };
    }
    try {
      const bytes = await store.get(object.key);
      if (bytes === null) throw new ArticleParseError('the file disappeared while being read');
      if (bytes.length > MAX_ARTICLE_BYTES) throw new ArticleParseError(`the file is ${bytes.length} bytes, over the ${MAX_ARTICLE_BYTES}-byte limit`);
      if (format === 'text') {
        const decoded = decodeBytes(bytes);
        texts.push({ file, text: decoded.text });
        encodings.set(file, decoded.encoding);
        return null;
      }
      // Decoded in the worker, under its time limit (the charset detector reads hostile bytes too).
      const { article, encoding } = await extractor.extract(format, bytes);
      return { ...toArticle(file, article), encoding };
    } catch (error) {
      return skip(file, error);
    }
  });
  for (const [file, result] of parseTextDay(texts)) {
    try {
      if (result instanceof Error) throw result;
      outcomes.push({ ...toArticle(file, result), encoding: encodings.get(file) });
    } catch (error) {
      outcomes.push(skip(file, error));
    }
  }

  function skip(file: string, error: unknown): SkippedFile {
    const reason = error instanceof ArticleParseError ? error.message : `could not be parsed: ${errorMessage(error)}`;
    log?.warn('article skipped', { file, reason });
    return { file, reason };
  }

  const parsed: Article[] = [];
  const skipped: SkippedFile[] = [];
  for (const outcome of outcomes) {
    if (outcome === null) continue;
    if ('reason' in outcome) skipped.push(outcome);
    else parsed.push(outcome);
  }

  const ranked = [...parsed].sort(
    (a, b) => b.priority - a.priority || b.words - a.words || a.file.localeCompare(b.file),
  );
  const duplicateOf = findDuplicates(
    ranked.map((article) => ({ key: article.file, url: article.url, text: `${article.title}\n${article.paragraphs.join('\n')}` })),
  );
  const duplicates = [...duplicateOf].map(([file, original]) => ({ file, duplicateOf: original }));
  const included = parsed.filter((article) => !duplicateOf.has(article.file)).sort(byIssueOrder);
  return { included, skipped, duplicates };
}

/** Highest priority first, then newest, then by file name so the order is stable. */
function byIssueOrder(a: Article, b: Article): number {
  return b.priority - a.priority || (b.publishedAt ?? '').localeCompare(a.publishedAt ?? '') || a.file.localeCompare(b.file);
}

/** Longest link or image URL kept: browsers, mail clients and the 2,048 limit of common tooling agree on it. */
export const MAX_URL_CHARS = 2_048;

/**
 * Longest value of each shown field. A story's card then has a bounded size,
 * so one story with a 100 KB title cannot push the whole issue over its size
 * budget: that story is shortened (and the report says so), the others are untouched.
 */
export const FIELD_LIMITS = { title: 300, source: 120, author: 200, section: 80, imageAlt: 300 } as const;

export function toArticle(file: string, parsed: ParsedArticle): Article {
  const { meta, paragraphs, captions } = parsed;
  const notes: string[] = [];
  const body = paragraphs.join('\n\n');
  const words = countWords(body);
  if (words === 0) throw new ArticleParseError('the article has no words');
  const url = boundedUrl(meta.url, 'link', notes);
  const image = boundedUrl(meta.image, 'image', notes);
  const title = bounded((meta.title ?? '').trim(), 'title', notes);
  if (!title) throw new ArticleParseError('the article has no title');
  const script = detectScript(`${title} ${body.slice(0, 2000)}`);
  const source = meta.source ?? (url ? new URL(url).hostname.replace(/^www\./, '') : null);
  return {
    id: articleId(url, file, title),
    file,
    title,
    url,
    source: source === null ? null : bounded(source, 'source', notes),
    author: meta.author === undefined ? null : bounded(meta.author, 'author', notes),
    publishedAt: isoDate(meta.publishedAt) ?? null,
    section: bounded(meta.section ?? DEFAULT_SECTION, 'section', notes),
    image: image ? { url: image, alt: bounded(meta.imageAlt ?? title, 'imageAlt', notes) } : null,
    priority: meta.priority ?? 0,
    excerpt: makeExcerpt(paragraphs),
    words,
    readingMinutes: readingMinutesOf(body),
    paragraphs,
    captions,
    lang: meta.lang ?? script.lang,
    dir: meta.dir ?? script.dir,
    ...(notes.length > 0 ? { notes } : {}),
  };
}

function boundedUrl(value: string | undefined, what: 'link' | 'image', notes: string[]): string | null {
  // Only absolute http(s) URLs reach the email: `javascript:`, `data:` and relative links are dropped.
  const url = httpUrl(value) ?? null;
  if (url === null || url.length <= MAX_URL_CHARS) return url;
  notes.push(`${what} dropped: its URL is ${url.length.toLocaleString('en')} characters, over the ${MAX_URL_CHARS.toLocaleString('en')} limit`);
  return null;
}

/** The value cut at a word boundary within its field's limit, with an ellipsis and a note. */
function bounded(value: string, field: keyof typeof FIELD_LIMITS, notes: string[]): string {
  const limit = FIELD_LIMITS[field];
  if (value.length <= limit) return value;
  const cut = value.slice(0, limit - 1);
  const space = cut.lastIndexOf(' ');
  const shortened = `${(space > limit / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/, '').replace(/[\uD800-\uDBFF]$/, '')}…`;
  notes.push(`${field} shortened from ${value.length.toLocaleString('en')} to ${shortened.length} characters`);
  return shortened;
}

function articleId(url: string | null, file: string, title: string): string {
  const basis = url ?? `${file}\n${title}`;
  return createHash('sha256').update(basis).digest('hex').slice(0, 16);
}



/** Right-to-left scripts decide `dir`; a dominant script also hints the language when none is given. */
function detectScript(sample: string): { lang: string | null; dir: 'ltr' | 'rtl' } {
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters === 0) return { lang: null, dir: 'ltr' };
  const share = (re: RegExp) => (sample.match(re)?.length ?? 0) / letters;
  if (share(/\p{Script=Arabic}/gu) > 0.3) return { lang: 'ar', dir: 'rtl' };
  if (share(/\p{Script=Hebrew}/gu) > 0.3) return { lang: 'he', dir: 'rtl' };
  return { lang: null, dir: 'ltr' };
}

/** `work` over `items` with at most `limit` running at once; results in the items' order. */
async function mapInFlight<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return results;
}
