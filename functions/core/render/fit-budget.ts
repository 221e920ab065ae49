/**
 * Choosing the layout that fits the size budget from measured sizes instead
 * of by trial renders. A render tells what each card, each headline and
 * each section costs in bytes; the size of any other layout is then a sum,
 * so the best layout is found by arithmetic and only checked by rendering.
 *
 * Preference, best first: every story as a full card; every card with a
 * short excerpt; the most cards (short excerpts) with every other story as a
 * headline under "More stories"; then, when even the headlines don't fit,
 * as many headlines as fit and a line counting the rest.
 */

export interface Layout {
  cards: number;
  shortExcerpts: boolean;
  moreStories: number;
}

export interface StorySizes {
  /** Bytes of the story's card with its full excerpt, and with the short one. */
  full: number;
  short: number;
  /** Bytes of its line under "More stories" (estimated until a render shows one). */
  headline: number;
  headlineMeasured: boolean;
}

export interface LayoutSizes {
  stories: StorySizes[];
  /** The section of each story, in issue order: a section costs its frame and heading once. */
  sectionOf: string[];
  sectionBytes: number;
  /** Everything else: head, masthead, footer, preheader. */
  fixed: number;
  /** The "…and N more on our site" line. */
  omittedLine: number;
}

export function predictBytes(sizes: LayoutSizes, layout: Layout): number {
  const n = sizes.stories.length;
  let total = sizes.fixed + new Set(sizes.sectionOf.slice(0, layout.cards)).size * sizes.sectionBytes;
  for (let i = 0; i < layout.cards; i += 1) total += layout.shortExcerpts ? sizes.stories[i]!.short : sizes.stories[i]!.full;
  if (layout.moreStories > 0) {
    total += sizes.sectionBytes;
    for (let i = layout.cards; i < layout.cards + layout.moreStories; i += 1) total += sizes.stories[i]!.headline;
  }
  if (layout.cards + layout.moreStories < n) total += sizes.omittedLine;
  return total;
}

/** The best layout predicted to fit `budget`; below `ceiling` (exclusive) when a render showed `ceiling` doesn't. */
export function planLayout(sizes: LayoutSizes, budget: number, ceiling?: Layout): Layout {
  const n = sizes.stories.length;
  const allowed = (layout: Layout) => !ceiling || rank(layout) < rank(ceiling);
  const fits = (layout: Layout) => allowed(layout) && predictBytes(sizes, layout) <= budget;
  for (const layout of [
    { cards: n, shortExcerpts: false, moreStories: 0 },
    { cards: n, shortExcerpts: true, moreStories: 0 },
  ]) {
    if (fits(layout)) return layout;
  }
  for (let cards = n - 1; cards >= 0; cards -= 1) {
    const layout = { cards, shortExcerpts: true, moreStories: n - cards };
    if (fits(layout)) return layout;
  }
  for (let more = n - 1; more >= 0; more -= 1) {
    const layout = { cards: 0, shortExcerpts: true, moreStories: more };
    if (fits(layout)) return layout;
  }
  return { cards: 0, shortExcerpts: true, moreStories: 0 };
}

/** Orders layouts by preference: more cards first, then full excerpts, then more headlines. */
export function rank(layout: Layout): number {
  return layout.cards * 1_000_000 + (layout.shortExcerpts ? 0 : 500_000) + layout.moreStories;
}
