import { describe, expect, it } from 'vitest';
import { TokenBucket } from '../../../functions/core/delivery/token-bucket.js';
import { FakeClock } from './fakes.js';

function maxInAnySecond(unsorted: number[]): number {
  const times = [...unsorted].sort((a, b) => a - b);
  let max = 0;
  let start = 0;
  for (let end = 0; end < times.length; end++) {
    while (times[end]! - times[start]! >= 1000) start++;
    max = Math.max(max, end - start + 1);
  }
  return max;
}

describe('TokenBucket', () => {
  it('grants at the configured rate and never more than the rate in any one-second window', async () => {
    const clock = new FakeClock();
    const bucket = new TokenBucket({ ratePerSecond: 50, clock });
    const start = clock.now();
    const times: number[] = [];
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        for (let i = 0; i < 100; i++) {
          await bucket.take();
          times.push(clock.now());
        }
      }),
    );
    expect(maxInAnySecond(times)).toBeLessThanOrEqual(50);
    const achieved = times.length / ((clock.now() - start) / 1000);
    expect(achieved / 50).toBeGreaterThanOrEqual(0.97);
  });

  it('lets a late sender catch up within its burst but still caps the window', async () => {
    const clock = new FakeClock();
    const bucket = new TokenBucket({ ratePerSecond: 100, burst: 20, clock });
    const times: number[] = [];
    for (let i = 0; i < 150; i++) {
      await bucket.take();
      times.push(clock.now());
      // A timer firing late now and then, as on a busy machine.
      if (i % 10 === 0) clock.advance(50);
    }
    expect(maxInAnySecond(times)).toBeLessThanOrEqual(100);
  });

  it('rejects a rate that is not a positive number', () => {
    expect(() => new TokenBucket({ ratePerSecond: 0, clock: new FakeClock() })).toThrow(RangeError);
    expect(() => new TokenBucket({ ratePerSecond: Number.NaN, clock: new FakeClock() })).toThrow(RangeError);
  });
});
