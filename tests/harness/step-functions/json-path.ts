import { StateMachine } from 'aws-local-stepfunctions';

/**
 * Reference paths (`$.a.b`, `$.a[0]`, `$['a b']`, `$$.Execution.Name`) as the
 * contract checks and the Distributed Map need them. Anything richer
 * (wildcards, filters, slices) is refused: a definition that starts using
 * them needs this harness extended, not silently skipped.
 */

const SEGMENT = /^(?:\.([A-Za-z_][A-Za-z0-9_-]*)|\[(\d+)\]|\['([^']*)'\])/;

export class UnsupportedPathError extends Error {
  override name = 'UnsupportedPathError';
}

export function pathSegments(path: string): Array<string | number> {
  let rest = path.startsWith('$$') ? path.slice(2) : path.startsWith('$') ? path.slice(1) : undefined!;
  if (rest === undefined) throw new UnsupportedPathError(`${path} is not a reference path`);
  const segments: Array<string | number> = [];
  while (rest.length > 0) {
    const match = SEGMENT.exec(rest);
    if (!match) throw new UnsupportedPathError(`${path}: only $.name, [n] and ['name'] steps are supported by the harness`);
    segments.push(match[1] ?? (match[2] !== undefined ? Number(match[2]) : match[3]!));
    rest = rest.slice(match[0].length);
  }
  return segments;
}

/** `{ found, value }` for a reference path; `$$` paths read the context object. */
export function readPath(path: string, input: unknown, context: unknown): { found: boolean; value?: unknown } {
  let node: unknown = path.startsWith('$$') ? context : input;
  for (const segment of pathSegments(path)) {
    if (typeof segment === 'number') {
      if (!Array.isArray(node) || segment >= node.length) return { found: false };
      node = node[segment];
    } else {
      if (node === null || typeof node !== 'object' || Array.isArray(node) || !Object.hasOwn(node, segment)) return { found: false };
      node = (node as Record<string, unknown>)[segment];
    }
  }
  return { found: true, value: node };
}

/** The reference paths inside a `key.$` value: a path itself, or the arguments of an intrinsic function. */
export function pathsIn(expression: string): string[] {
  if (!expression.startsWith('States.')) return [expression];
  const withoutStrings = expression.replace(/'(?:[^'\\]|\\.)*'/g, "''");
  return withoutStrings.match(/\$\$?(?:\.[A-Za-z_][A-Za-z0-9_-]*|\[\d+\]|\['[^']*'\])*/g) ?? [];
}

/** Every `key.$` expression of a payload template, with where it sits. */
export function templateExpressions(template: unknown, at = ''): Array<{ field: string; expression: string }> {
  if (template === null || typeof template !== 'object') return [];
  if (Array.isArray(template)) return template.flatMap((value, index) => templateExpressions(value, `${at}[${index}]`));
  return Object.entries(template as Record<string, unknown>).flatMap(([key, value]) => {
    const field = at ? `${at}.${key}` : key;
    if (key.endsWith('.$') && typeof value === 'string') return [{ field, expression: value }];
    return templateExpressions(value, field);
  });
}

/**
 * A payload template evaluated by the interpreter itself (a one-state machine
 * whose Pass state carries it as `Parameters`), so intrinsic functions and
 * context paths behave exactly as in the states the interpreter runs.
 */
export async function evaluateTemplate(template: unknown, input: unknown, context: Record<string, unknown>): Promise<unknown> {
  const machine = new StateMachine(
    { StartAt: 'Evaluate', States: { Evaluate: { Type: 'Pass', Parameters: template as never, End: true } } },
    { validationOptions: { noValidate: true } },
  );
  return machine.run(input as never, { context: context }).result;
}
