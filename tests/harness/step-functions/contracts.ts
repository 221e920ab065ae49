import { pathsIn, readPath, templateExpressions } from './json-path.js';
import type { AslState } from './synthesized-machine.js';

/**
 * The contracts between the steps of the machine, checked on what actually
 * flowed in an execution: every path a state reads must be there.
 *
 * - `InputPath`, `Parameters` (and a Map's `ItemReader.Parameters`,
 *   `ItemSelector`, `ItemBatcher.BatchInput`, `ResultWriter.Parameters`, `…Path`
 *   fields) read the state's input, i.e. what the steps before it produced;
 * - `ResultSelector` reads the task's raw result (for Lambda, `{ Payload, … }`);
 * - a Choice rule reads its `Variable` (and `…Path` operands) from the input,
 *   except under `IsPresent`, whose point is that the field may be missing;
 *   the value must also have the operator's type (a "true" string never
 *   matches `BooleanEquals: true`, and the machine would silently take the default).
 *
 * A violation names the state, the field of the state and the path.
 */

export interface ContractViolation {
  execution: string;
  state: string;
  field: string;
  path: string;
  problem: string;
}

export class ContractViolationError extends Error {
  override name = 'ContractViolationError';
  constructor(readonly violations: ContractViolation[]) {
    super(
      `The state machine's data contracts are broken:\n${violations
        .map((v) => `  - state "${v.state}" (${v.execution}): ${v.field} reads ${v.path}, ${v.problem}`)
        .join('\n')}`,
    );
  }
}

/** `$$.Map.Item…` is per item and only exists while the Map builds an item's input. */
const PER_ITEM_CONTEXT = /^\$\$\.Map\.Item(\.|$)/;

function checkTemplate(template: unknown, fieldName: string, input: unknown, context: unknown, report: (field: string, path: string, problem: string) => void): void {
  for (const { field, expression } of templateExpressions(template)) {
    for (const path of pathsIn(expression)) {
      if (PER_ITEM_CONTEXT.test(path)) continue;
      if (!readPath(path, input, context).found) report(`${fieldName}.${field}`, path, path.startsWith('$$') ? 'which the context object does not have' : 'which its input does not have');
    }
  }
}

const OPERATOR_TYPES: Array<[RegExp, string, (value: unknown) => boolean]> = [
  [/^Boolean/, 'a boolean', (v) => typeof v === 'boolean'],
  [/^Numeric/, 'a number', (v) => typeof v === 'number'],
  [/^String/, 'a string', (v) => typeof v === 'string'],
  [/^Timestamp/, 'a timestamp string', (v) => typeof v === 'string'],
];

function checkChoiceRule(rule: Record<string, any>, at: string, input: unknown, context: unknown, report: (field: string, path: string, problem: string) => void): void {
  for (const key of ['And', 'Or'] as const) {
    if (Array.isArray(rule[key])) rule[key].forEach((inner: Record<string, any>, index: number) => checkChoiceRule(inner, `${at}.${key}[${index}]`, input, context, report));
  }
  if (rule.Not) checkChoiceRule(rule.Not, `${at}.Not`, input, context, report);
  if (typeof rule.Variable !== 'string') return;
  const operator = Object.keys(rule).find((key) => key !== 'Variable' && key !== 'Next');
  if (!operator || operator === 'IsPresent') return;
  const { found, value } = readPath(rule.Variable, input, context);
  if (!found) {
    report(`${at}.Variable`, rule.Variable, `which its input does not have (${operator} on a missing field fails the execution)`);
    return;
  }
  if (operator.endsWith('Path')) {
    if (!readPath(rule[operator], input, context).found) report(`${at}.${operator}`, rule[operator], 'which its input does not have');
  }
  if (operator.startsWith('Is')) return;
  const expected = OPERATOR_TYPES.find(([pattern]) => pattern.test(operator));
  if (expected && !expected[2](value)) report(`${at}.Variable`, rule.Variable, `which is ${JSON.stringify(value)}, not ${expected[1]} as ${operator} needs`);
}

/** The paths a state reads from its input, checked against the input it was entered with. */
export function checkStateInput(execution: string, stateName: string, state: AslState, rawInput: unknown, context: unknown): ContractViolation[] {
  const violations: ContractViolation[] = [];
  const report = (field: string, path: string, problem: string) => violations.push({ execution, state: stateName, field, path, problem });
  let input = rawInput;
  if (typeof state.InputPath === 'string') {
    const read = readPath(state.InputPath, rawInput, context);
    if (!read.found) {
      report('InputPath', state.InputPath, 'which its input does not have');
      return violations;
    }
    input = read.value;
  }
  if (state.Type === 'Choice') {
    (state.Choices as Array<Record<string, any>>).forEach((rule, index) => checkChoiceRule(rule, `Choices[${index}]`, input, context, report));
    return violations;
  }
  if (state.Type === 'Map') {
    checkTemplate(state.ItemReader?.Parameters, 'ItemReader.Parameters', input, context, report);
    checkTemplate(state.ItemSelector ?? state.Parameters, state.ItemSelector ? 'ItemSelector' : 'Parameters', input, context, report);
    checkTemplate(state.ItemBatcher?.BatchInput, 'ItemBatcher.BatchInput', input, context, report);
    checkTemplate(state.ResultWriter?.Parameters, 'ResultWriter.Parameters', input, context, report);
    for (const holder of [state, state.ItemBatcher ?? {}] as Array<Record<string, unknown>>) {
      for (const [key, value] of Object.entries(holder)) {
        if (key.endsWith('Path') && !['InputPath', 'OutputPath', 'ResultPath', 'ItemsPath'].includes(key) && typeof value === 'string' && !readPath(value, input, context).found) {
          report(key, value, 'which its input does not have');
        }
      }
    }
    return violations;
  }
  checkTemplate(state.Parameters, 'Parameters', input, context, report);
  return violations;
}

/** The paths a ResultSelector reads, checked against the raw result of the task. */
export function checkStateResult(execution: string, stateName: string, state: AslState, rawResult: unknown, context: unknown): ContractViolation[] {
  const violations: ContractViolation[] = [];
  checkTemplate(state.ResultSelector, 'ResultSelector', rawResult, context, (field, path) =>
    violations.push({ execution, state: stateName, field, path, problem: 'which the result of the step does not have' }),
  );
  return violations;
}
