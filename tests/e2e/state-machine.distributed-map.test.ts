import { GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestBucket, testS3Client } from '../harness/aws.js';
import { LambdaService, type LambdaHandler } from '../harness/step-functions/lambda-service.js';
import { StepFunctions } from '../harness/step-functions/step-functions.js';
import { functionArn, type AslDefinition, type SynthesizedMachine } from '../harness/step-functions/synthesized-machine.js';

/**
 * The harness's Distributed Map against AWS's documented semantics, on a small
 * hand-written definition (the digest's own machine is executed in
 * state-machine.test.ts): the S3 item reader (JSON and CSV), ItemSelector,
 * ItemBatcher, MaxConcurrency, the tolerated failure thresholds and the
 * ResultWriter's files. The worker is a stand-in; only the engine is under test.
 */

const s3 = testS3Client();
let bucket: string;
const WORKER = functionArn('WorkerFunction');

function machineOf(map: Record<string, unknown>): SynthesizedMachine {
  const definition: AslDefinition = {
    StartAt: 'Fan out',
    States: {
      'Fan out': {
        Type: 'Map',
        ItemProcessor: {
          ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' },
          StartAt: 'Work',
          States: {
            Work: {
              Type: 'Task',
              Resource: 'arn:aws:states:::lambda:invoke',
              Parameters: { FunctionName: WORKER, 'Payload.$': '$' },
              ResultSelector: { 'done.$': '$.Payload.done' },
              End: true,
            },
          },
        },
        ResultPath: '$.map',
        End: true,
        ...map,
      },
    },
  };
  return {
    definition,
    functions: new Map([[WORKER, { name: 'worker', arn: WORKER, logicalId: 'WorkerFunction', timeoutSeconds: 60, environment: {} }]]),
    scheduledInput: () => {
      throw new Error('no schedule');
    },
  };
}

function engineWith(map: Record<string, unknown>, worker: LambdaHandler) {
  const machine = machineOf(map);
  const lambda = new LambdaService(machine.functions, { worker });
  return { lambda, engine: new StepFunctions(machine, lambda, s3) };
}

async function putObject(key: string, body: string) {
  await s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body }));
}

async function getText(key: string): Promise<string> {
  return (await (await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }))).Body!.transformToString());
}

const jsonReader = (key: string) => ({
  Resource: 'arn:aws:states:::s3:getObject',
  ReaderConfig: { InputType: 'JSON' },
  Parameters: { Bucket: bucket, 'Key.$': key },
});

beforeAll(async () => {
  bucket = await createTestBucket(s3, 'sfn-map');
  await putObject('slices/manifest.json', JSON.stringify(Array.from({ length: 6 }, (_, i) => ({ sliceId: `s${i}`, offset: i * 10, count: 10 }))));
  await putObject('rows.csv', 'email,name\na@example.com,A\nb@example.com,"B, b"\nc@example.com,C\nd@example.com,D\ne@example.com,E\n');
});

afterAll(() => s3.destroy());

describe('the Distributed Map the harness plays', () => {
  it('reads a JSON manifest from S3, shapes items with ItemSelector, holds MaxConcurrency and writes the ResultWriter files', async () => {
    let running = 0;
    let peak = 0;
    const { engine, lambda } = engineWith(
      {
        ItemReader: jsonReader('$.manifestKey'),
        ItemSelector: { 'slice.$': '$$.Map.Item.Value', 'index.$': '$$.Map.Item.Index', 'date.$': '$.date' },
        MaxConcurrency: 2,
        ResultWriter: { Resource: 'arn:aws:states:::s3:putObject', Parameters: { Bucket: bucket, 'Prefix.$': '$.resultsPrefix' } },
      },
      async (event) => {
        running += 1;
        peak = Math.max(peak, running);
        await new Promise((resolve) => setTimeout(resolve, 20));
        running -= 1;
        return { done: event.slice.sliceId };
      },
    );
    const run = await engine.start({ date: '2026-12-01', manifestKey: 'slices/manifest.json', resultsPrefix: 'results/run-1' }, 'run-1');

    expect(run.status).toBe('SUCCEEDED');
    expect(peak).toBe(2);
    expect(lambda.invocations.map((i) => i.payload)).toContainEqual({ slice: { sliceId: 's3', offset: 30, count: 10 }, index: 3, date: '2026-12-01' });
    const details = (run.output as { map: { MapRunArn: string; ResultWriterDetails: { Bucket: string; Key: string } } }).map;
    expect(details.ResultWriterDetails).toEqual({ Bucket: bucket, Key: expect.stringMatching(/^results\/run-1\/[0-9a-f-]{36}\/manifest\.json$/) });
    const manifest = JSON.parse(await getText(details.ResultWriterDetails.Key));
    expect(manifest).toMatchObject({ DestinationBucket: bucket, MapRunArn: details.MapRunArn, ResultFiles: { FAILED: [], PENDING: [] } });
    const [succeededFile] = manifest.ResultFiles.SUCCEEDED;
    const succeeded = JSON.parse(await getText(succeededFile.Key)) as Array<{ Status: string; Output: string; Input: string }>;
    expect(succeeded).toHaveLength(6);
    expect(succeeded.every((entry) => entry.Status === 'SUCCEEDED')).toBe(true);
    expect(succeeded.map((entry) => JSON.parse(entry.Output).done).sort()).toEqual(['s0', 's1', 's2', 's3', 's4', 's5']);
  });

  it('batches CSV rows (every value a string) with BatchInput resolved against the Map input, by count and by bytes', async () => {
    const byCount = engineWith(
      {
        ItemReader: { Resource: 'arn:aws:states:::s3:getObject', ReaderConfig: { InputType: 'CSV', CSVHeaderLocation: 'FIRST_ROW' }, Parameters: { Bucket: bucket, Key: 'rows.csv' } },
        ItemBatcher: { MaxItemsPerBatch: 2, BatchInput: { 'date.$': '$.date', workers: 2 } },
      },
      async (event) => ({ done: event.Items.length }),
    );
    const run = await byCount.engine.start({ date: '2026-12-01' }, 'csv-1');
    expect(run.status).toBe('SUCCEEDED');
    expect(byCount.lambda.invocations.map((i) => i.payload)).toEqual([
      { BatchInput: { date: '2026-12-01', workers: 2 }, Items: [{ email: 'a@example.com', name: 'A' }, { email: 'b@example.com', name: 'B, b' }] },
      { BatchInput: { date: '2026-12-01', workers: 2 }, Items: [{ email: 'c@example.com', name: 'C' }, { email: 'd@example.com', name: 'D' }] },
      { BatchInput: { date: '2026-12-01', workers: 2 }, Items: [{ email: 'e@example.com', name: 'E' }] },
    ]);
    // Without a ResultWriter the children's outputs are the Map's output.
    expect(run.output).toMatchObject({ map: [{ done: 2 }, { done: 2 }, { done: 1 }] });

    const byBytes = engineWith(
      {
        ItemReader: { Resource: 'arn:aws:states:::s3:getObject', ReaderConfig: { InputType: 'CSV', CSVHeaderLocation: 'FIRST_ROW' }, Parameters: { Bucket: bucket, Key: 'rows.csv' } },
        ItemBatcher: { MaxInputBytesPerBatch: 100 },
      },
      async (event) => ({ done: event.Items.length }),
    );
    const bytesRun = await byBytes.engine.start({}, 'csv-2');
    const sizes = byBytes.lambda.invocations.map((i) => Buffer.byteLength(JSON.stringify(i.payload)));
    expect(bytesRun.status).toBe('SUCCEEDED');
    expect(sizes.every((size) => size <= 100)).toBe(true);
    expect((bytesRun.output as { map: Array<{ done: number }> }).map.reduce((sum, r) => sum + r.done, 0)).toBe(5);
  });

  it('tolerates failed items up to ToleratedFailureCount, writes COMPACT results with the failures in full, and fails the Map past it', async () => {
    const failing = new Set(['s1']);
    const map = {
      ItemReader: jsonReader('$.manifestKey'),
      ToleratedFailureCount: 1,
      ResultWriter: {
        Resource: 'arn:aws:states:::s3:putObject',
        Parameters: { Bucket: bucket, Prefix: 'results/tolerance' },
        WriterConfig: { OutputType: 'JSON', Transformation: 'COMPACT' },
      },
    };
    const worker: LambdaHandler = async (event) => {
      if (failing.has(event.sliceId)) throw Object.assign(new Error(`slice ${event.sliceId} broke`), { name: 'SliceBroken' });
      return { done: event.sliceId };
    };
    const { engine } = engineWith(map, worker);
    const tolerated = await engine.start({ manifestKey: 'slices/manifest.json' }, 'tolerated');
    expect(tolerated.status).toBe('SUCCEEDED');
    expect(tolerated.mapRuns[0]).toMatchObject({ failedItems: 1 });
    const manifest = JSON.parse(await getText((tolerated.output as { map: { ResultWriterDetails: { Key: string } } }).map.ResultWriterDetails.Key));
    // COMPACT: a success is its output alone; a failure keeps its metadata, as with NONE.
    const succeeded = JSON.parse(await getText(manifest.ResultFiles.SUCCEEDED[0].Key)) as Array<{ done: string }>;
    expect(succeeded.map((output) => output.done).sort()).toEqual(['s0', 's2', 's3', 's4', 's5']);
    const failed = JSON.parse(await getText(manifest.ResultFiles.FAILED[0].Key)) as Array<{ Status: string; Error: string; Input: string }>;
    expect(failed).toEqual([expect.objectContaining({ Status: 'FAILED', Error: 'SliceBroken' })]);
    expect(JSON.parse(failed[0]!.Input)).toMatchObject({ sliceId: 's1' });

    failing.add('s4');
    const exceeded = await engine.start({ manifestKey: 'slices/manifest.json' }, 'exceeded');
    expect(exceeded).toMatchObject({ status: 'FAILED', error: 'States.ExceedToleratedFailureThreshold' });
  });

  it('counts every item of a failed batch against ToleratedFailurePercentage, and refuses an aggregated output past 256 KiB', async () => {
    const { engine } = engineWith(
      {
        ItemReader: { Resource: 'arn:aws:states:::s3:getObject', ReaderConfig: { InputType: 'CSV', CSVHeaderLocation: 'FIRST_ROW' }, Parameters: { Bucket: bucket, Key: 'rows.csv' } },
        ItemBatcher: { MaxItemsPerBatch: 2 },
        // One failed batch of two rows is 40 % of five.
        ToleratedFailurePercentage: 30,
      },
      async (event) => {
        if (event.Items[0].email === 'a@example.com') throw new Error('batch broke');
        return { done: 1 };
      },
    );
    expect(await engine.start({}, 'pct')).toMatchObject({ status: 'FAILED', error: 'States.ExceedToleratedFailureThreshold' });

    const big = engineWith({ ItemReader: jsonReader('$.manifestKey') }, async () => ({ done: 'x'.repeat(50_000) }));
    expect(await big.engine.start({ manifestKey: 'slices/manifest.json' }, 'big')).toMatchObject({ status: 'FAILED', error: 'States.DataLimitExceeded' });
  });
});
