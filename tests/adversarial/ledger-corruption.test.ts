import { mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deliverSlice, type DeliverSliceOptions } from '../../functions/core/delivery/deliver-slice.js';
import { readDeliveryStatus } from '../../functions/core/delivery/delivery-status.js';
import { segmentKey } from '../../functions/core/delivery/ledger-keys.js';
import { MemoryStore } from '../../functions/core/memory-store.js';
import { buildTestMessage, FakeTransport, makeRecipients } from '../core/delivery/fakes.js';
import { randomUUID } from 'node:crypto';
import { CorruptFileError } from '../../functions/core/errors.js';
import type { SliceDescriptor } from '../../functions/core/pipeline/recipients-snapshot.js';
import { createCollectHandler } from '../../functions/lambda/collect.js';
import { createRenderHandler, defaultTemplatesDir } from '../../functions/lambda/render.js';
import { createSendContext, createSendHandler } from '../../functions/lambda/send.js';
import { createTestBucket, SesControl, TEST_CREDENTIALS, testS3Client } from '../harness/aws.js';
import { emulatorLambdaContext, lambdaInvocation } from '../harness/lambda.js';
import { EXAMPLES_DIR } from '../support/digest-fixtures.js';
import { digest, memoryDay, readJson, runInMemory, SAMPLE_DATE } from './support.js';

/**
 * Attack: a ledger segment is damaged (disk error, a bad manual edit, a
 * tool that truncated it). Both stores write atomically, so an unreadable
 * segment is never an unfinished write: it is corruption, and what it
 * recorded as sent would be sent again if it were skipped.
 */

const PREFIX = 'issues/2026-11-26/';

function slice(store: MemoryStore, transport: FakeTransport, overrides: Partial<DeliverSliceOptions> = {}): DeliverSliceOptions {
  return {
    store,
    issuePrefix: PREFIX,
    sliceId: 'all',
    runId: 'run-2',
    recipients: makeRecipients(6),
    buildMessage: buildTestMessage,
    transport,
    suppressedHashes: new Set(),
    ratePerSecond: 1_000,
    concurrency: 2,
    ...overrides,
  };
}

async function sentThenCorrupted(): Promise<{ store: MemoryStore; corrupt: string }> {
  const store = new MemoryStore();
  await deliverSlice(slice(store, new FakeTransport(), { runId: 'run-1', recipients: makeRecipients(3) }));
  const keys = [...store.objects.keys()].filter((key) => key.includes('/segments/')).sort();
  const corrupt = keys[keys.length - 1]!;
  store.objects.set(corrupt, Buffer.from('{"version":1,"outcomes":[{"email":"reader00000@exa'));
  return { store, corrupt };
}

describe('an unreadable ledger segment', () => {
  it('refuses to send, names the segment and leaves everyone pending, lock released', async () => {
    const { store, corrupt } = await sentThenCorrupted();
    const transport = new FakeTransport();
    const outcome = await deliverSlice(slice(store, transport));
    expect(transport.delivered).toEqual([]);
    expect(outcome.stoppedBecause).toBe('ledger-unreadable');
    expect(outcome.unreadableSegments).toEqual([store.locate(corrupt)]);
    expect(outcome.pending).toBeGreaterThan(0);
    const status = await readDeliveryStatus(store, PREFIX);
    expect(status.unreadableSegments).toEqual([store.locate(corrupt)]);
    expect(status.slices.find((s) => s.sliceId === 'all')?.lock?.live).toBe(false);
  });

  it('a segment that parses but is not a ledger segment is just as unreadable', async () => {
    const store = new MemoryStore();
    store.objects.set(segmentKey(PREFIX, 'all', 1, 0), Buffer.from(JSON.stringify({ version: 1, outcomes: [null], intents: [42] })));
    const transport = new FakeTransport();
    const outcome = await deliverSlice(slice(store, transport));
    expect(outcome.stoppedBecause).toBe('ledger-unreadable');
    expect(transport.delivered).toEqual([]);
  });

  it('with the operator\'s consent, sends again to whoever the segment recorded, and sets the segment aside', async () => {
    const { store, corrupt } = await sentThenCorrupted();
    const transport = new FakeTransport();
    const outcome = await deliverSlice(slice(store, transport, { acceptUnreadableSegments: true }));
    expect(outcome.stoppedBecause).toBeNull();
    expect(outcome.pending).toBe(0);
    expect(outcome.unreadableSegments).toEqual([store.locate(corrupt)]);
    expect(store.objects.has(corrupt)).toBe(false);
    // Kept for inspection, outside the ledger.
    expect([...store.objects.keys()].some((key) => key.startsWith(`${PREFIX}ledger-quarantine/`))).toBe(true);
    // Now healthy: a later run neither refuses nor sends.
    const again = new FakeTransport();
    const later = await deliverSlice(slice(store, again, { runId: 'run-3' }));
    expect(later.stoppedBecause).toBeNull();
    expect(again.delivered).toEqual([]);
  });
});

describe('digest run with a corrupt ledger', () => {
  it('exits 3 naming the segment and how to recover, shows it in report.json and status; --force recovers', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'digest-ledger-'));
    const out = join(dir, 'out');
    const first = digest(['run', '--out', out]);
    expect(first.code).toBe(0);
    const day = join(out, SAMPLE_DATE);
    const segments = join(day, 'ledger', 'slice-00000', 'segments');
    const names = (await readdir(segments)).sort();
    const corrupt = join(segments, names[names.length - 1]!);
    await writeFile(corrupt, '\u0000\u0000garbage');
    const outbox = join(day, 'outbox');
    const before = new Map(await Promise.all((await readdir(outbox)).map(async (name) => [name, (await stat(join(outbox, name))).ino] as const)));

    const refused = digest(['run', '--out', out]);
    expect(refused.code).toBe(3);
    expect(refused.stdout).toContain(corrupt);
    expect(refused.stdout).toMatch(/Restore .*--force/);
    const report = await readJson(join(day, 'report.json'));
    expect(report.messages.stoppedBecause).toBe('ledger-unreadable');
    expect(report.messages.unreadableLedgerSegments).toEqual([corrupt]);
    for (const [name, inode] of before) expect((await stat(join(outbox, name))).ino).toBe(inode);

    const status = digest(['status', '--date', SAMPLE_DATE, '--out', out]);
    expect(status.code).toBe(3);
    expect(status.stdout).toContain(corrupt);

    const forced = digest(['run', '--out', out, '--force']);
    expect(forced.code).toBe(0);
    const recovered = await readJson(join(day, 'report.json'));
    expect(recovered.messages.pending).toBe(0);
    expect(recovered.messages.unreadableLedgerSegments).toEqual([corrupt]);
    expect(digest(['status', '--date', SAMPLE_DATE, '--out', out]).code).toBe(0);
    expect(digest(['run', '--out', out]).code).toBe(0);
  });

  it.each(['rendered.json', 'issue.json'])('names a damaged %s instead of failing with a bare JSON error', async (file) => {
    const store = await memoryDay();
    const csv = 'email\nada@example.com\n';
    await runInMemory(store, csv);
    const key = `issues/${SAMPLE_DATE}/${file}`;
    store.objects.set(key, store.objects.get(key)!.subarray(0, 100));
    const error = await runInMemory(store, csv).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CorruptFileError);
    expect((error as Error).message).toContain(store.locate(key));
  });
});

describe('the cloud send worker with a corrupt ledger', () => {
  it('fails naming the S3 object and how to restore it, sending nothing', async () => {
    const s3 = testS3Client();
    const bucket = await createTestBucket(s3, 'ledger-corrupt');
    const configurationSet = `corrupt-${randomUUID().slice(0, 8)}`;
    const ses = new SesControl(configurationSet);
    const overrides = { bucket, sesConfigurationSet: configurationSet, sendRate: 40, sendConcurrency: 4 };
    const sendContext = createSendContext(emulatorLambdaContext('send', overrides), { credentials: TEST_CREDENTIALS });
    const send = createSendHandler(sendContext, { retry: { baseDelayMs: 5, maxDelayMs: 40 } });
    const { store } = sendContext;
    const article = await readFile(join(EXAMPLES_DIR, 'articles', SAMPLE_DATE, 'city-council-bike-lanes.md'));
    await store.put(`articles/${SAMPLE_DATE}/city-council-bike-lanes.md`, article);
    await store.put('subscribers/subscribers.csv', 'email,name\nada@example.com,Ada\ngrace@example.com,Grace\n');
    const runId = 'run-corrupt';
    await createCollectHandler(emulatorLambdaContext('collect', overrides))({ date: SAMPLE_DATE, runId }, lambdaInvocation());
    await createRenderHandler(emulatorLambdaContext('render', overrides), { templatesDir: defaultTemplatesDir() })({ date: SAMPLE_DATE, runId, freeze: true }, lambdaInvocation());
    // The Distributed Map's one child: the manifest's only slice.
    const record = JSON.parse((await store.get(`issues/${SAMPLE_DATE}/recipients.json`))!.toString()) as { manifestKey: string };
    const [slice] = JSON.parse((await store.get(record.manifestKey))!.toString()) as SliceDescriptor[];
    await send({ date: SAMPLE_DATE, runId, workers: 1, slice: slice! }, lambdaInvocation());
    expect(await ses.delivered()).toHaveLength(2);

    const keys: string[] = [];
    for await (const object of store.list(`issues/${SAMPLE_DATE}/ledger/`)) if (object.key.includes('/segments/')) keys.push(object.key);
    const corrupt = keys.sort().at(-1)!;
    await store.put(corrupt, 'not json');
    const error = await send({ date: SAMPLE_DATE, runId: `${runId}-2`, workers: 1, slice: slice! }, lambdaInvocation()).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'LedgerCorruptionError' });
    expect((error as Error).message).toContain(store.locate(corrupt));
    expect((error as Error).message).toMatch(/previous version.*Recovering a corrupt ledger/);
    expect((error as Error).message).not.toContain('--force');
    expect(await ses.delivered()).toHaveLength(2);
    s3.destroy();
  });
});
