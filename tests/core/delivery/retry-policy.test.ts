import { describe, expect, it } from 'vitest';
import { backoffDelay, classifyFailure, defaultRetryPolicy } from '../../../functions/core/delivery/retry-policy.js';
import { TransportError } from '../../../functions/core/errors.js';

describe('retry policy', () => {
  it('doubles the backoff ceiling per attempt up to the cap, with full jitter', () => {
    const policy = { maxAttempts: 6, baseDelayMs: 100, maxDelayMs: 1_000 };
    expect(backoffDelay(policy, 1, () => 0.999)).toBe(99);
    expect(backoffDelay(policy, 3, () => 0.999)).toBe(399);
    expect(backoffDelay(policy, 10, () => 0.999)).toBe(999);
    expect(backoffDelay(policy, 4, () => 0)).toBe(0);
  });

  it('treats errors that are not TransportErrors as retryable network errors', () => {
    expect(classifyFailure(Object.assign(new Error('reset'), { code: 'ECONNRESET' }))).toEqual({ kind: 'retryable', code: 'ECONNRESET', reason: 'reset' });
    expect(classifyFailure('boom')).toMatchObject({ kind: 'retryable', code: 'network-error' });
    expect(classifyFailure(new TransportError('permanent', 'MessageRejected', 'bad'))).toEqual({ kind: 'permanent', code: 'MessageRejected', reason: 'bad' });
    expect(defaultRetryPolicy.maxAttempts).toBeGreaterThan(1);
  });
});
