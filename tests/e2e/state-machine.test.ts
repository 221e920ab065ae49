import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoDbSubscriberStore } from '../../functions/adapters/dynamodb-subscriber-store.js';
import { S3Store } from '../../functions/adapters/s3-store.js';
import { executionInput, executionName } from '../../functions/cli/cloud-commands.js';
import { readLedger } from '../../functions/core/delivery/delivery-ledger.js';
import { importSubscribers } from '../../functions/core/subscribers/manage-subscribers.js';
import { createTestBucket, createTestTable, SesControl, testDynamoDbClient, testS3Client } from '../harness/aws.js';
import { digestLambdas, type DigestLambdas } from '../harness/step-functions/digest-lambdas.js';
import { ContractViolationError } from '../harness/step-functions/contracts.js';
import { LambdaService, type LambdaHandler } from '../harness/step-functions/lambda-service.js';
import { StepFunctions } from '../harness/step-functions/step-functions.js';
import { synthesizeMachine, type AslState, type SynthesizedMachine } from '../harness/step-functions/synthesized-machine.js';

/**
 * The state machine `cdk synth` produces, executed end to end: the definition
 * comes from the synthesized template, every Task runs the real handler on the
 * S3 and SES emulators, and the harness plays the Distributed Map's S3 reader,
 * batcher, concurrency limit, failure tolerance and result writer.
 */

const EXAMPLE_DAY = join(import.meta.dirname, '../../examples/articles/2026-11-26');
const ARTICLES = ['city-council-bike-lanes.md', 'markets-wrap.json', 'quantum-battery.json'];
const SUBSCRIBERS = Array.from({ length: 12 }, (_, i) => `reader${String(i + 1).padStart(2, '0')}@example.com`);

const s3 = testS3Client();
const dynamodb = testDynamoDbClient();
const configurationSet = `sfn-${randomUUID().slice(0, 8)}`;
const ses = new SesControl(configurationSet);
let bucket: string;
let machine: SynthesizedMachine;
let lambdas: DigestLambdas;
let lambda: LambdaService;
let engine: StepFunctions;
let store: S3Store;

async function put(key: string, body: string | Buffer) {
  await store.put(key, body);
}

async function getJson<T>(key: string): Promise<T> {
  const bytes = await store.get(key);
  if (!bytes) throw new Error(`no ${key} in the bucket`);
  return JSON.parse(bytes.toString('utf8')) as T;
}

async function publishArticles(date: string): Promise<void> {
  for (const name of ARTICLES) await put(`articles/${date}/${name}`, await readFile(join(EXAMPLE_DAY, name)));
}

function mapState(): [string, AslState] {
  const found = Object.entries(machine.definition.States).find(([, state]) => state.Type === 'Map');
  if (!found) throw new Error('the definition has no Map state');
  return found;
}


interface Report {
  nothingToSend: string | null;
  messages: {
    sent: number;
    alreadySent: number;
    pending: number;
    failedCount: number;
    stoppedBecause: string | null;
    stopReason: string | null;
    slices: { total: number; reported: number };
  };
}

interface ResultWriterOutput {
  MapRunArn: string;
  ResultWriterDetails: { Bucket: string; Key: string };
}

/** The child results the Map's ResultWriter left in the bucket (COMPACT: a success is its output alone). */
async function mapResults(details: ResultWriterOutput): Promise<{ succeeded: Array<Record<string, unknown>>; failed: Array<{ Status: string; Error: string }> }> {
  const manifest = await getJson<{ ResultFiles: Record<'SUCCEEDED' | 'FAILED', Array<{ Key: string }>> }>(details.ResultWriterDetails.Key);
  const read = async <T>(files: Array<{ Key: string }>) => (await Promise.all(files.map((file) => getJson<T[]>(file.Key)))).flat();
  return { succeeded: await read(manifest.ResultFiles.SUCCEEDED), failed: await read(manifest.ResultFiles.FAILED) };
}

async function keysUnder(prefix: string): Promise<string[]> {
  const keys: string[] = [];
  for await (const object of store.list(prefix)) keys.push(object.key);
  return keys;
}

const REAL_SEND = ['Name the run', 'Collect', 'Name the day', 'Anything to send?', 'Test send?', 'Render and freeze', 'Send to subscribers', 'Summarize', 'Sent?'];

beforeAll(async () => {
  bucket = await createTestBucket(s3, 'sfn');
  machine = synthesizeMachine({ bucket });
  // The render function freezes the list from the subscriber table the stack gives it: the same readers, imported as confirmed.
  const subscribersTable = await createTestTable(dynamodb, 'sfn-subscribers');
  await importSubscribers(
    new DynamoDbSubscriberStore({ client: dynamodb, tableName: subscribersTable }),
    `email,name\n${SUBSCRIBERS.map((address, i) => `${address},Reader ${i + 1}`).join('\n')}\n`,
    { source: 'state-machine.test', now: new Date() },
  );
  lambdas = digestLambdas(machine, { configurationSet, overrides: { subscribersTable } });
  lambda = new LambdaService(machine.functions, lambdas.handlers);
  engine = new StepFunctions(machine, lambda, s3);
  store = new S3Store({ client: s3, bucket });
});

afterAll(async () => {
  await ses.reset();
  s3.destroy();
  dynamodb.destroy();
});

describe('the synthesized state machine, executed', () => {
  const scheduledDay = '2026-12-01';

  it('delivers a scheduled day to every subscriber exactly once and writes the report', async () => {
    await ses.reset();
    await publishArticles(scheduledDay);
    // The input the daily rule's InputTransformer builds from the scheduled event.
    const input = machine.scheduledInput(`${scheduledDay}T06:00:00Z`);
    const run = await engine.start(input, `schedule-${scheduledDay}`);

    expect(run.error ? `${run.error}: ${run.cause}` : run.status).toBe('SUCCEEDED');
    expect(run.path).toEqual([...REAL_SEND, 'Done']);
    const delivered = (await ses.delivered()).map((attempt) => attempt.destinations.join(','));
    expect(delivered.sort()).toEqual(SUBSCRIBERS);
    // Render and freeze published the web page every email's "View in browser" link points to.
    const page = (await store.get(`archive/${scheduledDay}/index.html`))?.toString('utf8') ?? '';
    expect(page).toContain('</html>');
    expect(page).not.toContain('unsubscribe');
    const email = await simpleParser((await ses.delivered())[0]!.raw);
    expect(email.html).toContain(`/archive/${scheduledDay}/`);

    // Collect got the schedule's instant and resolved it to the newsroom's day; every later step got
    // that day, and all of them the execution name as run id.
    const [collect, ...later] = lambda.invocations;
    expect(collect!.payload).toMatchObject({ date: `${scheduledDay}T06:00:00Z`, runId: `schedule-${scheduledDay}` });
    for (const invocation of later) {
      expect(invocation.payload).toMatchObject({ date: scheduledDay, runId: `schedule-${scheduledDay}` });
    }
    const [mapName, map] = mapState();
    const [mapRun] = run.mapRuns;
    const output = run.output as { render: { slices: number; recipients: number }; send: ResultWriterOutput; summary: Record<string, unknown> };
    expect(mapRun?.state).toBe(mapName);
    expect(mapRun?.itemCount).toBe(output.render.slices);
    expect(mapRun?.peakConcurrency).toBeLessThanOrEqual(map.MaxConcurrency);
    // The children carry a slice descriptor, never an address.
    for (const child of mapRun!.children) {
      expect(child.input).toMatchObject({ date: scheduledDay, runId: `schedule-${scheduledDay}`, workers: map.MaxConcurrency, slice: expect.any(Object) });
      expect(JSON.stringify(child.input)).not.toMatch(/@example\.com/);
    }
    const results = await mapResults(output.send);
    expect(results.failed).toEqual([]);
    expect(results.succeeded).toHaveLength(mapRun!.children.length);
    expect(results.succeeded.reduce((sum, result) => sum + (result.sent as number), 0)).toBe(SUBSCRIBERS.length);

    const report = await getJson<Report>(`issues/${scheduledDay}/report.json`);
    expect(report.messages).toMatchObject({ sent: SUBSCRIBERS.length, pending: 0, failedCount: 0, stoppedBecause: null });
    expect(output.summary).toMatchObject({ recipients: SUBSCRIBERS.length, sent: SUBSCRIBERS.length, pending: 0, reportKey: `issues/${scheduledDay}/report.json` });
  });

  it('sends nothing when the same date is executed a second time', async () => {
    await ses.reset();
    // What `digest send --date` starts.
    const run = await engine.start(executionInput(scheduledDay), executionName(scheduledDay));
    expect(run.error ? `${run.error}: ${run.cause}` : run.status).toBe('SUCCEEDED');
    expect(await ses.attempts()).toEqual([]);
    const report = await getJson<Report>(`issues/${scheduledDay}/report.json`);
    expect(report.messages).toMatchObject({ sent: 0, alreadySent: SUBSCRIBERS.length, pending: 0 });
  });

  it('ends a day with nothing to send in its own branch, before rendering', async () => {
    await ses.reset();
    const day = '2026-12-02';
    await put(`articles/${day}/empty-article.txt`, await readFile(join(EXAMPLE_DAY, 'empty-article.txt')));
    const rendersBefore = lambda.invocationsOf('render').length;
    const run = await engine.start({ date: day }, `empty-${day}`);

    expect(run.status).toBe('SUCCEEDED');
    expect(run.path).toEqual(['Name the run', 'Collect', 'Name the day', 'Anything to send?', 'Nothing to send']);
    expect(lambda.invocationsOf('render')).toHaveLength(rendersBefore);
    expect(await ses.attempts()).toEqual([]);
    const report = await getJson<Report>(`issues/${day}/report.json`);
    expect(report.nothingToSend).toMatch(/no usable article/);
  });

  it("sends an editors' test only to the test addresses, marked as a test, freezing nothing", async () => {
    await ses.reset();
    const day = '2026-12-03';
    await publishArticles(day);
    // What `digest send --test-to` starts.
    const testTo = ['editor@example.org', 'desk@example.org'];
    const run = await engine.start(executionInput(day, testTo), executionName(day, testTo));

    expect(run.error ? `${run.error}: ${run.cause}` : run.status).toBe('SUCCEEDED');
    expect(run.path).toEqual(['Name the run', 'Collect', 'Name the day', 'Anything to send?', 'Test send?', 'Render for the test', 'Send test']);
    expect(run.mapRuns).toEqual([]);
    // A test send freezes nothing: no recipients, no slice manifest, no page in the public archive.
    expect(await keysUnder(`issues/${day}/recipients`)).toEqual([]);
    expect(await keysUnder(`archive/${day}/`)).toEqual([]);
    const delivered = await ses.delivered();
    expect(delivered.map((attempt) => attempt.destinations.join(',')).sort()).toEqual(['desk@example.org', 'editor@example.org']);
    for (const attempt of delivered) expect((await simpleParser(attempt.raw)).subject).toMatch(/^\[TEST\]/);
    expect((await readLedger(store, `issues/${day}/`)).recipients.size).toBe(0);
  });

  it('retries the steps Lambda throttles (Lambda.TooManyRequestsException), in the run and in a send worker, and still sends once', async () => {
    await ses.reset();
    const day = '2026-12-04';
    await publishArticles(day);
    lambda.failNext('render', 'Lambda.TooManyRequestsException', 2);
    lambda.failNext('send', 'Lambda.TooManyRequestsException', 1);
    const run = await engine.start({ date: day }, `throttled-${day}`);

    expect(run.error ? `${run.error}: ${run.cause}` : run.status).toBe('SUCCEEDED');
    const [, map] = mapState();
    const workerName = Object.keys(map.ItemProcessor.States)[0]!;
    const retried = run.events.filter((event) => event.type === 'StateRetried');
    expect(retried.map((event) => event.state).sort()).toEqual(['Render and freeze', 'Render and freeze', workerName]);
    for (const retry of retried) expect(retry.retrier?.ErrorEquals).toContain('Lambda.TooManyRequestsException');
    // A throttled invocation never reached the handler.
    const renders = lambda.invocations.filter((i) => i.function === 'render' && (i.payload as { date?: string }).date === day);
    expect(renders.map((i) => i.outcome)).toEqual(['service-error', 'service-error', 'succeeded']);
    const delivered = (await ses.delivered()).map((attempt) => attempt.destinations.join(','));
    expect(delivered.sort()).toEqual(SUBSCRIBERS);
  });

  it('retries a transient failure inside collect, render and summarize (an S3 503) as a task failure, and still sends once', async () => {
    await ses.reset();
    const day = '2026-12-08';
    await publishArticles(day);
    // Each handler fails its first call the way the S3 adapter does when S3 answers 503 twice in a row.
    const flaky = (name: string): LambdaHandler => {
      let failed = false;
      return async (event, context) => {
        if (!failed) {
          failed = true;
          throw Object.assign(new Error(`Cannot read s3://${bucket}/issues/${day}/ (${name}): 503 Slow Down`), { name: 'S3StoreError' });
        }
        return lambdas.handlers[name]!(event, context);
      };
    };
    const service = new LambdaService(machine.functions, { ...lambdas.handlers, collect: flaky('collect'), render: flaky('render'), summarize: flaky('summarize') });
    const run = await new StepFunctions(machine, service, s3).start({ date: day }, `transient-${day}`);

    expect(run.error ? `${run.error}: ${run.cause}` : run.status).toBe('SUCCEEDED');
    const retried = run.events.filter((event) => event.type === 'StateRetried');
    expect(retried.map((event) => event.state).sort()).toEqual(['Collect', 'Render and freeze', 'Summarize']);
    for (const retry of retried) expect(retry.retrier?.ErrorEquals).toEqual(['States.TaskFailed']);
    expect((await ses.delivered()).map((attempt) => attempt.destinations.join(',')).sort()).toEqual(SUBSCRIBERS);
    expect((await getJson<Report>(`issues/${day}/report.json`)).messages).toMatchObject({ sent: SUBSCRIBERS.length, pending: 0 });
  });

  it('retries a slice that keeps failing, tolerates it, and reports its recipients pending', async () => {
    await ses.reset();
    const day = '2026-12-05';
    const stuck = 'reader07@example.com';
    await publishArticles(day);
    // SES answers 503 for this one address, whatever the attempt: its slice can never finish.
    await ses.injectFault({ kind: 'server-error', recipients: [stuck] });
    const run = await engine.start({ date: day }, `stuck-${day}`);

    expect(run.error ? `${run.error}: ${run.cause}` : run.status).toBe('SUCCEEDED');
    expect(run.path).toEqual([...REAL_SEND, 'Done']);
    const [, map] = mapState();
    const [workerName, worker] = Object.entries(map.ItemProcessor.States as Record<string, AslState>).find(([, state]) => state.Type === 'Task')!;
    const retrier = (worker.Retry as Array<{ ErrorEquals: string[]; MaxAttempts?: number }>).find((r) => r.ErrorEquals.includes('States.TaskFailed'))!;
    const failed = run.mapRuns[0]!.children.filter((child) => child.status === 'FAILED');
    expect(failed).toHaveLength(1);
    // Retried as the definition says, then given up on: the first attempt and MaxAttempts retries.
    const childRuns = run.events.filter((event) => event.execution === `${run.name}/${failed[0]!.name}` && event.state === workerName);
    expect(childRuns.filter((event) => event.type === 'StateRetried')).toHaveLength(retrier.MaxAttempts ?? 3);
    expect(childRuns.filter((event) => event.type === 'StateFailed')).toHaveLength((retrier.MaxAttempts ?? 3) + 1);

    // Each retry resumed from the ledger: nobody got the issue twice, and only the stuck address is missing.
    const delivered = (await ses.delivered()).map((attempt) => attempt.destinations.join(','));
    expect(delivered.sort()).toEqual(SUBSCRIBERS.filter((address) => address !== stuck));
    const report = await getJson<Report>(`issues/${day}/report.json`);
    expect(report.messages).toMatchObject({ sent: SUBSCRIBERS.length - 1, pending: 1 });
    // The Map wrote the failure down instead of carrying it in the state.
    const results = await mapResults((run.output as { send: ResultWriterOutput }).send);
    expect(results.failed).toEqual([expect.objectContaining({ Status: 'FAILED', Error: 'SliceIncompleteError' })]);
    await ses.clearFaults();
  });

  it('stops on an SES AccessDenied with everyone pending and the reason in the report; a run after the fix sends to all once', async () => {
    await ses.reset();
    const day = '2026-12-06';
    await publishArticles(day);
    await ses.injectFault({ kind: 'access-denied' });
    const run = await engine.start({ date: day }, `denied-${day}`);

    // Not retried (a retry cannot help) and not a failure of the run: the report and the pending alarm say it.
    expect(run.error ? `${run.error}: ${run.cause}` : run.status).toBe('SUCCEEDED');
    expect(run.path).toEqual([...REAL_SEND, 'Done']);
    expect(run.events.filter((event) => event.type === 'StateRetried')).toEqual([]);
    const attempts = await ses.attempts();
    expect(attempts.every((attempt) => attempt.outcome === 'access-denied')).toBe(true);
    // The slice stopped at the first refusals instead of trying every address.
    expect(attempts.length).toBeLessThan(SUBSCRIBERS.length);
    const report = await getJson<Report>(`issues/${day}/report.json`);
    expect(report.messages).toMatchObject({ sent: 0, pending: SUBSCRIBERS.length, failedCount: 0, stoppedBecause: 'sender-error' });
    expect(report.messages.stopReason).toMatch(/AccessDenied|not authorized/);
    expect(run.output).toMatchObject({ summary: { sent: 0, pending: SUBSCRIBERS.length } });

    await ses.reset();
    const fixed = await engine.start({ date: day }, `denied-${day}-fixed`);
    expect(fixed.error ? `${fixed.error}: ${fixed.cause}` : fixed.status).toBe('SUCCEEDED');
    expect((await ses.delivered()).map((attempt) => attempt.destinations.join(',')).sort()).toEqual(SUBSCRIBERS);
    expect((await getJson<Report>(`issues/${day}/report.json`)).messages).toMatchObject({ sent: SUBSCRIBERS.length, pending: 0 });
  });

  it('reports everyone pending and fails the execution when the send Map fails as a whole (its manifest unreadable)', async () => {
    await ses.reset();
    const day = '2026-12-07';
    await publishArticles(day);
    // As if the state machine's role could not read the manifest.
    engine.failItemReader('AccessDenied');
    const run = await engine.start({ date: day }, `unreadable-${day}`);

    expect(run).toMatchObject({ status: 'FAILED', error: 'SendFailed' });
    expect(run.path).toEqual([...REAL_SEND, 'Send failed']);
    expect(run.events).toContainEqual(expect.objectContaining({ type: 'StateFailed', state: 'Send to subscribers', error: 'States.ItemReaderFailed' }));
    expect(await ses.attempts()).toEqual([]);
    const report = await getJson<Report>(`issues/${day}/report.json`);
    expect(report.messages).toMatchObject({ sent: 0, pending: SUBSCRIBERS.length });
  });
});

describe('the data contracts between the states', () => {
  /** The same machine, with one real handler's result altered on its way back. */
  function machineWith(name: string, alter: (result: Record<string, unknown>) => void) {
    const real = lambdas.handlers[name]!;
    const altered: LambdaHandler = async (event, context) => {
      const result = (await real(event, context)) as Record<string, unknown>;
      alter(result);
      return result;
    };
    const service = new LambdaService(machine.functions, { ...lambdas.handlers, [name]: altered });
    return { service, engine: new StepFunctions(machine, service, s3) };
  }

  it('fails the run, naming the state, when a result lacks a field the ResultSelector reads', async () => {
    await ses.reset();
    const day = '2026-12-10';
    await publishArticles(day);
    const broken = machineWith('render', (result) => delete result.manifestKey);

    const run = await broken.engine.start({ date: day }, `contract-${day}`, { enforceContracts: false });
    expect(run.status).toBe('FAILED');
    expect(run.violations).toContainEqual(
      expect.objectContaining({ state: 'Render and freeze', field: 'ResultSelector.manifestKey.$', path: '$.Payload.manifestKey' }),
    );
    await expect(broken.engine.start({ date: day }, `contract-${day}-2`)).rejects.toThrow(
      /state "Render and freeze" .*ResultSelector\.manifestKey\.\$ reads \$\.Payload\.manifestKey/,
    );
    expect(await ses.attempts()).toEqual([]);
  });

  it('fails the run, naming the Choice, when a field it compares has the wrong type', async () => {
    await ses.reset();
    const day = '2026-12-11';
    await put(`articles/${day}/empty-article.txt`, await readFile(join(EXAMPLE_DAY, 'empty-article.txt')));
    // "true" as a string never matches BooleanEquals: true, and the run would render and send an empty issue.
    const broken = machineWith('collect', (result) => {
      result.nothingToSend = String(result.nothingToSend);
    });
    const failure = await broken.engine.start({ date: day, testTo: ['editor@example.org'] }, `contract-${day}`).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ContractViolationError);
    expect((failure as ContractViolationError).violations).toContainEqual(
      expect.objectContaining({ state: 'Anything to send?', path: '$.collect.nothingToSend', problem: expect.stringMatching(/not a boolean/) }),
    );
    expect(await ses.attempts()).toEqual([]);
  });

  it('every state of the definition, children included, was entered by the scenarios above', () => {
    expect(engine.allStates().filter((state) => !engine.visited.has(state))).toEqual([]);
  });
});

