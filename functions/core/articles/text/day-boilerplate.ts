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
/** The same furniture with another date, count or time still matches. */
export function unitKey(unit: string): string {
  return unit
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\p{N}+/gu, '0')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * How many of the day's articles each unit appears in (an article counts a
 * unit once, however often it repeats inside it), for units found in two or
 * more. Whether that makes a unit boilerplate also depends on its shape and
 * place in the article (clean-paragraphs.ts): background paragraphs that a
 * newsroom reuses sit inside stories, the site's notes at their edges.
 */
export function findRecurringUnits(day: readonly (readonly string[])[]): ReadonlyMap<string, number> {
  const articlesWith = new Map<string, number>();
  for (const units of day) {
    const seen = new Set<string>();
    for (const unit of units) {
      const key = unitKey(unit);
      if (key.length < 2 || seen.has(key)) continue;
      seen.add(key);
      articlesWith.set(key, (articlesWith.get(key) ?? 0) + 1);
    }
  }
  const recurring = new Map<string, number>();
  for (const [key, count] of articlesWith) if (count >= 2) recurring.set(key, count);
  return recurring;
}
