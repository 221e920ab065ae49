import { randomUUID } from 'node:crypto';
import { simpleParser } from 'mailparser';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { classifySesError, SesTransport } from '../../functions/adapters/ses-transport.js';
import { TransportError } from '../../functions/core/errors.js';
import type { OutgoingMessage } from '../../functions/core/ports.js';
import { emulatorConfig, SesControl, testSesClient } from '../harness/aws.js';

const configurationSet = `transport-${randomUUID().slice(0, 8)}`;
const config = emulatorConfig({ sesConfigurationSet: configurationSet });
const client = testSesClient(config);
const transport = new SesTransport({ client, configurationSet: config.sesConfigurationSet, quotaTimeoutMs: 400 });
const ses = new SesControl(configurationSet);

afterEach(() => ses.reset());
afterAll(() => client.destroy());

function message(recipient: string): OutgoingMessage {
  const messageId = `${randomUUID()}@digest.example.com`;
  const raw = Buffer.from(
    [
      'From: Daily Digest <digest@example.com>',
      `To: ${recipient}`,
      'Subject: Daily Digest: test',
      `Message-ID: <${messageId}>`,
      'List-Unsubscribe: <https://digest.example.com/unsubscribe?token=abc>',
      'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
      'MIME-Version: 1.0',
      'Content-Type: multipart/alternative; boundary="b1"',
      '',
      '--b1',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Hello in text',
      '--b1',
      'Content-Type: text/html; charset=utf-8',
      '',
      '<p>Hello in HTML</p>',
      '--b1--',
      '',
    ].join('\r\n'),
  );
  return { recipient, messageId, raw };
}

describe('SesTransport against aws-ses-v2-local', () => {
  it('sends the raw MIME unchanged to the one recipient, through the configuration set', async () => {
    const outgoing = message('reader@example.com');
    const receipt = await transport.send(outgoing);

    expect(receipt.transportMessageId).toMatch(/\S/);
    const [delivered, ...others] = await ses.delivered();
    expect(others).toHaveLength(0);
    expect(delivered?.destinations).toEqual(['reader@example.com']);
    expect(delivered?.configurationSet).toBe(configurationSet);
    expect(delivered?.messageId).toBe(receipt.transportMessageId);
    expect(delivered?.raw.equals(outgoing.raw)).toBe(true);
    const parsed = await simpleParser(delivered!.raw);
    // mailparser folds List-* headers into one structured `list` header; the raw lines are plainer.
    const headerLine = (name: string) => parsed.headerLines.find((line) => line.key === name)?.line;
    expect(headerLine('list-unsubscribe-post')).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    expect(parsed.text?.trim()).toBe('Hello in text');
    expect(parsed.html).toContain('Hello in HTML');
  });

  it('reports throttling as retryable, and the next attempt goes through', async () => {
    await ses.injectFault({ kind: 'throttling', times: 1 });
    const outgoing = message('busy@example.com');

    const error = await transport.send(outgoing).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TransportError);
    expect(error).toMatchObject({ kind: 'retryable', code: 'Throttling' });
    expect((error as Error).message).toContain('Maximum sending rate exceeded');

    await transport.send(outgoing);
    const attempts = await ses.attempts();
    expect(attempts.map((attempt) => attempt.outcome)).toEqual(['throttling', 'accepted']);
  });

  it('reports an AccessDenied answer as the sender\'s fault, not the recipient\'s', async () => {
    await ses.injectFault({ kind: 'access-denied', recipients: ['denied@example.com'], times: 1 });
    const error = await transport.send(message('denied@example.com')).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ name: 'TransportError', kind: 'sender', code: 'AccessDenied' });
    expect((error as Error).message).toMatch(/not authorized/);
  });

  it('reports a rejected message as permanent, carrying the reason SES gave', async () => {
    await ses.injectFault({ kind: 'rejected', recipients: ['Refused@Example.com'] });

    const error = await transport.send(message('refused@example.com')).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ name: 'TransportError', kind: 'permanent', code: 'MessageRejected' });
    expect((error as Error).message).toContain('Address blacklisted');
    // Other recipients are unaffected by a per-recipient rejection.
    await expect(transport.send(message('fine@example.com'))).resolves.toBeDefined();
  });

  it('reports the daily quota as quota-exhausted, not as throttling to retry', async () => {
    await ses.injectFault({ kind: 'daily-quota', times: 1 });
    await expect(transport.send(message('late@example.com'))).rejects.toMatchObject({ kind: 'quota-exhausted' });
  });

  it('reports an SES 5xx as retryable', async () => {
    await ses.injectFault({ kind: 'server-error', times: 1 });
    await expect(transport.send(message('five@example.com'))).rejects.toMatchObject({ kind: 'retryable', code: 'ServiceUnavailable' });
  });

  it('answers an unknown quota (the emulator never replies to GetSendQuota) without hanging', async () => {
    const started = Date.now();
    await expect(transport.quota()).resolves.toBeUndefined();
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('reports an unreachable endpoint as retryable', async () => {
    const offline = new SesTransport({
      client: testSesClient(emulatorConfig({ sesEndpoint: 'http://127.0.0.1:9' })),
    });
    await expect(offline.send(message('nobody@example.com'))).rejects.toMatchObject({ kind: 'retryable' });
  });
});

describe('classifySesError', () => {
  const sdkError = (name: string, message: string, status: number) =>
    Object.assign(new Error(message), { name, $metadata: { httpStatusCode: status }, $fault: status >= 500 ? 'server' : 'client' });

  it.each([
    ['Throttling', 'Maximum sending rate exceeded.', 400, 'retryable'],
    ['Throttling', 'Daily message quota exceeded.', 400, 'quota-exhausted'],
    ['MessageRejected', 'Address blacklisted.', 400, 'permanent'],
    ['InvalidParameterValue', "Missing final '@domain'", 400, 'permanent'],
    // The sender's fault, whoever the recipient: stop and leave everyone pending.
    ['MessageRejected', 'Email address is not verified. The following identities failed the check: digest@example.org', 400, 'sender'],
    ['MailFromDomainNotVerifiedException', 'MAIL FROM domain not verified', 400, 'sender'],
    ['ConfigurationSetDoesNotExist', 'Configuration set <x> does not exist.', 400, 'sender'],
    ['AccessDenied', 'User is not authorized to perform ses:SendRawEmail', 403, 'sender'],
    ['AccountSendingPausedException', 'Sending paused for this account.', 400, 'sender'],
    ['ConfigurationSetSendingPausedException', 'Sending is paused for this configuration set.', 400, 'sender'],
    ['SomethingNew', 'Forbidden', 403, 'sender'],
    ['SomethingElse', 'Bad request', 400, 'permanent'],
    ['InternalFailure', 'Internal error', 500, 'retryable'],
    ['TimeoutError', 'socket timed out', 0, 'retryable'],
  ] as const)('%s "%s" is %s', (name, text, status, kind) => {
    const classified = classifySesError(sdkError(name, text, status), 'r@example.com');
    expect(classified.kind).toBe(kind);
    expect(classified.cause).toBeInstanceOf(Error);
    expect(classified.message).toContain(text);
  });
});
