import * as z from 'zod/mini';
import '../../config/zod-locale.js';
import { DigestError } from '../errors.js';
import type { Subscriber } from './subscriber.js';

/**
 * The subscriber store: one record per address with its subscription state,
 * the fields the templates use, and the record of consent. Adapters: a folder
 * under the output folder (local), a DynamoDB table (AWS).
 *
 * The suppression list (suppressions.ts) stays the authority on "never send
 * to this address": it is what every send worker already reads, it holds only
 * address hashes, and it outlives `forget`. A record's own status says what
 * the person asked for (pending, confirmed); `effectiveStatus` folds the
 * suppression in, so unsubscribes, bounces and complaints show in the store
 * without a second write that could drift.
 */

export const SUBSCRIBER_STATUSES = ['pending', 'confirmed', 'unsubscribed', 'bounced', 'complained'] as const;
export type SubscriberStatus = (typeof SUBSCRIBER_STATUSES)[number];

/** How a record came to be: the public form, an editor's import, or an editor's hand. */
export type ConsentSource = 'form' | 'import';

export interface ConsentRecord {
  source: ConsentSource;
  /** When the person (or the import) asked for the list, ISO 8601. */
  signedUpAt: string;
  /** Where the sign-up came from: the page's origin or the form's `source` field. */
  signedUpFrom?: string;
  /** The address the sign-up request came from (consent evidence; erased by `forget`). */
  signedUpIp?: string;
  /** When the person confirmed by the emailed link. */
  confirmedAt?: string;
  confirmedIp?: string;
  /** For imports: the file name the editor imported. */
  importSource?: string;
}

export interface SubscriberRecord {
  /** As the person typed it (trimmed); the key is its lower-cased form. */
  email: string;
  status: SubscriberStatus;
  name: string;
  /** Declared custom fields, by lower-case name; reach the templates as `{{subscriber.<name>}}`. */
  fields: Record<string, string>;
  consent: ConsentRecord;
  /** Set when the record becomes pending; confirmation links carry it, so only this sign-up's links confirm it. */
  confirmationNonce?: string;
  /** When the last confirmation email went out: repeated sign-ups within the resend interval send nothing. */
  confirmationSentAt?: string;
  /** When the last "you are already subscribed" note went out (at most one a day). */
  alreadySubscribedNoticeAt?: string;
  updatedAt: string;
  /** Bumped on every write; writes are conditional on it, so concurrent sign-ups cannot both send. */
  version: number;
}

/** A write lost a race: the record changed (or appeared) since it was read. Read again and decide again. */
export class SubscriberConflictError extends DigestError {}

/** A stored record cannot be read back as we wrote it (torn write, hand edit, wrong format). */
export class CorruptSubscriberRecordError extends DigestError {}

export interface ScanOptions {
  /** Only records with this stored status. */
  status?: SubscriberStatus;
  /** Parallel scan segments (DynamoDB); adapters that cannot split ignore it. */
  segments?: number;
}

export interface SubscriberStore {
  /** Where the store lives, for people: a folder or a table name. */
  readonly location: string;
  get(email: string): Promise<SubscriberRecord | null>;
  /**
   * Writes `record` if the stored version is still `record.version - 1`
   * (0: the address must not exist yet). Returns false when it changed meanwhile.
   */
  write(record: SubscriberRecord): Promise<boolean>;
  /** Removes the record; true when there was one. */
  delete(email: string): Promise<boolean>;
  /** Every record, in no particular order (segments run in parallel). */
  scan(options?: ScanOptions): AsyncIterable<SubscriberRecord>;
  /**
   * Confirmed subscribers, with only what a message needs (address, name,
   * fields): the snapshot's read. Same order guarantee as `scan` (none).
   */
  scanConfirmedRecipients(options?: Pick<ScanOptions, 'segments'>): AsyncIterable<Subscriber>;
}

/**
 * Counts attempts per key in fixed windows, shared by every instance of the
 * sign-up endpoint (a DynamoDB counter in the cloud, memory locally).
 */
export interface AttemptCounter {
  /** Records one attempt and returns how many were made under `key` in the current window, this one included. */
  increment(key: string, windowMs: number, now: number): Promise<number>;
}

/** The key a record is stored under. */
export function addressKey(email: string): string {
  return email.trim().toLowerCase();
}

/** Reads a record, changes it with `change` and writes it back conditionally; retries when another writer got there first. */
export async function updateRecord(
  store: SubscriberStore,
  email: string,
  change: (current: SubscriberRecord | null) => SubscriberRecord | null,
  attempts = 5,
): Promise<{ before: SubscriberRecord | null; after: SubscriberRecord | null }> {
  for (let attempt = 0; attempt < attempts; attempt++) {
    const before = await store.get(email);
    const next = change(before);
    if (next === null || next === before) return { before, after: before };
    if (await store.write({ ...next, version: (before?.version ?? 0) + 1 })) return { before, after: { ...next, version: (before?.version ?? 0) + 1 } };
  }
  throw new SubscriberConflictError(`The record kept changing while it was being updated (${attempts} attempts)`);
}

const isoTime = z.string().check(z.maxLength(40));
const shortText = z.string().check(z.maxLength(1_000));
const recordSchema = z.strictObject({
  email: z.string().check(z.minLength(3), z.maxLength(254)),
  status: z.enum(SUBSCRIBER_STATUSES),
  name: shortText,
  fields: z.record(z.string().check(z.maxLength(100)), shortText).check(z.refine((fields) => Object.keys(fields).length <= 50, 'at most 50 fields')),
  consent: z.strictObject({
    source: z.enum(['form', 'import']),
    signedUpAt: isoTime,
    signedUpFrom: z.optional(shortText),
    signedUpIp: z.optional(z.string().check(z.maxLength(64))),
    confirmedAt: z.optional(isoTime),
    confirmedIp: z.optional(z.string().check(z.maxLength(64))),
    importSource: z.optional(shortText),
  }),
  confirmationNonce: z.optional(z.string().check(z.maxLength(64))),
  confirmationSentAt: z.optional(isoTime),
  alreadySubscribedNoticeAt: z.optional(isoTime),
  updatedAt: isoTime,
  version: z.int().check(z.gte(1)),
});

/** Checks a record read back from storage; anything else is refused loudly. */
export function parseSubscriberRecord(value: unknown, where: string): SubscriberRecord {
  const parsed = recordSchema.safeParse(value);
  if (!parsed.success) {
    throw new CorruptSubscriberRecordError(`${where} is not a subscriber record: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
  }
  // Field names become template keys; a prototype name must never reach a plain object lookup.
  const fields = Object.create(null) as Record<string, string>;
  for (const [key, text] of Object.entries(parsed.data.fields)) fields[key] = text;
  return { ...parsed.data, fields };
}

const MAX_RECIPIENT_FIELDS = 50;

/**
 * Checks the projected part of a record the snapshot reads, without the
 * cost of the full schema (a million of these run inside the render budget):
 * the same limits, checked by hand.
 */
export function parseRecipient(value: { email?: unknown; name?: unknown; fields?: unknown }, where: string): Subscriber {
  const { email, name, fields } = value;
  if (typeof email !== 'string' || email.length < 3 || email.length > 254) throw new CorruptSubscriberRecordError(`${where} has no valid email`);
  if (typeof name !== 'string' || name.length > 1_000) throw new CorruptSubscriberRecordError(`${where} has no valid name`);
  const checked = Object.create(null) as Record<string, string>;
  if (fields !== undefined) {
    if (typeof fields !== 'object' || fields === null || Array.isArray(fields)) throw new CorruptSubscriberRecordError(`${where} has fields that are not a map`);
    const entries = Object.entries(fields);
    if (entries.length > MAX_RECIPIENT_FIELDS) throw new CorruptSubscriberRecordError(`${where} has more than ${MAX_RECIPIENT_FIELDS} fields`);
    for (const [key, text] of entries) {
      if (key.length > 100 || typeof text !== 'string' || text.length > 1_000) throw new CorruptSubscriberRecordError(`${where} has an invalid field`);
      checked[key] = text;
    }
  }
  return { email, name, fields: checked };
}
