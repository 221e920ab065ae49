import { CfnOutput, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as logs from 'aws-cdk-lib/aws-logs';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import type * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import type * as sns from 'aws-cdk-lib/aws-sns';
import { Construct, type Node } from 'constructs';
import { ENV } from '../../functions/config/env-names.js';
import { STACK_OUTPUTS } from '../../functions/config/stack-outputs.js';
import { SUBSCRIBER_TABLE } from '../../functions/config/subscriber-table.js';
import { DigestFunction, type DigestFunctionProps, type SendingIdentity, sendRawEmailStatement } from './digest-function.js';
import { keysIn, objectsIn } from './digest-bucket.js';

/**
 * Readers sign themselves up: the subscriber table, the sign-up function
 * behind a public function URL, and what editors need to manage the list.
 *
 * - The table: on-demand, encrypted, point-in-time recovery, deletion
 *   protection, kept when the stack is deleted (it holds consent records).
 * - The function: reads and writes single items of the table (never scans
 *   it, never deletes), reads suppressions and lifts only the ones a person
 *   ends by confirming again, sends through the stack's identity and
 *   configuration set (so a bounced confirmation suppresses like any other),
 *   with reserved concurrency so a flood of sign-ups can neither starve the
 *   daily send of Lambda concurrency nor run up the bill.
 * - `SubscriberEditorsPolicy`: the `digest subscribers --stack` commands.
 */

export interface SignupSettings {
  /** Public URL of the endpoint (a custom domain in front of the function URL); default: the function URL. */
  readonly signupUrl?: string;
  /** Origins whose pages may post the form; default: the site URL's origin. */
  readonly signupOrigins: readonly string[];
  /** Custom fields the form may set. */
  readonly signupFields: readonly string[];
  /** Concurrent executions reserved for (and capping) the sign-up function. */
  readonly signupReservedConcurrency: number;
}

export interface SubscriberSignupProps {
  readonly settings: SignupSettings;
  /** Description, timeout and memory of the function (the stack's table of function specs). */
  readonly spec: Pick<DigestFunctionProps, 'description' | 'timeout' | 'memorySize'>;
  /** The environment every function shares (production settings, bucket, secret ARN, unsubscribe URL). */
  readonly environment: Readonly<Record<string, string>>;
  readonly bucket: s3.IBucket;
  readonly hmacSecret: secretsmanager.ISecret;
  /** The SES identity, From address and configuration set the digest itself is sent with. */
  readonly mail: SendingIdentity;
  readonly alarmTopic?: sns.ITopic;
  readonly logRetention?: logs.RetentionDays;
  readonly entryDir?: string;
}

export class SubscriberSignup extends Construct {
  readonly table: dynamodb.Table;
  readonly function: DigestFunction;
  readonly url: lambda.FunctionUrl;
  /** Where readers sign up: the configured `signupUrl`, else the function URL (it serves the form on GET). */
  readonly publicUrl: string;
  readonly editorsPolicy: iam.ManagedPolicy;

  constructor(scope: Construct, id: string, props: SubscriberSignupProps) {
    super(scope, id);
    const stack = Stack.of(this);
    const { settings } = props;

    this.table = new dynamodb.Table(this, 'Table', {
      partitionKey: { name: SUBSCRIBER_TABLE.partitionKey, type: dynamodb.AttributeType.STRING },
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      encryption: dynamodb.TableEncryption.AWS_MANAGED,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
      // Rate-limit counters expire on their own; subscriber records never carry the attribute.
      timeToLiveAttribute: SUBSCRIBER_TABLE.ttlAttribute,
    });

    // At stack level like every other function, so its log group and alarm are named like theirs.
    this.function = new DigestFunction(stack, 'SignupFunction', {
      name: 'signup',
      ...props.spec,
      environment: {
        ...props.environment,
        [ENV.subscribersTable]: this.table.tableName,
        ...(settings.signupUrl ? { [ENV.signupUrl]: settings.signupUrl } : {}),
        ...(settings.signupOrigins.length > 0 ? { [ENV.signupOrigins]: settings.signupOrigins.join(',') } : {}),
        ...(settings.signupFields.length > 0 ? { [ENV.signupFields]: settings.signupFields.join(',') } : {}),
      },
      alarmTopic: props.alarmTopic,
      logRetention: props.logRetention,
      entryDir: props.entryDir,
    });
    (this.function.node.defaultChild as lambda.CfnFunction).reservedConcurrentExecutions = settings.signupReservedConcurrency;

    this.function.addToRolePolicy(
      new iam.PolicyStatement({
        sid: 'ReadAndWriteSingleSubscribers',
        actions: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem'],
        resources: [this.table.tableArn],
      }),
    );
    this.function.addToRolePolicy(sendRawEmailStatement('SendConfirmationsThroughTheDigestIdentity', props.mail));
    this.function.readSuppressions(props.bucket).liftSuppressions(props.bucket).readSecret(props.hmacSecret);

    this.url = this.function.addFunctionUrl({
      // No IAM auth: a public form posts here. Abuse is bounded by the honeypot, the per-source and
      // per-address limits, allowed origins, and the reserved concurrency.
      authType: lambda.FunctionUrlAuthType.NONE,
      invokeMode: lambda.InvokeMode.BUFFERED,
    });

    this.editorsPolicy = new iam.ManagedPolicy(this, 'EditorsPolicy', {
      description: 'Lets an editor manage the subscriber list: digest subscribers [import|export|show|forget] --stack NAME.',
      statements: [
        new iam.PolicyStatement({ sid: 'FindTheStackOutputs', actions: ['cloudformation:DescribeStacks'], resources: [stack.stackId] }),
        new iam.PolicyStatement({
          sid: 'ManageSubscribers',
          actions: ['dynamodb:Scan', 'dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:DeleteItem'],
          resources: [this.table.tableArn],
        }),
        new iam.PolicyStatement({
          sid: 'ReadAndWriteSuppressions',
          actions: ['s3:GetObject', 's3:PutObject'],
          resources: [objectsIn(props.bucket, 'suppressions')],
        }),
        new iam.PolicyStatement({
          sid: 'ListSuppressions',
          actions: ['s3:ListBucket'],
          resources: [props.bucket.bucketArn],
          conditions: { StringLike: { 's3:prefix': [keysIn('suppressions')] } },
        }),
      ],
    });
    Validations.of(this.editorsPolicy).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${stack.resolve((props.bucket.node.defaultChild as s3.CfnBucket).logicalId)}.Arn>/${keysIn('suppressions')}]`,
      reason: 'Suppressions are named by address hash; forget writes one and show reads one, so the grant covers the suppressions/ prefix and nothing else.',
    });

    new CfnOutput(stack, STACK_OUTPUTS.subscribersTableName, {
      description: 'The subscriber table: npm run digest -- subscribers --stack <stack name>',
      value: this.table.tableName,
    });
    this.publicUrl = settings.signupUrl ?? this.url.url;
    new CfnOutput(stack, STACK_OUTPUTS.signupUrl, {
      description: 'The sign-up endpoint: the action of the HTML form (see the README).',
      value: this.publicUrl,
    });
    new CfnOutput(stack, 'SubscriberEditorsPolicyArn', {
      description: 'Attach to the editors who manage the subscriber list.',
      value: this.editorsPolicy.managedPolicyArn,
    });
  }

  /**
   * What the freeze step needs to read the list from the table: the table
   * name in its environment and Scan on the table (a parallel, eventually
   * consistent scan of confirmed subscribers).
   */
  grantSnapshotRead(fn: DigestFunction): void {
    fn.addEnvironment(ENV.subscribersTable, this.table.tableName);
    fn.addToRolePolicy(new iam.PolicyStatement({ sid: 'ScanSubscribers', actions: ['dynamodb:Scan'], resources: [this.table.tableArn] }));
  }
}

/** The sign-up settings from CDK context (`signupUrl`, `signupOrigins`, `signupFields`, `signupReservedConcurrency`). */
export function readSignupSettings(node: Node): SignupSettings {
  const value = (key: string): unknown => {
    const raw: unknown = node.tryGetContext(key);
    return raw === '' || raw === null ? undefined : raw;
  };
  const list = (key: string): string[] => {
    const raw = value(key);
    if (raw === undefined) return [];
    const items: unknown[] = Array.isArray(raw) ? raw : typeof raw === 'string' ? raw.split(',') : [raw];
    return items.map((item) => (typeof item === 'string' ? item.trim() : JSON.stringify(item))).filter(Boolean);
  };
  const problems: string[] = [];
  const signupUrl = value('signupUrl');
  if (signupUrl !== undefined && !(typeof signupUrl === 'string' && /^https:\/\/[^\s]+$/.test(signupUrl))) problems.push('signupUrl must be an https URL');
  const signupOrigins = list('signupOrigins');
  for (const origin of signupOrigins) if (!/^https?:\/\/[^\s/]+$/.test(origin)) problems.push(`signupOrigins: "${origin}" is not an origin (scheme://host[:port])`);
  const signupFields = list('signupFields').map((name) => name.toLowerCase());
  for (const name of signupFields) if (!/^[a-z][a-z0-9_]{0,39}$/.test(name)) problems.push(`signupFields: "${name}" is not a field name`);
  const concurrency = Number(value('signupReservedConcurrency') ?? 5);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 100) problems.push('signupReservedConcurrency must be a whole number from 1 to 100');
  if (problems.length > 0) throw new Error(`Invalid CDK context: ${problems.join('; ')}`);
  return { ...(typeof signupUrl === 'string' ? { signupUrl } : {}), signupOrigins, signupFields, signupReservedConcurrency: concurrency };
}
