import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FileSubscriberStore } from '../../../functions/adapters/file-subscriber-store.js';
import { readConfirmedRecipients, recipientsAsCsv } from '../../../functions/core/subscribers/confirmed-recipients.js';
import { parseSubscribers } from '../../../functions/core/subscribers/parse-subscribers.js';
import type { SubscriberRecord, SubscriberStatus } from '../../../functions/core/subscribers/subscriber-store.js';
import { addressHash } from '../../../functions/core/suppressions.js';

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

async function storeWith(entries: Array<[string, SubscriberStatus, Record<string, string>?]>): Promise<FileSubscriberStore> {
  const dir = await mkdtemp(join(tmpdir(), 'digest-recipients-'));
  dirs.push(dir);
  const store = new FileSubscriberStore(dir);
  for (const [email, status, fields = {}] of entries) {
    const record: SubscriberRecord = { email, status, name: email.split('@')[0]!, fields, consent: { source: 'form', signedUpAt: '2026-11-01T00:00:00.000Z' }, updatedAt: '2026-11-01T00:00:00.000Z', version: 1 };
    await store.write(record);
  }
  return store;
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

describe('readConfirmedRecipients (what the freeze step reads)', () => {
  it('yields confirmed subscribers only, minus suppressed addresses, in address order whatever the storage order', async () => {
    const store = await storeWith([
      ['zoe@example.org', 'confirmed'],
      ['Bob@example.org', 'confirmed', { city: 'Oslo' }],
      ['pending@example.org', 'pending'],
      ['alice@example.org', 'confirmed'],
      ['gone@example.org', 'confirmed'],
    ]);
    const recipients = await collect(readConfirmedRecipients(store, new Set([addressHash('GONE@example.org')])));
    expect(recipients.map((r) => r.email)).toEqual(['alice@example.org', 'Bob@example.org', 'zoe@example.org']);
    expect(recipients[1]).toEqual({ email: 'Bob@example.org', name: 'Bob', fields: { city: 'Oslo' } });
  });

  it('becomes the subscriber CSV the pipeline reads, with every field as a column', async () => {
    const store = await storeWith([
      ['a@example.org', 'confirmed', { city: 'Oslo' }],
      ['b@example.org', 'confirmed', { plan: 'pro, yearly' }],
    ]);
    const { csv, count } = await recipientsAsCsv(readConfirmedRecipients(store, new Set()));
    expect(count).toBe(2);
    const parsed = parseSubscribers(csv);
    expect(parsed.columns).toEqual(['email', 'name', 'city', 'plan']);
    expect(parsed.valid).toEqual([
      { email: 'a@example.org', name: 'a', fields: { city: 'Oslo', plan: '' } },
      { email: 'b@example.org', name: 'b', fields: { city: '', plan: 'pro, yearly' } },
    ]);
    expect(parsed.rejected).toEqual([]);
  });
});
