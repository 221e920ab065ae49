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

/** What measuring needs to know of a story. */
export interface MeasuredStory {
  section: string;
  title: string;
  url: string | null;
  source: string | null;
  excerpt: string;
  shortExcerpt: string;
}

/**
 * Per-story byte sizes read off a rendered layout. A card is its
 * `<div class="s" …>…</div>` (cards hold no other div; article text is
 * escaped, so it can't fake one), a headline its `<li …>…</li>` after the
 * last `<ul`; `cardOrder` says which story each card is. A section's own
 * cost is the markup between one section's last card and the next one's
 * first. Sizes a render did not show come from `previous`, or are
 * estimated from the length of the text.
 */
export function measureLayout(
  html: string,
  bytes: number,
  layout: Layout,
  stories: readonly MeasuredStory[],
  cardOrder: readonly number[],
  previous?: LayoutSizes,
): LayoutSizes {
  const sizes: StorySizes[] = stories.map((story, i) => ({
    // Estimates stand in only when a template doesn't mark its cards as ours does.
    full: previous?.stories[i]!.full ?? estimateCard(story, story.excerpt),
    short: previous?.stories[i]!.short ?? estimateCard(story, story.shortExcerpt),
    headline: previous?.stories[i]!.headline ?? estimateHeadline(story),
  }));
  let cardBytes = 0;
  const spans: Array<{ start: number; end: number; story: number }> = [];
  indexesOf(html, '<div class="s"').forEach((start, k) => {
    const story = cardOrder[k];
    if (story === undefined) return;
    const end = html.indexOf('</div>', start) + '</div>'.length;
    const size = Buffer.byteLength(html.slice(start, end));
    const excerptDelta = Buffer.byteLength(stories[story]!.excerpt) - Buffer.byteLength(stories[story]!.shortExcerpt);
    sizes[story]!.full = layout.shortExcerpts ? size + excerptDelta : size;
    sizes[story]!.short = layout.shortExcerpts ? size : size - excerptDelta;
    cardBytes += size;
    spans.push({ start, end, story });
  });
  const gaps: number[] = [];
  for (let k = 1; k < spans.length; k += 1) {
    if (stories[spans[k]!.story]!.section !== stories[spans[k - 1]!.story]!.section) {
      gaps.push(Buffer.byteLength(html.slice(spans[k - 1]!.end, spans[k]!.start)));
    }
  }
  const sectionBytes = gaps.length > 0 ? Math.round(gaps.reduce((a, b) => a + b, 0) / gaps.length) : (previous?.sectionBytes ?? 1_200);

  let headlineBytes = 0;
  if (layout.moreStories > 0) {
    indexesOf(html, '<li', html.lastIndexOf('<ul')).forEach((start, k) => {
      const story = layout.cards + k;
      if (story >= stories.length) return;
      const size = Buffer.byteLength(html.slice(start, html.indexOf('</li>', start) + '</li>'.length));
      sizes[story]!.headline = size;
      headlineBytes += size;
    });
  }
  const omittedLine = previous?.omittedLine ?? 120;
  const sections = new Set(stories.slice(0, layout.cards).map((story) => story.section)).size;
  // What is left is the fixed part: head, masthead, footer, preheader.
  const fixed =
    bytes -
    cardBytes -
    headlineBytes -
    sections * sectionBytes -
    (layout.moreStories > 0 ? sectionBytes : 0) -
    (layout.cards + layout.moreStories < stories.length ? omittedLine : 0);
  return { stories: sizes, sectionOf: stories.map((story) => story.section), sectionBytes, fixed, omittedLine };
}

function estimateCard(story: MeasuredStory, excerpt: string): number {
  return 700 + Buffer.byteLength(story.title) + Buffer.byteLength(excerpt) + 3 * Buffer.byteLength(story.url ?? '') + Buffer.byteLength(story.source ?? '');
}

function estimateHeadline(story: MeasuredStory): number {
  return 160 + Buffer.byteLength(story.title) + 2 * Buffer.byteLength(story.url ?? '') + Buffer.byteLength(story.source ?? '');
}

function indexesOf(text: string, needle: string, from = 0): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(needle, from); at >= 0; at = text.indexOf(needle, at + needle.length)) found.push(at);
  return found;
}
