import { randomUUID } from 'node:crypto';
import type { Context } from 'aws-lambda';
import { lambdaInvocation } from '../lambda.js';
import type { SynthesizedFunction } from './synthesized-machine.js';

/**
 * Lambda as the Step Functions `lambda:invoke` integration sees it. A handler
 * gets the payload as JSON (what Lambda would deserialize), a context whose
 * deadline is the function's configured timeout, and its return value comes
 * back in the integration's result shape, `{ ExecutedVersion, Payload,
 * SdkHttpMetadata, SdkResponseMetadata, StatusCode }`. A handler error fails
 * the task with the error's name (the Node runtime's `errorType`) and a Cause
 * holding `{ errorType, errorMessage, trace }`, as Step Functions reports it.
 *
 * Service-side faults (throttling and friends) are injected per function and
 * happen before the handler runs, as they do on AWS.
 */

export type LambdaHandler = (event: any, context: Context) => Promise<unknown>;

/** Step Functions' limit on any state's input or output. */
export const STATE_PAYLOAD_LIMIT_BYTES = 256 * 1024;

export interface Invocation {
  function: string;
  state: string;
  payload: unknown;
  outcome: 'succeeded' | 'failed' | 'service-error';
  error?: string;
  result?: unknown;
}

/** A Task failure as Step Functions names it: the interpreter matches Retry/Catch on `name`. */
export class TaskError extends Error {
  constructor(name: string, message: string, readonly details?: unknown) {
    super(message);
    this.name = name;
  }
}

interface ServiceFault {
  function: string;
  error: string;
  remaining: number;
}

const SERVICE_FAULT_MESSAGES: Record<string, string> = {
  'Lambda.TooManyRequestsException': 'Rate Exceeded. (Service: AWSLambda; Status Code: 429; Error Code: TooManyRequestsException)',
  'Lambda.ServiceException': 'Service unavailable. (Service: AWSLambda; Status Code: 500; Error Code: ServiceException)',
};

export class LambdaService {
  readonly invocations: Invocation[] = [];
  private readonly faults: ServiceFault[] = [];

  constructor(
    private readonly functions: Map<string, SynthesizedFunction>,
    private readonly handlers: Readonly<Record<string, LambdaHandler>>,
  ) {}

  /** The next `times` invocations of `functionName` (`collect`, `send`, …) fail with a Lambda service error. */
  failNext(functionName: string, error: keyof typeof SERVICE_FAULT_MESSAGES, times = 1): void {
    this.faults.push({ function: functionName, error, remaining: times });
  }

  invocationsOf(functionName: string): Invocation[] {
    return this.invocations.filter((invocation) => invocation.function === functionName);
  }

  /** What the `lambda:invoke` task does with its `{ FunctionName, Payload }` parameters. */
  async invoke(stateName: string, parameters: unknown): Promise<unknown> {
    const { FunctionName, Payload } = (parameters ?? {}) as { FunctionName?: unknown; Payload?: unknown };
    if (typeof FunctionName !== 'string') throw new TaskError('States.Runtime', `${stateName}: lambda:invoke without a FunctionName`);
    const fn = this.functions.get(FunctionName) ?? [...this.functions.values()].find((f) => f.logicalId === FunctionName || f.name === FunctionName);
    if (!fn) {
      throw new TaskError('Lambda.ResourceNotFoundException', `Function not found: ${FunctionName} (state ${stateName})`);
    }
    const handler = this.handlers[fn.name];
    if (!handler) throw new Error(`The harness has no handler for function ${fn.name} (state ${stateName})`);
    // What crosses the wire is JSON: undefined fields vanish, dates become strings.
    const event = Payload === undefined ? {} : JSON.parse(JSON.stringify(Payload));
    const invocation: Invocation = { function: fn.name, state: stateName, payload: event, outcome: 'succeeded' };
    this.invocations.push(invocation);

    const fault = this.faults.find((candidate) => candidate.function === fn.name && candidate.remaining > 0);
    if (fault) {
      fault.remaining -= 1;
      invocation.outcome = 'service-error';
      invocation.error = fault.error;
      throw new TaskError(fault.error, SERVICE_FAULT_MESSAGES[fault.error]!);
    }

    let value: unknown;
    try {
      value = await handler(event, lambdaInvocation(fn.timeoutSeconds * 1000, fn.logicalId));
    } catch (error) {
      const failure = error instanceof Error ? error : new Error(String(error));
      invocation.outcome = 'failed';
      invocation.error = failure.name;
      const cause = { errorType: failure.name, errorMessage: failure.message, trace: (failure.stack ?? '').split('\n') };
      throw new TaskError(failure.name, JSON.stringify(cause), cause);
    }
    const payload = value === undefined ? null : JSON.parse(JSON.stringify(value));
    invocation.result = payload;
    const result = {
      ExecutedVersion: '$LATEST',
      Payload: payload,
      SdkHttpMetadata: {
        AllHttpHeaders: { 'X-Amz-Executed-Version': ['$LATEST'], 'Content-Type': ['application/json'] },
        HttpHeaders: { 'X-Amz-Executed-Version': '$LATEST', 'Content-Type': 'application/json' },
        HttpStatusCode: 200,
      },
      SdkResponseMetadata: { RequestId: randomUUID() },
      StatusCode: 200,
    };
    const size = Buffer.byteLength(JSON.stringify(result));
    if (size > STATE_PAYLOAD_LIMIT_BYTES) {
      throw new TaskError('States.DataLimitExceeded', `${stateName}: the result of ${fn.name} is ${size} bytes, over the ${STATE_PAYLOAD_LIMIT_BYTES}-byte state limit`);
    }
    return result;
  }
}
