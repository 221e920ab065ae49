/**
 * Delivery at scale: one day's run over 1,000,000 recipients, through the
 * real Lambda handlers (collect, render and freeze, send, summarize), in the
 * slice layout and worker count the CDK stack derives from the send rate,
 * with a request-counting object store, a simulated SES (latency, account
 * rate, a few refused addresses) and a virtual clock: no real sleeping.
 *
 * The Distributed Map is played the way Step Functions runs it: the slice
 * manifest is the item list, at most `MaxConcurrency` children at once, a
 * child that throws retried after 30 s (twice), every child a fresh Lambda
 * invocation with a 15-minute deadline on the virtual clock.
 *
 * Writes bench/results/scale.json: S3 requests by kind, objects a slice reads
 * before its first send, Lambda GB-seconds, Step Functions transitions,
 * summarize time, the cost beside SES's, the achieved rate, duplicates and
 * losses; plus the render-and-freeze of a 1,000,000-row list (time and peak
 * memory, measured in a fresh process) and the largest list a run at the
 * default 14/s serves before the state machine's timeout.
 *
 *   npm run bench:scale -- [--recipients 1000000] [--rate 100]
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { spawnSync } from 'node:child_process';
import { readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Context } from 'aws-lambda';
import { FUNCTION_SPECS } from '../cdk/digest-stack.js';
import { planSend, runCapacity, RUN_TIMEOUT_SECONDS } from '../cdk/send-plan.js';
import { loadConfig } from '../functions/config/config.js';
import { TransportError } from '../functions/core/errors.js';
import { MemoryStore } from '../functions/core/memory-store.js';
import type { Clock, MailTransport, OutgoingMessage, PutOptions, SendReceipt, StoredObject } from '../functions/core/ports.js';
import type { SliceDescriptor } from '../functions/core/pipeline/recipients-snapshot.js';
import { addSuppression } from '../functions/core/suppressions.js';
import type { SendResult } from '../functions/contracts/step-results.js';
import { createCollectHandler } from '../functions/lambda/collect.js';
import type { LambdaContext, RunLogger } from '../functions/lambda/lambda-context.js';
import { createRenderHandler, defaultTemplatesDir } from '../functions/lambda/render.js';
import { createSendHandler, SliceIncompleteError } from '../functions/lambda/send.js';
import { createSummarizeHandler } from '../functions/lambda/summarize.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RESULTS = join(ROOT, 'bench/results/scale.json');
const EXAMPLE_DAY = join(ROOT, 'examples/articles/2026-11-26');
const DATE = '2026-11-26';

/** us-east-1 list prices (FIELD-NOTES "Scale and cost on AWS"). */
const PRICES = {
  sesPerMessage: 0.1 / 1000,
  s3GetPerRequest: 0.0004 / 1000,
  s3PutListPerRequest: 0.005 / 1000,
  lambdaArmPerGbSecond: 0.0000133334,
  lambdaPerRequest: 0.2 / 1_000_000,
  stepFunctionsPerTransition: 0.025 / 1000,
  dynamoDbPerReadRequestUnit: 0.25 / 1_000_000,
};

/**
 * Read request units the freeze's parallel Scan of the subscriber table costs per subscriber:
 * measured by `npm run bench:subscribers` (bench/results/subscriber-snapshot.json) when it has run,
 * else modelled: eventually consistent reads bill 8 KB per unit, for items of ~420 bytes.
 */
const SUBSCRIBER_SCAN_RRU_PER_SUBSCRIBER = await (async () => {
  try {
    const measured = JSON.parse(await readFile(join(dirname(fileURLToPath(import.meta.url)), 'results', 'subscriber-snapshot.json'), 'utf8')) as { readUnitsPer1MSubscribers?: unknown };
    if (typeof measured.readUnitsPer1MSubscribers === 'number' && measured.readUnitsPer1MSubscribers > 0) return measured.readUnitsPer1MSubscribers / 1_000_000;
  } catch {
    // Not measured yet: the model below.
  }
  return 420 / 8192;
})();
/** What one SendRawEmail round trip takes, virtually: 60–120 ms. */
const SES_LATENCY_MS = [60, 120] as const;
/** Time a cold start adds to a send invocation's bill (module load, config, first TLS). */
const INIT_MS = 1000;

const { values } = parseArgs({
  options: {
    recipients: { type: 'string', default: '1000000' },
    rate: { type: 'string', default: '100' },
    'freeze-only': { type: 'boolean', default: false },
    out: { type: 'string', default: RESULTS },
  },
});

// ---------------------------------------------------------------- virtual time

/** Jumps to the next timer whenever nothing else is left to run (checked with setImmediate). */
class VirtualClock implements Clock {
  private time = Date.UTC(2026, 10, 26, 6, 0, 0);
  private timers: Array<{ at: number; resolve: () => void }> = [];
  private scheduled = false;
  now(): number {
    return this.time;
  }
  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      this.timers.push({ at: this.time + Math.max(0, ms), resolve });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.fire());
      }
    });
  }
  private fire(): void {
    this.scheduled = false;
    if (this.timers.length === 0) return;
    let due = Number.POSITIVE_INFINITY;
    for (const timer of this.timers) due = Math.min(due, timer.at);
    this.time = Math.max(this.time, due);
    const ready = this.timers.filter((timer) => timer.at <= this.time);
    this.timers = this.timers.filter((timer) => timer.at > this.time);
    for (const timer of ready) timer.resolve();
    if (this.timers.length > 0) {
      this.scheduled = true;
      setImmediate(() => this.fire());
    }
  }
}

// ---------------------------------------------------------------- counted S3

interface Invocation {
  sliceId: string;
  readsBeforeFirstSend: number;
  sent: boolean;
}
const invocation = new AsyncLocalStorage<Invocation>();

/**
 * A MemoryStore that counts what each call would cost on S3 (a listing is one
 * LIST per 1,000 keys). Listings of a folder (`…/`) use an index of the keys
 * under each folder, so the bench's own store stays O(listed keys) like S3
 * rather than scanning every object for every fencing check.
 */
class CountingStore extends MemoryStore {
  readonly requests = { get: 0, put: 0, list: 0, head: 0 };
  private readonly folders = new Map<string, Set<string>>();
  private index(key: string): void {
    for (let slash = key.indexOf('/'); slash !== -1; slash = key.indexOf('/', slash + 1)) {
      const folder = key.slice(0, slash + 1);
      let keys = this.folders.get(folder);
      if (!keys) this.folders.set(folder, (keys = new Set()));
      keys.add(key);
    }
  }
  private async *listed(prefix: string): AsyncIterable<StoredObject> {
    if (!prefix.endsWith('/')) {
      yield* super.list(prefix);
      return;
    }
    for (const key of [...(this.folders.get(prefix) ?? [])].sort()) {
      const body = this.objects.get(key);
      if (body) yield { key, size: body.length };
    }
  }
  private reading(): void {
    const current = invocation.getStore();
    if (current && !current.sent) current.readsBeforeFirstSend += 1;
  }
  override async *list(prefix: string): AsyncIterable<StoredObject> {
    let count = 0;
    this.requests.list += 1;
    this.reading();
    for await (const object of this.listed(prefix)) {
      if (++count % 1000 === 0) {
        this.requests.list += 1;
        this.reading();
      }
      yield object;
    }
  }
  override async get(key: string): Promise<Buffer | null> {
    this.requests.get += 1;
    this.reading();
    return super.get(key);
  }
  override async getRange(key: string, start: number, end: number): Promise<Buffer | null> {
    // S3Store answers an empty range with a HEAD.
    if (end === start) this.requests.head += 1;
    else this.requests.get += 1;
    this.reading();
    return super.getRange(key, start, end);
  }
  override async put(key: string, body: Buffer | string, options?: PutOptions): Promise<void> {
    this.requests.put += 1;
    this.index(key);
    return super.put(key, body, options);
  }
  override async putIfAbsent(key: string, body: Buffer | string, options?: PutOptions): Promise<boolean> {
    this.requests.put += 1;
    this.index(key);
    return super.putIfAbsent(key, body, options);
  }
}

// ---------------------------------------------------------------- simulated SES

/** SES as a worker sees it: a round trip of 60–120 ms, the account rate enforced per second, some addresses refused. */
class SimulatedSes implements MailTransport {
  readonly name = 'ses';
  readonly deliveries = new Map<string, number>();
  readonly sentAt: number[] = [];
  throttled = 0;
  refused = 0;
  private windowStart = 0;
  private inWindow = 0;
  private seq = 0;
  constructor(
    private readonly clock: Clock,
    private readonly maxPerSecond: number,
    private readonly refuse: (recipient: string) => boolean,
  ) {}

  async send(message: OutgoingMessage): Promise<SendReceipt> {
    const current = invocation.getStore();
    if (current) current.sent = true;
    const now = this.clock.now();
    // SES counts sends per second; over the rate, the call is refused with Throttling and nothing is sent.
    if (now - this.windowStart >= 1000) {
      this.windowStart = now;
      this.inWindow = 0;
    }
    const over = ++this.inWindow > this.maxPerSecond;
    const seq = this.seq++;
    await this.clock.sleep(SES_LATENCY_MS[0] + ((seq * 7919) % (SES_LATENCY_MS[1] - SES_LATENCY_MS[0])));
    if (over) {
      this.throttled += 1;
      throw new TransportError('retryable', 'Throttling', 'SES throttled the send: Maximum sending rate exceeded.');
    }
    if (this.refuse(message.recipient)) {
      this.refused += 1;
      throw new TransportError('permanent', 'MessageRejected', `SES refused the message (${message.recipient}): Address blacklisted.`);
    }
    this.deliveries.set(message.recipient, (this.deliveries.get(message.recipient) ?? 0) + 1);
    this.sentAt.push(this.clock.now());
    return { transportMessageId: `sim-${seq}` };
  }
}

// ---------------------------------------------------------------- the run

/** The list as S3 would hand it over: one Buffer, built in chunks so building it does not set the process's peak memory. */
function subscribersCsv(count: number): Buffer {
  const chunks: Buffer[] = [Buffer.from('email,name,city\n')];
  for (let first = 0; first < count; first += 10_000) {
    const lines: string[] = [];
    for (let i = first; i < Math.min(count, first + 10_000); i++) lines.push(`reader${i}@list${i % 97}.example.com,Reader ${i},City ${i % 1000}\n`);
    chunks.push(Buffer.from(lines.join('')));
  }
  return Buffer.concat(chunks);
}

const silentLogger: RunLogger = { debug() {}, info() {}, warn() {}, error() {}, appendPersistentKeys() {} };

function lambdaContextFor(store: CountingStore, sendRate: number): LambdaContext {
  const config = loadConfig({
    env: {},
    overrides: { bucket: 'bench-bucket', sendRate, sendConcurrency: 8, hmacSecret: 'bench-secret-bench-secret-bench-secret-0123' },
  });
  return { config, log: silentLogger, store, hmacSecret: async () => config.hmacSecret! };
}

function virtualInvocation(clock: Clock, timeoutMs: number, memoryMb: number, name: string): Context {
  const deadline = clock.now() + timeoutMs;
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName: name,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:us-east-1:123456789012:function:${name}`,
    memoryLimitInMB: String(memoryMb),
    awsRequestId: 'bench',
    logGroupName: `/aws/lambda/${name}`,
    logStreamName: 'bench',
    getRemainingTimeInMillis: () => Math.max(0, deadline - clock.now()),
    done: () => {},
    fail: () => {},
    succeed: () => {},
  };
}

async function prepareStore(store: CountingStore, recipients: number, suppressed: number): Promise<void> {
  for (const name of await readdir(EXAMPLE_DAY)) await store.put(`articles/${DATE}/${name}`, await readFile(join(EXAMPLE_DAY, name)));
  await store.put('subscribers/subscribers.csv', subscribersCsv(recipients));
  for (let i = 0; i < suppressed; i++) {
    await addSuppression(store, { email: `reader${i * 997}@list${(i * 997) % 97}.example.com`, reason: 'unsubscribed', at: '2026-11-20T00:00:00Z', source: 'bench' });
  }
}

interface DayResult {
  recipients: number;
  sendRate: number;
  workers: number;
  slices: number;
  sliceRows: number;
  s3: CountingStore['requests'];
  maxObjectsReadBySliceBeforeFirstSend: number;
  lambdaGbSeconds: number;
  lambdaInvocations: number;
  stepFunctionsTransitions: number;
  summarizeMs: number;
  summarizeHeapMb: number;
  sendSeconds: number;
  achievedOverConfiguredRate: number;
  sesThrottled: number;
  refused: number;
  suppressed: number;
  duplicates: number;
  lost: number;
  report: { sent: number; alreadySent: number; failed: number; suppressed: number; pending: number };
  benchSeconds: number;
}

async function runDay(recipients: number, sendRate: number, progress?: (slice: SliceDescriptor, result: SendResult | undefined) => void): Promise<DayResult> {
  const started = performance.now();
  const clock = new VirtualClock();
  const store = new CountingStore();
  const suppressedCount = Math.floor(recipients / 1000);
  await prepareStore(store, recipients, suppressedCount);
  const before = { ...store.requests };
  const plan = planSend(sendRate);
  // One address in 2,000 is refused by SES (a blacklisted mailbox), scattered through the list.
  const refuse = (recipient: string) => Number(/^reader(\d+)@/.exec(recipient)?.[1]) % 2000 === 13;
  const ses = new SimulatedSes(clock, sendRate, refuse);
  const context = lambdaContextFor(store, sendRate);
  const runId = `bench-${DATE}`;
  const memory = (name: keyof typeof FUNCTION_SPECS) => FUNCTION_SPECS[name].memorySize ?? 512;
  const timeout = (name: keyof typeof FUNCTION_SPECS) => FUNCTION_SPECS[name].timeout!.toMilliseconds();
  let gbSeconds = 0;
  let invocations = 0;
  const bill = (name: keyof typeof FUNCTION_SPECS, ms: number) => {
    gbSeconds += ((ms + INIT_MS) / 1000) * (memory(name) / 1024);
    invocations += 1;
  };

  // Collect, then Render and freeze: real handlers; their time is measured on the wall clock.
  let t = performance.now();
  await createCollectHandler(context)({ date: DATE, runId }, virtualInvocation(clock, timeout('collect'), memory('collect'), 'collect'));
  bill('collect', performance.now() - t);
  t = performance.now();
  const rendered = await createRenderHandler(context, { templatesDir: defaultTemplatesDir() })(
    { date: DATE, runId, freeze: true },
    virtualInvocation(clock, timeout('render'), memory('render'), 'render'),
  );
  bill('render', performance.now() - t);
  // The Map's ItemReader: one GET of the manifest.
  const slices = JSON.parse((await store.get(rendered.manifestKey!))!.toString()) as SliceDescriptor[];

  // The Distributed Map: MaxConcurrency children, each a fresh invocation; a failed child is retried after 30 s, twice.
  const send = createSendHandler({ ...context, transport: ses }, { clock });
  let transitions = 0;
  let maxReads = 0;
  const queue = [...slices];
  const child = async () => {
    for (let slice = queue.shift(); slice; slice = queue.shift()) {
      transitions += 2; // the child execution's start and its Send slice task
      for (let attempt = 1; ; attempt++) {
        const state: Invocation = { sliceId: slice.sliceId, readsBeforeFirstSend: 0, sent: false };
        const start = clock.now();
        let result: SendResult | undefined;
        try {
          result = await invocation.run(state, () =>
            send({ date: DATE, runId, workers: plan.workers, slice: slice }, virtualInvocation(clock, timeout('send'), memory('send'), 'send')),
          );
        } catch (error) {
          if (!(error instanceof SliceIncompleteError) || attempt > 2) throw error;
        }
        bill('send', clock.now() - start);
        if (progress) progress(slice, result);
        if (state.sent) maxReads = Math.max(maxReads, state.readsBeforeFirstSend);
        if (result) break;
        transitions += 1;
        await clock.sleep(30_000);
      }
    }
  };
  const mapStart = clock.now();
  await Promise.all(Array.from({ length: plan.workers }, child));
  const sendSeconds = (clock.now() - mapStart) / 1000;

  const heapBefore = process.memoryUsage().heapUsed;
  t = performance.now();
  const summary = await createSummarizeHandler(context, { writeMetrics: () => {} })(
    { date: DATE, runId },
    virtualInvocation(clock, timeout('summarize'), memory('summarize'), 'summarize'),
  );
  const summarizeMs = performance.now() - t;
  const summarizeHeapMb = Math.max(0, process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
  bill('summarize', summarizeMs);
  // Parent: Name the run, Collect, Anything to send?, Test send?, Render and freeze, the Map, Summarize, Sent?, Done.
  transitions += 9;

  let duplicates = 0;
  for (const count of ses.deliveries.values()) duplicates += count - 1;
  const lost = recipients - ses.deliveries.size - summary.suppressed - summary.failed;
  const first = ses.sentAt[0] ?? mapStart;
  const last = ses.sentAt[ses.sentAt.length - 1] ?? first;
  const requests = {
    get: store.requests.get - before.get,
    put: store.requests.put - before.put,
    list: store.requests.list - before.list,
    head: store.requests.head - before.head,
  };
  return {
    recipients,
    sendRate,
    workers: plan.workers,
    slices: slices.length,
    sliceRows: slices[0]?.rows ?? 0,
    s3: requests,
    maxObjectsReadBySliceBeforeFirstSend: maxReads,
    lambdaGbSeconds: round(gbSeconds, 1),
    lambdaInvocations: invocations,
    stepFunctionsTransitions: transitions,
    summarizeMs: round(summarizeMs, 1),
    summarizeHeapMb: round(summarizeHeapMb, 1),
    sendSeconds: round(sendSeconds, 0),
    achievedOverConfiguredRate: round(ses.sentAt.length / ((last - first) / 1000 || 1) / sendRate, 4),
    sesThrottled: ses.throttled,
    refused: ses.refused,
    suppressed: summary.suppressed,
    duplicates,
    lost,
    report: { sent: summary.sent, alreadySent: summary.alreadySent, failed: summary.failed, suppressed: summary.suppressed, pending: summary.pending },
    benchSeconds: round((performance.now() - started) / 1000, 1),
  };
}

function costs(day: DayResult) {
  const ses = day.report.sent * PRICES.sesPerMessage;
  const s3 = day.s3.get * PRICES.s3GetPerRequest + (day.s3.put + day.s3.list + day.s3.head) * PRICES.s3PutListPerRequest;
  const lambda = day.lambdaGbSeconds * PRICES.lambdaArmPerGbSecond + day.lambdaInvocations * PRICES.lambdaPerRequest;
  const stepFunctions = day.stepFunctionsTransitions * PRICES.stepFunctionsPerTransition;
  // The freeze reads the list once a day from the subscriber table.
  const dynamoDb = day.recipients * SUBSCRIBER_SCAN_RRU_PER_SUBSCRIBER * PRICES.dynamoDbPerReadRequestUnit;
  const beyondSes = s3 + lambda + stepFunctions + dynamoDb;
  return {
    costUsd: {
      ses: round(ses, 2),
      beyondSes: round(beyondSes, 4),
      s3: round(s3, 4),
      lambda: round(lambda, 4),
      stepFunctions: round(stepFunctions, 4),
      dynamoDb: round(dynamoDb, 4),
      dynamoDbReadUnitsPerSubscriber: round(SUBSCRIBER_SCAN_RRU_PER_SUBSCRIBER, 5),
      prices: PRICES,
    },
    costBeyondSesPercent: round((beyondSes / ses) * 100, 3),
  };
}

// ---------------------------------------------------------------- freeze, in a fresh process

/** Render and freeze of an N-row list through the real handlers, alone in this process, so its peak RSS is its own. */
async function freezeOnly(recipients: number): Promise<void> {
  const clock = new VirtualClock();
  const store = new CountingStore();
  await prepareStore(store, recipients, 0);
  const context = lambdaContextFor(store, 100);
  await createCollectHandler(context)({ date: DATE, runId: 'freeze' }, virtualInvocation(clock, 300_000, 1024, 'collect'));
  // What is left of setting the bench up is not the render function's memory.
  (globalThis as { gc?: () => void }).gc?.();
  const rssBefore = process.memoryUsage().rss;
  const cpuBefore = process.cpuUsage();
  const t = performance.now();
  const result = await createRenderHandler(context, { templatesDir: defaultTemplatesDir() })(
    { date: DATE, runId: 'freeze', freeze: true },
    virtualInvocation(clock, 300_000, 1536, 'render'),
  );
  const ms = performance.now() - t;
  const cpu = process.cpuUsage(cpuBefore);
  process.stdout.write(
    `${JSON.stringify({
      recipients: result.recipients,
      slices: result.slices,
      ms: round(ms, 0),
      cpuMs: round((cpu.user + cpu.system) / 1000, 0),
      peakRssMb: round(process.resourceUsage().maxRSS / 1024, 0),
      rssBeforeMb: round(rssBefore / 2 ** 20, 0),
      heapLimitMb: FUNCTION_SPECS.render.heapMb ?? null,
      memorySizeMb: FUNCTION_SPECS.render.memorySize,
    })}\n`,
  );
}

function measureFreeze(recipients: number) {
  // The render function's own heap limit (NODE_OPTIONS in the stack).
  const heap = FUNCTION_SPECS.render.heapMb ? [`--max-old-space-size=${FUNCTION_SPECS.render.heapMb}`] : [];
  const child = spawnSync(process.execPath, [...heap, '--expose-gc', '--import', 'tsx', fileURLToPath(import.meta.url), '--freeze-only', '--recipients', String(recipients)], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (child.status !== 0) throw new Error(`freeze measurement failed: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').at(-1)!) as { recipients: number; slices: number; ms: number; cpuMs: number; peakRssMb: number; rssBeforeMb: number };
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

async function main(): Promise<void> {
  const recipients = Number(values.recipients);
  const rate = Number(values.rate);
  if (values['freeze-only']) return freezeOnly(recipients);

  console.log(`Render and freeze of ${recipients.toLocaleString('en')} rows (fresh process)…`);
  const freeze = measureFreeze(recipients);
  console.log(`  ${freeze.ms} ms (${freeze.cpuMs} ms of CPU), peak RSS ${freeze.peakRssMb} MB`);

  console.log(`One day at ${rate}/s over ${recipients.toLocaleString('en')} recipients, virtual clock…`);
  let done = 0;
  const day = await runDay(recipients, rate, (slice, result) => {
    done += 1;
    if (result && done % 5 === 0) console.log(`  ${slice.sliceId}: ${done} slices done (${result.sent} sent in this one)`);
  });
  const cost = costs(day);
  console.log(`  ${day.slices} slices, ${day.workers} workers, ${day.benchSeconds} s of real time for ${day.sendSeconds} virtual seconds`);

  // The default rate: how close does a run get to 14/s, and so how large a list fits before the timeout?
  const defaultRate = 14;
  const probe = await runDay(20_000, defaultRate);
  const capacity = runCapacity(defaultRate);
  const measuredMax = Math.floor(probe.achievedOverConfiguredRate * defaultRate * capacity.sendingSeconds);

  const result = {
    generatedAt: new Date().toISOString(),
    node: process.version,
    recipients: day.recipients,
    sendRate: day.sendRate,
    workers: day.workers,
    slices: day.slices,
    sliceRows: day.sliceRows,
    s3: day.s3,
    maxObjectsReadBySliceBeforeFirstSend: day.maxObjectsReadBySliceBeforeFirstSend,
    lambdaGbSeconds: day.lambdaGbSeconds,
    lambdaInvocations: day.lambdaInvocations,
    stepFunctionsTransitions: day.stepFunctionsTransitions,
    summarizeMs: day.summarizeMs,
    summarizeHeapMb: day.summarizeHeapMb,
    ...cost,
    achievedOverConfiguredRate: day.achievedOverConfiguredRate,
    sendSeconds: day.sendSeconds,
    sesThrottled: day.sesThrottled,
    duplicates: day.duplicates,
    lost: day.lost,
    report: day.report,
    refusedBySes: day.refused,
    freeze,
    defaultRate: {
      sendRate: defaultRate,
      probeRecipients: probe.recipients,
      achievedOverConfiguredRate: probe.achievedOverConfiguredRate,
      runTimeoutSeconds: RUN_TIMEOUT_SECONDS,
      sendingSeconds: capacity.sendingSeconds,
      /** What the plan promises (`digest send` refuses above it). */
      plannedMaxRecipients: capacity.maxRecipients,
      /** What the measured pacing would serve in the same time. */
      measuredMaxRecipients: measuredMax,
      /** A whole day of sending at the measured pacing, for comparison. */
      measuredMaxRecipientsPer24h: Math.floor(probe.achievedOverConfiguredRate * defaultRate * 86_400),
      costBeyondSesPercent: costs(probe).costBeyondSesPercent,
    },
    benchSeconds: day.benchSeconds,
  };
  await mkdir(dirname(values.out), { recursive: true });
  await writeFile(values.out, `${JSON.stringify(result, null, 2)}\n`);
  console.table({
    recipients: result.recipients,
    slices: result.slices,
    'S3 GET / PUT / LIST / HEAD': `${result.s3.get} / ${result.s3.put} / ${result.s3.list} / ${result.s3.head}`,
    'objects read before first send (max per slice)': result.maxObjectsReadBySliceBeforeFirstSend,
    'Lambda GB-s': result.lambdaGbSeconds,
    'Step Functions transitions': result.stepFunctionsTransitions,
    'summarize ms': result.summarizeMs,
    'SES $': result.costUsd.ses,
    'beyond SES $': result.costUsd.beyondSes,
    'beyond SES %': result.costBeyondSesPercent,
    'achieved / configured rate': result.achievedOverConfiguredRate,
    duplicates: result.duplicates,
    lost: result.lost,
    'freeze ms / CPU ms / peak RSS MB': `${freeze.ms} / ${freeze.cpuMs} / ${freeze.peakRssMb}`,
    'largest list at 14/s before the timeout': result.defaultRate.plannedMaxRecipients,
  });
  console.log(`Wrote ${values.out}`);
  if (result.duplicates !== 0 || result.lost !== 0) process.exitCode = 1;
}

await main();
