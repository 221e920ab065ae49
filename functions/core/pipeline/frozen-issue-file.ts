import type * as z from 'zod/mini';
import { issueKey } from '../../contracts/bucket-layout.js';
import { checkJson } from '../../contracts/contract-schema.js';
import { CorruptFileError } from '../errors.js';
import type { Log, ObjectStore } from '../ports.js';

/**
 * Once any message of an issue has been sent, its stored files are frozen:
 * a resumed or repeated run reuses them, so every recipient gets the same
 * email. Returns the stored file then (checked against its schema), or null
 * when it may be rebuilt.
 */
export async function readFrozenIssueFile<S extends z.ZodMiniType>(store: ObjectStore, issuePrefix: string, key: string, schema: S, log?: Log): Promise<z.output<S> | null> {
  if (!(await sendingStarted(store, issuePrefix))) return null;
  const stored = await store.get(key);
  if (!stored) return null;
  log?.info('sending has started: keeping the stored file', { key: store.locate(key) });
  return parseStoredJson(store, key, stored, schema);
}

/**
 * A JSON file one step wrote for another (contracts/step-files.ts), checked
 * against its schema: a damaged or hand-edited one is refused, naming the
 * file and the fields at fault, never used.
 */
export function parseStoredJson<S extends z.ZodMiniType>(
  store: ObjectStore,
  key: string,
  bytes: Buffer,
  schema: S,
  refuse: typeof CorruptFileError = CorruptFileError,
): z.output<S> {
  const checked = checkJson(schema, bytes);
  if (!checked.ok) throw new refuse(`${store.locate(key)} is damaged: ${checked.problems}; ${RECOVERY}`, { cause: checked.cause });
  return checked.value;
}

const RECOVERY = 'restore its previous version, or delete it to have it rebuilt if nothing was sent yet';

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
