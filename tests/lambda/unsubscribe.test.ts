import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { inject } from 'vitest';
import { createUnsubscribeToken, unsubscribeUrl } from '../../functions/core/messages/unsubscribe-token.js';
import { addressHash, isSuppressed, suppressionKey } from '../../functions/core/suppressions.js';
import { createUnsubscribeHandler } from '../../functions/lambda/unsubscribe.js';
import { ENV } from '../../functions/config/env-names.js';
import { createTestBucket, testS3Client } from '../harness/aws.js';
import { emulatorLambdaContext, functionUrlEvent } from '../harness/lambda.js';

const s3 = testS3Client();
let bucket: string;
beforeAll(async () => {
  bucket = await createTestBucket(s3, 'unsubscribe');
});
afterAll(() => s3.destroy());

function setup() {
  const context = emulatorLambdaContext('unsubscribe', { bucket });
  const handler = createUnsubscribeHandler(context);
  const link = (email: string) =>
    unsubscribeUrl(context.config.unsubscribeUrl, createUnsubscribeToken(context.config.hmacSecret!, { listId: context.config.listId, email }));
  return { context, handler, link };
}

describe('unsubscribe function over the S3 emulator', () => {
  it('GET shows the confirmation page and writes nothing to the bucket', async () => {
    const { context, handler, link } = setup();
    const response = await handler(functionUrlEvent({ method: 'GET', url: link('scanner@example.com') }));
    expect(response.statusCode).toBe(200);
    expect(response.headers?.['content-type']).toBe('text/html; charset=utf-8');
    expect(response.body).toContain('<form method="post">');
    expect(await isSuppressed(context.store, 'scanner@example.com')).toBe(false);
  });

  it('a one-click POST (base64-encoded body, as function URLs may send it) stores the suppression in S3', async () => {
    const { context, handler, link } = setup();
    const response = await handler(
      functionUrlEvent({
        method: 'POST',
        url: link('One.Click@Example.com'),
        body: 'List-Unsubscribe=One-Click',
        contentType: 'application/x-www-form-urlencoded',
        base64: true,
      }),
    );
    expect(response.statusCode).toBe(200);
    const stored = await context.store.get(suppressionKey('one.click@example.com'));
    expect(JSON.parse(stored!.toString())).toMatchObject({ addressHash: addressHash('one.click@example.com'), reason: 'unsubscribed', source: 'one-click' });
    // The suppression outlives `forget`, so it names no one.
    expect(stored!.toString()).not.toContain('one.click@example.com');
    expect(context.log.at('info').map((line) => line.message)).toContain('Unsubscribed');
    // The address itself stays out of the logs.
    expect(JSON.stringify(context.log.lines)).not.toContain('one.click@example.com');
  });

  it('repeating the POST answers 200 again and keeps one record', async () => {
    const { context, handler, link } = setup();
    const event = functionUrlEvent({ method: 'POST', url: link('again@example.com'), body: 'List-Unsubscribe=One-Click', contentType: 'application/x-www-form-urlencoded' });
    expect((await handler(event)).statusCode).toBe(200);
    expect((await handler(event)).statusCode).toBe(200);
    const keys = [];
    for await (const object of context.store.list('suppressions/')) keys.push(object.key);
    expect(keys.filter((key) => key === suppressionKey('again@example.com'))).toHaveLength(1);
  });

  it('a forged token answers 400 and writes nothing', async () => {
    const { context, handler } = setup();
    const forged = createUnsubscribeToken('x'.repeat(40), { listId: context.config.listId, email: 'victim@example.com' });
    const response = await handler(
      functionUrlEvent({ method: 'POST', url: unsubscribeUrl(context.config.unsubscribeUrl, forged), body: 'List-Unsubscribe=One-Click', contentType: 'application/x-www-form-urlencoded' }),
    );
    expect(response.statusCode).toBe(400);
    expect(await isSuppressed(context.store, 'victim@example.com')).toBe(false);
    expect(context.log.at('warn')[0]?.fields.reason).toBe('malformed or forged');
  });
});

describe('unsubscribe entry file', () => {
  it('builds its context from the environment at load and serves requests', async () => {
    const secret = 'e'.repeat(40);
    vi.stubEnv(ENV.bucket, bucket);
    vi.stubEnv(ENV.s3Endpoint, inject('s3Endpoint'));
    vi.stubEnv(ENV.hmacSecret, secret);
    vi.stubEnv('AWS_ACCESS_KEY_ID', 'test');
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'test');
    vi.stubEnv('POWERTOOLS_LOG_LEVEL', 'SILENT');
    try {
      const { handler } = await import('../../functions/unsubscribe.js');
      const token = createUnsubscribeToken(secret, { listId: 'daily-digest', email: 'entry@example.com' });
      const response = await handler(
        functionUrlEvent({ method: 'POST', url: unsubscribeUrl('https://digest.example.com/unsubscribe', token), body: 'List-Unsubscribe=One-Click', contentType: 'application/x-www-form-urlencoded' }),
      );
      expect(response.statusCode).toBe(200);
      const { context } = setup();
      expect(await isSuppressed(context.store, 'entry@example.com')).toBe(true);
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
