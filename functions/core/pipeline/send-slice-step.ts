import { deliverSlice, type DeliverSliceOptions, type DeliveryOutcome, type StopDetail, type StopReason } from '../delivery/deliver-slice.js';
import { sliceSummaryKey } from '../delivery/ledger-keys.js';
import type { Clock, Log, MailTransport, ObjectStore, OutgoingMessage } from '../ports.js';
import { systemClock } from '../ports.js';
import type { Subscriber } from '../subscribers/subscriber.js';
import { loadSuppressedHashes } from '../suppressions.js';
import { MAX_LISTED } from './digest-report.js';
import { runStopKey } from '../../contracts/bucket-layout.js';
import { checkJson } from '../../contracts/contract-schema.js';
import { runStopFile } from '../../contracts/step-files.js';
import { readSliceRecipients, readSnapshotRecord, SnapshotIntegrityError, type RecipientsSnapshot, type SliceDescriptor } from './recipients-snapshot.js';

/**
 * What a slice's worker leaves behind when it stops (`ledger/<slice>/summary.json`):
 * the slice's counts by outcome and why anyone is still pending. Summarize
 * merges one of these per slice instead of reading the ledger, so its cost
 * is O(slices), not O(recipients).
 */
export interface SliceSummary {
  version: 1;
  sliceId: string;
  /** The run that wrote it. */
  runId: string;
  writtenAt: string;
  rows: number;
  /** Sent, by any run. */
  sent: number;
  /** Of `sent`, sent by `runId`. */
  sentThisRun: number;
  failed: number;
  /** The first `MAX_LISTED` failures, by address. */
  failures: Array<{ recipient: string; code: string; reason: string }>;
  suppressed: number;
  pending: number;
  pendingReasons: Array<{ code: string; reason: string; count: number }>;
  stoppedBecause: StopReason | null;
  stopDetail: StopDetail | null;
  /** Ledger segments of this slice that could not be read (absent in summaries written before it existed). */
  unreadableSegments?: string[];
}

/** The stop marker of a run: the first sender-side error or spent quota, for the slices that start after it. */
export interface RunStop {
  because: 'sender-error' | 'quota-exhausted';
  code: string;
  reason: string;
  sliceId: string;
  at: string;
}

/** How often a worker writes its ledger: a segment per `batchSeconds` of its sending (at least `concurrency` messages), at least every `flushMs`. */
export interface LedgerCadence {
  batchSeconds: number;
  flushMs: number;
}

/**
 * The cloud's cadence. Each segment is a PUT plus the lock's fencing LIST, so
 * the engine's default (half a second of sending) would cost more than the
 * workers' Lambda time at 14/s; the price is the crash window: a killed
 * worker re-sends at most two batches, about 4 s of its sending.
 */
export const CLOUD_LEDGER_CADENCE: LedgerCadence = { batchSeconds: 2, flushMs: 5_000 };

export interface SendSliceStepOptions {
  /** Holds the issue: snapshot, rendering, ledger. */
  issues: ObjectStore;
  issuePrefix: string;
  /** Holds `suppressions/`. */
  suppressions: ObjectStore;
  runId: string;
  slice: SliceDescriptor;
  /** The frozen list's record; read from the store when not given. */
  snapshot?: RecipientsSnapshot;
  buildMessage: (subscriber: Subscriber) => OutgoingMessage | Promise<OutgoingMessage>;
  transport: MailTransport;
  /** The account-wide rate; this worker sends at rate / workers. */
  ratePerSecond?: number;
  workers: number;
  concurrency: number;
  deadline?: number;
  clock?: Clock;
  log?: Log;
  retry?: DeliverSliceOptions['retry'];
  lock?: DeliverSliceOptions['lock'];
  onProgress?: DeliverSliceOptions['onProgress'];
  random?: () => number;
  /** SIGINT/SIGTERM on the CLI: no new send starts, the rest stays pending. */
  signal?: AbortSignal;
  /** The operator's `--force` (CLI only): send although ledger segments are unreadable. */
  acceptUnreadableSegments?: boolean;
  /** Default: the engine's (half a second of sending per segment, at least every second). */
  ledgerCadence?: LedgerCadence;
}

export interface SendSliceStepResult {
  summary: SliceSummary;
  outcome: DeliveryOutcome;
}

/**
 * The Send state, for one slice of the frozen list: reads only this slice's
 * rows (a ranged GET, verified against the slice's hash), the suppression
 * list once, and only this slice's ledger; sends under the slice's lock;
 * writes the slice summary. A sender-side SES error or a spent quota stops
 * the slice with its recipients pending and marks the run stopped, so slices
 * that start later do not knock on SES again; a new run ignores the marker.
 */
export async function sendSliceStep(options: SendSliceStepOptions): Promise<SendSliceStepResult> {
  const { issues, issuePrefix, slice, runId } = options;
  const clock = options.clock ?? systemClock;
  const snapshot = options.snapshot ?? (await readSnapshotRecord(issues, issuePrefix));
  if (!snapshot) throw new SnapshotIntegrityError(`No frozen recipients for ${issues.locate(issuePrefix)}: render the issue for sending first`);
  if (slice.index >= snapshot.slices) throw new SnapshotIntegrityError(`${slice.sliceId} is not a slice of ${issues.locate(snapshot.manifestKey)}`);

  const stop = await readRunStop(issues, issuePrefix, runId);
  const recipients = await readSliceRecipients(issues, snapshot, slice);
  const outcome = await deliverSlice({
    store: issues,
    issuePrefix,
    sliceId: slice.sliceId,
    runId,
    recipients,
    buildMessage: options.buildMessage,
    transport: options.transport,
    // One listing per worker; a stopped run still counts the suppressed apart from the pending.
    suppressedHashes: await loadSuppressedHashes(options.suppressions),
    ratePerSecond: options.ratePerSecond,
    concurrency: options.concurrency,
    workers: options.workers,
    ...ledgerWrites(options),
    deadline: options.deadline,
    clock,
    log: options.log,
    retry: options.retry,
    lock: options.lock,
    onProgress: options.onProgress,
    random: options.random,
    signal: options.signal,
    acceptUnreadableSegments: options.acceptUnreadableSegments,
    ...(stop ? { halt: { because: stop.because, code: stop.code, reason: stop.reason } } : {}),
  });

  if (!stop && (outcome.stoppedBecause === 'sender-error' || outcome.stoppedBecause === 'quota-exhausted')) {
    const marker: RunStop = {
      because: outcome.stoppedBecause,
      code: outcome.stopDetail?.code ?? outcome.stoppedBecause,
      reason: outcome.stopDetail?.reason ?? outcome.stoppedBecause,
      sliceId: slice.sliceId,
      at: new Date(clock.now()).toISOString(),
    };
    // The first slice's reason stands; a concurrent one saying the same is no news.
    await issues.putIfAbsent(runStopKey(issuePrefix, runId), JSON.stringify(marker, null, 2), { contentType: 'application/json' });
  }

  const summary = toSummary(outcome, runId, new Date(clock.now()));
  // Another run holds the slice: its worker writes the summary when it stops.
  if (outcome.stoppedBecause !== 'lock-held') {
    await issues.put(sliceSummaryKey(issuePrefix, slice.sliceId), `${JSON.stringify(summary)}\n`, { contentType: 'application/json' });
  }
  return { summary, outcome };
}

function ledgerWrites(options: SendSliceStepOptions): Pick<DeliverSliceOptions, 'batchSize' | 'flushIntervalMs'> {
  const cadence = options.ledgerCadence;
  if (!cadence || !options.ratePerSecond) return {};
  const batchSize = Math.max(options.concurrency, Math.ceil((cadence.batchSeconds * options.ratePerSecond) / options.workers));
  return { batchSize, flushIntervalMs: cadence.flushMs };
}

/** The run's stop marker, or null. A marker that cannot be read is treated as absent: it only saves SES calls. */
export async function readRunStop(store: ObjectStore, issuePrefix: string, runId: string, log?: Log): Promise<RunStop | null> {
  const bytes = await store.get(runStopKey(issuePrefix, runId));
  if (!bytes) return null;
  const checked = checkJson(runStopFile, bytes);
  if (checked.ok) return checked.value;
  log?.warn('Unreadable run stop marker ignored', { key: store.locate(runStopKey(issuePrefix, runId)), problems: checked.problems });
  return null;
}

const STOP_WORDS: Record<StopReason, string> = {
  deadline: 'the worker reached its time limit before their turn',
  'lock-held': 'another run holds the slice',
  'quota-exhausted': 'the SES daily quota is spent',
  'sender-error': 'SES refused the sender',
  interrupted: 'the run was interrupted (SIGINT/SIGTERM) before their turn',
  'ledger-unreadable': 'a ledger segment of the slice is unreadable: nothing was sent until it is restored',
};

function toSummary(outcome: DeliveryOutcome, runId: string, now: Date): SliceSummary {
  const reasons = new Map<string, { code: string; reason: string; count: number }>();
  const add = (code: string, reason: string, count: number) => {
    const entry = reasons.get(code);
    if (entry) entry.count += count;
    else reasons.set(code, { code, reason, count });
  };
  for (const unsent of outcome.unsent) add(unsent.code, unsent.reason, 1);
  const untried = outcome.pending - outcome.unsent.length;
  if (untried > 0) {
    const code = outcome.stopDetail?.code ?? outcome.stoppedBecause ?? 'not-sent';
    add(code, outcome.stopDetail?.reason ?? (outcome.stoppedBecause ? STOP_WORDS[outcome.stoppedBecause] : 'left pending by an earlier run'), untried);
  }
  return {
    version: 1,
    sliceId: outcome.sliceId,
    runId,
    writtenAt: now.toISOString(),
    rows: outcome.total,
    sent: outcome.sent + outcome.alreadySent,
    sentThisRun: outcome.sent + outcome.alreadySentThisRun,
    failed: outcome.failed.length,
    failures: outcome.failed.slice(0, MAX_LISTED).map(({ recipient, code, reason }) => ({ recipient, code, reason })),
    suppressed: outcome.suppressed,
    pending: outcome.pending,
    pendingReasons: [...reasons.values()],
    unreadableSegments: outcome.unreadableSegments,
    stoppedBecause: outcome.stoppedBecause,
    stopDetail: outcome.stopDetail,
  };
}
