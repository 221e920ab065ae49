import { readDeliveryStatus, type DeliveryStatus } from '../delivery/delivery-status.js';
import type { Issue } from '../issue/issue.js';
import { DigestError } from '../errors.js';
import type { Log, ObjectStore } from '../ports.js';
import { buildReport, type DigestReport } from './digest-report.js';
import { readStoredJson } from './frozen-issue-file.js';
import { issueKey } from './issue-layout.js';
import { readRecipients } from './recipients-snapshot.js';

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

/**
 * After every send worker has finished: merges the ledger of all slices into
 * the `messages` part of `report.json`. Collect and render wrote the other
 * parts (articles, subscribers, size); they are kept as they are. Counts are
 * against the recipients snapshot, so a recipient no worker reached shows as
 * pending, not as missing.
 */
export async function summarizeStep(options: SummarizeStepOptions): Promise<{ report: DigestReport; status: DeliveryStatus }> {
  const { store, issuePrefix } = options;
  const existing = await readJson<DigestReport>(store, issueKey(issuePrefix, 'report'));
  let base = existing;
  if (!base) {
    const issue = await readJson<Issue>(store, issueKey(issuePrefix, 'issue'));
    if (!issue) throw new IssueNotFoundError(`No collected issue at ${store.locate(issueKey(issuePrefix, 'issue'))}`);
    base = buildReport({ issue, runId: options.runId, now: options.now, budgetBytes: options.budgetBytes });
  }
  const recipients = (await store.get(issueKey(issuePrefix, 'recipients'))) ? (await readRecipients(store, issuePrefix)).recipients : undefined;
  const status = await readDeliveryStatus(store, issuePrefix, { recipients, now: options.now.getTime() });
  if (status.unreadableSegments.length > 0) options.log?.warn('Unreadable ledger segments', { keys: status.unreadableSegments });

  const report: DigestReport = {
    ...base,
    runId: options.runId,
    generatedAt: options.now.toISOString(),
    messages: {
      sent: status.sent,
      // Across all runs and slices: the ledger does not tell first sends from repeats.
      alreadySent: 0,
      failed: status.failed.map(({ recipient, reason, code }) => ({ recipient, reason, code })),
      unsent: Object.entries(status.unsentByCode).map(([code, count]) => ({ recipient: `${count} recipient(s)`, reason: code })),
      suppressed: status.suppressed,
      pending: status.pending,
      stoppedBecause: null,
      unreadableLedgerSegments: status.unreadableSegments,
      transport: options.transport,
      ratePerSecond: options.ratePerSecond,
    },
  };
  await store.put(issueKey(issuePrefix, 'report'), `${JSON.stringify(report, null, 2)}\n`, { contentType: 'application/json' });
  return { report, status };
}

function readJson<T>(store: ObjectStore, key: string): Promise<T | null> {
  return readStoredJson<T>(store, key);
}
