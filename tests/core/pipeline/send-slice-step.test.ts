import { describe, expect, it } from 'vitest';
import { TransportError } from '../../../functions/core/errors.js';
import { MemoryStore } from '../../../functions/core/memory-store.js';
import { freezeRecipients, readSliceManifest } from '../../../functions/core/pipeline/recipients-snapshot.js';
import { readRunStop, sendSliceStep } from '../../../functions/core/pipeline/send-slice-step.js';
import { summarizeStep } from '../../../functions/core/pipeline/summarize-step.js';
import { parseSubscribers } from '../../../functions/core/subscribers/parse-subscribers.js';
import { buildTestMessage, FakeClock, FakeTransport } from '../delivery/fakes.js';

const PREFIX = 'issues/2026-11-26/';

async function frozenIssue(count: number, sliceRows: number) {
  const store = new MemoryStore();
  const csv = `email,name\n${Array.from({ length: count }, (_, i) => `reader${i}@example.com,Reader ${i}`).join('\n')}\n`;
  const { snapshot } = await freezeRecipients({ store, issuePrefix: PREFIX, list: parseSubscribers(csv), sliceRows, now: new Date() });
  await store.put(`${PREFIX}issue.json`, JSON.stringify({ date: '2026-11-26', runId: 'r', collectedAt: '', articles: [], skipped: [], duplicates: [] }));
  return { store, snapshot, slices: await readSliceManifest(store, snapshot) };
}

function step(store: MemoryStore, transport: FakeTransport, clock: FakeClock, runId: string) {
  return (slice: Awaited<ReturnType<typeof frozenIssue>>['slices'][number]) =>
    sendSliceStep({
      issues: store,
      issuePrefix: PREFIX,
      suppressions: store,
      runId,
      slice,
      buildMessage: buildTestMessage,
      transport,
      ratePerSecond: 50,
      workers: 1,
      concurrency: 2,
      clock,
      random: () => 0.5,
    });
}

describe('sendSliceStep and summarizeStep', () => {
  it('stops the run at a spent quota: later slices skip SES, summarize says why, and a new run sends to everyone pending once', async () => {
    const { store, slices } = await frozenIssue(30, 10);
    const clock = new FakeClock();
    const spent = new FakeTransport(() => new TransportError('quota-exhausted', 'Throttling', 'SES daily sending quota exhausted: Daily message quota exceeded.'));
    const first = await step(store, spent, clock, 'run-1')(slices[0]!);
    expect(first.summary).toMatchObject({ stoppedBecause: 'quota-exhausted', pending: 10, failed: 0 });
    const callsAfterFirst = spent.calls;
    for (const slice of slices.slice(1)) {
      const later = await step(store, spent, clock, 'run-1')(slice);
      expect(later.summary).toMatchObject({ stoppedBecause: 'quota-exhausted', pending: 10 });
    }
    expect(spent.calls).toBe(callsAfterFirst);
    expect(await readRunStop(store, PREFIX, 'run-1')).toMatchObject({ because: 'quota-exhausted', sliceId: 'slice-00000' });

    const stopped = await summarizeStep({ store, issuePrefix: PREFIX, runId: 'run-1', now: new Date(), budgetBytes: 95_000, transport: 'fake', ratePerSecond: 50 });
    expect(stopped.messages).toMatchObject({ sent: 0, pending: 30, stoppedBecause: 'quota-exhausted', slices: { total: 3, reported: 3 } });
    expect(stopped.messages.stopReason).toContain('Daily message quota exceeded');

    // The next day's quota: a new run ignores the old marker.
    const fresh = new FakeTransport();
    for (const slice of slices) await step(store, fresh, clock, 'run-2')(slice);
    expect(new Set(fresh.delivered).size).toBe(30);
    expect(fresh.delivered).toHaveLength(30);
    const done = await summarizeStep({ store, issuePrefix: PREFIX, runId: 'run-2', now: new Date(), budgetBytes: 95_000, transport: 'fake', ratePerSecond: 50 });
    expect(done.messages).toMatchObject({ sent: 30, alreadySent: 0, pending: 0, stoppedBecause: null });
  });

  it('counts what an earlier attempt of the same run sent as sent by the run, and an earlier run\'s as already sent', async () => {
    const { store, slices } = await frozenIssue(20, 10);
    const clock = new FakeClock();
    await step(store, new FakeTransport(), clock, 'run-1')(slices[0]!);
    await step(store, new FakeTransport(), clock, 'run-2')(slices[0]!);
    await step(store, new FakeTransport(), clock, 'run-2')(slices[1]!);
    const summary = await summarizeStep({ store, issuePrefix: PREFIX, runId: 'run-2', now: new Date(), budgetBytes: 95_000, transport: 'fake', ratePerSecond: 50 });
    expect(summary.messages).toMatchObject({ sent: 10, alreadySent: 10, pending: 0 });
  });

  it('reports everyone on the frozen list pending, with the reason, when the slice manifest was damaged after the freeze', async () => {
    const { store, snapshot } = await frozenIssue(25, 10);
    await store.put(snapshot.manifestKey, '[]');
    const summary = await summarizeStep({ store, issuePrefix: PREFIX, runId: 'run-1', now: new Date(), budgetBytes: 95_000, transport: 'fake', ratePerSecond: 50 });
    expect(summary.messages).toMatchObject({ sent: 0, pending: 25 });
    expect(summary.messages.pendingReasons).toEqual([
      expect.objectContaining({ code: 'snapshot-unreadable', count: 25, reason: expect.stringMatching(/does not match its recorded hash.*restore it/) }),
    ]);
    // The report on disk says the same: nobody was sent, everyone is pending.
    const written = JSON.parse((await store.get(`${PREFIX}report.json`))!.toString('utf8')) as { messages: { pending: number } };
    expect(written.messages.pending).toBe(25);
  });
});
