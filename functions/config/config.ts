import { readFileSync } from 'node:fs';
import { regexes } from 'zod/mini';
import { ConfigError } from '../core/errors.js';
import { isTimeZone } from '../core/schedule/issue-day.js';
import { addressProblem } from '../core/subscribers/email-address.js';
import { ENV } from './env-names.js';
import { isPlaceholderDomain, parseMailbox } from './mailbox.js';
import { secretWeakness } from './secret-strength.js';

/**
 * The one place that reads configuration. Every entry point (CLI, Lambda)
 * calls `loadConfig` once at start-up and passes the typed result down;
 * nothing else touches `process.env`.
 */

const LOCAL_SECRET = 'local-development-secret-do-not-use-in-production';

/**
 * The settings are checked by hand rather than by a zod schema: every Lambda
 * checks them at each cold start, and building and running a 30-field zod
 * schema there cost ≈ 3 ms of a ≈ 50 ms start (bench:cold). The messages are
 * zod's English ones, so the errors read the same in the CLI and the cloud.
 */

/** Checks one setting: pushes each problem in words, returns the value to use (meaningless when a problem was pushed). */
type Setting<T> = (value: unknown, problems: string[]) => T;
/** A check on a string that is already of the right type: the problem, or null. */
type StringCheck = (value: string) => string | null;

/** The type words zod uses: `NaN`, `Infinity`, `null`, `array`, `string`, … */
function typeName(value: unknown): string {
  if (typeof value === 'number') return Number.isFinite(value) ? 'number' : String(value);
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function wrongType(expected: string, value: unknown): string {
  return `Invalid input: expected ${expected}, received ${typeName(value)}`;
}

function runChecks(value: string, checks: readonly StringCheck[], problems: string[]): void {
  for (const check of checks) {
    const problem = check(value);
    if (problem) problems.push(problem);
  }
}

const text =
  (...checks: StringCheck[]): Setting<string> =>
  (value, problems) => {
    if (typeof value !== 'string') {
      problems.push(wrongType('string', value));
      return '';
    }
    runChecks(value, checks, problems);
    return value;
  };

const optional =
  <T>(setting: Setting<T>): Setting<T | undefined> =>
  (value, problems) =>
    value === undefined ? undefined : setting(value, problems);

const minLength =
  (min: number, message = `Too small: expected string to have >=${min} characters`): StringCheck =>
  (value) =>
    value.length >= min ? null : message;

const matches =
  (pattern: RegExp, message: string): StringCheck =>
  (value) =>
    pattern.test(value) ? null : message;

/** One of a fixed set of words. */
const oneOf =
  <const T extends string>(values: readonly T[]): Setting<T> =>
  (value, problems) => {
    if (values.includes(value as T)) return value as T;
    problems.push(`Invalid option: expected one of ${values.map((option) => `"${option}"`).join('|')}`);
    return values[0]!;
  };

/**
 * An absolute http(s) URL, trimmed (and without the tabs and line breaks the
 * URL parser would silently drop), then any further checks.
 */
const httpUrl =
  (...checks: StringCheck[]): Setting<string> =>
  (value, problems) => {
    if (typeof value !== 'string') return text()(value, problems);
    const trimmed = value.trim();
    const parses = URL.canParse(trimmed);
    if (!parses) problems.push('Invalid URL');
    const url = parses ? trimmed.replace(/[\t\n\r]/g, '') : value;
    runChecks(url, [(candidate) => (/^https?:\/\//i.test(candidate) ? null : 'must be an http(s) URL'), ...checks], problems);
    return url;
  };

/** One mailbox (`addr@domain` or `Name <addr@domain>`): it goes into a header of every message. */
const mailbox = text((value) => {
  const parsed = parseMailbox(value);
  return typeof parsed === 'string' ? parsed : null;
});

const email = text((value) => (regexes.email.test(value) ? null : 'Invalid email address'));

/** Editors' test addresses: a comma-separated string (environment) or a list (config file), each trimmed and validated. */
const addressList: Setting<string[]> = (value, problems) => {
  const list = typeof value === 'string' ? value.split(',') : value;
  if (!Array.isArray(list)) {
    problems.push(wrongType('array', list));
    return [];
  }
  const wrong = list.find((address) => typeof address !== 'string');
  if (wrong !== undefined) {
    problems.push(wrongType('string', wrong));
    return [];
  }
  const addresses = (list as string[]).map((address) => address.trim()).filter(Boolean);
  for (const address of addresses) {
    const problem = addressProblem(address);
    if (problem) problems.push(problem);
  }
  return addresses;
};

/** A comma-separated string (environment) or a list (config file), each item trimmed (and normalised), empty items dropped, then checked. */
const listOf =
  (item: Setting<string>, normalise: (value: string) => string = (value) => value): Setting<string[]> =>
  (value, problems) => {
    const list = typeof value === 'string' ? value.split(',') : value;
    if (!Array.isArray(list) || list.some((entry) => typeof entry !== 'string')) {
      problems.push('Invalid input: expected a comma-separated string or a list of strings');
      return [];
    }
    return (list as string[])
      .map((entry) => normalise(entry.trim()))
      .filter(Boolean)
      .map((entry) => item(entry, problems));
  };

/**
 * Numbers arrive as JSON numbers (the file) or plain decimal strings (the
 * environment); nothing else is coerced: `true`, `''`, `0x10`, `1e3` are typos.
 */
export function isPlainDecimal(value: string): boolean {
  return /^\d+(\.\d+)?$/.test(value);
}

interface NumberRule {
  integer?: boolean;
  /** Inclusive, unless `above` is used. */
  min?: number;
  /** Exclusive lower bound. */
  above?: number;
  max: number;
}

const decimal =
  (rule: NumberRule): Setting<number> =>
  (value, problems) => {
    const number = typeof value === 'string' && isPlainDecimal(value) ? Number(value) : value;
    if (typeof number !== 'number' || !Number.isFinite(number)) {
      problems.push(wrongType('number', number));
      return Number.NaN;
    }
    if (rule.integer && !Number.isInteger(number)) {
      problems.push('Invalid input: expected int, received number');
      return number;
    }
    if (rule.min !== undefined && number < rule.min) problems.push(`Too small: expected number to be >=${rule.min}`);
    if (rule.above !== undefined && number <= rule.above) problems.push(`Too small: expected number to be >${rule.above}`);
    if (number > rule.max) problems.push(`Too big: expected number to be <=${rule.max}`);
    return number;
  };

/** Bounds that keep the pacer from spinning (its window holds one slot per message per second). */
export const MAX_SEND_RATE = 10_000;
export const MAX_SEND_CONCURRENCY = 1_000;

/** The validated settings; `archiveUrl` always resolved (no trailing slash). */
export interface DigestConfig {
  environment: 'local' | 'production';
  from: string;
  replyTo?: string | undefined;
  postalAddress: string;
  siteUrl: string;
  /** Where issues are published on the web (`<archiveUrl>/<date>/`); default: `<siteUrl>/archive`. */
  archiveUrl: string;
  /** The newsroom's time zone (IANA): "today" for `digest send` and the scheduled run. */
  timeZone: string;
  /** Editors' addresses for test sends (the preview's "send a test", `digest send --test-to`). */
  testRecipients: string[];
  unsubscribeUrl: string;
  unsubscribeMailto?: string | undefined;
  listId: string;
  listName: string;
  subjectPrefix: string;
  language: string;
  hmacSecret?: string | undefined;
  hmacSecretArn?: string | undefined;
  sizeBudgetBytes: number;
  /** Messages per second for the whole account; unset means the transport's own quota (SES GetSendQuota). */
  sendRate?: number | undefined;
  sendConcurrency: number;
  bucket?: string | undefined;
  s3Endpoint?: string | undefined;
  sesEndpoint?: string | undefined;
  sesConfigurationSet?: string | undefined;
  subscribersTable?: string | undefined;
  dynamodbEndpoint?: string | undefined;
  /** Required by the sign-up function; the other functions never build confirmation links. */
  signupUrl?: string | undefined;
  /** Origins (scheme://host[:port]) allowed to post the sign-up form; empty means the site URL's origin only. */
  signupOrigins: string[];
  signupFields: string[];
  region: string;
}
export type ConfigKey = keyof DigestConfig;
/** The settings as given: `archiveUrl` may be left out. */
type Settings = Omit<DigestConfig, 'archiveUrl'> & { archiveUrl?: string | undefined };

/** Every setting, in the order its problems are listed; a key not here is refused (a typo in the file). */
const SETTINGS: { [K in ConfigKey]-?: Setting<Settings[K]> } = {
  environment: oneOf(['local', 'production']),
  from: mailbox,
  replyTo: optional(mailbox),
  postalAddress: text(minLength(5)),
  siteUrl: httpUrl(),
  archiveUrl: optional(httpUrl()),
  timeZone: text((value) => (isTimeZone(value) ? null : 'must be an IANA time zone such as Europe/Berlin')),
  testRecipients: addressList,
  // A fragment never reaches the server: the token appended after it would be lost.
  unsubscribeUrl: httpUrl((value) => (value.includes('#') ? 'must not have a #fragment: the token appended to it would never reach the server' : null)),
  unsubscribeMailto: optional(email),
  listId: text(matches(/^[a-z0-9][a-z0-9.-]*$/i, 'letters, digits, dots and dashes only')),
  listName: text(minLength(1)),
  subjectPrefix: text(),
  language: text(matches(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'a BCP 47 language tag such as en or pt-BR')),
  hmacSecret: optional(text(minLength(32, 'must be at least 32 characters'))),
  hmacSecretArn: optional(text((value) => (value.startsWith('arn:') ? null : 'Invalid string: must start with "arn:"'))),
  sizeBudgetBytes: decimal({ integer: true, min: 10_000, max: 10_000_000 }),
  sendRate: optional(decimal({ above: 0, max: MAX_SEND_RATE })),
  sendConcurrency: decimal({ integer: true, min: 1, max: MAX_SEND_CONCURRENCY }),
  bucket: optional(text(minLength(3))),
  s3Endpoint: optional(httpUrl()),
  sesEndpoint: optional(httpUrl()),
  sesConfigurationSet: optional(text(minLength(1))),
  subscribersTable: optional(text(matches(/^[A-Za-z0-9_.-]{3,255}$/, 'a DynamoDB table name'))),
  dynamodbEndpoint: optional(httpUrl()),
  signupUrl: optional(httpUrl()),
  signupOrigins: (value, problems) =>
    value === undefined ? [] : listOf((origin, originProblems) => {
      const before = originProblems.length;
      const url = httpUrl()(origin, originProblems);
      return originProblems.length === before ? new URL(url).origin : url;
    })(value, problems),
  signupFields: (value, problems) =>
    value === undefined
      ? []
      : listOf(text(matches(/^[a-z][a-z0-9_]{0,39}$/, 'field names: a letter, then letters, digits or _')), (name) => name.toLowerCase())(value, problems),
  region: text(minLength(1)),
};

/** Checks every setting; unknown keys are refused. Problems are `key: message`, each key described with its variable. */
function checkSettings(input: Record<string, unknown>): { config: Settings; problems: string[] } {
  const problems: string[] = [];
  const config: Record<string, unknown> = {};
  for (const [key, setting] of Object.entries(SETTINGS) as Array<[ConfigKey, Setting<unknown>]>) {
    const own: string[] = [];
    const value = setting(input[key], own);
    if (value !== undefined) config[key] = value;
    for (const problem of own) problems.push(`${describeKey([key])}: ${problem}`);
  }
  const unknown = Object.keys(input).filter((key) => !Object.hasOwn(SETTINGS, key));
  if (unknown.length > 0) problems.push(`${describeKey([])}: Unrecognized key${unknown.length > 1 ? 's' : ''}: ${unknown.map((key) => `"${key}"`).join(', ')}`);
  return { config: config as Settings, problems };
}

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

/**
 * The Lambda runtime's own variables, for the log writer: the log level, the
 * initialisation type, and the X-Ray trace header, which the runtime rewrites
 * for every invocation, so it is read live rather than copied at start-up.
 */
export function runtimeEnvironment(env?: Record<string, string | undefined>): Readonly<Record<string, string | undefined>> {
  return env ?? process.env;
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
  const checked = checkSettings({ ...defaults, ...merged, environment });
  if (checked.problems.length > 0) throw new ConfigError(`Invalid configuration: ${checked.problems.join('; ')}`);
  const config: DigestConfig = { ...checked.config, archiveUrl: (checked.config.archiveUrl ?? `${checked.config.siteUrl.replace(/\/+$/, '')}/archive`).replace(/\/+$/, '') };
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
