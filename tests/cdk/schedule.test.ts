import type { CfnElement } from 'aws-cdk-lib';
import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { SettingsError } from '../../cdk/settings.js';
import { build, flatten, roleGrants, synthesize } from './support.js';

describe('the daily schedule in the newsroom\'s time zone', () => {
  it('is an EventBridge Scheduler schedule at the local time, with its time zone, exactly on time', () => {
    const { template } = synthesize({ scheduleTime: '06:00', scheduleTimeZone: 'Europe/Berlin' });
    template.resourceCountIs('AWS::Events::Rule', 0);
    template.hasResourceProperties('AWS::Scheduler::Schedule', {
      ScheduleExpression: 'cron(0 6 * * ? *)',
      ScheduleExpressionTimezone: 'Europe/Berlin',
      FlexibleTimeWindow: { Mode: 'OFF' },
      State: 'ENABLED',
    });
  });

  it('starts the state machine with the scheduled instant as the date, retries, then dead-letters', () => {
    const { template, stack } = synthesize({ scheduleTimeZone: 'America/New_York' });
    const [schedule] = Object.values(template.findResources('AWS::Scheduler::Schedule'));
    const target = schedule!.Properties.Target;
    expect(flatten(target.Arn)).toBe(`#{${stack.getLogicalId(stack.workflow.stateMachine.node.defaultChild as CfnElement)}}`);
    expect(JSON.parse(target.Input)).toEqual({ date: '<aws.scheduler.scheduled-time>' });
    expect(target.RetryPolicy).toEqual({ MaximumRetryAttempts: 8, MaximumEventAgeInSeconds: 7200 });
    expect(flatten(target.DeadLetterConfig.Arn)).toMatch(/^#\{ScheduleDeadLetters[0-9A-F]+\.Arn\}$/);

    // The schedule's role may start this machine and write to its dead-letter queue, nothing else.
    const roleId = flatten(target.RoleArn).replace(/^#\{(.*)\.Arn\}$/, '$1');
    const actions = roleGrants(template, roleId).flatMap((grant) => grant.actions).sort();
    expect(actions).toEqual(['sqs:SendMessage', 'states:StartExecution']);
  });

  it('moves with scheduleTime and scheduleEnabled, and tells every function the zone', () => {
    const { template } = synthesize({ scheduleTime: '17:45', scheduleTimeZone: 'Asia/Kolkata', scheduleEnabled: 'false' });
    template.hasResourceProperties('AWS::Scheduler::Schedule', {
      ScheduleExpression: 'cron(45 17 * * ? *)',
      ScheduleExpressionTimezone: 'Asia/Kolkata',
      State: 'DISABLED',
    });
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: Match.objectLike({ DIGEST_TIME_ZONE: 'Asia/Kolkata' }) },
    });
  });

  it('refuses a time zone or send time that is not real, and the old UTC keys, at synth', () => {
    expect(() => build({ scheduleTimeZone: 'Mars/Olympus_Mons' })).toThrow(/scheduleTimeZone must be an IANA time zone/);
    expect(() => build({ scheduleTimeZone: '+02:00' })).toThrow(SettingsError);
    expect(() => build({ scheduleTime: '6am' })).toThrow(/scheduleTime must be a local time as HH:MM/);
    expect(() => build({ scheduleTime: '24:00' })).toThrow(SettingsError);
    expect(() => build({ scheduleHour: 6 })).toThrow(/scheduleHour is no longer read: set scheduleTime/);
  });
});
