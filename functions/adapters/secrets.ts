import { GetSecretValueCommand, type SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import type { DigestConfig } from '../config/config.js';
import { ConfigError } from '../core/errors.js';
import { ENV } from '../config/env-names.js';
import { secretWeakness } from '../config/secret-strength.js';


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
  if (secret === undefined) throw new ConfigError(`The HMAC secret ${config.hmacSecretArn} holds no string (plain, or JSON {"hmacSecret": "…"})`);
  // The same bar as a secret given in configuration: a stored secret is no safer for being stored.
  const weakness = secretWeakness(secret);
  if (weakness) throw new ConfigError(`The HMAC secret ${config.hmacSecretArn} ${weakness}`);
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

/** Never trimmed: whitespace in a secret is refused, not silently changed. */
function unwrap(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!value.trim().startsWith('{')) return value;
  try {
    const parsed: unknown = JSON.parse(value);
    const field = (parsed as { hmacSecret?: unknown } | null)?.hmacSecret;
    return typeof field === 'string' ? field : undefined;
  } catch {
    // Not JSON after all: a secret may legitimately start with a brace.
    return value;
  }
}
