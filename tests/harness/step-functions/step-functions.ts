import type { S3Client } from '@aws-sdk/client-s3';
import { ExecutionError, StateMachine } from 'aws-local-stepfunctions';
import { checkStateInput, checkStateResult, ContractViolationError, type ContractViolation } from './contracts.js';
import { checkSupported, isDistributedMap, runDistributedMap, type MapRunRecord } from './distributed-map.js';
import type { LambdaService } from './lambda-service.js';
import { ACCOUNT, REGION, STATE_MACHINE_ARN, STATE_MACHINE_NAME, type AslDefinition, type AslState, type SynthesizedMachine } from './synthesized-machine.js';

/**
 * Step Functions for the tests: the synthesized definition executed by
 * aws-local-stepfunctions, with
 * - every `arn:aws:states:::lambda:invoke` Task handed to the LambdaService
 *   (the real handlers, the integration's `{ Payload, … }` result shape);
 * - every Distributed Map replaced, for the interpreter, by a Task of the same
 *   name that keeps the Map's InputPath, ResultSelector, ResultPath,
 *   OutputPath, Retry, Catch and transition, and runs ./distributed-map.ts;
 * - Retry waits shortened to nothing (the Retry rules themselves are the
 *   definition's: which errors, how many attempts);
 * - the data contracts (./contracts.ts) checked on every state entered and
 *   every task result, in the parent and in every child execution.
 *
 * Any other Task resource is refused: the definition would need this harness extended.
 */

const LAMBDA_INVOKE = /^arn:aws:states:::lambda:invoke$/;
const MAP_STAND_IN = 'arn:aws:states:::harness:distributedMap';
/** For states Step Functions runs without a timeout (the interpreter gives Tasks 60 s): the longest a Node timer waits. */
const STAND_IN_TIMEOUT_SECONDS = 2_000_000;

export interface TracedEvent {
  execution: string;
  type: string;
  state?: string;
  input?: unknown;
  output?: unknown;
  error?: string;
  cause?: unknown;
  retrier?: { ErrorEquals: string[] };
}

export interface ExecutionRecord {
  name: string;
  status: 'SUCCEEDED' | 'FAILED';
  output?: unknown;
  error?: string;
  cause?: string;
  /** The parent execution's states, in the order they were entered. */
  path: string[];
  events: TracedEvent[];
  mapRuns: MapRunRecord[];
  violations: ContractViolation[];
}

export interface StartOptions {
  /**
   * On a contract violation, stop the execution and throw ContractViolationError
   * (the default), or let it run on and return the violations.
   */
  enforceContracts?: boolean;
}

export class StepFunctions {
  /** Every state (children included) any execution entered: which contracts were exercised. */
  readonly visited = new Set<string>();
  private readonly runnable: AslDefinition;
  private readonly statesByName = new Map<string, AslState>();
  private readonly retryStates: string[] = [];
  private readonly readerFaults: string[] = [];

  constructor(
    readonly machine: SynthesizedMachine,
    private readonly lambda: LambdaService,
    private readonly s3: S3Client,
  ) {
    // The synthesized definition must be valid ASL before anything is swapped.
    // (A copy: the validator fills in defaults such as QueryLanguage in place.)
    new StateMachine(structuredClone(machine.definition) as never, { validationOptions: { checkArn: true, checkPaths: true } });
    this.runnable = this.prepare(machine.definition);
  }

  /** The next Distributed Map item reads fail with this S3 error (e.g. `AccessDenied`: the role cannot read the manifest). */
  failItemReader(s3Error: string, times = 1): void {
    for (let i = 0; i < times; i++) this.readerFaults.push(s3Error);
  }

  /** Every state of the definition, children included, by name (ASL names are unique machine-wide). */
  allStates(): string[] {
    return [...this.statesByName.keys()];
  }

  async start(input: unknown, name: string, options: StartOptions = {}): Promise<ExecutionRecord> {
    const record: ExecutionRecord = { name, status: 'SUCCEEDED', path: [], events: [], mapRuns: [], violations: [] };
    const context = {
      Execution: { Id: `arn:aws:states:${REGION}:${ACCOUNT}:execution:${STATE_MACHINE_NAME}:${name}`, Name: name, RoleArn: `arn:aws:iam::${ACCOUNT}:role/StateMachineRole` },
      StateMachine: { Id: STATE_MACHINE_ARN, Name: STATE_MACHINE_NAME },
    };
    try {
      record.output = await this.run(new StateMachine(this.runnable as never, { validationOptions: { noValidate: true } }), input, context, name, record, options.enforceContracts !== false);
    } catch (error) {
      const cause = error instanceof ExecutionError ? (error.cause as Error) : (error as Error);
      record.status = 'FAILED';
      record.error = cause?.name;
      record.cause = cause?.message;
    }
    record.path = record.events.filter((e) => e.execution === name && e.type === 'StateEntered').map((e) => e.state!);
    if (record.violations.length > 0 && options.enforceContracts !== false) throw new ContractViolationError(record.violations);
    return record;
  }

  private async run(machine: StateMachine, input: unknown, context: Record<string, any>, execution: string, record: ExecutionRecord, enforce: boolean): Promise<unknown> {
    const fullContext = { ...context, Execution: { ...context.Execution, Input: input, StartTime: new Date().toISOString() } };
    const handlers: Record<string, (input: any) => Promise<any>> = {};
    for (const [stateName, state] of this.statesByName) {
      if (state.Resource === MAP_STAND_IN) {
        handlers[stateName] = async (mapInput) => {
          const original = state.__original as AslState;
          const processor = new StateMachine(state.__processor as never, { validationOptions: { noValidate: true } });
          const { output } = await runDistributedMap(stateName, original, mapInput, fullContext, processor, {
            s3: this.s3,
            onMapRun: (mapRun) => record.mapRuns.push(mapRun),
            takeReaderFault: () => this.readerFaults.shift(),
            runChild: async (child, childInput, childContext, childName) => ({ output: await this.run(child, childInput, childContext, `${execution}/${childName}`, record, enforce) }),
          });
          return this.checked(execution, stateName, state, output, fullContext, record, enforce);
        };
      } else if (typeof state.Resource === 'string' && LAMBDA_INVOKE.test(state.Resource)) {
        handlers[stateName] = async (parameters) => this.checked(execution, stateName, state, await this.lambda.invoke(stateName, parameters), fullContext, record, enforce);
      } else if (state.Type === 'Task') {
        handlers[stateName] = async () => {
          throw new Error(`Task "${stateName}" uses ${String(state.Resource)}, which the harness does not emulate`);
        };
      }
    }
    const started = machine.run(input as never, {
      context: context as never,
      overrides: {
        taskResourceLocalHandlers: handlers,
        retryIntervalOverrides: Object.fromEntries(this.retryStates.map((stateName) => [stateName, 0])),
      },
    });
    const collecting = (async () => {
      for await (const event of started.eventLogs) {
        const traced: TracedEvent = { execution, type: event.type };
        if ('state' in event) {
          traced.state = event.state.name;
          traced.input = event.state.input;
          traced.output = event.state.output;
          this.visited.add(event.state.name);
          if (event.type === 'StateEntered') {
            const violations = checkStateInput(execution, event.state.name, this.original(event.state.name), event.state.input, fullContext);
            record.violations.push(...violations);
            // The state itself may already have run on the bad input; nothing after it does.
            if (violations.length > 0 && enforce) started.abort();
          }
        }
        if ('Error' in event) {
          traced.error = event.Error;
          traced.cause = event.Cause;
        }
        if (event.type === 'StateRetried') traced.retrier = event.retry.retrier;
        record.events.push(traced);
      }
    })();
    try {
      return await started.result;
    } finally {
      await collecting;
    }
  }

  private checked(execution: string, stateName: string, state: AslState, rawResult: unknown, context: unknown, record: ExecutionRecord, enforce: boolean): unknown {
    const violations = checkStateResult(execution, stateName, state, rawResult, context);
    record.violations.push(...violations);
    if (violations.length > 0 && enforce) throw new ContractViolationError(violations);
    return rawResult;
  }

  private original(stateName: string): AslState {
    const state = this.statesByName.get(stateName)!;
    return (state.__original as AslState | undefined) ?? state;
  }

  /** A copy of a (sub-)definition the interpreter can run, with Distributed Maps swapped for stand-in Tasks. */
  private prepare(definition: { StartAt: string; States: Record<string, AslState> }): AslDefinition {
    const states: Record<string, AslState> = {};
    for (const [stateName, state] of Object.entries(definition.States)) {
      let runnable: AslState;
      if (isDistributedMap(state)) {
        checkSupported(stateName, state);
        const kept = ['Comment', 'InputPath', 'ResultSelector', 'ResultPath', 'OutputPath', 'Retry', 'Catch', 'Next', 'End'];
        runnable = Object.fromEntries(Object.entries(state).filter(([key]) => kept.includes(key)));
        Object.assign(runnable, { Type: 'Task', Resource: MAP_STAND_IN, TimeoutSeconds: STAND_IN_TIMEOUT_SECONDS });
        Object.defineProperty(runnable, '__original', { value: state, enumerable: false });
        Object.defineProperty(runnable, '__processor', { value: this.prepare(state.ItemProcessor), enumerable: false });
      } else if (state.Type === 'Map' || state.Type === 'Parallel') {
        throw new Error(`State "${stateName}" (${state.Type}, inline) is beyond this harness; the interpreter runs it, but its children are not wired to the fakes`);
      } else if (state.Type === 'Task' && state.TimeoutSeconds === undefined && state.TimeoutSecondsPath === undefined) {
        // Step Functions gives a Task no timeout of its own (Lambda's applies); the interpreter would give it 60 s.
        runnable = { ...state, TimeoutSeconds: STAND_IN_TIMEOUT_SECONDS };
      } else {
        runnable = state;
      }
      states[stateName] = runnable;
      this.statesByName.set(stateName, runnable);
      if (Array.isArray(state.Retry) && !this.retryStates.includes(stateName)) this.retryStates.push(stateName);
    }
    const { ProcessorConfig: _config, ...rest } = definition as Record<string, unknown>;
    return { ...(rest as object), StartAt: definition.StartAt, States: states };
  }
}
