import { STACK_OUTPUTS } from '../functions/config/stack-outputs.js';
import { CfnElement, CfnOutput, Duration, RemovalPolicy, Stack, type StackProps, Validations } from 'aws-cdk-lib';
import { STEPFUNCTIONS_USE_DISTRIBUTED_MAP_RESULT_WRITER_V2 } from 'aws-cdk-lib/cx-api';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as cloudwatchActions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { ENV } from '../functions/config/env-names.js';
import { DailySchedule } from './constructs/daily-schedule.js';
import { DigestBucket, keysIn, objectsIn } from './constructs/digest-bucket.js';
import { DigestFunction, type DigestFunctionName, type DigestFunctionProps } from './constructs/digest-function.js';
import { DigestWorkflow } from './constructs/digest-workflow.js';
import { createTopicKey, MailFeedback } from './constructs/mail-feedback.js';
import { WebArchive } from './constructs/web-archive.js';
import { parseLocalTime } from '../functions/core/schedule/issue-day.js';
import { readSignupSettings, SubscriberSignup } from './constructs/subscriber-signup.js';
import { planSend, type SendPlan } from './send-plan.js';
import { configurationSetNameFor, type DigestSettings, senderAddress } from './settings.js';

export interface DigestStackProps extends StackProps {
  readonly settings: DigestSettings;
  /** Folder holding the function entries. @default `<project root>/functions` (tests point elsewhere). */
  readonly entryDir?: string;
}

export type FunctionSpec = Pick<DigestFunctionProps, 'description' | 'timeout' | 'memorySize' | 'heapMb' | 'bundle' | 'withTemplates'>;

/** Each function's size and bundle profile; the bundle test builds from the same table. */
export const FUNCTION_SPECS: Readonly<Record<DigestFunctionName, FunctionSpec>> = {
  collect: {
    description: "Reads the day's articles and writes issues/<date>/issue.json.",
    timeout: Duration.minutes(5),
    memorySize: 1024,
  },
  // Sizes from bench:scale (bench/results/scale.json): see the README's "Delivery at scale".
  render: {
    description: 'Renders the issue (MJML); for a real send, freezes the recipients and cuts the slice manifest.',
    // Freezing a 1,000,000-row list: ~15 s of CPU and a peak RSS of ~1 GB in the bench (whose own
    // process holds ~440 MB of it); the parallel Scan of 1M subscribers is CPU-bound, and 1,769 MB is
    // one full vCPU. Run once a day, the larger size costs about $0.001.
    timeout: Duration.minutes(5),
    memorySize: 1769,
    heapMb: 1200,
    bundle: 'mjml',
    withTemplates: true,
  },
  send: {
    description: 'Sends one slice of the frozen recipients through SES and records it in the slice ledger.',
    timeout: Duration.minutes(15),
    // I/O bound: one slice's rows, the suppression hashes and a few hundred sends in flight.
    memorySize: 512,
  },
  summarize: {
    description: 'Merges the per-slice summaries into issues/<date>/report.json and publishes the run metrics.',
    // O(slices): a 1,000,000-recipient run is a few hundred small reads.
    timeout: Duration.minutes(1),
    memorySize: 256,
  },
  unsubscribe: {
    description: 'Unsubscribe page and RFC 8058 one-click endpoint (function URL).',
    timeout: Duration.seconds(10),
    memorySize: 256,
  },
  feedback: {
    description: 'Turns SES bounce and complaint notifications into suppressions.',
    timeout: Duration.seconds(30),
    memorySize: 256,
  },
  signup: {
    description: 'Double opt-in sign-up endpoint (function URL): form posts, confirmation links.',
    timeout: Duration.seconds(10),
    memorySize: 256,
  },
};

export class DigestStack extends Stack {
  readonly plan: SendPlan;
  readonly functions: Readonly<Record<DigestFunctionName, DigestFunction>>;
  readonly workflow: DigestWorkflow;
  readonly editorsPolicy: iam.ManagedPolicy;
  readonly archive: WebArchive;
  readonly signup: SubscriberSignup;

  constructor(scope: Construct, id: string, props: DigestStackProps) {
    super(scope, id, props);
    // The Distributed Map writes its results with ResultWriterV2; without the flag CDK drops it (aws-cdk#35966).
    this.node.setContext(STEPFUNCTIONS_USE_DISTRIBUTED_MAP_RESULT_WRITER_V2, true);
    const settings = props.settings;
    this.plan = planSend(settings.sendRate);
    const logRetention = retentionDays(settings.logRetentionDays);

    // Operations: one customer-managed key for both topics, the alarm topic, dead-letter queues.
    const topicKey = createTopicKey(this, 'TopicKey');
    const alarmTopic = new sns.Topic(this, 'AlarmTopic', {
      displayName: 'Daily digest alarms',
      masterKey: topicKey,
      enforceSSL: true,
    });
    if (settings.alarmEmail) alarmTopic.addSubscription(new subscriptions.EmailSubscription(settings.alarmEmail));
    const feedbackDeadLetters = deadLetterQueue(this, 'FeedbackDeadLetters', alarmTopic, 'SES feedback notifications the feedback function could not process.');
    const scheduleDeadLetters = deadLetterQueue(this, 'ScheduleDeadLetters', alarmTopic, 'Daily schedule events that could not start the state machine.');

    const { bucket } = new DigestBucket(this, 'Data', {
      issueRetentionDays: settings.issueRetentionDays,
      articleRetentionDays: settings.articleRetentionDays,
    });

    const hmacSecret = unsubscribeKey(this, settings.hmacSecretArn);

    // The public web archive: issue pages the emails link to ("View in browser").
    this.archive = new WebArchive(this, 'Archive', {
      bucket,
      domainName: settings.archiveDomainName,
      certificateArn: settings.archiveCertificateArn,
    });
    const siteUrl = settings.siteUrl ?? this.archive.siteUrl;

    const configurationSetName = configurationSetNameFor(settings, this.stackName);
    const mail = new MailFeedback(this, 'Mail', {
      identity: settings.identity,
      configurationSetName,
      topicKey,
    });
    const sendingIdentity = { identityArn: mail.identityArn, configurationSetArn: mail.configurationSetArn, fromAddress: senderAddress(settings) };

    const environment: Record<string, string> = {
      [ENV.environment]: 'production',
      [ENV.bucket]: bucket.bucketName,
      [ENV.from]: settings.sender,
      [ENV.postalAddress]: settings.postalAddress,
      [ENV.siteUrl]: siteUrl,
      [ENV.archiveUrl]: this.archive.archiveUrl,
      [ENV.timeZone]: settings.scheduleTimeZone,
      ...optional(ENV.testRecipients, settings.testRecipients.join(',')),
      [ENV.listId]: settings.listId,
      [ENV.sendRate]: String(settings.sendRate),
      [ENV.sesConfigurationSet]: configurationSetName,
      // An ARN is not a secret; every function's configuration requires a secret source in
      // production, but only send and unsubscribe may read the value.
      [ENV.hmacSecretArn]: hmacSecret.secretArn,
      ...optional(ENV.replyTo, settings.replyTo),
      ...optional(ENV.listName, settings.listName),
      ...optional(ENV.subjectPrefix, settings.subjectPrefix),
      ...optional(ENV.unsubscribeMailto, settings.unsubscribeMailto),
    };
    const make = (name: DigestFunctionName, options: Omit<DigestFunctionProps, 'name' | 'environment' | 'alarmTopic' | 'logRetention' | 'entryDir'>, env = environment) =>
      new DigestFunction(this, `${name[0]!.toUpperCase()}${name.slice(1)}Function`, {
        name,
        environment: env,
        alarmTopic,
        logRetention,
        entryDir: props.entryDir,
        ...options,
      });

    // Unsubscribe first: its URL goes into every other function's environment. It cannot
    // receive its own URL (the URL depends on the function: a CloudFormation cycle), so it
    // gets the configured public URL, else the site URL, and must answer on whatever host
    // the request came to.
    const unsubscribe = make(
      'unsubscribe',
      FUNCTION_SPECS.unsubscribe,
      { ...environment, [ENV.unsubscribeUrl]: settings.unsubscribeUrl ?? siteUrl },
    );
    // Public and unauthenticated: a flood of requests is capped here instead of starving the send workers.
    (unsubscribe.node.defaultChild as lambda.CfnFunction).reservedConcurrentExecutions = settings.unsubscribeReservedConcurrency;
    const unsubscribeUrl = unsubscribe.addFunctionUrl({
      // No IAM auth: the HMAC-signed token in the link is the authority.
      authType: lambda.FunctionUrlAuthType.NONE,
      invokeMode: lambda.InvokeMode.BUFFERED,
    });
    environment[ENV.unsubscribeUrl] = settings.unsubscribeUrl ?? unsubscribeUrl.url;

    const collect = make('collect', FUNCTION_SPECS.collect);
    const render = make('render', FUNCTION_SPECS.render);
    const send = make('send', FUNCTION_SPECS.send);
    const summarize = make('summarize', FUNCTION_SPECS.summarize);
    const feedback = make('feedback', { ...FUNCTION_SPECS.feedback, deadLetterQueue: feedbackDeadLetters });

    // Least privilege, by prefix. Collect reads issues/ too: once sending has started it keeps the
    // stored issue.json, and S3 answers its check with AccessDenied, not "absent", without GetObject.
    collect.readArticles(bucket).readIssues(bucket).writeIssues(bucket);
    // Render freezes the list from the subscriber table (granted below) minus the suppressions; it fills the previews with placeholders, so no HMAC key.
    render.readIssues(bucket).readSuppressions(bucket).writeIssues(bucket).publishArchive(bucket);
    send
      .readIssues(bucket)
      .readSuppressions(bucket)
      .writeIssues(bucket)
      .readSecret(hmacSecret)
      .sendFrom(
        sendingIdentity,
        settings.testRecipients.map((address) => this.formatArn({ service: 'ses', resource: 'identity', resourceName: address })),
      );
    summarize.readIssues(bucket).writeIssues(bucket);
    unsubscribe.writeSuppressions(bucket).readSecret(hmacSecret);
    feedback.writeSuppressions(bucket);
    mail.topic.addSubscription(new subscriptions.LambdaSubscription(feedback, { deadLetterQueue: feedbackDeadLetters }));
    this.signup = new SubscriberSignup(this, 'Signup', {
      settings: readSignupSettings(this.node),
      spec: FUNCTION_SPECS.signup,
      environment,
      bucket,
      hmacSecret,
      mail: sendingIdentity,
      alarmTopic,
      logRetention,
      entryDir: props.entryDir,
    });
    this.signup.grantSnapshotRead(render);
    // The archive index links readers to the sign-up form.
    render.addEnvironment(ENV.signupUrl, this.signup.publicUrl);
    this.functions = { collect, render, send, summarize, unsubscribe, feedback, signup: this.signup.function };

    this.workflow = new DigestWorkflow(this, 'Workflow', {
      bucket,
      collect,
      render,
      send,
      summarize,
      plan: this.plan,
      logRetention,
      alarmTopic,
    });
    const stateMachine = this.workflow.stateMachine;

    const sendTime = parseLocalTime(settings.scheduleTime)!;
    new DailySchedule(this, 'Schedule', {
      stateMachine,
      hour: sendTime.hour,
      minute: sendTime.minute,
      timeZone: settings.scheduleTimeZone,
      enabled: settings.scheduleEnabled,
      deadLetterQueue: scheduleDeadLetters,
    });

    // What an editor needs for `npm run digest -- send|status|doctor --stack NAME`, and nothing else.
    this.editorsPolicy = new iam.ManagedPolicy(this, 'EditorsPolicy', {
      description: 'Lets an editor start a daily digest run by hand, read its status, and check the stack is ready to send (digest doctor).',
      statements: [
        new iam.PolicyStatement({
          sid: 'StartTheDigest',
          actions: ['states:StartExecution'],
          resources: [stateMachine.stateMachineArn],
        }),
        new iam.PolicyStatement({
          sid: 'FindTheStackOutputs',
          actions: ['cloudformation:DescribeStacks'],
          resources: [this.stackId],
        }),
        new iam.PolicyStatement({
          sid: 'ReadIssueStatus',
          actions: ['s3:GetObject'],
          resources: [objectsIn(bucket, 'issues')],
        }),
        // `status` merges the ledger's segment objects, so it lists them; only under issues/.
        new iam.PolicyStatement({
          sid: 'ListIssueLedgers',
          actions: ['s3:ListBucket'],
          resources: [bucket.bucketArn],
          conditions: { StringLike: { 's3:prefix': [keysIn('issues')] } },
        }),
        // `send` counts the confirmed subscribers before starting, to refuse a list that cannot finish before the run's timeout.
        new iam.PolicyStatement({
          sid: 'CountTheSubscribers',
          actions: ['dynamodb:Scan'],
          resources: [this.signup.table.tableArn],
        }),
        // `doctor` reads the settings that are not outputs (From, configuration set, test recipients, schedule) from the template.
        new iam.PolicyStatement({
          sid: 'ReadTheDeployedSettings',
          actions: ['cloudformation:GetTemplate'],
          resources: [this.stackId],
        }),
        // `send` checks the account's quota and the identity first, and says plainly what is wrong; `doctor`
        // also reads DKIM, the configuration set and (SES v2) whether the account left the sandbox.
        new iam.PolicyStatement({
          sid: 'CheckTheSesAccount',
          // None of these reads has a resource type: `*` is the only possible resource.
          actions: [
            'ses:GetSendQuota',
            'ses:GetIdentityVerificationAttributes',
            'ses:GetIdentityDkimAttributes',
            'ses:DescribeConfigurationSet',
            'ses:GetAccount',
          ],
          resources: ['*'],
        }),
      ],
    });
    Validations.of(this.editorsPolicy).acknowledge(
      {
        id: `AwsSolutions-IAM5[Resource::<${this.resolve(this.getLogicalId(bucket.node.defaultChild as CfnElement))}.Arn>/${keysIn('issues')}]`,
        reason: 'Editors read the report and ledger of any issue date (issues/<date>/…); read-only, issues/ prefix only.',
      },
      {
        id: 'AwsSolutions-IAM5[Resource::*]',
        reason: 'The SES reads (GetSendQuota, GetIdentityVerificationAttributes, GetIdentityDkimAttributes, DescribeConfigurationSet, v2 GetAccount) have no resource type; all are read-only.',
      },
    );

    new CfnOutput(this, STACK_OUTPUTS.stateMachineArn, {
      description: 'Start a run: npm run digest -- send --date YYYY-MM-DD --stack <stack name>',
      value: stateMachine.stateMachineArn,
      exportName: `${this.stackName}-${STACK_OUTPUTS.stateMachineArn}`,
    });
    new CfnOutput(this, STACK_OUTPUTS.bucketName, {
      description: 'Articles in, subscribers, suppressions, issues out.',
      value: bucket.bucketName,
      exportName: `${this.stackName}-${STACK_OUTPUTS.bucketName}`,
    });
    new CfnOutput(this, STACK_OUTPUTS.unsubscribeUrl, {
      description: 'The unsubscribe function URL (in the emails unless the unsubscribeUrl context is set).',
      value: unsubscribeUrl.url,
      exportName: `${this.stackName}-${STACK_OUTPUTS.unsubscribeUrl}`,
    });
    new CfnOutput(this, STACK_OUTPUTS.editorsPolicyArn, {
      description: 'Attach to the editors group or role.',
      value: this.editorsPolicy.managedPolicyArn,
      exportName: `${this.stackName}-${STACK_OUTPUTS.editorsPolicyArn}`,
    });
    new CfnOutput(this, STACK_OUTPUTS.sesIdentity, {
      description: 'The SES identity the digest is sent from (digest send checks it is verified).',
      value: settings.identity,
    });
    new CfnOutput(this, STACK_OUTPUTS.sendRate, {
      description: 'Messages per second the run sends at (digest send checks the list fits the run and the account).',
      value: String(settings.sendRate),
      });
    new CfnOutput(this, 'ArchiveUrl', {
      description: 'The web archive: every issue, newest first, and its Atom feed (feed.xml).',
      value: `${this.archive.archiveUrl}/`,
    });
    new CfnOutput(this, STACK_OUTPUTS.alarmTopicArn, {
      description: 'Alarms (failed runs, function errors, dead letters) publish here.',
      value: alarmTopic.topicArn,
    });
  }
}

/**
 * The HMAC key behind every unsubscribe token, generated at deploy (never in
 * the template) and kept when the stack is deleted: the links already
 * delivered carry tokens signed with it, and must keep working after
 * `cdk destroy` and a redeploy, which adopts it with `-c hmacSecretArn=…`.
 */
function unsubscribeKey(stack: Stack, existingArn: string | undefined): secretsmanager.ISecret {
  if (existingArn) return secretsmanager.Secret.fromSecretCompleteArn(stack, 'HmacSecret', existingArn);
  const secret = new secretsmanager.Secret(stack, 'HmacSecret', {
    description: 'HMAC key that signs and verifies the daily digest unsubscribe tokens.',
    generateSecretString: { passwordLength: 64, excludePunctuation: true, includeSpace: false },
    removalPolicy: RemovalPolicy.RETAIN,
  });
  Validations.of(secret).acknowledge({
    id: 'AwsSolutions-SMG4',
    reason: 'Rotating the HMAC key would invalidate every unsubscribe link already delivered; RFC 8058 and the bulk-sender rules require those links to keep working.',
  });
  new CfnOutput(stack, 'HmacSecretArn', {
    description: 'The unsubscribe HMAC key (kept when the stack is deleted): redeploy with -c hmacSecretArn=<this> to keep delivered links working.',
    value: secret.secretArn,
  });
  return secret;
}

function deadLetterQueue(scope: Construct, id: string, alarmTopic: sns.ITopic, purpose: string): sqs.Queue {
  const queue = new sqs.Queue(scope, id, {
    encryption: sqs.QueueEncryption.SQS_MANAGED,
    enforceSSL: true,
    retentionPeriod: Duration.days(14),
  });
  Validations.of(queue).acknowledge({
    id: 'AwsSolutions-SQS3',
    reason: 'This queue is itself a dead-letter queue; its messages are inspected by hand and alarmed on.',
  });
  const alarm = new cloudwatch.Alarm(queue, 'NotEmptyAlarm', {
    alarmDescription: `${purpose} A message is waiting in the dead-letter queue.`,
    metric: queue.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5), statistic: cloudwatch.Stats.MAXIMUM }),
    threshold: 1,
    evaluationPeriods: 1,
    comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
    treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
  });
  alarm.addAlarmAction(new cloudwatchActions.SnsAction(alarmTopic));
  return queue;
}

function optional(name: string, value: string | undefined): Record<string, string> {
  return value ? { [name]: value } : {};
}

const RETENTION: readonly number[] = Object.values(logs.RetentionDays).filter((v): v is number => typeof v === 'number');

/** The CloudWatch retention at or just above the requested number of days. */
function retentionDays(days: number): logs.RetentionDays {
  const allowed = [...RETENTION].filter((d) => d > 0).sort((a, b) => a - b);
  return (allowed.find((d) => d >= days) ?? allowed[allowed.length - 1]!);
}
