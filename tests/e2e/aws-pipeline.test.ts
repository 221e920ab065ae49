import { randomUUID } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecipientItem, SendBatchEvent } from '../../functions/events.js';
import { readDeliveryStatus } from '../../functions/core/delivery/delivery-status.js';
import { readLedger } from '../../functions/core/delivery/delivery-ledger.js';
import { parseSubscribers } from '../../functions/core/subscribers/parse-subscribers.js';
import { isSuppressed } from '../../functions/core/suppressions.js';
import { createCollectHandler } from '../../functions/lambda/collect.js';
import { createFeedbackHandler } from '../../functions/lambda/feedback.js';
import { createRenderHandler, defaultTemplatesDir } from '../../functions/lambda/render.js';
import { createSendContext, createSendHandler } from '../../functions/lambda/send.js';
import { createSummarizeHandler } from '../../functions/lambda/summarize.js';
import { createUnsubscribeHandler } from '../../functions/lambda/unsubscribe.js';
import { createTestBucket, SesControl, TEST_CREDENTIALS, testS3Client } from '../harness/aws.js';
import { emulatorLambdaContext, functionUrlEvent, lambdaInvocation } from '../harness/lambda.js';
import { sesBounce, snsEvent } from '../fixtures/ses-notifications.js';

/**
 * The cloud path end to end, through the Lambda handlers, against the S3 and
 * SES emulators over HTTP: the example day and subscriber list go into the
 * bucket; collect → render → two concurrent send workers → SES; then
 * unsubscribe, bounce and throttling on the following days.
 */

const EXAMPLES = join(import.meta.dirname, '../../examples');
const SAMPLE_DAY = '2026-11-26';
const VALID = ['ada@example.com', 'grace@example.com', 'linus@example.com', 'margaret@example.com', 'alan@example.com', 'katherine@example.com'];

const s3 = testS3Client();
const configurationSet = `e2e-${randomUUID().slice(0, 8)}`;
const ses = new SesControl(configurationSet);
let bucket: string;
let pipeline: ReturnType<typeof buildPipeline>;

function buildPipeline() {
  const overrides = { bucket, sesConfigurationSet: configurationSet, sendRate: 40, sendConcurrency: 4 };
  const context = (name: string) => emulatorLambdaContext(name, overrides);
  const sendBase = context('send');
  const sendContext = createSendContext(sendBase, { credentials: TEST_CREDENTIALS });
  return {
    store: sendContext.store,
    sendLog: sendBase.log,
    collect: createCollectHandler(context('collect')),
    render: createRenderHandler(context('render'), { templatesDir: defaultTemplatesDir() }),
    send: createSendHandler(sendContext, { retry: { baseDelayMs: 5, maxDelayMs: 40 } }),
    summarize: createSummarizeHandler(context('summarize')),
    unsubscribe: createUnsubscribeHandler(context('unsubscribe')),
    feedback: createFeedbackHandler(context('feedback')),
  };
}

/** Copies the example day's article files into the bucket under another date. */
async function uploadArticles(date: string): Promise<void> {
  const dir = join(EXAMPLES, 'articles', SAMPLE_DAY);
  for (const name of await readdir(dir)) await pipeline.store.put(`articles/${date}/${name}`, await readFile(join(dir, name)));
}

async function prepareIssue(date: string) {
  await uploadArticles(date);
  const runId = `run-${date}`;
  const collected = await pipeline.collect({ date, runId }, lambdaInvocation());
  const rendered = await pipeline.render({ date, runId }, lambdaInvocation());
  return { runId, collected, rendered };
}

/** The Distributed Map's view: the recipients snapshot as CSV rows, cut into batches. */
async function batches(date: string, runId: string, count: number): Promise<SendBatchEvent[]> {
  const csv = await pipeline.store.get(`issues/${date}/recipients.csv`);
  const items: RecipientItem[] = parseSubscribers(csv!).valid.map((s) => ({ email: s.email, name: s.name, ...s.fields }));
  const size = Math.ceil(items.length / count);
  return Array.from({ length: count }, (_, index) => ({
    Items: items.slice(index * size, (index + 1) * size),
    BatchInput: { date, runId, workers: count },
  }));
}

async function deliveredMessages() {
  const delivered = await ses.delivered();
  return Promise.all(
    delivered.map(async (attempt) => ({ attempt, parsed: await simpleParser(attempt.raw), header: headerReader(attempt.raw) })),
  );
}

/** Raw header values, unfolded: mailparser restructures List-* headers, SES passes them as sent. */
function headerReader(raw: Buffer) {
  const head = raw.toString('latin1').split('\r\n\r\n')[0]!.replace(/\r\n[ \t]+/g, ' ');
  return (name: string) =>
    head
      .split('\r\n')
      .find((line) => line.toLowerCase().startsWith(`${name.toLowerCase()}:`))
      ?.slice(name.length + 1)
      .trim();
}

beforeAll(async () => {
  bucket = await createTestBucket(s3, 'e2e');
  pipeline = buildPipeline();
  await pipeline.store.put('subscribers/subscribers.csv', await readFile(join(EXAMPLES, 'subscribers.csv')));
});

afterAll(async () => {
  await ses.reset();
  s3.destroy();
});

describe('the digest on AWS emulators, through the Lambda handlers', () => {
  const day1 = SAMPLE_DAY;

  it('collects and renders the example day, freezing the recipients snapshot once', async () => {
    const { runId, collected, rendered } = await prepareIssue(day1);
    expect(collected.nothingToSend).toBe(false);
    expect(collected.articleCount).toBeGreaterThan(0);
    expect(collected.skippedCount).toBeGreaterThan(0);
    expect(rendered.recipientCount).toBe(VALID.length);
    expect(rendered.recipientsKey).toBe(`issues/${day1}/recipients.csv`);
    expect(rendered.htmlBytes).toBeLessThanOrEqual(rendered.budgetBytes);
    for (const file of ['issue.json', 'rendered.json', 'digest.html', 'digest.txt', 'report.json']) {
      expect(await pipeline.store.get(`issues/${day1}/${file}`), file).not.toBeNull();
    }

    // A repeated execution of the day keeps the first list, even if the list changed meanwhile.
    const original = await pipeline.store.get('subscribers/subscribers.csv');
    await pipeline.store.put('subscribers/subscribers.csv', `${original!.toString()}late@example.com,Late Comer,Nowhere\n`);
    const again = await pipeline.render({ date: day1, runId: `${runId}-again` }, lambdaInvocation());
    expect(again.recipientCount).toBe(VALID.length);
    await pipeline.store.put('subscribers/subscribers.csv', original!);
  });

  it('sends exactly one message per valid subscriber from two concurrent workers, with RFC 8058 headers and both parts', async () => {
    const runId = `run-${day1}`;
    const results = await Promise.all((await batches(day1, runId, 2)).map((batch) => pipeline.send(batch, lambdaInvocation())));
    expect(results.reduce((sum, r) => sum + r.sent, 0)).toBe(VALID.length);
    expect(new Set(results.map((r) => r.sliceId)).size).toBe(2);

    const messages = await deliveredMessages();
    expect(messages.map((m) => m.attempt.destinations[0]).sort()).toEqual([...VALID].sort());
    for (const { attempt, parsed, header } of messages) {
      const recipient = attempt.destinations[0]!;
      expect(parsed.to && 'text' in parsed.to ? parsed.to.text : '').toBe(recipient);
      expect(header('List-Unsubscribe')).toMatch(/^<https:\/\/digest\.example\.com\/unsubscribe\?token=[\w.-]+>/);
      expect(header('List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
      expect(parsed.html).toContain('<html');
      expect(parsed.text).toMatch(/\S/);
      // The subject is the news; the list's name is the sender's.
      expect(parsed.subject).toMatch(/\S/);
      expect(parsed.from?.text).toContain('Daily Digest');
    }

    // The ledger in S3 says every recipient is sent, with the id SES gave.
    const status = await readDeliveryStatus(pipeline.store, `issues/${day1}/`);
    expect(status).toMatchObject({ recipients: VALID.length, sent: VALID.length, pending: 0, inFlight: 0, failed: [] });
    // Every log line of the invocation, the core's included, carries the issue date and run id.
    const finished = pipeline.sendLog.lines.filter((line) => line.message === 'Slice delivery finished');
    expect(finished).toHaveLength(2);
    for (const line of pipeline.sendLog.lines) expect(line.fields).toMatchObject({ date: day1, runId });
    const ledger = await readLedger(pipeline.store, `issues/${day1}/`);
    for (const { attempt } of messages) {
      expect(ledger.get(attempt.destinations[0]!)).toMatchObject({ status: 'sent', transportMessageId: attempt.messageId });
    }
  });

  it('sends nothing when the same batches are delivered again', async () => {
    const runId = `run-${day1}`;
    const before = (await ses.attempts()).length;
    const results = await Promise.all((await batches(day1, runId, 2)).map((batch) => pipeline.send(batch, lambdaInvocation())));
    expect(results.map((r) => r.sent)).toEqual([0, 0]);
    expect(results.reduce((sum, r) => sum + r.alreadySent, 0)).toBe(VALID.length);
    expect((await ses.attempts()).length).toBe(before);
  });

  it('summarizes the ledger into report.json', async () => {
    const summary = await pipeline.summarize({ date: day1, runId: `run-${day1}` }, lambdaInvocation());
    expect(summary).toMatchObject({ recipients: VALID.length, sent: VALID.length, pending: 0, failed: 0 });
    const report = JSON.parse((await pipeline.store.get(`issues/${day1}/report.json`))!.toString());
    expect(report.messages).toMatchObject({ sent: VALID.length, pending: 0, transport: 'ses' });
    expect(report.articles.included.length).toBeGreaterThan(0);
    expect(report.subscribers.valid).toBe(VALID.length);
  });

  it('honours the unsubscribe link from a delivered message: GET confirms only, forged is refused, POST unsubscribes', async () => {
    const grace = (await deliveredMessages()).find((m) => m.attempt.destinations[0] === 'grace@example.com')!;
    const url = /<(https:[^>]+)>/.exec(grace.header('List-Unsubscribe')!)![1]!;

    const page = await pipeline.unsubscribe(functionUrlEvent({ method: 'GET', url }));
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<form method="post">');
    expect(await isSuppressed(pipeline.store, 'grace@example.com')).toBe(false);

    const forged = new URL(url);
    const token = forged.searchParams.get('token')!;
    forged.searchParams.set('token', `${token.slice(0, -2)}${token.endsWith('AA') ? 'BB' : 'AA'}`);
    const refused = await pipeline.unsubscribe(
      functionUrlEvent({ method: 'POST', url: forged.toString(), body: 'List-Unsubscribe=One-Click', contentType: 'application/x-www-form-urlencoded' }),
    );
    expect(refused.statusCode).toBe(400);
    expect(await isSuppressed(pipeline.store, 'grace@example.com')).toBe(false);

    const oneClick = await pipeline.unsubscribe(
      functionUrlEvent({ method: 'POST', url, body: 'List-Unsubscribe=One-Click', contentType: 'application/x-www-form-urlencoded' }),
    );
    expect(oneClick.statusCode).toBe(200);
    expect(await isSuppressed(pipeline.store, 'grace@example.com')).toBe(true);
  });

  it('skips the unsubscribed address in the next issue', async () => {
    const day2 = '2026-11-27';
    await ses.reset();
    const { runId } = await prepareIssue(day2);
    // The offset/count form of the send event, over the whole snapshot.
    const result = await pipeline.send({ date: day2, runId, offset: 0, count: VALID.length }, lambdaInvocation());
    expect(result).toMatchObject({ sent: VALID.length - 1, suppressed: 1, pending: 0 });
    const recipients = (await ses.delivered()).map((a) => a.destinations[0]);
    expect(recipients).not.toContain('grace@example.com');
    expect(recipients).toHaveLength(VALID.length - 1);
  });

  it('suppresses a hard-bounced address and, through SES throttling, still delivers every other message exactly once', async () => {
    const feedback = await pipeline.feedback(snsEvent(sesBounce('Permanent', ['linus@example.com'])));
    expect(feedback.suppressed).toBe(1);
    expect(await isSuppressed(pipeline.store, 'linus@example.com')).toBe(true);

    const day3 = '2026-11-28';
    await ses.reset();
    const { runId } = await prepareIssue(day3);
    await ses.injectFault({ kind: 'throttling', times: 3 });
    const results = await Promise.all((await batches(day3, runId, 2)).map((batch) => pipeline.send(batch, lambdaInvocation())));

    const expected = VALID.filter((address) => address !== 'grace@example.com' && address !== 'linus@example.com');
    expect(results.reduce((sum, r) => sum + r.sent, 0)).toBe(expected.length);
    expect(results.reduce((sum, r) => sum + r.suppressed, 0)).toBe(2);
    const attempts = await ses.attempts();
    expect(attempts.filter((a) => a.outcome === 'throttling')).toHaveLength(3);
    expect(attempts.filter((a) => a.outcome === 'accepted').map((a) => a.destinations[0]).sort()).toEqual([...expected].sort());
    const status = await readDeliveryStatus(pipeline.store, `issues/${day3}/`);
    expect(status).toMatchObject({ sent: expected.length, pending: 0, suppressed: 2 });
  });

  it('stops a worker that is out of time before it sends, failing so the retry resumes the slice', async () => {
    await ses.reset();
    const batch: SendBatchEvent = { Items: [{ email: 'latecomer@example.com', name: 'Late' }], BatchInput: { date: SAMPLE_DAY, runId: 'run-late', workers: 1 } };
    // Less time left than the safety margin: the deadline has already passed.
    await expect(pipeline.send(batch, lambdaInvocation(5_000))).rejects.toMatchObject({ name: 'SliceIncompleteError' });
    expect(await ses.attempts()).toHaveLength(0);
    const retried = await pipeline.send(batch, lambdaInvocation());
    expect(retried).toMatchObject({ sent: 1, pending: 0, stoppedBecause: null });
    expect((await ses.delivered()).map((a) => a.destinations[0])).toEqual(['latecomer@example.com']);
  });

  it('refuses malformed send events before touching anything', async () => {
    const invocation = lambdaInvocation();
    await expect(pipeline.send({ date: '26-11-2026', runId: 'r', offset: 0 }, invocation)).rejects.toMatchObject({ name: 'InvalidEventError' });
    await expect(pipeline.send({ date: SAMPLE_DAY, runId: 'r' }, invocation)).rejects.toMatchObject({ name: 'InvalidEventError' });
    await expect(pipeline.send({ date: SAMPLE_DAY, runId: 'r', offset: 0, testTo: ['a@example.com'] }, invocation)).rejects.toMatchObject({ name: 'InvalidEventError' });
    await expect(pipeline.send({ date: SAMPLE_DAY, runId: 'r', testTo: ['x@example.com\r\nBcc: y@example.com'] }, invocation)).rejects.toMatchObject({ name: 'InvalidEventError' });
    await expect(pipeline.send({ date: SAMPLE_DAY, runId: 'r', offset: 0, workers: 0 }, invocation)).rejects.toMatchObject({ name: 'InvalidEventError' });
  });

  it('sends a test message to an editor without touching the ledger', async () => {
    await ses.reset();
    const before = await readDeliveryStatus(pipeline.store, `issues/${SAMPLE_DAY}/`);
    const result = await pipeline.send({ date: SAMPLE_DAY, runId: 'editor-test', testTo: ['editor@example.com'] }, lambdaInvocation());
    expect(result).toMatchObject({ sliceId: 'test', sent: 1, failed: 0 });
    const [message] = await deliveredMessages();
    expect(message?.attempt.destinations).toEqual(['editor@example.com']);
    expect(message?.parsed.subject).toMatch(/^\[TEST\]/);
    const after = await readDeliveryStatus(pipeline.store, `issues/${SAMPLE_DAY}/`);
    expect(after.recipients).toBe(before.recipients);
    expect((await readLedger(pipeline.store, `issues/${SAMPLE_DAY}/`)).get('editor@example.com')).toBeUndefined();
  });
});
