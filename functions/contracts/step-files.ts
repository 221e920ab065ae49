import * as z from 'zod/mini';
import type { LockRecord } from '../core/delivery/run-lock.js';
import type { DigestReport } from '../core/pipeline/digest-report.js';
import type { RecipientsSnapshot } from '../core/pipeline/recipients-snapshot.js';
import type { RunStop, SliceSummary } from '../core/pipeline/send-slice-step.js';
import { count, nullableText, runId, type Same, sha256Hex, sliceId, text } from './contract-schema.js';
import { issueFile } from './issue-file.js';
import { renderedFile } from './rendered-file.js';
import { sliceDescriptor, stopReason } from './slice-contract.js';

/**
 * The files one step writes and a later step (or a later run) reads back,
 * under `issues/<date>/` (see bucket-layout.ts): each is checked against its
 * schema when read, and a file that does not match is refused with its name
 * and the field at fault, never used. The types stay with the core code that
 * writes them; `Same` keeps each schema and its type in step, so a field
 * added to one and not the other breaks `tsc`. `issue.json` and
 * `rendered.json`, which handlers check before their lazily loaded steps,
 * have modules of their own (issue-file.ts, rendered-file.ts).
 */

// ---- recipients.json and the slice manifest: render (the freeze) → the send Map, every worker, summarize, status

/** `recipients/<sha256>.slices.json`: what the Distributed Map's ItemReader iterates. */
export const sliceManifestFile = z.array(sliceDescriptor);

/** `recipients.json`, the freeze's commit record. Its keys are checked against the issue's folder by the reader. */
export const recipientsRecordFile = z.object({
  version: z.literal(1),
  snapshotKey: text,
  manifestKey: text,
  rows: count,
  bytes: count,
  sha256: sha256Hex,
  manifestSha256: sha256Hex,
  columns: z.array(text).check(z.refine((columns) => columns[0] === 'email', 'must start with "email"')),
  slices: count,
  sliceRows: z.int().check(z.positive()),
  frozenAt: text,
});

// ---- ledger/<slice>/summary.json and runs/<run>/stop.json: send workers → summarize, later workers

const reasonCount = z.object({ code: text, reason: text, count });

export const sliceSummaryFile = z.object({
  version: z.literal(1),
  sliceId,
  runId,
  writtenAt: text,
  rows: count,
  sent: count,
  sentThisRun: count,
  failed: count,
  failures: z.array(z.object({ recipient: text, code: text, reason: text })),
  suppressed: count,
  pending: count,
  pendingReasons: z.array(reasonCount),
  stoppedBecause: z.nullable(stopReason),
  stopDetail: z.nullable(z.object({ code: text, reason: text })),
  unreadableSegments: z.optional(z.array(text)),
});

/** `ledger/<slice>/lock/<generation>.json`: one lease on a slice, read by every worker that wants it and by status. */
export const lockRecordFile = z.object({
  sliceId,
  runId: text,
  generation: count,
  acquiredAt: z.number(),
  expiresAt: z.number(),
  released: z.boolean(),
  owner: z.optional(z.record(z.string(), z.union([z.string(), z.number()]))),
});

export const runStopFile = z.object({
  because: z.enum(['sender-error', 'quota-exhausted']),
  code: text,
  reason: text,
  sliceId,
  at: text,
});

// ---- report.json: collect, render and summarize each write their part; status and `digest send` read it

const messagesPart = z.object({
  sent: count,
  alreadySent: count,
  failed: z.array(z.object({ recipient: text, reason: text, code: z.optional(text) })),
  failedCount: count,
  suppressed: count,
  pending: count,
  pendingReasons: z.array(reasonCount),
  stoppedBecause: z.nullable(stopReason),
  stopReason: nullableText,
  transport: nullableText,
  ratePerSecond: z.nullable(z.number()),
  slices: z.object({ total: count, reported: count }),
  unreadableLedgerSegments: z.array(text),
});

export const reportFile = z.object({
  date: text,
  runId: text,
  generatedAt: text,
  nothingToSend: nullableText,
  articles: z.object({
    included: z.array(
      z.object({
        id: text,
        file: text,
        title: text,
        url: nullableText,
        source: nullableText,
        section: text,
        words: count,
        excerpt: text,
        notes: z.optional(z.array(text)),
      }),
    ),
    skipped: issueFile.shape.skipped,
    duplicates: issueFile.shape.duplicates,
  }),
  subscribers: z.object({
    valid: count,
    rejected: z.array(z.object({ line: count, reason: text })),
    duplicates: count,
    changedSinceFrozen: z.nullable(z.object({ added: count, removed: count })),
  }),
  html: z.object({
    bytes: count,
    budgetBytes: count,
    trimmed: z.boolean(),
    notes: z.array(text),
    layout: z.nullable(renderedFile.shape.layout),
  }),
  messages: messagesPart,
});

// Each schema describes exactly the type its writer uses.
const _record: Same<z.output<typeof recipientsRecordFile>, RecipientsSnapshot> = true;
const _summary: Same<z.output<typeof sliceSummaryFile>, SliceSummary> = true;
const _runStop: Same<z.output<typeof runStopFile>, RunStop> = true;
const _lock: Same<z.output<typeof lockRecordFile>, LockRecord> = true;
const _report: Same<z.output<typeof reportFile>, DigestReport> = true;
