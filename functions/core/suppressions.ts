import { createHash } from 'node:crypto';
import type { ObjectStore } from './ports.js';

/**
 * The suppression list: one small object per address under `suppressions/`,
 * named by a hash of the lower-cased address. Writes from the unsubscribe and
 * feedback functions never contend, repeating one is harmless, and the
 * delivery engine learns the whole list from a key listing alone.
 */

export type SuppressionReason = 'unsubscribed' | 'bounced' | 'complained' | 'manual';

export interface Suppression {
  email: string;
  reason: SuppressionReason;
  at: string;
  /** Where it came from: `one-click`, `form`, `ses-bounce`, … */
  source: string;
  detail?: string;
}

export const SUPPRESSIONS_PREFIX = 'suppressions/';

export function addressHash(email: string): string {
  return createHash('sha256').update(email.trim().toLowerCase()).digest('hex');
}

export function suppressionKey(email: string): string {
  return `${SUPPRESSIONS_PREFIX}${addressHash(email)}.json`;
}

/** Records a suppression; an address already suppressed keeps its first record. Returns true when newly added. */
export async function addSuppression(store: ObjectStore, suppression: Suppression): Promise<boolean> {
  const body = JSON.stringify({ ...suppression, email: suppression.email.trim().toLowerCase() });
  return store.putIfAbsent(suppressionKey(suppression.email), body, { contentType: 'application/json' });
}

export async function isSuppressed(store: ObjectStore, email: string): Promise<boolean> {
  return (await store.get(suppressionKey(email))) !== null;
}

/** The hashes of every suppressed address; test membership with `addressHash`. */
export async function loadSuppressedHashes(store: ObjectStore): Promise<Set<string>> {
  const hashes = new Set<string>();
  for await (const object of store.list(SUPPRESSIONS_PREFIX)) {
    const name = object.key.slice(SUPPRESSIONS_PREFIX.length);
    const match = /^([0-9a-f]{64})\.json$/.exec(name);
    if (match?.[1]) hashes.add(match[1]);
  }
  return hashes;
}
