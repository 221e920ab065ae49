import { GetSecretValueCommand, type SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import type { DigestConfig } from '../config/config.js';
import { ConfigError } from '../core/errors.js';
import { ENV } from '../config/env-names.js';

const MIN_SECRET_LENGTH = 32;

/**
 * The HMAC secret that signs unsubscribe tokens: given directly in
 * configuration (local runs, tests) or stored in Secrets Manager (production),
 * where the value is either the plain secret or JSON `{"hmacSecret": "…"}`.
 * Callers resolve it once per cold start; see `memoizeSecret`.
 */
export async function resolveHmacSecret(
  config: Pick<DigestConfig, 'hmacSecret' | 'hmacSecretArn'>,
  client: () => SecretsManagerClient,
): Promise<string> {
  if (config.hmacSecret) return config.hmacSecret;
  if (!config.hmacSecretArn) throw new ConfigError(`${ENV.hmacSecret} or ${ENV.hmacSecretArn} is required`);
  let value: string | undefined;
  try {
    const response = await client().send(new GetSecretValueCommand({ SecretId: config.hmacSecretArn }));
    value = response.SecretString;
  } catch (error) {
    throw new ConfigError(`Cannot read the HMAC secret ${config.hmacSecretArn} from Secrets Manager`, { cause: error });
  }
  const secret = unwrap(value);
  if (!secret || secret.length < MIN_SECRET_LENGTH) {
    throw new ConfigError(`The HMAC secret ${config.hmacSecretArn} must be a string of at least ${MIN_SECRET_LENGTH} characters`);
  }
  return secret;
}

/**
 * Runs `resolve` once and shares the result; a failure is not cached, so a
 * warm container recovers from a transient Secrets Manager error on the next
 * invocation instead of failing until it is recycled.
 */
export function memoizeSecret(resolve: () => Promise<string>): () => Promise<string> {
  let pending: Promise<string> | undefined;
  return () => {
    pending ??= resolve().catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
    return pending;
  };
}

function unwrap(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (!trimmed.startsWith('{')) return trimmed;
  try {
    const parsed: unknown = JSON.parse(trimmed);
    const field = (parsed as { hmacSecret?: unknown }).hmacSecret;
    return typeof field === 'string' ? field : undefined;
  } catch {
    // Not JSON after all: a secret may legitimately start with a brace.
    return trimmed;
  }
}
