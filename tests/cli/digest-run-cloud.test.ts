import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { simpleParser } from 'mailparser';
import { describe, expect, inject, it } from 'vitest';
import { createTestBucket, SesControl, TEST_CREDENTIALS, testS3Client } from '../harness/aws.js';

const ROOT = resolve(import.meta.dirname, '../..');
const DAY = join(ROOT, 'examples/articles/2026-11-26');

function digest(args: string[], env: Record<string, string>) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'functions/cli.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 120_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('digest run --bucket --ses: the cloud path from a laptop, against the S3 and SES emulators', () => {
  it('delivers one message per subscriber through SES, keeps its state in S3, and never sends twice', async () => {
    const s3 = testS3Client();
    const bucket = await createTestBucket(s3, 'cli-cloud');
    for (const file of await readdir(DAY)) {
      await s3.send(new PutObjectCommand({ Bucket: bucket, Key: `articles/2026-11-26/${file}`, Body: await readFile(join(DAY, file)) }));
    }
    await s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'subscribers/subscribers.csv', Body: await readFile(join(ROOT, 'examples/subscribers.csv')) }));
    const configurationSet = `cli-${randomUUID().slice(0, 8)}`;
    const ses = new SesControl(configurationSet);
    const env = {
      AWS_ACCESS_KEY_ID: TEST_CREDENTIALS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: TEST_CREDENTIALS.secretAccessKey,
      AWS_REGION: 'us-east-1',
      DIGEST_SES_ENDPOINT: inject('sesEndpoint'),
      DIGEST_SES_CONFIGURATION_SET: configurationSet,
    };
    const args = ['run', '--bucket', bucket, '--endpoint', inject('s3Endpoint'), '--ses', '--rate', '50'];

    const first = digest(args, env);
    expect(first.stderr).not.toContain('digest:');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('6 sent now');
    const delivered = await ses.delivered();
    expect(delivered.map((d) => d.destinations).flat().sort()).toEqual(
      ['ada@example.com', 'alan@example.com', 'grace@example.com', 'katherine@example.com', 'linus@example.com', 'margaret@example.com'],
    );
    const mail = await simpleParser(delivered[0]!.raw);
    expect(mail.headers.get('list')).toMatchObject({ 'unsubscribe-post': { name: 'List-Unsubscribe=One-Click' } });
    expect(mail.text).toBeTruthy();
    expect(mail.html).toBeTruthy();

    const second = digest(args, env);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('already delivered');
    expect(await ses.delivered()).toHaveLength(6);

    const status = digest(['status', '--date', '2026-11-26', '--bucket', bucket, '--endpoint', inject('s3Endpoint')], env);
    expect(status.code).toBe(0);
    expect(status.stdout).toContain('sent 6, pending 0, failed 0');
  });
});
