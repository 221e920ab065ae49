import { stringify } from 'csv-stringify/sync';
import type { ObjectStore } from '../ports.js';
import { parseSubscribers, type SubscriberList } from '../subscribers/parse-subscribers.js';
import type { Subscriber } from '../subscribers/subscriber.js';
import { issueKey } from './issue-layout.js';

/**
 * The issue's recipients, frozen the first time the issue is prepared
 * (`recipients.csv`, created only if absent). Every later run and every send
 * worker reads the same list, so slices stay the same across retries and
 * duplicate triggers, and a subscriber added mid-send waits for tomorrow.
 */
export async function snapshotRecipients(
  store: ObjectStore,
  issuePrefix: string,
  list: SubscriberList,
): Promise<{ recipients: Subscriber[]; columns: string[]; reused: boolean }> {
  const key = issueKey(issuePrefix, 'recipients');
  const columns = ['email', 'name', ...list.columns.map((c) => c.toLowerCase()).filter((c) => c !== 'email' && c !== 'name')];
  const rows = list.valid.map((s) => [s.email, s.name, ...columns.slice(2).map((c) => s.fields[c] ?? '')]);
  const csv = stringify([columns, ...rows]);
  if (await store.putIfAbsent(key, csv, { contentType: 'text/csv; charset=utf-8' })) {
    return { recipients: list.valid, columns, reused: false };
  }
  const stored = await readRecipients(store, issuePrefix);
  return { ...stored, reused: true };
}

export async function readRecipients(store: ObjectStore, issuePrefix: string): Promise<{ recipients: Subscriber[]; columns: string[] }> {
  const key = issueKey(issuePrefix, 'recipients');
  const bytes = await store.get(key);
  if (!bytes) throw new Error(`No recipients snapshot at ${store.locate(key)}`);
  const parsed = parseSubscribers(bytes);
  return { recipients: parsed.valid, columns: parsed.columns.map((c) => c.toLowerCase()) };
}
