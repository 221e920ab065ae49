import * as z from 'zod/mini';

/**
 * What the contracts share: field shapes used by several schemas, the check
 * that a schema and the core's own type describe the same thing, and the
 * one way a value is checked against a contract.
 *
 * The schemas use `zod/mini` (functional checks, no locale, tree-shakes): it
 * is in every Lambda bundle, whose cold start pays for each import.
 */

/**
 * True only when A and B are the same type, not merely assignable: a field
 * added to the core's type and not to its schema (or the reverse, optional
 * ones included) turns `const _same: Same<…> = true` into a type error.
 */
export type Same<A, B> = (<G>() => G extends A ? 1 : 2) extends <G>() => G extends B ? 1 : 2 ? true : false;

export const text = z.string();
export const nullableText = z.nullable(text);
export const count = z.int().check(z.nonnegative());
export const sha256Hex = z.string().check(z.regex(/^[0-9a-f]{64}$/, 'a sha256 as 64 lower-case hex digits'));
/** An execution name as Step Functions allows it, also safe as a key segment. */
export const runId = z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/, 'a run id: letters, digits, . _ : - (at most 128)'));
export const sliceId = z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/, 'a slice id: letters, digits, . _ - (at most 128)'));

export type ContractCheck<T> = { ok: true; value: T } | { ok: false; problems: string; cause?: unknown };

/** Checks `value` against `schema`; on failure, the first few problems, each naming its field. */
export function checkContract<S extends z.ZodMiniType>(schema: S, value: unknown): ContractCheck<z.output<S>> {
  const result = z.safeParse(schema, value, { error: expectation });
  return result.success ? { ok: true, value: result.data } : { ok: false, problems: describeIssues(result.error.issues) };
}

/** A file read back from storage: JSON, then its schema. */
export function checkJson<S extends z.ZodMiniType>(schema: S, bytes: Buffer): ContractCheck<z.output<S>> {
  let value: unknown;
  try {
    value = JSON.parse(bytes.toString('utf8'));
  } catch (error) {
    return { ok: false, problems: `not JSON (${error instanceof Error ? error.message : String(error)})`, cause: error };
  }
  return checkContract(schema, value);
}

const LISTED_PROBLEMS = 3;

function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  const lines = issues.slice(0, LISTED_PROBLEMS).map(describeIssue);
  if (issues.length > LISTED_PROBLEMS) lines.push(`and ${issues.length - LISTED_PROBLEMS} more`);
  return lines.join('; ');
}

/** `"slice.sha256": a sha256 as 64 lower-case hex digits`. */
function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => `${quoted([...issue.path, key])}: not a field of this contract`).join('; ');
  return `${quoted(issue.path)}: ${issue.message}`;
}

/**
 * The words for a failed check, whatever locale (if any) zod has loaded: a
 * message given with the check itself (`z.regex(…, 'a sha256 …')`) still wins.
 */
function expectation(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected === 'int' ? 'an integer' : issue.expected}, got ${typeOf(issue.input)}`;
    case 'too_small':
      return `must be ${issue.inclusive === false ? 'more than' : 'at least'} ${String(issue.minimum)}${unit(issue.origin)}`;
    case 'too_big':
      return `must be ${issue.inclusive === false ? 'less than' : 'at most'} ${String(issue.maximum)}${unit(issue.origin)}`;
    case 'invalid_value':
      return `must be ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}`;
    case 'invalid_format':
      return `is not ${issue.format === 'regex' ? `of the form ${issue.pattern ?? ''}` : `a valid ${issue.format}`}`;
    default:
      return 'invalid';
  }
}

function typeOf(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'number' && !Number.isInteger(value) ? 'a fraction' : typeof value;
}

function unit(origin: string): string {
  return origin === 'array' ? ' items' : origin === 'string' ? ' characters' : '';
}

function quoted(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(the whole value)';
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : `${out ? '.' : ''}${String(key)}`;
  return `"${out}"`;
}
