/**
 * Boilerplate found by repetition across one day's articles: a unit that
 * recurs in several articles of the same day is the site's furniture (its
 * subscribe box, cookie banner, ad slot, comment form, copyright line), in
 * whatever language, phrased however. This is the strongest
 * language-independent signal a daily batch has.
 *
 * Pure: it sees only the day's units, so its contribution can be measured by
 * running the cleaner with and without it (bench/txt.ts).
 */
import { countWords } from '../text-measures.js';

/** The same furniture with another date, count or time still matches. */
export function unitKey(unit: string): string {
  return unit
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\p{N}+/gu, '0')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Frames live in the same map as units; this prefix cannot open a unit key (letters, digits and spaces only). */
const FRAME = '§';
const FRAME_WORDS = 16;
const LABEL_WORDS = 4;

/**
 * A short line's frame: its label ("Live updates: …" → "live updates") or its words with the names taken
 * out ("Report by Jane Doe" → "report by"), so that a site's template filled with another headline or
 * another name still matches across the day. Undefined for a line with neither.
 */
export function frameKey(unit: string): string | undefined {
  if (countWords(unit) > FRAME_WORDS) return undefined;
  const label = /^([^:：|→»]{2,30}?)\s*(?:[:：|→»]|\s[–—]\s)\s*\S/u.exec(unit);
  if (label && countWords(label[1] ?? '') <= LABEL_WORDS) return `${FRAME}label ${unitKey(label[1] ?? '')}`;
  const named = unit.replace(/\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)+/gu, ' ');
  if (named === unit || unitKey(named).length < 2) return undefined;
  return `${FRAME}named ${unitKey(named)}`;
}

/**
 * How many of the day's articles each unit appears in (an article counts a
 * unit once, however often it repeats inside it), for units found in two or
 * more, and the same for line frames (`frameKey`). Whether that makes a unit boilerplate also depends on its shape and
 * place in the article (clean-paragraphs.ts): background paragraphs that a
 * newsroom reuses sit inside stories, the site's notes at their edges.
 */
export function findRecurringUnits(day: readonly (readonly string[])[]): ReadonlyMap<string, number> {
  const articlesWith = new Map<string, number>();
  for (const units of day) {
    const seen = new Set<string>();
    for (const unit of units) {
      for (const key of [unitKey(unit), frameKey(unit)]) {
        if (key === undefined || key.length < 2 || seen.has(key)) continue;
        seen.add(key);
        articlesWith.set(key, (articlesWith.get(key) ?? 0) + 1);
      }
    }
  }
  const recurring = new Map<string, number>();
  for (const [key, count] of articlesWith) if (count >= 2) recurring.set(key, count);
  return recurring;
}
