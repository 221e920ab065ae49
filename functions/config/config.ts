import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { ConfigError } from '../core/errors.js';
import { ENV } from './env-names.js';

/**
 * The one place that reads configuration. Every entry point (CLI, Lambda)
 * calls `loadConfig` once at start-up and passes the typed result down;
 * nothing else touches `process.env`.
 */

const LOCAL_SECRET = 'local-development-secret-do-not-use-in-production';

const httpUrl = z
  .string()
  .url()
  .refine((value) => /^https?:\/\//i.test(value), 'must be an http(s) URL');

const schema = z
  .object({
    environment: z.enum(['local', 'production']),
    from: z.string().min(3),
    replyTo: z.string().min(3).optional(),
    postalAddress: z.string().min(5),
    siteUrl: httpUrl,
    unsubscribeUrl: httpUrl,
    unsubscribeMailto: z.string().email().optional(),
    listId: z.string().regex(/^[a-z0-9][a-z0-9.-]*$/i, 'letters, digits, dots and dashes only'),
    listName: z.string().min(1),
    subjectPrefix: z.string(),
    language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'a BCP 47 language tag such as en or pt-BR'),
    hmacSecret: z.string().min(32, 'must be at least 32 characters').optional(),
    hmacSecretArn: z.string().startsWith('arn:').optional(),
    sizeBudgetBytes: z.coerce.number().int().min(10_000).max(10_000_000),
    /** Messages per second for the whole account; unset means the transport's own quota (SES GetSendQuota). */
    sendRate: z.coerce.number().positive().max(10_000).optional(),
    sendConcurrency: z.coerce.number().int().min(1).max(1_000),
    bucket: z.string().min(3).optional(),
    s3Endpoint: httpUrl.optional(),
    sesEndpoint: httpUrl.optional(),
    sesConfigurationSet: z.string().min(1).optional(),
    stateMachineArn: z.string().startsWith('arn:').optional(),
    subscribersTable: z.string().regex(/^[A-Za-z0-9_.-]{3,255}$/, 'a DynamoDB table name').optional(),
    dynamodbEndpoint: httpUrl.optional(),
    /** Required by the sign-up function; the other functions never build confirmation links. */
    signupUrl: httpUrl.optional(),
    /** Origins (scheme://host[:port]) allowed to post the sign-up form; empty means the site URL's origin only. */
    signupOrigins: z
      .union([z.string(), z.array(z.string())])
      .transform((value) => (Array.isArray(value) ? value : value.split(',')).map((origin) => origin.trim()).filter(Boolean))
      .pipe(z.array(httpUrl.transform((origin) => new URL(origin).origin)))
      .default([]),
    signupFields: z
      .union([z.string(), z.array(z.string())])
      .transform((value) => (Array.isArray(value) ? value : value.split(',')).map((name) => name.trim().toLowerCase()).filter(Boolean))
      .pipe(z.array(z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, 'field names: a letter, then letters, digits or _')))
      .default([]),
    region: z.string().min(1),
  })
  .strict();

export type DigestConfig = z.infer<typeof schema>;
export type ConfigKey = keyof DigestConfig;

const localDefaults: Partial<DigestConfig> = {
  environment: 'local',
  from: 'Daily Digest <digest@example.com>',
  replyTo: 'editors@example.com',
  postalAddress: 'Daily Digest, 1 Example Street, Springfield 00000',
  siteUrl: 'https://digest.example.com',
  unsubscribeUrl: 'https://digest.example.com/unsubscribe',
  unsubscribeMailto: 'unsubscribe@example.com',
  signupUrl: 'https://digest.example.com/subscribe',
  hmacSecret: LOCAL_SECRET,
  region: 'us-east-1',
};

const sharedDefaults: Partial<DigestConfig> = {
  listId: 'daily-digest',
  listName: 'Daily Digest',
  subjectPrefix: 'Daily Digest',
  language: 'en',
  sizeBudgetBytes: 95_000,
  sendConcurrency: 8,
};

export interface LoadConfigOptions {
  env?: Record<string, string | undefined>;
  /** Settings that win over the file and the environment (CLI flags, test overrides). */
  overrides?: Partial<Record<ConfigKey, unknown>>;
}

export function loadConfig(options: LoadConfigOptions = {}): DigestConfig {
  const env = options.env ?? process.env;
  const fromEnv: Record<string, unknown> = {};
  for (const [key, name] of Object.entries(ENV)) {
    const value = env[name];
    if (value !== undefined && value !== '' && key !== 'configFile') fromEnv[key] = value;
  }
  const fromFile = readConfigFile(env[ENV.configFile]);
  const merged = { ...fromFile, ...fromEnv, ...stripUndefined(options.overrides ?? {}) };
  const environment = merged.environment ?? 'local';
  const defaults = environment === 'production' ? sharedDefaults : { ...sharedDefaults, ...localDefaults };
  const parsed = schema.safeParse({ ...defaults, ...merged, environment });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${describeKey(issue.path)}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
  }
  const config = parsed.data;
  if (config.environment === 'production') assertProductionReady(config);
  return config;
}

/** Production never runs on a default secret or a placeholder address. */
function assertProductionReady(config: DigestConfig): void {
  const problems: string[] = [];
  if (!config.hmacSecret && !config.hmacSecretArn) problems.push(`${ENV.hmacSecret} or ${ENV.hmacSecretArn} is required`);
  if (config.hmacSecret === LOCAL_SECRET) problems.push(`${ENV.hmacSecret} is the local development secret`);
  if (!config.unsubscribeUrl.startsWith('https://')) problems.push(`${ENV.unsubscribeUrl} must use https`);
  if (config.signupUrl && !config.signupUrl.startsWith('https://')) problems.push(`${ENV.signupUrl} must use https`);
  if (problems.length > 0) throw new ConfigError(`Configuration is not fit for production: ${problems.join('; ')}`);
}

function readConfigFile(path: string | undefined): Record<string, unknown> {
  if (!path) return {};
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigError(`Cannot read configuration file ${path}`, { cause: error });
  }
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('not a JSON object');
    return value as Record<string, unknown>;
  } catch (error) {
    throw new ConfigError(`Configuration file ${path} is not a JSON object`, { cause: error });
  }
}

function describeKey(path: PropertyKey[]): string {
  const key = String(path[0] ?? '');
  const envName = (ENV as Record<string, string>)[key];
  return envName ? `${key} (${envName})` : key || 'configuration';
}

function stripUndefined(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined));
}
