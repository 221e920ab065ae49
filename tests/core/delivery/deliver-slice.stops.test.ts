import { describe, expect, it } from 'vitest';
import { TransportError } from '../../../functions/core/errors.js';
import { MemoryStore } from '../../../functions/core/memory-store.js';
import type { StoredObject } from '../../../functions/core/ports.js';
import { deliverSlice } from '../../../functions/core/delivery/deliver-slice.js';
import { readLedger } from '../../../functions/core/delivery/delivery-ledger.js';
import { FakeClock, FakeTransport, makeRecipients, sliceOptions } from './fakes.js';

const accessDenied = () => new TransportError('sender', 'AccessDenied', 'SES refused the sender: AccessDenied: not authorized to perform ses:SendRawEmail');
const blacklisted = () => new TransportError('permanent', 'MessageRejected', 'SES refused the message: Address blacklisted.');

/** A store that remembers which prefixes were listed and which keys were read. */
class WatchedStore extends MemoryStore {
  readonly listed: string[] = [];
  readonly read: string[] = [];
  override list(prefix: string): AsyncIterable<StoredObject> {
    this.listed.push(prefix);
    return super.list(prefix);
  }
  override async get(key: string): Promise<Buffer | null> {
    this.read.push(key);
    return super.get(key);
  }
}

describe('deliverSlice: whose fault a failure is', () => {
  it('stops at a sender-side error with every recipient pending, nobody failed, and the reason SES gave', async () => {
    const store = new MemoryStore();
    const clock = new FakeClock();
    const transport = new FakeTransport(() => accessDenied());
    const outcome = await deliverSlice(sliceOptions(store, transport, clock));
    expect(outcome).toMatchObject({ sent: 0, failed: [], pending: 40, stoppedBecause: 'sender-error' });
    expect(outcome.stopDetail).toMatchObject({ code: 'AccessDenied', reason: expect.stringContaining('not authorized') });
    // Only the sends already in flight when the first answer came back reached SES.
    expect(transport.calls).toBeLessThanOrEqual(4);

    // After the fix, a new run sends to all of them, once each.
    const fixed = new FakeTransport();
    const again = await deliverSlice(sliceOptions(store, fixed, clock, { runId: 'run-2' }));
    expect(again).toMatchObject({ sent: 40, failed: [], pending: 0, stoppedBecause: null });
    expect(new Set(fixed.delivered).size).toBe(40);
  });

  it('trips the circuit breaker on N permanent failures in a row with one code, and keeps those recipients pending', async () => {
    const store = new MemoryStore();
    const clock = new FakeClock();
    const transport = new FakeTransport(() => blacklisted());
    const outcome = await deliverSlice(sliceOptions(store, transport, clock, { circuitBreaker: 5, concurrency: 1 }));
    expect(outcome).toMatchObject({ sent: 0, failed: [], pending: 40, stoppedBecause: 'sender-error' });
    expect(outcome.stopDetail?.reason).toMatch(/circuit breaker: 5 sends in a row refused with MessageRejected/);
    expect(transport.calls).toBe(5);
    const ledger = await readLedger(store, '2026-11-26/');
    expect(ledger.get('reader00000@example.com')).toMatchObject({ status: 'unsent', code: 'MessageRejected' });
  });

  it('records a streak shorter than the breaker as the recipients\' own failures', async () => {
    const store = new MemoryStore();
    const clock = new FakeClock();
    const bad = new Set(['reader00003@example.com', 'reader00004@example.com', 'reader00010@example.com']);
    const transport = new FakeTransport((message) => (bad.has(message.recipient) ? blacklisted() : 'deliver'));
    const outcome = await deliverSlice(sliceOptions(store, transport, clock, { circuitBreaker: 3, concurrency: 1 }));
    expect(outcome).toMatchObject({ sent: 37, pending: 0, stoppedBecause: null });
    expect(outcome.failed.map((f) => f.recipient).sort()).toEqual([...bad].sort());
    const ledger = await readLedger(store, '2026-11-26/');
    expect(ledger.get('reader00004@example.com')).toMatchObject({ status: 'failed', code: 'MessageRejected' });
  });

  it('sends nothing and takes no lock when the run was stopped by another slice, counting the slice from its ledger', async () => {
    const store = new WatchedStore();
    const clock = new FakeClock();
    const transport = new FakeTransport();
    const outcome = await deliverSlice(
      sliceOptions(store, transport, clock, { halt: { because: 'sender-error', code: 'AccessDenied', reason: 'not authorized' } }),
    );
    expect(outcome).toMatchObject({ sent: 0, pending: 40, stoppedBecause: 'sender-error', stopDetail: { code: 'AccessDenied' } });
    expect(transport.calls).toBe(0);
    expect(store.objects.size).toBe(0);
  });
});

describe('deliverSlice: what a slice reads', () => {
  it('reads only its own slice\'s ledger, however many other slices the issue has', async () => {
    const store = new WatchedStore();
    const clock = new FakeClock();
    for (let index = 0; index < 5; index++) {
      const recipients = makeRecipients(40).map((r) => ({ ...r, email: `s${index}-${r.email}` }));
      await deliverSlice(sliceOptions(store, new FakeTransport(), clock, { sliceId: `slice-0000${index}`, recipients }));
    }
    store.listed.length = 0;
    store.read.length = 0;
    const recipients = makeRecipients(40).map((r) => ({ ...r, email: `s2-${r.email}` }));
    const outcome = await deliverSlice(sliceOptions(store, new FakeTransport(), clock, { sliceId: 'slice-00002', recipients, runId: 'run-2' }));
    expect(outcome).toMatchObject({ sent: 0, alreadySent: 40, alreadySentThisRun: 0 });
    expect(store.listed.every((prefix) => prefix.startsWith('2026-11-26/ledger/slice-00002/'))).toBe(true);
    expect(store.read.every((key) => key.startsWith('2026-11-26/ledger/slice-00002/'))).toBe(true);
  });

  it('tells what this same run sent in an earlier attempt from what earlier runs sent', async () => {
    const store = new MemoryStore();
    const clock = new FakeClock();
    await deliverSlice(sliceOptions(store, new FakeTransport(), clock, { recipients: makeRecipients(10) }));
    const retry = await deliverSlice(sliceOptions(store, new FakeTransport(), clock, { recipients: makeRecipients(20) }));
    expect(retry).toMatchObject({ sent: 10, alreadySent: 10, alreadySentThisRun: 10 });
    const later = await deliverSlice(sliceOptions(store, new FakeTransport(), clock, { recipients: makeRecipients(20), runId: 'run-2' }));
    expect(later).toMatchObject({ sent: 0, alreadySent: 20, alreadySentThisRun: 0 });
  });
});
