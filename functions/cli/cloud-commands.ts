import { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import { SFNClient } from '@aws-sdk/client-sfn';
import { createDynamoDbClient, createS3Client, createSesClient } from '../adapters/aws-clients.js';
import { DynamoDbSubscriberStore } from '../adapters/dynamodb-subscriber-store.js';
import { readSesAccount } from '../adapters/ses-account.js';
import { preflightProblems, SendPreflightError } from '../core/delivery/send-preflight.js';
import { readReport } from '../core/pipeline/digest-report.js';
import { readSnapshotRecord } from '../core/pipeline/recipients-snapshot.js';
import { issuePrefix, SUBSCRIBERS_KEY } from '../contracts/bucket-layout.js';
import type { DigestExecutionInput } from '../contracts/step-events.js';
import { describeDigestStack, startDigestExecution, type DigestStack, type StartedExecution } from '../adapters/digest-stack.js';
import { S3Store } from '../adapters/s3-store.js';
import type { DigestConfig } from '../config/config.js';
import { UsageError } from '../core/errors.js';
import { dayInZone } from '../core/schedule/issue-day.js';
import { addressProblem } from '../core/subscribers/email-address.js';
import { parseSubscribers } from '../core/subscribers/parse-subscribers.js';
import { requireDate } from './local-paths.js';
import { formatStatus, issueStatus } from './status-command.js';

/**
 * Editors' commands against the deployed stack, with their own AWS
 * credentials (see cdk/editor-policy.md for the permissions they need).
 */

export interface SendCommandOptions {
  /** Unset: today in the newsroom's time zone, which the deployed collect step resolves (as for the schedule). */
  date?: string;
  stack: string;
  testTo?: string[];
}

/**
 * `digest send`: checks the SES account and the list against the stack
 * (identity verified, rate and daily quota, will the list finish before the
 * run's timeout), then starts the state machine for a date (or a test send)
 * and prints where to watch it. Starts nothing when a check fails.
 */
export async function sendCommand(options: SendCommandOptions, config: DigestConfig): Promise<StartedExecution> {
  // Without --date the run gets this instant, as the schedule passes its own; the stack's
  // DIGEST_TIME_ZONE turns it into the newsroom's day, whatever the editor's laptop thinks.
  const now = new Date();
  const date = options.date ? requireDate(options.date) : now.toISOString().replace(/\.\d+Z$/, 'Z');
  const day = options.date ? date : dayInZone(now, config.timeZone);
  for (const address of options.testTo ?? []) {
    const problem = addressProblem(address);
    if (problem) throw new UsageError(`--test-to: ${problem}`);
  }
  const stack = await describeDigestStack(new CloudFormationClient({ region: config.region }), options.stack);
  await preflight(stack, day, options.testTo !== undefined, config);
  const started = await startDigestExecution(new SFNClient({ region: config.region }), stack, executionInput(date, options.testTo), executionName(day, options.testTo));
  const when = options.date ? date : `today in the newsroom's time zone (${day} in ${config.timeZone})`;
  console.log(`Started ${options.testTo ? `a test send to ${options.testTo.join(', ')}` : 'the daily run'} for ${when} on ${stack.stackName}`);
  console.log(`  execution: ${started.executionArn}`);
  console.log(`  watch it:  ${started.consoleUrl}`);
  console.log(`  progress:  npm run digest -- status --date ${day} --stack ${stack.stackName}`);
  return started;
}

async function preflight(stack: DigestStack, date: string, test: boolean, config: DigestConfig): Promise<void> {
  if (!stack.sesIdentity || !stack.sendRate) {
    console.log(`  (stack ${stack.stackName} predates the SES pre-flight outputs: redeploy it to have the account checked before each run)`);
    return;
  }
  const account = await readSesAccount(createSesClient({ ...config, region: stack.region }), stack.sesIdentity);
  const recipients = test ? undefined : await recipientsToSend(stack, date, config);
  const problems = preflightProblems({ ...account, identity: stack.sesIdentity, sendRate: stack.sendRate, region: stack.region, ...(recipients ? { recipients: recipients.count } : {}) });
  if (problems.length > 0) {
    throw new SendPreflightError(`Not starting the run for ${date}:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  }
  if (recipients) console.log(`Checked: ${stack.sesIdentity} verified, ${recipients.count.toLocaleString('en-US')} ${recipients.what} fit the SES quota and the run's time at ${stack.sendRate}/s`);
}

/**
 * How many recipients the run will send to: those still pending when the list
 * is frozen, else the size of the list the freeze would read.
 */
async function recipientsToSend(stack: DigestStack, date: string, config: DigestConfig): Promise<ListSize> {
  const store = stackBucket(stack, config);
  const prefix = issuePrefix(date);
  const frozen = await readSnapshotRecord(store, prefix);
  if (frozen) {
    const report = await readReport(store, prefix);
    const summarized = report && report.messages.slices.total > 0;
    return summarized ? { count: report.messages.pending, what: 'pending recipients' } : { count: frozen.rows, what: 'recipients (frozen list)' };
  }
  const list = await subscriberListSize(stack, config, store);
  if (!list) throw new SendPreflightError(`Not starting the run for ${date}: there is no subscriber list at ${store.locate(SUBSCRIBERS_KEY)}`);
  return list;
}

export interface ListSize {
  count: number;
  what: string;
}

/**
 * The size of the list the stack's freeze reads: the confirmed subscribers in
 * its table (an upper bound: suppressions are subtracted at the freeze), else,
 * on a stack without the table, the bucket CSV's valid rows; `undefined` when
 * there is no CSV either.
 */
export async function subscriberListSize(stack: DigestStack, config: DigestConfig, store = stackBucket(stack, config)): Promise<ListSize | undefined> {
  if (stack.subscribersTable) {
    const subscribers = new DynamoDbSubscriberStore({ client: createDynamoDbClient({ ...config, region: stack.region }), tableName: stack.subscribersTable });
    let count = 0;
    for await (const _subscriber of subscribers.scanConfirmedRecipients()) count += 1;
    return { count, what: 'confirmed subscribers' };
  }
  const csv = await store.get(SUBSCRIBERS_KEY);
  return csv ? { count: parseSubscribers(csv).valid.length, what: 'recipients' } : undefined;
}

function stackBucket(stack: DigestStack, config: DigestConfig): S3Store {
  return new S3Store({ client: createS3Client({ ...config, region: stack.region }), bucket: stack.bucketName });
}

export function executionInput(date: string, testTo?: string[]): DigestExecutionInput {
  return testTo && testTo.length > 0 ? { date, testTo } : { date };
}

/** Unique per start: a manual resume must not be mistaken for the earlier execution. */
export function executionName(date: string, testTo?: string[]): string {
  const stamp = new Date().toISOString().replace(/[-:.]/g, '');
  return `${date}-${testTo ? 'test' : 'manual'}-${stamp}`.slice(0, 80);
}

/** `digest status --stack`: the ledger as the send workers left it in the stack's bucket. */
export async function cloudStatusCommand(options: { date: string; stack?: string; bucket?: string }, config: DigestConfig) {
  const date = requireDate(options.date);
  let stack: DigestStack | undefined;
  if (!options.bucket && options.stack) stack = await describeDigestStack(new CloudFormationClient({ region: config.region }), options.stack);
  const bucket = options.bucket ?? stack?.bucketName;
  if (!bucket) throw new UsageError('status needs --stack NAME or --bucket NAME for the cloud path');
  const store = new S3Store({ client: createS3Client(config), bucket });
  // Editors' policy reaches issues/ only, not the suppression list.
  const status = await issueStatus(store, issuePrefix(date));
  // The deployed workflow has no --force: recovery there is restoring the object's previous version.
  console.log(formatStatus(date, store.locate(issuePrefix(date)), status, stack ? 'cloud' : 'local'));
  return status;
}
