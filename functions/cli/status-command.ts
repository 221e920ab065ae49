import { resolve } from 'node:path';
import { FsStore } from '../adapters/fs-store.js';
import { unreadableLedgerMessage } from '../core/delivery/delivery-ledger.js';
import { readDeliveryStatus, type DeliveryStatus } from '../core/delivery/delivery-status.js';
import { UsageError } from '../core/errors.js';
import type { ObjectStore } from '../core/ports.js';
import { issueKey } from '../contracts/bucket-layout.js';
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

/**
 * Reads an issue's delivery state from any store (a folder or the S3 bucket).
 * Without `suppressions` (editors may not read them), recipients the ledger
 * never reached count as pending. An issue whose recipients are not frozen yet
 * is a UsageError (exit code 2): "not prepared yet".
 */
export async function issueStatus(issues: ObjectStore, issuePrefix: string, suppressions?: ObjectStore): Promise<DeliveryStatus> {
  if (!(await isPrepared(issues, issuePrefix))) {
    throw new UsageError(`Issue ${issuePrefix.split('/').at(-2)} is not prepared yet: no recipients are frozen at ${issues.locate(issuePrefix)} (the day's run freezes them when it renders the issue)`);
  }
  const { recipients } = await readRecipients(issues, issuePrefix);
  return readDeliveryStatus(issues, issuePrefix, { recipients, suppressedHashes: suppressions ? await loadSuppressedHashes(suppressions) : undefined });
}

/**
 * Whether the issue's recipients are frozen, decided by listing rather than by
 * a GET: S3 answers a GET of a missing key with 403 AccessDenied, not 404, to
 * a caller whose s3:ListBucket is limited to a prefix (the editors' policy:
 * `issues/*`), so a GET would report a date not prepared yet as a permission error.
 */
async function isPrepared(issues: ObjectStore, issuePrefix: string): Promise<boolean> {
  const key = issueKey(issuePrefix, 'recipients');
  for await (const object of issues.list(key)) if (object.key === key) return true;
  return false;
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
