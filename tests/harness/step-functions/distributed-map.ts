import { randomUUID } from 'node:crypto';
import { GetObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { parse as parseCsv } from 'csv-parse/sync';
import { ExecutionError, StateMachine } from 'aws-local-stepfunctions';
import { evaluateTemplate, readPath } from './json-path.js';
import { STATE_PAYLOAD_LIMIT_BYTES, TaskError } from './lambda-service.js';
import { ACCOUNT, REGION, STATE_MACHINE_ARN, STATE_MACHINE_NAME, type AslState } from './synthesized-machine.js';

/**
 * The Distributed Map pieces aws-local-stepfunctions does not implement, after
 * AWS's documentation (Step Functions developer guide, "Map state in
 * Distributed mode", "ItemReader", "ItemBatcher", "ResultWriter", "Tolerated
 * failure threshold"). The interpreter runs everything around it (InputPath,
 * ResultSelector, ResultPath, OutputPath, Retry, Catch of the Map itself) and
 * each child workflow, unmodified; this module only:
 *
 * - reads the items (`ItemReader`, `arn:aws:states:::s3:getObject`) from the
 *   S3 emulator: CSV (header row, or `CSVHeaders` given; every value a string)
 *   and JSON (an array), bounded by `ReaderConfig.MaxItems`;
 * - shapes each item with `ItemSelector` (`$$.Map.Item.Index` / `.Value`);
 * - groups items with `ItemBatcher` (`MaxItemsPerBatch`, `MaxInputBytesPerBatch`,
 *   `BatchInput`, resolved against the Map's effective input): each child gets
 *   `{ BatchInput, Items }`;
 * - runs one child execution per item or batch, at most `MaxConcurrency` at
 *   once (0: no limit), each a fresh interpreter run of `ItemProcessor`;
 * - counts failed items (all the items of a failed batch) and fails the Map
 *   with `States.ExceedToleratedFailureThreshold` once they exceed
 *   `ToleratedFailurePercentage` or `ToleratedFailureCount` (both default 0);
 * - writes results with `ResultWriter` (`arn:aws:states:::s3:putObject`):
 *   `<Prefix>/<map run id>/manifest.json` plus `SUCCEEDED_0.json` /
 *   `FAILED_0.json` / `PENDING_0.json` (`WriterConfig`: JSON or JSONL; NONE,
 *   COMPACT or FLATTEN), and returns `{ MapRunArn,
 *   ResultWriterDetails: { Bucket, Key } }`; without one, the children's
 *   outputs (a failed child: its error and input) become the Map's output,
 *   which must fit Step Functions' 256 KiB limit.
 */

export interface ChildRecord {
  index: number;
  name: string;
  input: unknown;
  itemCount: number;
  status: 'SUCCEEDED' | 'FAILED';
  output?: unknown;
  error?: string;
  cause?: string;
  startedAt: number;
  stoppedAt: number;
}

export interface MapRunRecord {
  state: string;
  mapRunArn: string;
  itemCount: number;
  children: ChildRecord[];
  failedItems: number;
  /** The most children that ever ran at once. */
  peakConcurrency: number;
  maxConcurrency: number;
  resultWriterKeys: string[];
}

export interface DistributedMapDeps {
  s3: S3Client;
  /** Runs one child execution of the ItemProcessor and reports how it ended. */
  runChild(processor: StateMachine, input: unknown, context: Record<string, unknown>, name: string): Promise<{ output: unknown }>;
  /** Told about the Map run as soon as it starts, so a failed run is on record too. */
  onMapRun(record: MapRunRecord): void;
  /** An S3 error the item reader's GetObject gets instead of the object (fault injection), if any. */
  takeReaderFault?(): string | undefined;
}

const KNOWN_FIELDS = new Set([
  'Type', 'Comment', 'Next', 'End', 'InputPath', 'OutputPath', 'ResultPath', 'ResultSelector', 'Retry', 'Catch',
  'ItemProcessor', 'ItemReader', 'ItemSelector', 'Parameters', 'ItemBatcher', 'MaxConcurrency', 'MaxConcurrencyPath',
  'ToleratedFailurePercentage', 'ToleratedFailurePercentagePath', 'ToleratedFailureCount', 'ToleratedFailureCountPath',
  'ResultWriter', 'Label', 'ItemsPath', 'QueryLanguage',
]);

export function isDistributedMap(state: AslState): boolean {
  return state.Type === 'Map' && (state.ItemProcessor?.ProcessorConfig?.Mode === 'DISTRIBUTED' || state.ItemReader !== undefined);
}

/** Fields this emulation does not implement make the harness refuse the definition, not run it wrongly. */
export function checkSupported(stateName: string, state: AslState): void {
  const unknown = Object.keys(state).filter((key) => !KNOWN_FIELDS.has(key));
  if (unknown.length > 0) throw new Error(`Map state "${stateName}": the harness does not emulate ${unknown.join(', ')}`);
  if (state.QueryLanguage !== undefined && state.QueryLanguage !== 'JSONPath') throw new Error(`Map state "${stateName}": only JSONPath is emulated`);
  for (const rule of [...(state.Retry ?? []), ...(state.Catch ?? [])] as Array<{ ErrorEquals: string[] }>) {
    // On a Task (the stand-in the interpreter runs) States.TaskFailed would match everything; on a Map it matches nothing.
    if (rule.ErrorEquals.includes('States.TaskFailed')) throw new Error(`Map state "${stateName}": States.TaskFailed in Retry/Catch is beyond the harness`);
  }
  if (state.ItemsPath !== undefined && state.ItemReader !== undefined) throw new Error(`Map state "${stateName}": ItemsPath and ItemReader together`);
}

export async function runDistributedMap(
  stateName: string,
  state: AslState,
  input: unknown,
  context: Record<string, unknown>,
  processor: StateMachine,
  deps: DistributedMapDeps,
): Promise<{ output: unknown; record: MapRunRecord }> {
  const mapRunId = randomUUID();
  const mapRunArn = `arn:aws:states:${REGION}:${ACCOUNT}:mapRun:${STATE_MACHINE_NAME}/${state.Label ?? stateName}:${mapRunId}`;

  const items = await readItems(stateName, state, input, context, deps);
  const selected: unknown[] = [];
  for (const [index, value] of items.entries()) {
    const template = state.ItemSelector ?? state.Parameters;
    selected.push(template === undefined ? value : await evaluateTemplate(template, input, { ...context, Map: { Item: { Index: index, Value: value } } }));
  }
  const groups = await batch(stateName, state, selected, input, context);

  const maxConcurrency = numberField(state, 'MaxConcurrency', input, context) ?? 0;
  const toleratedPercentage = numberField(state, 'ToleratedFailurePercentage', input, context) ?? 0;
  const toleratedCount = numberField(state, 'ToleratedFailureCount', input, context);
  const record: MapRunRecord = { state: stateName, mapRunArn, itemCount: items.length, children: [], failedItems: 0, peakConcurrency: 0, maxConcurrency, resultWriterKeys: [] };
  deps.onMapRun(record);

  const exceeded = () =>
    record.failedItems > 0 &&
    (toleratedCount !== undefined || toleratedPercentage !== 0
      ? (toleratedCount !== undefined && record.failedItems > toleratedCount) ||
        (toleratedPercentage !== 0 && (record.failedItems / items.length) * 100 > toleratedPercentage)
      : true);

  let next = 0;
  let running = 0;
  const limit = maxConcurrency > 0 ? maxConcurrency : Number.POSITIVE_INFINITY;
  const worker = async () => {
    // Once the threshold is exceeded no new child starts; running ones finish (AWS may let them).
    while (next < groups.length && !exceeded()) {
      const index = next++;
      const group = groups[index]!;
      const name = `${mapRunId.slice(0, 8)}-${index}`;
      const child: ChildRecord = { index, name, input: group.input, itemCount: group.itemCount, status: 'SUCCEEDED', startedAt: Date.now(), stoppedAt: 0 };
      record.children.push(child);
      running += 1;
      record.peakConcurrency = Math.max(record.peakConcurrency, running);
      try {
        const childContext = {
          Execution: { Id: childExecutionArn(state, stateName, name), Name: name, RoleArn: `arn:aws:iam::${ACCOUNT}:role/StateMachineRole` },
          StateMachine: { Id: `${STATE_MACHINE_ARN}/${state.Label ?? stateName}`, Name: `${STATE_MACHINE_NAME}/${state.Label ?? stateName}` },
        };
        child.output = (await deps.runChild(processor, group.input, childContext, name)).output;
      } catch (error) {
        const cause = error instanceof ExecutionError ? (error.cause as Error) : (error as Error);
        child.status = 'FAILED';
        child.error = cause?.name ?? 'States.Runtime';
        child.cause = cause?.message ?? String(error);
        record.failedItems += group.itemCount;
      } finally {
        child.stoppedAt = Date.now();
        running -= 1;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, Math.max(groups.length, 1)) }, worker));
  record.children.sort((a, b) => a.index - b.index);

  const pending = groups.slice(record.children.length).map((group, offset) => ({ index: record.children.length + offset, input: group.input }));
  let output: unknown;
  if (state.ResultWriter) {
    output = await writeResults(stateName, state, input, context, deps.s3, mapRunArn, mapRunId, record, pending);
  } else {
    output = record.children.map((child) =>
      child.status === 'SUCCEEDED' ? child.output : { Error: child.error, Cause: child.cause, Input: child.input },
    );
    const size = Buffer.byteLength(JSON.stringify(output));
    if (size > STATE_PAYLOAD_LIMIT_BYTES) {
      throw new TaskError('States.DataLimitExceeded', `${stateName}: the Map's aggregated output is ${size} bytes, over the ${STATE_PAYLOAD_LIMIT_BYTES}-byte limit (no ResultWriter)`);
    }
  }
  if (exceeded()) {
    throw new TaskError(
      'States.ExceedToleratedFailureThreshold',
      `The specified tolerated failure threshold was exceeded: ${record.failedItems} of ${items.length} items failed (${stateName})`,
    );
  }
  return { output, record };
}

async function readItems(stateName: string, state: AslState, input: unknown, context: Record<string, unknown>, deps: DistributedMapDeps): Promise<unknown[]> {
  if (!state.ItemReader) {
    const items = state.ItemsPath ? readPath(state.ItemsPath, input, context).value : input;
    if (!Array.isArray(items)) throw new TaskError('States.Runtime', `${stateName}: the items are not an array`);
    return items;
  }
  const reader = state.ItemReader as { Resource: string; ReaderConfig?: Record<string, any>; Parameters: unknown };
  if (!/^arn:aws:states:::s3:getObject$/.test(reader.Resource)) throw new Error(`${stateName}: ItemReader ${reader.Resource} is beyond the harness (s3:getObject only)`);
  const parameters = (await evaluateTemplate(reader.Parameters, input, context)) as { Bucket?: string; Key?: string; VersionId?: string };
  if (typeof parameters.Bucket !== 'string' || typeof parameters.Key !== 'string') {
    throw new TaskError('States.ItemReaderFailed', `${stateName}: ItemReader needs Bucket and Key, got ${JSON.stringify(parameters)}`);
  }
  let body: string;
  try {
    const fault = deps.takeReaderFault?.();
    if (fault) throw Object.assign(new Error('injected by the test'), { name: fault });
    const object = await deps.s3.send(new GetObjectCommand({ Bucket: parameters.Bucket, Key: parameters.Key, ...(parameters.VersionId ? { VersionId: parameters.VersionId } : {}) }));
    body = await object.Body!.transformToString('utf8');
  } catch (error) {
    throw new TaskError('States.ItemReaderFailed', `${stateName}: cannot read s3://${parameters.Bucket}/${parameters.Key}: ${(error as Error).name}: ${(error as Error).message}`);
  }
  const config = reader.ReaderConfig ?? {};
  const inputType = config.InputType ?? 'JSON';
  let items: unknown[];
  if (inputType === 'CSV') {
    const rows: string[][] = parseCsv(body, { bom: true, relax_column_count: false, skip_empty_lines: true });
    const headers = config.CSVHeaderLocation === 'GIVEN' ? (config.CSVHeaders as string[]) : rows.shift();
    if (!headers) throw new TaskError('States.ItemReaderFailed', `${stateName}: the CSV has no header row`);
    items = rows.map((row) => Object.fromEntries(headers.map((header, index) => [header, row[index] ?? ''])));
  } else if (inputType === 'JSON') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch (error) {
      throw new TaskError('States.ItemReaderFailed', `${stateName}: s3://${parameters.Bucket}/${parameters.Key} is not JSON: ${(error as Error).message}`);
    }
    if (config.ItemsPointer !== undefined) throw new Error(`${stateName}: ReaderConfig.ItemsPointer is beyond the harness`);
    if (!Array.isArray(parsed)) throw new TaskError('States.ItemReaderFailed', `${stateName}: s3://${parameters.Bucket}/${parameters.Key} must hold a JSON array`);
    items = parsed;
  } else if (inputType === 'JSONL') {
    items = body.split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line));
  } else {
    throw new Error(`${stateName}: ReaderConfig.InputType ${inputType} is beyond the harness`);
  }
  const maxItems = typeof config.MaxItems === 'number' ? config.MaxItems : undefined;
  return maxItems === undefined ? items : items.slice(0, maxItems);
}

async function batch(stateName: string, state: AslState, items: unknown[], input: unknown, context: Record<string, unknown>): Promise<Array<{ input: unknown; itemCount: number }>> {
  const batcher = state.ItemBatcher as Record<string, any> | undefined;
  if (!batcher) return items.map((item) => ({ input: item, itemCount: 1 }));
  const maxItems = numberField(batcher, 'MaxItemsPerBatch', input, context) ?? Number.POSITIVE_INFINITY;
  const maxBytes = numberField(batcher, 'MaxInputBytesPerBatch', input, context) ?? STATE_PAYLOAD_LIMIT_BYTES;
  if (!Number.isFinite(maxItems) && batcher.MaxInputBytesPerBatch === undefined && batcher.MaxInputBytesPerBatchPath === undefined) {
    throw new Error(`${stateName}: an ItemBatcher needs MaxItemsPerBatch or MaxInputBytesPerBatch`);
  }
  // BatchInput resolves against the Map's state input (aws-cdk#29152).
  const batchInput = batcher.BatchInput === undefined ? undefined : await evaluateTemplate(batcher.BatchInput, input, context);
  const groups: Array<{ input: unknown; itemCount: number }> = [];
  let current: unknown[] = [];
  const wrap = (list: unknown[]) => (batchInput === undefined ? { Items: list } : { BatchInput: batchInput, Items: list });
  for (const item of items) {
    const candidate = [...current, item];
    if (current.length > 0 && (candidate.length > maxItems || Buffer.byteLength(JSON.stringify(wrap(candidate))) > maxBytes)) {
      groups.push({ input: wrap(current), itemCount: current.length });
      current = [item];
    } else {
      current = candidate;
    }
    if (Buffer.byteLength(JSON.stringify(wrap(current))) > maxBytes) {
      throw new TaskError('States.Runtime', `${stateName}: one item alone exceeds MaxInputBytesPerBatch (${maxBytes})`);
    }
  }
  if (current.length > 0) groups.push({ input: wrap(current), itemCount: current.length });
  return groups;
}

/** Child executions are named `<machine>/<label>:<name>`. */
function childExecutionArn(state: AslState, stateName: string, name: string): string {
  return `arn:aws:states:${REGION}:${ACCOUNT}:execution:${STATE_MACHINE_NAME}/${state.Label ?? stateName}:${name}`;
}

function numberField(holder: Record<string, any>, field: string, input: unknown, context: Record<string, unknown>): number | undefined {
  if (typeof holder[field] === 'number') return holder[field];
  const path = holder[`${field}Path`];
  if (typeof path !== 'string') return undefined;
  const { found, value } = readPath(path, input, context);
  if (!found || typeof value !== 'number') throw new TaskError('States.Runtime', `${field}Path ${path} did not resolve to a number`);
  return value;
}

async function writeResults(
  stateName: string,
  state: AslState,
  input: unknown,
  context: Record<string, unknown>,
  s3: S3Client,
  mapRunArn: string,
  mapRunId: string,
  record: MapRunRecord,
  pending: Array<{ index: number; input: unknown }>,
): Promise<unknown> {
  const writer = state.ResultWriter as { Resource?: string; Parameters?: unknown; WriterConfig?: { OutputType?: string; Transformation?: string } };
  if (writer.Resource !== undefined && !/^arn:aws:states:::s3:putObject$/.test(writer.Resource)) throw new Error(`${stateName}: ResultWriter ${writer.Resource} is beyond the harness`);
  const parameters = (writer.Parameters === undefined ? {} : await evaluateTemplate(writer.Parameters, input, context)) as { Bucket?: string; Prefix?: string };
  const transformation = writer.WriterConfig?.Transformation ?? 'NONE';
  const outputType = writer.WriterConfig?.OutputType ?? 'JSON';
  if (!['NONE', 'COMPACT', 'FLATTEN'].includes(transformation) || !['JSON', 'JSONL'].includes(outputType)) {
    throw new Error(`${stateName}: ResultWriter WriterConfig ${JSON.stringify(writer.WriterConfig)} is beyond the harness`);
  }
  if (typeof parameters.Bucket !== 'string') {
    // Without a bucket the writer only transforms the output (JSONata-era WriterConfig alone).
    throw new Error(`${stateName}: ResultWriter without Bucket is beyond the harness`);
  }
  // NONE: each child with its metadata. COMPACT and FLATTEN: a successful child's output alone
  // (FLATTEN spreads an array output); a failed child is always written as with NONE.
  const entry = (child: ChildRecord) => ({
    ExecutionArn: childExecutionArn(state, stateName, child.name),
    Input: JSON.stringify(child.input),
    InputDetails: { Included: true },
    Name: child.name,
    ...(child.status === 'SUCCEEDED' ? { Output: JSON.stringify(child.output), OutputDetails: { Included: true } } : { Error: child.error, Cause: child.cause }),
    RedriveCount: 0,
    RedriveStatus: child.status === 'SUCCEEDED' ? 'NOT_REDRIVABLE' : 'REDRIVABLE',
    StartDate: new Date(child.startedAt).toISOString(),
    StateMachineArn: `${STATE_MACHINE_ARN}/${state.Label ?? stateName}`,
    Status: child.status,
    StopDate: new Date(child.stoppedAt).toISOString(),
  });
  const serialize = (entries: unknown[]) => (outputType === 'JSONL' ? entries.map((e) => JSON.stringify(e)).join('\n') : JSON.stringify(entries));
  const prefix = (parameters.Prefix ?? '').replace(/\/+$/, '');
  const base = prefix ? `${prefix}/${mapRunId}` : mapRunId;
  const extension = outputType === 'JSONL' ? 'jsonl' : 'json';
  const put = async (key: string, body: string) => {
    await s3.send(new PutObjectCommand({ Bucket: parameters.Bucket, Key: key, Body: body, ContentType: 'application/json' }));
    record.resultWriterKeys.push(key);
    return { Key: key, Size: Buffer.byteLength(body) };
  };
  const files: Record<'SUCCEEDED' | 'FAILED' | 'PENDING', Array<{ Key: string; Size: number }>> = { SUCCEEDED: [], FAILED: [], PENDING: [] };
  const succeeded = record.children.filter((child) => child.status === 'SUCCEEDED');
  const failed = record.children.filter((child) => child.status === 'FAILED');
  const succeededEntries =
    transformation === 'NONE'
      ? succeeded.map(entry)
      : transformation === 'COMPACT'
        ? succeeded.map((child) => child.output)
        : succeeded.flatMap((child) => (Array.isArray(child.output) ? child.output : [child.output]));
  if (succeeded.length > 0) files.SUCCEEDED.push(await put(`${base}/SUCCEEDED_0.${extension}`, serialize(succeededEntries)));
  if (failed.length > 0) files.FAILED.push(await put(`${base}/FAILED_0.${extension}`, serialize(failed.map(entry))));
  if (pending.length > 0) files.PENDING.push(await put(`${base}/PENDING_0.${extension}`, serialize(pending.map((p) => ({ Input: JSON.stringify(p.input) })))));
  const manifestKey = `${base}/manifest.json`;
  await put(manifestKey, JSON.stringify({ DestinationBucket: parameters.Bucket, MapRunArn: mapRunArn, ResultFiles: files }));
  return { MapRunArn: mapRunArn, ResultWriterDetails: { Bucket: parameters.Bucket, Key: manifestKey } };
}
