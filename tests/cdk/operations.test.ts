import { type CfnElement, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import type { IConstruct } from 'constructs';
import { describe, expect, it } from 'vitest';
import { ENV } from '../../functions/config/env-names.js';
import { SettingsError } from '../../cdk/settings.js';
import { LAMBDA_SERVICE_ERRORS, TRANSIENT_RETRY } from '../../cdk/constructs/digest-workflow.js';
import { build, flatten, roleGrants, stateMachineDefinition, synthesize } from './support.js';

const { template, stack } = synthesize();

/** The CloudFormation logical id of a construct's resource. */
function logicalId(construct: IConstruct): string {
  return String(Stack.of(construct).resolve((construct.node.defaultChild as CfnElement).logicalId));
}

const RETAINED_SECRET = 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:HmacSecretA1B2C3-d4E5f6';

describe('operations: what a production account needs', () => {
  describe('the unsubscribe HMAC secret', () => {
    it('is kept when the stack is deleted or the secret replaced, and its ARN is an output', () => {
      template.hasResource('AWS::SecretsManager::Secret', { DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' });
      template.hasOutput('HmacSecretArn', { Value: { Ref: logicalId(stack.node.findChild('HmacSecret')) } });
    });

    it('is adopted from hmacSecretArn after a destroy: no new secret, every reader gets the retained one', () => {
      const adopted = synthesize({ hmacSecretArn: RETAINED_SECRET });
      adopted.template.resourceCountIs('AWS::SecretsManager::Secret', 0);
      expect(adopted.template.findOutputs('HmacSecretArn')).toEqual({});
      for (const name of ['send', 'unsubscribe', 'signup'] as const) {
        const fn = adopted.stack.functions[name];
        const grants = roleGrants(adopted.template, logicalId(fn.role!));
        expect(grants.some((grant) => grant.actions.includes('secretsmanager:GetSecretValue') && grant.resources.includes(RETAINED_SECRET)), name).toBe(true);
      }
      adopted.template.hasResourceProperties('AWS::Lambda::Function', {
        Environment: { Variables: Match.objectLike({ [ENV.hmacSecretArn]: RETAINED_SECRET }) },
      });
      expect(() => build({ hmacSecretArn: 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:HmacSecret' })).toThrow(/hmacSecretArn/);
    });
  });

  describe('the public unsubscribe function URL', () => {
    it('reserves (and caps) its concurrency, 20 by default, so a flood cannot starve the send workers', () => {
      template.hasResourceProperties('AWS::Lambda::Function', {
        Description: Match.stringLikeRegexp('^Unsubscribe page'),
        ReservedConcurrentExecutions: 20,
      });
    });

    it('takes the reservation from the unsubscribeReservedConcurrency context, within 1 to 1000', () => {
      const { template: other } = synthesize({ unsubscribeReservedConcurrency: 50 });
      other.hasResourceProperties('AWS::Lambda::Function', {
        Description: Match.stringLikeRegexp('^Unsubscribe page'),
        ReservedConcurrentExecutions: 50,
      });
      expect(() => build({ unsubscribeReservedConcurrency: 0 })).toThrow(SettingsError);
      expect(() => build({ unsubscribeReservedConcurrency: 'lots' })).toThrow(/unsubscribeReservedConcurrency/);
    });
  });

  it('logs the state machine to a log group under /aws/vendedlogs/states/, named after the stack', () => {
    const groupId = logicalId(stack.workflow.logGroup);
    template.hasResourceProperties('AWS::Logs::LogGroup', { LogGroupName: '/aws/vendedlogs/states/DigestTest-digest' });
    template.hasResourceProperties('AWS::StepFunctions::StateMachine', {
      LoggingConfiguration: Match.objectLike({
        Destinations: [{ CloudWatchLogsLogGroup: { LogGroupArn: { 'Fn::GetAtt': [groupId, 'Arn'] } } }],
      }),
    });
  });

  describe('the SES configuration set', () => {
    it('is named after the stack by default, so a staging stack in the same account does not collide', () => {
      template.hasResourceProperties('AWS::SES::ConfigurationSet', { Name: 'DigestTest' });
      template.hasResourceProperties('AWS::Lambda::Function', {
        Environment: { Variables: Match.objectLike({ [ENV.sesConfigurationSet]: 'DigestTest' }) },
      });
      const staging = Template.fromStack(build({}, 'DigestStaging').stack);
      staging.hasResourceProperties('AWS::SES::ConfigurationSet', { Name: 'DigestStaging' });
      staging.hasResourceProperties('AWS::Logs::LogGroup', { LogGroupName: '/aws/vendedlogs/states/DigestStaging-digest' });
    });

    it('still takes its name from the configurationSetName context when set', () => {
      const { template: other } = synthesize({ configurationSetName: 'news-digest' });
      other.hasResourceProperties('AWS::SES::ConfigurationSet', { Name: 'news-digest' });
      other.hasResourceProperties('AWS::Lambda::Function', {
        Environment: { Variables: Match.objectLike({ [ENV.sesConfigurationSet]: 'news-digest' }) },
      });
    });
  });

  describe('task retries', () => {
    const definition = stateMachineDefinition(template);
    const states = definition.States;
    const transient = (state: Record<string, any>) =>
      (state.Retry as Array<Record<string, unknown>>).find((retrier) => (retrier.ErrorEquals as string[]).includes('States.TaskFailed'));

    it.each(['Collect', 'Render for the test', 'Render and freeze', 'Summarize'])(
      'retries any task failure of %s (one S3 503, a timeout) with bounded, jittered backoff, after the Lambda service errors',
      (name) => {
        const retry = states[name]!.Retry as Array<Record<string, unknown>>;
        expect(retry[0]!.ErrorEquals).toEqual(LAMBDA_SERVICE_ERRORS);
        expect(retry[1]).toEqual({
          ErrorEquals: ['States.TaskFailed'],
          IntervalSeconds: TRANSIENT_RETRY.intervalSeconds,
          MaxAttempts: 3,
          BackoffRate: 2,
          MaxDelaySeconds: 60,
          JitterStrategy: 'FULL',
        });
      },
    );

    it('leaves the send steps to their own semantics: no extra retrier on the test send, the slice worker keeps its ledger-resuming one', () => {
      expect(transient(states['Send test']!)).toBeUndefined();
      const map = states['Send to subscribers']!;
      const worker = Object.values(map.ItemProcessor.States as Record<string, Record<string, any>>).find((state) => state.Type === 'Task')!;
      expect((worker.Retry as unknown[]).filter((retrier) => ((retrier as { ErrorEquals: string[] }).ErrorEquals).includes('States.TaskFailed'))).toEqual([
        expect.objectContaining({ IntervalSeconds: 30, MaxAttempts: 2 }),
      ]);
    });
  });

  it('conditions every SendRawEmail grant (send and sign-up) on the From address of the sender setting', () => {
    const { template: other, stack: otherStack } = synthesize({ sender: 'News <news@news.example.org>', identity: 'news.example.org' });
    for (const fn of [otherStack.functions.send, otherStack.functions.signup]) {
      const grants = roleGrants(other, logicalId(fn.role!));
      const sending = grants.filter((grant) => grant.actions.includes('ses:SendRawEmail'));
      expect(sending, fn.digestName).toHaveLength(1);
      expect(sending[0]!.conditions).toEqual({ StringEquals: { 'ses:FromAddress': 'news@news.example.org' } });
    }
    expect(() => build({ sender: 'News <news@news.example.org>, other@news.example.org' })).toThrow(/sender must be one mailbox/);
  });

  it('lets the Distributed Map describe and stop its child executions (<machine>/send:*) and describe its Map runs', () => {
    const machineId = logicalId(stack.workflow.stateMachine);
    const policies = Object.values(template.findResources('AWS::IAM::Policy')).filter((policy) =>
      flatten((policy.Properties.Roles as unknown[])[0]).includes('WorkflowStateMachineRole'),
    );
    const statements = policies.flatMap((policy) => policy.Properties.PolicyDocument.Statement as Array<Record<string, unknown>>);
    const machineName = `{"Fn::Select":[6,{"Fn::Split":[":",{"Ref":"${machineId}"}]}]}`;
    const grantsOn = (action: string) =>
      statements.filter((statement) => ([] as unknown[]).concat(statement.Action).includes(action)).flatMap((statement) => ([] as unknown[]).concat(statement.Resource).map(flatten));
    const prefix = 'arn:#{AWS::Partition}:states:#{AWS::Region}:#{AWS::AccountId}';
    for (const action of ['states:DescribeExecution', 'states:StopExecution']) {
      expect(grantsOn(action), action).toContain(`${prefix}:execution:${machineName}/send:*`);
    }
    expect(grantsOn('states:DescribeMapRun')).toEqual([`${prefix}:mapRun:${machineName}/*`]);
    expect(stateMachineDefinition(template).States['Send to subscribers']!.Label).toBe('send');
  });
});
