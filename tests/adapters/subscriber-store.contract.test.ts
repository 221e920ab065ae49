import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PutItemCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoDbSubscriberStore } from '../../functions/adapters/dynamodb-subscriber-store.js';
import { FileSubscriberStore } from '../../functions/adapters/file-subscriber-store.js';
import { CorruptSubscriberRecordError, updateRecord, type SubscriberRecord, type SubscriberStore } from '../../functions/core/subscribers/subscriber-store.js';
import { createTestTable, testDynamoDbClient } from '../harness/aws.js';

/** The same behaviours against every SubscriberStore: the sign-up core and the snapshot rely on exactly these. */
interface StoreUnderTest {
  name: string;
  create: () => Promise<SubscriberStore>;
}

const tempDirs: string[] = [];
let dynamodb: DynamoDBClient;

beforeAll(() => {
  dynamodb = testDynamoDbClient();
});

afterAll(async () => {
  await Promise.all(tempDirs.map((dir) => rm(dir, { recursive: true, force: true })));
  dynamodb?.destroy();
});

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'digest-subscribers-'));
  tempDirs.push(dir);
  return dir;
}

const stores: StoreUnderTest[] = [
  { name: 'FileSubscriberStore', create: async () => new FileSubscriberStore(await tempDir()) },
  // A small page limit makes every scan paginate, segment by segment.
  { name: 'DynamoDbSubscriberStore (dynalite)', create: async () => new DynamoDbSubscriberStore({ client: dynamodb, tableName: await createTestTable(dynamodb, 'contract'), segments: 4, pageLimit: 7 }) },
];

function record(email: string, overrides: Partial<SubscriberRecord> = {}): SubscriberRecord {
  return {
    email,
    status: 'pending',
    name: 'Ada',
    fields: { city: 'London' },
    consent: { source: 'form', signedUpAt: '2026-11-28T10:00:00.000Z', signedUpFrom: 'https://news.example.org', signedUpIp: '192.0.2.1' },
    updatedAt: '2026-11-28T10:00:00.000Z',
    version: 1,
    ...overrides,
  };
}

describe.each(stores)('$name', ({ create }) => {
  it('returns null for an address it does not hold', async () => {
    const store = await create();
    expect(await store.get('nobody@example.com')).toBeNull();
  });

  it('reads back a record as written, whatever the case of the address asked for', async () => {
    const store = await create();
    const written = record('Ada.Lovelace@Example.com', { consent: { source: 'import', signedUpAt: '2026-11-01T00:00:00.000Z', importSource: 'list.csv', confirmedAt: '2026-11-01T00:00:00.000Z' }, status: 'confirmed' });
    expect(await store.write(written)).toBe(true);
    expect(await store.get('ada.lovelace@example.com')).toEqual(written);
  });

  it('creates only once: a second version-1 write for the same address loses', async () => {
    const store = await create();
    expect(await store.write(record('once@example.com'))).toBe(true);
    expect(await store.write(record('ONCE@example.com', { name: 'Other' }))).toBe(false);
    expect((await store.get('once@example.com'))?.name).toBe('Ada');
  });

  it('writes only over the version it read: a stale writer loses', async () => {
    const store = await create();
    await store.write(record('race@example.com'));
    expect(await store.write(record('race@example.com', { status: 'confirmed', version: 2 }))).toBe(true);
    expect(await store.write(record('race@example.com', { name: 'Stale', version: 2 }))).toBe(false);
    expect(await store.get('race@example.com')).toMatchObject({ status: 'confirmed', version: 2, name: 'Ada' });
  });

  it('of many concurrent updates of one record, every one lands exactly once', async () => {
    const store = await create();
    await store.write(record('counter@example.com', { fields: { n: '0' } }));
    await Promise.all(
      Array.from({ length: 10 }, () =>
        updateRecord(store, 'counter@example.com', (current) => current && { ...current, fields: { n: String(Number(current.fields.n) + 1) } }, 20),
      ),
    );
    expect((await store.get('counter@example.com'))?.fields.n).toBe('10');
  });

  it('deletes a record and says whether there was one', async () => {
    const store = await create();
    await store.write(record('gone@example.com'));
    expect(await store.delete('Gone@example.com')).toBe(true);
    expect(await store.get('gone@example.com')).toBeNull();
    expect(await store.delete('gone@example.com')).toBe(false);
  });

  it('scans every record, across pages and segments, filtered by status on request', async () => {
    const store = await create();
    const emails = Array.from({ length: 40 }, (_, i) => `reader${i}@example.com`);
    await Promise.all(emails.map((email, i) => store.write(record(email, { status: i % 4 === 0 ? 'pending' : 'confirmed' }))));
    const all: string[] = [];
    for await (const found of store.scan()) all.push(found.email);
    expect(all.sort()).toEqual([...emails].sort());
    const confirmed: string[] = [];
    for await (const found of store.scan({ status: 'confirmed' })) confirmed.push(found.email);
    expect(confirmed.sort()).toEqual(emails.filter((_, i) => i % 4 !== 0).sort());
  });

  it('reads confirmed recipients with only what a message needs, across pages and segments', async () => {
    const store = await create();
    await Promise.all(Array.from({ length: 20 }, (_, i) => store.write(record(`r${i}@example.com`, { status: i % 5 === 0 ? 'pending' : 'confirmed', fields: { city: `City ${i}` } }))));
    const recipients = [];
    for await (const recipient of store.scanConfirmedRecipients()) recipients.push(recipient);
    expect(recipients).toHaveLength(16);
    expect(recipients.find((r) => r.email === 'r3@example.com')).toEqual({ email: 'r3@example.com', name: 'Ada', fields: { city: 'City 3' } });
  });
});

describe('DynamoDbSubscriberStore reading items it did not write', () => {
  it('refuses an item whose fields are not strings, or that sits under another address\'s key', async () => {
    const tableName = await createTestTable(dynamodb, 'corrupt');
    const store = new DynamoDbSubscriberStore({ client: dynamodb, tableName });
    const base = { email: { S: 'x@example.com' }, name: { S: 'X' }, status: { S: 'confirmed' } };
    await dynamodb.send(new PutItemCommand({ TableName: tableName, Item: { pk: { S: 'sub#x@example.com' }, ...base, fields: { M: { city: { N: '1' } } } } }));
    await expect(async () => {
      for await (const _recipient of store.scanConfirmedRecipients()) void _recipient;
    }).rejects.toBeInstanceOf(CorruptSubscriberRecordError);
    await dynamodb.send(new PutItemCommand({ TableName: tableName, Item: { pk: { S: 'sub#x@example.com' }, ...base, email: { S: 'victim@example.com' }, fields: { M: {} } } }));
    await expect(async () => {
      for await (const _recipient of store.scanConfirmedRecipients()) void _recipient;
    }).rejects.toThrow(/another address/);
    await expect(store.get('x@example.com')).rejects.toBeInstanceOf(CorruptSubscriberRecordError);
  });
});

describe('FileSubscriberStore on disk', () => {
  it('keeps no temporary file behind and names files by address hash, not by address', async () => {
    const dir = await tempDir();
    const store = new FileSubscriberStore(dir);
    await store.write(record('private@example.com'));
    const files = await readdir(join(dir, 'subscribers'));
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^[0-9a-f]{64}\.json$/);
  });

  it('refuses a record changed outside the store (checksum), a torn file and an oversized one', async () => {
    const dir = await tempDir();
    const store = new FileSubscriberStore(dir);
    await store.write(record('tampered@example.com'));
    const [file] = await readdir(join(dir, 'subscribers'));
    const path = join(dir, 'subscribers', file!);
    const original = await readFile(path, 'utf8');
    await writeFile(path, original.replace('"pending"', '"confirmed"'));
    await expect(store.get('tampered@example.com')).rejects.toThrow(/checksum/);
    await writeFile(path, original.slice(0, original.length / 2));
    await expect(store.get('tampered@example.com')).rejects.toBeInstanceOf(CorruptSubscriberRecordError);
    await writeFile(path, `{"format":"daily-digest/subscriber@1","pad":"${'x'.repeat(70_000)}"}`);
    await expect(store.get('tampered@example.com')).rejects.toThrow(/more than a subscriber record/);
  });

  it('refuses a record copied under another address\'s name', async () => {
    const dir = await tempDir();
    const store = new FileSubscriberStore(dir);
    await store.write(record('victim@example.com', { status: 'confirmed' }));
    await store.write(record('attacker@example.com'));
    const files = await readdir(join(dir, 'subscribers'));
    const contents = await Promise.all(files.map((name) => readFile(join(dir, 'subscribers', name), 'utf8')));
    const victimFile = files[contents.findIndex((text) => text.includes('victim@'))]!;
    const attacker = contents.find((text) => text.includes('attacker@'))!;
    await writeFile(join(dir, 'subscribers', victimFile), attacker);
    await expect(store.get('victim@example.com')).rejects.toThrow(/another address/);
  });

  it('refuses a record whose fields would reach the templates as prototype keys only as plain data', async () => {
    const dir = await tempDir();
    const store = new FileSubscriberStore(dir);
    await store.write(record('proto@example.com', { fields: JSON.parse('{"__proto__":"x","city":"Paris"}') as Record<string, string> }));
    const read = await store.get('proto@example.com');
    expect(Object.getPrototypeOf(read!.fields)).toBeNull();
    expect(read!.fields.city).toBe('Paris');
  });
});
