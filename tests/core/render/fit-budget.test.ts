import { describe, expect, it } from 'vitest';
import { planLayout, predictBytes, rank, type LayoutSizes } from '../../../functions/core/render/fit-budget.js';

function sizes(n: number, overrides: Partial<LayoutSizes> = {}): LayoutSizes {
  return {
    stories: Array.from({ length: n }, () => ({ full: 1_000, short: 700, headline: 200 })),
    sectionOf: Array.from({ length: n }, (_, i) => ['A', 'B', 'C'][i % 3]!),
    sectionBytes: 500,
    fixed: 10_000,
    omittedLine: 100,
    ...overrides,
  };
}

describe('planning the layout from measured sizes', () => {
  it('adds up the fixed part, the sections present, the cards, the headline list and the "left out" line', () => {
    const s = sizes(10);
    expect(predictBytes(s, { cards: 10, shortExcerpts: false, moreStories: 0 })).toBe(10_000 + 3 * 500 + 10 * 1_000);
    expect(predictBytes(s, { cards: 1, shortExcerpts: true, moreStories: 4 })).toBe(10_000 + 500 + 700 + 500 + 4 * 200 + 100);
  });

  it('keeps every full card when they fit, then shortens excerpts, then moves the fewest stories to headlines', () => {
    expect(planLayout(sizes(10), 21_500)).toEqual({ cards: 10, shortExcerpts: false, moreStories: 0 });
    expect(planLayout(sizes(10), 18_500)).toEqual({ cards: 10, shortExcerpts: true, moreStories: 0 });
    const tight = planLayout(sizes(10), 15_000);
    expect(tight.shortExcerpts).toBe(true);
    expect(tight.cards + tight.moreStories).toBe(10);
    expect(predictBytes(sizes(10), tight)).toBeLessThanOrEqual(15_000);
    expect(predictBytes(sizes(10), { ...tight, cards: tight.cards + 1, moreStories: tight.moreStories - 1 })).toBeGreaterThan(15_000);
  });

  it('leaves stories out, counted, only when even their headlines do not fit', () => {
    const layout = planLayout(sizes(100), 20_000);
    expect(layout.cards).toBe(0);
    expect(layout.moreStories).toBeLessThan(100);
    expect(predictBytes(sizes(100), layout)).toBeLessThanOrEqual(20_000);
  });

  it('stays below a layout a render showed to be too big', () => {
    const ceiling = { cards: 10, shortExcerpts: true, moreStories: 0 };
    const layout = planLayout(sizes(10), 18_500, ceiling);
    expect(rank(layout)).toBeLessThan(rank(ceiling));
  });
});
