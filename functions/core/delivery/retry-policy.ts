import { errorMessage, TransportError, type TransportFailureKind } from '../errors.js';

export interface RetryPolicy {
  /** Attempts per message in one run, the first included. */
  maxAttempts: number;
  /** Upper bound of the first backoff; doubles with each attempt. */
  baseDelayMs: number;
  maxDelayMs: number;
}

export const defaultRetryPolicy: RetryPolicy = { maxAttempts: 6, baseDelayMs: 250, maxDelayMs: 20_000 };

/**
 * Exponential backoff with full jitter: a uniform wait in [0, min(max, base·2^(attempt-1))).
 * Full jitter spreads workers that were throttled together, so they do not retry in lockstep.
 * `attempt` is the number of the attempt that just failed, from 1.
 */
export function backoffDelay(policy: RetryPolicy, attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.floor(random() * ceiling);
}

export interface ClassifiedFailure {
  kind: TransportFailureKind;
  code: string;
  reason: string;
}

/**
 * What a failed send means. Anything that is not a TransportError (a socket
 * reset, a timeout thrown by an SDK) is treated as a retryable network error:
 * the message was not confirmed, and counting it failed for good would lose a recipient.
 */
export function classifyFailure(error: unknown): ClassifiedFailure {
  if (error instanceof TransportError) return { kind: error.kind, code: error.code, reason: error.message };
  const code = (error as { code?: unknown })?.code;
  return { kind: 'retryable', code: typeof code === 'string' ? code : 'network-error', reason: errorMessage(error) };
}
