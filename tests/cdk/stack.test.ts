import { CfnElement, Stack } from 'aws-cdk-lib';
import { Match, type Template } from 'aws-cdk-lib/assertions';
import type { IConstruct } from 'constructs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ENV } from '../../functions/config/env-names.js';
import type { DigestStack } from '../../cdk/digest-stack.js';
import { planSend } from '../../cdk/send-plan.js';
import { SettingsError } from '../../cdk/settings.js';
import { type AslDefinition, build, flatten, type Grant, roleGrants, stateMachineDefinition, synthesize } from './support.js';

function logicalId(construct: IConstruct): string {
  const element = construct.node.defaultChild ?? construct;
  if (!(element instanceof CfnElement)) throw new Error(`${construct.node.path} has no CloudFormation resource`);
  return String(Stack.of(construct).resolve(element.logicalId));
}

/** "action on resource" lines, with the bucket ARN shortened to `bucket`. */
function grantLines(grants: Grant[], bucketId: string): string[] {
  return grants
    .flatMap((grant) => grant.actions.flatMap((action) => grant.resources.map((resource) => `${action} ${resource}`)))
    .map((line) => line.replaceAll(`#{${bucketId}.Arn}`, 'bucket'))
    .filter((line) => line.startsWith('s3:'))
    .sort();
}

describe('DigestStack with the cdk.json defaults', () => {
  let stack: DigestStack;
  let template: Template;
  let definition: AslDefinition;
  let bucketId: string;

  beforeAll(() => {
    ({ stack, template } = synthesize());
    definition = stateMachineDefinition(template);
    bucketId = logicalId(stack.node.findChild('Data').node.findChild('Bucket'));
  });

  describe('schedule', () => {
    it('starts the state machine daily at 06:00 UTC with the event time as the date', () => {
      template.hasResourceProperties('AWS::Events::Rule', {
        ScheduleExpression: 'cron(0 6 * * ? *)',
        State: 'ENABLED',
        Targets: [
          Match.objectLike({
            Arn: { Ref: logicalId(stack.workflow.stateMachine) },
            InputTransformer: { InputPathsMap: { time: '$.time' }, InputTemplate: '{"date":<time>}' },
            RetryPolicy: Match.objectLike({ MaximumRetryAttempts: Match.anyValue() }),
            DeadLetterConfig: { Arn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^ScheduleDeadLetters'), 'Arn'] } },
          }),
        ],
      });
    });

    it('turns the event time (or a plain date) into YYYY-MM-DD and names the run after the execution', () => {
      const first = definition.States[definition.StartAt]!;
      expect(first.Type).toBe('Pass');
      expect(first.Parameters).toEqual({
        'date.$': "States.ArrayGetItem(States.StringSplit($.date, 'T'), 0)",
        'runId.$': '$$.Execution.Name',
      });
    });
  });

  describe('state machine', () => {
    const sendMap = () => Object.values(definition.States).find((state) => state.ItemProcessor?.ProcessorConfig?.Mode === 'DISTRIBUTED')!;

    it('renders the issue, then sends only to testTo and ends, when testTo is present', () => {
      expect(definition.States.Render!.Next).toBe('Test send?');
      const choice = definition.States['Test send?']!;
      expect(choice.Choices).toEqual([{ Variable: '$.testTo', IsPresent: true, Next: 'Send test' }]);
      const test = definition.States['Send test']!;
      expect(test.End).toBe(true);
      expect(test.Parameters.FunctionName).toBe(`#{${logicalId(stack.functions.send)}.Arn}`);
      expect(test.Parameters.Payload).toEqual({ 'date.$': '$.run.date', 'runId.$': '$.run.runId', 'testTo.$': '$.testTo' });
    });

    it('collects, stops with "nothing to send" when there is nothing, else renders and fans out', () => {
      expect(definition.States[definition.StartAt]!.Next).toBe('Collect');
      expect(definition.States.Collect!.Next).toBe('Anything to send?');
      const choice = definition.States['Anything to send?']!;
      expect(choice.Choices).toEqual([{ Variable: '$.collect.nothingToSend', BooleanEquals: true, Next: 'Nothing to send' }]);
      expect(definition.States['Nothing to send']!.Type).toBe('Succeed');
      expect(choice.Default).toBe('Render');
      expect(definition.States['Test send?']!.Default).toBe('Send to subscribers');
      expect(definition.States['Send to subscribers']!.Next).toBe('Summarize');
      expect(definition.States.Summarize!.End).toBe(true);
      expect(definition.States.Summarize!.Parameters.Payload).toEqual({ 'date.$': '$.run.date', 'runId.$': '$.run.runId' });
    });

    it('reads the recipients CSV (header row) named by the render result', () => {
      expect(sendMap().ItemReader).toEqual({
        Resource: 'arn:#{AWS::Partition}:states:::s3:getObject',
        ReaderConfig: { InputType: 'CSV', CSVHeaderLocation: 'FIRST_ROW' },
        Parameters: { Bucket: `#{${bucketId}}`, 'Key.$': '$.render.recipientsKey' },
      });
    });

    it('batches recipients and caps concurrency so that workers × per-worker rate = the send rate', () => {
      const plan = planSend(14);
      expect(plan.workers * plan.perWorkerRate).toBeCloseTo(14);
      const map = sendMap();
      expect(map.MaxConcurrency).toBe(plan.workers);
      expect(map.ItemBatcher).toEqual({
        MaxItemsPerBatch: plan.maxItemsPerBatch,
        MaxInputBytesPerBatch: plan.maxInputBytesPerBatch,
        BatchInput: { 'date.$': '$.run.date', 'runId.$': '$.run.runId', workers: plan.workers },
      });
      expect(map.ToleratedFailurePercentage).toBe(5);
      expect(map.ResultPath).toBeNull();
      expect(map.ItemProcessor.ProcessorConfig).toEqual({ Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' });
    });

    it('hands each send worker the whole batch ({ Items, BatchInput })', () => {
      const worker = sendMap().ItemProcessor.States['Send batch'];
      expect(worker.Parameters).toEqual({ FunctionName: `#{${logicalId(stack.functions.send)}.Arn}`, 'Payload.$': '$' });
    });

    it('retries Lambda service errors with exponential backoff on every task', () => {
      const tasks = [
        ...Object.values(definition.States),
        ...Object.values(sendMap().ItemProcessor.States as Record<string, Record<string, any>>),
      ].filter((state) => state.Type === 'Task');
      expect(tasks.length).toBe(5); // collect, render, send test, send batch, summarize
      for (const task of tasks) {
        expect(task.Retry).toContainEqual(
          expect.objectContaining({
            ErrorEquals: expect.arrayContaining(['Lambda.ServiceException', 'Lambda.TooManyRequestsException']),
            BackoffRate: 2,
            MaxAttempts: 6,
          }),
        );
      }
    });

    it('logs every transition (without the addresses in the data) and traces with X-Ray', () => {
      template.hasResourceProperties('AWS::StepFunctions::StateMachine', {
        TracingConfiguration: { Enabled: true },
        LoggingConfiguration: Match.objectLike({ Level: 'ALL', IncludeExecutionData: false }),
      });
    });

    it('lets the item reader read issues/* only', () => {
      const lines = grantLines(roleGrants(template, logicalId(stack.workflow.stateMachine.role)), bucketId);
      expect(lines).toEqual(['s3:GetObject bucket/issues/*']);
    });

    it('derives MaxConcurrency from the sendRate context', () => {
      const fast = stateMachineDefinition(synthesize({ sendRate: 100 }).template);
      const map = Object.values(fast.States).find((state) => state.Type === 'Map')!;
      expect(map.MaxConcurrency).toBe(planSend(100).workers);
      expect(map.MaxConcurrency).toBe(20);
      expect(map.ItemBatcher.BatchInput.workers).toBe(20);
    });
  });

  describe('bucket', () => {
    it('is private, encrypted, versioned, logged, and expires old issues and noncurrent versions', () => {
      template.hasResourceProperties('AWS::S3::Bucket', {
        BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
        PublicAccessBlockConfiguration: {
          BlockPublicAcls: true,
          BlockPublicPolicy: true,
          IgnorePublicAcls: true,
          RestrictPublicBuckets: true,
        },
        VersioningConfiguration: { Status: 'Enabled' },
        LoggingConfiguration: Match.objectLike({ DestinationBucketName: Match.anyValue() }),
        LifecycleConfiguration: {
          Rules: Match.arrayWith([
            Match.objectLike({ Prefix: 'issues/', ExpirationInDays: 400, Status: 'Enabled' }),
            Match.objectLike({ NoncurrentVersionExpiration: { NoncurrentDays: 30 }, Status: 'Enabled' }),
          ]),
        },
      });
    });

    it('refuses any request without TLS', () => {
      template.hasResourceProperties('AWS::S3::BucketPolicy', {
        Bucket: { Ref: bucketId },
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({
              Effect: 'Deny',
              Action: 's3:*',
              Principal: { AWS: '*' },
              Condition: { Bool: { 'aws:SecureTransport': 'false' } },
            }),
          ]),
        },
      });
    });
  });

  describe('least privilege', () => {
    const expected: Record<string, string[]> = {
      collect: ['s3:GetObject bucket/articles/*', 's3:ListBucket bucket', 's3:PutObject bucket/issues/*', 's3:DeleteObject bucket/issues/*'],
      render: [
        's3:GetObject bucket/issues/*',
        's3:GetObject bucket/subscribers/*',
        's3:GetObject bucket/suppressions/*',
        's3:ListBucket bucket',
        's3:PutObject bucket/issues/*',
        's3:DeleteObject bucket/issues/*',
      ],
      send: [
        's3:GetObject bucket/issues/*',
        's3:GetObject bucket/suppressions/*',
        's3:ListBucket bucket',
        's3:PutObject bucket/issues/*',
        's3:DeleteObject bucket/issues/*',
      ],
      summarize: ['s3:GetObject bucket/issues/*', 's3:ListBucket bucket', 's3:PutObject bucket/issues/*', 's3:DeleteObject bucket/issues/*'],
      unsubscribe: ['s3:PutObject bucket/suppressions/*'],
      feedback: ['s3:PutObject bucket/suppressions/*'],
    };

    for (const [name, lines] of Object.entries(expected)) {
      it(`grants ${name} exactly its S3 prefixes`, () => {
        const fn = stack.functions[name as keyof DigestStack['functions']];
        expect(grantLines(roleGrants(template, logicalId(fn.role!)), bucketId)).toEqual([...lines].sort());
      });
    }

    it('gives the send function nothing at all on articles/', () => {
      const grants = roleGrants(template, logicalId(stack.functions.send.role!));
      expect(grants.flatMap((grant) => grant.resources).filter((resource) => resource.includes('/articles'))).toEqual([]);
    });

    it('lets only the send function send, from the configured identity through the configuration set', () => {
      const sendGrants = roleGrants(template, logicalId(stack.functions.send.role!));
      expect(sendGrants.filter((grant) => grant.actions.includes('ses:SendRawEmail'))).toEqual([
        {
          actions: ['ses:SendRawEmail'],
          resources: [
            'arn:#{AWS::Partition}:ses:#{AWS::Region}:#{AWS::AccountId}:identity/example.com',
            'arn:#{AWS::Partition}:ses:#{AWS::Region}:#{AWS::AccountId}:configuration-set/daily-digest',
          ],
        },
      ]);
      expect(sendGrants.filter((grant) => grant.actions.includes('ses:GetSendQuota'))).toEqual([{ actions: ['ses:GetSendQuota'], resources: ['*'] }]);
      for (const name of ['collect', 'render', 'summarize', 'unsubscribe', 'feedback'] as const) {
        const actions = roleGrants(template, logicalId(stack.functions[name].role!)).flatMap((grant) => grant.actions);
        expect(actions.filter((action) => action.startsWith('ses:')), name).toEqual([]);
      }
    });

    it('scopes SES to the identity given in context', () => {
      const other = synthesize({ identity: 'news.example.org', configurationSetName: 'news' });
      const grants = roleGrants(other.template, logicalId(other.stack.functions.send.role!));
      expect(grants.find((grant) => grant.actions.includes('ses:SendRawEmail'))!.resources).toEqual([
        'arn:#{AWS::Partition}:ses:#{AWS::Region}:#{AWS::AccountId}:identity/news.example.org',
        'arn:#{AWS::Partition}:ses:#{AWS::Region}:#{AWS::AccountId}:configuration-set/news',
      ]);
    });

    it('generates the HMAC secret at deploy and lets only render, send, unsubscribe and signup read it', () => {
      template.hasResourceProperties('AWS::SecretsManager::Secret', {
        GenerateSecretString: Match.objectLike({ PasswordLength: 64, ExcludePunctuation: true }),
      });
      const secretId = logicalId(stack.node.findChild('HmacSecret'));
      const readers = Object.entries(stack.functions)
        .filter(([, fn]) =>
          roleGrants(template, logicalId(fn.role!)).some(
            (grant) => grant.actions.includes('secretsmanager:GetSecretValue') && grant.resources.includes(`#{${secretId}}`),
          ),
        )
        .map(([name]) => name)
        .sort();
      expect(readers).toEqual(['render', 'send', 'signup', 'unsubscribe']);
    });

    it('gives editors exactly StartExecution, DescribeStacks, and read and list on issues/', () => {
      template.hasResourceProperties('AWS::IAM::ManagedPolicy', {
        PolicyDocument: {
          Statement: [
            { Sid: 'StartTheDigest', Effect: 'Allow', Action: 'states:StartExecution', Resource: { Ref: logicalId(stack.workflow.stateMachine) } },
            { Sid: 'FindTheStackOutputs', Effect: 'Allow', Action: 'cloudformation:DescribeStacks', Resource: { Ref: 'AWS::StackId' } },
            {
              Sid: 'ReadIssueStatus',
              Effect: 'Allow',
              Action: 's3:GetObject',
              Resource: { 'Fn::Join': ['', [{ 'Fn::GetAtt': [bucketId, 'Arn'] }, '/issues/*']] },
            },
            {
              Sid: 'ListIssueLedgers',
              Effect: 'Allow',
              Action: 's3:ListBucket',
              Resource: { 'Fn::GetAtt': [bucketId, 'Arn'] },
              Condition: { StringLike: { 's3:prefix': ['issues/*'] } },
            },
          ],
        },
      });
    });
  });

  describe('functions', () => {
    it('run Node 22 on ARM64 with source maps, X-Ray and the production configuration', () => {
      for (const fn of Object.values(stack.functions)) {
        template.hasResourceProperties('AWS::Lambda::Function', {
          FunctionName: Match.absent(),
          Runtime: 'nodejs22.x',
          Architectures: ['arm64'],
          Handler: 'index.handler',
          TracingConfig: { Mode: 'Active' },
          LoggingConfig: Match.objectLike({ LogGroup: { Ref: Match.stringLikeRegexp(`^${fn.node.id}Logs`) } }),
          Environment: {
            Variables: Match.objectLike({
              NODE_OPTIONS: '--enable-source-maps',
              [ENV.environment]: 'production',
              [ENV.bucket]: { Ref: bucketId },
              [ENV.from]: 'Daily Digest <digest@example.com>',
              [ENV.postalAddress]: Match.stringLikeRegexp('Springfield'),
              [ENV.siteUrl]: 'https://example.com',
              [ENV.listId]: 'daily-digest.example.com',
              [ENV.sendRate]: '14',
              [ENV.sesConfigurationSet]: 'daily-digest',
              [ENV.hmacSecretArn]: { Ref: logicalId(stack.node.findChild('HmacSecret')) },
              [ENV.unsubscribeUrl]: Match.anyValue(),
            }),
          },
        });
      }
      template.resourcePropertiesCountIs('AWS::Logs::LogGroup', { RetentionInDays: 30 }, Object.keys(stack.functions).length + 1);
    });

    it('serves unsubscribe from a function URL without IAM auth, and puts that URL in the emails', () => {
      const unsubscribe = logicalId(stack.functions.unsubscribe);
      template.hasResourceProperties('AWS::Lambda::Url', {
        AuthType: 'NONE',
        TargetFunctionArn: { 'Fn::GetAtt': [unsubscribe, 'Arn'] },
      });
      const urlId = Object.keys(template.findResources('AWS::Lambda::Url', { Properties: { TargetFunctionArn: { 'Fn::GetAtt': [unsubscribe, 'Arn'] } } }))[0]!;
      for (const name of ['collect', 'render', 'send', 'summarize', 'feedback'] as const) {
        const env = template.toJSON().Resources[logicalId(stack.functions[name])].Properties.Environment.Variables;
        expect(env[ENV.unsubscribeUrl], name).toEqual({ 'Fn::GetAtt': [urlId, 'FunctionUrl'] });
      }
    });

    it('uses the unsubscribeUrl context instead of the function URL when set', () => {
      const other = synthesize({ unsubscribeUrl: 'https://digest.example.com/unsubscribe' });
      other.template.hasResourceProperties('AWS::Lambda::Function', {
        Environment: { Variables: Match.objectLike({ [ENV.unsubscribeUrl]: 'https://digest.example.com/unsubscribe' }) },
      });
      expect(JSON.stringify(other.template.findResources('AWS::Lambda::Function'))).not.toContain('FunctionUrl"]');
    });
  });

  describe('SES feedback and operations', () => {
    it('creates the configuration set and sends bounces and complaints to an encrypted topic the feedback function reads', () => {
      template.hasResourceProperties('AWS::SES::ConfigurationSet', { Name: 'daily-digest' });
      template.hasResourceProperties('AWS::SES::ConfigurationSetEventDestination', {
        ConfigurationSetName: { Ref: Match.stringLikeRegexp('^MailConfigurationSet') },
        EventDestination: Match.objectLike({
          Enabled: true,
          MatchingEventTypes: ['bounce', 'complaint'],
          SnsDestination: { TopicARN: { Ref: Match.stringLikeRegexp('^MailBounceComplaintTopic') } },
        }),
      });
      template.hasResourceProperties('AWS::SNS::Subscription', {
        Protocol: 'lambda',
        Endpoint: { 'Fn::GetAtt': [logicalId(stack.functions.feedback), 'Arn'] },
        TopicArn: { Ref: Match.stringLikeRegexp('^MailBounceComplaintTopic') },
        RedrivePolicy: { deadLetterTargetArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^FeedbackDeadLetters'), 'Arn'] } },
      });
      for (const topic of Object.values(template.findResources('AWS::SNS::Topic'))) {
        expect(flatten(topic.Properties.KmsMasterKeyId)).toMatch(/^#\{TopicKey\w+\.Arn\}$/);
      }
    });

    it('sends failed asynchronous feedback invocations to an encrypted, TLS-only dead-letter queue', () => {
      template.hasResourceProperties('AWS::Lambda::Function', {
        DeadLetterConfig: { TargetArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^FeedbackDeadLetters'), 'Arn'] } },
      });
      template.resourcePropertiesCountIs('AWS::SQS::Queue', { SqsManagedSseEnabled: true }, 2);
      template.resourcePropertiesCountIs(
        'AWS::SQS::QueuePolicy',
        {
          PolicyDocument: {
            Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]),
          },
        },
        2,
      );
    });

    it('alarms on failed executions, every function error and every dead letter, into the alarm topic', () => {
      const alarms = Object.values(template.findResources('AWS::CloudWatch::Alarm'));
      expect(alarms).toHaveLength(1 + Object.keys(stack.functions).length + 2);
      for (const alarm of alarms) expect(flatten(alarm.Properties.AlarmActions[0])).toMatch(/^#\{AlarmTopic\w+\}$/);
      const functionAlarms = alarms.filter((alarm) => alarm.Properties.MetricName === 'Errors');
      expect(functionAlarms.map((alarm) => flatten(alarm.Properties.Dimensions[0].Value)).sort()).toEqual(
        Object.values(stack.functions).map((fn) => `#{${logicalId(fn)}}`).sort(),
      );
      const failed = alarms.find((alarm) => alarm.Properties.Metrics);
      expect(JSON.stringify(failed!.Properties.Metrics)).toContain('ExecutionsFailed');
    });

    it('subscribes the alarm email only when one is configured', () => {
      template.resourceCountIs('AWS::SNS::Subscription', 1);
      synthesize({ alarmEmail: 'ops@example.com' }).template.hasResourceProperties('AWS::SNS::Subscription', {
        Protocol: 'email',
        Endpoint: 'ops@example.com',
      });
    });
  });

  describe('outputs for the CLI', () => {
    it('exports the state machine ARN and bucket name under stable names', () => {
      template.hasOutput('StateMachineArn', {
        Value: { Ref: logicalId(stack.workflow.stateMachine) },
        Export: { Name: 'DigestTest-StateMachineArn' },
      });
      template.hasOutput('BucketName', { Value: { Ref: bucketId }, Export: { Name: 'DigestTest-BucketName' } });
    });
  });
});

describe('settings', () => {
  it('reject a malformed context value at synth time', () => {
    expect(() => build({ sendRate: 'fast' })).toThrow(SettingsError);
    expect(() => build({ scheduleHour: 24 })).toThrow(/scheduleHour/);
    expect(() => build({ siteUrl: 'http://insecure.example.com' })).toThrow(/siteUrl/);
  });

  it('move the schedule with scheduleHour/scheduleMinute', () => {
    synthesize({ scheduleHour: '7', scheduleMinute: '30', scheduleEnabled: 'false' }).template.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: 'cron(30 7 * * ? *)',
      State: 'DISABLED',
    });
  });
});
