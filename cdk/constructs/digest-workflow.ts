import { Arn, ArnFormat, Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
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
import { METRIC_NAMES, METRICS_DIMENSION, METRICS_NAMESPACE } from '../../functions/lambda/run-metrics.js';
import type { CollectEvent, RenderEvent, SendSliceEvent, SendTestEvent, SummarizeEvent } from '../../functions/contracts/step-events.js';
import type { CollectResult, RenderResult, SendResult, SummarizeResult } from '../../functions/contracts/step-results.js';
import { RUN_TIMEOUT_SECONDS, type SendPlan } from '../send-plan.js';
import { CONTEXT, type DigestState, eventTemplate, KEPT, selectResult, state } from '../workflow-state.js';
import { BUCKET_PREFIXES } from '../../functions/contracts/bucket-layout.js';
import { keysIn, objectsIn } from './digest-bucket.js';

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
   * Percentage of slices whose worker may fail (after its retries) before the
   * Map run fails. A failed slice's recipients stay pending, summarize reports
   * them and the pending alarm fires, so by default no slice failure fails
   * the run. @default 100
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
 *                                                    └ yes ─ Test send? ─ yes ─▶ Render for the test ─▶ Send test ─▶ end
 *                                                                └ no ─▶ Render and freeze ─▶ Send to subscribers (Distributed Map)
 *                                                                                 ─▶ Summarize ─▶ Sent? ─▶ end
 *
 * A test send goes through collect and render like the real one, so editors
 * see exactly the email subscribers would get; it freezes nothing.
 *
 * Render and freeze writes the frozen recipients and their slice manifest, a
 * JSON array of slice descriptors (`issues/<date>/recipients/<hash>.slices.json`).
 * The Distributed Map's ItemReader (S3 GetObject, InputType JSON) reads that
 * manifest, never the recipients: each child gets one descriptor plus the
 * run (`SendSliceEvent`, a few hundred bytes), and reads its own rows from S3
 * with a ranged GET. No address ever travels through the state.
 *
 * Child results go to S3 through a ResultWriter (`map-results/`), so the Map
 * never aggregates them into the 256 KiB state; a failed child only leaves
 * its recipients pending, which summarize reports and alarms on, so the
 * tolerated failure percentage defaults to 100. A Map that fails as a whole
 * (the manifest unreadable) is caught: summarize still writes the report,
 * then the execution fails.
 */
export class DigestWorkflow extends Construct {
  readonly stateMachine: sfn.StateMachine;
  readonly logGroup: logs.LogGroup;
  readonly failedAlarm: cloudwatch.Alarm;
  readonly pendingAlarm: cloudwatch.Alarm;

  constructor(scope: Construct, id: string, props: DigestWorkflowProps) {
    super(scope, id);
    const tolerated = props.toleratedFailurePercentage ?? 100;

    // The schedule passes its instant (2026-03-29T04:00:00Z), an editor a plain
    // date; collect resolves either to the newsroom's day (DIGEST_TIME_ZONE) and
    // every later state uses that. runId is the execution name.
    // Every payload and path below is built from the contracts (functions/contracts/step-events.ts)
    // through cdk/workflow-state.ts: a field renamed there breaks tsc here.
    const nameRun = new sfn.Pass(this, 'Name the run', {
      parameters: eventTemplate<DigestState['run']>({ date: state('date'), runId: CONTEXT.executionName }),
      resultPath: state('run').path,
    });
    const nameDay = new sfn.Pass(this, 'Name the day', {
      parameters: eventTemplate<DigestState['run']>({ date: state('collect', 'date'), runId: state('run', 'runId') }),
      resultPath: state('run').path,
    });
    const dateAndRun = { date: state('run', 'date'), runId: state('run', 'runId') };

    const collect = invoke(this, 'Collect', props.collect, {
      payload: sfn.TaskInput.fromObject(eventTemplate<CollectEvent>(dateAndRun)),
      resultSelector: selectResult<CollectResult>(KEPT.collect),
      resultPath: state('collect').path,
    });
    retryTransientFailures(collect);
    const nothingToSend = new sfn.Succeed(this, 'Nothing to send', {
      comment: 'No usable article for this date: no issue is rendered or sent.',
    });

    const renderForTest = invoke(this, 'Render for the test', props.render, {
      payload: sfn.TaskInput.fromObject(eventTemplate<RenderEvent>({ ...dateAndRun, freeze: false })),
      resultSelector: selectResult<RenderResult>(KEPT.renderForTest),
      resultPath: state('render').path,
    });
    retryTransientFailures(renderForTest);
    const sendTest = invoke(this, 'Send test', props.send, {
      payload: sfn.TaskInput.fromObject(eventTemplate<SendTestEvent>({ ...dateAndRun, testTo: state('testTo') })),
      resultPath: state('test').path,
    });

    const renderAndFreeze = invoke(this, 'Render and freeze', props.render, {
      payload: sfn.TaskInput.fromObject(eventTemplate<RenderEvent>({ ...dateAndRun, freeze: true })),
      resultSelector: selectResult<RenderResult>(KEPT.render),
      resultPath: state('render').path,
    });
    retryTransientFailures(renderAndFreeze);

    const sendSlice = invoke(this, 'Send slice', props.send, {
      // The child input the ItemSelector built: a SendSliceEvent.
      payload: sfn.TaskInput.fromJsonPathAt('$'),
      // Counts only, written to S3 by the ResultWriter.
      resultSelector: selectResult<SendResult>(KEPT.sendSlice),
    });
    // A worker stopped by its deadline or a held lock resumes from the ledger: what was sent is skipped.
    sendSlice.addRetry({
      errors: ['States.TaskFailed'],
      interval: Duration.seconds(30),
      maxAttempts: 2,
      backoffRate: 2,
      jitterStrategy: sfn.JitterType.FULL,
    });

    const sendToSubscribers = new sfn.DistributedMap(this, 'Send to subscribers', {
      comment: `At most ${props.plan.workers} workers × ${round(props.plan.perWorkerRate)} msg/s each = ${props.plan.sendRate} msg/s.`,
      label: SEND_MAP_LABEL,
      itemReader: new SliceManifestReader(props.bucket, sfn.JsonPath.stringAt(state('render', 'manifestKey').path)),
      // BatchInput/ItemSelector paths resolve against the Map state's input (aws-cdk#29152); the item is $$.Map.Item.Value.
      itemSelector: eventTemplate<SendSliceEvent>({ ...dateAndRun, workers: props.plan.workers, slice: CONTEXT.mapItem }),
      maxConcurrency: props.plan.workers,
      toleratedFailurePercentage: tolerated,
      mapExecutionType: sfn.StateMachineType.STANDARD,
      resultWriterV2: new MapResultsWriter(props.bucket),
      resultPath: state('send').path,
    });
    sendToSubscribers.itemProcessor(sendSlice);

    const summarize = invoke(this, 'Summarize', props.summarize, {
      payload: sfn.TaskInput.fromObject(eventTemplate<SummarizeEvent>(dateAndRun)),
      resultSelector: selectResult<SummarizeResult>(KEPT.summary),
      resultPath: state('summary').path,
    });
    retryTransientFailures(summarize);
    sendToSubscribers.addCatch(summarize, { errors: ['States.ALL'], resultPath: state('sendError').path });
    const sent = new sfn.Choice(this, 'Sent?')
      .when(
        sfn.Condition.isPresent(state('sendError').path),
        new sfn.Fail(this, 'Send failed', {
          error: 'SendFailed',
          cause: 'The send Map failed as a whole; the report counts everyone not sent as pending. Run it again to resume.',
        }),
      )
      .otherwise(new sfn.Succeed(this, 'Done'));

    const definition = nameRun.next(
      collect.next(nameDay).next(
        new sfn.Choice(this, 'Anything to send?')
          .when(sfn.Condition.booleanEquals(state('collect', 'nothingToSend').path, true), nothingToSend)
          .otherwise(
            new sfn.Choice(this, 'Test send?')
              .when(sfn.Condition.isPresent(state('testTo').path), renderForTest.next(sendTest))
              .otherwise(renderAndFreeze.next(sendToSubscribers).next(summarize).next(sent)),
          ),
      ),
    );

    // Under /aws/vendedlogs/: CloudWatch then needs no resource-policy entry per log group, whose
    // 5,120-character limit an account with many vended-log destinations reaches at deploy.
    this.logGroup = new logs.LogGroup(this, 'Logs', {
      logGroupName: `/aws/vendedlogs/states/${Stack.of(this).stackName}-digest`,
      retention: props.logRetention,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    this.stateMachine = new sfn.StateMachine(this, 'StateMachine', {
      comment: 'Daily digest: collect, render, send to every subscriber, summarize.',
      definitionBody: sfn.DefinitionBody.fromChainable(definition),
      tracingEnabled: true,
      // Every state transition is logged, but not the data: batches carry subscriber addresses.
      logs: { destination: this.logGroup, level: sfn.LogLevel.ALL, includeExecutionData: false },
      // A day's run must end before the next one starts; `digest send` refuses a list that cannot finish by then.
      timeout: Duration.seconds(RUN_TIMEOUT_SECONDS),
    });

    // CDK's Distributed Map policy lets the machine describe and stop `<machine>:*`, which
    // does not match the Map run's child executions (`<machine>/send:<id>`) nor the Map run.
    const distributedMapPolicy = this.stateMachine.node.findChild('DistributedMapPolicy') as iam.Policy;
    const machineName = Arn.split(this.stateMachine.stateMachineArn, ArnFormat.COLON_RESOURCE_NAME).resourceName!;
    const stack = Stack.of(this);
    distributedMapPolicy.addStatements(
      new iam.PolicyStatement({
        sid: 'DescribeAndStopTheSendWorkers',
        actions: ['states:DescribeExecution', 'states:StopExecution'],
        resources: [
          stack.formatArn({ service: 'states', resource: 'execution', resourceName: `${machineName}/${SEND_MAP_LABEL}:*`, arnFormat: ArnFormat.COLON_RESOURCE_NAME }),
        ],
      }),
      new iam.PolicyStatement({
        sid: 'DescribeTheSendMapRun',
        actions: ['states:DescribeMapRun'],
        resources: [stack.formatArn({ service: 'states', resource: 'mapRun', resourceName: `${machineName}/*`, arnFormat: ArnFormat.COLON_RESOURCE_NAME })],
      }),
    );

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
        id: `AwsSolutions-IAM5[Resource::<${logicalId(props.bucket)}.Arn>/${keysIn('issues')}]`,
        reason: "The item reader reads the day's slice manifest, issues/<date>/recipients/<hash>.slices.json; date and hash are only known at run time.",
      },
      {
        id: `AwsSolutions-IAM5[Resource::<${logicalId(props.bucket)}.Arn>/${keysIn('mapResults')}]`,
        reason: 'The result writer writes the Map run results under map-results/<map run id>/, named at run time.',
      },
      {
        id: `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:states:<AWS::Region>:<AWS::AccountId>:mapRun:{"Fn::Select":[6,{"Fn::Split":[":",{"Ref":"${logicalId(this.stateMachine)}"}]}]}/*]`,
        reason: "Map run ids are generated per run; DescribeMapRun is read-only and limited to this state machine's Map runs.",
      },
      ...['', `/${SEND_MAP_LABEL}`].map((child) => ({
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

    // Summarize publishes the run's counts (functions/lambda/run-metrics.ts); any recipient left pending is someone's morning digest missing.
    this.pendingAlarm = new cloudwatch.Alarm(this, 'RecipientsPendingAlarm', {
      alarmDescription:
        'A daily digest run ended with recipients pending (see issues/<date>/report.json: messages.stoppedBecause, stopReason, pendingReasons). Fix the cause and run `digest send` again: it sends only to whoever is pending.',
      metric: new cloudwatch.Metric({
        namespace: METRICS_NAMESPACE,
        metricName: METRIC_NAMES.pending,
        dimensionsMap: { [METRICS_DIMENSION]: props.summarize.functionName },
        statistic: cloudwatch.Stats.MAXIMUM,
        period: Duration.minutes(5),
      }),
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });
    this.pendingAlarm.addAlarmAction(new cloudwatchActions.SnsAction(props.alarmTopic));
  }
}

/** The send Map's label: its child executions are `<machine>/send:<id>`. */
export const SEND_MAP_LABEL = 'send';

/**
 * A step that may simply run again (collect, render, summarize: each rewrites
 * the same files from the same inputs) retries any task failure, such as one
 * S3 503 or a Lambda timeout, a few times with backoff, rather than failing the
 * day. Added after the service-error retrier, which keeps its own budget for
 * Lambda's errors. The send worker has its own retrier: it resumes from its ledger.
 */
export const TRANSIENT_RETRY = { errors: ['States.TaskFailed'], intervalSeconds: 5, maxAttempts: 3, backoffRate: 2, maxDelaySeconds: 60 } as const;

function retryTransientFailures(task: tasks.LambdaInvoke): void {
  task.addRetry({
    errors: [...TRANSIENT_RETRY.errors],
    interval: Duration.seconds(TRANSIENT_RETRY.intervalSeconds),
    maxAttempts: TRANSIENT_RETRY.maxAttempts,
    backoffRate: TRANSIENT_RETRY.backoffRate,
    maxDelay: Duration.seconds(TRANSIENT_RETRY.maxDelaySeconds),
    jitterStrategy: sfn.JitterType.FULL,
  });
}

/**
 * The slice manifest reader (S3 GetObject, InputType JSON), with its grant
 * narrowed from the whole bucket (`<bucket>/*`, the library's default) to
 * `issues/*`, where the manifest lives.
 */
class SliceManifestReader extends sfn.S3JsonItemReader {
  private readonly issuesBucket: s3.IBucket;

  constructor(bucket: s3.IBucket, key: string) {
    super({ bucket, key });
    this.issuesBucket = bucket;
  }

  override providePolicyStatements(): iam.PolicyStatement[] {
    return [new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: [objectsIn(this.issuesBucket, 'issues')] })];
  }
}

/**
 * ResultWriterV2 (the v1 `resultWriter` is silently dropped when the V2
 * feature flag is on, aws-cdk#35966), its grant narrowed from `<bucket>/*` to
 * the results prefix. COMPACT JSON: each child's counts, no metadata.
 */
class MapResultsWriter extends sfn.ResultWriterV2 {
  private readonly resultsBucket: s3.IBucket;

  constructor(bucket: s3.IBucket) {
    super({
      bucket,
      prefix: BUCKET_PREFIXES.mapResults,
      writerConfig: new sfn.WriterConfig({ outputType: sfn.OutputType.JSON, transformation: sfn.Transformation.COMPACT }),
    });
    this.resultsBucket = bucket;
  }

  override providePolicyStatements(): iam.PolicyStatement[] {
    return [
      new iam.PolicyStatement({
        actions: ['s3:PutObject', 's3:GetObject', 's3:ListMultipartUploadParts', 's3:AbortMultipartUpload'],
        resources: [objectsIn(this.resultsBucket, 'mapResults')],
      }),
    ];
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
