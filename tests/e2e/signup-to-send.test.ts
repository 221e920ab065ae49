import { randomUUID } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SendSliceEvent } from '../../functions/contracts/step-events.js';
import type { SliceDescriptor } from '../../functions/core/pipeline/recipients-snapshot.js';
import { createCollectHandler } from '../../functions/lambda/collect.js';
import { createRenderContext, createRenderHandler, defaultTemplatesDir } from '../../functions/lambda/render.js';
import { createSendContext, createSendHandler } from '../../functions/lambda/send.js';
import { createSignupContext, createSignupHandler } from '../../functions/lambda/signup.js';
import { createSummarizeHandler } from '../../functions/lambda/summarize.js';
import { createUnsubscribeHandler } from '../../functions/lambda/unsubscribe.js';
import { createTestBucket, createTestTable, SesControl, TEST_CREDENTIALS, testDynamoDbClient, testS3Client } from '../harness/aws.js';
import { emulatorLambdaContext, functionUrlEvent, lambdaInvocation } from '../harness/lambda.js';
import { RecordingLog } from '../harness/recording-log.js';

/**
 * A reader's whole way in and out, through the real handlers on the S3, SES
 * and DynamoDB emulators: the sign-up form, the confirmation email and its
 * button, then the daily run as the state machine drives it (collect → render
 * and freeze from the subscriber table → one send worker per slice →
 * summarize), then the unsubscribe link in the issue, then the next run.
 */

const EXAMPLE_DAY = join(import.meta.dirname, '../../examples/articles/2026-11-26');
const SIGNUP_URL = 'https://digest.example.com/subscribe';
const SITE = 'https://digest.example.com';

const s3 = testS3Client();
const dynamodb = testDynamoDbClient();
const configurationSet = `signup-e2e-${randomUUID().slice(0, 8)}`;
const ses = new SesControl(configurationSet);
let stack: ReturnType<typeof deploy>;

/** Every function's cold start with the environment the stack gives it: one bucket, one table, one configuration set. */
function deploy(bucket: string, table: string) {
  const overrides = { bucket, subscribersTable: table, sesConfigurationSet: configurationSet, signupUrl: SIGNUP_URL, sendRate: 40, sendConcurrency: 4 };
  const context = (name: string) => emulatorLambdaContext(name, overrides);
  const signupContext = createSignupContext({
    functionName: 'signup',
    env: {},
    overrides: { ...context('signup').config },
    log: new RecordingLog(),
    s3Overrides: { credentials: TEST_CREDENTIALS },
    dynamodbOverrides: { credentials: TEST_CREDENTIALS },
    sesOverrides: { credentials: TEST_CREDENTIALS },
  });
  const sendContext = createSendContext(context('send'), { credentials: TEST_CREDENTIALS });
  return {
    store: sendContext.store,
    subscribers: signupContext.subscribers,
    signup: createSignupHandler(signupContext),
    unsubscribe: createUnsubscribeHandler(context('unsubscribe')),
    collect: createCollectHandler(context('collect')),
    render: createRenderHandler(createRenderContext(context('render'), { credentials: TEST_CREDENTIALS }), { templatesDir: defaultTemplatesDir(), sliceRows: 1 }),
    send: createSendHandler(sendContext, { retry: { baseDelayMs: 5, maxDelayMs: 40 } }),
    summarize: createSummarizeHandler(context('summarize'), { writeMetrics: () => undefined }),
  };
}

function formPost(url: string, fields: Record<string, string>, origin = SITE): APIGatewayProxyEventV2 {
  const event = functionUrlEvent({ method: 'POST', url, body: new URLSearchParams(fields).toString(), contentType: 'application/x-www-form-urlencoded' });
  event.headers.origin = origin;
  return event;
}

/** What the reader sees in their inbox: every message SES accepted for one address, parsed. */
async function inbox(address: string) {
  const delivered = (await ses.delivered()).filter((attempt) => attempt.destinations.includes(address));
  return Promise.all(delivered.map(async (attempt) => ({ raw: attempt.raw, mail: await simpleParser(attempt.raw) })));
}

/** Submits the form and presses the button in the confirmation email (the link's page posts the token back). */
async function signUp(address: string, options: { confirm: boolean }) {
  const answer = await stack.signup(formPost(SIGNUP_URL, { email: address, name: address.split('@')[0]! }));
  expect(answer.statusCode).toBe(200);
  if (!options.confirm) return;
  const [confirmation] = await inbox(address);
  const link = /https:\/\/\S+\/confirm\?token=[A-Za-z0-9._~%-]+/.exec(confirmation!.mail.text ?? '')?.[0];
  if (!link) throw new Error(`no confirmation link for ${address}`);
  const confirmed = await stack.signup(formPost(link, { token: new URL(link).searchParams.get('token')! }, new URL(link).origin));
  expect(confirmed.body).toContain('You are subscribed');
}

/** The state machine's real-send branch for one day: collect, render and freeze, the Distributed Map's children, summarize. */
async function dailyRun(date: string) {
  const runId = `run-${date}`;
  for (const name of await readdir(EXAMPLE_DAY)) await stack.store.put(`articles/${date}/${name}`, await readFile(join(EXAMPLE_DAY, name)));
  await stack.collect({ date, runId }, lambdaInvocation());
  const rendered = await stack.render({ date, runId, freeze: true }, lambdaInvocation());
  const slices = JSON.parse((await stack.store.get(rendered.manifestKey!))!.toString()) as SliceDescriptor[];
  const children: SendSliceEvent[] = slices.map((slice) => ({ date, runId, workers: slices.length, slice }));
  await Promise.all(children.map((child) => stack.send(child, lambdaInvocation())));
  const summary = await stack.summarize({ date, runId }, lambdaInvocation());
  return { rendered, summary };
}

/** Digest issues (not confirmation emails) in one reader's inbox. */
async function issuesFor(address: string) {
  return (await inbox(address)).filter(({ mail }) => !/confirm/i.test(mail.subject ?? ''));
}

beforeAll(async () => {
  stack = deploy(await createTestBucket(s3, 'signup-e2e'), await createTestTable(dynamodb, 'signup-e2e'));
});

afterAll(async () => {
  await ses.reset();
  s3.destroy();
  dynamodb.destroy();
});

describe('from the sign-up form to the daily issue (the subscriber table is the list the freeze reads)', () => {
  const stays = `stays.${randomUUID().slice(0, 8)}@example.org`;
  const leaves = `leaves.${randomUUID().slice(0, 8)}@example.org`;
  const neverConfirms = `pending.${randomUUID().slice(0, 8)}@example.org`;

  it('sends the next issue to confirmed readers only: a pending sign-up gets the confirmation email and nothing else', async () => {
    await signUp(stays, { confirm: true });
    await signUp(leaves, { confirm: true });
    await signUp(neverConfirms, { confirm: false });
    expect(await stack.subscribers.get(neverConfirms)).toMatchObject({ status: 'pending' });

    const { rendered } = await dailyRun('2026-12-07');
    expect(rendered.recipients).toBe(2);
    expect(await issuesFor(stays)).toHaveLength(1);
    expect(await issuesFor(leaves)).toHaveLength(1);
    expect(await inbox(neverConfirms)).toHaveLength(1);
    expect(await issuesFor(neverConfirms)).toEqual([]);
  });

  it('leaves a reader who unsubscribed through the link in the issue out of the next one', async () => {
    const [issue] = await issuesFor(leaves);
    const head = issue!.raw.toString('latin1').split('\r\n\r\n')[0]!.replace(/\r\n[ \t]+/g, ' ');
    const link = /^List-Unsubscribe:\s*<([^>]+)>/im.exec(head)?.[1];
    if (!link) throw new Error('the issue has no List-Unsubscribe link');
    const event = functionUrlEvent({ method: 'POST', url: link, body: 'List-Unsubscribe=One-Click', contentType: 'application/x-www-form-urlencoded' });
    expect((await stack.unsubscribe(event)).statusCode).toBe(200);

    const { rendered, summary } = await dailyRun('2026-12-08');
    expect(rendered.recipients).toBe(1);
    expect(summary).toMatchObject({ sent: 1, pending: 0 });
    expect(await issuesFor(stays)).toHaveLength(2);
    expect(await issuesFor(leaves)).toHaveLength(1);
    expect(await issuesFor(neverConfirms)).toEqual([]);
  });
});
