import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSecretsManagerClient } from '../../functions/adapters/aws-clients.js';
import { memoizeSecret, resolveHmacSecret } from '../../functions/adapters/secrets.js';
import { TEST_CREDENTIALS } from '../harness/aws.js';

/**
 * No Secrets Manager emulator ships on npm, so a few lines of HTTP answer
 * GetSecretValue the way the service does (AWS JSON 1.1); the real SDK client
 * talks to it over the wire.
 */
const PLAIN = 'pQ7w-Zt2LxV9mB4nK8sD1fG6hJ3yR0cE5uA';
const IN_JSON = 'jH4k_Wq8ZpX2vN7bM1cL5tR9sD3fG6yU0eI';
const secrets: Record<string, string> = {
  'arn:aws:secretsmanager:us-east-1:1:secret:plain': PLAIN,
  'arn:aws:secretsmanager:us-east-1:1:secret:json': JSON.stringify({ hmacSecret: IN_JSON }),
  'arn:aws:secretsmanager:us-east-1:1:secret:short': 'too-short',
};
let server: Server;
let endpoint: string;
let calls = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      calls += 1;
      const { SecretId } = JSON.parse(body) as { SecretId: string };
      const value = secrets[SecretId];
      res.setHeader('content-type', 'application/x-amz-json-1.1');
      if (value === undefined) {
        res.statusCode = 400;
        res.end(JSON.stringify({ __type: 'ResourceNotFoundException', message: "Secrets Manager can't find the specified secret." }));
        return;
      }
      res.end(JSON.stringify({ ARN: SecretId, Name: 'digest', SecretString: value }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const client = () => createSecretsManagerClient({ region: 'us-east-1' }, { endpoint, credentials: TEST_CREDENTIALS, maxAttempts: 1 });

describe('resolveHmacSecret', () => {
  it('uses a secret given directly in configuration without calling Secrets Manager', async () => {
    const before = calls;
    await expect(resolveHmacSecret({ hmacSecret: 'd'.repeat(32) }, client)).resolves.toBe('d'.repeat(32));
    expect(calls).toBe(before);
  });

  it('reads a plain secret string from Secrets Manager', async () => {
    await expect(resolveHmacSecret({ hmacSecretArn: 'arn:aws:secretsmanager:us-east-1:1:secret:plain' }, client)).resolves.toBe(PLAIN);
  });

  it('reads the hmacSecret field of a JSON secret', async () => {
    await expect(resolveHmacSecret({ hmacSecretArn: 'arn:aws:secretsmanager:us-east-1:1:secret:json' }, client)).resolves.toBe(IN_JSON);
  });

  it('refuses a secret shorter than 32 characters', async () => {
    await expect(resolveHmacSecret({ hmacSecretArn: 'arn:aws:secretsmanager:us-east-1:1:secret:short' }, client)).rejects.toMatchObject({
      name: 'ConfigError',
    });
  });

  it('names the secret and keeps the cause when Secrets Manager refuses', async () => {
    const error = await resolveHmacSecret({ hmacSecretArn: 'arn:aws:secretsmanager:us-east-1:1:secret:missing' }, client).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'ConfigError' });
    expect((error as Error).message).toContain('secret:missing');
    expect((error as Error).cause).toMatchObject({ name: 'ResourceNotFoundException' });
  });
});

describe('memoizeSecret', () => {
  it('resolves once per cold start, but retries after a failure', async () => {
    let attempts = 0;
    const resolve = memoizeSecret(async () => {
      attempts += 1;
      if (attempts === 1) throw new Error('transient');
      return 'secret';
    });
    await expect(resolve()).rejects.toThrow('transient');
    await expect(resolve()).resolves.toBe('secret');
    await expect(resolve()).resolves.toBe('secret');
    expect(attempts).toBe(2);
  });
});
