import { readFileSync } from 'node:fs';
import * as z from 'zod/mini';
import { ConfigError } from '../core/errors.js';
import { isTimeZone } from '../core/schedule/issue-day.js';
import { addressProblem } from '../core/subscribers/email-address.js';
import { ENV } from './env-names.js';
import { isPlaceholderDomain, parseMailbox } from './mailbox.js';
import { secretWeakness } from './secret-strength.js';
import './zod-locale.js';

/**
 * The one place that reads configuration. Every entry point (CLI, Lambda)
 * calls `loadConfig` once at start-up and passes the typed result down;
 * nothing else touches `process.env`.
 */

const LOCAL_SECRET = 'local-development-secret-do-not-use-in-production';

const httpUrl = z.url().check(z.refine((value) => /^https?:\/\//i.test(value), 'must be an http(s) URL'));

/** A comma-separated string (environment) or a list (config file), each item trimmed, empty items dropped. */
const listOf = <T extends z.ZodMiniType<unknown, string>>(item: T, normalise: (value: string) => string = (value) => value) =>
  z.pipe(
    z.pipe(
      z.union([z.string(), z.array(z.string())]),
      z.transform((value: string | string[]) => (Array.isArray(value) ? value : value.split(',')).map((entry) => normalise(entry.trim())).filter(Boolean)),
    ),
    z.array(item),
  );

/** Editors' test addresses: a comma-separated string (environment) or a list (config file), each one validated. */
const addressList = z.pipe(
  z.transform((value: unknown) => (typeof value === 'string' ? value.split(',') : value)),
  z
    .pipe(
      z.array(z.pipe(z.string(), z.transform((address: string) => address.trim()))),
      z.transform((addresses: string[]) => addresses.filter(Boolean)),
    )
    .check(
      z.superRefine((addresses, context) => {
        for (const address of addresses) {
          const problem = addressProblem(address);
          if (problem) context.addIssue({ code: 'custom', message: problem });
        }
      }),
    ),
);
/** One mailbox (`addr@domain` or `Name <addr@domain>`): it goes into a header of every message. */
const mailbox = z.string().check(
  z.superRefine((value, context) => {
    const parsed = parseMailbox(value);
    if (typeof parsed === 'string') context.addIssue({ code: 'custom', message: parsed });
  }),
);

/**
 * Numbers arrive as JSON numbers (the file) or plain decimal strings (the
 * environment); nothing else is coerced: `true`, `''`, `0x10`, `1e3` are typos.
 */
export function isPlainDecimal(value: string): boolean {
  return /^\d+(\.\d+)?$/.test(value);
}

const decimal = <T extends z.ZodMiniType>(inner: T) =>
  z.pipe(
    z.transform((value: unknown) => (typeof value === 'string' && isPlainDecimal(value) ? Number(value) : value)),
    inner,
  );

/** Bounds that keep the pacer from spinning (its window holds one slot per message per second). */
export const MAX_SEND_RATE = 10_000;
export const MAX_SEND_CONCURRENCY = 1_000;

const schema = z.strictObject({
  environment: z.enum(['local', 'production']),
  from: mailbox,
  replyTo: z.optional(mailbox),
  postalAddress: z.string().check(z.minLength(5)),
  siteUrl: httpUrl,
  /** Where issues are published on the web (`<archiveUrl>/<date>/`); default: `<siteUrl>/archive`. */
  archiveUrl: z.optional(httpUrl),
  /** The newsroom's time zone (IANA): "today" for `digest send` and the scheduled run. */
  timeZone: z.string().check(z.refine(isTimeZone, 'must be an IANA time zone such as Europe/Berlin')),
  /** Editors' addresses for test sends (the preview's "send a test", `digest send --test-to`). */
  testRecipients: addressList,
  // A fragment never reaches the server: the token appended after it would be lost.
  unsubscribeUrl: httpUrl.check(z.refine((value) => !value.includes('#'), 'must not have a #fragment: the token appended to it would never reach the server')),
  unsubscribeMailto: z.optional(z.email()),
  listId: z.string().check(z.regex(/^[a-z0-9][a-z0-9.-]*$/i, 'letters, digits, dots and dashes only')),
  listName: z.string().check(z.minLength(1)),
  subjectPrefix: z.string(),
  language: z.string().check(z.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'a BCP 47 language tag such as en or pt-BR')),
  hmacSecret: z.optional(z.string().check(z.minLength(32, 'must be at least 32 characters'))),
  hmacSecretArn: z.optional(z.string().check(z.startsWith('arn:'))),
  sizeBudgetBytes: decimal(z.int().check(z.gte(10_000), z.lte(10_000_000))),
  /** Messages per second for the whole account; unset means the transport's own quota (SES GetSendQuota). */
  sendRate: z.optional(decimal(z.number().check(z.positive(), z.lte(MAX_SEND_RATE)))),
  sendConcurrency: decimal(z.int().check(z.gte(1), z.lte(MAX_SEND_CONCURRENCY))),
  bucket: z.optional(z.string().check(z.minLength(3))),
  s3Endpoint: z.optional(httpUrl),
  sesEndpoint: z.optional(httpUrl),
  sesConfigurationSet: z.optional(z.string().check(z.minLength(1))),
  subscribersTable: z.optional(z.string().check(z.regex(/^[A-Za-z0-9_.-]{3,255}$/, 'a DynamoDB table name'))),
  dynamodbEndpoint: z.optional(httpUrl),
  /** Required by the sign-up function; the other functions never build confirmation links. */
  signupUrl: z.optional(httpUrl),
  /** Origins (scheme://host[:port]) allowed to post the sign-up form; empty means the site URL's origin only. */
  signupOrigins: z._default(listOf(z.pipe(httpUrl, z.transform((origin: string) => new URL(origin).origin))), []),
  signupFields: z._default(
    listOf(z.string().check(z.regex(/^[a-z][a-z0-9_]{0,39}$/, 'field names: a letter, then letters, digits or _')), (name) => name.toLowerCase()),
    [],
  ),
  region: z.string().check(z.minLength(1)),
});

/** The validated settings; `archiveUrl` always resolved (no trailing slash). */
export type DigestConfig = z.infer<typeof schema> & { archiveUrl: string };
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
  subjectPrefix: '',
  language: 'en',
  sizeBudgetBytes: 95_000,
  sendConcurrency: 8,
  timeZone: 'UTC',
  testRecipients: [],
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
  const config: DigestConfig = { ...parsed.data, archiveUrl: (parsed.data.archiveUrl ?? `${parsed.data.siteUrl.replace(/\/+$/, '')}/archive`).replace(/\/+$/, '') };
  if (config.environment === 'production') assertProductionReady(config);
  return config;
}

/** Production never runs on a default or weak secret, or a placeholder address. */
function assertProductionReady(config: DigestConfig): void {
  const problems: string[] = [];
  if (!config.hmacSecret && !config.hmacSecretArn) problems.push(`${ENV.hmacSecret} or ${ENV.hmacSecretArn} is required`);
  if (config.hmacSecret === LOCAL_SECRET) problems.push(`${ENV.hmacSecret} is the local development secret`);
  else if (config.hmacSecret) {
    const weakness = secretWeakness(config.hmacSecret);
    if (weakness) problems.push(`${ENV.hmacSecret} ${weakness}`);
  }
  for (const key of ['from', 'replyTo', 'unsubscribeMailto'] as const) {
    const value = config[key];
    const parsed = value === undefined ? undefined : parseMailbox(value);
    if (parsed && typeof parsed !== 'string' && isPlaceholderDomain(parsed.domain)) {
      problems.push(`${describeKey([key])} uses the placeholder domain ${parsed.domain}: set the real, SES-verified address`);
    }
  }
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
