import { createHash } from 'node:crypto';
import { BUCKET_PREFIXES } from '../contracts/bucket-layout.js';
import type { ObjectStore } from './ports.js';

/**
 * The suppression list: one small object per address under `suppressions/`,
 * named by a hash of the lower-cased address. Writes from the unsubscribe and
 * feedback functions never contend, repeating one is harmless, and the
 * delivery engine learns the whole list from a key listing alone.
 *
 * A suppression holds no address in clear: only its hash, the reason and
 * where it came from. It is what `forget` leaves behind, so an erased
 * person is still never mailed again, and it is the one authority the send
 * path and the sign-up endpoint consult on "may we write to this address?".
 */

export type SuppressionReason = 'unsubscribed' | 'bounced' | 'complained' | 'manual' | 'forgotten';

export interface Suppression {
  email: string;
  reason: SuppressionReason;
  at: string;
  /** Where it came from: `one-click`, `form`, `ses-bounce`, `editor`, … */
  source: string;
  detail?: string;
}

/** What is stored: the suppression without the address. */
export interface StoredSuppression {
  addressHash: string;
  reason: SuppressionReason;
  at: string;
  source: string;
  detail?: string;
}

/** Stored suppressions are a few hundred bytes; anything far larger is not one of ours. */
const MAX_SUPPRESSION_BYTES = 16 * 1024;
const REASONS = new Set<string>(['unsubscribed', 'bounced', 'complained', 'manual', 'forgotten']);

export function addressHash(email: string): string {
  return createHash('sha256').update(email.trim().toLowerCase()).digest('hex');
}

export function suppressionKey(email: string): string {
  return `${BUCKET_PREFIXES.suppressions}${addressHash(email)}.json`;
}

/** Records a suppression; an address already suppressed keeps its first record. Returns true when newly added. */
export async function addSuppression(store: ObjectStore, suppression: Suppression): Promise<boolean> {
  return store.putIfAbsent(suppressionKey(suppression.email), serialise(suppression), { contentType: 'application/json' });
}

export async function isSuppressed(store: ObjectStore, email: string): Promise<boolean> {
  return (await store.get(suppressionKey(email))) !== null;
}

/**
 * The suppression of an address, or null. A record that cannot be read still
 * suppresses (reason `manual`): an unreadable object must never turn into
 * permission to send.
 */
export async function readSuppression(store: ObjectStore, email: string): Promise<StoredSuppression | null> {
  const bytes = await store.get(suppressionKey(email));
  if (!bytes) return null;
  const hash = addressHash(email);
  const unreadable: StoredSuppression = { addressHash: hash, reason: 'manual', at: '', source: 'unreadable-record' };
  if (bytes.length > MAX_SUPPRESSION_BYTES) return unreadable;
  try {
    const value = JSON.parse(bytes.toString('utf8')) as Partial<StoredSuppression>;
    if (typeof value !== 'object' || value === null || typeof value.reason !== 'string' || !REASONS.has(value.reason)) return unreadable;
    return {
      addressHash: hash,
      reason: value.reason,
      at: typeof value.at === 'string' ? value.at : '',
      source: typeof value.source === 'string' ? value.source : '',
      ...(typeof value.detail === 'string' ? { detail: value.detail } : {}),
    };
  } catch {
    return unreadable;
  }
}

/**
 * Removes a suppression whose reason is one of `reasons` (a person who
 * unsubscribed and then confirmed again by the emailed link). Bounces,
 * complaints and erasures are never lifted this way. Returns true when removed.
 */
export async function liftSuppression(store: ObjectStore, email: string, reasons: readonly SuppressionReason[]): Promise<boolean> {
  const current = await readSuppression(store, email);
  if (!current || !reasons.includes(current.reason)) return false;
  await store.delete(suppressionKey(email));
  return true;
}

/**
 * `forget`: the address is suppressed for good, and whatever suppression it
 * had is rewritten without clear text (records written before suppressions
 * stopped holding the address had it in the `email` field).
 */
export async function suppressForgotten(store: ObjectStore, email: string, at: string): Promise<StoredSuppression> {
  const current = await readSuppression(store, email);
  const kept: Suppression = current && current.source !== 'unreadable-record'
    ? { email, reason: current.reason, at: current.at, source: current.source, ...(current.detail ? { detail: current.detail } : {}) }
    : { email, reason: 'forgotten', at, source: 'editor' };
  await store.put(suppressionKey(email), serialise(kept), { contentType: 'application/json' });
  return (await readSuppression(store, email)) ?? { addressHash: addressHash(email), reason: kept.reason, at: kept.at, source: kept.source };
}

/** The hashes of every suppressed address; test membership with `addressHash`. */
export async function loadSuppressedHashes(store: ObjectStore): Promise<Set<string>> {
  const hashes = new Set<string>();
  for await (const object of store.list(BUCKET_PREFIXES.suppressions)) {
    const name = object.key.slice(BUCKET_PREFIXES.suppressions.length);
    const match = /^([0-9a-f]{64})\.json$/.exec(name);
    if (match?.[1]) hashes.add(match[1]);
  }
  return hashes;
}

function serialise(suppression: Suppression): string {
  const stored: StoredSuppression = {
    addressHash: addressHash(suppression.email),
    reason: suppression.reason,
    at: suppression.at,
    source: suppression.source,
    // Bounce diagnostics often quote the address ("550 5.1.1 <x@y>: no such user"): keep the reason, not the person.
    ...(suppression.detail ? { detail: redactAddresses(suppression.detail) } : {}),
  };
  return JSON.stringify(stored);
}

export function redactAddresses(text: string): string {
  return text.replace(/[^\s<>()[\]",;:@]+@[^\s<>()[\]",;:@]+/g, '<address>');
}
