import { describe, expect, it } from 'vitest';
import { ENV } from '../../functions/config/env-names.js';
import { SettingsError } from '../../cdk/settings.js';
import { deployedSettingsOf } from '../../functions/adapters/digest-stack.js';
import { build, flatten, synthesize } from './support.js';

describe('the editors\' test recipients in the stack', () => {
  it('pass testRecipients to the functions and authorise sandbox sends to those identities only', () => {
    const { template } = synthesize({ testRecipients: 'desk@example.org, chief@example.org' });
    const functions = Object.values(template.findResources('AWS::Lambda::Function')) as Array<{ Properties: { Environment?: { Variables?: Record<string, unknown> } } }>;
    const lists = functions.map((fn) => fn.Properties.Environment?.Variables?.[ENV.testRecipients]).filter(Boolean);
    expect(lists.length).toBeGreaterThanOrEqual(6);
    for (const list of lists) expect(list).toBe('desk@example.org,chief@example.org');

    const statements = Object.values(template.findResources('AWS::IAM::Policy')).flatMap(
      (policy) => (policy as { Properties: { PolicyDocument: { Statement: Array<{ Sid?: string; Resource: unknown }> } } }).Properties.PolicyDocument.Statement,
    );
    const send = statements.find((statement) => statement.Sid === 'SendThroughTheDigestIdentity')!;
    const resources = ([] as unknown[]).concat(send.Resource).map(flatten);
    const region = '#{AWS::Region}:#{AWS::AccountId}';
    expect(resources).toEqual([
      `arn:#{AWS::Partition}:ses:${region}:identity/example.com`,
      `arn:#{AWS::Partition}:ses:${region}:identity/desk@example.org`,
      `arn:#{AWS::Partition}:ses:${region}:identity/chief@example.org`,
      `arn:#{AWS::Partition}:ses:${region}:configuration-set/DigestTest`,
    ]);
  });

  it('are what `digest doctor` reads back from the deployed template, with the From, the configuration set and the schedule', () => {
    const { template } = synthesize({ testRecipients: 'desk@example.org, chief@example.org', scheduleTime: '06:30', scheduleTimeZone: 'Europe/Berlin', scheduleEnabled: false });
    expect(deployedSettingsOf(template.toJSON())).toEqual({
      sender: 'Daily Digest <digest@example.com>',
      configurationSetName: 'DigestTest',
      testRecipients: ['desk@example.org', 'chief@example.org'],
      schedule: { enabled: false, expression: 'cron(30 6 * * ? *)', timeZone: 'Europe/Berlin' },
    });
  });

  it('leave both out when there are none, and refuse an address that could break a header', () => {
    const { template } = synthesize();
    const functions = Object.values(template.findResources('AWS::Lambda::Function')) as Array<{ Properties: { Environment?: { Variables?: Record<string, unknown> } } }>;
    expect(functions.some((fn) => fn.Properties.Environment?.Variables?.[ENV.testRecipients] !== undefined)).toBe(false);
    expect(() => build({ testRecipients: 'desk@example.org\r\nBcc: all@example.org' })).toThrow(SettingsError);
    expect(() => build({ testRecipients: ['desk@example.org', 7] })).toThrow(/testRecipients must be a list/);
  });
});
