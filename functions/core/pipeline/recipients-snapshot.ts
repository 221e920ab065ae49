import { createHash } from 'node:crypto';
import { issueKey } from '../../contracts/bucket-layout.js';
import { recipientsRecordFile, sliceManifestFile } from '../../contracts/step-files.js';
import { CorruptFileError } from '../errors.js';
import { parseStoredJson } from './frozen-issue-file.js';
import { normalizeAddress } from '../delivery/delivery-ledger.js';
import type { ObjectStore } from '../ports.js';
import { parseSubscribers, type SubscriberList } from '../subscribers/parse-subscribers.js';
import type { Subscriber } from '../subscribers/subscriber.js';

/**
 * The frozen recipient list of an issue, written once when the real send
 * starts (never for a test send) and cut into slices before any message goes out:
 *
 *   <issue>/recipients/<sha256>.csv          the snapshot: a header line, one row per recipient
 *   <issue>/recipients/<sha256>.slices.json  the slice manifest: a JSON array the Distributed Map iterates
 *   <issue>/recipients.json                  the commit record: row count, byte length and hash of the
 *                                            whole snapshot, where the manifest is, list changes
 *
 * The snapshot and manifest are named by the snapshot's hash, so two
 * executions freezing at once can never overwrite each other's files; the
 * commit record is created only if absent, and the first one wins.
 *
 * Each slice is a fixed byte range of the snapshot with its own hash: a send
 * worker reads only its rows (one ranged GET) and verifies only those bytes.
 * Whoever reads the whole snapshot verifies the whole-file hash. A file that
 * fails its check is refused, naming it, never used.
 */

/** One slice of the frozen list: what a Distributed Map child receives (no address in it). */
export interface SliceDescriptor {
  sliceId: string;
  index: number;
  /** 0-based row of the slice's first recipient, in the snapshot's order. */
  firstRow: number;
  rows: number;
  /** Byte range `[start, end)` of the slice's rows in the snapshot. */
  start: number;
  end: number;
  /** sha256 (hex) of those bytes. */
  sha256: string;
}

export interface ListChanges {
  /** Addresses on the current list that the frozen list does not have (they wait for the next issue). */
  added: number;
  /** Addresses on the frozen list that are no longer on the current list (they still get this issue). */
  removed: number;
}

export interface RecipientsSnapshot {
  version: 1;
  snapshotKey: string;
  manifestKey: string;
  rows: number;
  bytes: number;
  /** sha256 (hex) of the whole snapshot file. */
  sha256: string;
  /** sha256 (hex) of the manifest file. */
  manifestSha256: string;
  columns: string[];
  slices: number;
  sliceRows: number;
  frozenAt: string;
}

export interface FreezeResult {
  snapshot: RecipientsSnapshot;
  /** True when the list had been frozen by an earlier run of this issue (the current list was not used). */
  reused: boolean;
  /** How the current list differs from the frozen one (all zero when just frozen). */
  changes: ListChanges;
}

/** A frozen file does not match what was recorded when it was written: refused, never used. */
export class SnapshotIntegrityError extends CorruptFileError {}

const SLICE_ID_DIGITS = 5;

export function sliceIdFor(index: number): string {
  return `slice-${String(index).padStart(SLICE_ID_DIGITS, '0')}`;
}

/**
 * Freezes `list` as the issue's recipients, cut into slices of `sliceRows`,
 * unless a list was frozen already: then that one is kept (verified) and the
 * current list is only compared with it.
 */
export async function freezeRecipients(options: {
  store: ObjectStore;
  issuePrefix: string;
  list: SubscriberList;
  sliceRows: number;
  now: Date;
}): Promise<FreezeResult> {
  const { store, issuePrefix, list } = options;
  if (!Number.isInteger(options.sliceRows) || options.sliceRows < 1) throw new RangeError(`sliceRows must be a positive integer, got ${options.sliceRows}`);
  const existing = await readSnapshotRecord(store, issuePrefix);
  if (existing) return { snapshot: existing, reused: true, changes: await compareWithFrozen(store, existing, list) };

  const columns = ['email', 'name', ...list.columns.map((c) => c.toLowerCase()).filter((c) => c !== 'email' && c !== 'name')];
  const { body, slices } = writeSnapshot(columns, list.valid, options.sliceRows);
  const sha256 = hashOf(body);
  const folder = issueKey(issuePrefix, 'recipientsFolder');
  const snapshotKey = `${folder}${sha256}.csv`;
  const manifestKey = `${folder}${sha256}.slices.json`;
  const manifest = Buffer.from(JSON.stringify(slices));
  // Content-addressed: an existing object under the same name holds the same bytes.
  await store.putIfAbsent(snapshotKey, body, { contentType: 'text/csv; charset=utf-8' });
  await store.putIfAbsent(manifestKey, manifest, { contentType: 'application/json' });
  const snapshot: RecipientsSnapshot = {
    version: 1,
    snapshotKey,
    manifestKey,
    rows: list.valid.length,
    bytes: body.length,
    sha256,
    manifestSha256: hashOf(manifest),
    columns,
    slices: slices.length,
    sliceRows: options.sliceRows,
    frozenAt: options.now.toISOString(),
  };
  const recordKey = issueKey(issuePrefix, 'recipients');
  if (await store.putIfAbsent(recordKey, `${JSON.stringify(snapshot, null, 2)}\n`, { contentType: 'application/json' })) {
    return { snapshot, reused: false, changes: { added: 0, removed: 0 } };
  }
  // Another execution froze the list between our check and our write: theirs is the list.
  const winner = await readSnapshotRecord(store, issuePrefix);
  if (!winner) throw new SnapshotIntegrityError(`${store.locate(recordKey)} exists but cannot be read back`);
  return { snapshot: winner, reused: true, changes: await compareWithFrozen(store, winner, list) };
}

/** The commit record, checked for shape; null when nothing is frozen yet. */
export async function readSnapshotRecord(store: ObjectStore, issuePrefix: string): Promise<RecipientsSnapshot | null> {
  const key = issueKey(issuePrefix, 'recipients');
  const bytes = await store.get(key);
  if (!bytes) return null;
  const record = parseStoredJson(store, key, bytes, recipientsRecordFile, SnapshotIntegrityError);
  // Its files are named by the snapshot's hash, in this issue's folder: anything else is not ours.
  const folder = issueKey(issuePrefix, 'recipientsFolder');
  if (record.snapshotKey !== `${folder}${record.sha256}.csv` || record.manifestKey !== `${folder}${record.sha256}.slices.json`) {
    throw new SnapshotIntegrityError(`${store.locate(key)} is damaged: "snapshotKey" and "manifestKey" must name ${folder}<sha256>.csv and .slices.json`);
  }
  return record;
}

/** The slice manifest, verified against the hash in the commit record. */
export async function readSliceManifest(store: ObjectStore, snapshot: RecipientsSnapshot): Promise<SliceDescriptor[]> {
  const bytes = await store.get(snapshot.manifestKey);
  if (!bytes) throw new SnapshotIntegrityError(`The slice manifest ${store.locate(snapshot.manifestKey)} is missing`);
  if (hashOf(bytes) !== snapshot.manifestSha256) {
    throw new SnapshotIntegrityError(`The slice manifest ${store.locate(snapshot.manifestKey)} does not match its recorded hash`);
  }
  return parseStoredJson(store, snapshot.manifestKey, bytes, sliceManifestFile, SnapshotIntegrityError);
}

/** One slice's recipients: one ranged GET, verified against the slice's own hash. */
export async function readSliceRecipients(store: ObjectStore, snapshot: RecipientsSnapshot, slice: SliceDescriptor): Promise<Subscriber[]> {
  const where = `${store.locate(snapshot.snapshotKey)} bytes ${slice.start}-${slice.end} (${slice.sliceId})`;
  if (slice.end > snapshot.bytes) throw new SnapshotIntegrityError(`${where} lie past the end of the snapshot`);
  const bytes = await store.getRange(snapshot.snapshotKey, slice.start, slice.end);
  if (!bytes) throw new SnapshotIntegrityError(`The recipients snapshot ${store.locate(snapshot.snapshotKey)} is missing`);
  if (bytes.length !== slice.end - slice.start || hashOf(bytes) !== slice.sha256) {
    throw new SnapshotIntegrityError(`${where} do not match the slice's recorded hash`);
  }
  return parseRows(snapshot.columns, bytes, slice.rows, where);
}

/** The whole frozen list, verified against the whole-file hash; `columns` are the template columns. */
export async function readRecipients(store: ObjectStore, issuePrefix: string): Promise<{ recipients: Subscriber[]; columns: string[]; snapshot: RecipientsSnapshot }> {
  const snapshot = await readSnapshotRecord(store, issuePrefix);
  if (!snapshot) throw new SnapshotIntegrityError(`No recipients snapshot at ${store.locate(issueKey(issuePrefix, 'recipients'))}`);
  return { recipients: await readWholeSnapshot(store, snapshot), columns: snapshot.columns, snapshot };
}

async function readWholeSnapshot(store: ObjectStore, snapshot: RecipientsSnapshot): Promise<Subscriber[]> {
  const where = store.locate(snapshot.snapshotKey);
  const bytes = await store.get(snapshot.snapshotKey);
  if (!bytes) throw new SnapshotIntegrityError(`The recipients snapshot ${where} is missing`);
  if (bytes.length !== snapshot.bytes || hashOf(bytes) !== snapshot.sha256) {
    throw new SnapshotIntegrityError(`The recipients snapshot ${where} does not match its recorded hash`);
  }
  const list = parseSubscribers(bytes);
  if (list.valid.length !== snapshot.rows || list.rejected.length > 0) {
    throw new SnapshotIntegrityError(`The recipients snapshot ${where} holds ${list.valid.length} usable rows, ${snapshot.rows} recorded`);
  }
  return list.valid;
}

async function compareWithFrozen(store: ObjectStore, snapshot: RecipientsSnapshot, current: SubscriberList): Promise<ListChanges> {
  const frozen = new Set((await readWholeSnapshot(store, snapshot)).map((s) => normalizeAddress(s.email)));
  const now = new Set(current.valid.map((s) => normalizeAddress(s.email)));
  let added = 0;
  for (const email of now) if (!frozen.has(email)) added += 1;
  let removed = 0;
  for (const email of frozen) if (!now.has(email)) removed += 1;
  return { added, removed };
}

function parseRows(columns: string[], rows: Buffer, expected: number, where: string): Subscriber[] {
  const list = parseSubscribers(Buffer.concat([Buffer.from(csvLine(columns)), rows]));
  if (list.valid.length !== expected || list.rejected.length > 0 || list.duplicates > 0) {
    throw new SnapshotIntegrityError(`${where} hold ${list.valid.length} usable rows, ${expected} recorded`);
  }
  return list.valid;
}

/** The snapshot bytes and the slice table, in one pass over the list. */
function writeSnapshot(columns: string[], recipients: readonly Subscriber[], sliceRows: number): { body: Buffer; slices: SliceDescriptor[] } {
  const parts: Buffer[] = [Buffer.from(csvLine(columns))];
  let offset = parts[0]!.length;
  const slices: SliceDescriptor[] = [];
  for (let first = 0; first < recipients.length; first += sliceRows) {
    const rows = recipients.slice(first, first + sliceRows);
    const body = Buffer.from(rows.map((s) => csvLine([s.email, s.name, ...columns.slice(2).map((c) => s.fields[c] ?? '')])).join(''));
    const index = slices.length;
    slices.push({ sliceId: sliceIdFor(index), index, firstRow: first, rows: rows.length, start: offset, end: offset + body.length, sha256: hashOf(body) });
    parts.push(body);
    offset += body.length;
  }
  return { body: Buffer.concat(parts), slices };
}

/** One RFC 4180 line; values were validated single-line when the list was parsed, quoting covers the rest. */
function csvLine(values: readonly string[]): string {
  return `${values.map((value) => (/[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value)).join(',')}\n`;
}

function hashOf(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}
