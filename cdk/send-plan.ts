/**
 * How the Distributed Map fans the send out, derived from the account's SES
 * send rate. Pure arithmetic, so the formula is tested on its own.
 *
 *   workers        = clamp(ceil(sendRate / TARGET_WORKER_RATE), 1, MAX_WORKERS)
 *   perWorkerRate  = sendRate / workers            (each worker's own limiter)
 *   batchSize      = clamp(floor(perWorkerRate × BATCH_SECONDS), 1, MAX_BATCH_ITEMS)
 *
 * The Map's `MaxConcurrency` is `workers` and every worker receives `workers`
 * in its batch input and sends at `DIGEST_SEND_RATE / workers`, so at any
 * moment workers × perWorkerRate = sendRate: the quota is never exceeded, even
 * when every worker runs at full speed. A batch is sized to take about
 * BATCH_SECONDS at the per-worker rate, well inside Lambda's 15 minutes, so a
 * worker finishes its slice instead of stopping at the deadline.
 */

/** What one worker comfortably sustains: one SendRawEmail round trip is 50–150 ms. */
export const TARGET_WORKER_RATE = 5;
/** A cap on concurrent workers (and Lambda concurrency) whatever the quota. */
export const MAX_WORKERS = 100;
/** Seconds of sending one batch should take at the per-worker rate. */
export const BATCH_SECONDS = 300;
/** Upper bound per batch: keeps a batch's JSON far below the 256 KiB state limit. */
export const MAX_BATCH_ITEMS = 1000;
/** A batch's input may never exceed Step Functions' 256 KiB payload limit; leave room for BatchInput. */
export const MAX_BATCH_BYTES = 200 * 1024;

export interface SendPlan {
  /** Distributed Map `MaxConcurrency`, also passed to each worker as `workers`. */
  readonly workers: number;
  /** Messages/second one worker may send: sendRate / workers. */
  readonly perWorkerRate: number;
  /** ItemBatcher `MaxItemsPerBatch`. */
  readonly maxItemsPerBatch: number;
  readonly maxInputBytesPerBatch: number;
}

export function planSend(sendRate: number): SendPlan {
  if (!Number.isFinite(sendRate) || sendRate <= 0) throw new RangeError(`sendRate must be positive, got ${sendRate}`);
  const workers = Math.min(MAX_WORKERS, Math.max(1, Math.ceil(sendRate / TARGET_WORKER_RATE)));
  const perWorkerRate = sendRate / workers;
  const maxItemsPerBatch = Math.min(MAX_BATCH_ITEMS, Math.max(1, Math.floor(perWorkerRate * BATCH_SECONDS)));
  return { workers, perWorkerRate, maxItemsPerBatch, maxInputBytesPerBatch: MAX_BATCH_BYTES };
}
