import { createHash } from 'node:crypto';
import { addressHash } from '../core/suppressions.js';
import {
  addressKey,
  CorruptSubscriberRecordError,
  parseSubscriberRecord,
  type ScanOptions,
  type SubscriberRecord,
  type SubscriberStore,
} from '../core/subscribers/subscriber-store.js';
import type { ObjectStore } from '../core/ports.js';
import type { Subscriber } from '../core/subscribers/subscriber.js';
import { FsStore } from './fs-store.js';

/**
 * The local subscriber store: one small JSON file per address under
 * `<out>/subscribers/`, named by the address hash (like suppressions), so
 * a write touches one file and never rewrites the list. Files are written
 * to a temporary name, synced and renamed into place (FsStore), so a crash
 * leaves the old record or the new one, never half of one. Each file carries
 * a format tag and a checksum of its record; a file that fails either, is
 * too large, or sits under another address's name is refused loudly.
 *
 * Conditional writes are serialised per address inside this process: the
 * local store has one writer at a time (the CLI, or the local preview server).
 */

export const SUBSCRIBERS_DIR = 'subscribers';
const FORMAT = 'daily-digest/subscriber@1';
/** A record is a few hundred bytes; 64 KiB leaves room for every declared field and refuses anything else before parsing. */
const MAX_RECORD_BYTES = 64 * 1024;

interface StoredFile {
  format: string;
  sha256: string;
  record: unknown;
}

export class FileSubscriberStore implements SubscriberStore {
  readonly location: string;
  private readonly files: ObjectStore;
  private readonly prefix: string;
  private readonly queues = new Map<string, Promise<unknown>>();

  /** `outDir` is the CLI's `--out` folder; records live in its `subscribers/` folder. */
  constructor(outDir: string) {
    this.files = new FsStore(outDir);
    this.prefix = `${SUBSCRIBERS_DIR}/`;
    this.location = this.files.locate(SUBSCRIBERS_DIR);
  }

  async get(email: string): Promise<SubscriberRecord | null> {
    return this.read(this.keyOf(email), addressKey(email));
  }

  async write(record: SubscriberRecord): Promise<boolean> {
    const key = this.keyOf(record.email);
    return this.serialised(key, async () => {
      const current = await this.read(key, addressKey(record.email));
      if ((current?.version ?? 0) !== record.version - 1) return false;
      const body = JSON.stringify({ format: FORMAT, sha256: checksum(record), record } satisfies StoredFile);
      await this.files.put(key, body, { contentType: 'application/json' });
      return true;
    });
  }

  async delete(email: string): Promise<boolean> {
    const key = this.keyOf(email);
    return this.serialised(key, async () => {
      const existed = (await this.files.get(key)) !== null;
      await this.files.delete(key);
      return existed;
    });
  }

  async *scan(options: ScanOptions = {}): AsyncIterable<SubscriberRecord> {
    for await (const object of this.files.list(this.prefix)) {
      if (!/^[0-9a-f]{64}\.json$/.test(object.key.slice(this.prefix.length))) continue;
      const record = await this.read(object.key);
      if (record && (!options.status || record.status === options.status)) yield record;
    }
  }

  async *scanConfirmedRecipients(): AsyncIterable<Subscriber> {
    for await (const record of this.scan({ status: 'confirmed' })) yield { email: record.email, name: record.name, fields: record.fields };
  }

  private keyOf(email: string): string {
    return `${this.prefix}${addressHash(email)}.json`;
  }

  private async read(key: string, expectedAddress?: string): Promise<SubscriberRecord | null> {
    const where = this.files.locate(key);
    const bytes = await this.files.get(key);
    if (!bytes) return null;
    if (bytes.length > MAX_RECORD_BYTES) throw new CorruptSubscriberRecordError(`${where} is ${bytes.length} bytes, more than a subscriber record can be`);
    let stored: StoredFile;
    try {
      stored = JSON.parse(bytes.toString('utf8')) as StoredFile;
    } catch (error) {
      throw new CorruptSubscriberRecordError(`${where} is not JSON (a torn or hand-edited file?)`, { cause: error });
    }
    if (typeof stored !== 'object' || stored === null || stored.format !== FORMAT) throw new CorruptSubscriberRecordError(`${where} is not a ${FORMAT} file`);
    const record = parseSubscriberRecord(stored.record, where);
    if (stored.sha256 !== checksum(stored.record)) throw new CorruptSubscriberRecordError(`${where} does not match its checksum (changed outside the store?)`);
    // The name says whose record it is; a record copied under another address's name must not be believed.
    if (`${this.prefix}${addressHash(record.email)}.json` !== key || (expectedAddress !== undefined && addressKey(record.email) !== expectedAddress)) {
      throw new CorruptSubscriberRecordError(`${where} holds the record of another address`);
    }
    return record;
  }

  private serialised<T>(key: string, work: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(key) ?? Promise.resolve();
    const next = previous.then(work, work);
    const settled = next.catch(() => undefined);
    this.queues.set(key, settled);
    void settled.then(() => {
      if (this.queues.get(key) === settled) this.queues.delete(key);
    });
    return next;
  }
}

function checksum(record: unknown): string {
  return createHash('sha256').update(JSON.stringify(record)).digest('hex');
}
