/**
 * The freeze step's read of the subscriber list: time and cost of
 * `readConfirmedRecipients` over the DynamoDB adapter (parallel Scan,
 * eventually consistent), through the real SDK over HTTP.
 *
 * 1. dynalite (the emulator the tests use), with a table of DYNALITE_N
 *    subscribers: the real request pattern end to end.
 * 2. A simulated table of SIMULATED_N (default 1,000,000) subscribers: a small
 *    HTTP server that answers Scan exactly as DynamoDB pages it (1 MB of item
 *    data per page, per segment) and charges read units as DynamoDB does
 *    (ceil(page bytes / 4 KB) × 0.5 for eventually consistent reads), with
 *    dynalite's own item-size function. Items are generated on the fly, so a
 *    million fit; an optional per-page latency models the service.
 *
 * Cost: on-demand reads are $0.25 per million read request units (us-east-1).
 * Run: npm run bench:subscribers. Results: bench/results/subscriber-snapshot.json.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { AddressInfo } from 'node:net';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { CreateTableCommand, DescribeTableCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { BatchWriteCommand, DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
// dynalite's item-size function follows DynamoDB's documented sizing rules; the simulated table uses it too.
import dynaliteDb from 'dynalite/db/index.js';
import dynalite from 'dynalite';
import { createDynamoDbClient } from '../functions/adapters/aws-clients.js';
import { DynamoDbSubscriberStore, subscriberTableDefinition } from '../functions/adapters/dynamodb-subscriber-store.js';
import { readConfirmedRecipients } from '../functions/core/subscribers/confirmed-recipients.js';
import type { SubscriberRecord } from '../functions/core/subscribers/subscriber-store.js';

const ROOT = resolve(import.meta.dirname, '..');
const DYNALITE_N = Number(process.env.DYNALITE_N ?? 20_000);
const SIMULATED_N = Number(process.env.SIMULATED_N ?? 1_000_000);
const PAGE_LATENCY_MS = Number(process.env.PAGE_LATENCY_MS ?? 0);
const USD_PER_MILLION_RRU = 0.25;
const RENDER_BUDGET_S = 120;
const CREDENTIALS = { accessKeyId: 'bench', secretAccessKey: 'bench' };
/** The emulator and the simulated table share two busy cores with the reader: allow slow pages rather than fail the run. */
const CLIENT_OVERRIDES = { credentials: CREDENTIALS, maxAttempts: 1, requestHandler: { requestTimeout: 120_000, connectionTimeout: 10_000, throwOnRequestTimeout: true } };
const itemSize = dynaliteDb.itemSize;

/** A realistic record: a form sign-up with one custom field, confirmed (1 in 20 still pending). */
function subscriber(index: number): SubscriberRecord & { pk: string } {
  const email = `reader${String(index).padStart(7, '0')}@example.org`;
  const at = new Date(Date.UTC(2026, 0, 1) + index * 1000).toISOString();
  return {
    pk: `sub#${email}`,
    email,
    status: index % 20 === 7 ? 'pending' : 'confirmed',
    name: `Reader Number ${index}`,
    fields: { city: ['London', 'Lyon', 'Oslo', 'Boston'][index % 4]! },
    consent: { source: 'form', signedUpAt: at, signedUpFrom: 'https://news.example.org/newsletter', signedUpIp: `198.51.100.${index % 250}`, confirmedAt: at, confirmedIp: `198.51.100.${index % 250}` },
    confirmationNonce: 'AbCdEfGhIjKlMnOp',
    confirmationSentAt: at,
    updatedAt: at,
    version: 2,
  };
}

/** The record in DynamoDB's JSON, written out by hand: the generator must not be what the bench measures. */
function dynamoItem(record: ReturnType<typeof subscriber>): Record<string, unknown> {
  const c = record.consent;
  return {
    pk: { S: record.pk },
    email: { S: record.email },
    status: { S: record.status },
    name: { S: record.name },
    fields: { M: { city: { S: record.fields.city! } } },
    consent: { M: { source: { S: c.source }, signedUpAt: { S: c.signedUpAt }, signedUpFrom: { S: c.signedUpFrom! }, signedUpIp: { S: c.signedUpIp! }, confirmedAt: { S: c.confirmedAt! }, confirmedIp: { S: c.confirmedIp! } } },
    confirmationNonce: { S: record.confirmationNonce! },
    confirmationSentAt: { S: record.confirmationSentAt! },
    updatedAt: { S: record.updatedAt },
    version: { N: String(record.version) },
  };
}

interface Row {
  store: string;
  subscribers: number;
  segments: number;
  'recipients out': number;
  'seconds': number;
  'Scan requests': number;
  'read units': number;
  'USD per snapshot': number;
  'USD per 1M subscribers': number;
  'heap MB after': number;
}

async function measure(label: string, client: DynamoDBClient, tableName: string, total: number, segments: number): Promise<Row> {
  const store = new DynamoDbSubscriberStore({ client, tableName, segments });
  global.gc?.();
  const started = performance.now();
  let count = 0;
  for await (const _recipient of readConfirmedRecipients(store, new Set())) count += 1;
  const seconds = (performance.now() - started) / 1000;
  const units = store.stats.capacityUnits;
  process.stderr.write(`[bench] ${label}, ${total} subscribers, ${segments} segments: ${seconds.toFixed(1)} s\n`);
  return {
    store: label,
    subscribers: total,
    segments,
    'recipients out': count,
    seconds: Number(seconds.toFixed(2)),
    'Scan requests': store.stats.requests,
    'read units': units,
    'USD per snapshot': Number(((units / 1e6) * USD_PER_MILLION_RRU).toFixed(5)),
    'USD per 1M subscribers': Number(((units / total) * USD_PER_MILLION_RRU).toFixed(4)),
    'heap MB after': Math.round(process.memoryUsage().heapUsed / 1e6),
  };
}

async function listen(server: Server): Promise<string> {
  // A segment waits for the reader between pages; under load that exceeds Node's 5 s keep-alive and the
  // next request races the server closing the socket. DynamoDB keeps connections far longer.
  server.keepAliveTimeout = 300_000;
  server.headersTimeout = 301_000;
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function stop(server: Server): Promise<void> {
  server.closeAllConnections();
  await new Promise<void>((done) => server.close(() => done()));
}

/**
 * The simulated table: answers Scan as DynamoDB pages it (1 MB of item data
 * per page and segment, read units per page, ProjectionExpression applied),
 * generating the items of each page on the fly.
 */
function serveSimulatedTable(total: number, pageLatencyMs: number): Server {
  const MB = 1024 * 1024;
  const answer = async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const input = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
      Segment?: number;
      TotalSegments?: number;
      ExclusiveStartKey?: { pk: { S: string } };
      ExpressionAttributeValues?: Record<string, { S?: string }>;
      ExpressionAttributeNames?: Record<string, string>;
      ProjectionExpression?: string;
    };
    const segments = input.TotalSegments ?? 1;
    const segment = input.Segment ?? 0;
    const wantedStatus = input.ExpressionAttributeValues?.[':status']?.S;
    const projection = input.ProjectionExpression?.split(',').map((name) => input.ExpressionAttributeNames?.[name.trim()] ?? name.trim());
    // Items are spread over segments by index; the start key names the last index returned.
    let index = input.ExclusiveStartKey ? Number(/(\d+)@/.exec(input.ExclusiveStartKey.pk.S)![1]) + segments : segment;
    const items: unknown[] = [];
    let pageBytes = 0;
    let scannedBytes = 0;
    let scanned = 0;
    let last: string | undefined;
    for (; index < total && pageBytes < MB; index += segments) {
      const record = subscriber(index);
      const item = dynamoItem(record);
      pageBytes += itemSize(item, true, true);
      scannedBytes += itemSize(item);
      scanned += 1;
      last = record.pk;
      if (wantedStatus && record.status !== wantedStatus) continue;
      items.push(projection ? Object.fromEntries(projection.filter((name) => name in item).map((name) => [name, item[name]])) : item);
    }
    if (pageLatencyMs > 0) await new Promise((done) => setTimeout(done, pageLatencyMs));
    const body = JSON.stringify({
      Items: items,
      Count: items.length,
      ScannedCount: scanned,
      ...(index < total && last ? { LastEvaluatedKey: { pk: { S: last } } } : {}),
      // Read units are charged on whole items scanned, whatever the projection or filter keeps.
      ConsumedCapacity: { TableName: 'simulated', CapacityUnits: Math.ceil(scannedBytes / 1024 / 4) * 0.5 },
    });
    res.writeHead(200, { 'content-type': 'application/x-amz-json-1.0' });
    res.end(body);
  };
  return createServer((req, res) => {
    answer(req, res).catch((error: unknown) => {
      res.writeHead(500);
      res.end(String(error));
    });
  });
}

if (!isMainThread) {
  const { simulatedN, pageLatencyMs } = workerData as { simulatedN: number; pageLatencyMs: number };
  parentPort!.postMessage(await listen(serveSimulatedTable(simulatedN, pageLatencyMs)));
} else {
const rows: Row[] = [];

// 1. dynalite, loaded through BatchWriteItem.
{
  const server: Server = dynalite({ createTableMs: 0 });
  const endpoint = await listen(server);
  const client = createDynamoDbClient({ region: 'us-east-1', dynamodbEndpoint: endpoint }, CLIENT_OVERRIDES);
  const tableName = 'bench-subscribers';
  await client.send(new CreateTableCommand(subscriberTableDefinition(tableName)));
  // dynalite answers CreateTable while still CREATING, even with createTableMs 0.
  while ((await client.send(new DescribeTableCommand({ TableName: tableName }))).Table?.TableStatus !== 'ACTIVE') await new Promise((resolve) => setTimeout(resolve, 10));
  const documents = DynamoDBDocumentClient.from(client);
  for (let start = 0; start < DYNALITE_N; start += 25) {
    const batch = Array.from({ length: Math.min(25, DYNALITE_N - start) }, (_, i) => ({ PutRequest: { Item: subscriber(start + i) } }));
    await documents.send(new BatchWriteCommand({ RequestItems: { [tableName]: batch } }));
  }
  process.stderr.write(`[bench] dynalite loaded with ${DYNALITE_N} subscribers\n`);
  for (const segments of [1, 8]) rows.push(await measure('dynalite', client, tableName, DYNALITE_N, segments));
  client.destroy();
  await stop(server);
}

// 2. The simulated table, served from a worker thread so generating items does not eat the reader's time.
{
  // The worker registers tsx's loader itself before importing this TypeScript file (execArgv hooks do not reach a worker's entry on Node 20).
  const bootstrap = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(import.meta.url)}); })`;
  const worker = new Worker(bootstrap, { eval: true, workerData: { simulatedN: SIMULATED_N, pageLatencyMs: PAGE_LATENCY_MS } });
  const endpoint = await new Promise<string>((done, fail) => {
    worker.once('message', done);
    worker.once('error', fail);
  });
  const client = createDynamoDbClient({ region: 'us-east-1', dynamodbEndpoint: endpoint }, CLIENT_OVERRIDES);
  for (const segments of [8, 16]) {
    rows.push(await measure(`simulated${PAGE_LATENCY_MS ? ` (+${PAGE_LATENCY_MS} ms/page)` : ''}`, client, 'simulated', SIMULATED_N, segments));
  }
  client.destroy();
  await worker.terminate();
}

console.table(rows);
const million = rows.filter((row) => row.subscribers === SIMULATED_N);
const sample = subscriber(1);
const summary = {
  itemBytes: itemSize(dynamoItem(sample)),
  sameAsSdkMarshalling: itemSize(dynamoItem(sample)) === itemSize(marshall(sample, { removeUndefinedValues: true })),
  renderBudgetSeconds: RENDER_BUDGET_S,
  withinRenderBudget: million.every((row) => row.seconds < RENDER_BUDGET_S),
  costModel: {
    note: 'DynamoDB on-demand, eventually consistent Scan: read units = sum over pages of ceil(page bytes / 4 KB) × 0.5; $0.25 per million read request units.',
    usdPer1MSubscribersPerSnapshot: million[0]?.['USD per 1M subscribers'],
    readUnitsPer1MSubscribers: million[0] ? Math.round((million[0]['read units'] / SIMULATED_N) * 1e6) : undefined,
    scanRequestsPer1MSubscribers: million[0] ? Math.round((million[0]['Scan requests'] / SIMULATED_N) * 1e6) : undefined,
  },
};
console.log(summary);
await mkdir(resolve(ROOT, 'bench/results'), { recursive: true });
await writeFile(
  resolve(ROOT, 'bench/results/subscriber-snapshot.json'),
  `${JSON.stringify({ measuredAt: new Date().toISOString(), node: process.version, cpus: cpus().length, loadAverage: loadavg().map((n) => Number(n.toFixed(1))), pageLatencyMs: PAGE_LATENCY_MS, rows, summary }, null, 2)}\n`,
);
}
