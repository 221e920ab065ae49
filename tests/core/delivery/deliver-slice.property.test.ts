import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../../../functions/core/memory-store.js';
import { addressHash } from '../../../functions/core/suppressions.js';
import { deliverSlice, type DeliveryOutcome } from '../../../functions/core/delivery/deliver-slice.js';
import type { OutgoingMessage } from '../../../functions/core/ports.js';
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
  type SendBehaviour,
} from './fakes.js';

/** One run's misfortune: a hard crash at a send or a ledger write, a spent quota, or a deadline. */
const fault = fc.oneof(
  fc.record({ kind: fc.constantFrom('crash-before-send' as const, 'crash-after-send' as const), at: fc.nat(60) }),
  fc.record({ kind: fc.constant('crash-on-write' as const), at: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ kind: fc.constant('quota' as const), at: fc.nat(40) }),
  fc.record({ kind: fc.constant('deadline' as const), at: fc.integer({ min: 0, max: 1_500 }) }),
);

const scenario = fc.record({
  count: fc.integer({ min: 1, max: 40 }),
  concurrency: fc.integer({ min: 1, max: 5 }),
  batchSize: fc.integer({ min: 1, max: 8 }),
  suppressed: fc.uniqueArray(fc.nat(39), { maxLength: 6 }),
  permanent: fc.uniqueArray(fc.nat(39), { maxLength: 6 }),
  /** How many times each recipient is throttled before it goes through (fewer than the attempts allowed). */
  throttles: fc.array(fc.nat(3), { minLength: 40, maxLength: 40 }),
  faults: fc.array(fault, { maxLength: 4 }),
  /** A duplicate trigger of every run, started at the same moment. */
  twin: fc.boolean(),
  seed: fc.integer(),
});

describe('deliverSlice under random crashes and failures', () => {
  it('reaches every deliverable recipient, never suppressed or refused ones, and duplicates only after hard crashes, within the window', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async (s) => {
        const recipients = makeRecipients(s.count);
        const index = (message: OutgoingMessage) => Number(message.recipient.slice(6, 11));
        const suppressed = new Set(s.suppressed.filter((i) => i < s.count));
        const permanent = new Set(s.permanent.filter((i) => i < s.count && !suppressed.has(i)));
        const suppressedHashes = new Set([...suppressed].map((i) => addressHash(recipients[i]!.email)));
        const throttlesLeft = [...s.throttles];
        const store = new MemoryStore();
        const clock = new FakeClock();
        let random = s.seed;
        const jitter = () => ((random = (random * 1_103_515_245 + 12_345) % 2 ** 31) < 0 ? -random : random) / 2 ** 31;
        const transports: FakeTransport[] = [];
        let hardCrashes = 0;
        let window = 0;
        let last: DeliveryOutcome | undefined;

        for (let run = 0; run <= s.faults.length; run++) {
          const f = s.faults[run];
          const crash = new CrashSwitch();
          let delivered = 0;
          const behaviour = (message: OutgoingMessage, call: number): SendBehaviour => {
            const i = index(message);
            if (f?.kind === 'crash-before-send' && call === f.at) return 'crash';
            if (f?.kind === 'quota' && delivered >= f.at) return quotaExhausted();
            if (permanent.has(i)) return rejected();
            if ((throttlesLeft[i] ?? 0) > 0) {
              throttlesLeft[i]! -= 1;
              return throttled();
            }
            delivered += 1;
            return f?.kind === 'crash-after-send' && call === f.at ? 'deliver-then-crash' : 'deliver';
          };
          const transport = new FakeTransport(behaviour, { crash, clock, latencyMs: 3 });
          transports.push(transport);
          const runStore = f?.kind === 'crash-on-write' ? new CrashableStore(store, crash, f.at) : new CrashableStore(store, crash);
          const attempt = async (runId: string, runStore: CrashableStore, transport: FakeTransport, crash: CrashSwitch) => {
            try {
              return await deliverSlice({
                store: runStore,
                issuePrefix: '2026-11-26/',
                sliceId: 'all',
                runId,
                recipients,
                buildMessage: buildTestMessage,
                transport,
                suppressedHashes,
                ratePerSecond: 50,
                concurrency: s.concurrency,
                batchSize: s.batchSize,
                clock,
                random: jitter,
                retry: { maxAttempts: 6, baseDelayMs: 50, maxDelayMs: 1_000 },
                lock: { leaseMs: 10_000, skewMs: 500 },
                ...(f?.kind === 'deadline' ? { deadline: clock.now() + f.at } : {}),
              });
            } catch (error) {
              if (!crash.crashed) throw error;
              return undefined;
            }
          };
          const twinCrash = new CrashSwitch();
          const twinTransport = new FakeTransport((message) => (permanent.has(index(message)) ? rejected() : 'deliver'), { clock, latencyMs: 3 });
          if (s.twin) transports.push(twinTransport);
          const outcomes = await Promise.all([
            attempt(`run-${run}`, runStore, transport, crash),
            s.twin ? attempt(`run-${run}`, new CrashableStore(store, twinCrash), twinTransport, twinCrash) : undefined,
          ]);
          last = outcomes.find((outcome) => outcome && outcome.stoppedBecause !== 'lock-held') ?? outcomes[0];
          if (last) window = last.inFlightWindow;
          if (crash.crashed) hardCrashes += 1;
          // Whatever happened, the next run comes after any lease left behind has run out.
          clock.advance(11_000);
        }

        expect(last).toBeDefined();
        expect(last!.stoppedBecause).toBeNull();
        expect(last!.pending).toBe(0);
        const counts = deliveryCounts(transports);
        for (let i = 0; i < s.count; i++) {
          const email = recipients[i]!.email;
          if (suppressed.has(i) || permanent.has(i)) expect(counts.get(email) ?? 0).toBe(0);
          else expect(counts.get(email) ?? 0).toBeGreaterThanOrEqual(1);
        }
        expect(duplicates(counts)).toBeLessThanOrEqual(hardCrashes * 2 * s.batchSize);
        if (hardCrashes === 0) expect(duplicates(counts)).toBe(0);
        expect(window).toBe(2 * s.batchSize);
        expect(last!.failed).toHaveLength(permanent.size);
        expect(last!.sent + last!.alreadySent).toBe(s.count - suppressed.size - permanent.size);
        expect(last!.suppressed).toBe(suppressed.size);
      }),
      { numRuns: 80, timeout: 5_000 },
    );
  });
});
