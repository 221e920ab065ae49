import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../../../functions/core/memory-store.js';
import { acquireRunLock, type RunLockOptions } from '../../../functions/core/delivery/run-lock.js';
import { RunLockError } from '../../../functions/core/delivery/delivery-errors.js';
import { FakeClock } from './fakes.js';

function lockOptions(store: MemoryStore, clock: FakeClock, runId: string): RunLockOptions {
  return { store, clock, runId, issuePrefix: 'issues/2026-11-26/', sliceId: 'slice-0', leaseMs: 30_000, skewMs: 1_000 };
}

describe('run lock', () => {
  it('lets exactly one of many simultaneous runs take the lock', async () => {
    const store = new MemoryStore();
    const clock = new FakeClock();
    const results = await Promise.all(['a', 'b', 'c', 'd'].map((id) => acquireRunLock(lockOptions(store, clock, id))));
    expect(results.filter((result) => result.acquired)).toHaveLength(1);
    const refused = results.find((result) => !result.acquired);
    expect(refused && !refused.acquired && refused.retryAfterMs).toBeGreaterThan(0);
  });

  it('is free again once released', async () => {
    const store = new MemoryStore();
    const clock = new FakeClock();
    const first = await acquireRunLock(lockOptions(store, clock, 'a'));
    if (!first.acquired) throw new Error('expected the lock');
    await first.lock.release();
    const second = await acquireRunLock(lockOptions(store, clock, 'b'));
    expect(second.acquired).toBe(true);
    expect(second.acquired && second.lock.generation).toBe(2);
  });

  it('keeps a lease alive by renewal, and fences a holder whose expired lease was taken over', async () => {
    const store = new MemoryStore();
    const clock = new FakeClock();
    const first = await acquireRunLock(lockOptions(store, clock, 'a'));
    if (!first.acquired) throw new Error('expected the lock');
    clock.advance(20_000);
    expect(first.lock.needsRenewal(clock.now())).toBe(true);
    expect(await first.lock.renew()).toBe(true);
    clock.advance(20_000);
    expect((await acquireRunLock(lockOptions(store, clock, 'b'))).acquired).toBe(false);

    clock.advance(15_000);
    expect(first.lock.canSend(clock.now())).toBe(false);
    const taker = await acquireRunLock(lockOptions(store, clock, 'b'));
    expect(taker.acquired).toBe(true);
    expect(await first.lock.stillHeld()).toBe(false);
    expect(await first.lock.renew()).toBe(false);
    expect(first.lock.canSend(clock.now())).toBe(false);
  });

  it('makes a taker wait out a lease the old holder renewed during the takeover', async () => {
    const store = new MemoryStore();
    const clock = new FakeClock();
    const holder = await acquireRunLock(lockOptions(store, clock, 'a'));
    if (!holder.acquired) throw new Error('expected the lock');
    clock.advance(31_000);
    // The stalled holder wakes and renews right after the taker read its expired record.
    const racing: RunLockOptions = lockOptions(store, clock, 'b');
    const originalPutIfAbsent = store.putIfAbsent.bind(store);
    store.putIfAbsent = async (key, body, opts) => {
      if (key.endsWith('0000000002.json')) await holder.lock.renew();
      return originalPutIfAbsent(key, body, opts);
    };
    const renewedUntil = clock.now() + 30_000;
    const taker = await acquireRunLock(racing, clock.now() + 60_000);
    expect(taker.acquired).toBe(true);
    expect(clock.now()).toBeGreaterThanOrEqual(renewedUntil + 1_000);
    expect(await holder.lock.stillHeld()).toBe(false);
  });

  it('reports lock-held, keeping the old lease on record, when that wait would pass the caller’s deadline', async () => {
    const store = new MemoryStore();
    const clock = new FakeClock();
    const holder = await acquireRunLock(lockOptions(store, clock, 'a'));
    if (!holder.acquired) throw new Error('expected the lock');
    clock.advance(31_000);
    const originalPutIfAbsent = store.putIfAbsent.bind(store);
    store.putIfAbsent = async (key, body, opts) => {
      if (key.endsWith('0000000002.json')) await holder.lock.renew();
      return originalPutIfAbsent(key, body, opts);
    };
    const taker = await acquireRunLock(lockOptions(store, clock, 'b'), clock.now() + 5_000);
    expect(taker.acquired).toBe(false);
    store.putIfAbsent = originalPutIfAbsent;
    // A third run must not slip in before the renewed lease ends.
    expect((await acquireRunLock(lockOptions(store, clock, 'c'))).acquired).toBe(false);
  });

  it('takes over a lock whose creator died before writing it', async () => {
    const store = new MemoryStore();
    const clock = new FakeClock();
    await store.put('issues/2026-11-26/ledger/slice-0/lock/0000000001.json', '');
    const result = await acquireRunLock(lockOptions(store, clock, 'b'));
    expect(result.acquired && result.lock.generation).toBe(2);
  });

  it('refuses a lease edited so that "released" is no longer a boolean, naming the file and the field, instead of taking it over', async () => {
    const store = new MemoryStore();
    const clock = new FakeClock();
    const first = await acquireRunLock(lockOptions(store, clock, 'a'));
    expect(first.acquired).toBe(true);
    const key = 'issues/2026-11-26/ledger/slice-0/lock/0000000001.json';
    // "no" is truthy: read as a lease, it would count as released and let a second worker send to the same slice.
    store.objects.set(key, Buffer.from(JSON.stringify({ ...JSON.parse(store.objects.get(key)!.toString('utf8')), released: 'no' })));
    await expect(acquireRunLock(lockOptions(store, clock, 'b'))).rejects.toMatchObject({
      name: 'RunLockError',
      message: expect.stringContaining(`memory:${key} is damaged: "released": expected boolean, got string`),
    });
  });

  it('rejects slice ids that could escape their folder', async () => {
    const options = { ...lockOptions(new MemoryStore(), new FakeClock(), 'a'), sliceId: '../x' };
    await expect(acquireRunLock(options)).rejects.toBeInstanceOf(RunLockError);
  });
});
