import { describe, expect, it } from 'vitest';
import { preflightProblems, type PreflightFacts } from '../../../functions/core/delivery/send-preflight.js';

const healthy: PreflightFacts = {
  identity: 'example.org',
  identityStatus: 'Success',
  quota: { maxPerSecond: 14, max24HourSend: 50_000, sentLast24Hours: 0 },
  sendRate: 14,
  recipients: 10_000,
  region: 'eu-west-1',
};

describe('preflightProblems', () => {
  it('finds nothing wrong with a verified identity, enough rate and quota, and a list that fits the run', () => {
    expect(preflightProblems(healthy)).toEqual([]);
  });

  it('names an identity that is missing or not verified', () => {
    expect(preflightProblems({ ...healthy, identityStatus: 'missing' })).toEqual([expect.stringContaining('does not exist in eu-west-1')]);
    expect(preflightProblems({ ...healthy, identityStatus: 'Failed' })).toEqual([expect.stringContaining('not verified in eu-west-1 (status Failed)')]);
  });

  it('recognises the sandbox by its 200-a-day quota, and a rate the account does not allow', () => {
    const problems = preflightProblems({ ...healthy, quota: { maxPerSecond: 1, max24HourSend: 200, sentLast24Hours: 0 }, recipients: 100 });
    expect(problems).toEqual([expect.stringContaining('in the sandbox'), expect.stringContaining('allows 1/s: lower the sendRate context to 1')]);
  });

  it('refuses a list larger than what is left of the 24-hour quota, or than the run can send before its timeout', () => {
    expect(preflightProblems({ ...healthy, quota: { maxPerSecond: 14, max24HourSend: 50_000, sentLast24Hours: 45_000 } })).toEqual([
      expect.stringContaining('10,000 recipients but only 5,000'),
    ]);
    const tooMany = preflightProblems({ ...healthy, recipients: 1_000_000, quota: { maxPerSecond: 14, max24HourSend: 2_000_000, sentLast24Hours: 0 } });
    expect(tooMany).toEqual([expect.stringContaining('1,000,000 recipients at 14/s take 20.5 h')]);
    expect(tooMany[0]).toContain('at most 953,316 recipients at this rate');
  });

  it('checks only the identity and the rate for a test send', () => {
    expect(preflightProblems({ ...healthy, recipients: undefined, quota: { maxPerSecond: 14, max24HourSend: 50_000, sentLast24Hours: 50_000 } })).toEqual([]);
  });
});
