import type { Node } from 'constructs';
import { isTimeZone, parseLocalTime } from '../functions/core/schedule/issue-day.js';
import { addressProblem } from '../functions/core/subscribers/email-address.js';
import { domainOf, isPlaceholderDomain, parseMailbox } from '../functions/config/mailbox.js';

/**
 * Deployment settings, read once from CDK context (`cdk.json`, overridden with
 * `-c key=value`) and validated, so a typo fails `cdk synth` instead of the
 * first cold start. Every key is documented in the README's configuration table.
 */
export interface DigestSettings {
  /** CloudFormation stack name; the CLI's `--stack` and the output export names use it. */
  readonly stackName: string;
  /** `From` header, e.g. `Daily Digest <digest@example.com>`. */
  readonly sender: string;
  /** The verified SES identity (a domain or an address) the functions may send from. */
  readonly identity: string;
  /**
   * Name of the SES configuration set this stack creates; default: the stack's
   * name, so a second stack (staging) in the same account does not collide.
   */
  readonly configurationSetName?: string;
  /** Account-wide SES sending rate (messages/second) the whole send may use. */
  readonly sendRate: number;
  /** Local send time, `HH:MM` (24-hour), in `scheduleTimeZone`. */
  readonly scheduleTime: string;
  /** The newsroom's IANA time zone: the schedule fires at `scheduleTime` there, and "the day" is that zone's day. */
  readonly scheduleTimeZone: string;
  /** Whether the daily schedule is enabled (a fresh stack may want to stay off until tested). */
  readonly scheduleEnabled: boolean;
  /** The site the emails link to; default: the web archive's address (the CloudFront domain, or `archiveDomainName`). */
  readonly siteUrl?: string;
  /** A custom domain for the web archive (e.g. `digest.example.org`); needs `archiveCertificateArn`. */
  readonly archiveDomainName?: string;
  /** An ACM certificate in us-east-1 covering `archiveDomainName`. */
  readonly archiveCertificateArn?: string;
  /** Editors' addresses for test sends (`DIGEST_TEST_RECIPIENTS` in the functions). */
  readonly testRecipients: readonly string[];
  readonly postalAddress: string;
  readonly listId: string;
  readonly listName?: string;
  readonly replyTo?: string;
  readonly subjectPrefix?: string;
  /** A public unsubscribe URL (custom domain in front of the function URL); default: the function URL. */
  readonly unsubscribeUrl?: string;
  readonly unsubscribeMailto?: string;
  /**
   * An existing HMAC secret to use instead of generating one: the retained
   * secret of a deleted stack, so links delivered before `cdk destroy` keep working.
   */
  readonly hmacSecretArn?: string;
  /** Concurrent executions reserved for (and capping) the public unsubscribe function. */
  readonly unsubscribeReservedConcurrency: number;
  /** Email address subscribed to the alarm topic; none when empty. */
  readonly alarmEmail?: string;
  readonly logRetentionDays: number;
  /** Days after which `issues/…` objects (ledgers, reports, snapshots) expire. */
  readonly issueRetentionDays: number;
  /** Days after which articles expire. */
  readonly articleRetentionDays: number;
  readonly account?: string;
  readonly region?: string;
}

export const DEFAULT_SETTINGS: DigestSettings = {
  stackName: 'DailyDigest',
  sender: 'Daily Digest <digest@example.com>',
  identity: 'example.com',
  sendRate: 14,
  scheduleTime: '06:00',
  scheduleTimeZone: 'UTC',
  scheduleEnabled: true,
  testRecipients: [],
  postalAddress: 'Daily Digest, 1 Example Street, Springfield 00000',
  listId: 'daily-digest.example.com',
  // One-click unsubscribes arrive in a burst after each send; ~50 ms each, 20 serve ~400 a second.
  unsubscribeReservedConcurrency: 20,
  logRetentionDays: 30,
  issueRetentionDays: 400,
  articleRetentionDays: 90,
};

export class SettingsError extends Error {
  override readonly name = 'SettingsError';
}

/** Reads every setting from the node's context, falling back to `DEFAULT_SETTINGS`. */
export function readSettings(node: Node): DigestSettings {
  const raw = (key: keyof DigestSettings): unknown => {
    const value: unknown = node.tryGetContext(key);
    return value === '' || value === null ? undefined : value;
  };
  const problems: string[] = [];
  const text = (key: keyof DigestSettings, pattern?: RegExp): string | undefined => {
    const value = raw(key);
    if (value === undefined) return undefined;
    if (typeof value !== 'string') problems.push(`${key} must be a string`);
    else if (pattern && !pattern.test(value)) problems.push(`${key} "${value}" does not match ${pattern}`);
    else return value;
    return undefined;
  };
  const int = (key: keyof DigestSettings, min: number, max: number): number | undefined => {
    const value = raw(key);
    if (value === undefined) return undefined;
    const parsed = typeof value === 'number' ? value : Number(value);
    if (!Number.isFinite(parsed) || parsed < min || parsed > max) {
      problems.push(`${key} must be a number from ${min} to ${max}, got ${JSON.stringify(value)}`);
      return undefined;
    }
    return parsed;
  };
  const bool = (key: keyof DigestSettings): boolean | undefined => {
    const value = raw(key);
    if (value === undefined) return undefined;
    if (value === true || value === 'true') return true;
    if (value === false || value === 'false') return false;
    problems.push(`${key} must be true or false`);
    return undefined;
  };

  const localTime = (): string | undefined => {
    const value = raw('scheduleTime');
    if (value === undefined) return undefined;
    if (!parseLocalTime(value)) problems.push(`scheduleTime must be a local time as HH:MM (24-hour), got ${JSON.stringify(value)}`);
    else return value as string;
    return undefined;
  };
  const timeZone = (): string | undefined => {
    const value = raw('scheduleTimeZone');
    if (value === undefined) return undefined;
    if (!isTimeZone(value)) problems.push(`scheduleTimeZone must be an IANA time zone such as Europe/Berlin or America/New_York, got ${JSON.stringify(value)}`);
    else return value;
    return undefined;
  };
  const addresses = (key: 'testRecipients'): string[] | undefined => {
    const value = raw(key);
    if (value === undefined) return undefined;
    const list = typeof value === 'string' ? value.split(',') : Array.isArray(value) ? value : undefined;
    if (!list || list.some((item) => typeof item !== 'string')) {
      problems.push(`${key} must be a list of addresses or a comma-separated string`);
      return undefined;
    }
    const trimmed = (list as string[]).map((item) => item.trim()).filter(Boolean);
    for (const address of trimmed) {
      const problem = addressProblem(address);
      if (problem) problems.push(`${key}: ${problem}`);
    }
    return trimmed;
  };
  const https = /^https:\/\/[^\s]+$/;
  const settings: DigestSettings = stripUndefined({
    ...DEFAULT_SETTINGS,
    ...stripUndefined({
      stackName: text('stackName', /^[A-Za-z][A-Za-z0-9-]{0,127}$/),
      sender: text('sender', /@/),
      identity: text('identity', /^[^\s/]+$/),
      configurationSetName: text('configurationSetName', /^[A-Za-z0-9_-]{1,64}$/),
      sendRate: int('sendRate', 1, 10_000),
      scheduleTime: localTime(),
      scheduleTimeZone: timeZone(),
      scheduleEnabled: bool('scheduleEnabled'),
      siteUrl: text('siteUrl', https),
      archiveDomainName: text('archiveDomainName', /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i),
      archiveCertificateArn: text('archiveCertificateArn', /^arn:aws[a-z-]*:acm:us-east-1:\d{12}:certificate\/[A-Za-z0-9-]+$/),
      testRecipients: addresses('testRecipients'),
      postalAddress: text('postalAddress', /\S{2,}/),
      listId: text('listId', /^[a-z0-9][a-z0-9.-]*$/i),
      listName: text('listName'),
      replyTo: text('replyTo', /@/),
      subjectPrefix: text('subjectPrefix'),
      unsubscribeUrl: text('unsubscribeUrl', https),
      unsubscribeMailto: text('unsubscribeMailto', /^[^\s@]+@[^\s@]+$/),
      hmacSecretArn: text('hmacSecretArn', /^arn:aws[a-z-]*:secretsmanager:[a-z]{2}(-[a-z]+)+-\d:\d{12}:secret:[A-Za-z0-9/_+=.@-]+-[A-Za-z0-9]{6}$/),
      unsubscribeReservedConcurrency: int('unsubscribeReservedConcurrency', 1, 1000),
      alarmEmail: text('alarmEmail', /^[^\s@]+@[^\s@]+$/),
      logRetentionDays: int('logRetentionDays', 1, 3653),
      issueRetentionDays: int('issueRetentionDays', 1, 3653),
      articleRetentionDays: int('articleRetentionDays', 1, 3653),
      account: text('account', /^\d{12}$/),
      region: text('region', /^[a-z]{2}(-[a-z]+)+-\d$/),
    }),
  }) as DigestSettings;
  for (const old of ['scheduleHour', 'scheduleMinute']) {
    if (node.tryGetContext(old) !== undefined) {
      problems.push(`${old} is no longer read: set scheduleTime ("HH:MM", local time) and scheduleTimeZone (an IANA name such as Europe/Berlin) instead`);
    }
  }
  const sender = parseMailbox(settings.sender);
  if (typeof sender === 'string') problems.push(`sender ${sender}`);
  if (Boolean(settings.archiveDomainName) !== Boolean(settings.archiveCertificateArn)) {
    problems.push('archiveDomainName and archiveCertificateArn go together: a custom domain needs its ACM certificate (us-east-1)');
  }
  if (problems.length > 0) throw new SettingsError(`Invalid CDK context: ${problems.join('; ')}`);
  assertNoPlaceholders(node, settings);
  return settings;
}

/**
 * The functions refuse a placeholder sender at cold start; synth refuses it
 * first, so a deploy never ships one. `-c allowPlaceholders=true` lets CI and
 * tests synthesize the example settings.
 */
function assertNoPlaceholders(node: Node, settings: DigestSettings): void {
  const allowed: unknown = node.tryGetContext('allowPlaceholders');
  if (allowed === true || allowed === 'true') return;
  const placeholders = (['sender', 'identity'] as const).filter((key) => isPlaceholderDomain(domainOf(settings[key])));
  if (placeholders.length === 0) return;
  throw new SettingsError(
    `The ${placeholders.join(' and ')} context ${placeholders.length > 1 ? 'settings use' : 'setting uses'} a placeholder domain (${placeholders.map((key) => settings[key]).join(', ')}): ` +
      'set your SES-verified sender and identity (-c sender="News <news@your.domain>" -c identity=your.domain), or pass -c allowPlaceholders=true to synthesize the example',
  );
}

/** The bare address of the `sender` setting (`digest@example.org`), as SES compares it with `ses:FromAddress`. */
export function senderAddress(settings: Pick<DigestSettings, 'sender'>): string {
  const mailbox = parseMailbox(settings.sender);
  if (typeof mailbox === 'string') throw new SettingsError(`sender ${mailbox}`);
  return mailbox.address;
}

/** The SES configuration set's name: the `configurationSetName` setting, else the stack's name (at most 64 characters). */
export function configurationSetNameFor(settings: Pick<DigestSettings, 'configurationSetName'>, stackName: string): string {
  return settings.configurationSetName ?? stackName.slice(0, 64);
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
