import * as z from 'zod/mini';
import type { Article } from '../core/articles/article.js';
import type { StopReason } from '../core/delivery/deliver-slice.js';
import type { LockRecord } from '../core/delivery/run-lock.js';
import type { Issue } from '../core/issue/issue.js';
import type { DigestReport } from '../core/pipeline/digest-report.js';
import type { RecipientsSnapshot, SliceDescriptor } from '../core/pipeline/recipients-snapshot.js';
import type { RunStop, SliceSummary } from '../core/pipeline/send-slice-step.js';
import type { RenderedDigest } from '../core/render/render-digest.js';
import { count, runId, type Same, sha256Hex, sliceId } from './contract-schema.js';

/**
 * The files one step writes and a later step (or a later run) reads back,
 * under `issues/<date>/` (see bucket-layout.ts): each is checked against its
 * schema when read, and a file that does not match is refused with its name
 * and the field at fault, never used. The types stay with the core code that
 * writes them; `Same` keeps each schema and its type in step, so a field
 * added to one and not the other breaks `tsc`.
 */

const text = z.string();
const nullableText = z.nullable(z.string());

// ---- issue.json: collect → render, summarize (and collect itself once sending has started)

const article = z.object({
  id: text,
  file: text,
  title: text,
  url: nullableText,
  source: nullableText,
  author: nullableText,
  publishedAt: nullableText,
  section: text,
  image: z.nullable(z.object({ url: text, alt: text })),
  priority: z.number(),
  excerpt: text,
  words: count,
  readingMinutes: z.number(),
  paragraphs: z.array(text),
  captions: z.array(text),
  lang: nullableText,
  dir: z.enum(['ltr', 'rtl']),
  encoding: z.optional(text),
  notes: z.optional(z.array(text)),
});

export const issueFile = z.object({
  date: text,
  runId: text,
  collectedAt: text,
  articles: z.array(article),
  skipped: z.array(z.object({ file: text, reason: text })),
  duplicates: z.array(z.object({ file: text, duplicateOf: text })),
});

// ---- rendered.json: render → every send worker

/** The per-issue slot token goes into a RegExp when the message is assembled: letters and digits only. */
const slotToken = z.string().check(z.regex(/^[A-Za-z0-9]{8,64}$/, 'a slot token: 8 to 64 letters and digits'));
const slotName = z.union([z.enum(['unsubscribeUrl', 'email', 'name']), z.templateLiteral(['field:', z.string()])]);

export const renderedFile = z.object({
  date: text,
  subject: text,
  preheader: text,
  html: text,
  text,
  slots: z.object({ token: slotToken, names: z.array(slotName) }),
  bytes: count,
  budgetBytes: count,
  trimmed: z.boolean(),
  trimNotes: z.array(text),
  layout: z.object({ cards: count, shortExcerpts: z.boolean(), moreStories: count, omitted: count }),
  renders: count,
});

// ---- recipients.json and the slice manifest: render (the freeze) → the send Map, every worker, summarize, status

/** One slice of the frozen list; also the `slice` of a send worker's event. */
export const sliceDescriptor = z
  .object({
    sliceId,
    index: count,
    firstRow: count,
    rows: count,
    start: count,
    end: count,
    sha256: sha256Hex,
  })
  .check(z.refine((slice) => slice.end >= slice.start, { message: 'must not be before "start"', path: ['end'] }));

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

export const stopReason = z.enum(['deadline', 'quota-exhausted', 'lock-held', 'sender-error', 'interrupted', 'ledger-unreadable']);
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
const _article: Same<z.output<typeof article>, Article> = true;
const _issue: Same<z.output<typeof issueFile>, Issue> = true;
const _rendered: Same<z.output<typeof renderedFile>, RenderedDigest> = true;
const _slice: Same<z.output<typeof sliceDescriptor>, SliceDescriptor> = true;
const _record: Same<z.output<typeof recipientsRecordFile>, RecipientsSnapshot> = true;
const _stopReason: Same<z.output<typeof stopReason>, StopReason> = true;
const _summary: Same<z.output<typeof sliceSummaryFile>, SliceSummary> = true;
const _runStop: Same<z.output<typeof runStopFile>, RunStop> = true;
const _lock: Same<z.output<typeof lockRecordFile>, LockRecord> = true;
const _report: Same<z.output<typeof reportFile>, DigestReport> = true;
