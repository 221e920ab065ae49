import { stringify } from 'csv-stringify/sync';
import { UsageError } from '../errors.js';
import type { ObjectStore } from '../ports.js';
import { addressHash, loadSuppressedHashes, readSuppression, suppressForgotten, type StoredSuppression } from '../suppressions.js';
import { effectiveStatus } from './sign-up.js';
import { parseSubscribers, type RejectedRow } from './parse-subscribers.js';
import { addressKey, SUBSCRIBER_STATUSES, updateRecord, type SubscriberRecord, type SubscriberStatus, type SubscriberStore } from './subscriber-store.js';

/**
 * The editors' side of the store: import a CSV (the same validation as the
 * list the pipeline reads), export it, look one person up, erase one, count.
 * Statuses shown are effective ones: a suppression (unsubscribe, bounce,
 * complaint) outranks what the record says.
 */

export interface ImportSummary {
  added: number;
  updated: number;
  unchanged: number;
  rejected: RejectedRow[];
  duplicates: number;
}

const MAX_FIELD_CHARS = 1_000;
const IMPORT_CONCURRENCY = 16;

/**
 * Imported rows become confirmed, with the import (file name, time) as their
 * consent source. A person who signed up through the form keeps their own
 * consent record; their name and fields are updated from the file.
 */
export async function importSubscribers(store: SubscriberStore, csv: Buffer | string, options: { source: string; now: Date }): Promise<ImportSummary> {
  const list = parseSubscribers(csv);
  const summary: ImportSummary = { added: 0, updated: 0, unchanged: 0, rejected: [...list.rejected], duplicates: list.duplicates };
  const at = options.now.toISOString();
  const tooLong = list.columns.find((column) => column.length > 100);
  if (tooLong !== undefined || list.columns.length > 52) {
    throw new UsageError(tooLong !== undefined ? `The column name "${tooLong.slice(0, 40)}…" is longer than 100 characters` : 'The list has more than 50 custom columns');
  }
  const rows = list.valid.filter((subscriber) => {
    const long = Object.entries(subscriber.fields).find(([, value]) => value.length > MAX_FIELD_CHARS);
    if (!long && subscriber.name.length <= MAX_FIELD_CHARS) return true;
    // Valid rows carry no line number; the address finds the row.
    summary.rejected.push({ line: 0, reason: `${subscriber.email}: the "${long?.[0] ?? 'name'}" value is longer than ${MAX_FIELD_CHARS} characters` });
    return false;
  });
  let next = 0;
  const worker = async () => {
    while (next < rows.length) {
      const subscriber = rows[next++]!;
      const fields = Object.fromEntries(Object.entries(subscriber.fields).filter(([, value]) => value !== ''));
      const { before, after } = await updateRecord(store, subscriber.email, (current) => {
        if (!current) {
          return {
            email: subscriber.email,
            status: 'confirmed',
            name: subscriber.name,
            fields,
            consent: { source: 'import', signedUpAt: at, confirmedAt: at, importSource: options.source },
            updatedAt: at,
            version: 0,
          };
        }
        const confirmed = current.status === 'confirmed';
        const same = confirmed && current.name === subscriber.name && sameFields(current.fields, fields);
        if (same) return current;
        return {
          ...current,
          // Bounced and complained stay as they are: only the suppression decides, and an import does not lift it.
          status: current.status === 'bounced' || current.status === 'complained' ? current.status : 'confirmed',
          name: subscriber.name,
          fields: { ...current.fields, ...fields },
          consent: confirmed ? current.consent : { source: 'import', signedUpAt: at, confirmedAt: at, importSource: options.source },
          updatedAt: at,
        };
      });
      if (!before) summary.added += 1;
      else if (after === before) summary.unchanged += 1;
      else summary.updated += 1;
    }
  };
  await Promise.all(Array.from({ length: Math.min(IMPORT_CONCURRENCY, rows.length) }, worker));
  summary.rejected.sort((a, b) => a.line - b.line);
  return summary;
}

export const EXPORT_COLUMNS = ['email', 'name', 'status', 'consent_source', 'signed_up_at', 'signed_up_from', 'confirmed_at', 'import_source', 'updated_at'] as const;

/** Every record as CSV with a header row, sorted by address; custom fields follow the fixed columns. */
export async function exportSubscribers(store: SubscriberStore, suppressions: ObjectStore): Promise<string> {
  const records = await allRecords(store);
  const suppressed = await loadSuppressedHashes(suppressions);
  const fieldColumns = [...new Set(records.flatMap((record) => Object.keys(record.fields)))].filter((name) => !(EXPORT_COLUMNS as readonly string[]).includes(name)).sort();
  const rows: string[][] = [];
  for (const record of records) {
    const suppression = suppressed.has(addressHash(record.email)) ? await readSuppression(suppressions, record.email) : null;
    const { consent } = record;
    rows.push([
      record.email,
      record.name,
      effectiveStatus(record, suppression) ?? record.status,
      consent.source,
      consent.signedUpAt,
      consent.signedUpFrom ?? '',
      consent.confirmedAt ?? '',
      consent.importSource ?? '',
      record.updatedAt,
      ...fieldColumns.map((name) => record.fields[name] ?? ''),
    ]);
  }
  return stringify([[...EXPORT_COLUMNS, ...fieldColumns], ...rows]);
}

export interface SubscriberDetails {
  record: SubscriberRecord | null;
  suppression: StoredSuppression | null;
  status: SubscriberStatus | 'suppressed' | null;
}

export async function showSubscriber(store: SubscriberStore, suppressions: ObjectStore, email: string): Promise<SubscriberDetails> {
  const [record, suppression] = await Promise.all([store.get(email), readSuppression(suppressions, email)]);
  return { record, suppression, status: effectiveStatus(record, suppression) };
}

/**
 * Erases what the store holds about a person (the record, its fields and its
 * consent data) and leaves a suppression holding only the address hash, so
 * the address is never mailed again and can only come back through an editor.
 */
export async function forgetSubscriber(store: SubscriberStore, suppressions: ObjectStore, email: string, now: Date): Promise<{ hadRecord: boolean; suppression: StoredSuppression }> {
  // Suppress first: if the erase is interrupted, the address is already blocked.
  const suppression = await suppressForgotten(suppressions, email, now.toISOString());
  const hadRecord = await store.delete(email);
  return { hadRecord, suppression };
}

export type StatusCounts = Record<SubscriberStatus | 'suppressed', number> & { total: number };

export async function countByStatus(store: SubscriberStore, suppressions: ObjectStore): Promise<StatusCounts> {
  const suppressed = await loadSuppressedHashes(suppressions);
  const counts = Object.fromEntries([...SUBSCRIBER_STATUSES, 'suppressed', 'total'].map((status) => [status, 0])) as StatusCounts;
  for await (const record of store.scan()) {
    const suppression = suppressed.has(addressHash(record.email)) ? await readSuppression(suppressions, record.email) : null;
    const status = effectiveStatus(record, suppression) ?? record.status;
    counts[status] += 1;
    counts.total += 1;
  }
  return counts;
}

async function allRecords(store: SubscriberStore): Promise<SubscriberRecord[]> {
  const records: SubscriberRecord[] = [];
  for await (const record of store.scan()) records.push(record);
  return records.sort((a, b) => (addressKey(a.email) < addressKey(b.email) ? -1 : addressKey(a.email) > addressKey(b.email) ? 1 : 0));
}

function sameFields(a: Record<string, string>, b: Record<string, string>): boolean {
  return Object.entries(b).every(([name, value]) => a[name] === value);
}
