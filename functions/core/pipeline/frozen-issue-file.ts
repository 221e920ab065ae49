import { CorruptFileError, errorMessage } from '../errors.js';
import type { Log, ObjectStore } from '../ports.js';
import { issueKey } from '../../contracts/bucket-layout.js';

/**
 * Once any message of an issue has been sent, its stored files are frozen:
 * a resumed or repeated run reuses them, so every recipient gets the same
 * email. Returns the stored JSON then, or null when it may be rebuilt.
 */
export async function readFrozenIssueFile<T>(store: ObjectStore, issuePrefix: string, key: string, log?: Log): Promise<T | null> {
  if (!(await sendingStarted(store, issuePrefix))) return null;
  const stored = await store.get(key);
  if (!stored) return null;
  log?.info('sending has started: keeping the stored file', { key: store.locate(key) });
  return parseStoredJson<T>(store, key, stored);
}

/** A JSON object this project stored, or null when absent; a damaged one is refused with its location. */
export async function readStoredJson<T>(store: ObjectStore, key: string): Promise<T | null> {
  const stored = await store.get(key);
  return stored ? parseStoredJson<T>(store, key, stored) : null;
}

export function parseStoredJson<T>(store: ObjectStore, key: string, bytes: Buffer): T {
  let value: unknown;
  try {
    value = JSON.parse(bytes.toString('utf8'));
  } catch (error) {
    throw new CorruptFileError(`${store.locate(key)} is damaged (${errorMessage(error)}); restore it, or delete it to have it rebuilt if nothing was sent yet`, { cause: error });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new CorruptFileError(`${store.locate(key)} is damaged: not a JSON object`);
  return value as T;
}

/**
 * Has the real send of this issue started: its recipients frozen, or (an
 * issue prepared before freezing existed) a message attempted? Then the issue
 * is frozen: later runs reuse it, so every recipient gets the same email.
 */
async function sendingStarted(store: ObjectStore, issuePrefix: string): Promise<boolean> {
  if (await store.get(issueKey(issuePrefix, 'recipients'))) return true;
  for await (const _ of store.list(issueKey(issuePrefix, 'ledger'))) return true;
  return false;
}
