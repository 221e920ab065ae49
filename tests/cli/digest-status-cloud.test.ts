import { spawn } from 'node:child_process';
import { createServer, request, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestBucket, TEST_CREDENTIALS, testS3Client } from '../harness/aws.js';

/**
 * `digest status --stack/--bucket` as an editor runs it, with the editors'
 * policy. The S3 emulator has no IAM, so it sits behind a stand-in that
 * answers as S3 does for that policy (s3:GetObject on issues/*, s3:ListBucket
 * only with an issues/* prefix): a listing outside issues/ is refused, and a
 * GET of a missing key is 403 AccessDenied, not 404, because the caller may
 * not list the bucket unconditioned. The stand-in also answers CloudFormation
 * DescribeStacks for `--stack`.
 */

const ROOT = resolve(import.meta.dirname, '../..');
let server: Server;
let endpoint: string;
let bucket: string;

const ACCESS_DENIED = '<?xml version="1.0" encoding="UTF-8"?><Error><Code>AccessDenied</Code><Message>Access Denied</Message></Error>';

function read(req: IncomingMessage): Promise<Buffer> {
  return new Promise((done) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => done(Buffer.concat(chunks)));
  });
}

beforeAll(async () => {
  bucket = await createTestBucket(testS3Client(), 'cli-status');
  const emulator = new URL(inject('s3Endpoint'));
  // eslint-disable-next-line @typescript-eslint/no-misused-promises -- node:http ignores the returned promise; the handler never rejects
  server = createServer(async (req, res) => {
    const body = await read(req);
    if (req.method === 'POST' && new URLSearchParams(body.toString()).get('Action') === 'DescribeStacks') {
      res.writeHead(200, { 'content-type': 'text/xml' });
      res.end(`<DescribeStacksResponse xmlns="http://cloudformation.amazonaws.com/doc/2010-05-15/"><DescribeStacksResult><Stacks><member>
        <StackName>DailyDigest</StackName><StackStatus>CREATE_COMPLETE</StackStatus><CreationTime>2026-11-01T00:00:00Z</CreationTime>
        <Outputs><member><OutputKey>StateMachineArn</OutputKey><OutputValue>arn:aws:states:us-east-1:123456789012:stateMachine:Digest</OutputValue></member>
          <member><OutputKey>BucketName</OutputKey><OutputValue>${bucket}</OutputValue></member></Outputs>
        </member></Stacks></DescribeStacksResult><ResponseMetadata><RequestId>1</RequestId></ResponseMetadata></DescribeStacksResponse>`);
      return;
    }
    const url = new URL(req.url ?? '/', 'http://stand-in');
    const listing = url.searchParams.has('list-type') || url.pathname.split('/').filter(Boolean).length === 1;
    if (listing && !(url.searchParams.get('prefix') ?? '').startsWith('issues/')) {
      res.writeHead(403, { 'content-type': 'application/xml' });
      res.end(ACCESS_DENIED);
      return;
    }
    const forwarded = request(
      { host: emulator.hostname, port: emulator.port, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        if (req.method === 'GET' && !listing && answer.statusCode === 404) {
          answer.resume();
          res.writeHead(403, { 'content-type': 'application/xml' });
          res.end(ACCESS_DENIED);
          return;
        }
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    forwarded.end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((done) => server.close(done));
});

function digest(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'functions/cli.ts'), ...args], {
      cwd: ROOT,
      env: {
        ...process.env,
        AWS_ACCESS_KEY_ID: TEST_CREDENTIALS.accessKeyId,
        AWS_SECRET_ACCESS_KEY: TEST_CREDENTIALS.secretAccessKey,
        AWS_REGION: 'us-east-1',
        AWS_ENDPOINT_URL_CLOUDFORMATION: endpoint,
        DIGEST_S3_ENDPOINT: endpoint,
      },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('exit', (code) => done({ code, stdout, stderr }));
  });
}

describe("digest status against the deployed bucket, with the editors' permissions", () => {
  it('answers a GET of a missing issue file with AccessDenied, as S3 does for that policy (the stand-in is faithful)', async () => {
    const editor = new S3Client({ endpoint, forcePathStyle: true, region: 'us-east-1', credentials: TEST_CREDENTIALS });
    await expect(editor.send(new GetObjectCommand({ Bucket: bucket, Key: 'issues/2026-12-01/recipients.json' }))).rejects.toMatchObject({ name: 'AccessDenied' });
    editor.destroy();
  });

  it('says a date with nothing yet is "not prepared yet" and exits 2, as for any missing issue, instead of AccessDenied (--stack)', async () => {
    const result = await digest(['status', '--date', '2026-12-01', '--stack', 'DailyDigest']);
    expect(result.stderr).toContain('Issue 2026-12-01 is not prepared yet');
    expect(result.stderr).not.toMatch(/AccessDenied|NoSuchKey/);
    expect(result.code).toBe(2);
  });

  it('says so too for a day collected but not rendered yet (--bucket)', async () => {
    const admin = testS3Client();
    await admin.send(new PutObjectCommand({ Bucket: bucket, Key: 'issues/2026-12-02/issue.json', Body: '{}' }));
    const result = await digest(['status', '--date', '2026-12-02', '--bucket', bucket, '--endpoint', endpoint]);
    expect(result.stderr).toContain('Issue 2026-12-02 is not prepared yet');
    expect(result.stderr).toContain(`s3://${bucket}/issues/2026-12-02/`);
    expect(result.stderr).not.toMatch(/AccessDenied|NoSuchKey/);
    expect(result.code).toBe(2);
  });
});
