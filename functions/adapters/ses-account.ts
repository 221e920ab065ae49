import {
  DescribeConfigurationSetCommand,
  GetIdentityDkimAttributesCommand,
  GetIdentityVerificationAttributesCommand,
  GetSendQuotaCommand,
  type SESClient,
} from '@aws-sdk/client-ses';
import { DigestError, errorMessage } from '../core/errors.js';
import type { IdentityStatus } from '../core/delivery/send-preflight.js';
import type { SendQuota } from '../core/ports.js';

/** SES could not tell the account's state: the editor's credentials, region or policy. The SDK's error is the cause. */
export class SesAccountError extends DigestError {}

/**
 * Read-only questions to SES v1 about the sending account, as `digest send`
 * and `digest doctor` ask them before anything is sent. Every call is one the
 * stack's EditorsPolicy grants; a refusal becomes a SesAccountError naming the
 * call, with the SDK's error (AccessDenied, Throttling, a timeout) as cause.
 */

/** Cancels the calls in flight (`digest doctor` bounds each check in time). */
export interface ReadOptions {
  abortSignal?: AbortSignal;
}

/** GetIdentityVerificationAttributes takes at most 100 identities per call. */
const IDENTITIES_PER_CALL = 100;

export async function readSendQuota(client: SESClient, options: ReadOptions = {}): Promise<SendQuota> {
  const quota = await call('GetSendQuota', () => client.send(new GetSendQuotaCommand({}), options));
  return { maxPerSecond: quota.MaxSendRate ?? 0, max24HourSend: quota.Max24HourSend ?? 0, sentLast24Hours: quota.SentLast24Hours ?? 0 };
}

/** The verification status of each identity (address or domain); `missing` for one SES does not know. */
export async function readIdentityStatuses(client: SESClient, identities: readonly string[], options: ReadOptions = {}): Promise<Map<string, IdentityStatus>> {
  const unique = [...new Set(identities)];
  const statuses = new Map<string, IdentityStatus>();
  for (let start = 0; start < unique.length; start += IDENTITIES_PER_CALL) {
    const batch = unique.slice(start, start + IDENTITIES_PER_CALL);
    const response = await call('GetIdentityVerificationAttributes', () => client.send(new GetIdentityVerificationAttributesCommand({ Identities: batch }), options));
    const attributes = response.VerificationAttributes ?? {};
    for (const identity of batch) {
      const status = Object.hasOwn(attributes, identity) ? attributes[identity]?.VerificationStatus : undefined;
      statuses.set(identity, (status as IdentityStatus | undefined) ?? 'missing');
    }
  }
  return statuses;
}

export interface DkimState {
  enabled: boolean;
  /** Success once SES found the CNAME records; Pending until then. */
  status: IdentityStatus;
  /** The Easy DKIM tokens: each is published as `<token>._domainkey.<domain>` CNAME `<token>.dkim.amazonses.com`. */
  tokens: string[];
}

/** DKIM signing of a domain identity; `undefined` when SES has no DKIM record of it. */
export async function readDkim(client: SESClient, domain: string, options: ReadOptions = {}): Promise<DkimState | undefined> {
  const response = await call('GetIdentityDkimAttributes', () => client.send(new GetIdentityDkimAttributesCommand({ Identities: [domain] }), options));
  const attributes = response.DkimAttributes ?? {};
  const entry = Object.hasOwn(attributes, domain) ? attributes[domain] : undefined;
  if (!entry) return undefined;
  return {
    enabled: entry.DkimEnabled ?? false,
    status: (entry.DkimVerificationStatus as IdentityStatus | undefined) ?? 'NotStarted',
    tokens: entry.DkimTokens ?? [],
  };
}

export interface ConfigurationSetState {
  name: string;
  /** The event destinations that are on, with the events they receive (lower-case, as SES names them). */
  destinations: Array<{ name: string; events: string[]; snsTopicArn?: string }>;
}

/** The configuration set and its enabled event destinations; `undefined` when it does not exist. */
export async function readConfigurationSet(client: SESClient, name: string, options: ReadOptions = {}): Promise<ConfigurationSetState | undefined> {
  try {
    const response = await client.send(new DescribeConfigurationSetCommand({ ConfigurationSetName: name, ConfigurationSetAttributeNames: ['eventDestinations'] }), options);
    const destinations = (response.EventDestinations ?? [])
      .filter((destination) => destination.Enabled !== false)
      .map((destination) => ({
        name: destination.Name ?? '',
        events: (destination.MatchingEventTypes ?? []).map((event) => event.toLowerCase()),
        ...(destination.SNSDestination?.TopicARN ? { snsTopicArn: destination.SNSDestination.TopicARN } : {}),
      }));
    return { name: response.ConfigurationSet?.Name ?? name, destinations };
  } catch (error) {
    if ((error as { name?: string }).name === 'ConfigurationSetDoesNotExistException' || (error as { name?: string }).name === 'ConfigurationSetDoesNotExist') return undefined;
    throw new SesAccountError(`SES DescribeConfigurationSet failed: ${errorMessage(error)}`, { cause: error });
  }
}

/** The quota and whether the sending identity is verified: what `digest send` checks before starting a run. */
export async function readSesAccount(client: SESClient, identity: string): Promise<{ quota: SendQuota; identityStatus: IdentityStatus }> {
  const quota = await readSendQuota(client);
  const statuses = await readIdentityStatuses(client, [identity]);
  return { quota, identityStatus: statuses.get(identity) ?? 'missing' };
}

async function call<T>(action: string, request: () => Promise<T>): Promise<T> {
  try {
    return await request();
  } catch (error) {
    throw new SesAccountError(`SES ${action} failed: ${errorMessage(error)}`, { cause: error });
  }
}
