import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FsStore } from '../../../functions/adapters/fs-store.js';
import { deliverSlice, type DeliverSliceOptions } from '../../../functions/core/delivery/deliver-slice.js';
import { readDeliveryStatus } from '../../../functions/core/delivery/delivery-status.js';
import type { ObjectStore } from '../../../functions/core/ports.js';
import { CrashableStore, CrashSwitch, deliveryCounts, duplicates, FakeClock, FakeTransport, makeRecipients, quotaExhausted, sliceOptions } from './fakes.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'delivery-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function options(store: ObjectStore, transport: FakeTransport, clock: FakeClock, overrides: Partial<DeliverSliceOptions> = {}): DeliverSliceOptions {
  return sliceOptions(store, transport, clock, { recipients: makeRecipients(60), ratePerSecond: 200, batchSize: 8, random: () => 0.3, ...overrides });
}

describe('deliverSlice over a local folder', () => {
  it('resumes after a crash at message k with every recipient reached and duplicates within the window', async () => {
    const clock = new FakeClock();
    const crash = new CrashSwitch();
    const dying = new FakeTransport((_message, call) => (call === 29 ? 'deliver-then-crash' : 'deliver'), { crash });
    await expect(deliverSlice(options(new CrashableStore(new FsStore(dir), crash), dying, clock))).rejects.toThrow();

    clock.advance(31_000);
    const survivor = new FakeTransport();
    const resumed = await deliverSlice(options(new FsStore(dir), survivor, clock, { runId: 'run-2' }));
    expect(resumed).toMatchObject({ pending: 0, stoppedBecause: null });
    const counts = deliveryCounts([dying, survivor]);
    expect(counts.size).toBe(60);
    expect(duplicates(counts)).toBeLessThanOrEqual(resumed.inFlightWindow);

    const status = await readDeliveryStatus(new FsStore(dir), '2026-11-26/', { recipients: makeRecipients(60) });
    expect(status).toMatchObject({ sent: 60, pending: 0, inFlight: 0 });
  });

  it('lets one of two concurrent runs send and keeps the other out', async () => {
    const clock = new FakeClock();
    const a = new FakeTransport();
    const b = new FakeTransport();
    const outcomes = await Promise.all([
      deliverSlice(options(new FsStore(dir), a, clock, { runId: 'a' })),
      deliverSlice(options(new FsStore(dir), b, clock, { runId: 'b' })),
    ]);
    expect(outcomes.map((outcome) => outcome.stoppedBecause).sort()).toEqual(['lock-held', null]);
    const counts = deliveryCounts([a, b]);
    expect(counts.size).toBe(60);
    expect(duplicates(counts)).toBe(0);
  });

  it('stops on quota exhaustion and a later run sends only the rest', async () => {
    const clock = new FakeClock();
    let budget = 25;
    const today = new FakeTransport(() => (budget-- > 0 ? 'deliver' : quotaExhausted()));
    const stopped = await deliverSlice(options(new FsStore(dir), today, clock));
    expect(stopped).toMatchObject({ sent: 25, pending: 35, stoppedBecause: 'quota-exhausted' });
    const tomorrow = new FakeTransport();
    const resumed = await deliverSlice(options(new FsStore(dir), tomorrow, clock, { runId: 'run-2' }));
    expect(resumed).toMatchObject({ sent: 35, alreadySent: 25, pending: 0 });
    expect(duplicates(deliveryCounts([today, tomorrow]))).toBe(0);
  });
});
