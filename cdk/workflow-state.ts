import type { DigestExecutionInput } from '../functions/contracts/step-events.js';
import type { CollectResult, RenderResult, SendResult, SummarizeResult } from '../functions/contracts/step-results.js';

/**
 * The state machine's payload paths, built from the contract types
 * (functions/contracts/step-events.ts) instead of typed as JSONPath strings:
 * a field renamed in a contract breaks `tsc` here, where the machine reads
 * or builds it, rather than the first execution in the cloud.
 */

/** The fields of each step's result the machine keeps in its state (the rest is dropped by the ResultSelector). */
export const KEPT = {
  collect: ['date', 'articleCount', 'nothingToSend'],
  renderForTest: ['htmlBytes'],
  render: ['manifestKey', 'recipients', 'slices'],
  sendSlice: ['sliceId', 'sent', 'failed', 'pending', 'stoppedBecause'],
  summary: ['recipients', 'sent', 'pending', 'reportKey'],
} as const satisfies {
  collect: ReadonlyArray<keyof CollectResult>;
  renderForTest: ReadonlyArray<keyof RenderResult>;
  render: ReadonlyArray<keyof RenderResult>;
  sendSlice: ReadonlyArray<keyof SendResult>;
  summary: ReadonlyArray<keyof SummarizeResult>;
};

/** The execution's state document: its input, then each step's kept result under its own key. */
export interface DigestState extends DigestExecutionInput {
  /** The issue day and the execution name: the date every step after collect works on. */
  run: { date: string; runId: string };
  collect: Pick<CollectResult, (typeof KEPT.collect)[number]>;
  render: Pick<RenderResult, (typeof KEPT.render)[number] | (typeof KEPT.renderForTest)[number]>;
  /** The test branch's send result, whole. */
  test: { result: SendResult };
  /** What the send Map's ResultWriter reports (where the results went); nothing the machine reads. */
  send: unknown;
  summary: Pick<SummarizeResult, (typeof KEPT.summary)[number]>;
  /** Set when the send Map failed as a whole (its Catch). */
  sendError?: { Error: string; Cause: string };
}

/** A value the machine reads at run time, from its state or the context object. */
export class StateValue {
  constructor(readonly path: string) {}
}

type Keys<T> = keyof NonNullable<T> & string;

interface StatePaths<T> {
  <K1 extends Keys<T>>(k1: K1): StateValue;
  <K1 extends Keys<T>, K2 extends Keys<NonNullable<T>[K1]>>(k1: K1, k2: K2): StateValue;
}

/** `state('run', 'date')` is `$.run.date`; only paths the state document has are accepted. */
export const state: StatePaths<DigestState> = (...keys: string[]) => new StateValue(`$.${keys.join('.')}`);

export const CONTEXT = {
  executionName: new StateValue('$$.Execution.Name'),
  /** Inside a Distributed Map's ItemSelector: the current item (a slice descriptor). */
  mapItem: new StateValue('$$.Map.Item.Value'),
} as const;

/**
 * The JSON an event of type E is built from (a task's Parameters, a Map's
 * ItemSelector, a Pass state's Parameters): every field of E, each either a
 * constant or a value read at run time (`"field.$": "<path>"`).
 */
export function eventTemplate<E>(fields: { [K in keyof E]-?: E[K] | StateValue }): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(fields as Record<string, unknown>).map(([name, value]) => (value instanceof StateValue ? [`${name}.$`, value.path] : [name, value])),
  );
}

/** A ResultSelector keeping the named fields of a Lambda function's result (`"field.$": "$.Payload.field"`). */
export function selectResult<R>(names: ReadonlyArray<keyof R & string>): Record<string, string> {
  return Object.fromEntries(names.map((name) => [`${name}.$`, `$.Payload.${name}`]));
}
