import type { Clock } from '../ports.js';

export interface TokenBucketOptions {
  ratePerSecond: number;
  /**
   * Tokens that may accumulate while the sender is behind: lets it catch up
   * after a late timer without exceeding the rate. Default: 20 ms of sending, at least 1.
   */
  burst?: number;
  clock: Clock;
}

/**
 * Paces sends to `ratePerSecond`. Two limits together:
 * - a token bucket keeps the flow smooth and lets a late timer catch up
 *   (Node timers have 1 ms granularity, at 2,000/s that is two messages);
 * - a sliding window over the last `floor(rate)` grant times guarantees no
 *   1-second window ever holds more than the rate, which the bucket's burst alone would allow.
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
  private recentIndex = 0;
  private queue: Promise<void> = Promise.resolve();

  constructor(options: TokenBucketOptions) {
    if (!(options.ratePerSecond > 0) || !Number.isFinite(options.ratePerSecond)) {
      throw new RangeError(`ratePerSecond must be a positive number, got ${options.ratePerSecond}`);
    }
    this.ratePerSecond = options.ratePerSecond;
    this.burst = Math.max(1, options.burst ?? Math.ceil(options.ratePerSecond * 0.02));
    this.clock = options.clock;
    // Start with one token: a run's first second must not exceed the rate either.
    this.tokens = 1;
    this.refilledAt = this.clock.now();
    this.windowCapacity = Math.max(1, Math.floor(options.ratePerSecond));
    this.recent = new Array<number>(this.windowCapacity).fill(Number.NEGATIVE_INFINITY);
  }

  /** Resolves when one message may be sent. */
  take(): Promise<void> {
    const turn = this.queue.then(() => this.waitForToken());
    // A rejected turn (a throwing clock) must not block everybody behind it.
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  private async waitForToken(): Promise<void> {
    for (;;) {
      const now = this.clock.now();
      this.refill(now);
      const oldest = this.recent[this.recentIndex] ?? Number.NEGATIVE_INFINITY;
      const windowWait = oldest + 1000 - now;
      const tokenWait = this.tokens >= 1 ? 0 : ((1 - this.tokens) * 1000) / this.ratePerSecond;
      const wait = Math.max(windowWait, tokenWait);
      if (wait <= 0) {
        this.tokens -= 1;
        this.recent[this.recentIndex] = now;
        this.recentIndex = (this.recentIndex + 1) % this.windowCapacity;
        return;
      }
      await this.clock.sleep(wait);
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
