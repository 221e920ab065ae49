import { CloudFormationClient, DescribeStacksCommand, GetTemplateCommand } from '@aws-sdk/client-cloudformation';
import { SFNClient, StartExecutionCommand } from '@aws-sdk/client-sfn';
import { ENV } from '../config/env-names.js';
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
  /** The public function URLs (`digest doctor` checks that they answer). */
  unsubscribeUrl?: string;
  signupUrl?: string;
}

/** The stack's outputs, as a lookup that fails with a clear message for a missing key. */
async function stackOutputs(
  client: CloudFormationClient,
  stackName: string,
  what: string,
  options: { abortSignal?: AbortSignal },
): Promise<((key: string) => string) & { optional(key: string): string | undefined }> {
  let outputs;
  try {
    const response = await client.send(new DescribeStacksCommand({ StackName: stackName }), options);
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

export async function describeDigestStack(client: CloudFormationClient, stackName: string, options: { abortSignal?: AbortSignal } = {}): Promise<DigestStack> {
  const output = await stackOutputs(client, stackName, 'a daily-digest stack', options);
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
    ...(optional(STACK_OUTPUTS.unsubscribeUrl) ? { unsubscribeUrl: optional(STACK_OUTPUTS.unsubscribeUrl) } : {}),
    ...(optional(STACK_OUTPUTS.signupUrl) ? { signupUrl: optional(STACK_OUTPUTS.signupUrl) } : {}),
  };
}

/**
 * Settings the stack was deployed with that are not outputs, read from its
 * template as CloudFormation holds it: the From, the configuration set, the
 * editors' test recipients and the daily schedule.
 */
export interface DeployedSettings {
  sender?: string;
  configurationSetName?: string;
  testRecipients: string[];
  schedule?: { enabled: boolean; expression?: string; timeZone?: string };
}

/** CloudFormation accepts templates up to 1 MB; anything far larger is not one of ours. */
const MAX_TEMPLATE_CHARS = 4 * 1024 * 1024;

export async function readDeployedSettings(client: CloudFormationClient, stackName: string, options: { abortSignal?: AbortSignal } = {}): Promise<DeployedSettings> {
  let body: string | undefined;
  try {
    body = (await client.send(new GetTemplateCommand({ StackName: stackName, TemplateStage: 'Original' }), options)).TemplateBody;
  } catch (error) {
    throw new StackLookupError(`Cannot read the template of stack ${stackName}: ${errorMessage(error)}`, { cause: error });
  }
  if (!body || body.length > MAX_TEMPLATE_CHARS) throw new StackLookupError(`The template of stack ${stackName} is empty or larger than any CloudFormation template`);
  let template: unknown;
  try {
    template = JSON.parse(body);
  } catch (error) {
    throw new StackLookupError(`The template of stack ${stackName} is not JSON: was it deployed by this project's CDK app?`, { cause: error });
  }
  return deployedSettingsOf(template);
}

/** Only literal strings count: a value CloudFormation computes at deploy (Ref, GetAtt) cannot be read back here. */
export function deployedSettingsOf(template: unknown): DeployedSettings {
  const resources = Object.values(record(record(template)?.Resources) ?? {}).map(record);
  const ofType = (type: string) => resources.filter((resource) => resource?.Type === type).map((resource) => record(resource?.Properties) ?? {});
  const variables = ofType('AWS::Lambda::Function').map((properties) => record(record(properties.Environment)?.Variables) ?? {});
  // Every function gets the shared environment; the first that carries a setting speaks for all.
  const variable = (name: string) => variables.map((vars) => vars[name]).find((value): value is string => typeof value === 'string');
  const setName = ofType('AWS::SES::ConfigurationSet').map((properties) => properties.Name).find((name): name is string => typeof name === 'string');
  const schedule = ofType('AWS::Scheduler::Schedule')[0];
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  const configurationSetName = setName ?? variable(ENV.sesConfigurationSet);
  const sender = variable(ENV.from);
  return {
    ...(sender ? { sender } : {}),
    ...(configurationSetName ? { configurationSetName } : {}),
    testRecipients: (variable(ENV.testRecipients) ?? '').split(',').map((address) => address.trim()).filter(Boolean),
    ...(schedule
      ? {
          schedule: {
            // CloudFormation's default State is ENABLED.
            enabled: schedule.State !== 'DISABLED',
            ...(text(schedule.ScheduleExpression) ? { expression: text(schedule.ScheduleExpression) } : {}),
            ...(text(schedule.ScheduleExpressionTimezone) ? { timeZone: text(schedule.ScheduleExpressionTimezone) } : {}),
          },
        }
      : {}),
  };
}

function record(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** The parts of the stack the editors' subscriber commands use: the subscriber table and the bucket holding suppressions/. */
export interface SubscriberStack {
  stackName: string;
  tableName: string;
  bucketName: string;
}

export async function describeSubscriberStack(client: CloudFormationClient, stackName: string): Promise<SubscriberStack> {
  const output = await stackOutputs(client, stackName, 'a daily-digest stack with sign-up', {});
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
