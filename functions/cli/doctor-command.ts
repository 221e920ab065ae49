import { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import { createSesClient } from '../adapters/aws-clients.js';
import { describeDigestStack, readDeployedSettings, type DeployedSettings, type DigestStack } from '../adapters/digest-stack.js';
import { probeEndpoint } from '../adapters/endpoint-probe.js';
import { readConfigurationSet, readDkim, readIdentityStatuses, readSendQuota } from '../adapters/ses-account.js';
import { createSesV2Client, readAccountStanding } from '../adapters/ses-production-access.js';
import type { DigestConfig } from '../config/config.js';
import { domainOf, parseMailbox } from '../config/mailbox.js';
import { addressProblem } from '../core/subscribers/email-address.js';
import { subscriberListSize } from './cloud-commands.js';
import { localChecks, type LocalDoctorOptions } from './doctor-local.js';
import {
  bounded,
  configurationSetCheck,
  dkimCheck,
  endpointCheck,
  identityCheck,
  quotaCheck,
  sandboxCheck,
  sandboxOf,
  scheduleCheck,
  stackCheck,
  testRecipientsCheck,
  type DoctorCheck,
  type Outcome,
} from './doctor-checks.js';

/**
 * `digest doctor --stack S`: the "First deploy" checklist of the README,
 * checked against the real account with the editor's credentials. Every check
 * is read-only (the calls the stack's EditorsPolicy grants, and one GET to
 * each public function URL). An AWS error becomes that check's line, never a
 * stack trace, and the other checks still run.
 */

export interface DoctorOptions extends Partial<LocalDoctorOptions> {
  /** The deployed stack; without it, the local setup is checked. */
  stack?: string;
  json?: boolean;
  /** How long each function URL may take to answer. */
  timeoutMs?: number;
  /** How long each AWS check may take, retries included, before it becomes a "no answer" line. */
  checkTimeoutMs?: number;
}

export interface DoctorReport {
  /** Absent for the local setup. */
  stack?: string;
  region?: string;
  ok: boolean;
  checks: DoctorCheck[];
}

const PROBE_TIMEOUT_MS = 5000;
export const CHECK_TIMEOUT_MS = 10_000;

export async function doctorCommand(options: DoctorOptions, load: () => DigestConfig, write: (text: string) => void = (text) => process.stdout.write(text)): Promise<DoctorReport> {
  let report: DoctorReport;
  if (options.stack) {
    const config = load();
    // A check that hangs is worse than one that fails: every call the doctor makes is bounded.
    const cloudFormation = new CloudFormationClient({ region: config.region, requestHandler: { requestTimeout: 10_000, connectionTimeout: 3000, throwOnRequestTimeout: true } });
    const limits = { checkMs: options.checkTimeoutMs ?? CHECK_TIMEOUT_MS, probeMs: Math.min(options.timeoutMs ?? PROBE_TIMEOUT_MS, options.checkTimeoutMs ?? CHECK_TIMEOUT_MS) };
    const stack = options.stack;
    const found = await bounded(limits.checkMs, (abortSignal) => describeDigestStack(cloudFormation, stack, { abortSignal }));
    const checks = found.ok ? await checkStack(found.value, cloudFormation, config, limits) : [stackCheck(options.stack, found.error)];
    report = { stack: options.stack, region: found.ok ? found.value.region : config.region, ok: passed(checks), checks };
  } else {
    const checks = await localChecks({ articles: options.articles ?? 'examples/articles', out: options.out ?? 'out', ...(options.subscribers ? { subscribers: options.subscribers } : {}) }, load);
    report = { ok: passed(checks), checks };
  }
  write(options.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report));
  return report;
}

function passed(checks: DoctorCheck[]): boolean {
  return checks.every((check) => check.status !== 'fail');
}

async function checkStack(stack: DigestStack, cloudFormation: CloudFormationClient, config: DigestConfig, limits: { checkMs: number; probeMs: number }): Promise<DoctorCheck[]> {
  const region = stack.region;
  // Reads may retry (unlike sends): a throttled check is worth a second try before it becomes a line.
  const ses = createSesClient({ ...config, region }, { maxAttempts: 3 });
  const sesV2 = createSesV2Client({ ...config, region }, { maxAttempts: 3 });

  // Every AWS read is bounded: a check past its deadline is cancelled and reported, and the others still run.
  const check = <T>(run: (abortSignal: AbortSignal) => Promise<T>) => bounded(limits.checkMs, run);
  const probe = (url: string | undefined) => (url ? check(() => probeEndpoint(url, limits.probeMs)) : undefined);
  const [deployed, quota, standing, list, unsubscribe, signup] = await Promise.all([
    check((abortSignal) => readDeployedSettings(cloudFormation, stack.stackName, { abortSignal })),
    check((abortSignal) => readSendQuota(ses, { abortSignal })),
    check((abortSignal) => readAccountStanding(sesV2, { abortSignal })),
    // The subscriber count's own clients time out each request; the deadline still bounds the whole scan.
    check(() => subscriberListSize(stack, config)),
    // Without a token the unsubscribe handler answers 400 with its own page, and changes nothing.
    probe(stack.unsubscribeUrl),
    // The sign-up form, as a reader's browser fetches it.
    probe(stack.signupUrl),
  ]);

  const settings: Partial<DeployedSettings> = deployed.ok ? deployed.value : {};
  const sender = settings.sender ? parseMailbox(settings.sender) : undefined;
  const senderAddress = sender && typeof sender !== 'string' ? sender.address : undefined;
  const dkimDomain = senderAddress ? domainOf(senderAddress) : stack.sesIdentity ? domainOf(stack.sesIdentity) : undefined;
  // One list of editors' test addresses: the stack's testRecipients context; from here, DIGEST_TEST_RECIPIENTS if the template is unreadable.
  const recipients = (deployed.ok ? deployed.value.testRecipients : config.testRecipients).filter((address) => !addressProblem(address));
  const source = deployed.ok ? 'the stack\'s testRecipients' : 'DIGEST_TEST_RECIPIENTS';
  const identities = [...(stack.sesIdentity ? [stack.sesIdentity] : []), ...recipients, ...recipients.map((address) => domainOf(address))];

  const [statuses, dkim, configurationSet] = await Promise.all([
    check((abortSignal) => readIdentityStatuses(ses, identities, { abortSignal })),
    dkimDomain ? check((abortSignal) => readDkim(ses, dkimDomain, { abortSignal })) : undefined,
    settings.configurationSetName ? check((abortSignal) => readConfigurationSet(ses, settings.configurationSetName!, { abortSignal })) : undefined,
  ]);
  const configurationSetName: Outcome<string | undefined> = deployed.ok ? { ok: true, value: deployed.value.configurationSetName } : deployed;

  const checks: DoctorCheck[] = [identityCheck({ identity: stack.sesIdentity, sender: senderAddress, region, statuses })];
  if (dkimDomain && dkim) checks.push(dkimCheck({ domain: dkimDomain, region, dkim }));
  checks.push(
    configurationSetCheck({ name: configurationSetName, state: configurationSet, region }),
    sandboxCheck({ standing, quota, scheduleEnabled: settings.schedule?.enabled, region }),
    testRecipientsCheck({ sandbox: sandboxOf(standing, quota), recipients, source, statuses, region }),
    quotaCheck({ quota, list, sendRate: stack.sendRate, region }),
    endpointCheck('unsubscribe-url', { url: stack.unsubscribeUrl, expected: 400, request: 'a GET without a token', answer: unsubscribe, logicalName: 'UnsubscribeFunction' }),
    endpointCheck('signup-url', { url: stack.signupUrl, expected: 200, request: 'a GET of the form', answer: signup, logicalName: 'SignupFunction' }),
    scheduleCheck(deployed),
  );
  return checks;
}

const MARK: Record<DoctorCheck['status'], string> = { ok: 'ok  ', warn: 'warn', fail: 'FAIL' };

export function formatReport(report: DoctorReport): string {
  const width = Math.max(...report.checks.map((check) => check.id.length));
  const lines = [report.stack ? `digest doctor: stack ${report.stack} in ${report.region}` : 'digest doctor: the local setup (--stack NAME checks a deployed stack)'];
  for (const check of report.checks) {
    lines.push(`  ${MARK[check.status]}  ${check.id.padEnd(width)}  ${check.summary}`);
    if (check.fix) lines.push(`  ${' '.repeat(4)}  ${' '.repeat(width)}  fix: ${check.fix}`);
  }
  const failed = report.checks.filter((check) => check.status === 'fail').length;
  const warned = report.checks.filter((check) => check.status === 'warn').length;
  const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
  lines.push(
    failed > 0
      ? `${count(failed, 'problem')} to fix${warned ? ` and ${count(warned, 'warning')}` : ''}; then run the doctor again.`
      : warned > 0
        ? `No blocking problem; ${count(warned, 'warning')} to read.`
        : 'Everything checked is ready.',
  );
  return `${lines.join('\n')}\n`;
}
