import type { CfnElement } from 'aws-cdk-lib';
import { build } from '../../cdk/support.js';
import { Template } from 'aws-cdk-lib/assertions';

/**
 * The state machine exactly as `cdk synth` writes it: the stack is built the
 * way tests/cdk/ build it (bundling skipped), and the `DefinitionString`
 * (an `Fn::Join` of JSON text and CloudFormation tokens) is turned into plain
 * ASL by resolving each token to what it would be once deployed: the bucket
 * to the emulator's bucket, each Lambda function to a fake ARN the harness
 * maps back to its handler. A token the harness does not know fails loudly.
 */

export const ACCOUNT = '123456789012';
export const REGION = 'us-east-1';
export const STATE_MACHINE_NAME = 'DigestWorkflowStateMachine';
export const STATE_MACHINE_ARN = `arn:aws:states:${REGION}:${ACCOUNT}:stateMachine:${STATE_MACHINE_NAME}`;

export type AslState = Record<string, any>;
export interface AslDefinition {
  StartAt: string;
  States: Record<string, AslState>;
  TimeoutSeconds?: number;
  Comment?: string;
  [key: string]: unknown;
}

export interface SynthesizedFunction {
  /** `functions/<name>.ts`: the key of `DigestStack.functions`. */
  name: string;
  arn: string;
  logicalId: string;
  /** The function's configured timeout, so handlers see Lambda's real deadline. */
  timeoutSeconds: number;
  /** The environment the stack gives the function, tokens resolved. */
  environment: Record<string, string>;
}

export interface SynthesizedMachine {
  definition: AslDefinition;
  /** By ARN, as the definition's `FunctionName` parameters name them. */
  functions: Map<string, SynthesizedFunction>;
  /** The input the daily schedule's rule gives an execution for an event at `time`. */
  scheduledInput(time: string): unknown;
}

export function functionArn(logicalId: string): string {
  return `arn:aws:lambda:${REGION}:${ACCOUNT}:function:${logicalId}`;
}

/** Synthesizes the stack and resolves its state machine for a bucket of the S3 emulator. */
export function synthesizeMachine(options: { bucket: string; context?: Record<string, unknown> }): SynthesizedMachine {
  const { stack } = build(options.context);
  const template = Template.fromStack(stack);
  const resources = template.toJSON().Resources as Record<string, { Type: string; Properties: Record<string, any> }>;

  const resolve = (token: unknown, where: string): string => {
    if (typeof token === 'string') return token;
    if (token && typeof token === 'object') {
      const record = token as Record<string, unknown>;
      if ('Fn::Join' in record) {
        const [separator, parts] = record['Fn::Join'] as [string, unknown[]];
        return parts.map((part) => resolve(part, where)).join(separator);
      }
      if ('Ref' in record) {
        const ref = String(record.Ref);
        const pseudo: Record<string, string> = { 'AWS::Partition': 'aws', 'AWS::Region': REGION, 'AWS::AccountId': ACCOUNT, 'AWS::URLSuffix': 'amazonaws.com' };
        if (ref in pseudo) return pseudo[ref]!;
        const type = resources[ref]?.Type;
        if (type === 'AWS::S3::Bucket') return options.bucket;
        if (type === 'AWS::StepFunctions::StateMachine') return STATE_MACHINE_ARN;
        if (type === 'AWS::SecretsManager::Secret') return `arn:aws:secretsmanager:${REGION}:${ACCOUNT}:secret:${ref}`;
        if (type === 'AWS::SES::ConfigurationSet') return ref;
        if (type === 'AWS::DynamoDB::Table') return ref;
        throw new Error(`${where}: no local value for { Ref: ${ref} } (${type ?? 'unknown resource'})`);
      }
      if ('Fn::GetAtt' in record) {
        const [id, attribute] = record['Fn::GetAtt'] as [string, string];
        const type = resources[id]?.Type;
        if (type === 'AWS::Lambda::Function' && attribute === 'Arn') return functionArn(id);
        if (type === 'AWS::Lambda::Url' && attribute === 'FunctionUrl') return `https://${id.toLowerCase()}.lambda-url.${REGION}.on.aws/`;
        if (type === 'AWS::S3::Bucket' && attribute === 'Arn') return `arn:aws:s3:::${options.bucket}`;
        if (type === 'AWS::CloudFront::Distribution' && attribute === 'DomainName') return `${id.toLowerCase()}.cloudfront.net`;
        throw new Error(`${where}: no local value for { Fn::GetAtt: [${id}, ${attribute}] } (${type ?? 'unknown resource'})`);
      }
    }
    throw new Error(`${where}: cannot resolve ${JSON.stringify(token)}`);
  };

  const machines = Object.entries(resources).filter(([, resource]) => resource.Type === 'AWS::StepFunctions::StateMachine');
  if (machines.length !== 1) throw new Error(`expected one state machine in the template, found ${machines.length}`);
  const [machineId, machine] = machines[0]!;
  const definition = JSON.parse(resolve(machine.Properties.DefinitionString, `${machineId}.DefinitionString`)) as AslDefinition;

  const functions = new Map<string, SynthesizedFunction>();
  for (const [name, fn] of Object.entries(stack.functions)) {
    const logicalId = stack.getLogicalId(fn.node.defaultChild as CfnElement);
    const properties = resources[logicalId]?.Properties ?? {};
    const variables = (properties.Environment?.Variables ?? {}) as Record<string, unknown>;
    const environment = Object.fromEntries(Object.entries(variables).map(([key, value]) => [key, resolve(value, `${logicalId}.Environment.${key}`)]));
    const arn = functionArn(logicalId);
    functions.set(arn, { name, arn, logicalId, timeoutSeconds: Number(properties.Timeout ?? 3), environment });
  }

  const rules = Object.entries(resources).filter(
    ([, resource]) => resource.Type === 'AWS::Events::Rule' && (resource.Properties.Targets as Array<Record<string, any>> | undefined)?.some((target) => flat(target.Arn) === flat({ Ref: machineId })),
  );
  const schedules = Object.entries(resources).filter(
    ([, resource]) => resource.Type === 'AWS::Scheduler::Schedule' && flat(resource.Properties.Target?.Arn) === flat({ Ref: machineId }),
  );
  const scheduledInput = (time: string): unknown => {
    // EventBridge Scheduler: the target's Input with its context attributes filled in, as Scheduler does.
    if (schedules.length === 1) {
      const input = String(schedules[0]![1].Properties.Target.Input ?? '{}');
      return JSON.parse(input.replaceAll('<aws.scheduler.scheduled-time>', time).replaceAll('<aws.scheduler.execution-id>', 'c0ffee00-0000-4000-8000-000000000000'));
    }
    if (rules.length !== 1) throw new Error(`expected one schedule or EventBridge rule targeting the state machine, found ${schedules.length + rules.length}`);
    const target = (rules[0]![1].Properties.Targets as Array<Record<string, any>>).find((t) => flat(t.Arn) === flat({ Ref: machineId }))!;
    return eventBridgeTargetInput(target, scheduledEvent(time));
  };

  return { definition, functions, scheduledInput };
}

function flat(value: unknown): string {
  return JSON.stringify(value);
}

/** The event EventBridge Scheduler rules emit (`aws.events`, `Scheduled Event`). */
function scheduledEvent(time: string): Record<string, unknown> {
  return {
    version: '0',
    id: '53dc4d37-cffa-4f76-80c9-8b7d4a4d2eaa',
    'detail-type': 'Scheduled Event',
    source: 'aws.events',
    account: ACCOUNT,
    time,
    region: REGION,
    resources: [`arn:aws:events:${REGION}:${ACCOUNT}:rule/daily`],
    detail: {},
  };
}

/**
 * What a rule target hands its target: `Input` as is, or an `InputTransformer`
 * (paths from the event, placeholders `<name>` in the template; string values
 * are substituted JSON-quoted where the template leaves them bare, as EventBridge does).
 */
function eventBridgeTargetInput(target: Record<string, any>, event: Record<string, unknown>): unknown {
  if (typeof target.Input === 'string') return JSON.parse(target.Input);
  const transformer = target.InputTransformer as { InputPathsMap?: Record<string, string>; InputTemplate: string } | undefined;
  if (!transformer) return event;
  const values = new Map<string, unknown>();
  for (const [name, path] of Object.entries(transformer.InputPathsMap ?? {})) {
    if (!/^\$(\.[A-Za-z0-9_-]+)+$/.test(path)) throw new Error(`InputPathsMap path ${path} is beyond this harness (plain $.a.b paths only)`);
    values.set(name, path.slice(2).split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], event));
  }
  const text = transformer.InputTemplate.replace(/(")?<([A-Za-z0-9_.-]+)>(")?/g, (whole, open: string | undefined, name: string, close: string | undefined) => {
    if (!values.has(name)) return whole;
    const value = values.get(name);
    if (open && close) return JSON.stringify(typeof value === 'string' ? value : JSON.stringify(value));
    return `${open ?? ''}${JSON.stringify(value)}${close ?? ''}`;
  });
  return JSON.parse(text);
}
