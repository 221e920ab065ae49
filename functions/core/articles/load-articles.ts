import { createHash } from 'node:crypto';
import { ArticleParseError, errorMessage } from '../errors.js';
import type { Log, ObjectStore } from '../ports.js';
import type { Article, DuplicateArticle, ParsedArticle, SkippedFile } from './article.js';
import { decodeText } from './decode-text.js';
import { parseHtmlArticle } from './extract-html.js';
import { findDuplicates } from './find-duplicates.js';
import { parseJsonArticle, parseMarkdownArticle } from './parse-structured-article.js';
import { parseTextArticle, parseTextDay, type TextFile } from './parse-text-article.js';
import { countWords, makeExcerpt, readingMinutes } from './text-measures.js';

/** Reads one day's article files and turns each into an Article, skipping the unusable with a reason. */

export interface LoadedArticles {
  included: Article[];
  skipped: SkippedFile[];
  duplicates: DuplicateArticle[];
}

export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;
export const DEFAULT_SECTION = 'Top stories';

const PARSERS: Record<string, (text: string) => ParsedArticle> = {
  '.txt': (text) => parseTextArticle(text),
  '.md': parseMarkdownArticle,
  '.markdown': parseMarkdownArticle,
  '.json': parseJsonArticle,
  '.html': (text) => parseHtmlArticle(text),
  '.htm': (text) => parseHtmlArticle(text),
};

export async function loadArticles(store: ObjectStore, prefix: string, log?: Log): Promise<LoadedArticles> {
  const parsed: Article[] = [];
  const skipped: SkippedFile[] = [];
  // Raw scraped text is cleaned once the whole day is read: lines recurring across the day's articles are boilerplate.
  const texts: TextFile[] = [];
  for await (const object of store.list(prefix)) {
    const file = object.key.slice(prefix.length);
    const name = file.split('/').pop() ?? file;
    if (name.startsWith('.')) continue;
    const extension = /\.[^.]+$/.exec(name)?.[0]?.toLowerCase() ?? '';
    const parse = PARSERS[extension];
    if (!parse) {
      skipped.push({ file, reason: `unsupported file type "${extension || '(none)'}": expected .txt, .md, .json or .html` });
      continue;
    }
    if (object.size > MAX_ARTICLE_BYTES) {
      skipped.push({ file, reason: `the file is ${object.size} bytes, over the ${MAX_ARTICLE_BYTES}-byte limit` });
      continue;
    }
    try {
      const bytes = await store.get(object.key);
      if (bytes === null) throw new ArticleParseError('the file disappeared while being read');
      if (extension === '.txt') texts.push({ file, text: decodeText(bytes) });
      else parsed.push(toArticle(file, parse(decodeText(bytes))));
    } catch (error) {
      skip(file, error);
    }
    // Large HTML pages are parsed synchronously; give the event loop a turn between files.
    await new Promise((resolve) => setImmediate(resolve));
  }
  for (const [file, result] of parseTextDay(texts)) {
    try {
      if (result instanceof Error) throw result;
      parsed.push(toArticle(file, result));
    } catch (error) {
      skip(file, error);
    }
  }

  function skip(file: string, error: unknown): void {
    const reason = error instanceof ArticleParseError ? error.message : `could not be parsed: ${errorMessage(error)}`;
    skipped.push({ file, reason });
    log?.warn('article skipped', { file, reason });
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

export function toArticle(file: string, parsed: ParsedArticle): Article {
  const { meta, paragraphs, captions } = parsed;
  const body = paragraphs.join('\n\n');
  const words = countWords(body);
  if (words === 0) throw new ArticleParseError('the article has no words');
  const url = safeHttpUrl(meta.url);
  const image = safeHttpUrl(meta.image);
  const title = (meta.title ?? '').trim();
  if (!title) throw new ArticleParseError('the article has no title');
  const script = detectScript(`${title} ${body.slice(0, 2000)}`);
  return {
    id: articleId(url, file, title),
    file,
    title,
    url,
    source: meta.source ?? (url ? new URL(url).hostname.replace(/^www\./, '') : null),
    author: meta.author ?? null,
    publishedAt: isoDate(meta.publishedAt),
    section: meta.section ?? DEFAULT_SECTION,
    image: image ? { url: image, alt: meta.imageAlt ?? title } : null,
    priority: meta.priority ?? 0,
    excerpt: makeExcerpt(paragraphs),
    words,
    readingMinutes: readingMinutes(words),
    paragraphs,
    captions,
    lang: meta.lang ?? script.lang,
    dir: meta.dir ?? script.dir,
  };
}

function articleId(url: string | null, file: string, title: string): string {
  const basis = url ?? `${file}\n${title}`;
  return createHash('sha256').update(basis).digest('hex').slice(0, 16);
}

/** Only absolute http(s) URLs reach the email: `javascript:`, `data:` and relative links are dropped. */
export function safeHttpUrl(value: string | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim());
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    if (url.username || url.password) return null;
    return url.toString();
  } catch {
    return null;
  }
}

function isoDate(value: string | undefined): string | null {
  if (!value) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
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
