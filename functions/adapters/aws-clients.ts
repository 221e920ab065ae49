import { DynamoDBClient, type DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import { S3Client, type S3ClientConfig } from '@aws-sdk/client-s3';
import { SESClient, type SESClientConfig } from '@aws-sdk/client-ses';
import { SecretsManagerClient, type SecretsManagerClientConfig } from '@aws-sdk/client-secrets-manager';
import type { DigestConfig } from '../config/config.js';

/**
 * The one place that builds AWS SDK clients. Entry points call these once per
 * cold start and inject the clients into adapters; tests call them with the
 * emulators' endpoints (via configuration) and dummy credentials (via overrides).
 */

export type ClientSettings = Pick<DigestConfig, 'region'> & Partial<Pick<DigestConfig, 's3Endpoint' | 'sesEndpoint' | 'dynamodbEndpoint'>>;

/**
 * A send that has not answered in this time is abandoned and reported as
 * retryable. The SES emulator never answers some actions (GetSendQuota), and a
 * Lambda must never burn its whole deadline on one stuck socket.
 */
export const SES_REQUEST_TIMEOUT_MS = 10_000;
export const SES_CONNECTION_TIMEOUT_MS = 3_000;

export function createS3Client(config: ClientSettings, overrides: Partial<S3ClientConfig> = {}): S3Client {
  return new S3Client({
    region: config.region,
    ...(config.s3Endpoint ? { endpoint: config.s3Endpoint, forcePathStyle: true } : {}),
    // Newer SDKs add CRC checksums (and aws-chunked bodies) to every upload and
    // validate them on download; emulators and S3-compatible stores do not all
    // speak that. Checksums stay on for the operations that require them.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    ...overrides,
  });
}

export function createSesClient(config: ClientSettings, overrides: Partial<SESClientConfig> = {}): SESClient {
  return new SESClient({
    region: config.region,
    ...(config.sesEndpoint ? { endpoint: config.sesEndpoint } : {}),
    // The delivery engine owns retries (with its rate limiter and the
    // retryable/permanent classification); SDK-level retries underneath it
    // would multiply attempts and blur the send rate. A throttled SES call
    // sends nothing, so a single attempt per engine retry is safe.
    maxAttempts: 1,
    requestHandler: {
      requestTimeout: SES_REQUEST_TIMEOUT_MS,
      connectionTimeout: SES_CONNECTION_TIMEOUT_MS,
      // Without this the SDK only logs a warning and keeps waiting.
      throwOnRequestTimeout: true,
    },
    ...overrides,
  });
}

export function createSecretsManagerClient(
  config: ClientSettings,
  overrides: Partial<SecretsManagerClientConfig> = {},
): SecretsManagerClient {
  return new SecretsManagerClient({ region: config.region, ...overrides });
}

export function createDynamoDbClient(config: ClientSettings, overrides: Partial<DynamoDBClientConfig> = {}): DynamoDBClient {
  return new DynamoDBClient({
    region: config.region,
    ...(config.dynamodbEndpoint ? { endpoint: config.dynamodbEndpoint } : {}),
    // A sign-up is a person waiting on a page: fail in seconds rather than hang to the Lambda timeout.
    requestHandler: { requestTimeout: 10_000, connectionTimeout: 3_000, throwOnRequestTimeout: true },
    ...overrides,
  });
}
