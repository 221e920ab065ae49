import { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import { SFNClient } from '@aws-sdk/client-sfn';
import { createS3Client } from '../adapters/aws-clients.js';
import { describeDigestStack, startDigestExecution, type DigestStack, type StartedExecution } from '../adapters/digest-stack.js';
import { S3Store } from '../adapters/s3-store.js';
import type { DigestConfig } from '../config/config.js';
import { UsageError } from '../core/errors.js';
import { addressProblem } from '../core/subscribers/parse-subscribers.js';
import { requireDate } from './local-paths.js';
import { formatStatus, issueStatus } from './status-command.js';

/**
 * Editors' commands against the deployed stack, with their own AWS
 * credentials (see cdk/editor-policy.md for the permissions they need).
 */

export interface SendCommandOptions {
  date: string;
  stack: string;
  testTo?: string[];
}

/** `digest send`: starts the state machine for a date (or a test send), and prints where to watch it. */
export async function sendCommand(options: SendCommandOptions, config: DigestConfig): Promise<StartedExecution> {
  const date = requireDate(options.date);
  for (const address of options.testTo ?? []) {
    const problem = addressProblem(address);
    if (problem) throw new UsageError(`--test-to: ${problem}`);
  }
  const stack = await describeDigestStack(new CloudFormationClient({ region: config.region }), options.stack);
  const started = await startDigestExecution(new SFNClient({ region: config.region }), stack, executionInput(date, options.testTo), executionName(date, options.testTo));
  console.log(`Started ${options.testTo ? `a test send to ${options.testTo.join(', ')}` : 'the daily run'} for ${date} on ${stack.stackName}`);
  console.log(`  execution: ${started.executionArn}`);
  console.log(`  watch it:  ${started.consoleUrl}`);
  console.log(`  progress:  npm run digest -- status --date ${date} --stack ${stack.stackName}`);
  return started;
}

export function executionInput(date: string, testTo?: string[]): { date: string; testTo?: string[] } {
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
  const status = await issueStatus(store, `issues/${date}/`);
  // The deployed workflow has no --force: recovery there is restoring the object's previous version.
  console.log(formatStatus(date, store.locate(`issues/${date}/`), status, stack ? 'cloud' : 'local'));
  return status;
}
