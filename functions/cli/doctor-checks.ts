import { domainOf } from '../config/mailbox.js';
import { SANDBOX_DAILY_QUOTA, type IdentityStatus } from '../core/delivery/send-preflight.js';
import { runCapacity } from '../core/delivery/send-plan.js';
import { DigestError, errorMessage } from '../core/errors.js';
import type { SendQuota } from '../core/ports.js';
import type { DeployedSettings } from '../adapters/digest-stack.js';
import type { ProbeAnswer } from '../adapters/endpoint-probe.js';
import type { ConfigurationSetState, DkimState } from '../adapters/ses-account.js';
import type { SesAccountStanding } from '../adapters/ses-production-access.js';

/**
 * What `digest doctor` concludes from what AWS answered: one check per line,
 * each with the fix for a problem. Pure: the command gathers the answers
 * (or the errors that stood in for them) and these functions judge them.
 */

export type CheckStatus = 'ok' | 'warn' | 'fail';

export type CheckId = 'config' | 'articles' | 'subscribers' | 'stack' | 'identity' | 'dkim' | 'configuration-set' | 'sandbox' | 'test-recipients' | 'quota' | 'unsubscribe-url' | 'signup-url' | 'schedule';

export interface DoctorCheck {
  id: CheckId;
  status: CheckStatus;
  /** One line: what was found. */
  summary: string;
  /** What to do about it: a command or a console path. Absent when nothing needs doing. */
  fix?: string;
}

/** An AWS answer, or the error that came instead (kept, so the line can say what kind of error). */
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

export async function settle<T>(promise: Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await promise };
  } catch (error) {
    return { ok: false, error };
  }
}

/** A check's calls took longer than the doctor waits for them: they were cancelled. */
export class CheckTimeoutError extends DigestError {}

/**
 * One check's calls, with a deadline: past `ms` they are cancelled (through
 * the signal, retries included) and the check becomes a "no answer within
 * N s" line, so an endpoint that never answers can neither hang the doctor
 * nor hold up the other checks.
 */
export async function bounded<T>(ms: number, run: (abortSignal: AbortSignal) => Promise<T>): Promise<Outcome<T>> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<Outcome<T>>((resolve) => {
    timer = setTimeout(() => {
      controller.abort();
      resolve({ ok: false, error: new CheckTimeoutError(`no answer within ${ms / 1000} s`) });
    }, ms);
  });
  try {
    return await Promise.race([settle(run(controller.signal)), deadline]);
  } finally {
    clearTimeout(timer);
  }
}

const CONSOLE = 'SES console (https://console.aws.amazon.com/ses/)';

/** The SDK's error under our own wrapper: its name tells denied from throttled from unreachable. */
function awsError(error: unknown): { name: string; message: string } {
  let current = error;
  while (current instanceof Error && current.name.endsWith('Error') && (current as { cause?: unknown }).cause instanceof Error) {
    current = (current as { cause?: unknown }).cause;
  }
  return { name: current instanceof Error ? current.name : 'Error', message: errorMessage(current) };
}

/** A check that could not be made: the error as one line, and what usually fixes that kind of error. */
export function couldNotCheck(id: CheckId, what: string, error: unknown, status: CheckStatus = 'fail'): DoctorCheck {
  const { name, message } = awsError(error);
  const line = message.startsWith(name) ? message : `${name}: ${message}`;
  let fix: string;
  if (/AccessDenied|Unauthorized|Forbidden/i.test(name) || /not authorized/i.test(message)) {
    fix = 'attach the stack\'s EditorsPolicy (output EditorsPolicyArn) to your user or role; a stack deployed before `digest doctor` existed needs `npx cdk deploy` first to add the read-only permissions';
  } else if (/Throttl|TooManyRequests|RateExceeded/i.test(name)) {
    fix = 'AWS throttled the call: run the doctor again in a minute';
  } else if (/Credential|ExpiredToken|InvalidClientTokenId|UnrecognizedClient|SignatureDoesNotMatch/i.test(`${name} ${message}`)) {
    fix = 'configure valid AWS credentials for the stack\'s account (aws configure, or aws sso login) and run again';
  } else if (/Timeout|ECONN|ENOTFOUND|EAI_AGAIN|socket|network/i.test(`${name} ${message}`)) {
    fix = 'AWS did not answer: check the network and the region (AWS_REGION), then run again';
  } else {
    fix = 'run again; if it persists, look at the same setting in the AWS console';
  }
  return { id, status, summary: `could not check ${what}: ${line}`, fix };
}

export function stackCheck(stackName: string, error: unknown): DoctorCheck {
  const check = couldNotCheck('stack', `stack ${stackName}`, error);
  if (/does not exist/i.test(awsError(error).message)) {
    check.fix = `check the name (--stack) and the region (AWS_REGION): aws cloudformation describe-stacks --query "Stacks[].StackName"; deploy with npx cdk deploy if it is not there yet`;
  }
  return check;
}

function isDomain(identity: string): boolean {
  return !identity.includes('@');
}

/** SES lets an identity send as itself, and a domain identity send as any address at it or at its subdomains. */
function coversAddress(identity: string, address: string): boolean {
  const id = identity.toLowerCase();
  if (!isDomain(id)) return id === address.toLowerCase();
  const domain = domainOf(address);
  return domain === id || domain.endsWith(`.${id}`);
}

function verificationFix(identity: string, status: IdentityStatus, region: string): string {
  if (status === 'missing') {
    return isDomain(identity)
      ? `create it with Easy DKIM: ${CONSOLE} → Identities → Create identity → Domain (or aws sesv2 create-email-identity --email-identity ${identity} --region ${region}), then publish the DNS records it lists`
      : `aws sesv2 create-email-identity --email-identity ${identity} --region ${region}, then click the link SES emails to that address`;
  }
  if (status === 'Pending') {
    return isDomain(identity)
      ? `publish the DNS records listed under ${CONSOLE} → Identities → ${identity}; SES keeps checking for 72 hours`
      : `click the verification link SES emailed to ${identity} (to send it again: aws ses verify-email-identity --email-address ${identity} --region ${region})`;
  }
  return `SES gave up on ${identity} (${status}): check its DNS records, then restart verification in ${CONSOLE} → Identities → ${identity}`;
}

export function identityCheck(facts: { identity?: string; sender?: string; region: string; statuses: Outcome<Map<string, IdentityStatus>> }): DoctorCheck {
  const { identity, region } = facts;
  if (!identity) return { id: 'identity', status: 'fail', summary: 'the stack has no SesIdentity output: it predates the SES checks', fix: 'redeploy it: npx cdk deploy' };
  if (!facts.statuses.ok) return couldNotCheck('identity', `the SES identity ${identity}`, facts.statuses.error);
  const status = facts.statuses.value.get(identity) ?? 'missing';
  if (status !== 'Success') {
    const what = status === 'missing' ? `is not an SES identity in ${region}` : `is not verified in ${region} (${status})`;
    return { id: 'identity', status: 'fail', summary: `${identity} ${what}: SES refuses every message from it`, fix: verificationFix(identity, status, region) };
  }
  const sender = facts.sender;
  if (sender && !coversAddress(identity, sender)) {
    return {
      id: 'identity',
      status: 'fail',
      summary: `the From address ${sender} is not covered by the identity ${identity}: SES refuses it, and the stack may only send as ${identity}`,
      fix: `set the sender context to an address ${isDomain(identity) ? `at ${identity}` : `equal to ${identity}`} (or the identity to the From's domain), then npx cdk deploy`,
    };
  }
  return { id: 'identity', status: 'ok', summary: `${identity} is verified in ${region}${sender ? ` and covers the From ${sender}` : ''}` };
}

/**
 * Gmail and Yahoo require bulk senders to sign with DKIM aligned with the From
 * domain: without the domain's own DKIM, SES signs as amazonses.com only.
 */
export function dkimCheck(facts: { domain: string; region: string; dkim: Outcome<DkimState | undefined> }): DoctorCheck {
  const { domain, region } = facts;
  if (!facts.dkim.ok) return couldNotCheck('dkim', `DKIM for ${domain}`, facts.dkim.error);
  const dkim = facts.dkim.value;
  const records = (tokens: string[]) =>
    tokens.length > 0
      ? `publish these CNAME records in ${domain}'s DNS: ${tokens.map((token) => `${token}._domainkey.${domain} → ${token}.dkim.amazonses.com`).join('; ')}`
      : `publish the three CNAME records listed under ${CONSOLE} → Identities → ${domain} → Authentication`;
  if (!dkim || (dkim.tokens.length === 0 && dkim.status === 'NotStarted')) {
    return {
      id: 'dkim',
      status: 'fail',
      summary: `${domain} has no DKIM in ${region}: mail is signed as amazonses.com only, which fails the DMARC alignment Gmail and Yahoo require of bulk senders`,
      fix: `verify the domain with Easy DKIM: ${CONSOLE} → Identities → Create identity → Domain (or aws sesv2 create-email-identity --email-identity ${domain} --region ${region}), then publish the three CNAME records it lists`,
    };
  }
  if (dkim.status !== 'Success') {
    const state = dkim.status === 'Pending' ? 'pending: SES has not found its CNAME records yet' : `${dkim.status}: SES stopped looking for its CNAME records`;
    return { id: 'dkim', status: 'fail', summary: `DKIM for ${domain} is ${state}`, fix: `${records(dkim.tokens)}; SES checks for 72 hours` };
  }
  if (!dkim.enabled) {
    return {
      id: 'dkim',
      status: 'fail',
      summary: `DKIM for ${domain} is verified but signing is turned off`,
      fix: `aws ses set-identity-dkim-enabled --identity ${domain} --dkim-enabled --region ${region} (or ${CONSOLE} → Identities → ${domain} → Authentication → DKIM → Edit)`,
    };
  }
  return { id: 'dkim', status: 'ok', summary: `DKIM for ${domain} is verified and signing` };
}

export function configurationSetCheck(facts: { name: Outcome<string | undefined>; state: Outcome<ConfigurationSetState | undefined> | undefined; region: string }): DoctorCheck {
  if (!facts.name.ok) return couldNotCheck('configuration-set', 'the configuration set (the stack\'s template names it)', facts.name.error);
  const name = facts.name.value;
  if (!name || !facts.state) {
    return { id: 'configuration-set', status: 'fail', summary: 'the stack\'s template names no SES configuration set', fix: 'redeploy the stack with this project\'s CDK app: npx cdk deploy' };
  }
  if (!facts.state.ok) return couldNotCheck('configuration-set', `the configuration set ${name}`, facts.state.error);
  const state = facts.state.value;
  if (!state) {
    return {
      id: 'configuration-set',
      status: 'fail',
      summary: `the configuration set ${name} does not exist in ${facts.region}: SES refuses every message that names it`,
      fix: `it belongs to the stack, and CloudFormation does not notice one deleted by hand: deploy under a new name (npx cdk deploy -c configurationSetName=${name}-2) to have it created again with its bounce and complaint destination`,
    };
  }
  const feedback = state.destinations.some((destination) => destination.snsTopicArn && destination.events.includes('bounce') && destination.events.includes('complaint'));
  if (!feedback) {
    return {
      id: 'configuration-set',
      status: 'warn',
      summary: `the configuration set ${name} exists but publishes no bounces and complaints to SNS: the feedback function never suppresses a bouncing or complaining address`,
      fix: 'redeploy the stack (npx cdk deploy) to restore its BounceComplaint event destination, and re-enable it if it was turned off',
    };
  }
  return { id: 'configuration-set', status: 'ok', summary: `the configuration set ${name} exists and sends bounces and complaints to the feedback function` };
}

/** Whether the account is in the sandbox: GetAccount says so; without it, a 200-a-day quota gives it away. */
export function sandboxOf(standing: Outcome<SesAccountStanding>, quota: Outcome<SendQuota>): boolean | undefined {
  if (standing.ok) return !standing.value.productionAccess;
  if (quota.ok) return quota.value.max24HourSend <= SANDBOX_DAILY_QUOTA;
  return undefined;
}

export function sandboxCheck(facts: { standing: Outcome<SesAccountStanding>; quota: Outcome<SendQuota>; scheduleEnabled?: boolean; region: string }): DoctorCheck {
  const { standing, quota, region } = facts;
  const sandbox = sandboxOf(standing, quota);
  if (sandbox === undefined) return couldNotCheck('sandbox', 'whether the account is in the SES sandbox', standing.ok ? undefined : standing.error);
  if (standing.ok && !standing.value.sendingEnabled) {
    return {
      id: 'sandbox',
      status: 'fail',
      summary: `sending is paused for this account in ${region}: SES refuses every message`,
      fix: `read why in ${CONSOLE} → Account dashboard (or the Service Health / Support Center case), fix it, then aws sesv2 put-account-sending-attributes --sending-enabled --region ${region}`,
    };
  }
  if (standing.ok && standing.value.enforcementStatus === 'SHUTDOWN') {
    return { id: 'sandbox', status: 'fail', summary: `AWS shut down sending for this account in ${region} (enforcement status SHUTDOWN)`, fix: 'answer the case in the AWS Support Center; nothing can be sent until AWS lifts it' };
  }
  const probation = standing.ok && standing.value.enforcementStatus === 'PROBATION';
  const dailyQuota = quota.ok ? quota.value.max24HourSend.toLocaleString('en-US') : '';
  const inferred = standing.ok ? '' : ` (inferred from the quota of ${dailyQuota} a day, as SES v2 GetAccount answered ${awsError(standing.error).name})`;
  if (!sandbox) {
    if (probation) {
      return { id: 'sandbox', status: 'warn', summary: `out of the sandbox in ${region}, but on probation for bounces or complaints`, fix: `read the reputation findings in ${CONSOLE} → Reputation metrics and clean the list before the next send` };
    }
    return { id: 'sandbox', status: 'ok', summary: `out of the sandbox in ${region}: production access${inferred}` };
  }
  const review = standing.ok ? standing.value.reviewStatus : undefined;
  const request = review === 'PENDING' ? '; the request for production access is pending review' : review === 'DENIED' ? '; the request for production access was denied' : '';
  // The scheduled run sends to the whole list, and in the sandbox SES refuses every address that is not verified.
  const hurts = facts.scheduleEnabled !== false;
  return {
    id: 'sandbox',
    status: hurts ? 'fail' : 'warn',
    summary:
      `the account is in the SES sandbox in ${region}${inferred}: only verified addresses receive mail, at most ${SANDBOX_DAILY_QUOTA} a day${request}` +
      (hurts ? '; the daily schedule is on, so the next run fails for every subscriber' : '; test sends to verified editors work'),
    fix:
      review === 'PENDING'
        ? `wait for AWS's answer (Support Center case); until then keep the schedule off: npx cdk deploy -c scheduleEnabled=false`
        : `request production access: ${CONSOLE} → Account dashboard → Request production access (or aws sesv2 put-account-details --production-access-enabled --mail-type MARKETING --website-url https://… --use-case-description "…" --region ${region})`,
  };
}

export function testRecipientsCheck(facts: { sandbox: boolean | undefined; recipients: string[]; source: string; statuses: Outcome<Map<string, IdentityStatus>>; region: string }): DoctorCheck {
  const { recipients, region } = facts;
  if (facts.sandbox === false) {
    return { id: 'test-recipients', status: 'ok', summary: `out of the sandbox, any address receives test sends${recipients.length > 0 ? ` (${recipients.length} in ${facts.source})` : ''}` };
  }
  if (recipients.length === 0) {
    return {
      id: 'test-recipients',
      status: 'warn',
      summary: `no test recipients in ${facts.source}: in the sandbox, test sends reach only verified addresses the stack lists`,
      fix: `verify each editor's address (aws sesv2 create-email-identity --email-identity you@your.domain --region ${region}, then click the emailed link) and deploy with them: npx cdk deploy -c testRecipients=you@your.domain,chief@your.domain`,
    };
  }
  if (!facts.statuses.ok) return couldNotCheck('test-recipients', 'the test recipients', facts.statuses.error);
  const statuses = facts.statuses.value;
  const unverified = recipients.filter((address) => statuses.get(address) !== 'Success' && statuses.get(domainOf(address)) !== 'Success');
  if (unverified.length > 0) {
    return {
      id: 'test-recipients',
      status: 'fail',
      summary: `${unverified.length} of ${recipients.length} test recipients ${unverified.length === 1 ? 'is' : 'are'} not verified, and the sandbox refuses mail to them: ${unverified.map((address) => `${address} (${statuses.get(address) ?? 'missing'})`).join(', ')}`,
      fix: `${unverified.map((address) => `aws sesv2 create-email-identity --email-identity ${address} --region ${region}`).join('; ')}; then each clicks the link SES emails`,
    };
  }
  return { id: 'test-recipients', status: 'ok', summary: `all ${recipients.length} test recipients in ${facts.source} are verified: test sends reach them in the sandbox` };
}

export function quotaCheck(facts: { quota: Outcome<SendQuota>; list: Outcome<{ count: number; what: string } | undefined>; sendRate?: number; region: string }): DoctorCheck {
  const { region } = facts;
  if (!facts.quota.ok) return couldNotCheck('quota', 'the SES sending quota', facts.quota.error);
  const quota = facts.quota.value;
  const fmt = (value: number) => value.toLocaleString('en-US');
  const raise = `request an increase: ${CONSOLE} → Account dashboard → Request an increase (Service Quotas → Amazon SES → Sending quota)`;
  if (facts.sendRate !== undefined && quota.maxPerSecond < facts.sendRate) {
    return {
      id: 'quota',
      status: 'fail',
      summary: `the stack sends at ${facts.sendRate}/s but the account allows ${quota.maxPerSecond}/s in ${region}: every message above it is throttled`,
      fix: `npx cdk deploy -c sendRate=${Math.max(1, Math.floor(quota.maxPerSecond))}, or ${raise.replace('Sending quota', 'Sending rate')}`,
    };
  }
  if (!facts.list.ok) return couldNotCheck('quota', 'the list size against the quota', facts.list.error);
  const list = facts.list.value;
  const limits = `${fmt(quota.max24HourSend)} messages per 24 hours at ${quota.maxPerSecond}/s`;
  if (!list) {
    return { id: 'quota', status: 'warn', summary: `the account allows ${limits}, but the stack has no subscriber list yet`, fix: 'import subscribers (npm run digest -- subscribers import FILE --stack NAME) or let readers sign up' };
  }
  if (list.count > quota.max24HourSend) {
    return { id: 'quota', status: 'fail', summary: `${fmt(list.count)} ${list.what} exceed the account's ${limits}: the rest would stay pending day after day`, fix: raise };
  }
  const left = Math.max(0, quota.max24HourSend - quota.sentLast24Hours);
  if (list.count > left) {
    return {
      id: 'quota',
      status: 'warn',
      summary: `${fmt(list.count)} ${list.what} fit the ${limits}, but only ${fmt(left)} are left of the last 24 hours' quota`,
      fix: 'send after the quota frees up (it is a rolling 24 hours), or raise it: ' + raise,
    };
  }
  if (facts.sendRate !== undefined) {
    const capacity = runCapacity(facts.sendRate);
    if (list.count > capacity.maxRecipients) {
      return {
        id: 'quota',
        status: 'fail',
        summary: `${fmt(list.count)} ${list.what} at ${facts.sendRate}/s do not finish before the run's timeout (at most ${fmt(capacity.maxRecipients)} at this rate)`,
        fix: `raise sendRate (npx cdk deploy -c sendRate=N) together with the account's rate: ${raise.replace('Sending quota', 'Sending rate')}`,
      };
    }
  }
  return { id: 'quota', status: 'ok', summary: `${fmt(list.count)} ${list.what} fit the account's ${limits} (${fmt(quota.sentLast24Hours)} sent in the last 24 hours)` };
}

/** The digest's own public pages carry this CSP; a proxy's or Lambda's error page does not. */
function answeredByDigest(answer: ProbeAnswer): boolean {
  return (answer.headers['content-security-policy'] ?? '').includes("frame-ancestors 'none'");
}

export function endpointCheck(
  id: 'unsubscribe-url' | 'signup-url',
  facts: { url?: string; expected: number; request: string; answer?: Outcome<ProbeAnswer>; logicalName: string },
): DoctorCheck {
  const { url } = facts;
  const output = id === 'unsubscribe-url' ? 'UnsubscribeUrl' : 'SignupUrl';
  if (!url || !facts.answer) return { id, status: 'warn', summary: `the stack has no ${output} output`, fix: 'redeploy it with this project\'s CDK app: npx cdk deploy' };
  const logs = `Lambda console → the stack's ${facts.logicalName} → Monitor → View CloudWatch logs`;
  if (!facts.answer.ok) {
    return { id, status: 'fail', summary: `${url} did not answer: ${errorMessage(facts.answer.error).replace(/^GET \S+: /, '')}`, fix: `check the function URL (Lambda console → the stack's ${facts.logicalName} → Configuration → Function URL) and your network` };
  }
  const answer = facts.answer.value;
  if (answer.status === facts.expected && answeredByDigest(answer)) {
    return { id, status: 'ok', summary: `${url} answers ${facts.request} with ${answer.status}, as the digest's handler does` };
  }
  if (answer.status === 403 && !answeredByDigest(answer)) {
    return {
      id,
      status: 'fail',
      summary: `${url} refuses public requests (403): readers' clicks would fail`,
      fix: 'the function URL needs lambda:InvokeFunctionUrl and lambda:InvokeFunction for everyone; redeploy with this project\'s CDK (npx cdk deploy), and check that no SCP or Lambda public-access block denies them',
    };
  }
  if (answer.status >= 500) {
    return { id, status: 'fail', summary: `${url} failed with ${answer.status}: the function errors before answering`, fix: `read why in its logs (${logs}); a configuration error at cold start names the setting` };
  }
  return {
    id,
    status: 'fail',
    summary: `${url} answered ${facts.request} with ${answer.status}${answeredByDigest(answer) ? '' : ' and not with the digest\'s page'}, where the digest's handler answers ${facts.expected}`,
    fix: `something else answers at this address: compare the stack's ${output} output with the links in a test email, and check any proxy or custom domain in front of it`,
  };
}

export function scheduleCheck(deployed: Outcome<DeployedSettings>): DoctorCheck {
  if (!deployed.ok) return couldNotCheck('schedule', 'the daily schedule (the stack\'s template holds it)', deployed.error, 'warn');
  const schedule = deployed.value.schedule;
  if (!schedule) return { id: 'schedule', status: 'warn', summary: 'the stack has no daily schedule: nothing starts the run', fix: 'redeploy with this project\'s CDK app (npx cdk deploy), or start each run with npm run digest -- send' };
  const when = [schedule.expression, schedule.timeZone].filter(Boolean).join(' in ');
  if (!schedule.enabled) {
    return {
      id: 'schedule',
      status: 'warn',
      summary: `the daily schedule (${when}) was deployed disabled: no run starts by itself`,
      fix: 'when the test sends look right: npx cdk deploy -c scheduleEnabled=true',
    };
  }
  return { id: 'schedule', status: 'ok', summary: `the daily schedule runs ${when} (as deployed; a change made by hand in the EventBridge Scheduler console is not seen here)` };
}
