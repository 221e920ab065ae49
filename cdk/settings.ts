import type { Node } from 'constructs';
import { domainOf, isPlaceholderDomain } from '../functions/config/mailbox.js';

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
  /** Name of the SES configuration set this stack creates. */
  readonly configurationSetName: string;
  /** Account-wide SES sending rate (messages/second) the whole send may use. */
  readonly sendRate: number;
  /** Daily schedule, UTC. */
  readonly scheduleHour: number;
  readonly scheduleMinute: number;
  /** Whether the daily rule is enabled (a fresh stack may want to stay off until tested). */
  readonly scheduleEnabled: boolean;
  readonly siteUrl: string;
  readonly postalAddress: string;
  readonly listId: string;
  readonly listName?: string;
  readonly replyTo?: string;
  readonly subjectPrefix?: string;
  /** A public unsubscribe URL (custom domain in front of the function URL); default: the function URL. */
  readonly unsubscribeUrl?: string;
  readonly unsubscribeMailto?: string;
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
  configurationSetName: 'daily-digest',
  sendRate: 14,
  scheduleHour: 6,
  scheduleMinute: 0,
  scheduleEnabled: true,
  siteUrl: 'https://example.com',
  postalAddress: 'Daily Digest, 1 Example Street, Springfield 00000',
  listId: 'daily-digest.example.com',
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
      problems.push(`${key} must be a number from ${min} to ${max}, got ${String(value)}`);
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

  const https = /^https:\/\/[^\s]+$/;
  const settings: DigestSettings = stripUndefined({
    ...DEFAULT_SETTINGS,
    ...stripUndefined({
      stackName: text('stackName', /^[A-Za-z][A-Za-z0-9-]{0,127}$/),
      sender: text('sender', /@/),
      identity: text('identity', /^[^\s/]+$/),
      configurationSetName: text('configurationSetName', /^[A-Za-z0-9_-]{1,64}$/),
      sendRate: int('sendRate', 1, 10_000),
      scheduleHour: int('scheduleHour', 0, 23),
      scheduleMinute: int('scheduleMinute', 0, 59),
      scheduleEnabled: bool('scheduleEnabled'),
      siteUrl: text('siteUrl', https),
      postalAddress: text('postalAddress', /\S{2,}/),
      listId: text('listId', /^[a-z0-9][a-z0-9.-]*$/i),
      listName: text('listName'),
      replyTo: text('replyTo', /@/),
      subjectPrefix: text('subjectPrefix'),
      unsubscribeUrl: text('unsubscribeUrl', https),
      unsubscribeMailto: text('unsubscribeMailto', /^[^\s@]+@[^\s@]+$/),
      alarmEmail: text('alarmEmail', /^[^\s@]+@[^\s@]+$/),
      logRetentionDays: int('logRetentionDays', 1, 3653),
      issueRetentionDays: int('issueRetentionDays', 1, 3653),
      articleRetentionDays: int('articleRetentionDays', 1, 3653),
      account: text('account', /^\d{12}$/),
      region: text('region', /^[a-z]{2}(-[a-z]+)+-\d$/),
    }),
  }) as DigestSettings;
  if (!Number.isInteger(settings.scheduleHour) || !Number.isInteger(settings.scheduleMinute)) {
    problems.push('scheduleHour and scheduleMinute must be whole numbers');
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

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
