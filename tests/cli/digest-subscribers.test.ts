import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DynamoDbSubscriberStore } from '../../functions/adapters/dynamodb-subscriber-store.js';
import { FileSubscriberStore } from '../../functions/adapters/file-subscriber-store.js';
import { FsStore } from '../../functions/adapters/fs-store.js';
import { S3Store } from '../../functions/adapters/s3-store.js';
import { SesTransport } from '../../functions/adapters/ses-transport.js';
import { MemoryAttemptCounter } from '../../functions/core/subscribers/memory-attempt-counter.js';
import { handleSignupRequest, type SignupHttpDependencies } from '../../functions/core/subscribers/signup-http.js';
import { isSuppressed } from '../../functions/core/suppressions.js';
import { createTestBucket, createTestTable, emulatorConfig, SesControl, testDynamoDbClient, testS3Client, testSesClient } from '../harness/aws.js';
import { runDigest } from '../support/run-digest.js';

/**
 * The editors' subscriber commands and `digest run` without --subscribers,
 * as an editor runs them: the real CLI in a child process, on a local store
 * folder, and on the deployed stack (DynamoDB and S3 emulators, a stand-in
 * for CloudFormation's DescribeStacks).
 */

const ROOT = resolve(import.meta.dirname, '../..');
const BUNDLED = join(ROOT, 'examples/subscribers.csv');
const SIGNUP_URL = 'https://digest.example.com/subscribe';

const digest = runDigest;

async function outbox(out: string): Promise<string[]> {
  return (await readdir(join(out, '2026-11-26', 'outbox'))).sort();
}

async function allFilesText(dir: string): Promise<string> {
  const texts: string[] = [];
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) texts.push(await readFile(join(entry.parentPath, entry.name), 'utf8'));
  }
  return texts.join('\n');
}

describe('digest subscribers on the local store', () => {
  it('an import of the bundled CSV gives the run the same recipients as the CSV itself', async () => {
    const fromCsv = await mkdtemp(join(tmpdir(), 'digest-csv-'));
    const fromStore = await mkdtemp(join(tmpdir(), 'digest-store-'));
    const imported = await digest(['subscribers', 'import', BUNDLED, '--out', fromStore]);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('added 6, updated 0, unchanged 0, rejected 2, duplicate rows 1');
    expect(imported.stdout).toContain('line 7: the email address contains a line break or NUL');

    const [csvRun, storeRun] = await Promise.all([digest(['run', '--out', fromCsv, '--subscribers', BUNDLED]), digest(['run', '--out', fromStore])]);
    expect(csvRun.code).toBe(0);
    expect(storeRun.stderr).toBe('');
    expect(storeRun.code).toBe(0);
    expect(await outbox(fromStore)).toEqual(await outbox(fromCsv));
    // The frozen snapshot the record names (recipients/<hash>.csv), as a sorted list of rows.
    const snapshot = async (out: string) => {
      const record = JSON.parse(await readFile(join(out, '2026-11-26', 'recipients.json'), 'utf8')) as { snapshotKey: string };
      return (await readFile(join(out, record.snapshotKey), 'utf8')).trim().split('\n').slice(1).sort();
    };
    expect(await snapshot(fromStore)).toEqual(await snapshot(fromCsv));

    const again = await digest(['subscribers', 'import', BUNDLED, '--out', fromStore]);
    expect(again.stdout).toContain('added 0, updated 0, unchanged 6');
  });

  it('counts by status, exports CSV with a header on stdout, shows one record', async () => {
    const out = await mkdtemp(join(tmpdir(), 'digest-store-'));
    await digest(['subscribers', 'import', BUNDLED, '--out', out]);
    const counts = await digest(['subscribers', '--out', out]);
    expect(counts.code).toBe(0);
    expect(counts.stdout).toContain(': 6\n  pending 0, confirmed 6, unsubscribed 0, bounced 0, complained 0, suppressed 0');

    const exported = await digest(['subscribers', 'export', '--out', out]);
    const lines = exported.stdout.trim().split('\n');
    expect(lines[0]).toBe('email,name,status,consent_source,signed_up_at,signed_up_from,confirmed_at,import_source,updated_at,city');
    expect(lines).toHaveLength(7);
    expect(lines[1]).toMatch(/^ada@example\.com,Ada Lovelace,confirmed,import,[^,]+,,[^,]+,subscribers\.csv,[^,]+,London$/);

    const shown = await digest(['subscribers', 'show', 'GRACE@example.com', '--out', out]);
    expect(JSON.parse(shown.stdout)).toMatchObject({ status: 'confirmed', record: { email: 'grace@example.com', name: 'Hopper, Grace', fields: { city: 'Arlington' }, consent: { source: 'import', importSource: 'subscribers.csv' } }, suppression: null });
    const missing = await digest(['subscribers', 'show', 'nobody@example.com', '--out', out]);
    expect(missing.code).toBe(4);
    expect((await digest(['subscribers', 'show', 'not an address', '--out', out])).code).toBe(2);
  });

  it('forget leaves no personal data in the store or the suppressions, and the address is never sent to again', async () => {
    const out = await mkdtemp(join(tmpdir(), 'digest-store-'));
    await digest(['subscribers', 'import', BUNDLED, '--out', out]);
    const forgotten = await digest(['subscribers', 'forget', 'Linus@example.com', '--out', out]);
    expect(forgotten.code).toBe(0);
    expect(forgotten.stdout).toContain('Erased the record of Linus@example.com');

    const kept = await allFilesText(out);
    expect(kept.toLowerCase()).not.toContain('linus');
    expect(kept).not.toContain('Helsinki');
    expect(await isSuppressed(new FsStore(out), 'linus@example.com')).toBe(true);

    // Neither the store nor a CSV that still lists the address brings it back.
    const storeRun = await digest(['run', '--out', out]);
    expect(storeRun.code).toBe(0);
    expect(await outbox(out)).not.toContain('linus@example.com.eml');
    const csvOut = await mkdtemp(join(tmpdir(), 'digest-csv-'));
    await writeFile(join(csvOut, 'list.csv'), 'email\nlinus@example.com\nada@example.com\n');
    const csvRun = await digest(['run', '--out', out, '--subscribers', join(csvOut, 'list.csv'), '--date', '2026-11-26']);
    expect(csvRun.code).toBe(0);
    expect(await outbox(out)).not.toContain('linus@example.com.eml');
    const counts = await digest(['subscribers', '--out', out]);
    expect(counts.stdout).toContain(': 5\n');
  });

  it('a run without --subscribers on an empty store refuses with a usage error', async () => {
    const out = await mkdtemp(join(tmpdir(), 'digest-empty-'));
    const result = await digest(['run', '--out', out]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('is empty: import a list with `digest subscribers import FILE`, or pass --subscribers FILE');
  });
});

describe('the sign-up journey into the next local issue', () => {
  const ses = new SesControl(`journey-${randomUUID().slice(0, 8)}`);
  const sesClient = testSesClient();
  afterAll(() => sesClient.destroy());

  it('the next issue goes to the person who confirmed and not to the one still pending', async () => {
    const out = await mkdtemp(join(tmpdir(), 'digest-journey-'));
    const config = emulatorConfig();
    const deps: SignupHttpDependencies = {
      subscribers: new FileSubscriberStore(out),
      suppressions: new FsStore(out),
      attempts: new MemoryAttemptCounter(),
      transport: new SesTransport({ client: sesClient, configurationSet: ses.configurationSet }),
      settings: { ...config, signupUrl: SIGNUP_URL, hmacSecret: config.hmacSecret!, fields: ['city'] },
      allowedOrigins: [],
    };
    const post = (body: string, path = '/subscribe', query: Record<string, string> = {}) =>
      handleSignupRequest(deps, { method: 'POST', path, query, headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://digest.example.com' }, body, sourceIp: '192.0.2.7' });

    expect((await post('email=new.reader%40example.org&name=New+Reader&city=Oslo')).statusCode).toBe(200);
    expect((await post('email=still.pending%40example.org')).statusCode).toBe(200);
    const sent = await ses.delivered();
    expect(sent.map((attempt) => attempt.destinations[0])).toEqual(['new.reader@example.org', 'still.pending@example.org']);
    const link = /https:\/\/\S+\/confirm\?token=\S+/.exec((await simpleParser(sent[0]!.raw)).text ?? '')![0];
    const token = new URL(link).searchParams.get('token')!;
    expect((await post(`token=${encodeURIComponent(token)}`, '/subscribe/confirm', { token })).statusCode).toBe(200);

    const run = await digest(['run', '--out', out]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(await outbox(out)).toEqual(['new.reader@example.org.eml']);
    const mail = await simpleParser(await readFile(join(out, '2026-11-26', 'outbox', 'new.reader@example.org.eml')));
    expect(mail.to).toMatchObject({ text: 'new.reader@example.org' });
  });
});

describe('digest subscribers --stack on the deployed table and bucket', () => {
  const s3 = testS3Client();
  const dynamodb = testDynamoDbClient();
  let server: Server;
  let env: Record<string, string>;
  let table: string;
  let bucket: string;

  beforeAll(async () => {
    bucket = await createTestBucket(s3, 'editors');
    table = await createTestTable(dynamodb, 'editors');
    // DescribeStacks (query protocol, XML), as CloudFormation answers it.
    server = createServer((req, res) => {
      res.writeHead(200, { 'content-type': 'text/xml' });
      res.end(`<DescribeStacksResponse xmlns="http://cloudformation.amazonaws.com/doc/2010-05-15/"><DescribeStacksResult><Stacks><member>
        <StackName>DailyDigest</StackName><StackStatus>CREATE_COMPLETE</StackStatus><CreationTime>2026-11-01T00:00:00Z</CreationTime>
        <Outputs>
          <member><OutputKey>SubscribersTableName</OutputKey><OutputValue>${table}</OutputValue></member>
          <member><OutputKey>BucketName</OutputKey><OutputValue>${bucket}</OutputValue></member>
        </Outputs></member></Stacks></DescribeStacksResult><ResponseMetadata><RequestId>1</RequestId></ResponseMetadata></DescribeStacksResponse>`);
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    env = {
      AWS_ACCESS_KEY_ID: 'editor',
      AWS_SECRET_ACCESS_KEY: 'editor-secret',
      AWS_REGION: 'us-east-1',
      AWS_ENDPOINT_URL_CLOUDFORMATION: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      DIGEST_DYNAMODB_ENDPOINT: inject('dynamodbEndpoint'),
      DIGEST_S3_ENDPOINT: inject('s3Endpoint'),
    };
  });
  afterAll(async () => {
    s3.destroy();
    dynamodb.destroy();
    await new Promise<void>((done) => server.close(() => done()));
  });

  it('imports into the table, counts, and forgets into a hash-only suppression in the bucket', async () => {
    const imported = await digest(['subscribers', 'import', BUNDLED, '--stack', 'DailyDigest'], env);
    expect(imported.stderr).not.toContain('digest:');
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain(`Imported ${BUNDLED} into DailyDigest (table ${table})`);
    expect(imported.stdout).toContain('added 6');
    const store = new DynamoDbSubscriberStore({ client: dynamodb, tableName: table });
    expect(await store.get('katherine@example.com')).toMatchObject({ status: 'confirmed', consent: { source: 'import' } });

    const forgotten = await digest(['subscribers', 'forget', 'katherine@example.com', '--stack', 'DailyDigest'], env);
    expect(forgotten.code).toBe(0);
    expect(await store.get('katherine@example.com')).toBeNull();
    const suppressions = new S3Store({ client: s3, bucket });
    expect(await isSuppressed(suppressions, 'katherine@example.com')).toBe(true);
    for await (const object of suppressions.list('suppressions/')) expect((await suppressions.get(object.key))!.toString()).not.toContain('katherine');

    const counts = await digest(['subscribers', '--stack', 'DailyDigest'], env);
    expect(counts.stdout).toContain(`Subscribers in DailyDigest (table ${table}): 5`);
  });
});
