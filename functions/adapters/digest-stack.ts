import { CloudFormationClient, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import { SFNClient, StartExecutionCommand } from '@aws-sdk/client-sfn';
import { STACK_OUTPUTS } from '../config/stack-outputs.js';
import type { DigestExecutionInput } from '../contracts/step-events.js';
import { DigestError, errorMessage } from '../core/errors.js';

/**
 * The deployed stack as editors reach it from a laptop: its outputs (the
 * state machine and the bucket) and starting an execution of the daily run.
 */

export class StackLookupError extends DigestError {}

export interface DigestStack {
  stackName: string;
  region: string;
  stateMachineArn: string;
  bucketName: string;
  /** The SES identity and send rate the stack was deployed with (absent on stacks deployed before they were outputs). */
  sesIdentity?: string;
  sendRate?: number;
  /** The subscriber table the freeze reads (absent on stacks deployed before sign-up). */
  subscribersTable?: string;
}

/** The stack's outputs, as a lookup that fails with a clear message for a missing key. */
async function stackOutputs(client: CloudFormationClient, stackName: string, what: string): Promise<((key: string) => string) & { optional(key: string): string | undefined }> {
  let outputs;
  try {
    const response = await client.send(new DescribeStacksCommand({ StackName: stackName }));
    outputs = response.Stacks?.[0]?.Outputs ?? [];
  } catch (error) {
    throw new StackLookupError(`Cannot read stack ${stackName}: ${errorMessage(error)}`, { cause: error });
  }
  const optional = (key: string) => outputs.find((o) => o.OutputKey === key)?.OutputValue;
  const required = (key: string) => {
    const value = optional(key);
    if (!value) throw new StackLookupError(`Stack ${stackName} has no output ${key}: is it ${what}?`);
    return value;
  };
  return Object.assign(required, { optional });
}

export async function describeDigestStack(client: CloudFormationClient, stackName: string): Promise<DigestStack> {
  const output = await stackOutputs(client, stackName, 'a daily-digest stack');
  const region = await client.config.region();
  const optional = (key: string) => output.optional(key);
  const sendRate = Number(optional(STACK_OUTPUTS.sendRate));
  return {
    stackName,
    region,
    stateMachineArn: output(STACK_OUTPUTS.stateMachineArn),
    bucketName: output(STACK_OUTPUTS.bucketName),
    ...(optional(STACK_OUTPUTS.sesIdentity) ? { sesIdentity: optional(STACK_OUTPUTS.sesIdentity) } : {}),
    ...(sendRate > 0 ? { sendRate } : {}),
    ...(optional(STACK_OUTPUTS.subscribersTableName) ? { subscribersTable: optional(STACK_OUTPUTS.subscribersTableName) } : {}),
  };
}

/** The parts of the stack the editors' subscriber commands use: the subscriber table and the bucket holding suppressions/. */
export interface SubscriberStack {
  stackName: string;
  tableName: string;
  bucketName: string;
}

export async function describeSubscriberStack(client: CloudFormationClient, stackName: string): Promise<SubscriberStack> {
  const output = await stackOutputs(client, stackName, 'a daily-digest stack with sign-up');
  return { stackName, tableName: output(STACK_OUTPUTS.subscribersTableName), bucketName: output(STACK_OUTPUTS.bucketName) };
}

export interface StartedExecution {
  executionArn: string;
  startDate: Date | undefined;
  consoleUrl: string;
}

export async function startDigestExecution(
  client: SFNClient,
  stack: DigestStack,
  input: DigestExecutionInput,
  name: string,
): Promise<StartedExecution> {
  try {
    const response = await client.send(
      new StartExecutionCommand({ stateMachineArn: stack.stateMachineArn, name, input: JSON.stringify(input) }),
    );
    const executionArn = response.executionArn ?? '';
    return { executionArn, startDate: response.startDate, consoleUrl: executionConsoleUrl(stack.region, executionArn) };
  } catch (error) {
    throw new StackLookupError(`Cannot start the daily run on ${stack.stateMachineArn}: ${errorMessage(error)}`, { cause: error });
  }
}

export function executionConsoleUrl(region: string, executionArn: string): string {
  return `https://${region}.console.aws.amazon.com/states/home?region=${region}#/v2/executions/details/${encodeURIComponent(executionArn)}`;
}
