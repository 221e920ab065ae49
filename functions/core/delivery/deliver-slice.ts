import type { Clock, Log, MailTransport, ObjectStore, OutgoingMessage, SendReceipt } from '../ports.js';
import { silentLog, systemClock } from '../ports.js';
import { errorMessage } from '../errors.js';
import { addressHash } from '../suppressions.js';
import type { Subscriber } from '../subscribers/subscriber.js';
import { LedgerWriter, normalizeAddress, readLedger, setAsideSegments, type LedgerOutcome, type LedgerState } from './delivery-ledger.js';
import { SendRateError } from './delivery-errors.js';
import { acquireRunLock, type LockRecord, type RunLock, type RunLockOptions } from './run-lock.js';
import { backoffDelay, classifyFailure, defaultRetryPolicy, type RetryPolicy } from './retry-policy.js';
import { TokenBucket } from './token-bucket.js';

/**
 * Why a slice stopped with recipients left pending:
 * - `deadline`: the Lambda (or caller) deadline came; a retry resumes.
 * - `lock-held`: another run holds the slice.
 * - `quota-exhausted`: SES's 24-hour quota is spent.
 * - `sender-error`: the sender's account or configuration is at fault (see
 *   `TransportFailureKind`), or the circuit breaker saw the same permanent
 *   failure too many times in a row. Nobody is marked failed for it.
 * - `interrupted`: SIGINT/SIGTERM (the `signal` option); sends in flight finished.
 * - `ledger-unreadable`: a ledger segment cannot be read: corruption, not an
 *   unfinished write; nothing is sent until it is restored or accepted.
 */
export type StopReason = 'deadline' | 'quota-exhausted' | 'lock-held' | 'sender-error' | 'interrupted' | 'ledger-unreadable';

/** What stopped a slice, in the transport's words: the report shows it to whoever must fix it. */
export interface StopDetail {
  code: string;
  reason: string;
}

/** Consecutive permanent failures with one code after which the slice stops as if the sender were at fault. */
export const DEFAULT_CIRCUIT_BREAKER = 10;

export interface RecipientFailure {
  recipient: string;
  reason: string;
  code: string;
  /** The run that recorded it: failures found in the ledger keep their original run. */
  runId: string;
}

export interface DeliveryOutcome {
  sliceId: string;
  runId: string;
  /** Distinct recipients in the slice (addresses compared case-insensitively). */
  total: number;
  /** Sent by this run. */
  sent: number;
  /** Found sent in the ledger when this invocation started, by any run. */
  alreadySent: number;
  /** Of `alreadySent`, those sent by this same run (an earlier attempt of this slice in the same execution). */
  alreadySentThisRun: number;
  /** Refused for good (now or by an earlier run); never retried. */
  failed: RecipientFailure[];
  /** Tried by this run but not sent (retries used up, quota, deadline, a message that would not build): still pending. */
  unsent: RecipientFailure[];
  suppressed: number;
  /** Not sent, not failed, not suppressed: what a later run will send. */
  pending: number;
  stoppedBecause: StopReason | null;
  /** The transport's code and words for a `sender-error` or `quota-exhausted` stop. */
  stopDetail: StopDetail | null;
  /** When stopped by a lock: who holds it and when to try again. */
  lock?: { heldBy: Pick<LockRecord, 'runId' | 'generation' | 'expiresAt' | 'owner'> | undefined; retryAfterMs: number };
  /** This worker's share of the send rate. */
  ratePerSecond: number;
  /** The most messages that could be sent twice if this process died at the worst moment. */
  inFlightWindow: number;
  ledgerWrites: number;
  /** Ledger segments that could not be read (by location): refused with `ledger-unreadable`, or set aside when accepted. */
  unreadableSegments: string[];
}

export interface DeliverSliceOptions {
  store: ObjectStore;
  /** e.g. `2026-11-26/` locally, `issues/2026-11-26/` on S3; the ledger and the lock live under `${issuePrefix}ledger/`. */
  issuePrefix: string;
  /** Deterministic name of this slice of the recipients snapshot; `all` for a single-machine run. */
  sliceId: string;
  runId: string;
  recipients: readonly Subscriber[];
  buildMessage: (subscriber: Subscriber) => OutgoingMessage | Promise<OutgoingMessage>;
  transport: MailTransport;
  /** From `loadSuppressedHashes`; compared by `addressHash`. */
  suppressedHashes: ReadonlySet<string>;
  /** Account-wide rate in messages per second. Default: the transport's quota. */
  ratePerSecond?: number;
  concurrency: number;
  /** Workers sharing the account's rate at once; this one takes rate / workers. */
  workers?: number;
  /** ms epoch after which no send starts (Lambda remaining time minus a margin for the final ledger write). */
  deadline?: number;
  clock?: Clock;
  log?: Log;
  onProgress?: (progress: { done: number; total: number }) => void;
  retry?: Partial<RetryPolicy>;
  /** Jitter source, injectable for deterministic tests. */
  random?: () => number;
  /** Recipients announced per ledger write. Default: max(concurrency, half a second of this worker's rate). */
  batchSize?: number;
  /** Longest time finished sends wait to be written to the ledger. Default 1 s. */
  flushIntervalMs?: number;
  /**
   * Aborted (SIGINT/SIGTERM): no new send starts; sends in flight finish and
   * are recorded, and the slice stops with `interrupted`, the rest pending.
   */
  signal?: AbortSignal;
  /**
   * Send even though ledger segments are unreadable, accepting that whoever
   * they recorded is sent again (the operator's `--force`); they are set aside.
   * Otherwise the slice refuses to send and stops with `ledger-unreadable`.
   */
  acceptUnreadableSegments?: boolean;
  lock?: Pick<RunLockOptions, 'leaseMs' | 'skewMs' | 'owner' | 'isOwnerGone'> & {
    /** How long to wait for another run's live lease before reporting `lock-held`. Default 0. */
    waitMs?: number;
  };
  /**
   * The run was already stopped (another slice met a sender-side error or
   * the quota): count the slice from its ledger, send nothing, take no lock.
   */
  halt?: { because: 'sender-error' | 'quota-exhausted' } & StopDetail;
  /** Consecutive permanent failures with the same code that stop the slice as a sender error; 0 turns it off. Default 10. */
  circuitBreaker?: number;
}

/** The account rate: configuration wins, else what the transport reports. */
export async function resolveSendRate(configured: number | undefined, transport: MailTransport): Promise<number> {
  if (configured !== undefined) {
    if (!(configured > 0) || !Number.isFinite(configured)) throw new SendRateError(`Send rate must be a positive number, got ${configured}`);
    return configured;
  }
  let quota;
  try {
    quota = await transport.quota?.();
  } catch (error) {
    throw new SendRateError(`Transport ${transport.name} could not tell its sending quota and no rate is configured`, { cause: error });
  }
  if (!quota || !(quota.maxPerSecond > 0)) {
    throw new SendRateError(`No send rate configured and transport ${transport.name} does not report one`);
  }
  return quota.maxPerSecond;
}

/**
 * Sends one slice of an issue's recipients exactly once each, resumably.
 *
 * Under the slice's lock, reads the ledger, skips whoever is sent, failed or
 * suppressed, and sends the rest through a token bucket with `concurrency`
 * sends in flight. No send starts before a ledger segment announcing it is
 * stored, and announcing stays at most two batches ahead of the recorded
 * outcomes, so a crash re-sends at most `inFlightWindow` messages.
 */
export async function deliverSlice(options: DeliverSliceOptions): Promise<DeliveryOutcome> {
  const clock = options.clock ?? systemClock;
  const log = options.log ?? silentLog;
  if (!Number.isInteger(options.concurrency) || options.concurrency < 1) {
    throw new RangeError(`concurrency must be a positive integer, got ${options.concurrency}`);
  }
  const workers = options.workers ?? 1;
  if (!Number.isInteger(workers) || workers < 1) throw new RangeError(`workers must be a positive integer, got ${workers}`);
  const accountRate = await resolveSendRate(options.ratePerSecond, options.transport);
  const rate = accountRate / workers;
  const batchSize = Math.max(1, options.batchSize ?? Math.max(options.concurrency, Math.ceil(rate / 2)));
  const inFlightWindow = 2 * batchSize;
  const fields = { sliceId: options.sliceId, runId: options.runId };

  const recipients = dedupe(options.recipients);
  const lockOptions: RunLockOptions = {
    store: options.store,
    issuePrefix: options.issuePrefix,
    sliceId: options.sliceId,
    runId: options.runId,
    clock,
    ...options.lock,
  };
  const base = {
    sliceId: options.sliceId,
    runId: options.runId,
    total: recipients.length,
    ratePerSecond: rate,
    inFlightWindow,
  };
  const unreadableSegments = (state: LedgerState) => state.unreadable.map((key) => options.store.locate(key));
  const readOwnLedger = () => readLedger(options.store, options.issuePrefix, log, { sliceId: options.sliceId });

  if (options.halt) {
    const { because, ...detail } = options.halt;
    log.warn('The run was stopped by another slice; not sending', { ...fields, because, code: detail.code });
    const ownLedger = await readOwnLedger();
    const summary = summarize(recipients, ownLedger, options.suppressedHashes, options.runId);
    return { ...base, ...summary, sent: 0, unsent: [], stoppedBecause: because, stopDetail: detail, ledgerWrites: 0, unreadableSegments: unreadableSegments(ownLedger) };
  }

  const waitUntil = Math.min(clock.now() + (options.lock?.waitMs ?? 0), options.deadline ?? Number.POSITIVE_INFINITY);
  const acquired = await acquireRunLock(lockOptions, waitUntil);

  // Read after taking the lock: every earlier holder has stopped sending by now.
  const ledger = await readOwnLedger();

  if (!acquired.acquired) {
    const { heldBy, retryAfterMs } = acquired;
    log.warn('Slice is being sent by another run', { ...fields, holder: heldBy?.runId, retryAfterMs });
    const summary = summarize(recipients, ledger, options.suppressedHashes, options.runId);
    return {
      ...base,
      ...summary,
      sent: 0,
      unsent: [],
      stoppedBecause: 'lock-held',
      stopDetail: null,
      lock: { heldBy: heldBy && pickHolder(heldBy), retryAfterMs },
      ledgerWrites: 0,
      unreadableSegments: unreadableSegments(ledger),
    };
  }

  if (ledger.unreadable.length > 0) {
    if (!options.acceptUnreadableSegments) {
      log.error('Unreadable ledger segments: refusing to send', { ...fields, segments: unreadableSegments(ledger) });
      await releaseQuietly(acquired.lock, log);
      const summary = summarize(recipients, ledger, options.suppressedHashes, options.runId);
      return { ...base, ...summary, sent: 0, unsent: [], stoppedBecause: 'ledger-unreadable', stopDetail: null, ledgerWrites: 0, unreadableSegments: unreadableSegments(ledger) };
    }
    log.warn('Unreadable ledger segments accepted: whoever they recorded is sent again', { ...fields, segments: unreadableSegments(ledger) });
    await setAsideSegments(options.store, options.issuePrefix, ledger.unreadable);
  }

  const run = new SliceRun(options, acquired.lock, ledger, recipients, {
    clock,
    log,
    rate,
    batchSize,
    retry: { ...defaultRetryPolicy, ...options.retry },
    circuitBreaker: options.circuitBreaker ?? DEFAULT_CIRCUIT_BREAKER,
  });
  const result = await run.execute();
  return { ...base, ...result, inFlightWindow, unreadableSegments: unreadableSegments(ledger) };
}

interface RunSettings {
  clock: Clock;
  log: Log;
  rate: number;
  batchSize: number;
  retry: RetryPolicy;
  circuitBreaker: number;
}

class SliceRun {
  private readonly queue: Subscriber[] = [];
  private readonly writer: LedgerWriter;
  private readonly bucket: TokenBucket;
  private readonly pendingOutcomes: LedgerOutcome[] = [];

  /** Queue positions below `announced` are covered by a stored intent. */
  private announced = 0;
  private taken = 0;
  /** Queue items whose outcome is stored in the ledger. */
  private resolvedStored = 0;
  private resolvedBuffered = 0;
  private flushing: Promise<void> | undefined;
  private lastFlushAt: number;
  private waiters: Array<() => void> = [];
  /** Aborted when the slice stops, to cut waits short. */
  private readonly stopping = new AbortController();

  private stopReason: StopReason | null = null;
  private stopDetail: StopDetail | null = null;
  private ledgerFailure: unknown;
  private sent = 0;
  private readonly failed: RecipientFailure[] = [];
  private readonly unsent: RecipientFailure[] = [];
  private alreadySent = 0;
  private alreadySentThisRun = 0;
  /**
   * The current run of permanent failures sharing one code, held back from
   * the ledger: if it reaches the circuit breaker, it was not these
   * recipients' fault and they stay pending. (Counted as resolved for the
   * announce window: a crash re-sends them, which cannot duplicate a refusal.)
   */
  private streak: Array<{ subscriber: Subscriber; outcome: LedgerOutcome & { status: 'failed' } }> = [];
  private suppressed = 0;
  private done = 0;

  constructor(
    private readonly options: DeliverSliceOptions,
    private readonly lock: RunLock,
    private readonly ledger: LedgerState,
    private readonly recipients: Subscriber[],
    private readonly settings: RunSettings,
  ) {
    this.writer = new LedgerWriter(options.store, options.issuePrefix, options.sliceId, options.runId, lock.generation, settings.clock);
    this.bucket = new TokenBucket({ ratePerSecond: settings.rate, clock: settings.clock });
    this.lastFlushAt = settings.clock.now();
  }

  async execute(): Promise<Omit<DeliveryOutcome, 'sliceId' | 'runId' | 'total' | 'ratePerSecond' | 'inFlightWindow' | 'unreadableSegments'>> {
    const { clock, log } = this.settings;
    const now = clock.now();
    for (const subscriber of this.recipients) {
      const email = normalizeAddress(subscriber.email);
      const state = this.ledger.get(email);
      if (state?.status === 'sent') {
        this.alreadySent += 1;
        if (state.runId === this.options.runId) this.alreadySentThisRun += 1;
      } else if (state?.status === 'failed') {
        this.failed.push({ recipient: subscriber.email, reason: state.reason, code: state.code, runId: state.runId });
      } else if (this.options.suppressedHashes.has(addressHash(email))) {
        this.suppressed += 1;
        if (state?.status !== 'suppressed') this.pendingOutcomes.push({ email, status: 'suppressed', at: now });
      } else this.queue.push(subscriber);
    }
    this.done = this.alreadySent + this.failed.length + this.suppressed;
    log.info('Delivering slice', {
      sliceId: this.options.sliceId,
      runId: this.options.runId,
      generation: this.lock.generation,
      total: this.recipients.length,
      toSend: this.queue.length,
      alreadySent: this.alreadySent,
      suppressed: this.suppressed,
      ratePerSecond: this.settings.rate,
    });
    this.progress();

    const interrupt = () => this.stop('interrupted');
    if (this.options.signal?.aborted) interrupt();
    this.options.signal?.addEventListener('abort', interrupt, { once: true });
    try {
      const slots = Math.min(this.options.concurrency, Math.max(1, this.queue.length));
      await Promise.all(Array.from({ length: slots }, () => this.worker()));
      // A streak shorter than the breaker was the recipients' own: record them failed.
      this.releaseStreak();
      await this.flushing;
      // Announced but never started: record them as unsent so status shows them pending, not in flight.
      for (let index = this.taken; index < this.announced; index++) {
        const subscriber = this.queue[index] as Subscriber;
        this.pendingOutcomes.push(this.unsentOutcome(subscriber, this.stopReason ?? 'stopped', 'stopped before its turn'));
      }
      if (this.ledgerFailure === undefined) await this.writer.write(this.pendingOutcomes.splice(0), []);
    } catch (error) {
      this.ledgerFailure ??= error;
    } finally {
      this.options.signal?.removeEventListener('abort', interrupt);
    }
    if (this.ledgerFailure !== undefined) {
      // Sends already made are not recorded; a later run re-sends at most the in-flight window.
      // eslint-disable-next-line @typescript-eslint/only-throw-error -- the store's own error, rethrown unchanged
      throw this.ledgerFailure;
    }
    await releaseQuietly(this.lock, log);

    const pending = this.recipients.length - this.sent - this.alreadySent - this.failed.length - this.suppressed;
    log.info('Slice delivery finished', {
      sliceId: this.options.sliceId,
      runId: this.options.runId,
      sent: this.sent,
      alreadySent: this.alreadySent,
      failed: this.failed.length,
      suppressed: this.suppressed,
      pending,
      stoppedBecause: this.stopReason,
      stopCode: this.stopDetail?.code,
      ledgerWrites: this.writer.writes,
    });
    return {
      sent: this.sent,
      alreadySent: this.alreadySent,
      alreadySentThisRun: this.alreadySentThisRun,
      failed: this.failed,
      unsent: this.unsent,
      suppressed: this.suppressed,
      pending,
      stoppedBecause: this.stopReason,
      stopDetail: this.stopDetail,
      ledgerWrites: this.writer.writes,
    };
  }

  private async worker(): Promise<void> {
    for (;;) {
      if (this.stopReason || this.ledgerFailure !== undefined) return;
      if (this.taken >= this.queue.length) return;
      if (this.taken >= this.announced) {
        this.maybeFlush();
        await this.nextChange();
        continue;
      }
      const subscriber = this.queue[this.taken++] as Subscriber;
      this.maybeFlush();
      const outcome = await this.deliver(subscriber);
      this.resolvedBuffered += 1;
      if (outcome.status === 'failed') this.holdFailure(subscriber, outcome);
      else {
        this.releaseStreak();
        this.pendingOutcomes.push(outcome);
        this.record(subscriber, outcome);
      }
      this.maybeFlush();
      this.notify();
    }
  }

  /** Sends one message with retries; always returns what the ledger must say about it. */
  private async deliver(subscriber: Subscriber): Promise<LedgerOutcome> {
    const { clock, retry } = this.settings;
    let message: OutgoingMessage;
    try {
      message = await this.options.buildMessage(subscriber);
    } catch (error) {
      // Not the recipient's fault: keep them pending so a fixed template reaches them.
      return this.unsentOutcome(subscriber, 'message-build-failed', errorMessage(error));
    }
    for (let attempt = 1; ; attempt++) {
      const turn = await this.takeTurn(message);
      if ('blocked' in turn) return this.unsentOutcome(subscriber, turn.blocked, `stopped: ${turn.blocked}`);
      try {
        const receipt = await turn.sending;
        return {
          email: normalizeAddress(subscriber.email),
          status: 'sent',
          transportMessageId: receipt.transportMessageId,
          messageId: message.messageId,
          at: clock.now(),
        };
      } catch (error) {
        const failure = classifyFailure(error);
        if (failure.kind === 'permanent') {
          return { email: normalizeAddress(subscriber.email), status: 'failed', code: failure.code, reason: failure.reason, at: clock.now() };
        }
        if (failure.kind === 'quota-exhausted' || failure.kind === 'sender') {
          this.stop(failure.kind === 'sender' ? 'sender-error' : 'quota-exhausted', { code: failure.code, reason: failure.reason });
          return this.unsentOutcome(subscriber, failure.code, failure.reason);
        }
        if (attempt >= retry.maxAttempts) {
          return this.unsentOutcome(subscriber, failure.code, `gave up after ${attempt} attempts: ${failure.reason}`);
        }
        const delay = backoffDelay(retry, attempt, this.options.random);
        if (this.options.deadline !== undefined && clock.now() + delay >= this.options.deadline) {
          return this.unsentOutcome(subscriber, failure.code, `deadline before retry: ${failure.reason}`);
        }
        this.settings.log.debug('Retrying send', { recipient: subscriber.email, attempt, delayMs: delay, code: failure.code });
        // A stop cuts the wait short: the next turn sees it and leaves the recipient pending.
        await clock.sleep(delay, this.stopping.signal);
      }
    }
  }

  /**
   * Waits for a token and a valid lease, and starts the send at the moment of
   * the grant; or says why this run must not send.
   */
  private async takeTurn(message: OutgoingMessage): Promise<{ blocked: StopReason | 'stopped' } | { sending: Promise<SendReceipt> }> {
    const { clock } = this.settings;
    for (;;) {
      const blocked = this.blockedAt(clock.now());
      if (blocked) return { blocked };
      if (this.lock.needsRenewal(clock.now())) void this.renewLock();
      if (!this.lock.canSend(clock.now())) {
        if (!(await this.renewLock())) return { blocked: this.stop('lock-held') };
        continue;
      }
      // The wait for a token may cross the deadline, a stop, or the end of the lease: check again at the grant.
      const turn = await this.bucket.take((now) => {
        const blockedNow = this.blockedAt(now);
        if (blockedNow) return { blocked: blockedNow };
        if (!this.lock.canSend(now)) return undefined;
        return { sending: startSend(this.options.transport, message) };
      });
      if (turn) return turn;
    }
  }

  private blockedAt(now: number): StopReason | 'stopped' | undefined {
    if (this.stopReason) return this.stopReason;
    if (this.ledgerFailure !== undefined) return 'stopped';
    if (this.options.deadline !== undefined && now >= this.options.deadline) return this.stop('deadline');
    return undefined;
  }

  private async renewLock(): Promise<boolean> {
    try {
      const held = await this.lock.renew();
      if (!held) {
        this.settings.log.warn('Another run took over the slice; stopping', { sliceId: this.options.sliceId, runId: this.options.runId });
        this.stop('lock-held');
      }
      return held;
    } catch (error) {
      // An unconfirmed renewal is not a lease: sends pause at the old expiry and try again.
      this.settings.log.warn('Lock renewal failed', { error: errorMessage(error) });
      return this.lock.canSend(this.settings.clock.now());
    }
  }

  /** Starts a ledger write when outcomes are waiting or the announced window runs low. */
  private maybeFlush(): void {
    if (this.flushing || this.ledgerFailure !== undefined) return;
    const { batchSize, clock } = this.settings;
    const target = this.announceTarget();
    const needIntents = !this.stopReason && target > this.announced && this.announced - this.taken < Math.ceil(batchSize / 2);
    const buffered = this.pendingOutcomes.length;
    const dueByTime = buffered > 0 && clock.now() - this.lastFlushAt >= (this.options.flushIntervalMs ?? 1000);
    // A sender waiting for intents can be unblocked by storing outcomes, which raises the announce bound.
    const senderBlocked = this.taken >= this.announced && this.taken < this.queue.length && buffered > 0;
    if (!needIntents && buffered < batchSize && !dueByTime && !senderBlocked) return;
    this.flushing = this.flush().finally(() => {
      this.flushing = undefined;
      this.notify();
    });
  }

  /**
   * How far intents may reach: two batches past the outcomes stored (or about
   * to be, by the same write). That bounds what a crash can duplicate, and
   * announcing up to the bound each time keeps writes near one per batch.
   */
  private announceTarget(resolvedInWrite = this.resolvedBuffered): number {
    return Math.min(this.queue.length, this.resolvedStored + resolvedInWrite + 2 * this.settings.batchSize);
  }

  private async flush(): Promise<void> {
    const outcomes = this.pendingOutcomes.splice(0);
    const resolved = this.resolvedBuffered;
    this.resolvedBuffered = 0;
    let intents: Subscriber[];
    try {
      let target = this.announceTarget(resolved);
      if (!this.stopReason && target > this.announced) {
        // Fencing: a run that lost its lock must not announce, and so never start, new sends.
        if (!(await this.lock.stillHeld())) {
          this.stop('lock-held');
          target = this.announced;
        }
      }
      intents = this.stopReason ? [] : this.queue.slice(this.announced, Math.max(this.announced, target));
      await this.writer.write(
        outcomes,
        intents.map((subscriber) => normalizeAddress(subscriber.email)),
      );
      this.announced += intents.length;
      this.resolvedStored += resolved;
      this.lastFlushAt = this.settings.clock.now();
    } catch (error) {
      this.settings.log.error('Ledger write failed; stopping the slice', { error: errorMessage(error) });
      this.ledgerFailure ??= error;
    }
  }

  private record(subscriber: Subscriber, outcome: LedgerOutcome): void {
    if (outcome.status === 'sent') {
      this.sent += 1;
      this.done += 1;
    } else if (outcome.status === 'failed') {
      this.failed.push({ recipient: subscriber.email, reason: outcome.reason, code: outcome.code, runId: this.options.runId });
      this.done += 1;
    } else if (outcome.status === 'unsent') {
      this.unsent.push({ recipient: subscriber.email, reason: outcome.reason, code: outcome.code, runId: this.options.runId });
    }
    this.progress();
  }

  /** Holds a permanent failure while it may be part of a streak; trips the breaker when the streak is long enough. */
  private holdFailure(subscriber: Subscriber, outcome: LedgerOutcome & { status: 'failed' }): void {
    const breaker = this.settings.circuitBreaker;
    if (breaker <= 0) {
      this.pendingOutcomes.push(outcome);
      this.record(subscriber, outcome);
      return;
    }
    if (this.streak.length > 0 && this.streak[0]!.outcome.code !== outcome.code) this.releaseStreak();
    this.streak.push({ subscriber, outcome });
    if (this.streak.length < breaker) return;
    const { code, reason } = outcome;
    this.stop('sender-error', {
      code,
      reason: `circuit breaker: ${this.streak.length} sends in a row refused with ${code}, so the cause is not the recipients; last: ${reason}`,
    });
    for (const held of this.streak.splice(0)) {
      const unsent = this.unsentOutcome(held.subscriber, code, `stopped by the circuit breaker: ${held.outcome.reason}`);
      this.pendingOutcomes.push(unsent);
      this.record(held.subscriber, unsent);
    }
  }

  private releaseStreak(): void {
    for (const held of this.streak.splice(0)) {
      this.pendingOutcomes.push(held.outcome);
      this.record(held.subscriber, held.outcome);
    }
  }

  private unsentOutcome(subscriber: Subscriber, code: string, reason: string): LedgerOutcome {
    return { email: normalizeAddress(subscriber.email), status: 'unsent', code, reason, at: this.settings.clock.now() };
  }

  private stop(reason: StopReason, detail?: StopDetail): StopReason {
    if (!this.stopReason) {
      this.stopReason = reason;
      this.stopDetail = detail ?? null;
      this.settings.log.warn('Stopping slice delivery', { sliceId: this.options.sliceId, runId: this.options.runId, reason, ...detail });
      this.stopping.abort();
    }
    this.notify();
    return this.stopReason;
  }

  private nextChange(): Promise<void> {
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  private notify(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve();
  }

  private progress(): void {
    this.options.onProgress?.({ done: this.done, total: this.recipients.length });
  }
}

async function releaseQuietly(lock: RunLock, log: Log): Promise<void> {
  try {
    await lock.release();
  } catch (error) {
    log.warn('Could not release the slice lock; it expires with its lease', { error: errorMessage(error) });
  }
}

/** Calls the transport now; a synchronous throw becomes a rejected send like any other. */
function startSend(transport: MailTransport, message: OutgoingMessage): Promise<SendReceipt> {
  try {
    return transport.send(message);
  } catch (error) {
    // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- the transport's own error, passed on unchanged
    return Promise.reject(error);
  }
}

function dedupe(recipients: readonly Subscriber[]): Subscriber[] {
  const seen = new Set<string>();
  const unique: Subscriber[] = [];
  for (const subscriber of recipients) {
    const email = normalizeAddress(subscriber.email);
    if (seen.has(email)) continue;
    seen.add(email);
    unique.push(subscriber);
  }
  return unique;
}

function summarize(recipients: Subscriber[], ledger: LedgerState, suppressedHashes: ReadonlySet<string>, runId: string) {
  let alreadySent = 0;
  let alreadySentThisRun = 0;
  let suppressed = 0;
  const failed: RecipientFailure[] = [];
  for (const subscriber of recipients) {
    const state = ledger.get(subscriber.email);
    if (state?.status === 'sent') {
      alreadySent += 1;
      if (state.runId === runId) alreadySentThisRun += 1;
    } else if (state?.status === 'failed') failed.push({ recipient: subscriber.email, reason: state.reason, code: state.code, runId: state.runId });
    else if (suppressedHashes.has(addressHash(normalizeAddress(subscriber.email)))) suppressed += 1;
  }
  return { alreadySent, alreadySentThisRun, failed, suppressed, pending: recipients.length - alreadySent - failed.length - suppressed };
}

function pickHolder(record: LockRecord): Pick<LockRecord, 'runId' | 'generation' | 'expiresAt' | 'owner'> {
  return { runId: record.runId, generation: record.generation, expiresAt: record.expiresAt, ...(record.owner ? { owner: record.owner } : {}) };
}
