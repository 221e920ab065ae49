import { issueKey } from '../../contracts/bucket-layout.js';
import { RunLockError } from './delivery-errors.js';

/**
 * Where the delivery state of an issue lives, under `${issuePrefix}ledger/`:
 *   <sliceId>/segments/<generation>-<seq>.json   immutable ledger segments
 *   <sliceId>/lock/<generation>.json             one lease per lock generation
 *   <sliceId>/summary.json                       the slice's counts when its last worker stopped
 * Zero-padded numbers make the store's lexical listing the write order.
 */

const SLICE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

export function assertSliceId(sliceId: string): void {
  if (!SLICE_ID.test(sliceId)) {
    throw new RunLockError(`Invalid slice id ${JSON.stringify(sliceId)}: letters, digits, dots, dashes and underscores only`);
  }
}

export function ledgerRoot(issuePrefix: string): string {
  return issueKey(issuePrefix, 'ledger');
}

export function sliceSegmentsPrefix(issuePrefix: string, sliceId: string): string {
  return `${ledgerRoot(issuePrefix)}${sliceId}/segments/`;
}

export function segmentKey(issuePrefix: string, sliceId: string, generation: number, seq: number): string {
  return `${sliceSegmentsPrefix(issuePrefix, sliceId)}${pad(generation)}-${pad(seq)}.json`;
}

/** What the slice's last worker saw when it stopped (see slice-summary.ts); summarize merges these. */
export function sliceSummaryKey(issuePrefix: string, sliceId: string): string {
  return `${ledgerRoot(issuePrefix)}${sliceId}/summary.json`;
}

export function lockPrefix(issuePrefix: string, sliceId: string): string {
  return `${ledgerRoot(issuePrefix)}${sliceId}/lock/`;
}

export function lockKey(issuePrefix: string, sliceId: string, generation: number): string {
  return `${lockPrefix(issuePrefix, sliceId)}${pad(generation)}.json`;
}

/** The generation number of a lock key, or undefined for anything else under the prefix. */
export function parseLockGeneration(key: string): number | undefined {
  const match = /\/lock\/(\d{10})\.json$/.exec(key);
  return match?.[1] ? Number(match[1]) : undefined;
}

export function isSegmentKey(key: string): boolean {
  return /\/segments\/\d{10}-\d{10}\.json$/.test(key);
}

function pad(value: number): string {
  return String(value).padStart(10, '0');
}
