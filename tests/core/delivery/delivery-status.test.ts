import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../../../functions/core/memory-store.js';
import { addressHash } from '../../../functions/core/suppressions.js';
import { deliverSlice } from '../../../functions/core/delivery/deliver-slice.js';
import { readDeliveryStatus } from '../../../functions/core/delivery/delivery-status.js';
import { buildTestMessage, CrashableStore, CrashSwitch, FakeClock, FakeTransport, makeRecipients, rejected } from './fakes.js';

describe('readDeliveryStatus', () => {
  it('merges every slice: sent, failed with reasons, suppressed, pending', async () => {
    const store = new MemoryStore();
    const clock = new FakeClock();
    const recipients = makeRecipients(30);
    const suppressedHashes = new Set([addressHash('reader00001@example.com')]);
    const transport = new FakeTransport((message) => (message.recipient === 'reader00012@example.com' ? rejected() : 'deliver'));
    const common = { store, issuePrefix: 'issues/2026-11-26/', runId: 'r1', buildMessage: buildTestMessage, transport, suppressedHashes, ratePerSecond: 100, concurrency: 2, clock };
    await deliverSlice({ ...common, sliceId: 'slice-0', recipients: recipients.slice(0, 15) });
    let left = 5;
    const limited = new FakeTransport(() => (left-- > 0 ? 'deliver' : new Error('connection reset')));
    await deliverSlice({ ...common, transport: limited, sliceId: 'slice-1', recipients: recipients.slice(15), retry: { maxAttempts: 1 } });

    const status = await readDeliveryStatus(store, 'issues/2026-11-26/', { recipients, suppressedHashes, now: clock.now() });
    expect(status).toMatchObject({ recipients: 30, sent: 13 + 5, suppressed: 1, pending: 10, inFlight: 0 });
    expect(status.failed).toEqual([expect.objectContaining({ recipient: 'reader00012@example.com', code: 'MessageRejected', sliceId: 'slice-0' })]);
    expect(status.unsentByCode['network-error']).toBe(10);
    expect(status.slices.map((slice) => slice.sliceId)).toEqual(['slice-0', 'slice-1']);
    expect(status.slices[0]!.lock).toMatchObject({ released: true, live: false });
  });

  it('shows announced sends of a crashed run as in flight, and a live lock', async () => {
    const inner = new MemoryStore();
    const clock = new FakeClock();
    const crash = new CrashSwitch();
    const transport = new FakeTransport((_message, call) => (call === 7 ? 'crash' : 'deliver'), { crash });
    await expect(
      deliverSlice({
        store: new CrashableStore(inner, crash),
        issuePrefix: 'd/',
        sliceId: 'all',
        runId: 'r1',
        recipients: makeRecipients(20),
        buildMessage: buildTestMessage,
        transport,
        suppressedHashes: new Set(),
        ratePerSecond: 100,
        concurrency: 2,
        batchSize: 4,
        clock,
        retry: { maxAttempts: 1 },
      }),
    ).rejects.toThrow();
    const status = await readDeliveryStatus(inner, 'd/', { recipients: makeRecipients(20), now: clock.now() });
    expect(status.inFlight).toBeGreaterThan(0);
    expect(status.sent + status.pending).toBe(20);
    expect(status.slices[0]!.lock?.live).toBe(true);
  });

  it('reports nothing for an issue that was never sent', async () => {
    const status = await readDeliveryStatus(new MemoryStore(), 'none/');
    expect(status).toMatchObject({ recipients: 0, sent: 0, pending: 0, failed: [], slices: [] });
  });
});
