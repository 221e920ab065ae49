/**
 * The subject and the preheader: what a phone shows before the message is
 * opened. The subject is the top headline (after an optional prefix); the
 * preheader lists the next ones. Both are cut to fit on a word boundary, and
 * never inside a grapheme (a surrogate pair, an emoji sequence, a letter
 * with its combining marks).
 */

export const SUBJECT_MAX = 60;
export const PREHEADER_MAX = 140;
const ELLIPSIS = '…';

const words = new Intl.Segmenter(undefined, { granularity: 'word' });
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** `Prefix: Headline`, or the headline alone, at most `max` UTF-16 code units (so at most `max` characters however counted). */
export function subjectLine(headline: string, prefix = '', max = SUBJECT_MAX): string {
  const title = collapse(headline);
  const lead = collapse(prefix);
  if (!lead) return cutText(title, max);
  const withPrefix = `${lead}: `;
  // A prefix that leaves no room for the news is itself cut; the headline always keeps ~2/3 of the line.
  const prefixPart = withPrefix.length > max / 3 ? `${cutText(lead, Math.floor(max / 3) - 2)}: ` : withPrefix;
  return prefixPart + cutText(title, max - prefixPart.length);
}

/** The next headlines, joined, cut to `max`. */
export function preheaderText(headlines: readonly string[], max = PREHEADER_MAX): string {
  return cutText(headlines.map(collapse).filter(Boolean).join(' · '), max);
}

/**
 * `text` if it fits in `max` code units; else its longest prefix ending on a
 * word boundary that fits with an ellipsis, or (one very long word, or a
 * script without spaces that the segmenter can't split) on a grapheme boundary.
 */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= ELLIPSIS.length) return '';
  const room = max - ELLIPSIS.length;
  let end = 0;
  for (const segment of words.segment(text)) {
    const segmentEnd = segment.index + segment.segment.length;
    if (segmentEnd > room) break;
    if (segment.isWordLike) end = segmentEnd;
  }
  // No dangling separator or opening bracket before the ellipsis.
  let cut = text.slice(0, end).replace(/[\s,;:·–—([{«“‘„-]+$/u, '');
  if (!cut) {
    let graphemeEnd = 0;
    for (const segment of graphemes.segment(text)) {
      const segmentEnd = segment.index + segment.segment.length;
      if (segmentEnd > room) break;
      graphemeEnd = segmentEnd;
    }
    cut = text.slice(0, graphemeEnd);
  }
  return cut ? cut + ELLIPSIS : '';
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
