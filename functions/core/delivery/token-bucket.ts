import type { Clock } from '../ports.js';

/** A millisecond of slack on the window: with `Date.now()`'s 1 ms steps an exact window could fit one grant too many. */
const WINDOW_SLACK_MS = 1;
const MIN_SLEEP_MS = 0.01;

export interface TokenBucketOptions {
  ratePerSecond: number;
  /**
   * Tokens that may accumulate while the sender is behind: lets it catch up
   * after a late timer or a busy event loop; the sliding window still caps
   * every second at the rate. Default: 250 ms of sending, at least 1.
   */
  burst?: number;
  clock: Clock;
}

/**
 * Paces sends to `ratePerSecond`. Two limits together:
 * - a token bucket keeps the flow smooth and lets a late timer catch up
 *   (Node timers have 1 ms granularity, at 2,000/s that is two messages);
 * - a sliding window over the last `k = max(1, floor(rate))` grant times
 *   guarantees no window of `k / rate` seconds ever holds more than k grants,
 *   which the bucket's burst alone would allow. For a whole rate that is "never
 *   more than the rate in any second"; a fractional rate (14/s shared by 3
 *   workers is 4.67/s each) is paced exactly instead of being rounded down to
 *   4/s, which would lose a seventh of the quota across the fleet.
 * Callers are served in arrival order, so concurrent senders cannot starve each other.
 */
export class TokenBucket {
  readonly ratePerSecond: number;
  readonly burst: number;
  private readonly clock: Clock;
  private tokens: number;
  private refilledAt: number;
  /** Grant times of the last `windowCapacity` grants, as a ring. */
  private readonly recent: number[];
  private readonly windowCapacity: number;
  private readonly windowMs: number;
  private recentIndex = 0;
  private queue: Promise<void> = Promise.resolve();

  constructor(options: TokenBucketOptions) {
    if (!(options.ratePerSecond > 0) || !Number.isFinite(options.ratePerSecond)) {
      throw new RangeError(`ratePerSecond must be a positive number, got ${options.ratePerSecond}`);
    }
    this.ratePerSecond = options.ratePerSecond;
    this.burst = Math.max(1, options.burst ?? Math.ceil(options.ratePerSecond * 0.25));
    this.clock = options.clock;
    // Start with one token: a run's first second must not exceed the rate either.
    this.tokens = 1;
    this.refilledAt = this.clock.now();
    this.windowCapacity = Math.max(1, Math.floor(options.ratePerSecond));
    this.windowMs = (this.windowCapacity * 1000) / options.ratePerSecond + WINDOW_SLACK_MS;
    this.recent = new Array<number>(this.windowCapacity).fill(Number.NEGATIVE_INFINITY);
  }

  /**
   * Waits for a token, then runs `onGrant` in the same synchronous step as
   * the grant and resolves with its result. Starting the send inside
   * `onGrant` matters: work queued between a grant and a later send (a large
   * ledger write being serialised) would otherwise shift sends after their
   * grants by different amounts and crowd more than the rate into one second.
   */
  take<T = void>(onGrant?: (now: number) => T): Promise<T> {
    const turn = this.queue.then(() => this.waitForToken(onGrant ?? (() => undefined as T)));
    // A rejected turn (a throwing clock or callback) must not block everybody behind it.
    this.queue = turn.then(
      () => undefined,
      () => undefined,
    );
    return turn;
  }

  private async waitForToken<T>(onGrant: (now: number) => T): Promise<T> {
    for (;;) {
      const now = this.clock.now();
      this.refill(now);
      const oldest = this.recent[this.recentIndex] ?? Number.NEGATIVE_INFINITY;
      const windowWait = oldest + this.windowMs - now;
      const tokenWait = this.tokens >= 1 - 1e-9 ? 0 : ((1 - this.tokens) * 1000) / this.ratePerSecond;
      const wait = Math.max(windowWait, tokenWait);
      if (wait <= 0) {
        this.tokens -= 1;
        const slot = this.recentIndex;
        this.recentIndex = (this.recentIndex + 1) % this.windowCapacity;
        try {
          return onGrant(now);
        } finally {
          // Stamped after the send has started, not at the grant: a GC pause in
          // between then delays later grants instead of crowding the window.
          this.recent[slot] = this.clock.now();
        }
      }
      // Epoch milliseconds are large floats: a wait of a few ulps would not move the clock and would spin forever.
      await this.clock.sleep(Math.max(wait, MIN_SLEEP_MS));
    }
  }

  private refill(now: number): void {
    const elapsed = now - this.refilledAt;
    if (elapsed > 0) {
      this.tokens = Math.min(this.burst, this.tokens + (elapsed * this.ratePerSecond) / 1000);
      this.refilledAt = now;
    }
  }
}
