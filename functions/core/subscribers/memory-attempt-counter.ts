import type { AttemptCounter } from './subscriber-store.js';

/**
 * Attempt counters in this process's memory: the local sign-up server and
 * tests. Windows that have passed are dropped as new ones open, so memory
 * stays bounded by the keys of the current windows.
 */
export class MemoryAttemptCounter implements AttemptCounter {
  private readonly counts = new Map<string, { window: number; windowMs: number; count: number }>();

  async increment(key: string, windowMs: number, now: number): Promise<number> {
    const window = Math.floor(now / windowMs);
    const id = `${windowMs}:${key}`;
    const entry = this.counts.get(id);
    if (entry && entry.window === window) {
      entry.count += 1;
      return entry.count;
    }
    if (this.counts.size > 10_000) {
      for (const [candidate, value] of this.counts) if (value.window < Math.floor(now / value.windowMs)) this.counts.delete(candidate);
    }
    this.counts.set(id, { window, windowMs, count: 1 });
    return 1;
  }
}
