import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FsStore } from '../../functions/adapters/fs-store.js';
import { S3Store } from '../../functions/adapters/s3-store.js';
import { MemoryStore } from '../../functions/core/memory-store.js';
import type { ObjectStore } from '../../functions/core/ports.js';
import { createTestBucket, testS3Client } from '../harness/aws.js';

/** The same behaviours, against every ObjectStore: the core may rely on exactly these. */
interface StoreUnderTest {
  name: string;
  create: () => Promise<ObjectStore>;
}

const tempDirs: string[] = [];
let s3: S3Client;
let bucket: string;

beforeAll(async () => {
  s3 = testS3Client();
  bucket = await createTestBucket(s3, 'contract');
});

afterAll(async () => {
  await Promise.all(tempDirs.map((dir) => rm(dir, { recursive: true, force: true })));
  s3?.destroy();
});

let s3Prefixes = 0;
const stores: StoreUnderTest[] = [
  { name: 'MemoryStore', create: async () => new MemoryStore() },
  {
    name: 'FsStore',
    create: async () => {
      const dir = await mkdtemp(join(tmpdir(), 'digest-contract-'));
      tempDirs.push(dir);
      return new FsStore(dir);
    },
  },
  // Each case gets its own key prefix in the shared bucket, which also exercises the prefix handling.
  { name: 'S3Store (fauxqs)', create: async () => new S3Store({ client: s3, bucket, keyPrefix: `case-${++s3Prefixes}` }) },
];

describe.each(stores)('$name', ({ create }) => {
  it('returns null for a key that does not exist', async () => {
    const store = await create();
    expect(await store.get('issues/2026-01-01/missing.json')).toBeNull();
  });

  it('reads a byte range [start, end) of an object, short at the end, and null for a missing key', async () => {
    const store = await create();
    await store.put('r/slice.csv', 'header\nrow-1\nrow-2\n');
    expect((await store.getRange('r/slice.csv', 7, 13))?.toString()).toBe('row-1\n');
    expect((await store.getRange('r/slice.csv', 13, 100))?.toString()).toBe('row-2\n');
    expect((await store.getRange('r/slice.csv', 5, 5))?.length).toBe(0);
    expect((await store.getRange('r/slice.csv', 50, 60))?.length ?? 0).toBe(0);
    expect(await store.getRange('r/missing.csv', 0, 4)).toBeNull();
  });

  it('reads back exactly the bytes it wrote, strings as UTF-8', async () => {
    const store = await create();
    const binary = Buffer.from([0, 1, 2, 250, 255]);
    await store.put('a/binary.bin', binary);
    await store.put('a/text.txt', 'Grüße ✓');
    expect(await store.get('a/binary.bin')).toEqual(binary);
    expect((await store.get('a/text.txt'))?.toString('utf8')).toBe('Grüße ✓');
  });

  it('overwrites on put', async () => {
    const store = await create();
    await store.put('k.json', '1');
    await store.put('k.json', '2');
    expect((await store.get('k.json'))?.toString()).toBe('2');
  });

  it('creates once with putIfAbsent: true, then false, keeping the first body', async () => {
    const store = await create();
    expect(await store.putIfAbsent('locks/run.json', 'first')).toBe(true);
    expect(await store.putIfAbsent('locks/run.json', 'second')).toBe(false);
    expect((await store.get('locks/run.json'))?.toString()).toBe('first');
  });

  it('lets exactly one of many concurrent putIfAbsent calls win', async () => {
    const store = await create();
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, index) => store.putIfAbsent('locks/contended.json', `writer-${index}`)),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
    const winner = results.indexOf(true);
    expect((await store.get('locks/contended.json'))?.toString()).toBe(`writer-${winner}`);
  });

  it('lists only keys under the prefix, in lexical order, with sizes', async () => {
    const store = await create();
    await store.put('articles/2026-01-02/b.md', 'bb');
    await store.put('articles/2026-01-02/a.md', 'a');
    await store.put('articles/2026-01-02/sub/c.md', 'ccc');
    await store.put('articles/2026-01-03/other.md', 'x');
    const listed = [];
    for await (const object of store.list('articles/2026-01-02/')) listed.push(object);
    expect(listed).toEqual([
      { key: 'articles/2026-01-02/a.md', size: 1 },
      { key: 'articles/2026-01-02/b.md', size: 2 },
      { key: 'articles/2026-01-02/sub/c.md', size: 3 },
    ]);
  });

  it('deletes, and deleting a missing key is harmless', async () => {
    const store = await create();
    await store.put('tmp/x', 'x');
    await store.delete('tmp/x');
    await store.delete('tmp/never-existed');
    expect(await store.get('tmp/x')).toBeNull();
  });
});

describe('S3Store specifics', () => {
  it('follows continuation tokens past the 1000-key page limit', async () => {
    const store = new S3Store({ client: s3, bucket, keyPrefix: 'paging' });
    const total = 1_050;
    // Seeded straight through the client, a bounded number at a time, to keep the test quick.
    const keys = Array.from({ length: total }, (_, index) => `day/${String(index).padStart(5, '0')}.md`);
    for (let start = 0; start < keys.length; start += 100) {
      await Promise.all(
        keys.slice(start, start + 100).map((key) => s3.send(new PutObjectCommand({ Bucket: bucket, Key: `paging/${key}`, Body: 'x' }))),
      );
    }
    const listed: string[] = [];
    for await (const object of store.list('day/')) listed.push(object.key);
    expect(listed).toHaveLength(total);
    expect(listed).toEqual(keys);
  });

  it('locates keys as s3:// URLs including the key prefix', () => {
    const store = new S3Store({ client: s3, bucket: 'my-bucket', keyPrefix: 'tenant' });
    expect(store.locate('issues/2026-01-01/issue.json')).toBe('s3://my-bucket/tenant/issues/2026-01-01/issue.json');
  });

  it('reports a missing bucket as an error, not as a missing object', async () => {
    const store = new S3Store({ client: s3, bucket: 'no-such-bucket-here' });
    await expect(store.get('x')).rejects.toMatchObject({ name: 'S3StoreError' });
  });
});
