/**
 * Pacing benchmark of the delivery engine: N recipients through an in-process
 * transport at a configured rate. Reports the achieved rate over the whole
 * run divided by the configured one (target ≥ 0.97) and the busiest sliding
 * 1-second window divided by the configured rate (must be ≤ 1.0).
 *
 *   npm run bench:send -- [--rate 2000] [--count 10000] [--concurrency 32] [--store memory|fs]
 */
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { FsStore } from '../functions/adapters/fs-store.js';
import { MemoryStore } from '../functions/core/memory-store.js';
import { deliverSlice } from '../functions/core/delivery/deliver-slice.js';
import type { Clock, MailTransport, ObjectStore, OutgoingMessage } from '../functions/core/ports.js';
import type { Subscriber } from '../functions/core/subscribers/subscriber.js';
import { measureMimeBuild } from './mime-build.js';

const { values } = parseArgs({
  options: {
    rate: { type: 'string', default: '2000' },
    count: { type: 'string', default: '10000' },
    concurrency: { type: 'string', default: '32' },
    store: { type: 'string', default: 'memory' },
  },
});
const rate = Number(values.rate);
const count = Number(values.count);
const concurrency = Number(values.concurrency);
if (!(rate > 0) || !(count > 0) || !(concurrency > 0)) throw new Error('--rate, --count and --concurrency must be positive numbers');

// Sub-millisecond time, so the window measurement is not blurred by Date.now()'s 1 ms steps.
const preciseClock: Clock = {
  now: () => performance.timeOrigin + performance.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

const sentAt: number[] = [];
const transport: MailTransport = {
  name: 'in-process',
  async send(message) {
    // The moment the engine hands the message over is what the rate limits.
    sentAt.push(preciseClock.now());
    // Yield as a network call would, without adding latency of our own.
    await new Promise<void>((resolve) => setImmediate(resolve));
    return { transportMessageId: `bench-${message.messageId}` };
  },
};

const recipients: Subscriber[] = Array.from({ length: count }, (_, index) => ({
  email: `reader${index}@bench.example.com`,
  name: `Reader ${index}`,
  fields: {},
}));
const body = Buffer.from('Subject: bench\r\n\r\nhello\r\n');
const buildMessage = (subscriber: Subscriber): OutgoingMessage => ({ recipient: subscriber.email, messageId: `${subscriber.email}.bench`, raw: body });

let folder: string | undefined;
let store: ObjectStore;
if (values.store === 'fs') {
  folder = await mkdtemp(join(tmpdir(), 'bench-send-'));
  store = new FsStore(folder);
} else {
  store = new MemoryStore();
}

const started = preciseClock.now();
const outcome = await deliverSlice({
  store,
  issuePrefix: 'bench/',
  sliceId: 'all',
  runId: 'bench',
  recipients,
  buildMessage,
  transport,
  suppressedHashes: new Set(),
  ratePerSecond: rate,
  concurrency,
  clock: preciseClock,
});
const finished = preciseClock.now();
if (folder) await rm(folder, { recursive: true, force: true });

// Concurrent sends reach the transport in nearly, not exactly, grant order.
sentAt.sort((a, b) => a - b);
let busiest = 0;
let start = 0;
for (let end = 0; end < sentAt.length; end++) {
  while ((sentAt[end] as number) - (sentAt[start] as number) >= 1000) start++;
  busiest = Math.max(busiest, end - start + 1);
}
const elapsedSeconds = (finished - started) / 1000;
const achieved = outcome.sent / elapsedSeconds;
const pacing = {
  recipients: count,
  sent: outcome.sent,
  configuredRatePerSecond: rate,
  concurrency,
  store: values.store,
  elapsedSeconds: round(elapsedSeconds, 3),
  achievedRatePerSecond: round(achieved, 1),
  achievedOverConfigured: round(achieved / rate, 4),
  maxOneSecondWindow: busiest,
  maxOneSecondWindowOverConfigured: round(busiest / rate, 4),
  ledgerWrites: outcome.ledgerWrites,
  inFlightWindow: outcome.inFlightWindow,
  targets: { achievedOverConfigured: '>= 0.97', maxOneSecondWindowOverConfigured: '<= 1.0' },
  pass: achieved / rate >= 0.97 && busiest / rate <= 1.0 && outcome.sent === count,
};

console.log(`delivery pacing: ${outcome.sent}/${count} sent in ${pacing.elapsedSeconds} s at ${rate}/s configured (${values.store} store, concurrency ${concurrency})`);
console.log(`  achieved / configured:            ${pacing.achievedOverConfigured} (target >= 0.97)`);
console.log(`  busiest 1-s window / configured:  ${pacing.maxOneSecondWindowOverConfigured} (must be <= 1.0)`);
console.log(`  ledger writes: ${outcome.ledgerWrites}, in-flight window: ${outcome.inFlightWindow}`);

// Same run: building personalised raw MIME, ours against a MailComposer per message.
const mime = await measureMimeBuild(count);
console.log(`personalised MIME build (one core, ${mime.htmlBytes} B HTML, ${mime.messageBytes} B messages):`);
console.log(`  ours:  ${mime.oursPerSecond} messages/s (target >= 20000), ${mime.oursPerCpuSecond} per CPU-second`);
console.log(`  naive MailComposer per message: ${mime.naivePerSecond} messages/s  ->  ${mime.speedup}x`);

// Other sections of the same results file are kept.
const resultsPath = join(dirname(fileURLToPath(import.meta.url)), 'results', 'send.json');
let results: Record<string, unknown>;
try {
  results = JSON.parse(await readFile(resultsPath, 'utf8')) as Record<string, unknown>;
} catch {
  results = {};
}
results.node = process.version;
results.measuredAt = new Date().toISOString();
results.pacing = pacing;
results.mime = mime;
await mkdir(dirname(resultsPath), { recursive: true });
await writeFile(resultsPath, `${JSON.stringify(results, null, 2)}\n`);
if (!pacing.pass || !mime.pass) process.exitCode = 1;

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
