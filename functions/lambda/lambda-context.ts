import type { S3ClientConfig } from '@aws-sdk/client-s3';
import type { SecretsManagerClientConfig } from '@aws-sdk/client-secrets-manager';
import type { Context } from 'aws-lambda';
import type * as z from 'zod/mini';
import { loadConfig, type DigestConfig, type LoadConfigOptions } from '../config/config.js';
import { ENV } from '../config/env-names.js';
import { checkContract } from '../contracts/contract-schema.js';
import { createS3Client, createSecretsManagerClient } from '../adapters/aws-clients.js';
import { S3Store } from '../adapters/s3-store.js';
import { memoizeSecret, resolveHmacSecret } from '../adapters/secrets.js';
import { ConfigError, DigestError } from '../core/errors.js';
import type { Log, ObjectStore } from '../core/ports.js';
import { createJsonLog } from './json-log.js';

/**
 * What every Lambda entry point shares, built once per cold start: the
 * validated configuration, the logger, the S3 client and store, and the HMAC
 * secret (resolved on first use, then kept). Entry files build it at module
 * load; tests build it with the emulators' endpoints and their own logger.
 */

/** The logger the handlers need: structured lines plus keys that stay on every line of an invocation. */
export interface RunLogger extends Log {
  appendPersistentKeys(keys: Record<string, unknown>): void;
  addContext?(context: Context): void;
}

export interface LambdaContext {
  config: DigestConfig;
  log: RunLogger;
  store: ObjectStore;
  hmacSecret: () => Promise<string>;
}

export interface LambdaContextOptions extends LoadConfigOptions {
  /** Which function this is; appears on every log line. */
  functionName: string;
  log?: RunLogger;
  s3Overrides?: Partial<S3ClientConfig>;
  secretsManagerOverrides?: Partial<SecretsManagerClientConfig>;
}

/** The event does not have the shape the state machine or the trigger promises (see contracts/step-events.ts). */
export class InvalidEventError extends DigestError {}

/** The event, checked against its contract; refused with the fields at fault otherwise. */
export function parseEvent<S extends z.ZodMiniType>(schema: S, event: unknown, name: string): z.output<S> {
  const checked = checkContract(schema, event);
  if (!checked.ok) throw new InvalidEventError(`Invalid ${name}: ${checked.problems}`);
  return checked.value;
}

/** A file the step needs is not in the bucket (the previous step did not run, or the list was never uploaded). */
export class MissingInputError extends DigestError {}

export function createLambdaContext(options: LambdaContextOptions): LambdaContext {
  const config = loadConfig(options);
  if (!config.bucket) throw new ConfigError(`${ENV.bucket} is required by the ${options.functionName} function`);
  const log = options.log ?? createJsonLog({ service: 'daily-digest', persistentKeys: { function: options.functionName } });
  const s3 = createS3Client(config, options.s3Overrides);
  const store = new S3Store({ client: s3, bucket: config.bucket });
  const hmacSecret = memoizeSecret(() =>
    // The Secrets Manager client is only built when the secret lives there.
    resolveHmacSecret(config, () => createSecretsManagerClient(config, options.secretsManagerOverrides)),
  );
  return { config, log, store, hmacSecret };
}

/**
 * Called at the start of each invocation: the issue date and run id go on
 * every log line of it. Persistent keys, because the core logs through the
 * same logger from deep inside; each invocation overwrites them.
 */
export function beginInvocation(log: RunLogger, lambdaContext: Context | undefined, keys: { date?: string; runId?: string }): void {
  if (lambdaContext && log.addContext) log.addContext(lambdaContext);
  // Functions outside a run (unsubscribe, feedback) have neither key.
  if (keys.date !== undefined || keys.runId !== undefined) log.appendPersistentKeys({ date: keys.date, runId: keys.runId });
}
