import type { Log, ObjectStore } from '../ports.js';
import { sendingStarted } from './issue-layout.js';

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
  return JSON.parse(stored.toString('utf8')) as T;
}
