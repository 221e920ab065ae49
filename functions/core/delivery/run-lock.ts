import { checkContract } from '../../contracts/contract-schema.js';
import { lockRecordFile } from '../../contracts/step-files.js';
import type { Clock, ObjectStore } from '../ports.js';
import { RunLockError } from './delivery-errors.js';
import { assertSliceId, lockKey, lockPrefix, parseLockGeneration } from './ledger-keys.js';

/**
 * One run per slice, with nothing but a conditional create.
 *
 * Each holder owns a generation key `lock/<gen>.json`, created with
 * `putIfAbsent`, and renews its lease by rewriting only that key. A run that
 * finds the newest generation expired (or released) creates gen+1; the
 * creation itself is the takeover, so two takers cannot both win. The old
 * holder is fenced: it checks that no newer generation exists after every
 * renewal and before every ledger write that announces new sends, and never
 * starts a send past its last confirmed lease minus the clock-skew margin.
 * The taker, after creating gen+1, re-reads gen and waits out any lease the
 * old holder confirmed meanwhile, so their sends never overlap.
 */

export interface LockRecord {
  sliceId: string;
  runId: string;
  generation: number;
  acquiredAt: number;
  expiresAt: number;
  released: boolean;
  /** Who holds it, for people and for `isOwnerGone` (host, pid, Lambda request id). */
  owner?: Record<string, string | number>;
}

export interface RunLockOptions {
  store: ObjectStore;
  issuePrefix: string;
  sliceId: string;
  runId: string;
  clock: Clock;
  /** How long a lease lasts without renewal. Default 30 s; renewed every third of it. */
  leaseMs?: number;
  /** Tolerated clock difference between two runs. Default 1 s. */
  skewMs?: number;
  owner?: Record<string, string | number>;
  /**
   * Lets a caller that can tell (the local CLI: same host, dead pid) take over
   * a crashed run's lock without waiting for its lease to run out.
   */
  isOwnerGone?: (record: LockRecord) => boolean | Promise<boolean>;
}

export type AcquireResult =
  | { acquired: true; lock: RunLock }
  | { acquired: false; heldBy: LockRecord | undefined; retryAfterMs: number };

export const DEFAULT_LEASE_MS = 30_000;
export const DEFAULT_SKEW_MS = 1_000;

/**
 * Takes the slice's lock. When another run holds a live lease, waits for it
 * until `waitUntil` (ms epoch; default: not at all) and then reports who holds it.
 */
export async function acquireRunLock(options: RunLockOptions, waitUntil?: number): Promise<AcquireResult> {
  assertSliceId(options.sliceId);
  const leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
  const skewMs = options.skewMs ?? DEFAULT_SKEW_MS;
  const { store, clock } = options;
  const limit = waitUntil ?? clock.now();

  for (;;) {
    const top = await newestGeneration(options);
    const previous = top > 0 ? await readLock(options, top) : undefined;
    if (previous && (await isLive(previous, options, skewMs))) {
      const retryAfterMs = Math.max(1, previous.expiresAt + skewMs - clock.now());
      if (clock.now() + retryAfterMs > limit) return { acquired: false, heldBy: previous, retryAfterMs };
      await clock.sleep(retryAfterMs);
      continue;
    }

    const generation = top + 1;
    const record: LockRecord = {
      sliceId: options.sliceId,
      runId: options.runId,
      generation,
      acquiredAt: clock.now(),
      expiresAt: clock.now() + leaseMs,
      released: false,
      ...(options.owner ? { owner: options.owner } : {}),
    };
    // Losing this race means another run took over first: look again.
    if (!(await store.putIfAbsent(lockKey(options.issuePrefix, options.sliceId, generation), JSON.stringify(record)))) continue;

    const lock = new RunLock(options, record, leaseMs, skewMs);
    if (previous) {
      // The old holder may have renewed between our read and our create; it
      // will see our generation and stop, but only by the lease it confirmed.
      const reread = await readLock(options, top);
      if (reread && !reread.released && !(await ownerGone(reread, options))) {
        const safeAt = reread.expiresAt + skewMs;
        if (safeAt > clock.now()) {
          if (safeAt > limit) {
            // Give up, but keep the old lease's end on our record so the next taker waits for it too.
            await lock.abandon(safeAt);
            return { acquired: false, heldBy: reread, retryAfterMs: safeAt - clock.now() };
          }
          await clock.sleep(safeAt - clock.now());
        }
      }
      if (!(await lock.renew())) {
        return { acquired: false, heldBy: await readLock(options, await newestGeneration(options)), retryAfterMs: leaseMs };
      }
    }
    return { acquired: true, lock };
  }
}

export class RunLock {
  readonly generation: number;
  private record: LockRecord;
  private confirmedExpiresAt: number;
  private renewedAt: number;
  private fenced = false;
  private renewal: Promise<boolean> | undefined;

  constructor(
    private readonly options: RunLockOptions,
    record: LockRecord,
    private readonly leaseMs: number,
    private readonly skewMs: number,
  ) {
    this.generation = record.generation;
    this.record = record;
    this.confirmedExpiresAt = record.expiresAt;
    this.renewedAt = record.acquiredAt;
  }

  /** True once a newer generation has been seen: this run must start no more sends. */
  get lost(): boolean {
    return this.fenced;
  }

  /** Whether a send may start now under the lease this holder has confirmed. */
  canSend(now: number): boolean {
    return !this.fenced && now < this.confirmedExpiresAt - this.skewMs;
  }

  /** Time left before sends must pause for a renewal. */
  msUntilPause(now: number): number {
    return this.confirmedExpiresAt - this.skewMs - now;
  }

  needsRenewal(now: number): boolean {
    return !this.fenced && now - this.renewedAt >= this.leaseMs / 3;
  }

  /**
   * Extends the lease. The new expiry counts only once a listing made after
   * writing it shows no newer generation: a taker that creates one later
   * re-reads our record and waits for that expiry. Returns false when fenced.
   */
  renew(): Promise<boolean> {
    this.renewal ??= this.doRenew().finally(() => {
      this.renewal = undefined;
    });
    return this.renewal;
  }

  /** Checks that no other run has taken over; call before announcing new sends. */
  async stillHeld(): Promise<boolean> {
    if (this.fenced) return false;
    if ((await newestGeneration(this.options)) !== this.generation) this.fenced = true;
    return !this.fenced;
  }

  /** Lets the next run take over at once: every send of this run has finished. */
  async release(): Promise<void> {
    if (this.fenced) return;
    await this.write({ ...this.record, released: true, expiresAt: this.options.clock.now() });
  }

  /** Gives up a takeover that must wait longer than the caller can, keeping the old lease's end. */
  async abandon(notBefore: number): Promise<void> {
    this.fenced = true;
    await this.write({ ...this.record, expiresAt: Math.max(this.record.expiresAt, notBefore) });
  }

  private async doRenew(): Promise<boolean> {
    if (this.fenced) return false;
    const now = this.options.clock.now();
    const next: LockRecord = { ...this.record, expiresAt: now + this.leaseMs };
    await this.write(next);
    if (!(await this.stillHeld())) return false;
    this.record = next;
    this.confirmedExpiresAt = next.expiresAt;
    this.renewedAt = now;
    return true;
  }

  private async write(record: LockRecord): Promise<void> {
    await this.options.store.put(
      lockKey(this.options.issuePrefix, this.options.sliceId, this.generation),
      JSON.stringify(record),
      { contentType: 'application/json' },
    );
  }
}

async function newestGeneration(options: RunLockOptions): Promise<number> {
  let top = 0;
  for await (const object of options.store.list(lockPrefix(options.issuePrefix, options.sliceId))) {
    const generation = parseLockGeneration(object.key);
    if (generation !== undefined && generation > top) top = generation;
  }
  return top;
}

async function readLock(options: RunLockOptions, generation: number): Promise<LockRecord | undefined> {
  const key = lockKey(options.issuePrefix, options.sliceId, generation);
  for (let attempt = 1; ; attempt++) {
    const body = await options.store.get(key);
    if (!body) return undefined;
    let value: unknown;
    try {
      value = JSON.parse(body.toString('utf8'));
    } catch {
      // O_EXCL creates the file before writing it: a reader can catch it empty for a moment.
      if (attempt < 3) {
        await options.clock.sleep(50);
        continue;
      }
      // Still unreadable: its creator crashed between create and write, before it could send anything.
      return { sliceId: options.sliceId, runId: 'unknown', generation, acquiredAt: 0, expiresAt: 0, released: false };
    }
    // A lease that is JSON but not a lease was edited or damaged: whether its holder is still sending is unknowable.
    const checked = checkContract(lockRecordFile, value);
    if (!checked.ok) throw new RunLockError(`${options.store.locate(key)} is damaged: ${checked.problems}; restore it, or delete it once no worker holds the slice`);
    return checked.value;
  }
}

async function isLive(record: LockRecord, options: RunLockOptions, skewMs: number): Promise<boolean> {
  if (record.released) return false;
  if (options.clock.now() >= record.expiresAt + skewMs) return false;
  return !(await ownerGone(record, options));
}

async function ownerGone(record: LockRecord, options: RunLockOptions): Promise<boolean> {
  return options.isOwnerGone ? Boolean(await options.isOwnerGone(record)) : false;
}
