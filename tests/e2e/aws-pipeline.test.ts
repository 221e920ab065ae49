import { randomUUID } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SendSliceEvent } from '../../functions/contracts/step-events.js';
import { S3Store } from '../../functions/adapters/s3-store.js';
import { SesTransport } from '../../functions/adapters/ses-transport.js';
import { readDeliveryStatus } from '../../functions/core/delivery/delivery-status.js';
import { readLedger } from '../../functions/core/delivery/delivery-ledger.js';
import { runDigest } from '../../functions/core/pipeline/run-digest.js';
import type { SliceDescriptor } from '../../functions/core/pipeline/recipients-snapshot.js';
import { compileTemplates } from '../../functions/core/render/digest-templates.js';
import { isSuppressed } from '../../functions/core/suppressions.js';
import { createCollectHandler } from '../../functions/lambda/collect.js';
import { createFeedbackHandler } from '../../functions/lambda/feedback.js';
import { createRenderHandler, defaultTemplatesDir } from '../../functions/lambda/render.js';
import { createSendContext, createSendHandler } from '../../functions/lambda/send.js';
import { createSummarizeHandler } from '../../functions/lambda/summarize.js';
import { createUnsubscribeHandler } from '../../functions/lambda/unsubscribe.js';
import { createTestBucket, emulatorConfig, SesControl, TEST_CREDENTIALS, testS3Client, testSesClient } from '../harness/aws.js';
import { emulatorLambdaContext, functionUrlEvent, lambdaInvocation } from '../harness/lambda.js';
import { sesBounce, snsEvent } from '../fixtures/ses-notifications.js';

/**
 * The cloud path end to end, through the Lambda handlers, against the S3 and
 * SES emulators over HTTP, in the order the state machine runs them: collect →
 * render and freeze → one send worker per manifest slice (concurrently, as the
 * Distributed Map does) → summarize; then unsubscribe, bounce, throttling,
 * sender-side SES errors and the CLI running the same steps.
 */

const EXAMPLES = join(import.meta.dirname, '../../examples');
const SAMPLE_DAY = '2026-11-26';
const VALID = ['ada@example.com', 'grace@example.com', 'linus@example.com', 'margaret@example.com', 'alan@example.com', 'katherine@example.com'];
/** Two recipients per slice: the six valid subscribers make three slices. */
const SLICE_ROWS = 2;
const SETTINGS = { sendRate: 40, sendConcurrency: 4 };

const s3 = testS3Client();
const configurationSet = `e2e-${randomUUID().slice(0, 8)}`;
const ses = new SesControl(configurationSet);
let bucket: string;
let pipeline: ReturnType<typeof buildPipeline>;

function buildPipeline() {
  const overrides = { bucket, sesConfigurationSet: configurationSet, ...SETTINGS };
  const context = (name: string) => emulatorLambdaContext(name, overrides);
  const sendBase = context('send');
  const sendContext = createSendContext(sendBase, { credentials: TEST_CREDENTIALS });
  const metrics: string[] = [];
  return {
    store: sendContext.store,
    sendLog: sendBase.log,
    metrics,
    collect: createCollectHandler(context('collect')),
    render: createRenderHandler(context('render'), { templatesDir: defaultTemplatesDir(), sliceRows: SLICE_ROWS }),
    send: createSendHandler(sendContext, { retry: { baseDelayMs: 5, maxDelayMs: 40 } }),
    summarize: createSummarizeHandler(context('summarize'), { writeMetrics: (line) => metrics.push(line) }),
    unsubscribe: createUnsubscribeHandler(context('unsubscribe')),
    feedback: createFeedbackHandler(context('feedback')),
  };
}

/** Copies the example day's article files into the bucket under another date. */
async function uploadArticles(date: string): Promise<void> {
  const dir = join(EXAMPLES, 'articles', SAMPLE_DAY);
  for (const name of await readdir(dir)) await pipeline.store.put(`articles/${date}/${name}`, await readFile(join(dir, name)));
}

/** Collect, then Render and freeze, as the state machine's real-send branch does. */
async function prepareIssue(date: string, runId = `run-${date}`) {
  await uploadArticles(date);
  const collected = await pipeline.collect({ date, runId }, lambdaInvocation());
  const rendered = await pipeline.render({ date, runId, freeze: true }, lambdaInvocation());
  return { runId, collected, rendered };
}

/** The Distributed Map's view: the manifest's items, each wrapped by the ItemSelector. */
async function mapChildren(date: string, runId: string): Promise<SendSliceEvent[]> {
  const record = JSON.parse((await pipeline.store.get(`issues/${date}/recipients.json`))!.toString());
  const slices = JSON.parse((await pipeline.store.get(record.manifestKey))!.toString()) as SliceDescriptor[];
  return slices.map((slice) => ({ date, runId, workers: slices.length, slice }));
}

/** Every child at once, as MaxConcurrency would allow; a child that throws is a failed Map child. */
async function runMap(date: string, runId: string) {
  return Promise.allSettled((await mapChildren(date, runId)).map((child) => pipeline.send(child, lambdaInvocation())));
}

function fulfilled<T>(results: PromiseSettledResult<T>[]): T[] {
  return results.map((result) => {
    if (result.status === 'rejected') throw result.reason;
    return result.value;
  });
}

async function report(date: string) {
  return JSON.parse((await pipeline.store.get(`issues/${date}/report.json`))!.toString());
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

  it('freezes nothing for a test render, then freezes the list once into a verified slice manifest for the real send', async () => {
    await uploadArticles(day1);
    const runId = `run-${day1}`;
    const collected = await pipeline.collect({ date: day1, runId }, lambdaInvocation());
    expect(collected.nothingToSend).toBe(false);
    expect(collected.articleCount).toBeGreaterThan(0);
    expect(collected.skippedCount).toBeGreaterThan(0);

    const test = await pipeline.render({ date: day1, runId, freeze: false }, lambdaInvocation());
    expect(test.manifestKey).toBeUndefined();
    expect(await pipeline.store.get(`issues/${day1}/recipients.json`)).toBeNull();
    expect(await pipeline.store.get(`issues/${day1}/digest.html`)).not.toBeNull();

    const rendered = await pipeline.render({ date: day1, runId, freeze: true }, lambdaInvocation());
    expect(rendered).toMatchObject({ recipients: VALID.length, slices: 3, changedSinceFrozen: null });
    expect(rendered.manifestKey).toMatch(new RegExp(`^issues/${day1}/recipients/[0-9a-f]{64}\\.slices\\.json$`));
    expect(rendered.htmlBytes).toBeLessThanOrEqual(rendered.budgetBytes);
    for (const file of ['issue.json', 'rendered.json', 'digest.html', 'digest.txt', 'report.json', 'recipients.json']) {
      expect(await pipeline.store.get(`issues/${day1}/${file}`), file).not.toBeNull();
    }
    // The manifest holds byte ranges and hashes, never an address.
    const manifest = (await pipeline.store.get(rendered.manifestKey!))!.toString();
    expect(manifest).not.toContain('@');

    // A repeated execution of the day keeps the first list, and says how the current list differs.
    const original = await pipeline.store.get('subscribers/subscribers.csv');
    await pipeline.store.put('subscribers/subscribers.csv', `${original!.toString()}late@example.com,Late Comer,Nowhere\n`);
    const again = await pipeline.render({ date: day1, runId: `${runId}-again`, freeze: true }, lambdaInvocation());
    expect(again).toMatchObject({ recipients: VALID.length, manifestKey: rendered.manifestKey, changedSinceFrozen: { added: 1, removed: 0 } });
    expect((await report(day1)).subscribers.changedSinceFrozen).toEqual({ added: 1, removed: 0 });
    await pipeline.store.put('subscribers/subscribers.csv', original!);
  });

  it('sends exactly one message per valid subscriber from concurrent slice workers, with RFC 8058 headers and both parts', async () => {
    const runId = `run-${day1}`;
    const results = fulfilled(await runMap(day1, runId));
    expect(results.reduce((sum, r) => sum + r.sent, 0)).toBe(VALID.length);
    expect(results.map((r) => r.sliceId)).toEqual(['slice-00000', 'slice-00001', 'slice-00002']);

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

    // The ledger in S3 says every recipient is sent, with the id SES gave; each slice wrote its own.
    const status = await readDeliveryStatus(pipeline.store, `issues/${day1}/`);
    expect(status).toMatchObject({ recipients: VALID.length, sent: VALID.length, pending: 0, inFlight: 0, failed: [] });
    expect(status.slices.map((slice) => [slice.sliceId, slice.sent])).toEqual([
      ['slice-00000', 2],
      ['slice-00001', 2],
      ['slice-00002', 2],
    ]);
    // Every log line of the invocation, the core's included, carries the issue date and run id.
    const finished = pipeline.sendLog.lines.filter((line) => line.message === 'Slice delivery finished');
    expect(finished).toHaveLength(3);
    for (const line of pipeline.sendLog.lines) expect(line.fields).toMatchObject({ date: day1, runId });
    const ledger = await readLedger(pipeline.store, `issues/${day1}/`);
    for (const { attempt } of messages) {
      expect(ledger.get(attempt.destinations[0]!)).toMatchObject({ status: 'sent', transportMessageId: attempt.messageId });
    }
  });

  it('sends nothing when the same slices are delivered again', async () => {
    const runId = `run-${day1}`;
    const before = (await ses.attempts()).length;
    const results = fulfilled(await runMap(day1, runId));
    expect(results.map((r) => r.sent)).toEqual([0, 0, 0]);
    expect(results.reduce((sum, r) => sum + r.alreadySent, 0)).toBe(VALID.length);
    expect((await ses.attempts()).length).toBe(before);
  });

  it('summarizes the slice summaries into report.json and publishes the run metrics', async () => {
    const summary = await pipeline.summarize({ date: day1, runId: `run-${day1}` }, lambdaInvocation(60_000, 'digest-summarize'));
    expect(summary).toMatchObject({ recipients: VALID.length, sent: VALID.length, alreadySent: 0, pending: 0, failed: 0, slices: 3, unreportedSlices: 0 });
    const written = await report(day1);
    expect(written.messages).toMatchObject({ sent: VALID.length, alreadySent: 0, pending: 0, transport: 'ses', slices: { total: 3, reported: 3 } });
    expect(written.articles.included.length).toBeGreaterThan(0);
    expect(written.subscribers.valid).toBe(VALID.length);
    const metrics = JSON.parse(pipeline.metrics.at(-1)!);
    expect(metrics).toMatchObject({ FunctionName: 'digest-summarize', RecipientsSent: VALID.length, RecipientsPending: 0 });
    expect(metrics._aws.CloudWatchMetrics[0]).toMatchObject({ Namespace: 'DailyDigest', Dimensions: [['FunctionName']] });

    // A later execution of the same day sends nothing and says everyone was sent before.
    const later = await pipeline.summarize({ date: day1, runId: 'a-later-run' }, lambdaInvocation());
    expect(later).toMatchObject({ sent: 0, alreadySent: VALID.length, pending: 0 });
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
    const results = fulfilled(await runMap(day2, runId));
    expect(results.reduce((sum, r) => sum + r.sent, 0)).toBe(VALID.length - 1);
    expect(results.reduce((sum, r) => sum + r.suppressed, 0)).toBe(1);
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
    const results = fulfilled(await runMap(day3, runId));

    const expected = VALID.filter((address) => address !== 'grace@example.com' && address !== 'linus@example.com');
    expect(results.reduce((sum, r) => sum + r.sent, 0)).toBe(expected.length);
    expect(results.reduce((sum, r) => sum + r.suppressed, 0)).toBe(2);
    const attempts = await ses.attempts();
    expect(attempts.filter((a) => a.outcome === 'throttling')).toHaveLength(3);
    expect(attempts.filter((a) => a.outcome === 'accepted').map((a) => a.destinations[0]).sort()).toEqual([...expected].sort());
    const status = await readDeliveryStatus(pipeline.store, `issues/${day3}/`);
    expect(status).toMatchObject({ sent: expected.length, pending: 0, suppressed: 2 });
  });

  it.each([
    ['AccessDenied', 'access-denied'],
    ['ConfigurationSetDoesNotExist', 'configuration-set-missing'],
  ] as const)(
    'when SES answers %s to every send, leaves every recipient pending with the reason, and a run after the fix delivers to all exactly once',
    async (code, fault) => {
      const day = code === 'AccessDenied' ? '2026-12-01' : '2026-12-02';
      await ses.reset();
      const { runId } = await prepareIssue(day, `broken-${day}`);
      await ses.injectFault({ kind: fault });
      // Slices one at a time, as a Map with MaxConcurrency 1 runs them: the first meets the error, the others skip SES.
      const results = [];
      for (const child of await mapChildren(day, runId)) results.push(await pipeline.send(child, lambdaInvocation()));
      expect(results.map((r) => r.stoppedBecause)).toEqual(['sender-error', 'sender-error', 'sender-error']);
      expect(results.reduce((sum, r) => sum + r.failed, 0)).toBe(0);
      // One SES call told the run what it needed to know; the other slices did not knock again.
      expect((await ses.attempts()).filter((a) => a.outcome === fault).length).toBeLessThanOrEqual(SETTINGS.sendConcurrency);

      const summary = await pipeline.summarize({ date: day, runId }, lambdaInvocation(60_000, 'digest-summarize'));
      expect(summary).toMatchObject({ sent: 0, failed: 0, pending: 4, suppressed: 2, stoppedBecause: 'sender-error' });
      expect(JSON.parse(pipeline.metrics.at(-1)!)).toMatchObject({ RecipientsPending: 4 });
      const broken = await report(day);
      expect(broken.messages.stopReason).toContain(code);
      expect(broken.messages.failed).toEqual([]);

      // The fix: SES accepts again. A new execution ignores the old run's stop marker.
      await ses.clearFaults();
      const fixedRun = `fixed-${day}`;
      await pipeline.render({ date: day, runId: fixedRun, freeze: true }, lambdaInvocation());
      fulfilled(await runMap(day, fixedRun));
      const fixed = await pipeline.summarize({ date: day, runId: fixedRun }, lambdaInvocation());
      expect(fixed).toMatchObject({ sent: 4, pending: 0, failed: 0, stoppedBecause: null });
      const accepted = (await ses.delivered()).map((a) => a.destinations[0]!).sort();
      expect(accepted).toEqual(VALID.filter((a) => a !== 'grace@example.com' && a !== 'linus@example.com').sort());
    },
  );

  it('counts the recipients of a slice whose worker failed as pending, without failing the summary', async () => {
    const day = '2026-12-03';
    await ses.reset();
    const { runId } = await prepareIssue(day);
    const [first, ...rest] = await mapChildren(day, runId);
    // The first child never ran to its end (its Lambda was killed): only the others report.
    for (const child of rest) await pipeline.send(child, lambdaInvocation());
    const summary = await pipeline.summarize({ date: day, runId }, lambdaInvocation());
    expect(summary).toMatchObject({ pending: first!.slice.rows, unreportedSlices: 1, slices: 3 });
    expect((await report(day)).messages.pendingReasons).toContainEqual(expect.objectContaining({ code: 'not-reported', count: first!.slice.rows }));
  });

  it('stops a worker that is out of time before it sends, failing so the retry resumes the slice', async () => {
    const day = '2026-12-04';
    await ses.reset();
    const { runId } = await prepareIssue(day);
    const [child] = await mapChildren(day, runId);
    // Less time left than the safety margin: the deadline has already passed.
    await expect(pipeline.send(child!, lambdaInvocation(5_000))).rejects.toMatchObject({ name: 'SliceIncompleteError' });
    expect(await ses.attempts()).toHaveLength(0);
    const retried = await pipeline.send(child!, lambdaInvocation());
    // The first slice is ada and grace, who unsubscribed earlier.
    expect(retried).toMatchObject({ sent: 1, suppressed: 1, pending: 0, stoppedBecause: null });
    expect((await ses.delivered()).map((a) => a.destinations[0])).toEqual(['ada@example.com']);
  });

  it('refuses malformed send events before touching anything', async () => {
    const invocation = lambdaInvocation();
    const [child] = await mapChildren(day1, `run-${day1}`);
    const send = (event: unknown) => pipeline.send(event, invocation);
    await expect(send({ ...child, date: '26-11-2026' })).rejects.toMatchObject({ name: 'InvalidEventError' });
    await expect(send({ date: SAMPLE_DAY, runId: 'r' })).rejects.toMatchObject({ name: 'InvalidEventError' });
    await expect(send({ ...child, workers: 0 })).rejects.toMatchObject({ name: 'InvalidEventError' });
    await expect(send({ ...child, slice: { ...child!.slice, sliceId: '../../subscribers' } })).rejects.toMatchObject({ name: 'InvalidEventError' });
    await expect(send({ ...child, slice: { ...child!.slice, sha256: 'x' } })).rejects.toMatchObject({ name: 'InvalidEventError' });
    await expect(send({ date: SAMPLE_DAY, runId: 'r', testTo: ['x@example.com\r\nBcc: y@example.com'] })).rejects.toMatchObject({ name: 'InvalidEventError' });
  });

  it('refuses a slice whose bytes do not match the manifest, naming the snapshot', async () => {
    const [child] = await mapChildren(day1, `run-${day1}`);
    const shifted = { ...child!, slice: { ...child!.slice, start: child!.slice.start + 1 } };
    await expect(pipeline.send(shifted, lambdaInvocation())).rejects.toMatchObject({
      name: 'SnapshotIntegrityError',
      message: expect.stringMatching(/recipients\/[0-9a-f]{64}\.csv bytes .* do not match/),
    });
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

describe('the CLI and the Lambda functions run the same steps', () => {
  it('write the same report.json for the same inputs', async () => {
    const date = '2026-12-10';
    const runId = 'parity-run';
    const config = emulatorConfig({ sesConfigurationSet: configurationSet, ...SETTINGS });
    const lambdaBucket = await createTestBucket(s3, 'parity-lambda');
    const cliBucket = await createTestBucket(s3, 'parity-cli');
    const subscribers = await readFile(join(EXAMPLES, 'subscribers.csv'));
    const dayDir = join(EXAMPLES, 'articles', SAMPLE_DAY);
    for (const target of [lambdaBucket, cliBucket]) {
      const store = new S3Store({ client: s3, bucket: target });
      await store.put('subscribers/subscribers.csv', subscribers);
      for (const name of await readdir(dayDir)) await store.put(`articles/${date}/${name}`, await readFile(join(dayDir, name)));
    }

    // The state machine's order, through the handlers, with the stack's own slice layout.
    const context = (name: string) => emulatorLambdaContext(name, { bucket: lambdaBucket, sesConfigurationSet: configurationSet, ...SETTINGS });
    const lambdaStore = new S3Store({ client: s3, bucket: lambdaBucket });
    await createCollectHandler(context('collect'))({ date, runId }, lambdaInvocation());
    const rendered = await createRenderHandler(context('render'), { templatesDir: defaultTemplatesDir() })({ date, runId, freeze: true }, lambdaInvocation());
    const send = createSendHandler(createSendContext(context('send'), { credentials: TEST_CREDENTIALS }));
    const slices = JSON.parse((await lambdaStore.get(rendered.manifestKey!))!.toString()) as SliceDescriptor[];
    for (const slice of slices) await send({ date, runId, workers: 1, slice }, lambdaInvocation());
    await createSummarizeHandler(context('summarize'), { writeMetrics: () => {} })({ date, runId }, lambdaInvocation());

    // The CLI's pipeline over the other bucket.
    const cliStore = new S3Store({ client: s3, bucket: cliBucket });
    await runDigest({
      date,
      runId,
      articles: cliStore,
      articlesPrefix: `articles/${date}/`,
      issues: cliStore,
      issuePrefix: `issues/${date}/`,
      suppressions: cliStore,
      subscribersCsv: subscribers,
      templates: await compileTemplates(defaultTemplatesDir()),
      render: config,
      messages: { ...config, hmacSecret: config.hmacSecret! },
      transport: new SesTransport({ client: testSesClient(config), configurationSet }),
      ratePerSecond: config.sendRate,
      concurrency: config.sendConcurrency,
    });

    const comparable = async (store: S3Store) => {
      const { generatedAt: _generatedAt, ...rest } = JSON.parse((await store.get(`issues/${date}/report.json`))!.toString());
      return rest;
    };
    const fromLambda = await comparable(lambdaStore);
    expect(fromLambda.messages).toMatchObject({ sent: VALID.length, pending: 0 });
    expect(await comparable(cliStore)).toEqual(fromLambda);
  });
});
