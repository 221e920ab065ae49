/**
 * Words, sentences, excerpts and reading time, language-aware through
 * Intl.Segmenter (so Cyrillic, Arabic and CJK text count correctly).
 */

const wordSegmenter = new Intl.Segmenter(undefined, { granularity: 'word' });
const sentenceSegmenter = new Intl.Segmenter(undefined, { granularity: 'sentence' });

export const WORDS_PER_MINUTE = 230;

/**
 * V8's segmenters slow down quadratically on long strings (a 300 KB article
 * takes minutes), so text is segmented in pieces of at most `max` characters,
 * cut at whitespace.
 */
const CHUNK = 2_000;

function* chunks(text: string, max = CHUNK): Generator<{ text: string; offset: number }> {
  let offset = 0;
  while (offset < text.length) {
    let end = Math.min(offset + max, text.length);
    if (end < text.length) {
      const space = text.lastIndexOf(' ', end);
      const newline = text.lastIndexOf('\n', end);
      const cut = Math.max(space, newline);
      if (cut > offset) end = cut + 1;
    }
    yield { text: text.slice(offset, end), offset };
    offset = end;
  }
}

/** Scripts written without spaces between words: only these need the dictionary-based segmenter. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}]/u;
const UNSPACED_CHARS = new RegExp(UNSPACED.source, 'gu');
/**
 * A word as the segmenter sees one in spaced scripts: letters, digits and
 * marks, joined by an apostrophe, a period or a colon between letters
 * (`don't`, `U.S`), or by a comma between digits (`3,500`); a hyphen splits.
 */
const SPACED_WORD = /[\p{L}\p{N}\p{M}_]+(?:[.'’:][\p{L}\p{N}\p{M}_]+|[,;]\p{N}+)*/gu;

/**
 * Words in any language. Intl.Segmenter costs about 2.5 µs per character, too
 * much for extraction, where every paragraph of every page is measured; text
 * in spaced scripts (Latin, Cyrillic, Greek, Arabic, Hebrew, Hangul, Devanagari…)
 * is counted by a pattern that agrees with it, and only text holding Chinese,
 * Japanese, Thai, Lao, Khmer, Burmese or Tibetan goes to the segmenter.
 */
export function countWords(text: string): number {
  if (!UNSPACED.test(text)) return text.match(SPACED_WORD)?.length ?? 0;
  let count = 0;
  for (const chunk of chunks(text)) {
    for (const segment of wordSegmenter.segment(chunk.text)) if (segment.isWordLike) count += 1;
  }
  return count;
}

export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

/** Characters per minute for text in unspaced scripts (Chinese and Japanese readers: roughly 400–600). */
export const UNSPACED_CHARS_PER_MINUTE = 500;

/**
 * Reading time of a text in any language: words of spaced scripts at
 * WORDS_PER_MINUTE, characters of Chinese, Japanese, Thai and the like at
 * UNSPACED_CHARS_PER_MINUTE (a "word" there is a segmenter's guess, and
 * reading speed is measured in characters).
 */
export function readingMinutesOf(text: string): number {
  const unspaced = text.match(UNSPACED_CHARS)?.length ?? 0;
  if (unspaced === 0) return readingMinutes(countWords(text));
  const spacedWords = text.replace(UNSPACED_CHARS, ' ').match(SPACED_WORD)?.length ?? 0;
  return Math.max(1, Math.round(spacedWords / WORDS_PER_MINUTE + unspaced / UNSPACED_CHARS_PER_MINUTE));
}

export function sentences(text: string): string[] {
  const out: string[] = [];
  // A sentence longer than a chunk is split with it; no real sentence is that long.
  for (const chunk of chunks(text, CHUNK * 4)) {
    for (const segment of sentenceSegmenter.segment(chunk.text)) {
      const sentence = segment.segment.trim();
      if (sentence) out.push(sentence);
    }
  }
  return out;
}

/** The first `max` words of `text`, cut at a word boundary. */
export function firstWords(text: string, max: number): string {
  let count = 0;
  for (const chunk of chunks(text)) {
    for (const segment of wordSegmenter.segment(chunk.text)) {
      if (segment.isWordLike) {
        count += 1;
        if (count > max) return text.slice(0, chunk.offset + segment.index).trimEnd();
      }
    }
  }
  return text;
}

export interface ExcerptOptions {
  minWords: number;
  maxWords: number;
}

/**
 * An excerpt of whole sentences between `minWords` and `maxWords` words.
 * When a single sentence would break the upper bound, it is cut at a word
 * boundary with an ellipsis instead, so the excerpt stays bounded.
 */
export function makeExcerpt(paragraphs: readonly string[], options: ExcerptOptions = { minWords: 40, maxWords: 60 }): string {
  const excerpt = wholeSentences(paragraphs, options);
  // A "word" can be a 50 KB run without spaces: the excerpt is bounded in characters too.
  const maxChars = options.maxWords * 12;
  if (excerpt.length <= maxChars) return excerpt;
  const cut = excerpt.slice(0, maxChars - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > maxChars / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/, '').replace(/[\uD800-\uDBFF]$/, '')}…`;
}

function wholeSentences(paragraphs: readonly string[], options: ExcerptOptions): string {
  const taken: string[] = [];
  let words = 0;
  for (const paragraph of paragraphs) {
    // An excerpt needs only the opening of a paragraph, however long the paragraph is.
    const opening = paragraph.length > CHUNK * 2 ? paragraph.slice(0, paragraph.lastIndexOf(' ', CHUNK * 2) + 1 || CHUNK * 2) : paragraph;
    for (const sentence of sentences(opening)) {
      const sentenceWords = countWords(sentence);
      if (words + sentenceWords <= options.maxWords) {
        taken.push(sentence);
        words += sentenceWords;
        if (words >= options.minWords) return taken.join(' ');
        continue;
      }
      if (words >= options.minWords * 0.75 && taken.length > 0) return taken.join(' ');
      const room = options.maxWords - words;
      taken.push(`${firstWords(sentence, room).replace(/[\s,;:–—-]+$/, '')}…`);
      return taken.join(' ');
    }
  }
  return taken.join(' ');
}

/** The words of several paragraphs together. */
export function countWordsIn(paragraphs: readonly string[]): number {
  return paragraphs.reduce((sum, paragraph) => sum + countWords(paragraph), 0);
}

// ---------------------------------------------------------------------------
// Whitespace, comparison keys and shingles

/** One space for every run of whitespace (no-break spaces and line breaks included); zero-width characters and soft hyphens go. */
export function normalizeSpace(text: string): string {
  return text.replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '').replace(/\s+/g, ' ').trim();
}

/** Text as compared regardless of case and punctuation: lower-cased letters and digits, one space between runs. */
export function comparable(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The word `size`-shingles of a text (lower-cased, NFKC, letters and digits):
 * what two texts share, whatever their spacing and punctuation. A text shorter
 * than one shingle has none.
 */
export function wordShingles(text: string, size: number): Set<string> {
  const words = text.toLowerCase().normalize('NFKC').match(/[\p{L}\p{N}_]+/gu) ?? [];
  const shingles = new Set<string>();
  // Concatenated, not sliced and joined: a body has thousands of shingles and an array for each costs more than the set.
  for (let i = 0; i + size <= words.length; i += 1) {
    let shingle = words[i]!;
    for (let j = 1; j < size; j += 1) shingle += ` ${words[i + j]}`;
    shingles.add(shingle);
  }
  return shingles;
}

/** The share of `part` found in `whole` (0 for an empty part). */
export function shareIn(part: ReadonlySet<string>, whole: ReadonlySet<string>): number {
  if (part.size === 0) return 0;
  let found = 0;
  for (const item of part) if (whole.has(item)) found += 1;
  return found / part.size;
}

// ---------------------------------------------------------------------------
// Dates and URLs from untrusted fields

/** A date any way `Date.parse` reads it, as an ISO 8601 instant; undefined when it is not a date. */
export function isoDate(value: string | undefined): string | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  const time = Date.parse(text);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

/**
 * An absolute http(s) URL (resolved against `base` when given), or undefined:
 * `javascript:`, `data:`, unresolvable relative links and URLs carrying
 * credentials never reach a reader.
 */
export function httpUrl(value: string | undefined, base?: string): string | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  try {
    const url = new URL(text, base);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    if (url.username || url.password) return undefined;
    return url.href;
  } catch {
    return undefined;
  }
}
