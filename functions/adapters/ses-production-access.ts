import { GetAccountCommand, SESv2Client, type SESv2ClientConfig } from '@aws-sdk/client-sesv2';
import { errorMessage } from '../core/errors.js';
import { SES_CONNECTION_TIMEOUT_MS, SES_REQUEST_TIMEOUT_MS, type ClientSettings } from './aws-clients.js';
import { SesAccountError, type ReadOptions } from './ses-account.js';

/**
 * Whether the SES account may send to anyone: SES v1 has no sandbox flag, so
 * this one read goes through SES v2 GetAccount (`ses:GetAccount`, read-only,
 * granted by the stack's EditorsPolicy).
 */
export interface SesAccountStanding {
  /** False in the sandbox: only verified addresses receive mail, at most 200 a day. */
  productionAccess: boolean;
  /** False when AWS (or someone) paused sending for the whole account in this region. */
  sendingEnabled: boolean;
  /** HEALTHY, PROBATION (a reputation warning) or SHUTDOWN. */
  enforcementStatus?: string;
  /** The production-access request, if one was made: PENDING, GRANTED, DENIED, FAILED. */
  reviewStatus?: string;
}

/**
 * Built here rather than in aws-clients.ts: only `digest doctor` uses SES v2,
 * and the Lambda bundles that import aws-clients.ts must not carry it.
 */
export function createSesV2Client(config: ClientSettings, overrides: Partial<SESv2ClientConfig> = {}): SESv2Client {
  return new SESv2Client({
    region: config.region,
    ...(config.sesEndpoint ? { endpoint: config.sesEndpoint } : {}),
    requestHandler: { requestTimeout: SES_REQUEST_TIMEOUT_MS, connectionTimeout: SES_CONNECTION_TIMEOUT_MS, throwOnRequestTimeout: true },
    ...overrides,
  });
}

export async function readAccountStanding(client: SESv2Client, options: ReadOptions = {}): Promise<SesAccountStanding> {
  try {
    const account = await client.send(new GetAccountCommand({}), options);
    return {
      productionAccess: account.ProductionAccessEnabled === true,
      sendingEnabled: account.SendingEnabled !== false,
      ...(account.EnforcementStatus ? { enforcementStatus: account.EnforcementStatus } : {}),
      ...(account.Details?.ReviewDetails?.Status ? { reviewStatus: account.Details.ReviewDetails.Status } : {}),
    };
  } catch (error) {
    throw new SesAccountError(`SES v2 GetAccount failed: ${errorMessage(error)}`, { cause: error });
  }
}
