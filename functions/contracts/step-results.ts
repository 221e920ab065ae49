import * as z from 'zod/mini';
import { count } from './contract-schema.js';
import { stopReason } from './slice-contract.js';
import { dayAndRun } from './step-events.js';

/**
 * What each Lambda returns to the state machine. cdk/ builds the machine's
 * result paths from these types, and the tests check every handler's result
 * against its schema; no handler checks its own result at run time, so they
 * live apart from the events (step-events.ts), which every handler builds at
 * cold start (bench:cold).
 */

export const collectResult = z.object({
  ...dayAndRun,
  articleCount: count,
  skippedCount: count,
  /** True when the day has no usable article: the state machine stops with "nothing to send". */
  nothingToSend: z.boolean(),
  reason: z.optional(z.string()),
});
export type CollectResult = z.output<typeof collectResult>;

export const renderResult = z.object({
  ...dayAndRun,
  htmlBytes: count,
  budgetBytes: count,
  trimmed: z.boolean(),
  /** Set when `freeze` was: the S3 key of the slice manifest (a JSON array) the Distributed Map's ItemReader reads. */
  manifestKey: z.optional(z.string()),
  recipients: z.optional(count),
  slices: z.optional(count),
  /** How the current list differs from the frozen one, when the list had been frozen by an earlier run. */
  changedSinceFrozen: z.optional(z.nullable(z.object({ added: count, removed: count }))),
});
export type RenderResult = z.output<typeof renderResult>;

/** Recipient counts by outcome, as a send worker and summarize report them. */
const deliveryCounts = {
  sent: count,
  alreadySent: count,
  failed: count,
  suppressed: count,
  pending: count,
  /** Why sending stopped early, if it did. */
  stoppedBecause: z.nullable(stopReason),
};

export const sendResult = z.object({ sliceId: z.string(), ...deliveryCounts });
export type SendResult = z.output<typeof sendResult>;

export const summarizeResult = z.object({
  ...dayAndRun,
  reportKey: z.string(),
  recipients: count,
  slices: count,
  unreportedSlices: count,
  ...deliveryCounts,
});
export type SummarizeResult = z.output<typeof summarizeResult>;
