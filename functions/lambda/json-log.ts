import type { Context } from 'aws-lambda';
import { runtimeEnvironment } from '../config/config.js';
import type { RunLogger } from './lambda-context.js';

/**
 * The functions' structured logs: one JSON object per line, which CloudWatch
 * Logs keeps as one event and Logs Insights queries by field. The fields are
 * the ones Powertools Logger writes (`level`, `message`, `timestamp`,
 * `service`, `cold_start`, `function_request_id`, `xray_trace_id`, …), so
 * queries written for it keep working; this replaces it because its 20 KB
 * and its construction cost every function ≈ 2.5 % of its cold start
 * (bench:cold) for features the digest never used (sampling, buffering).
 *
 * Debug and info go to stdout, warnings and errors to stderr, as Powertools
 * does. The level comes from Lambda's log-level control (AWS_LAMBDA_LOG_LEVEL),
 * then POWERTOOLS_LOG_LEVEL or LOG_LEVEL; INFO by default.
 */

const LEVELS = { DEBUG: 8, INFO: 12, WARN: 16, ERROR: 20, SILENT: 28 } as const;
type LevelName = keyof typeof LEVELS;

export interface JsonLogOptions {
  service: string;
  /** Keys on every line (the function's name). */
  persistentKeys?: Record<string, unknown>;
  env?: Record<string, string | undefined>;
  /** Where a line goes; default stdout for debug and info, stderr for warn and error. */
  write?: (line: string, level: LevelName) => void;
  now?: () => Date;
}

/** Keys the logger owns: a field of the same name from the caller would overwrite them, so it is dropped. */
const RESERVED = new Set(['level', 'message', 'timestamp', 'service', 'cold_start', 'function_arn', 'function_memory_size', 'function_name', 'function_request_id', 'xray_trace_id']);

export function createJsonLog(options: JsonLogOptions): RunLogger {
  const env = runtimeEnvironment(options.env);
  const threshold = LEVELS[levelName(env.AWS_LAMBDA_LOG_LEVEL ?? env.POWERTOOLS_LOG_LEVEL ?? env.LOG_LEVEL)];
  const write = options.write ?? ((line: string, level: LevelName) => (level === 'WARN' || level === 'ERROR' ? process.stderr : process.stdout).write(`${line}\n`));
  const now = options.now ?? (() => new Date());
  const persistent: Record<string, unknown> = { ...options.persistentKeys };
  // Lambda sets this to on-demand for a cold start; provisioned concurrency initialises ahead of any request.
  let coldStart = env.AWS_LAMBDA_INITIALIZATION_TYPE === 'on-demand';
  let invocation: Record<string, unknown> = {};

  const log = (level: LevelName) => (message: string, fields?: Record<string, unknown>) => {
    if (LEVELS[level] < threshold) return;
    const line: Record<string, unknown> = { level, message, timestamp: now().toISOString(), service: options.service, ...invocation, xray_trace_id: traceRoot(env._X_AMZN_TRACE_ID) };
    for (const source of [persistent, fields ?? {}]) {
      for (const [key, value] of Object.entries(source)) if (value !== undefined && !RESERVED.has(key)) line[key] = value;
    }
    write(JSON.stringify(line, jsonReplacer()), level);
  };

  return {
    debug: log('DEBUG'),
    info: log('INFO'),
    warn: log('WARN'),
    error: log('ERROR'),
    appendPersistentKeys: (keys) => Object.assign(persistent, keys),
    addContext: (context: Context) => {
      invocation = {
        cold_start: coldStart,
        function_arn: context.invokedFunctionArn,
        function_memory_size: Number(context.memoryLimitInMB),
        function_name: context.functionName,
        function_request_id: context.awsRequestId,
      };
      coldStart = false;
    },
  };
}

function levelName(value: string | undefined): LevelName {
  const name = value?.trim().toUpperCase();
  if (name === 'TRACE') return 'DEBUG';
  if (name === 'CRITICAL' || name === 'FATAL') return 'ERROR';
  return name && name in LEVELS ? (name as LevelName) : 'INFO';
}

/** `Root=1-…;Parent=…;Sampled=1` → `1-…`. */
function traceRoot(header: string | undefined): string | undefined {
  return header ? /(?:^|;)Root=([^;]+)/.exec(header)?.[1] : undefined;
}

/** Errors as their fields, name, message, stack and cause; bigints as strings; a value that contains itself is cut. */
function jsonReplacer(): (this: unknown, key: string, value: unknown) => unknown {
  // The objects from the root to the value being written; `this` is the one holding it.
  const ancestors: unknown[] = [];
  return function (this: unknown, _key, value) {
    if (typeof value === 'bigint') return value.toString();
    if (typeof value !== 'object' || value === null) return value;
    while (ancestors.length > 0 && ancestors.at(-1) !== this) ancestors.pop();
    if (ancestors.includes(value)) return '[Circular]';
    if (value instanceof Error) {
      const written = { ...value, name: value.name, message: value.message, stack: value.stack, ...(value.cause !== undefined ? { cause: value.cause } : {}) };
      ancestors.push(value, written);
      return written;
    }
    ancestors.push(value);
    return value;
  };
}
