import { Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as cloudwatchActions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import type * as sns from 'aws-cdk-lib/aws-sns';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as tasks from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { Construct } from 'constructs';
import type { SendPlan } from '../send-plan.js';

export interface DigestWorkflowProps {
  readonly bucket: s3.IBucket;
  readonly collect: lambda.IFunction;
  readonly render: lambda.IFunction;
  readonly send: lambda.IFunction;
  readonly summarize: lambda.IFunction;
  readonly plan: SendPlan;
  readonly logRetention: logs.RetentionDays;
  readonly alarmTopic: sns.ITopic;
  /**
   * Percentage of send batches that may fail before the Map run (and the
   * execution) fails. @default 5
   */
  readonly toleratedFailurePercentage?: number;
}

/** Lambda's own transient errors: retried with exponential backoff and jitter. */
export const LAMBDA_SERVICE_ERRORS = [
  'Lambda.ServiceException',
  'Lambda.AWSLambdaException',
  'Lambda.SdkClientException',
  'Lambda.TooManyRequestsException',
  'Lambda.ClientExecutionTimeoutException',
];

/**
 * The daily run on Step Functions (JSONPath):
 *
 *   Name the run ─▶ Collect ─▶ Name the day ─ Anything to send? ─ no ─▶ Nothing to send (Succeed)
 *                                    └ yes ─▶ Render ─ Test send? ─ yes ─▶ Send test ─▶ end
 *                                                          └ no ─▶ Send to subscribers (Distributed Map) ─▶ Summarize
 *
 * A test send goes through collect and render like the real one, so editors
 * see exactly the email subscribers would get, and it needs no earlier run.
 *
 * The Distributed Map reads `issues/<date>/recipients.csv` (header row), batches
 * it, and runs at most `plan.workers` send workers at once; each gets
 * `{ Items, BatchInput: { date, runId, workers } }` (SendBatchEvent).
 */
export class DigestWorkflow extends Construct {
  readonly stateMachine: sfn.StateMachine;
  readonly logGroup: logs.LogGroup;
  readonly failedAlarm: cloudwatch.Alarm;

  constructor(scope: Construct, id: string, props: DigestWorkflowProps) {
    super(scope, id);
    const tolerated = props.toleratedFailurePercentage ?? 5;

    // The schedule passes its instant (2026-03-29T04:00:00Z), an editor a plain
    // date; collect resolves either to the newsroom's day (DIGEST_TIME_ZONE) and
    // every later state uses that. runId is the execution name.
    const nameRun = new sfn.Pass(this, 'Name the run', {
      parameters: { date: sfn.JsonPath.stringAt('$.date'), runId: sfn.JsonPath.executionName },
      resultPath: '$.run',
    });
    const nameDay = new sfn.Pass(this, 'Name the day', {
      parameters: { date: sfn.JsonPath.stringAt('$.collect.date'), runId: sfn.JsonPath.stringAt('$.run.runId') },
      resultPath: '$.run',
    });
    const dateAndRun = { date: sfn.JsonPath.stringAt('$.run.date'), runId: sfn.JsonPath.stringAt('$.run.runId') };

    const sendTest = invoke(this, 'Send test', props.send, {
      payload: sfn.TaskInput.fromObject({ ...dateAndRun, testTo: sfn.JsonPath.listAt('$.testTo') }),
      resultPath: '$.test',
    });

    // CollectResult and RenderResult (functions/events.ts), the fields the machine uses.
    const collect = invoke(this, 'Collect', props.collect, {
      payload: sfn.TaskInput.fromObject(dateAndRun),
      resultSelector: {
        date: sfn.JsonPath.stringAt('$.Payload.date'),
        articleCount: sfn.JsonPath.numberAt('$.Payload.articleCount'),
        nothingToSend: sfn.JsonPath.stringAt('$.Payload.nothingToSend'),
      },
      resultPath: '$.collect',
    });
    const render = invoke(this, 'Render', props.render, {
      payload: sfn.TaskInput.fromObject(dateAndRun),
      resultSelector: {
        recipientsKey: sfn.JsonPath.stringAt('$.Payload.recipientsKey'),
        recipientCount: sfn.JsonPath.numberAt('$.Payload.recipientCount'),
      },
      resultPath: '$.render',
    });
    const nothingToSend = new sfn.Succeed(this, 'Nothing to send', {
      comment: 'No usable article for this date: no issue is rendered or sent.',
    });

    const sendBatch = invoke(this, 'Send batch', props.send, {
      // The whole child input: { Items: [...], BatchInput: { date, runId, workers } }.
      payload: sfn.TaskInput.fromJsonPathAt('$'),
      // Keep the Map's aggregated output small: counts only.
      resultSelector: {
        sliceId: sfn.JsonPath.stringAt('$.Payload.sliceId'),
        sent: sfn.JsonPath.numberAt('$.Payload.sent'),
        failed: sfn.JsonPath.numberAt('$.Payload.failed'),
        pending: sfn.JsonPath.numberAt('$.Payload.pending'),
      },
    });
    // A worker that failed part-way resumes from the ledger: what was sent is skipped.
    sendBatch.addRetry({
      errors: ['States.TaskFailed'],
      interval: Duration.seconds(30),
      maxAttempts: 2,
      backoffRate: 2,
      jitterStrategy: sfn.JitterType.FULL,
    });

    const sendToSubscribers = new sfn.DistributedMap(this, 'Send to subscribers', {
      comment: `At most ${props.plan.workers} workers × ${round(props.plan.perWorkerRate)} msg/s each = the configured send rate.`,
      label: 'send',
      itemReader: new IssuesCsvReader(props.bucket, sfn.JsonPath.stringAt('$.render.recipientsKey')),
      itemBatcher: new sfn.ItemBatcher({
        maxItemsPerBatch: props.plan.maxItemsPerBatch,
        maxInputBytesPerBatch: props.plan.maxInputBytesPerBatch,
        // BatchInput is not rendered through JsonPath tokens: spell the paths out (`key.$`).
        batchInput: { 'date.$': '$.run.date', 'runId.$': '$.run.runId', workers: props.plan.workers },
      }),
      maxConcurrency: props.plan.workers,
      toleratedFailurePercentage: tolerated,
      mapExecutionType: sfn.StateMachineType.STANDARD,
      resultPath: sfn.JsonPath.DISCARD,
    });
    sendToSubscribers.itemProcessor(sendBatch);

    const summarize = invoke(this, 'Summarize', props.summarize, {
      payload: sfn.TaskInput.fromObject(dateAndRun),
      resultPath: '$.summary',
    });

    const definition = nameRun.next(
      collect.next(nameDay).next(
        new sfn.Choice(this, 'Anything to send?')
          .when(sfn.Condition.booleanEquals('$.collect.nothingToSend', true), nothingToSend)
          .otherwise(
            render.next(
              new sfn.Choice(this, 'Test send?')
                .when(sfn.Condition.isPresent('$.testTo'), sendTest)
                .otherwise(sendToSubscribers.next(summarize)),
            ),
          ),
      ),
    );

    this.logGroup = new logs.LogGroup(this, 'Logs', {
      retention: props.logRetention,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    this.stateMachine = new sfn.StateMachine(this, 'StateMachine', {
      comment: 'Daily digest: collect, render, send to every subscriber, summarize.',
      definitionBody: sfn.DefinitionBody.fromChainable(definition),
      tracingEnabled: true,
      // Every state transition is logged, but not the data: batches carry subscriber addresses.
      logs: { destination: this.logGroup, level: sfn.LogLevel.ALL, includeExecutionData: false },
      // A day's run must end before the next one starts.
      timeout: Duration.hours(20),
    });

    Validations.of(this.stateMachine).acknowledge(
      {
        id: 'AwsSolutions-IAM5[Resource::*]',
        reason: 'X-Ray and CloudWatch Logs delivery (logs:CreateLogDelivery, xray:PutTraceSegments, …) do not support resource-level permissions.',
      },
      ...[props.collect, props.render, props.send, props.summarize].map((fn) => ({
        id: `AwsSolutions-IAM5[Resource::<${logicalId(fn)}.Arn>:*]`,
        reason: 'LambdaInvoke grants the function and its versions/aliases (ARN:*); the machine invokes only this function.',
      })),
      {
        id: `AwsSolutions-IAM5[Resource::<${logicalId(props.bucket)}.Arn>/issues/*]`,
        reason: "The item reader reads the day's recipients snapshot, issues/<date>/recipients.csv; the date is only known at run time.",
      },
      ...['', '/send'].map((child) => ({
        id: `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:states:<AWS::Region>:<AWS::AccountId>:execution:{"Fn::Select":[6,{"Fn::Split":[":",{"Ref":"${logicalId(this.stateMachine)}"}]}]}${child}:*]`,
        reason: "The Distributed Map describes and stops its own child executions, whose names are generated per run; the grant is limited to this state machine's executions.",
      })),
    );

    this.failedAlarm = new cloudwatch.Alarm(this, 'ExecutionsFailedAlarm', {
      alarmDescription: 'A daily digest execution failed, timed out or was aborted.',
      metric: new cloudwatch.MathExpression({
        expression: 'failed + timedOut + aborted',
        usingMetrics: {
          failed: this.stateMachine.metricFailed({ statistic: cloudwatch.Stats.SUM }),
          timedOut: this.stateMachine.metricTimedOut({ statistic: cloudwatch.Stats.SUM }),
          aborted: this.stateMachine.metricAborted({ statistic: cloudwatch.Stats.SUM }),
        },
        period: Duration.minutes(5),
      }),
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });
    this.failedAlarm.addAlarmAction(new cloudwatchActions.SnsAction(props.alarmTopic));
  }
}

/**
 * The CSV reader, with its grant narrowed from the whole bucket (`<bucket>/*`,
 * the library's default) to `issues/*`, where the recipients snapshot lives.
 */
class IssuesCsvReader extends sfn.S3CsvItemReader {
  private readonly issuesBucket: s3.IBucket;

  constructor(bucket: s3.IBucket, key: string) {
    super({ bucket, key, csvHeaders: sfn.CsvHeaders.useFirstRow() });
    this.issuesBucket = bucket;
  }

  override providePolicyStatements(): iam.PolicyStatement[] {
    return [new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: [this.issuesBucket.arnForObjects('issues/*')] })];
  }
}

function invoke(
  scope: Construct,
  id: string,
  fn: lambda.IFunction,
  options: Pick<tasks.LambdaInvokeProps, 'payload' | 'resultPath' | 'resultSelector'>,
): tasks.LambdaInvoke {
  const task = new tasks.LambdaInvoke(scope, id, {
    lambdaFunction: fn,
    payload: options.payload,
    resultPath: options.resultPath,
    // The function's return value, without the invocation metadata.
    resultSelector: options.resultSelector ?? { 'result.$': '$.Payload' },
    retryOnServiceExceptions: false,
  });
  task.addRetry({
    errors: LAMBDA_SERVICE_ERRORS,
    interval: Duration.seconds(2),
    maxAttempts: 6,
    backoffRate: 2,
    maxDelay: Duration.minutes(1),
    jitterStrategy: sfn.JitterType.FULL,
  });
  return task;
}

function logicalId(construct: Construct): string {
  const resource = construct.node.defaultChild;
  const stack = Stack.of(construct);
  return resource && 'logicalId' in resource ? String(stack.resolve((resource as { logicalId: string }).logicalId)) : construct.node.id;
}

function round(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(2);
}
