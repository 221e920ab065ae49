import type { Clock, Log, MailTransport, OutgoingMessage } from '../ports.js';
import { silentLog, systemClock } from '../ports.js';
import { errorMessage } from '../errors.js';
import type { Subscriber } from '../subscribers/subscriber.js';
import { backoffDelay, classifyFailure, defaultRetryPolicy, type RetryPolicy } from './retry-policy.js';
import { TokenBucket } from './token-bucket.js';

export interface TestSendOptions {
  /** Default: 1 message per second, safe even in the SES sandbox. */
  ratePerSecond?: number;
  clock?: Clock;
  log?: Log;
  retry?: Partial<RetryPolicy>;
  random?: () => number;
}

export interface TestSendOutcome {
  sent: Array<{ recipient: string; transportMessageId: string }>;
  failed: Array<{ recipient: string; reason: string; code: string }>;
}

/**
 * Sends an issue to a few editor addresses. No lock and no ledger: a test
 * send must never count as a subscriber's delivery nor block the real one.
 * Marking the subject as a test is `buildMessage`'s job, so the message
 * content comes from exactly the builder the real send uses.
 */
export async function sendTestMessages(
  addresses: ReadonlyArray<string | Subscriber>,
  buildMessage: (subscriber: Subscriber) => OutgoingMessage | Promise<OutgoingMessage>,
  transport: MailTransport,
  options: TestSendOptions = {},
): Promise<TestSendOutcome> {
  const clock = options.clock ?? systemClock;
  const log = options.log ?? silentLog;
  const policy = { ...defaultRetryPolicy, ...options.retry };
  const bucket = new TokenBucket({ ratePerSecond: options.ratePerSecond ?? 1, clock });
  const outcome: TestSendOutcome = { sent: [], failed: [] };
  let quotaFailure: { code: string; reason: string } | undefined;

  for (const entry of addresses) {
    const subscriber: Subscriber = typeof entry === 'string' ? { email: entry.trim(), name: '', fields: {} } : entry;
    if (quotaFailure) {
      outcome.failed.push({ recipient: subscriber.email, ...quotaFailure });
      continue;
    }
    let message: OutgoingMessage;
    try {
      message = await buildMessage(subscriber);
    } catch (error) {
      outcome.failed.push({ recipient: subscriber.email, reason: errorMessage(error), code: 'message-build-failed' });
      continue;
    }
    for (let attempt = 1; ; attempt++) {
      await bucket.take();
      try {
        const receipt = await transport.send(message);
        outcome.sent.push({ recipient: subscriber.email, transportMessageId: receipt.transportMessageId });
        log.info('Test message sent', { recipient: subscriber.email, transportMessageId: receipt.transportMessageId });
        break;
      } catch (error) {
        const failure = classifyFailure(error);
        if (failure.kind === 'retryable' && attempt < policy.maxAttempts) {
          await clock.sleep(backoffDelay(policy, attempt, options.random));
          continue;
        }
        if (failure.kind === 'quota-exhausted') quotaFailure = { code: failure.code, reason: failure.reason };
        outcome.failed.push({ recipient: subscriber.email, reason: failure.reason, code: failure.code });
        log.warn('Test message failed', { recipient: subscriber.email, code: failure.code, reason: failure.reason });
        break;
      }
    }
  }
  return outcome;
}
