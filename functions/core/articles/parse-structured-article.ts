import { marked } from 'marked';
import { ArticleParseError, errorMessage } from '../errors.js';
import type { ArticleMetadata, ParsedArticle } from './article.js';
import { cleanParagraphs, splitParagraphs } from './clean-paragraphs.js';
import { stripMarkup } from './decode-text.js';
import { readFrontMatter } from './front-matter.js';
import { htmlToParagraphs } from './html-to-paragraphs.js';
import { languageTag } from './language-tag.js';
import { checkMarkdownBudget } from './markup-budget.js';
import { parseTextArticle } from './parse-text-article.js';
import { normalizeSpace } from './text-measures.js';

/** `.md` with YAML front matter and `.json` articles: metadata given, body in Markdown, text or HTML. */

export function parseMarkdownArticle(text: string): ParsedArticle {
  const parsed = readFrontMatter(text);
  const meta = readMetadata(parsed.data);
  checkMarkdownBudget(parsed.content);
  // marked only turns text into markup; the markup is then read as data by htmlToParagraphs, never run.
  const html = marked.parse(parsed.content, { async: false, gfm: true });
  return fromHtmlBody(html, meta);
}

export function parseJsonArticle(text: string): ParsedArticle {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ArticleParseError(`the file is not valid JSON: ${errorMessage(error)}`, { cause: error });
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new ArticleParseError('the JSON is not an object with article fields');
  }
  const record = data as Record<string, unknown>;
  const meta = readMetadata(record);
  if (typeof record.html === 'string' && record.html.trim()) return fromHtmlBody(record.html, meta);
  const body = [record.body, record.text].find((value): value is string => typeof value === 'string' && value.trim() !== '');
  if (body === undefined) throw new ArticleParseError('the JSON has no body, text or html field');
  // A body that is really markup is treated as markup; plain text as the scraper's text.
  if (/<(?:p|div|br|h[1-6]|ul|ol|article|section|span|a|figure)\b[^>]*>/i.test(body)) return fromHtmlBody(body, meta);
  return parseTextArticle(body, meta);
}

function fromHtmlBody(html: string, meta: ArticleMetadata): ParsedArticle {
  const extracted = htmlToParagraphs(html);
  const cleaned = cleanParagraphs(extracted.paragraphs.flatMap(splitParagraphs));
  if (cleaned.paragraphs.length === 0) throw new ArticleParseError('the article has no body text');
  if (!meta.title) return parseTextArticle(cleaned.paragraphs.join('\n\n'), meta);
  return { meta, paragraphs: cleaned.paragraphs, captions: [...extracted.captions, ...cleaned.captions] };
}

const TEXT_FIELDS = ['title', 'url', 'source', 'author', 'section', 'image', 'imageAlt', 'lang'] as const;

/** Picks the known fields, as strings, ignoring anything else an author put there. */
export function readMetadata(data: Record<string, unknown>): ArticleMetadata {
  const meta: ArticleMetadata = {};
  for (const field of TEXT_FIELDS) {
    const value = data[field];
    // Text fields are shown as text: markup an author put there is dropped, as for HTML meta tags.
    const text = typeof value === 'string' ? normalizeSpace(field === 'url' || field === 'image' ? value : stripMarkup(value)) : '';
    if (text) meta[field] = text;
    else if (typeof value === 'number') meta[field] = String(value);
  }
  const published = data.publishedAt ?? data.published_at ?? data.date;
  if (published instanceof Date && !Number.isNaN(published.getTime())) meta.publishedAt = published.toISOString();
  else if (typeof published === 'string' && published.trim()) meta.publishedAt = published.trim();
  // Like the HTML path: a value that is not a BCP 47 tag is dropped, and the script decides.
  const lang = languageTag(meta.lang);
  if (lang) meta.lang = lang;
  else delete meta.lang;
  const priority = Number(data.priority);
  if (data.priority !== undefined && Number.isFinite(priority)) meta.priority = priority;
  if (data.dir === 'rtl' || data.dir === 'ltr') meta.dir = data.dir;
  return meta;
}
