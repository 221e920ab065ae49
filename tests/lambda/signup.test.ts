import { randomUUID } from 'node:crypto';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { ENV } from '../../functions/config/env-names.js';
import type { Clock } from '../../functions/core/ports.js';
import { createUnsubscribeToken, unsubscribeUrl } from '../../functions/core/messages/unsubscribe-token.js';
import { createConfirmToken, confirmUrl } from '../../functions/core/subscribers/confirm-token.js';
import { addSuppression, isSuppressed, readSuppression } from '../../functions/core/suppressions.js';
import { createSignupContext, createSignupHandler, type SignupContext } from '../../functions/lambda/signup.js';
import { createUnsubscribeHandler } from '../../functions/lambda/unsubscribe.js';
import { createTestBucket, createTestTable, emulatorConfig, SesControl, TEST_CREDENTIALS, testDynamoDbClient, testS3Client } from '../harness/aws.js';
import { functionUrlEvent } from '../harness/lambda.js';
import { RecordingLog } from '../harness/recording-log.js';

const s3 = testS3Client();
const dynamodb = testDynamoDbClient();
const SIGNUP_URL = 'https://digest.example.com/subscribe';
const SITE = 'https://digest.example.com';
let bucket: string;
let table: string;

beforeAll(async () => {
  bucket = await createTestBucket(s3, 'signup');
  table = await createTestTable(dynamodb, 'signup');
});
afterAll(() => {
  s3.destroy();
  dynamodb.destroy();
});

/** A cold start of the sign-up function on the emulators, with its own SES configuration set so its mail can be told apart. */
function setup(overrides: Record<string, unknown> = {}, clock?: Clock) {
  const ses = new SesControl(`signup-${randomUUID().slice(0, 8)}`);
  const log = new RecordingLog();
  const config = emulatorConfig({ bucket, subscribersTable: table, sesConfigurationSet: ses.configurationSet, signupUrl: SIGNUP_URL, signupFields: 'city', ...overrides });
  const context: SignupContext = createSignupContext({
    functionName: 'signup',
    env: {},
    overrides: { ...config },
    log,
    s3Overrides: { credentials: TEST_CREDENTIALS },
    dynamodbOverrides: { credentials: TEST_CREDENTIALS },
    sesOverrides: { credentials: TEST_CREDENTIALS },
  });
  const handler = createSignupHandler(context, clock ? { clock } : {});
  const unsubscribe = createUnsubscribeHandler(context);
  return { context, handler, unsubscribe, ses, log };
}

let ipCounter = 0;
function request(options: { method: string; url: string; body?: string; contentType?: string; origin?: string; ip?: string; accept?: string }): APIGatewayProxyEventV2 {
  const event = functionUrlEvent(options);
  if (options.origin) event.headers.origin = options.origin;
  if (options.accept) event.headers.accept = options.accept;
  event.requestContext.http.sourceIp = options.ip ?? `198.51.100.${(ipCounter++ % 250) + 1}`;
  return event;
}

function signupForm(email: string, extra: Record<string, string> = {}, ip?: string) {
  return request({ method: 'POST', url: SIGNUP_URL, body: new URLSearchParams({ email, ...extra }).toString(), contentType: 'application/x-www-form-urlencoded', origin: SITE, ...(ip ? { ip } : {}) });
}

function uniqueAddress(label: string): string {
  return `${label}.${randomUUID().slice(0, 8)}@example.org`;
}

/** The confirmation link in a raw message, as a reader's mail client shows it. */
async function linkIn(raw: Buffer): Promise<string> {
  const mail = await simpleParser(raw);
  const link = /https:\/\/\S+\/confirm\?token=[A-Za-z0-9._~%-]+/.exec(mail.text ?? '')?.[0];
  if (!link) throw new Error(`no confirmation link in: ${mail.text}`);
  return link;
}

function confirmPost(link: string, ip?: string) {
  return request({ method: 'POST', url: link, body: `token=${encodeURIComponent(new URL(link).searchParams.get('token')!)}`, contentType: 'application/x-www-form-urlencoded', origin: new URL(link).origin, ...(ip ? { ip } : {}) });
}

describe('signing up through the function URL (dynalite, SES and S3 emulators)', () => {
  it('a plain form post answers the neutral page and sends exactly one confirmation, with both parts and a localised subject', async () => {
    const { context, handler, ses } = setup({ language: 'fr' });
    const email = uniqueAddress('new');
    const response = await handler(signupForm(email, { name: 'Ada', city: 'Lyon', source: 'homepage' }));
    expect(response.statusCode).toBe(200);
    expect(response.headers?.['content-type']).toBe('text/html; charset=utf-8');
    expect(response.body).toContain('Check your inbox');

    const sent = await ses.delivered();
    expect(sent).toHaveLength(1);
    expect(sent[0]!.destinations).toEqual([email]);
    const mail = await simpleParser(sent[0]!.raw);
    expect(mail.subject).toBe('Confirmez votre abonnement à Daily Digest');
    expect(mail.text).toContain(`${SIGNUP_URL}/confirm?token=`);
    expect(mail.html).toContain(`${SIGNUP_URL}/confirm?token=`);

    const record = await context.subscribers.get(email);
    expect(record).toMatchObject({ status: 'pending', name: 'Ada', fields: { city: 'Lyon' }, consent: { source: 'form', signedUpFrom: 'homepage', signedUpIp: expect.any(String) } });
    expect(record?.consent.confirmedAt).toBeUndefined();
  });

  it('GET on the confirmation link shows a button and changes nothing; POST confirms; a second POST is harmless', async () => {
    const { context, handler, ses } = setup();
    const email = uniqueAddress('confirm');
    await handler(signupForm(email));
    const link = await linkIn((await ses.delivered())[0]!.raw);

    const page = await handler(request({ method: 'GET', url: link }));
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<form method="post">');
    expect(page.body).toContain('Confirm my subscription');
    expect(await context.subscribers.get(email)).toMatchObject({ status: 'pending', version: 1 });

    const confirmed = await handler(confirmPost(link));
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.body).toContain('You are subscribed');
    const record = await context.subscribers.get(email);
    expect(record).toMatchObject({ status: 'confirmed', consent: { confirmedAt: expect.any(String) } });

    const again = await handler(confirmPost(link));
    expect(again.statusCode).toBe(200);
    expect((await context.subscribers.get(email))?.version).toBe(record?.version);
    expect(await ses.delivered()).toHaveLength(1);
  });

  it('a forged, expired or wrong-purpose token gets 400 and changes nothing', async () => {
    const { context, handler, unsubscribe, ses } = setup();
    const email = uniqueAddress('tokens');
    await handler(signupForm(email));
    const link = await linkIn((await ses.delivered())[0]!.raw);
    const { nonce } = JSON.parse(Buffer.from(new URL(link).searchParams.get('token')!.split('.')[0]!, 'base64url').toString()).reduce(
      (claim: Record<string, unknown>, value: unknown, index: number) => ({ ...claim, [['v', 'listId', 'email', 'nonce', 'exp'][index]!]: value }),
      {},
    ) as { nonce: string };
    const secret = context.config.hmacSecret!;
    const forged = confirmUrl(SIGNUP_URL, createConfirmToken('f'.repeat(40), { listId: 'daily-digest', email, nonce, expiresAt: Date.now() + 3_600_000 }));
    const expired = confirmUrl(SIGNUP_URL, createConfirmToken(secret, { listId: 'daily-digest', email, nonce, expiresAt: Date.now() - 1_000 }));
    const unsubscribeToken = createUnsubscribeToken(secret, { listId: 'daily-digest', email });
    const wrongPurpose = confirmUrl(SIGNUP_URL, unsubscribeToken);
    const otherList = confirmUrl(SIGNUP_URL, createConfirmToken(secret, { listId: 'another-list', email, nonce, expiresAt: Date.now() + 3_600_000 }));

    for (const bad of [forged, expired, wrongPurpose, otherList, `${SIGNUP_URL}/confirm?token=garbage`]) {
      expect((await handler(request({ method: 'GET', url: bad }))).statusCode).toBe(400);
      expect((await handler(confirmPost(bad))).statusCode).toBe(400);
    }
    expect(await context.subscribers.get(email)).toMatchObject({ status: 'pending' });
    // The expired link offers a new one.
    expect((await handler(request({ method: 'GET', url: expired }))).body).toContain('Send me a new link');

    // And the other way round: a confirmation token never unsubscribes.
    const confirmToken = new URL(link).searchParams.get('token')!;
    const asUnsubscribe = await unsubscribe(
      request({ method: 'POST', url: unsubscribeUrl(context.config.unsubscribeUrl, confirmToken), body: 'List-Unsubscribe=One-Click', contentType: 'application/x-www-form-urlencoded' }),
    );
    expect(asUnsubscribe.statusCode).toBe(400);
    expect(await isSuppressed(context.store, email)).toBe(false);
  });

  it('an expired link sends a new confirmation on request, and the new link confirms', async () => {
    const { context, handler, ses } = setup();
    const email = uniqueAddress('expired');
    await handler(signupForm(email));
    const record = (await context.subscribers.get(email))!;
    // Three days later: the first email's time has passed.
    await context.subscribers.write({ ...record, confirmationSentAt: new Date(Date.now() - 4 * 86_400_000).toISOString(), version: record.version + 1 });
    const expiredToken = createConfirmToken(context.config.hmacSecret!, { listId: 'daily-digest', email, nonce: record.confirmationNonce!, expiresAt: Date.now() - 60_000 });
    const resend = await handler(request({ method: 'POST', url: `${SIGNUP_URL}/resend`, body: `token=${expiredToken}`, contentType: 'application/x-www-form-urlencoded', origin: new URL(SIGNUP_URL).origin }));
    expect(resend.statusCode).toBe(200);
    expect(resend.body).toContain('Check your inbox');
    const sent = await ses.delivered();
    expect(sent).toHaveLength(2);
    expect((await handler(confirmPost(await linkIn(sent[1]!.raw)))).statusCode).toBe(200);
    expect((await context.subscribers.get(email))?.status).toBe('confirmed');
  });

  it('a second sign-up of a confirmed address sends no confirmation, and at most one "already subscribed" note a day', async () => {
    const { handler, ses } = setup();
    const email = uniqueAddress('twice');
    await handler(signupForm(email));
    await handler(confirmPost(await linkIn((await ses.delivered())[0]!.raw)));
    for (let i = 0; i < 3; i++) {
      const again = await handler(signupForm(email.toUpperCase()));
      expect(again.statusCode).toBe(200);
      expect(again.body).toContain('Check your inbox');
    }
    const sent = await ses.delivered();
    expect(sent).toHaveLength(2);
    const note = await simpleParser(sent[1]!.raw);
    expect(note.subject).toBe('You are already subscribed to Daily Digest');
    expect(note.text).not.toContain('/confirm?token=');
  });

  it('after unsubscribing, signing up again needs a new confirmation; the old link does not bring the address back', async () => {
    const { context, handler, unsubscribe, ses } = setup();
    const email = uniqueAddress('returning');
    await handler(signupForm(email));
    const firstLink = await linkIn((await ses.delivered())[0]!.raw);
    await handler(confirmPost(firstLink));
    const token = createUnsubscribeToken(context.config.hmacSecret!, { listId: 'daily-digest', email });
    await unsubscribe(request({ method: 'POST', url: unsubscribeUrl(context.config.unsubscribeUrl, token), body: 'List-Unsubscribe=One-Click', contentType: 'application/x-www-form-urlencoded' }));
    expect(await isSuppressed(context.store, email)).toBe(true);

    expect((await handler(confirmPost(firstLink))).statusCode).toBe(400);
    expect(await isSuppressed(context.store, email)).toBe(true);

    await handler(signupForm(email));
    const sent = await ses.delivered();
    expect(sent).toHaveLength(2);
    expect(await context.subscribers.get(email)).toMatchObject({ status: 'pending' });
    expect(await isSuppressed(context.store, email)).toBe(true);
    expect((await handler(confirmPost(firstLink))).statusCode).toBe(400);

    expect((await handler(confirmPost(await linkIn(sent[1]!.raw)))).statusCode).toBe(200);
    expect(await context.subscribers.get(email)).toMatchObject({ status: 'confirmed' });
    expect(await isSuppressed(context.store, email)).toBe(false);
  });

  it('100 sign-ups for one address within a minute, from many sources at once, send one email', async () => {
    const { context, handler, ses } = setup();
    const email = uniqueAddress('storm');
    const responses = await Promise.all(Array.from({ length: 100 }, (_, i) => handler(signupForm(i % 2 ? email : email.toUpperCase(), {}, `203.0.113.${i + 1}`))));
    expect(new Set(responses.map((response) => response.statusCode))).toEqual(new Set([200]));
    expect(new Set(responses.map((response) => response.body)).size).toBe(1);
    expect(await ses.delivered()).toHaveLength(1);
    expect((await context.subscribers.get(email))?.status).toBe('pending');
  });

  it('limits sign-ups per source address: past 10 a minute the answer is 429', async () => {
    // A frozen clock: the twelve requests must fall in one rate-limit window, however slow the machine.
    const { handler, ses } = setup({}, { now: () => Date.UTC(2026, 10, 28, 10, 0, 30), sleep: async () => undefined });
    const ip = `192.0.2.${Math.floor(Math.random() * 200) + 20}`;
    const statuses = [];
    for (let i = 0; i < 12; i++) statuses.push((await handler(signupForm(uniqueAddress(`burst${i}`), {}, ip))).statusCode);
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(200));
    expect(statuses.slice(10)).toEqual([429, 429]);
    expect(await ses.delivered()).toHaveLength(10);
  });

  it('a filled honeypot gets the same answer and nothing happens', async () => {
    const { context, handler, ses } = setup();
    const email = uniqueAddress('bot');
    const response = await handler(signupForm(email, { website: 'http://spam.example' }));
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('Check your inbox');
    expect(await ses.delivered()).toHaveLength(0);
    expect(await context.subscribers.get(email)).toBeNull();
  });

  it('an invalid address gets 400 with a clear message, as a page or as JSON for fetch', async () => {
    const { handler, ses } = setup();
    const page = await handler(signupForm('not an address'));
    expect(page.statusCode).toBe(400);
    expect(page.body).toContain('contains characters not allowed in an address');
    const json = await handler(request({ method: 'POST', url: SIGNUP_URL, body: JSON.stringify({ email: 'someone@' }), contentType: 'application/json', origin: SITE }));
    expect(json.statusCode).toBe(400);
    expect(json.headers?.['content-type']).toBe('application/json');
    expect(json.headers?.['access-control-allow-origin']).toBe(SITE);
    expect(JSON.parse(json.body!)).toEqual({ ok: false, error: '"someone@" is not a valid email address' });
    expect(await ses.delivered()).toHaveLength(0);
  });

  it('fetch from an allowed origin gets CORS headers; another site\'s page is refused before anything happens', async () => {
    const { context, handler, ses } = setup({ signupOrigins: 'https://news.example.org, https://www.example.org' });
    const preflight = await handler(request({ method: 'OPTIONS', url: SIGNUP_URL, origin: 'https://news.example.org' }));
    expect(preflight.statusCode).toBe(204);
    expect(preflight.headers).toMatchObject({ 'access-control-allow-origin': 'https://news.example.org', 'access-control-allow-methods': 'POST' });
    expect((await handler(request({ method: 'OPTIONS', url: SIGNUP_URL, origin: 'https://evil.example' }))).statusCode).toBe(403);

    const email = uniqueAddress('fetch');
    const ok = await handler(request({ method: 'POST', url: SIGNUP_URL, body: JSON.stringify({ email }), contentType: 'application/json', origin: 'https://news.example.org' }));
    expect(ok.statusCode).toBe(200);
    expect(JSON.parse(ok.body!)).toMatchObject({ ok: true });
    expect(ok.headers?.['access-control-allow-origin']).toBe('https://news.example.org');

    const victim = uniqueAddress('victim');
    const refused = await handler(request({ method: 'POST', url: SIGNUP_URL, body: `email=${victim}`, contentType: 'application/x-www-form-urlencoded', origin: 'https://evil.example' }));
    expect(refused.statusCode).toBe(403);
    expect(refused.headers?.['access-control-allow-origin']).toBeUndefined();
    expect(await context.subscribers.get(victim)).toBeNull();
    expect(await ses.delivered()).toHaveLength(1);
  });

  it('the confirm button works from a page served with no-referrer (Origin: null), while a sign-up posted with Origin: null is refused', async () => {
    const { context, handler, ses } = setup();
    const email = uniqueAddress('null-origin');
    const bombed = await handler(request({ method: 'POST', url: SIGNUP_URL, body: `email=${uniqueAddress('victim')}`, contentType: 'application/x-www-form-urlencoded', origin: 'null' }));
    expect(bombed.statusCode).toBe(403);

    await handler(signupForm(email));
    const link = await linkIn((await ses.delivered())[0]!.raw);
    // The confirm page is served with Referrer-Policy: no-referrer, so Chromium posts its button with Origin: null.
    const token = new URL(link).searchParams.get('token')!;
    const confirmed = await handler(request({ method: 'POST', url: link, body: `token=${encodeURIComponent(token)}`, contentType: 'application/x-www-form-urlencoded', origin: 'null' }));
    expect(confirmed.body).toContain('You are subscribed');
    expect(await context.subscribers.get(email)).toMatchObject({ status: 'confirmed' });
  });

  it('a bounced or complained address gets the neutral answer, no email, and cannot confirm without an editor', async () => {
    const { context, handler, ses } = setup();
    const email = uniqueAddress('bounced');
    await addSuppression(context.store, { email, reason: 'bounced', at: new Date().toISOString(), source: 'ses-bounce', detail: `smtp; 550 5.1.1 <${email}>: no such user` });
    const response = await handler(signupForm(email));
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('Check your inbox');
    expect(await ses.delivered()).toHaveLength(0);
    // The suppression names no one.
    const stored = (await context.store.get(`suppressions/${(await readSuppression(context.store, email))!.addressHash}.json`))!.toString();
    expect(stored).not.toContain(email);
    expect(stored).toContain('<address>');
  });

  it('when SES fails, answers 503 and puts the record back, so the person\'s retry sends the confirmation', async () => {
    const { context, handler, ses } = setup();
    const email = uniqueAddress('retry');
    await ses.injectFault({ kind: 'server-error', times: 1 });
    const failed = await handler(signupForm(email));
    expect(failed.statusCode).toBe(503);
    expect(failed.headers?.['retry-after']).toBe('60');
    expect((await context.subscribers.get(email))?.confirmationSentAt).toBeUndefined();
    const retried = await handler(signupForm(email));
    expect(retried.statusCode).toBe(200);
    expect(await ses.delivered()).toHaveLength(1);
  });

  it('keeps addresses out of the logs', async () => {
    const { handler, log, ses } = setup();
    const email = uniqueAddress('private');
    await handler(signupForm(email));
    await handler(confirmPost(await linkIn((await ses.delivered())[0]!.raw)));
    expect(JSON.stringify(log.lines)).not.toContain(email);
    expect(log.at('info').map((line) => line.message)).toEqual(expect.arrayContaining(['Confirmation sent', 'Subscription confirmed']));
  });
});

describe('sign-up entry file', () => {
  it('builds its context from the environment at load and serves the form', async () => {
    vi.stubEnv(ENV.bucket, bucket);
    vi.stubEnv(ENV.s3Endpoint, inject('s3Endpoint'));
    vi.stubEnv(ENV.sesEndpoint, inject('sesEndpoint'));
    vi.stubEnv(ENV.dynamodbEndpoint, inject('dynamodbEndpoint'));
    vi.stubEnv(ENV.subscribersTable, table);
    vi.stubEnv(ENV.signupUrl, SIGNUP_URL);
    vi.stubEnv(ENV.hmacSecret, 'e'.repeat(40));
    vi.stubEnv('AWS_ACCESS_KEY_ID', 'test');
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'test');
    vi.stubEnv('POWERTOOLS_LOG_LEVEL', 'SILENT');
    try {
      const { handler } = await import('../../functions/signup.js');
      const response = await handler(request({ method: 'GET', url: SIGNUP_URL }));
      expect(response.statusCode).toBe(200);
      expect(response.body).toContain('name="website"');
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
