import { CfnElement, Stack } from 'aws-cdk-lib';
import { Match, type Template } from 'aws-cdk-lib/assertions';
import type { IConstruct } from 'constructs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ENV } from '../../functions/config/env-names.js';
import type { DigestStack } from '../../cdk/digest-stack.js';
import { readFileSync } from 'node:fs';
import { FUNCTION_SPECS } from '../../cdk/digest-stack.js';
import { planSend, RUN_TIMEOUT_SECONDS } from '../../cdk/send-plan.js';
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

  describe('run date', () => {
    it('hands collect the start input\'s date as given and names the run after the execution', () => {
      const first = definition.States[definition.StartAt]!;
      expect(first.Type).toBe('Pass');
      expect(first.Parameters).toEqual({ 'date.$': '$.date', 'runId.$': '$$.Execution.Name' });
    });

    it('runs every state after collect on the day collect resolved (the newsroom\'s day, not the UTC one)', () => {
      expect(definition.States.Collect!.ResultSelector).toMatchObject({ 'date.$': '$.Payload.date' });
      const nameDay = definition.States['Name the day']!;
      expect(nameDay.Parameters).toEqual({ 'date.$': '$.collect.date', 'runId.$': '$.run.runId' });
      expect(nameDay.ResultPath).toBe('$.run');
    });
  });

  describe('state machine', () => {
    const sendMap = () => Object.values(definition.States).find((state) => state.ItemProcessor?.ProcessorConfig?.Mode === 'DISTRIBUTED')!;

    it('renders for the test without freezing, then sends only to testTo and ends, when testTo is present', () => {
      const choice = definition.States['Test send?']!;
      expect(choice.Choices).toEqual([{ Variable: '$.testTo', IsPresent: true, Next: 'Render for the test' }]);
      const render = definition.States['Render for the test']!;
      expect(render.Parameters.Payload).toEqual({ 'date.$': '$.run.date', 'runId.$': '$.run.runId', freeze: false });
      expect(render.Next).toBe('Send test');
      const test = definition.States['Send test']!;
      expect(test.End).toBe(true);
      expect(test.Parameters.FunctionName).toBe(`#{${logicalId(stack.functions.send)}.Arn}`);
      expect(test.Parameters.Payload).toEqual({ 'date.$': '$.run.date', 'runId.$': '$.run.runId', 'testTo.$': '$.testTo' });
    });

    it('collects, stops with "nothing to send" when there is nothing, else renders and freezes, fans out and summarizes', () => {
      expect(definition.States[definition.StartAt]!.Next).toBe('Collect');
      expect(definition.States.Collect!.Next).toBe('Name the day');
      expect(definition.States['Name the day']!.Next).toBe('Anything to send?');
      const choice = definition.States['Anything to send?']!;
      expect(choice.Choices).toEqual([{ Variable: '$.collect.nothingToSend', BooleanEquals: true, Next: 'Nothing to send' }]);
      expect(definition.States['Nothing to send']!.Type).toBe('Succeed');
      expect(choice.Default).toBe('Test send?');
      expect(definition.States['Test send?']!.Default).toBe('Render and freeze');
      expect(definition.States['Render and freeze']!.Parameters.Payload).toEqual({ 'date.$': '$.run.date', 'runId.$': '$.run.runId', freeze: true });
      expect(definition.States['Render and freeze']!.Next).toBe('Send to subscribers');
      expect(definition.States['Send to subscribers']!.Next).toBe('Summarize');
      expect(definition.States.Summarize!.Next).toBe('Sent?');
      expect(definition.States.Summarize!.Parameters.Payload).toEqual({ 'date.$': '$.run.date', 'runId.$': '$.run.runId' });
    });

    it('iterates over the slice manifest named by the render result (a JSON array read with GetObject), never over recipient rows', () => {
      expect(sendMap().ItemReader).toEqual({
        Resource: 'arn:#{AWS::Partition}:states:::s3:getObject',
        ReaderConfig: { InputType: 'JSON' },
        Parameters: { Bucket: `#{${bucketId}}`, 'Key.$': '$.render.manifestKey' },
      });
      expect(sendMap().ItemBatcher).toBeUndefined();
    });

    it('hands each send worker one slice descriptor plus the run, and no state carries recipient rows', () => {
      const plan = planSend(14);
      expect(sendMap().ItemSelector).toEqual({ 'date.$': '$.run.date', 'runId.$': '$.run.runId', workers: plan.workers, 'slice.$': '$$.Map.Item.Value' });
      const worker = sendMap().ItemProcessor.States['Send slice'];
      expect(worker.Parameters).toEqual({ FunctionName: `#{${logicalId(stack.functions.send)}.Arn}`, 'Payload.$': '$' });
      // Nothing in the machine reads a CSV or names an address-bearing field.
      const asl = JSON.stringify(definition);
      expect(asl).not.toMatch(/CSV|recipients\.csv|Items|email/);
    });

    it('caps concurrency so that workers × per-worker rate = the send rate', () => {
      const plan = planSend(14);
      expect(plan.workers * plan.perWorkerRate).toBeCloseTo(14);
      const map = sendMap();
      expect(map.MaxConcurrency).toBe(plan.workers);
      expect(map.ItemProcessor.ProcessorConfig).toEqual({ Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' });
    });

    it('writes the Map results to S3 (ResultWriterV2), so no child result is aggregated into the state', () => {
      const map = sendMap();
      expect(map.ResultWriter).toEqual({
        Resource: 'arn:#{AWS::Partition}:states:::s3:putObject',
        Parameters: { Bucket: `#{${bucketId}}`, Prefix: 'map-results/' },
        WriterConfig: { OutputType: 'JSON', Transformation: 'COMPACT' },
      });
      expect(map.ResultPath).toBe('$.send');
    });

    it('does not fail the run for a failed slice: the slice stays pending, summarize reports it and the pending alarm fires', () => {
      const map = sendMap();
      expect(map.ToleratedFailurePercentage).toBe(100);
      // A Map that fails as a whole still gets its report, then fails the execution.
      expect(map.Catch).toEqual([{ ErrorEquals: ['States.ALL'], ResultPath: '$.sendError', Next: 'Summarize' }]);
      const sent = definition.States['Sent?']!;
      expect(sent.Choices).toEqual([{ Variable: '$.sendError', IsPresent: true, Next: 'Send failed' }]);
      expect(definition.States['Send failed']!.Type).toBe('Fail');
      expect(definition.States[sent.Default]!.Type).toBe('Succeed');
      // A slice stopped by its deadline or a held lock is retried; the ledger resumes it.
      expect(map.ItemProcessor.States['Send slice'].Retry).toContainEqual(expect.objectContaining({ ErrorEquals: ['States.TaskFailed'], MaxAttempts: 2 }));
    });

    it('times out the run when the send plan says the largest list it accepts is done', () => {
      expect(definition.TimeoutSeconds).toBe(RUN_TIMEOUT_SECONDS);
    });

    it('retries Lambda service errors with exponential backoff on every task', () => {
      const tasks = [
        ...Object.values(definition.States),
        ...Object.values(sendMap().ItemProcessor.States as Record<string, Record<string, any>>),
      ].filter((state) => state.Type === 'Task');
      expect(tasks.length).toBe(6); // collect, render for the test, render and freeze, send test, send slice, summarize
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

    it('logs every transition (without the data) and traces with X-Ray', () => {
      template.hasResourceProperties('AWS::StepFunctions::StateMachine', {
        TracingConfiguration: { Enabled: true },
        LoggingConfiguration: Match.objectLike({ Level: 'ALL', IncludeExecutionData: false }),
      });
    });

    it('lets the item reader read issues/* only, and the result writer write map-results/* only', () => {
      const lines = grantLines(roleGrants(template, logicalId(stack.workflow.stateMachine.role)), bucketId);
      expect(lines).toEqual(
        [
          's3:GetObject bucket/issues/*',
          's3:PutObject bucket/map-results/*',
          's3:GetObject bucket/map-results/*',
          's3:ListMultipartUploadParts bucket/map-results/*',
          's3:AbortMultipartUpload bucket/map-results/*',
        ].sort(),
      );
    });

    it('derives MaxConcurrency from the sendRate context: the fewest workers that hold the rate', () => {
      const fast = stateMachineDefinition(synthesize({ sendRate: 100 }).template);
      const map = Object.values(fast.States).find((state) => state.Type === 'Map')!;
      expect(map.MaxConcurrency).toBe(planSend(100).workers);
      expect(map.MaxConcurrency).toBe(2);
      expect(map.ItemSelector.workers).toBe(2);
    });

    it('alarms when a run ends with recipients pending, on the metric summarize publishes', () => {
      template.hasResourceProperties('AWS::CloudWatch::Alarm', {
        Namespace: 'DailyDigest',
        MetricName: 'RecipientsPending',
        Dimensions: [{ Name: 'FunctionName', Value: { Ref: logicalId(stack.functions.summarize) } }],
        Statistic: 'Maximum',
        Threshold: 1,
        ComparisonOperator: 'GreaterThanOrEqualToThreshold',
        AlarmActions: [{ Ref: Match.stringLikeRegexp('AlarmTopic') }],
      });
    });

    it('sizes summarize and render from the measured 1,000,000-recipient figures (bench/results/scale.json)', () => {
      const scale = JSON.parse(readFileSync(new URL('../../bench/results/scale.json', import.meta.url), 'utf8'));
      const summarize = FUNCTION_SPECS.summarize;
      // Ten times the measured merge time, and twice the measured heap, at least.
      expect(summarize.timeout!.toSeconds() * 1000).toBeGreaterThanOrEqual(10 * scale.summarizeMs);
      expect(summarize.memorySize!).toBeGreaterThanOrEqual(2 * scale.summarizeHeapMb);
      // Render freezes the list: room for three times the measured time (it was measured on a busy machine) and a fifth more memory.
      expect(FUNCTION_SPECS.render.timeout!.toSeconds() * 1000).toBeGreaterThanOrEqual(3 * scale.freeze.ms);
      expect(FUNCTION_SPECS.render.memorySize!).toBeGreaterThanOrEqual(1.2 * scale.freeze.peakRssMb);
      template.hasResourceProperties('AWS::Lambda::Function', {
        Description: Match.stringLikeRegexp('Merges the per-slice summaries'),
        Timeout: summarize.timeout!.toSeconds(),
        MemorySize: summarize.memorySize,
      });
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
      collect: ['s3:GetObject bucket/articles/*', 's3:GetObject bucket/issues/*', 's3:ListBucket bucket', 's3:PutObject bucket/issues/*'],
      render: ['s3:GetObject bucket/archive/*', 's3:PutObject bucket/archive/*', 's3:GetObject bucket/issues/*', 's3:GetObject bucket/suppressions/*', 's3:ListBucket bucket', 's3:PutObject bucket/issues/*'],
      send: ['s3:GetObject bucket/issues/*', 's3:GetObject bucket/suppressions/*', 's3:ListBucket bucket', 's3:PutObject bucket/issues/*'],
      summarize: ['s3:GetObject bucket/issues/*', 's3:ListBucket bucket', 's3:PutObject bucket/issues/*'],
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

    it('lets only the send function send, from the configured identity and From address through the configuration set', () => {
      const sendGrants = roleGrants(template, logicalId(stack.functions.send.role!));
      expect(sendGrants.filter((grant) => grant.actions.includes('ses:SendRawEmail'))).toEqual([
        {
          actions: ['ses:SendRawEmail'],
          resources: [
            'arn:#{AWS::Partition}:ses:#{AWS::Region}:#{AWS::AccountId}:identity/example.com',
            'arn:#{AWS::Partition}:ses:#{AWS::Region}:#{AWS::AccountId}:configuration-set/DigestTest',
          ],
          conditions: { StringEquals: { 'ses:FromAddress': 'digest@example.com' } },
        },
      ]);
      // The rate is configured: nothing in the function asks SES for the quota.
      expect(sendGrants.filter((grant) => grant.actions.some((action) => action.startsWith('ses:') && action !== 'ses:SendRawEmail'))).toEqual([]);
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

    it('generates the HMAC secret at deploy and lets only send, unsubscribe and signup read it', () => {
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
      expect(readers).toEqual(['send', 'signup', 'unsubscribe']);
    });

    it('gives editors exactly StartExecution, DescribeStacks, read and list on issues/, a scan of the subscriber table to count the list, and the read-only calls of the SES pre-flight and `digest doctor`', () => {
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
            { Sid: 'CountTheSubscribers', Effect: 'Allow', Action: 'dynamodb:Scan', Resource: { 'Fn::GetAtt': [logicalId(stack.signup.table), 'Arn'] } },
            { Sid: 'ReadTheDeployedSettings', Effect: 'Allow', Action: 'cloudformation:GetTemplate', Resource: { Ref: 'AWS::StackId' } },
            {
              Sid: 'CheckTheSesAccount',
              Effect: 'Allow',
              Action: ['ses:GetSendQuota', 'ses:GetIdentityVerificationAttributes', 'ses:GetIdentityDkimAttributes', 'ses:DescribeConfigurationSet', 'ses:GetAccount'],
              Resource: '*',
            },
          ],
        },
      });
    });
  });

  describe('functions', () => {
    it('run Node 22 on ARM64 with source maps, X-Ray and the production configuration', () => {
      for (const [name, fn] of Object.entries(stack.functions)) {
        template.hasResourceProperties('AWS::Lambda::Function', {
          FunctionName: Match.absent(),
          Runtime: 'nodejs22.x',
          Architectures: ['arm64'],
          Handler: 'index.handler',
          TracingConfig: { Mode: 'Active' },
          LoggingConfig: Match.objectLike({ LogGroup: { Ref: Match.stringLikeRegexp(`^${fn.node.id}Logs`) } }),
          Environment: {
            Variables: Match.objectLike({
              // Render, which freezes the list, holds its heap to what bench:scale measured.
              NODE_OPTIONS: name === 'render' ? '--enable-source-maps --max-old-space-size=1200' : '--enable-source-maps',
              [ENV.environment]: 'production',
              [ENV.bucket]: { Ref: bucketId },
              [ENV.from]: 'Daily Digest <digest@example.com>',
              [ENV.postalAddress]: Match.stringLikeRegexp('Springfield'),
              [ENV.siteUrl]: Match.anyValue(),
              [ENV.archiveUrl]: Match.anyValue(),
              [ENV.timeZone]: 'UTC',
              [ENV.listId]: 'daily-digest.example.com',
              [ENV.sendRate]: '14',
              [ENV.sesConfigurationSet]: 'DigestTest',
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
      // No function reads the unsubscribe function's own URL (render does read the sign-up URL).
      expect(JSON.stringify(other.template.findResources('AWS::Lambda::Function'))).not.toMatch(/"Unsubscribe[^"]*","FunctionUrl"\]/);
    });
  });

  describe('SES feedback and operations', () => {
    it('creates the configuration set and sends bounces and complaints to an encrypted topic the feedback function reads', () => {
      template.hasResourceProperties('AWS::SES::ConfigurationSet', { Name: 'DigestTest' });
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

    it('alarms on failed executions, runs ending with recipients pending, every function error and every dead letter, into the alarm topic', () => {
      const alarms = Object.values(template.findResources('AWS::CloudWatch::Alarm'));
      expect(alarms).toHaveLength(1 + 1 + Object.keys(stack.functions).length + 2);
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
    expect(() => build({ scheduleTime: '24:00' })).toThrow(/scheduleTime/);
    expect(() => build({ siteUrl: 'http://insecure.example.com' })).toThrow(/siteUrl/);
  });
});
