import { resolve } from 'node:path';
import { FsStore } from '../adapters/fs-store.js';
import { unreadableLedgerMessage } from '../core/delivery/delivery-ledger.js';
import { readDeliveryStatus, type DeliveryStatus } from '../core/delivery/delivery-status.js';
import { UsageError } from '../core/errors.js';
import type { ObjectStore } from '../core/ports.js';
import { issueKey } from '../core/pipeline/issue-layout.js';
import { readRecipients } from '../core/pipeline/recipients-snapshot.js';
import { loadSuppressedHashes } from '../core/suppressions.js';
import { requireDate } from './local-paths.js';

/** `digest status`: what the ledger says about one issue. */
export async function statusCommand(options: { date: string; out: string }): Promise<DeliveryStatus> {
  const date = requireDate(options.date);
  const store = new FsStore(resolve(options.out));
  const status = await issueStatus(store, `${date}/`, store);
  console.log(formatStatus(date, store.locate(date), status));
  return status;
}

/** Reads an issue's delivery state from any store (a folder or the S3 bucket). */
/** Without `suppressions` (editors may not read them), recipients the ledger never reached count as pending. */
export async function issueStatus(issues: ObjectStore, issuePrefix: string, suppressions?: ObjectStore): Promise<DeliveryStatus> {
  if (!(await issues.get(issueKey(issuePrefix, 'recipients')))) {
    throw new UsageError(`No issue has been prepared at ${issues.locate(issuePrefix)}`);
  }
  const { recipients } = await readRecipients(issues, issuePrefix);
  return readDeliveryStatus(issues, issuePrefix, { recipients, suppressedHashes: suppressions ? await loadSuppressedHashes(suppressions) : undefined });
}

export function formatStatus(date: string, where: string, status: DeliveryStatus, recovery: 'local' | 'cloud' = 'local'): string {
  const lines = [
    `Issue ${date} (${where})`,
    `  recipients ${status.recipients}: sent ${status.sent}, pending ${status.pending}, failed ${status.failed.length}, suppressed ${status.suppressed}${status.inFlight ? `, in flight ${status.inFlight}` : ''}`,
  ];
  for (const [code, count] of Object.entries(status.unsentByCode)) lines.push(`  ${count} pending after: ${code}`);
  for (const failure of status.failed) lines.push(`  ! ${failure.recipient}: ${failure.reason} (${failure.code})`);
  for (const slice of status.slices) {
    if (slice.lock?.live) lines.push(`  slice ${slice.sliceId} is being sent by run ${slice.lock.runId} (lease until ${new Date(slice.lock.expiresAt).toISOString()})`);
  }
  if (status.unreadableSegments.length > 0) lines.push(`  ${unreadableLedgerMessage(status.unreadableSegments, recovery)}`);
  if (status.pending === 0 && status.recipients > 0) lines.push('  Delivery is complete.');
  return lines.join('\n');
}
