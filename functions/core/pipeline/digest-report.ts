import type { StopReason } from '../delivery/deliver-slice.js';
import type { Issue } from '../issue/issue.js';
import type { ObjectStore } from '../ports.js';
import type { RenderedDigest } from '../render/render-digest.js';
import type { SubscriberList } from '../subscribers/parse-subscribers.js';
import { issueKey } from '../../contracts/bucket-layout.js';
import { checkJson } from '../../contracts/contract-schema.js';
import { reportFile } from '../../contracts/step-files.js';
import type { ListChanges } from './recipients-snapshot.js';

/**
 * `report.json`: what went into the issue, what was left out and why, and
 * what was delivered. Each step writes its own part (collect the articles,
 * render the size and the list, summarize the messages) through the
 * functions below, so the CLI and the Lambda functions write the same file.
 */
export interface DigestReport {
  date: string;
  runId: string;
  generatedAt: string;
  /** Set when nothing was sent on purpose, e.g. a day with no usable article. */
  nothingToSend: string | null;
  articles: {
    included: Array<{ id: string; file: string; title: string; url: string | null; source: string | null; section: string; words: number; excerpt: string; notes?: string[] }>;
    skipped: Issue['skipped'];
    duplicates: Issue['duplicates'];
  };
  subscribers: {
    /** Recipients of this issue: the frozen list once sending has started, else the current list's valid rows. */
    valid: number;
    rejected: SubscriberList['rejected'];
    duplicates: number;
    /** How the current list differs from the frozen one this issue goes to; null before freezing. */
    changedSinceFrozen: ListChanges | null;
  };
  html: { bytes: number; budgetBytes: number; trimmed: boolean; notes: string[]; layout: RenderedDigest['layout'] | null };
  messages: MessagesPart;
}

export interface MessagesPart {
  /** Sent by this run. */
  sent: number;
  /** Sent by earlier runs of this issue. */
  alreadySent: number;
  /** Refused for good (the address's fault); at most `MAX_LISTED` listed, `failedCount` is the total. */
  failed: Array<{ recipient: string; reason: string; code?: string }>;
  failedCount: number;
  suppressed: number;
  /** Not sent yet: a later run sends them. */
  pending: number;
  /** Why recipients are pending, by code. */
  pendingReasons: Array<{ code: string; reason: string; count: number }>;
  /** Why the run stopped early, if it did (the first slice's reason). */
  stoppedBecause: StopReason | null;
  /** The words behind `stoppedBecause`, e.g. SES's AccessDenied message. */
  stopReason: string | null;
  transport: string | null;
  ratePerSecond: number | null;
  /** Slices of the frozen list, and how many reported back. */
  slices: { total: number; reported: number };
  /** Ledger segments that could not be read: refused (stoppedBecause `ledger-unreadable`) or, with `--force`, set aside. */
  unreadableLedgerSegments: string[];
}

/** Failures listed by address in the report (and per slice summary); the counts are always complete. */
export const MAX_LISTED = 1000;

export const EMPTY_MESSAGES: MessagesPart = {
  sent: 0,
  alreadySent: 0,
  failed: [],
  failedCount: 0,
  suppressed: 0,
  pending: 0,
  pendingReasons: [],
  stoppedBecause: null,
  stopReason: null,
  transport: null,
  ratePerSecond: null,
  slices: { total: 0, reported: 0 },
  unreadableLedgerSegments: [],
};

/** The report as collect leaves it: the articles, and why nothing will be sent if so. */
export function articlesReport(issue: Issue, runId: string, now: Date, budgetBytes: number, nothingToSend: string | null): DigestReport {
  return {
    date: issue.date,
    runId,
    generatedAt: now.toISOString(),
    nothingToSend,
    articles: {
      included: issue.articles.map((a) => ({
        id: a.id,
        file: a.file,
        title: a.title,
        url: a.url,
        source: a.source,
        section: a.section,
        words: a.words,
        excerpt: a.excerpt,
        // What was dropped or shortened in this story (a link over 2,048 characters, a huge title).
        ...(a.notes && a.notes.length > 0 ? { notes: a.notes } : {}),
      })),
      skipped: issue.skipped,
      duplicates: issue.duplicates,
    },
    subscribers: { valid: 0, rejected: [], duplicates: 0, changedSinceFrozen: null },
    html: { bytes: 0, budgetBytes, trimmed: false, notes: [], layout: null },
    messages: EMPTY_MESSAGES,
  };
}

export function htmlPart(rendered: RenderedDigest): DigestReport['html'] {
  return { bytes: rendered.bytes, budgetBytes: rendered.budgetBytes, trimmed: rendered.trimmed, notes: rendered.trimNotes, layout: rendered.layout };
}

export async function readReport(store: ObjectStore, issuePrefix: string): Promise<DigestReport | null> {
  const bytes = await store.get(issueKey(issuePrefix, 'report'));
  if (!bytes) return null;
  // A report is derived data: a broken one is rebuilt by the step that writes it.
  const checked = checkJson(reportFile, bytes);
  return checked.ok ? checked.value : null;
}

export async function writeReport(store: ObjectStore, issuePrefix: string, report: DigestReport): Promise<void> {
  await store.put(issueKey(issuePrefix, 'report'), `${JSON.stringify(report, null, 2)}\n`, { contentType: 'application/json' });
}
