import { mkdtemp, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSecretsManagerClient } from '../../functions/adapters/aws-clients.js';
import { resolveHmacSecret } from '../../functions/adapters/secrets.js';
import { loadConfig } from '../../functions/config/config.js';
import { ConfigError } from '../../functions/core/errors.js';
import { build } from '../cdk/support.js';

/**
 * Attack: a deployment with a guessable secret, a placeholder sender, a
 * header-breaking From, an unsubscribe URL whose token never reaches the
 * server, or a value that only looks like a number.
 */

const STRONG = 'k3J9vQ2xZ7pL0mW5sR8tY1uB4nC6dE0f';
const PRODUCTION = {
  DIGEST_ENV: 'production',
  AWS_REGION: 'eu-west-1',
  DIGEST_FROM: 'Daily Digest <digest@news.acme.org>',
  DIGEST_POSTAL_ADDRESS: '1 Main St, Springfield',
  DIGEST_SITE_URL: 'https://news.acme.org',
  DIGEST_UNSUBSCRIBE_URL: 'https://news.acme.org/unsubscribe',
  DIGEST_HMAC_SECRET: STRONG,
};

function refusal(env: Record<string, string>): string {
  try {
    loadConfig({ env });
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('the configuration was accepted');
}

describe('production refuses a weak HMAC secret', () => {
  it('accepts a strong one', () => {
    expect(loadConfig({ env: PRODUCTION }).hmacSecret).toBe(STRONG);
  });

  it.each([
    ['shorter than 32 bytes', 'k3J9vQ2xZ7pL0mW5sR8tY1uB4nC6d'],
    ['with whitespace', `${STRONG.slice(0, 20)} ${STRONG.slice(20)}`],
    ['with a trailing newline', `${STRONG}\n`],
    ['of one repeated character', 'x'.repeat(48)],
    ['of low variety', 'abababababababababababababababab12'],
  ])('%s', (_, secret) => {
    expect(refusal({ ...PRODUCTION, DIGEST_HMAC_SECRET: secret })).toMatch(/DIGEST_HMAC_SECRET/);
  });

  describe('from Secrets Manager too', () => {
    const stored: Record<string, string> = {
      'arn:aws:secretsmanager:us-east-1:1:secret:strong': STRONG,
      'arn:aws:secretsmanager:us-east-1:1:secret:repeated': 'p'.repeat(40),
      'arn:aws:secretsmanager:us-east-1:1:secret:newline': `${STRONG}\n`,
      'arn:aws:secretsmanager:us-east-1:1:secret:json-weak': JSON.stringify({ hmacSecret: 'j'.repeat(40) }),
    };
    let server: Server;
    let endpoint = '';
    beforeAll(async () => {
      server = createServer((request, response) => {
        let body = '';
        request.on('data', (chunk: Buffer) => (body += chunk.toString()));
        request.on('end', () => {
          const { SecretId } = JSON.parse(body) as { SecretId: string };
          response.setHeader('content-type', 'application/x-amz-json-1.1');
          response.end(JSON.stringify({ ARN: SecretId, Name: 'digest', SecretString: stored[SecretId] }));
        });
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
    const client = () => createSecretsManagerClient({ region: 'us-east-1' }, { endpoint, credentials: { accessKeyId: 't', secretAccessKey: 't' }, maxAttempts: 1 });

    it('accepts a strong stored secret', async () => {
      await expect(resolveHmacSecret({ hmacSecretArn: 'arn:aws:secretsmanager:us-east-1:1:secret:strong' }, client)).resolves.toBe(STRONG);
    });

    it.each(['repeated', 'newline', 'json-weak'])('refuses a weak stored secret (%s), naming it', async (name) => {
      const arn = `arn:aws:secretsmanager:us-east-1:1:secret:${name}`;
      const error = await resolveHmacSecret({ hmacSecretArn: arn }, client).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as Error).message).toContain(arn);
    });
  });
});

describe('production refuses placeholder and malformed addresses', () => {
  it.each([
    ['the local placeholder From', { DIGEST_FROM: 'Daily Digest <digest@example.com>' }, /from \(DIGEST_FROM\).*placeholder/],
    ['any example.org From', { DIGEST_FROM: 'news@mail.example.org' }, /placeholder/],
    ['a placeholder Reply-To', { DIGEST_REPLY_TO: 'editors@example.com' }, /replyTo \(DIGEST_REPLY_TO\).*placeholder/],
  ])('%s', (_, env, message) => {
    expect(refusal({ ...PRODUCTION, ...env })).toMatch(message);
  });

  it.each([
    ['two mailboxes in From', { DIGEST_FROM: 'a@acme.org, b@acme.org' }, /from/],
    ['a header break in From', { DIGEST_FROM: 'Digest <digest@acme.org>\r\nBcc: victim@acme.org' }, /from/],
    ['a group in Reply-To', { DIGEST_REPLY_TO: 'editors: a@acme.org, b@acme.org;' }, /replyTo/],
    ['a display name without an address', { DIGEST_FROM: 'Daily Digest' }, /from/],
    ['an unsubscribe URL with a fragment', { DIGEST_UNSUBSCRIBE_URL: 'https://news.acme.org/unsubscribe#top' }, /unsubscribeUrl.*fragment/],
  ])('%s, locally as well', (_, env, message) => {
    expect(refusal(env)).toMatch(message);
    expect(refusal({ ...PRODUCTION, ...env })).toMatch(message);
  });

  it('accepts a quoted display name with a comma', () => {
    expect(loadConfig({ env: { ...PRODUCTION, DIGEST_FROM: '"The Daily, Digest" <digest@news.acme.org>' } }).from).toContain('Daily, Digest');
  });
});

describe('numbers are numbers', () => {
  it.each([
    ['a boolean rate in the file', { sendRate: true }],
    ['a hexadecimal rate in the file', { sendRate: '0x10' }],
    ['an empty string budget', { sizeBudgetBytes: '' }],
    ['a rate the pacer cannot keep', { sendRate: 1e9 }],
    ['a rate of zero', { sendRate: 0 }],
    ['a fractional concurrency', { sendConcurrency: 2.5 }],
  ])('refuses %s', async (_, values) => {
    const dir = await mkdtemp(join(tmpdir(), 'config-'));
    const file = join(dir, 'digest.json');
    await writeFile(file, JSON.stringify(values));
    expect(() => loadConfig({ env: { DIGEST_CONFIG_FILE: file } })).toThrow(ConfigError);
  });

  it.each([['true'], ['0x10'], ['1e3'], [' 5 '], ['Infinity']])('refuses DIGEST_SEND_RATE=%s', (value) => {
    expect(refusal({ DIGEST_SEND_RATE: value })).toMatch(/DIGEST_SEND_RATE/);
  });

  it('accepts plain decimals from the environment', () => {
    expect(loadConfig({ env: { DIGEST_SEND_RATE: '14', DIGEST_SEND_CONCURRENCY: '4', DIGEST_SIZE_BUDGET_BYTES: '90000' } })).toMatchObject({ sendRate: 14, sendConcurrency: 4, sizeBudgetBytes: 90_000 });
    expect(loadConfig({ env: { DIGEST_SEND_RATE: '0.5' } }).sendRate).toBe(0.5);
  });
});

describe('cdk synth refuses placeholders', () => {
  it('refuses the example.com sender and identity unless placeholders are allowed', () => {
    expect(() => build({ allowPlaceholders: false })).toThrow(/placeholder.*allowPlaceholders=true/);
    expect(() => build({ allowPlaceholders: 'false', sender: 'Digest <d@acme.org>' })).toThrow(/identity/);
    expect(() => build({ allowPlaceholders: false, sender: 'Digest <d@acme.org>', identity: 'acme.org' })).not.toThrow();
    expect(() => build({ allowPlaceholders: 'true' })).not.toThrow();
  });
});
