import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../../../functions/core/memory-store.js';
import { addressHash } from '../../../functions/core/suppressions.js';
import { deliverSlice, type DeliverSliceOptions } from '../../../functions/core/delivery/deliver-slice.js';
import { readLedger } from '../../../functions/core/delivery/delivery-ledger.js';
import { LedgerError, SendRateError } from '../../../functions/core/delivery/delivery-errors.js';
import type { ObjectStore } from '../../../functions/core/ports.js';
import {
  buildTestMessage,
  CrashableStore,
  CrashSwitch,
  deliveryCounts,
  duplicates,
  FakeClock,
  FakeTransport,
  makeRecipients,
  quotaExhausted,
  rejected,
  throttled,
  sliceOptions,
  type SendBehaviour,
} from './fakes.js';

const LEASE = { leaseMs: 30_000, skewMs: 1_000 };

function options(store: ObjectStore, transport: FakeTransport, clock: FakeClock, overrides: Partial<DeliverSliceOptions> = {}): DeliverSliceOptions {
  return sliceOptions(store, transport, clock, { lock: LEASE, ...overrides });
}

describe('deliverSlice', () => {
  it('sends every recipient once and a second run sends nothing, reporting them as already sent', async () => {
    const store = new MemoryStore();
    const clock = new FakeClock();
    const first = new FakeTransport();
    const outcome = await deliverSlice(options(store, first, clock));
    expect(outcome).toMatchObject({ total: 40, sent: 40, alreadySent: 0, pending: 0, suppressed: 0, stoppedBecause: null });
    expect(first.delivered).toHaveLength(40);
    expect(new Set(first.delivered).size).toBe(40);

    const second = new FakeTransport();
    const again = await deliverSlice(options(store, second, clock, { runId: 'run-2' }));
    expect(again).toMatchObject({ sent: 0, alreadySent: 40, pending: 0, stoppedBecause: null });
    expect(second.calls).toBe(0);
  });

  it('records transport message ids in the ledger, in fewer writes than messages', async () => {
    const store = new MemoryStore();
    const clock = new FakeClock();
    const outcome = await deliverSlice(options(store, new FakeTransport(), clock, { recipients: makeRecipients(300), ratePerSecond: 200, concurrency: 8 }));
    expect(outcome.sent).toBe(300);
    expect(outcome.ledgerWrites).toBeLessThanOrEqual(6);
    const ledger = await readLedger(store, '2026-11-26/');
    const state = ledger.get('reader00007@example.com');
    expect(state).toMatchObject({ status: 'sent', messageId: 'msg-reader00007@example.com' });
    expect(state?.status === 'sent' && state.transportMessageId).toMatch(/^fake-\d+$/);
  });

  it('skips suppressed addresses, counts them and never sends to them, whatever their case', async () => {
    const recipients = makeRecipients(10);
    recipients[3] = { ...recipients[3]!, email: 'Reader00003@Example.com' };
    const suppressedHashes = new Set([addressHash('reader00003@example.com'), addressHash('reader00005@example.com')]);
    const transport = new FakeTransport();
    const outcome = await deliverSlice(options(new MemoryStore(), transport, new FakeClock(), { recipients, suppressedHashes }));
    expect(outcome).toMatchObject({ sent: 8, suppressed: 2, pending: 0 });
    expect(transport.delivered.map((email) => email.toLowerCase())).not.toContain('reader00003@example.com');
    expect(transport.delivered).not.toContain('reader00005@example.com');
  });

  it('sends once to an address listed twice in different case', async () => {
    const recipients = [...makeRecipients(3), { email: 'READER00001@example.com', name: 'Dup', fields: {} }];
    const transport = new FakeTransport();
    const outcome = await deliverSlice(options(new MemoryStore(), transport, new FakeClock(), { recipients }));
    expect(outcome).toMatchObject({ total: 3, sent: 3 });
    expect(transport.delivered).toHaveLength(3);
  });

  it('records permanent rejections with reason and code, does not retry them, and goes on', async () => {
    const store = new MemoryStore();
    const clock = new FakeClock();
    const bad = new Set(['reader00002@example.com', 'reader00011@example.com']);
    const transport = new FakeTransport((message) => (bad.has(message.recipient) ? rejected() : 'deliver'));
    const outcome = await deliverSlice(options(store, transport, clock, { recipients: makeRecipients(20) }));
    expect(outcome.sent).toBe(18);
    expect(outcome.failed).toHaveLength(2);
    expect(outcome.failed[0]).toMatchObject({ code: 'MessageRejected', reason: 'Email address is not verified', runId: 'run-1' });
    expect(transport.calls).toBe(20);

    const rerun = new FakeTransport();
    const again = await deliverSlice(options(store, rerun, clock, { recipients: makeRecipients(20), runId: 'run-2' }));
    expect(rerun.calls).toBe(0);
    expect(again).toMatchObject({ alreadySent: 18, pending: 0 });
    expect(again.failed.map((failure) => failure.runId)).toEqual(['run-1', 'run-1']);
  });

  it('retries throttled and network failures with backoff until sent, never counting them as sent before', async () => {
    const clock = new FakeClock();
    const transport = new FakeTransport((message, _call, attempt) => {
      const index = Number(message.recipient.slice(6, 11));
      if (index % 3 === 0 && attempt <= 2) return throttled();
      if (index % 5 === 0 && attempt === 1) return Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
      return 'deliver';
    });
    const progress: number[] = [];
    const outcome = await deliverSlice(options(new MemoryStore(), transport, clock, { onProgress: (p) => progress.push(p.done) }));
    expect(outcome).toMatchObject({ sent: 40, pending: 0, failed: [], unsent: [] });
    expect(transport.delivered).toHaveLength(40);
    expect(transport.calls).toBeGreaterThan(40);
    expect(Math.max(...progress)).toBe(40);
  });

  it('leaves a recipient pending, not failed, when retries run out, and a later run sends it', async () => {
    const store = new MemoryStore();
    const clock = new FakeClock();
    const transport = new FakeTransport((message) => (message.recipient === 'reader00004@example.com' ? throttled() : 'deliver'));
    const outcome = await deliverSlice(options(store, transport, clock, { recipients: makeRecipients(10), retry: { maxAttempts: 3 } }));
    expect(outcome).toMatchObject({ sent: 9, pending: 1, failed: [] });
    expect(outcome.unsent).toEqual([expect.objectContaining({ recipient: 'reader00004@example.com', code: 'Throttling' })]);
    expect(outcome.unsent[0]!.reason).toMatch(/gave up after 3 attempts/);

    const healthy = new FakeTransport();
    const again = await deliverSlice(options(store, healthy, clock, { recipients: makeRecipients(10), runId: 'run-2' }));
    expect(healthy.delivered).toEqual(['reader00004@example.com']);
    expect(again).toMatchObject({ sent: 1, alreadySent: 9, pending: 0 });
  });

  it('keeps a recipient pending when its message fails to build', async () => {
    const transport = new FakeTransport();
    const outcome = await deliverSlice(
      options(new MemoryStore(), transport, new FakeClock(), {
        recipients: makeRecipients(5),
        buildMessage: (subscriber) => {
          if (subscriber.email.startsWith('reader00001')) throw new Error('template exploded');
          return buildTestMessage(subscriber);
        },
      }),
    );
    expect(outcome).toMatchObject({ sent: 4, pending: 1 });
    expect(outcome.unsent[0]).toMatchObject({ code: 'message-build-failed', reason: 'template exploded' });
  });

  it('stops cleanly when the daily quota is exhausted and a later run sends only the rest', async () => {
    const store = new MemoryStore();
    const clock = new FakeClock();
    let delivered = 0;
    const limited = new FakeTransport(() => (delivered++ < 15 ? 'deliver' : quotaExhausted()));
    const outcome = await deliverSlice(options(store, limited, clock));
    expect(outcome.stoppedBecause).toBe('quota-exhausted');
    expect(outcome.sent).toBe(15);
    expect(outcome.pending).toBe(25);

    const tomorrow = new FakeTransport();
    const resumed = await deliverSlice(options(store, tomorrow, clock, { runId: 'run-2' }));
    expect(resumed).toMatchObject({ sent: 25, alreadySent: 15, pending: 0, stoppedBecause: null });
    expect(duplicates(deliveryCounts([limited, tomorrow]))).toBe(0);
    expect(deliveryCounts([limited, tomorrow]).size).toBe(40);
  });

  it('stops at the deadline with the ledger written, and a later run completes without duplicates', async () => {
    const store = new MemoryStore();
    const clock = new FakeClock();
    const first = new FakeTransport(() => 'deliver', { clock, latencyMs: 5 });
    const outcome = await deliverSlice(options(store, first, clock, { ratePerSecond: 10, deadline: clock.now() + 1_500 }));
    expect(outcome.stoppedBecause).toBe('deadline');
    expect(outcome.sent).toBeGreaterThan(5);
    expect(outcome.sent).toBeLessThan(40);
    expect(outcome.pending).toBe(40 - outcome.sent);

    const second = new FakeTransport();
    const resumed = await deliverSlice(options(store, second, clock, { runId: 'run-2', ratePerSecond: 1_000 }));
    expect(resumed).toMatchObject({ alreadySent: outcome.sent, sent: 40 - outcome.sent, stoppedBecause: null });
    expect(duplicates(deliveryCounts([first, second]))).toBe(0);
  });

  it('resumes after a hard crash at message k, re-sending no more than the in-flight window', async () => {
    const inner = new MemoryStore();
    const clock = new FakeClock();
    const crash = new CrashSwitch();
    const dying = new FakeTransport((_message, call) => (call === 23 ? 'deliver-then-crash' : 'deliver'), { crash });
    const crashed = deliverSlice(options(new CrashableStore(inner, crash), dying, clock, { batchSize: 5, concurrency: 3 }));
    await expect(crashed).rejects.toThrow();

    clock.advance(LEASE.leaseMs + LEASE.skewMs);
    const survivor = new FakeTransport();
    const resumed = await deliverSlice(options(inner, survivor, clock, { runId: 'run-2', batchSize: 5, concurrency: 3 }));
    expect(resumed.stoppedBecause).toBeNull();
    expect(resumed.pending).toBe(0);
    const counts = deliveryCounts([dying, survivor]);
    expect(counts.size).toBe(40);
    expect(duplicates(counts)).toBeGreaterThan(0);
    expect(duplicates(counts)).toBeLessThanOrEqual(resumed.inFlightWindow);
    expect(resumed.alreadySent + resumed.sent).toBe(40);
  });

  it('lets only one of two concurrent runs of a slice send; the other reports lock-held', async () => {
    const store = new MemoryStore();
    const clock = new FakeClock();
    const a = new FakeTransport(() => 'deliver', { clock, latencyMs: 2 });
    const b = new FakeTransport(() => 'deliver', { clock, latencyMs: 2 });
    const [first, second] = await Promise.all([
      deliverSlice(options(store, a, clock, { runId: 'run-a' })),
      deliverSlice(options(store, b, clock, { runId: 'run-b' })),
    ]);
    const outcomes = [first, second].sort((x, y) => y.sent - x.sent);
    expect(outcomes[0]).toMatchObject({ sent: 40, stoppedBecause: null });
    expect(outcomes[1]).toMatchObject({ sent: 0, stoppedBecause: 'lock-held' });
    expect(outcomes[1]!.lock?.heldBy?.runId).toMatch(/^run-[ab]$/);
    expect(duplicates(deliveryCounts([a, b]))).toBe(0);
  });

  it('treats a duplicate trigger with the same run id as a resume that sends nothing new', async () => {
    const store = new MemoryStore();
    const clock = new FakeClock();
    const a = new FakeTransport();
    const b = new FakeTransport();
    await deliverSlice(options(store, a, clock));
    const duplicate = await deliverSlice(options(store, b, clock));
    expect(duplicate).toMatchObject({ sent: 0, alreadySent: 40, stoppedBecause: null });
    expect(b.calls).toBe(0);
  });

  it('waits for a crashed run’s lease when asked to, then completes the slice', async () => {
    const inner = new MemoryStore();
    const clock = new FakeClock();
    const crash = new CrashSwitch();
    const dying = new FakeTransport((_message, call) => (call === 10 ? 'crash' : 'deliver'), { crash });
    await expect(deliverSlice(options(new CrashableStore(inner, crash), dying, clock, { batchSize: 4 }))).rejects.toThrow();

    const impatient = await deliverSlice(options(inner, new FakeTransport(), clock, { runId: 'run-2' }));
    expect(impatient.stoppedBecause).toBe('lock-held');
    expect(impatient.lock?.retryAfterMs).toBeGreaterThan(0);

    const patient = new FakeTransport(() => 'deliver', { clock });
    const resumed = await deliverSlice(options(inner, patient, clock, { runId: 'run-3', lock: { ...LEASE, waitMs: 60_000 } }));
    expect(resumed).toMatchObject({ pending: 0, stoppedBecause: null });
    expect(duplicates(deliveryCounts([dying, patient]))).toBeLessThanOrEqual(resumed.inFlightWindow);
    const crashedLease = JSON.parse((await inner.get('2026-11-26/ledger/all/lock/0000000001.json'))!.toString()) as { expiresAt: number };
    expect(patient.sentAt[0]).toBeGreaterThanOrEqual(crashedLease.expiresAt + LEASE.skewMs);
  });

  it('takes over at once when the caller can tell the lock owner is gone', async () => {
    const inner = new MemoryStore();
    const clock = new FakeClock();
    const crash = new CrashSwitch();
    const dying = new FakeTransport((_message, call) => (call === 10 ? 'crash' : 'deliver'), { crash });
    await expect(
      deliverSlice(options(new CrashableStore(inner, crash), dying, clock, { lock: { ...LEASE, owner: { host: 'h', pid: 41 } } })),
    ).rejects.toThrow();
    const resumed = await deliverSlice(
      options(inner, new FakeTransport(), clock, { runId: 'run-2', lock: { ...LEASE, isOwnerGone: (record) => record.owner?.pid === 41 } }),
    );
    expect(resumed).toMatchObject({ pending: 0, stoppedBecause: null });
  });

  it('fails with a LedgerError when the ledger cannot be written, and a later run completes within the window', async () => {
    const inner = new MemoryStore();
    const clock = new FakeClock();
    let failing = false;
    const flaky: ObjectStore = Object.create(inner) as ObjectStore;
    flaky.put = async (key, body, opts) => {
      if (failing && key.includes('/segments/')) throw new Error('503 Slow Down');
      return inner.put(key, body, opts);
    };
    const first = new FakeTransport((_message, call) => {
      if (call === 12) failing = true;
      return 'deliver';
    });
    await expect(deliverSlice(options(flaky, first, clock, { batchSize: 5 }))).rejects.toBeInstanceOf(LedgerError);
    clock.advance(LEASE.leaseMs + LEASE.skewMs);
    const second = new FakeTransport();
    const resumed = await deliverSlice(options(inner, second, clock, { runId: 'run-2', batchSize: 5 }));
    expect(resumed.pending).toBe(0);
    expect(deliveryCounts([first, second]).size).toBe(40);
    expect(duplicates(deliveryCounts([first, second]))).toBeLessThanOrEqual(resumed.inFlightWindow);
  });

  it('takes its share of the account rate and uses the transport quota when no rate is configured', async () => {
    const clock = new FakeClock();
    const transport = new FakeTransport(() => 'deliver', { maxPerSecond: 14 });
    const outcome = await deliverSlice(options(new MemoryStore(), transport, clock, { ratePerSecond: undefined, workers: 2, recipients: makeRecipients(5) }));
    expect(outcome.ratePerSecond).toBe(7);
    await expect(deliverSlice(options(new MemoryStore(), new FakeTransport(), clock, { ratePerSecond: undefined }))).rejects.toBeInstanceOf(SendRateError);
  });

  it('never sends more than the rate in any one-second window, even with retries', async () => {
    const clock = new FakeClock();
    const behaviour = (_m: unknown, call: number): SendBehaviour => (call % 7 === 0 ? throttled() : 'deliver');
    const transport = new FakeTransport(behaviour, { clock });
    await deliverSlice(options(new MemoryStore(), transport, clock, { recipients: makeRecipients(120), ratePerSecond: 20, concurrency: 5 }));
    const times = transport.sentAt;
    for (let i = 0; i < times.length; i++) {
      const inWindow = times.filter((t) => t >= times[i]! && t < times[i]! + 1000).length;
      expect(inWindow).toBeLessThanOrEqual(20);
    }
  });
});
