import { GetIdentityVerificationAttributesCommand, GetSendQuotaCommand, type SESClient } from '@aws-sdk/client-ses';
import { DigestError, errorMessage } from '../core/errors.js';
import type { IdentityStatus } from '../core/delivery/send-preflight.js';
import type { SendQuota } from '../core/ports.js';

/** SES could not tell the account's state: the editor's credentials, region or policy. */
export class SesAccountError extends DigestError {}

/**
 * The SES account as `digest send` checks it before starting a run: the
 * quota and whether the sending identity is verified. Read-only calls the
 * stack's EditorsPolicy grants.
 */
export async function readSesAccount(client: SESClient, identity: string): Promise<{ quota: SendQuota; identityStatus: IdentityStatus }> {
  try {
    const quota = await client.send(new GetSendQuotaCommand({}));
    const attributes = await client.send(new GetIdentityVerificationAttributesCommand({ Identities: [identity] }));
    const status = attributes.VerificationAttributes?.[identity]?.VerificationStatus;
    return {
      quota: { maxPerSecond: quota.MaxSendRate ?? 0, max24HourSend: quota.Max24HourSend ?? 0, sentLast24Hours: quota.SentLast24Hours ?? 0 },
      identityStatus: (status as IdentityStatus | undefined) ?? 'missing',
    };
  } catch (error) {
    throw new SesAccountError(`Cannot check the SES account (GetSendQuota, GetIdentityVerificationAttributes): ${errorMessage(error)}`, { cause: error });
  }
}
