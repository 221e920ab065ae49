import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../../../functions/core/memory-store.js';
import { sendTestMessages } from '../../../functions/core/delivery/send-test-messages.js';
import { buildTestMessage, FakeClock, FakeTransport, quotaExhausted, rejected, throttled } from './fakes.js';

describe('sendTestMessages', () => {
  it('sends to the editors through the given builder, retrying throttles, without touching any store', async () => {
    const store = new MemoryStore();
    const transport = new FakeTransport((message, _call, attempt) =>
      message.recipient === 'b@example.com' && attempt === 1 ? throttled() : message.recipient === 'bad@example.com' ? rejected() : 'deliver',
    );
    const subjects: string[] = [];
    const outcome = await sendTestMessages(
      ['a@example.com', ' b@example.com ', 'bad@example.com'],
      (subscriber) => {
        subjects.push(`[TEST] Daily Digest for ${subscriber.email}`);
        return buildTestMessage(subscriber);
      },
      transport,
      { clock: new FakeClock(), ratePerSecond: 5 },
    );
    expect(outcome.sent.map((entry) => entry.recipient)).toEqual(['a@example.com', 'b@example.com']);
    expect(outcome.failed).toEqual([{ recipient: 'bad@example.com', reason: 'Email address is not verified', code: 'MessageRejected' }]);
    expect(subjects).toHaveLength(3);
    expect(store.objects.size).toBe(0);
  });

  it('stops trying once the daily quota is exhausted and reports the rest as failed for that reason', async () => {
    const transport = new FakeTransport(() => quotaExhausted());
    const outcome = await sendTestMessages(['a@example.com', 'b@example.com'], buildTestMessage, transport, { clock: new FakeClock() });
    expect(outcome.failed.map((entry) => entry.code)).toEqual(['DailyQuotaExceeded', 'DailyQuotaExceeded']);
    expect(transport.calls).toBe(1);
  });
});
