import jschardet from 'jschardet';
import { ArticleParseError } from '../errors.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

export interface DecodedText {
  text: string;
  /** The WHATWG name of the encoding the bytes were read in (`utf-8`, `windows-1251`, `shift_jis`, …). */
  encoding: string;
  /** How it was chosen. */
  by: 'bom' | 'declared' | 'utf-8' | 'detected' | 'fallback';
}

/**
 * Bytes of an input file as clean text: LF line ends, no control characters.
 * Binary files are refused with a reason.
 *
 * The encoding is chosen as a scraper's output needs: a byte order mark; then
 * UTF-8 when the bytes are valid UTF-8 (legacy text almost never is, and
 * scrapers re-save pages as UTF-8 without fixing their declaration); then, for
 * HTML, a `<meta charset>` or `http-equiv` declaration (or an XML declaration)
 * in the first 8 KB; otherwise a statistical detector (jschardet) over a
 * sample, and windows-1252 when the detector is unsure. A page that declares
 * UTF-8 but is not valid UTF-8 goes to the detector.
 */
export function decodeBytes(bytes: Buffer, options: { html?: boolean } = {}): DecodedText {
  if (bytes.length === 0) throw new ArticleParseError('the file is empty');
  const decoded = chooseAndDecode(bytes, options.html ?? false);
  // One scan decides whether any rewriting is needed: pages are up to 5 MB and most need none; each rewrite runs only when its characters are there.
  const text = NEEDS_CLEANING.test(decoded.text) ? cleanText(decoded.text) : decoded.text;
  if (!/\S/.test(text)) throw new ArticleParseError('the file has no text (only whitespace)');
  return { ...decoded, text };
}

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NEEDS_CLEANING = /[\r\u00A0\u2007\u202F\u0000-\u0008\u000B-\u001F\u007F\u200B\uFEFF]/;

const SPACES = /[\u00A0\u2007\u202F]/g;
// Control characters other than tab and newline have no place in an article and can break headers downstream.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F\u200B\uFEFF]/g;

function cleanText(raw: string): string {
  let text = raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
  SPACES.lastIndex = 0;
  if (SPACES.test(text)) text = text.replace(SPACES, ' ');
  CONTROLS.lastIndex = 0;
  if (CONTROLS.test(text)) text = text.replace(CONTROLS, '');
  return text;
}

/** `decodeBytes` for callers that need only the text. */
export function decodeText(bytes: Buffer, options: { html?: boolean } = {}): string {
  return decodeBytes(bytes, options).text;
}

function chooseAndDecode(bytes: Buffer, html: boolean): DecodedText {
  const bom = byteOrderMark(bytes);
  if (bom) return { text: new TextDecoder(bom).decode(bytes), encoding: bom, by: 'bom' };
  // UTF-16 and UTF-32 without a BOM are not article formats; NUL bytes mean binary.
  if (bytes.subarray(0, 8192).includes(0)) throw new ArticleParseError('the file is binary (contains NUL bytes)');
  const declared = html ? declaredEncoding(bytes) : undefined;
  try {
    // Text in a legacy encoding is valid UTF-8 only by accident; a page saved as UTF-8 by a scraper often
    // keeps its old declaration. So bytes that are valid UTF-8 are read as UTF-8, whatever the page says.
    return { text: utf8.decode(bytes), encoding: 'utf-8', by: declared === 'utf-8' ? 'declared' : 'utf-8' };
  } catch {
    // Not UTF-8: the declaration, then the detector.
  }
  if (declared && declared !== 'utf-8') return { text: new TextDecoder(declared).decode(bytes), encoding: declared, by: 'declared' };
  const detected = detectedEncoding(bytes);
  if (detected) return { text: new TextDecoder(detected).decode(bytes), encoding: detected, by: 'detected' };
  return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252', by: 'fallback' };
}

function byteOrderMark(bytes: Buffer): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** The canonical WHATWG name for a charset label, or undefined when TextDecoder does not know it. */
export function encodingForLabel(label: string | undefined): string | undefined {
  if (!label) return undefined;
  try {
    const encoding = new TextDecoder(label.trim().toLowerCase()).encoding;
    // A page cannot be "UTF-16" once we know it has no BOM and no NULs; the declaration is wrong.
    return encoding.startsWith('utf-16') ? 'utf-8' : encoding;
  } catch {
    return undefined;
  }
}

const META = /<meta\b[^>]*>/gi;

/** `<meta charset>`, `<meta http-equiv="content-type" content="…; charset=…">` or `<?xml … encoding=…?>` near the top of the page. */
function declaredEncoding(bytes: Buffer): string | undefined {
  const head = bytes.subarray(0, 8192).toString('latin1');
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  for (const tag of head.match(META) ?? []) {
    const charset = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag)?.[1];
    const encoding = encodingForLabel(charset);
    if (encoding) return encoding;
  }
  return encodingForLabel(xml?.[1]);
}

/**
 * jschardet's guess, when it is confident and TextDecoder can read it. The
 * sample is 16 KB from just before the first non-ASCII byte (a page's head is
 * ASCII markup that tells the detector nothing): detection costs ≈ 1.5 ms per
 * KB, so a whole page would cost more than extracting it.
 */
function detectedEncoding(bytes: Buffer): string | undefined {
  const firstHigh = bytes.toString('latin1').search(/[\x80-\xff]/);
  const start = Math.max(0, firstHigh - 256);
  const sample = bytes.subarray(start, start + 16 * 1024).toString('binary');
  const guess = jschardet.detect(sample, { minimumThreshold: 0.2 });
  if (!guess.encoding || guess.encoding === 'ascii') return undefined;
  return encodingForLabel(guess.encoding);
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
