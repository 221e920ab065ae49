import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_SLICE_ROWS, MAX_WORKERS, MIN_SLICE_ROWS, planSend, runCapacity, SLICE_SECONDS, sliceRowsFor, WORKER_CAPACITY } from '../../../functions/core/delivery/send-plan.js';
import { TokenBucket } from '../../../functions/core/delivery/token-bucket.js';
import { FakeClock } from './fakes.js';

/**
 * The fleet as the Distributed Map runs it: `workers` send workers at once,
 * each pacing its own share with its own token bucket and `concurrency`
 * sends in flight of `latencyMs` each. Returns messages per second achieved.
 */
async function fleetRate(sendRate: number, seconds: number, latencyMs = 100, concurrency = 8): Promise<number> {
  const plan = planSend(sendRate);
  const clock = new FakeClock();
  const start = clock.now();
  const end = start + seconds * 1000;
  let sent = 0;
  const worker = async () => {
    const bucket = new TokenBucket({ ratePerSecond: plan.perWorkerRate, clock });
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        for (;;) {
          const granted = await bucket.take((now) => now < end);
          if (!granted) return;
          sent += 1;
          await clock.sleep(latencyMs);
        }
      }),
    );
  };
  await Promise.all(Array.from({ length: plan.workers }, worker));
  return sent / seconds;
}

describe('planSend', () => {
  it('uses the fewest workers that hold the rate: one up to WORKER_CAPACITY, then one more per WORKER_CAPACITY', () => {
    expect(planSend(14)).toMatchObject({ workers: 1, perWorkerRate: 14 });
    expect(planSend(1)).toMatchObject({ workers: 1, perWorkerRate: 1 });
    expect(planSend(WORKER_CAPACITY)).toMatchObject({ workers: 1 });
    expect(planSend(WORKER_CAPACITY + 1)).toMatchObject({ workers: 2, perWorkerRate: (WORKER_CAPACITY + 1) / 2 });
    expect(planSend(100)).toMatchObject({ workers: 2, perWorkerRate: 50 });
    expect(planSend(10_000)).toMatchObject({ workers: MAX_WORKERS, perWorkerRate: 100 });
  });

  it('never lets the workers together exceed the send rate, and shares it without rounding it down', () => {
    for (let rate = 1; rate <= 500; rate++) {
      const plan = planSend(rate);
      expect(plan.workers * plan.perWorkerRate, `rate ${rate}`).toBeCloseTo(rate, 9);
    }
  });

  it('cuts slices of about SLICE_SECONDS of one worker\'s sending, well inside a Lambda invocation', () => {
    expect(planSend(14).sliceRows).toBe(14 * SLICE_SECONDS);
    expect(planSend(100).sliceRows).toBe(50 * SLICE_SECONDS);
    for (const rate of [1, 14, 100, 500, 10_000]) {
      const plan = planSend(rate);
      expect(plan.sliceRows / plan.perWorkerRate, `rate ${rate}`).toBeLessThanOrEqual(SLICE_SECONDS + 1);
      expect(plan.sliceRows).toBeLessThanOrEqual(MAX_SLICE_ROWS);
    }
  });

  it('states the largest list a run can serve before its timeout', () => {
    // 14/s × 0.97 × (20 h − 30 min of overhead)
    expect(runCapacity(14).maxRecipients).toBe(Math.floor(14 * 0.97 * (20 * 3600 - 1800)));
    expect(runCapacity(100).maxRecipients).toBeGreaterThan(1_000_000);
    expect(runCapacity(14).maxRecipients).toBeLessThan(1_000_000);
  });

  it('rejects a rate that is not positive', () => {
    expect(() => planSend(0)).toThrow(RangeError);
    expect(() => planSend(Number.NaN)).toThrow(RangeError);
  });
});

describe('fleet pacing', () => {
  it('achieves at least 0.97 of the send rate for any rate from 1 to 500, whatever the worker count the plan picks', async () => {
    const edges = [1, 2, 13, 14, 15, 49, 50, 51, 99, 100, 101, 149, 151, 333, 499, 500];
    for (const rate of edges) {
      const achieved = await fleetRate(rate, 20);
      expect(achieved / rate, `rate ${rate} with ${planSend(rate).workers} workers`).toBeGreaterThanOrEqual(0.97);
      expect(achieved / rate, `rate ${rate}`).toBeLessThanOrEqual(1.0 + 1 / 20);
    }
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 500 }), async (rate) => {
        const achieved = await fleetRate(rate, 20);
        return achieved / rate >= 0.97 && achieved / rate <= 1.05;
      }),
      { numRuns: 30 },
    );
  }, 120_000);

  it('paces a fractional share exactly instead of rounding it down (14/s over 3 workers is 4.67/s each, not 4)', async () => {
    const clock = new FakeClock();
    const buckets = Array.from({ length: 3 }, () => new TokenBucket({ ratePerSecond: 14 / 3, clock }));
    const start = clock.now();
    let grants = 0;
    await Promise.all(
      buckets.map(async (bucket) => {
        while (clock.now() - start < 60_000) {
          await bucket.take();
          grants += 1;
        }
      }),
    );
    expect(grants / 60 / 14).toBeGreaterThanOrEqual(0.97);
  });
});

describe('sliceRowsFor', () => {
  it('cuts a list into a multiple of the workers, so they all send until the end', () => {
    const plan = planSend(100); // 2 workers, 30,000 rows a slice at most
    const rows = sliceRowsFor(1_000_000, plan);
    const slices = Math.ceil(1_000_000 / rows);
    expect(slices % plan.workers).toBe(0);
    expect(rows).toBeLessThanOrEqual(plan.sliceRows);
    expect(sliceRowsFor(20_000, plan)).toBe(10_000);
  });

  it('keeps slices of a small list at MIN_SLICE_ROWS, and a tiny list in one slice', () => {
    expect(sliceRowsFor(1_500, planSend(500))).toBe(MIN_SLICE_ROWS);
    expect(sliceRowsFor(6, planSend(14))).toBe(MIN_SLICE_ROWS);
  });
});
