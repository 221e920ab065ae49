import { describe, expect, it } from 'vitest';
import { BATCH_SECONDS, MAX_BATCH_ITEMS, MAX_WORKERS, planSend, TARGET_WORKER_RATE } from '../../cdk/send-plan.js';

describe('planSend', () => {
  it('never lets the workers together exceed the send rate', () => {
    for (const rate of [1, 2, 5, 13, 14, 15, 50, 99, 100, 499, 500, 1000, 10_000]) {
      const plan = planSend(rate);
      expect(plan.workers * plan.perWorkerRate, `rate ${rate}`).toBeLessThanOrEqual(rate + 1e-9);
      expect(plan.workers).toBeGreaterThanOrEqual(1);
      expect(plan.workers).toBeLessThanOrEqual(MAX_WORKERS);
    }
  });

  it('uses ceil(rate / target) workers, so no worker is asked for more than the target until the cap', () => {
    expect(planSend(14)).toMatchObject({ workers: 3, perWorkerRate: 14 / 3 });
    expect(planSend(1)).toMatchObject({ workers: 1, perWorkerRate: 1 });
    expect(planSend(TARGET_WORKER_RATE * 7).workers).toBe(7);
    expect(planSend(10_000)).toMatchObject({ workers: MAX_WORKERS, perWorkerRate: 100 });
  });

  it('sizes a batch to about BATCH_SECONDS of sending, within Lambda time and the payload limit', () => {
    expect(planSend(1).maxItemsPerBatch).toBe(BATCH_SECONDS);
    expect(planSend(14).maxItemsPerBatch).toBe(MAX_BATCH_ITEMS);
    for (const rate of [1, 14, 500]) {
      const plan = planSend(rate);
      expect(plan.maxItemsPerBatch / plan.perWorkerRate, `rate ${rate}`).toBeLessThanOrEqual(BATCH_SECONDS);
      expect(plan.maxInputBytesPerBatch).toBeLessThan(256 * 1024);
    }
  });

  it('rejects a rate that is not positive', () => {
    expect(() => planSend(0)).toThrow(RangeError);
    expect(() => planSend(Number.NaN)).toThrow(RangeError);
  });
});
