import { sliceSummaryKey } from '../delivery/ledger-keys.js';
import { DigestError } from '../errors.js';
import { mapLimit } from '../map-limit.js';
import type { Log, ObjectStore } from '../ports.js';
import { articlesReport, EMPTY_MESSAGES, MAX_LISTED, readReport, writeReport, type DigestReport, type MessagesPart } from './digest-report.js';
import { issueKey } from '../../contracts/bucket-layout.js';
import { checkJson } from '../../contracts/contract-schema.js';
import { issueFile } from '../../contracts/issue-file.js';
import { sliceSummaryFile } from '../../contracts/step-files.js';
import { parseStoredJson } from './frozen-issue-file.js';
import { readSliceManifest, readSnapshotRecord, SnapshotIntegrityError } from './recipients-snapshot.js';
import { readRunStop, type SliceSummary } from './send-slice-step.js';

/** The issue to summarize was never collected. */
export class IssueNotFoundError extends DigestError {}

export interface SummarizeStepOptions {
  store: ObjectStore;
  issuePrefix: string;
  runId: string;
  now: Date;
  budgetBytes: number;
  transport: string;
  ratePerSecond: number | null;
  log?: Log;
}

export interface SummarizeStepResult {
  report: DigestReport;
  /** Recipients on the frozen list. */
  recipients: number;
  messages: MessagesPart;
  /** Slices whose worker never wrote a summary: every one of their recipients counts as pending. */
  unreportedSlices: string[];
}

/**
 * The Summarize state: merges the per-slice summaries the workers wrote into
 * the `messages` part of `report.json` (collect and render wrote the rest).
 * One small read per slice, whatever the list's size. A slice no worker
 * reported on counts all its recipients as pending.
 */
export async function summarizeStep(options: SummarizeStepOptions): Promise<SummarizeStepResult> {
  const { store, issuePrefix, runId } = options;
  let base = await readReport(store, issuePrefix);
  if (!base) {
    const bytes = await store.get(issueKey(issuePrefix, 'issue'));
    if (!bytes) throw new IssueNotFoundError(`No collected issue at ${store.locate(issueKey(issuePrefix, 'issue'))}`);
    base = articlesReport(parseStoredJson(store, issueKey(issuePrefix, 'issue'), bytes, issueFile), runId, options.now, options.budgetBytes, null);
  }
  // A frozen list or manifest that fails its check still gets a report: everyone on it counts as
  // pending, with the reason, so a damaged run is never summarized as "nothing to do".
  let snapshot: Awaited<ReturnType<typeof readSnapshotRecord>> = null;
  let slices: Awaited<ReturnType<typeof readSliceManifest>> = [];
  let unreadable: string | null = null;
  try {
    snapshot = await readSnapshotRecord(store, issuePrefix);
    slices = snapshot ? await readSliceManifest(store, snapshot) : [];
  } catch (error) {
    if (!(error instanceof SnapshotIntegrityError)) throw error;
    unreadable = error.message;
    options.log?.error('The frozen recipients cannot be read; everyone on the list counts as pending', { error: error.message });
  }
  const summaries = await mapLimit(slices, 16, async (slice) => readSummary(store, issuePrefix, slice.sliceId, options.log));

  const messages: MessagesPart = {
    ...EMPTY_MESSAGES,
    failed: [],
    unreadableLedgerSegments: [],
    transport: options.transport,
    ratePerSecond: options.ratePerSecond,
    slices: { total: slices.length, reported: 0 },
  };
  const reasons = new Map<string, { code: string; reason: string; count: number }>();
  const addReason = (code: string, reason: string, count: number) => {
    const entry = reasons.get(code);
    if (entry) entry.count += count;
    else reasons.set(code, { code, reason, count });
  };
  const unreportedSlices: string[] = [];
  slices.forEach((slice, index) => {
    const summary = summaries[index];
    if (!summary) {
      unreportedSlices.push(slice.sliceId);
      messages.pending += slice.rows;
      addReason('not-reported', 'no send worker reported on their slice (it failed or never ran)', slice.rows);
      return;
    }
    messages.slices.reported += 1;
    const thisRun = summary.runId === runId ? summary.sentThisRun : 0;
    messages.sent += thisRun;
    messages.alreadySent += summary.sent - thisRun;
    messages.failedCount += summary.failed;
    for (const failure of summary.failures) if (messages.failed.length < MAX_LISTED) messages.failed.push(failure);
    messages.suppressed += summary.suppressed;
    messages.pending += summary.pending;
    messages.unreadableLedgerSegments.push(...(summary.unreadableSegments ?? []));
    for (const reason of summary.pendingReasons) addReason(reason.code, reason.reason, reason.count);
    if (summary.runId === runId && summary.stoppedBecause && !messages.stoppedBecause) {
      messages.stoppedBecause = summary.stoppedBecause;
      messages.stopReason = summary.stopDetail?.reason ?? null;
    }
  });
  // The run's stop marker names the first cause, whichever slice summary came first in the list.
  const stop = await readRunStop(store, issuePrefix, runId, options.log);
  if (stop) {
    messages.stoppedBecause = stop.because;
    messages.stopReason = `${stop.code}: ${stop.reason}`;
  }
  if (unreadable !== null) {
    const rows = snapshot?.rows ?? base.subscribers.valid;
    messages.pending += rows;
    addReason('snapshot-unreadable', `${unreadable}: restore it (the bucket is versioned) and run again`, rows);
  }
  messages.pendingReasons = [...reasons.values()].sort((a, b) => b.count - a.count || (a.code < b.code ? -1 : 1));

  const report: DigestReport = { ...base, runId, generatedAt: options.now.toISOString(), messages };
  await writeReport(store, issuePrefix, report);
  if (unreportedSlices.length > 0) options.log?.warn('Slices without a summary', { count: unreportedSlices.length, first: unreportedSlices.slice(0, 10) });
  return { report, recipients: snapshot?.rows ?? 0, messages, unreportedSlices };
}

async function readSummary(store: ObjectStore, issuePrefix: string, sliceId: string, log?: Log): Promise<SliceSummary | null> {
  const key = sliceSummaryKey(issuePrefix, sliceId);
  const bytes = await store.get(key);
  if (!bytes) return null;
  const checked = checkJson(sliceSummaryFile, bytes);
  if (checked.ok && checked.value.sliceId === sliceId) return checked.value;
  const problems = checked.ok ? `"sliceId": ${checked.value.sliceId}, not ${sliceId}` : checked.problems;
  // Counted as unreported, and said so: the slice's recipients stay pending, never lost.
  log?.warn('Unreadable slice summary; its recipients count as pending', { key: store.locate(key), problems });
  return null;
}
