/**
 * The contracts between the state machine (cdk/) and the Lambda entry points
 * (functions/*.ts). Every handler validates its event against these shapes.
 * No event or result carries a subscriber address: Step Functions state and
 * its logs only ever see dates, counts, keys and slice descriptors.
 */
import type { StopReason } from './core/delivery/deliver-slice.js';
import type { ListChanges, SliceDescriptor } from './core/pipeline/recipients-snapshot.js';

/** Input of an execution: the daily schedule passes only `date` (its instant); an editor a YYYY-MM-DD and maybe `testTo`. */
export interface DigestExecutionInput {
  date: string;
  /** When present, send only to these addresses, marked as a test; nothing frozen, no ledger, no lock. */
  testTo?: string[];
}

export interface CollectEvent {
  /** YYYY-MM-DD, or the schedule's instant (ISO 8601, UTC), which collect turns into the day in DIGEST_TIME_ZONE. */
  date: string;
  runId?: string;
}

export interface CollectResult {
  date: string;
  runId: string;
  articleCount: number;
  skippedCount: number;
  /** True when the day has no usable article: the state machine stops with "nothing to send". */
  nothingToSend: boolean;
  reason?: string;
}

export interface RenderEvent {
  date: string;
  runId: string;
  /** A real send: freeze the recipients and write the slice manifest. False (a test send) freezes nothing. */
  freeze: boolean;
}

export interface RenderResult {
  date: string;
  runId: string;
  htmlBytes: number;
  budgetBytes: number;
  trimmed: boolean;
  /** Set when `freeze` was: the S3 key of the slice manifest (a JSON array) the Distributed Map's ItemReader reads. */
  manifestKey?: string;
  recipients?: number;
  slices?: number;
  /** How the current list differs from the frozen one, when the list had been frozen by an earlier run. */
  changedSinceFrozen?: ListChanges | null;
}

/**
 * One Distributed Map child: one slice of the frozen list. The Map's
 * ItemSelector builds it from the manifest item (`$$.Map.Item.Value`) and the
 * run, so it stays a few hundred bytes whatever the list's size.
 */
export interface SendSliceEvent {
  date: string;
  runId: string;
  /** How many workers share the account's quota at once; each sends at rate / workers. */
  workers: number;
  slice: SliceDescriptor;
}

/** The test branch: the issue to a few editors' addresses, marked as a test. */
export interface SendTestEvent {
  date: string;
  runId: string;
  testTo: string[];
}

/** Recipient counts by outcome, as a send worker and summarize report them. */
export interface DeliveryCounts {
  sent: number;
  alreadySent: number;
  failed: number;
  suppressed: number;
  pending: number;
  /** Why sending stopped early, if it did. */
  stoppedBecause: StopReason | null;
}

export interface SendResult extends DeliveryCounts {
  sliceId: string;
}

export interface SummarizeEvent {
  date: string;
  runId: string;
}

export interface SummarizeResult extends DeliveryCounts {
  date: string;
  runId: string;
  reportKey: string;
  recipients: number;
  slices: number;
  unreportedSlices: number;
}
