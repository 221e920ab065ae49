import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../../../functions/core/memory-store.js';
import {
  freezeRecipients,
  readRecipients,
  readSliceManifest,
  readSliceRecipients,
  readSnapshotRecord,
} from '../../../functions/core/pipeline/recipients-snapshot.js';
import { parseSubscribers } from '../../../functions/core/subscribers/parse-subscribers.js';

const NOW = new Date('2026-11-26T06:00:00Z');

function list(count: number, extra = '') {
  const rows = Array.from({ length: count }, (_, i) => `reader${i}@example.com,"Reader, ${i}",${i % 2 ? 'fr' : 'en'}`);
  return parseSubscribers(`email,name,Lang\n${rows.join('\n')}\n${extra}`);
}

describe('freezeRecipients', () => {
  it('writes a content-addressed snapshot and a manifest of contiguous slices, each verified on its own', async () => {
    const store = new MemoryStore();
    const { snapshot, reused } = await freezeRecipients({ store, issuePrefix: 'issues/d/', list: list(25), sliceRows: 10, now: NOW });
    expect(reused).toBe(false);
    expect(snapshot).toMatchObject({ rows: 25, slices: 3, sliceRows: 10, columns: ['email', 'name', 'lang'] });
    expect(snapshot.snapshotKey).toBe(`issues/d/recipients/${snapshot.sha256}.csv`);
    const slices = await readSliceManifest(store, snapshot);
    expect(slices.map((s) => [s.sliceId, s.firstRow, s.rows])).toEqual([
      ['slice-00000', 0, 10],
      ['slice-00001', 10, 10],
      ['slice-00002', 20, 5],
    ]);
    expect(slices[1]!.start).toBe(slices[0]!.end);
    expect(slices[2]!.end).toBe(snapshot.bytes);
    const second = await readSliceRecipients(store, snapshot, slices[1]!);
    expect(second.map((s) => s.email)).toEqual(Array.from({ length: 10 }, (_, i) => `reader${10 + i}@example.com`));
    expect(second[0]).toMatchObject({ name: 'Reader, 10', fields: { lang: 'en' } });
    expect((await readRecipients(store, 'issues/d/')).recipients).toHaveLength(25);
  });

  it('refuses a snapshot whose bytes changed, naming the file, for the slice and for the whole list', async () => {
    const store = new MemoryStore();
    const { snapshot } = await freezeRecipients({ store, issuePrefix: 'issues/d/', list: list(25), sliceRows: 10, now: NOW });
    const [first] = await readSliceManifest(store, snapshot);
    const bytes = store.objects.get(snapshot.snapshotKey)!;
    bytes[first!.start + 3] = 'X'.charCodeAt(0);
    await expect(readSliceRecipients(store, snapshot, first!)).rejects.toMatchObject({
      name: 'SnapshotIntegrityError',
      message: expect.stringContaining(snapshot.snapshotKey),
    });
    await expect(readRecipients(store, 'issues/d/')).rejects.toMatchObject({ name: 'SnapshotIntegrityError' });
  });

  it('refuses a tampered manifest or commit record', async () => {
    const store = new MemoryStore();
    const { snapshot } = await freezeRecipients({ store, issuePrefix: 'issues/d/', list: list(5), sliceRows: 2, now: NOW });
    store.objects.set(snapshot.manifestKey, Buffer.from(store.objects.get(snapshot.manifestKey)!.toString().replace('"rows":2', '"rows":3')));
    await expect(readSliceManifest(store, snapshot)).rejects.toMatchObject({ name: 'SnapshotIntegrityError' });
    store.objects.set('issues/d/recipients.json', Buffer.from('{"version":1,"snapshotKey":"../../subscribers/subscribers.csv"}'));
    await expect(readSnapshotRecord(store, 'issues/d/')).rejects.toMatchObject({ name: 'SnapshotIntegrityError' });
  });

  it('keeps the first frozen list on a later run and says how many are new and how many are gone', async () => {
    const store = new MemoryStore();
    const first = await freezeRecipients({ store, issuePrefix: 'issues/d/', list: list(10), sliceRows: 4, now: NOW });
    const changed = parseSubscribers(`email,name\n${Array.from({ length: 8 }, (_, i) => `reader${i}@example.com,x`).join('\n')}\nnew1@example.com,n\nnew2@example.com,n\nnew3@example.com,n\n`);
    const again = await freezeRecipients({ store, issuePrefix: 'issues/d/', list: changed, sliceRows: 100, now: NOW });
    expect(again).toMatchObject({ reused: true, changes: { added: 3, removed: 2 } });
    expect(again.snapshot).toEqual(first.snapshot);
  });

  it('lets exactly one of two concurrent freezes win, and both then send to the winner\'s list', async () => {
    const store = new MemoryStore();
    const [a, b] = await Promise.all([
      freezeRecipients({ store, issuePrefix: 'issues/d/', list: list(6), sliceRows: 4, now: NOW }),
      freezeRecipients({ store, issuePrefix: 'issues/d/', list: list(7), sliceRows: 4, now: NOW }),
    ]);
    expect(a.snapshot).toEqual(b.snapshot);
    expect([a.reused, b.reused].sort()).toEqual([false, true]);
    // The loser's files do not disturb the winner's: they live under another hash.
    expect((await readRecipients(store, 'issues/d/')).recipients).toHaveLength(a.snapshot.rows);
  });

  it('freezes an empty list into an empty manifest', async () => {
    const store = new MemoryStore();
    const { snapshot } = await freezeRecipients({ store, issuePrefix: 'issues/d/', list: list(0), sliceRows: 4, now: NOW });
    expect(snapshot).toMatchObject({ rows: 0, slices: 0 });
    expect(await readSliceManifest(store, snapshot)).toEqual([]);
  });
});
