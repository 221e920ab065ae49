import { ArticleParseError } from '../errors.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Bytes of an input file as clean text: UTF-8 (BOM dropped), LF line ends,
 * no control characters. Binary and undecodable files are refused with a reason.
 */
export function decodeText(bytes: Buffer): string {
  if (bytes.length === 0) throw new ArticleParseError('the file is empty');
  if (bytes.subarray(0, 8192).includes(0)) throw new ArticleParseError('the file is binary (contains NUL bytes)');
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch (error) {
    throw new ArticleParseError('the file is not valid UTF-8', { cause: error });
  }
  text = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00A0\u2007\u202F]/g, ' ')
    // Control characters other than tab and newline have no place in an article and can break headers downstream.
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F\u200B\uFEFF]/g, '');
  if (text.trim() === '') throw new ArticleParseError('the file has no text (only whitespace)');
  return text;
}

/** Collapses runs of whitespace inside a paragraph. */
export function normalizeSpace(text: string): string {
  return text.replace(/[ \t\n]+/g, ' ').trim();
}

/**
 * Markup left in text that is not parsed as HTML (plain bodies, front-matter
 * and JSON fields): script-like elements go with their content, other tags
 * and comments go, their text stays. Nothing else is touched, so `{{…}}` and
 * a lone `<` in prose survive.
 */
export function stripMarkup(text: string): string {
  return text
    .replace(/<(script|style|noscript|template|iframe)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
    .replace(/<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/gi, '');
}
