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
import { isProse } from './unit-shapes.js';

/** The same furniture with another date, count or time still matches. */
export function unitKey(unit: string): string {
  return unit
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\p{N}+/gu, '0')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Short lines recur as furniture in two articles; a full paragraph must recur in three (wire copy and background paragraphs repeat in two). */
const MIN_ARTICLES_SHORT = 2;
const MIN_ARTICLES_PROSE = 3;

/**
 * Keys of units that recur in enough different articles of the day. An
 * article counts a unit once, however often it repeats inside it.
 */
export function findRecurringUnits(day: readonly (readonly string[])[]): ReadonlySet<string> {
  const articlesWith = new Map<string, number>();
  const prose = new Set<string>();
  for (const units of day) {
    const seen = new Set<string>();
    for (const unit of units) {
      const key = unitKey(unit);
      if (key.length < 2 || seen.has(key)) continue;
      seen.add(key);
      articlesWith.set(key, (articlesWith.get(key) ?? 0) + 1);
      if (isProse(unit)) prose.add(key);
    }
  }
  const recurring = new Set<string>();
  for (const [key, count] of articlesWith) {
    if (count >= (prose.has(key) ? MIN_ARTICLES_PROSE : MIN_ARTICLES_SHORT)) recurring.add(key);
  }
  return recurring;
}
