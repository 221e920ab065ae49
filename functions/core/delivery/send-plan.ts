/**
 * How a day's send is cut and paced, from the account's SES send rate. Pure
 * arithmetic shared by the CDK stack (Map concurrency, timeouts), the freeze
 * step (slice size), the send workers (their share of the rate) and
 * `digest send` (will the list finish in time?), so they cannot disagree.
 *
 *   workers        = clamp(ceil(sendRate / WORKER_CAPACITY), 1, MAX_WORKERS)
 *   perWorkerRate  = sendRate / workers      (fractional shares are paced exactly)
 *   sliceRows      = clamp(round(perWorkerRate × SLICE_SECONDS), 1, MAX_SLICE_ROWS)
 *
 * Fewest workers that hold the rate: Lambda bills a worker waiting on the
 * pacer like a worker sending, so every extra worker multiplies the bill by
 * the length of the day's send and buys nothing but headroom.
 */

/** What one worker sustains with 8 sends in flight at ≤ 150 ms per SendRawEmail round trip. */
export const WORKER_CAPACITY = 50;
/** A cap on concurrent workers (and Lambda concurrency) whatever the quota. */
export const MAX_WORKERS = 100;
/** Seconds one slice takes at the worker's rate: well inside Lambda's 15 minutes, with room for throttling. */
export const SLICE_SECONDS = 600;
/** Rows per slice at most, whatever the rate: bounds one ranged GET and one ledger. */
export const MAX_SLICE_ROWS = 50_000;
/** Rows per slice at least (unless the list is smaller): a slice costs a Lambda start, a lock and a suppression listing. */
export const MIN_SLICE_ROWS = 1000;
/** The state machine's timeout: a day's run must end before the next one starts. */
export const RUN_TIMEOUT_SECONDS = 20 * 3600;
/**
 * What the run needs besides sending: collect, render and freeze of a large
 * list, Map start-up, summarize. Kept out of the sending time when deciding
 * whether a list fits.
 */
export const RUN_OVERHEAD_SECONDS = 30 * 60;
/** The pacing efficiency the plan promises (bench:send and the pacing property test hold it). */
export const PACING_EFFICIENCY = 0.97;

export interface SendPlan {
  readonly sendRate: number;
  /** Distributed Map `MaxConcurrency`, also passed to each worker as `workers`. */
  readonly workers: number;
  /** Messages/second one worker may send: sendRate / workers. */
  readonly perWorkerRate: number;
  /** Recipients per slice of the frozen list. */
  readonly sliceRows: number;
}

export function planSend(sendRate: number): SendPlan {
  if (!Number.isFinite(sendRate) || sendRate <= 0) throw new RangeError(`sendRate must be positive, got ${sendRate}`);
  const workers = Math.min(MAX_WORKERS, Math.max(1, Math.ceil(sendRate / WORKER_CAPACITY)));
  const perWorkerRate = sendRate / workers;
  const sliceRows = Math.min(MAX_SLICE_ROWS, Math.max(1, Math.round(perWorkerRate * SLICE_SECONDS)));
  return { sendRate, workers, perWorkerRate, sliceRows };
}

/**
 * Rows per slice for a list of `recipients`: at most `plan.sliceRows`, in a
 * number of slices that is a multiple of the workers, so every worker has
 * work until the end instead of one finishing the last slice alone at its
 * share of the rate; and not below MIN_SLICE_ROWS.
 */
export function sliceRowsFor(recipients: number, plan: SendPlan): number {
  if (recipients <= 0) return plan.sliceRows;
  const slices = plan.workers * Math.ceil(recipients / (plan.workers * plan.sliceRows));
  return Math.min(plan.sliceRows, Math.max(MIN_SLICE_ROWS, Math.ceil(recipients / slices)));
}

export interface RunCapacity {
  /** The most recipients the run can send before the state machine's timeout. */
  maxRecipients: number;
  /** Seconds the run may spend sending. */
  sendingSeconds: number;
  /** The rate the arithmetic assumes: sendRate × PACING_EFFICIENCY. */
  assumedRate: number;
}

/** The largest list one run at `sendRate` serves before `timeoutSeconds`. */
export function runCapacity(sendRate: number, timeoutSeconds = RUN_TIMEOUT_SECONDS): RunCapacity {
  const sendingSeconds = Math.max(0, timeoutSeconds - RUN_OVERHEAD_SECONDS);
  const assumedRate = sendRate * PACING_EFFICIENCY;
  return { maxRecipients: Math.floor(assumedRate * sendingSeconds), sendingSeconds, assumedRate };
}

/** Seconds a list of `recipients` takes at `sendRate` (at the promised pacing efficiency). */
export function sendingSeconds(recipients: number, sendRate: number): number {
  return recipients / (sendRate * PACING_EFFICIENCY);
}
