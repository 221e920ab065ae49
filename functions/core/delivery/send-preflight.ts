import { DigestError } from '../errors.js';
import type { SendQuota } from '../ports.js';
import { PACING_EFFICIENCY, runCapacity, RUN_OVERHEAD_SECONDS, RUN_TIMEOUT_SECONDS } from './send-plan.js';

/** `digest send` found something that would make the run fail or burn the day: nothing was started. */
export class SendPreflightError extends DigestError {}

/** What the account says about the sending identity (SES GetIdentityVerificationAttributes). */
export type IdentityStatus = 'Success' | 'Pending' | 'Failed' | 'TemporaryFailure' | 'NotStarted' | 'missing';

/** SES sandbox accounts get 200 messages a day (SES v1 has no sandbox flag; the quota gives it away). */
export const SANDBOX_DAILY_QUOTA = 200;

export interface PreflightFacts {
  identity: string;
  identityStatus: IdentityStatus;
  quota: SendQuota | undefined;
  /** The rate the stack sends at. */
  sendRate: number;
  /** Recipients the run will send to; unknown for a test send. */
  recipients?: number;
  region: string;
  timeoutSeconds?: number;
}

/**
 * Everything that would make a real run fail or leave recipients pending,
 * said plainly, with the arithmetic where there is some. Empty when the run may start.
 */
export function preflightProblems(facts: PreflightFacts): string[] {
  const problems: string[] = [];
  const { identity, region } = facts;
  if (facts.identityStatus === 'missing') {
    problems.push(`The SES identity ${identity} does not exist in ${region}: create and verify it (a domain with DKIM, or an address) in the SES console, then try again.`);
  } else if (facts.identityStatus !== 'Success') {
    problems.push(`The SES identity ${identity} is not verified in ${region} (status ${facts.identityStatus}): SES refuses every message from it until it is.`);
  }
  const quota = facts.quota;
  if (quota) {
    if (quota.max24HourSend <= SANDBOX_DAILY_QUOTA) {
      problems.push(
        `This SES account is in the sandbox in ${region} (at most ${quota.max24HourSend} messages a day, only to verified addresses): request production access before sending to subscribers.`,
      );
    }
    if (quota.maxPerSecond < facts.sendRate) {
      problems.push(
        `The stack sends at ${facts.sendRate}/s but this SES account allows ${quota.maxPerSecond}/s: lower the sendRate context to ${quota.maxPerSecond} and redeploy, or ask AWS to raise the rate.`,
      );
    }
    const left = Math.max(0, quota.max24HourSend - quota.sentLast24Hours);
    if (facts.recipients !== undefined && facts.recipients > left) {
      problems.push(
        `The list has ${fmt(facts.recipients)} recipients but only ${fmt(left)} of the account's ${fmt(quota.max24HourSend)} messages per 24 hours are left: the rest would stay pending until the quota frees up.`,
      );
    }
  }
  if (facts.recipients !== undefined) {
    const timeout = facts.timeoutSeconds ?? RUN_TIMEOUT_SECONDS;
    const capacity = runCapacity(facts.sendRate, timeout);
    if (facts.recipients > capacity.maxRecipients) {
      const hours = facts.recipients / (facts.sendRate * PACING_EFFICIENCY) / 3600;
      problems.push(
        `${fmt(facts.recipients)} recipients at ${facts.sendRate}/s take ${hours.toFixed(1)} h ` +
          `(${fmt(facts.recipients)} / (${facts.sendRate} × ${PACING_EFFICIENCY}) s), but the run stops after ${timeout / 3600} h ` +
          `and ${RUN_OVERHEAD_SECONDS / 60} min of that go to collecting, rendering and summarizing: ` +
          `at most ${fmt(capacity.maxRecipients)} recipients at this rate. Raise sendRate (and the SES rate), or split the list.`,
      );
    }
  }
  return problems;
}

function fmt(value: number): string {
  return value.toLocaleString('en-US');
}
