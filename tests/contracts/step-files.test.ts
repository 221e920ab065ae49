import { createHash } from 'node:crypto';
import { GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { beforeAll, describe, expect, it } from 'vitest';
import { articlesPrefix, issueKey, issuePrefix, SUBSCRIBERS_KEY } from '../../functions/contracts/bucket-layout.js';
import { MemoryStore } from '../../functions/core/memory-store.js';
import type { OutgoingMessage } from '../../functions/core/ports.js';
import { freezeRecipients, readSliceManifest, readSnapshotRecord } from '../../functions/core/pipeline/recipients-snapshot.js';
import { parseSubscribers } from '../../functions/core/subscribers/parse-subscribers.js';
import { createCollectHandler } from '../../functions/lambda/collect.js';
import { createRenderHandler, defaultTemplatesDir } from '../../functions/lambda/render.js';
import { createSendHandler } from '../../functions/lambda/send.js';
import { createTestBucket, testS3Client } from '../harness/aws.js';
import { emulatorLambdaContext } from '../harness/lambda.js';

/**
 * The files one step leaves for the next (functions/contracts/step-files.ts)
 * are checked when read back: a damaged or hand-edited one is refused with
 * the file's location and the field at fault, and nothing is sent from it.
 * Attack first: each test edits a file a real run wrote, then runs the step
 * that reads it.
 */

const DATE = '2026-11-26';
const RUN = 'files-run-1';
const ARTICLE = '---\ntitle: Night ferry timetable changes\n---\nThe night ferry leaves at half past midnight from Sunday, the harbour office said on Saturday evening, after weeks of talks.\n';

describe('files passed between steps, refused on read when they break their contract', () => {
  const s3 = testS3Client();
  let bucket: string;
  let context: ReturnType<typeof emulatorLambdaContext>;
  const sent: OutgoingMessage[] = [];

  async function readJson(key: string): Promise<any> {
    const object = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
    return JSON.parse(await object.Body!.transformToString());
  }
  async function writeJson(key: string, value: unknown): Promise<void> {
    await s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: JSON.stringify(value) }));
  }

  beforeAll(async () => {
    bucket = await createTestBucket(s3, 'step-files');
    await s3.send(new PutObjectCommand({ Bucket: bucket, Key: `${articlesPrefix(DATE)}ferry.md`, Body: ARTICLE }));
    await s3.send(new PutObjectCommand({ Bucket: bucket, Key: SUBSCRIBERS_KEY, Body: 'email,name\nada@example.org,Ada\n' }));
    context = emulatorLambdaContext('files', { bucket, sendRate: 14 });
    await createCollectHandler(context)({ date: DATE, runId: RUN });
    await createRenderHandler(context, { templatesDir: defaultTemplatesDir() })({ date: DATE, runId: RUN, freeze: false });
  });

  it("refuses a rendered.json whose slot token is not one (it would become a RegExp), naming the file and the field, and sends nothing", async () => {
    const key = issueKey(issuePrefix(DATE), 'rendered');
    const rendered = await readJson(key);
    await writeJson(key, { ...rendered, slots: { ...rendered.slots, token: '(a+)+$' } });
    const send = createSendHandler({ ...context, transport: { name: 'recording', send: async (message) => (sent.push(message), { transportMessageId: 'id' }) } });

    const refused = await send({ date: DATE, runId: RUN, testTo: ['ed@example.org'] }).catch((error: unknown) => error as Error);
    expect(refused).toMatchObject({ name: 'CorruptFileError' });
    expect((refused as Error).message).toContain(`s3://${bucket}/${key} is damaged: "slots.token": a slot token`);
    expect(sent).toEqual([]);
    await writeJson(key, rendered);
  });

  it('refuses an issue.json whose article has no usable title, naming the article and the field', async () => {
    const key = issueKey(issuePrefix(DATE), 'issue');
    const issue = await readJson(key);
    await writeJson(key, { ...issue, articles: [{ ...issue.articles[0], title: 42 }] });
    const render = createRenderHandler(context, { templatesDir: defaultTemplatesDir() });

    const refused = await render({ date: DATE, runId: RUN, freeze: false }).catch((error: unknown) => error as Error);
    expect(refused).toMatchObject({ name: 'CorruptFileError' });
    expect((refused as Error).message).toContain(`s3://${bucket}/${key} is damaged: "articles[0].title": expected string, got number`);
    await writeJson(key, issue);
  });

  it('refuses an issue.json that is not JSON at all, keeping the parser error as the cause', async () => {
    const key = issueKey(issuePrefix(DATE), 'issue');
    const issue = await readJson(key);
    await s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: '{"date": "2026-11-26", ' }));
    const refused = await createRenderHandler(context, { templatesDir: defaultTemplatesDir() })({ date: DATE, runId: RUN, freeze: false }).catch((error: unknown) => error as Error);
    expect((refused as Error).message).toMatch(/issue\.json is damaged: not JSON/);
    expect((refused as Error).cause).toBeInstanceOf(SyntaxError);
    await writeJson(key, issue);
  });
});

describe('the frozen recipients, refused on read when their record or manifest breaks its contract', () => {
  const list = parseSubscribers('email,name\nada@example.org,Ada\nbob@example.org,Bob\ncy@example.org,Cy\n');
  const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');

  it('refuses a slice manifest item with a bad hash, even when the manifest was re-hashed to match its record', async () => {
    const store = new MemoryStore();
    const { snapshot } = await freezeRecipients({ store, issuePrefix: 'issues/d/', list, sliceRows: 2, now: new Date() });
    const items = JSON.parse(store.objects.get(snapshot.manifestKey)!.toString('utf8'));
    items[1].sha256 = 'not-a-hash';
    const forged = JSON.stringify(items);
    store.objects.set(snapshot.manifestKey, Buffer.from(forged));

    await expect(readSliceManifest(store, { ...snapshot, manifestSha256: sha256(forged) })).rejects.toMatchObject({
      name: 'SnapshotIntegrityError',
      message: expect.stringContaining(`memory:${snapshot.manifestKey} is damaged: "[1].sha256": a sha256`),
    });
  });

  it('refuses a commit record with a negative row count, naming the field', async () => {
    const store = new MemoryStore();
    const { snapshot } = await freezeRecipients({ store, issuePrefix: 'issues/d/', list, sliceRows: 2, now: new Date() });
    store.objects.set('issues/d/recipients.json', Buffer.from(JSON.stringify({ ...snapshot, rows: -1 })));
    await expect(readSnapshotRecord(store, 'issues/d/')).rejects.toMatchObject({
      name: 'SnapshotIntegrityError',
      message: expect.stringContaining('recipients.json is damaged: "rows": must be at least 0'),
    });
  });

  it('refuses a commit record pointing outside its issue, naming both keys', async () => {
    const store = new MemoryStore();
    const { snapshot } = await freezeRecipients({ store, issuePrefix: 'issues/d/', list, sliceRows: 2, now: new Date() });
    store.objects.set('issues/d/recipients.json', Buffer.from(JSON.stringify({ ...snapshot, snapshotKey: 'subscribers/subscribers.csv' })));
    await expect(readSnapshotRecord(store, 'issues/d/')).rejects.toMatchObject({ message: expect.stringContaining('"snapshotKey" and "manifestKey" must name issues/d/recipients/') });
  });
});
