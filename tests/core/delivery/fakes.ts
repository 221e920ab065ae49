import type { Clock, MailTransport, ObjectStore, OutgoingMessage, PutOptions, SendReceipt, StoredObject } from '../../../functions/core/ports.js';
import { TransportError } from '../../../functions/core/errors.js';
import type { Subscriber } from '../../../functions/core/subscribers/subscriber.js';
import type { DeliverSliceOptions } from '../../../functions/core/delivery/deliver-slice.js';

/**
 * Virtual time: `sleep` registers a timer, and whenever the process has
 * nothing else to run (checked with setImmediate) the clock jumps to the
 * earliest timer. Tests run as fast as the code allows and never depend on wall time.
 */
export class FakeClock implements Clock {
  private time: number;
  private timers: Array<{ at: number; seq: number; resolve: () => void }> = [];
  private seq = 0;
  private scheduled = false;

  constructor(start = Date.UTC(2026, 10, 26, 6, 0, 0)) {
    this.time = start;
  }

  now(): number {
    return this.time;
  }

  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      if (signal?.aborted) return resolve();
      const timer = { at: this.time + Math.max(0, ms), seq: this.seq++, resolve };
      this.timers.push(timer);
      signal?.addEventListener('abort', () => {
        this.timers = this.timers.filter((entry) => entry !== timer);
        resolve();
      }, { once: true });
      this.schedule();
    });
  }

  advance(ms: number): void {
    this.time += ms;
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => this.fire());
  }

  private fire(): void {
    this.scheduled = false;
    if (this.timers.length === 0) return;
    this.timers.sort((a, b) => a.at - b.at || a.seq - b.seq);
    const due = this.timers[0]!.at;
    this.time = Math.max(this.time, due);
    const ready = this.timers.filter((timer) => timer.at <= this.time);
    this.timers = this.timers.filter((timer) => timer.at > this.time);
    for (const timer of ready) timer.resolve();
    if (this.timers.length > 0) this.schedule();
  }
}

export function makeRecipients(count: number, domain = 'example.com'): Subscriber[] {
  return Array.from({ length: count }, (_, index) => ({
    email: `reader${String(index).padStart(5, '0')}@${domain}`,
    name: `Reader ${index}`,
    fields: {},
  }));
}

export function buildTestMessage(subscriber: Subscriber): OutgoingMessage {
  return { recipient: subscriber.email, messageId: `msg-${subscriber.email}`, raw: Buffer.from(`To: ${subscriber.email}\r\n\r\nhello\r\n`) };
}

/** What the fake transport should do with one send call. */
export type SendBehaviour = 'deliver' | 'deliver-then-crash' | 'crash' | Error;

/** The process died: every store and transport call from now on fails, as if nothing ran after it. */
export class CrashError extends Error {
  override name = 'CrashError';
}

/** Shared by a store and a transport so one simulated crash stops both. */
export class CrashSwitch {
  crashed = false;
  check(): void {
    if (this.crashed) throw new CrashError('process crashed');
  }
}

export class FakeTransport implements MailTransport {
  readonly name = 'fake';
  /** Recipient of every message that reached the "mail server", in order. */
  readonly delivered: string[] = [];
  readonly sentAt: number[] = [];
  calls = 0;
  private readonly attemptsByRecipient = new Map<string, number>();

  constructor(
    private readonly behaviour: (message: OutgoingMessage, call: number, attemptForRecipient: number) => SendBehaviour = () => 'deliver',
    private readonly options: { clock?: Clock; latencyMs?: number; crash?: CrashSwitch; maxPerSecond?: number } = {},
  ) {}

  async send(message: OutgoingMessage): Promise<SendReceipt> {
    this.options.crash?.check();
    const call = this.calls++;
    const attempt = (this.attemptsByRecipient.get(message.recipient) ?? 0) + 1;
    this.attemptsByRecipient.set(message.recipient, attempt);
    if (this.options.latencyMs && this.options.clock) await this.options.clock.sleep(this.options.latencyMs);
    this.options.crash?.check();
    const action = this.behaviour(message, call, attempt);
    if (action instanceof Error) throw action;
    if (action === 'crash') {
      this.options.crash!.crashed = true;
      throw new CrashError('process crashed while sending');
    }
    this.delivered.push(message.recipient);
    if (this.options.clock) this.sentAt.push(this.options.clock.now());
    if (action === 'deliver-then-crash') {
      this.options.crash!.crashed = true;
      throw new CrashError('process crashed after the message left');
    }
    return { transportMessageId: `fake-${call}` };
  }

  async quota() {
    return this.options.maxPerSecond ? { maxPerSecond: this.options.maxPerSecond, max24HourSend: 50_000, sentLast24Hours: 0 } : undefined;
  }

  count(recipient: string): number {
    return this.delivered.filter((entry) => entry === recipient).length;
  }
}

export const throttled = () => new TransportError('retryable', 'Throttling', 'Maximum sending rate exceeded');
export const rejected = () => new TransportError('permanent', 'MessageRejected', 'Email address is not verified');
export const quotaExhausted = () => new TransportError('quota-exhausted', 'DailyQuotaExceeded', 'Daily message quota exceeded');

/** Wraps a store so a simulated crash (or a write budget running out) stops every later call. */
export class CrashableStore implements ObjectStore {
  writes = 0;
  constructor(
    private readonly inner: ObjectStore,
    private readonly crash: CrashSwitch,
    /** Crash on this write (1-based): the write itself is lost. */
    private readonly crashOnWrite = Number.POSITIVE_INFINITY,
  ) {}

  async *list(prefix: string): AsyncIterable<StoredObject> {
    this.crash.check();
    for await (const object of this.inner.list(prefix)) yield object;
  }
  async get(key: string): Promise<Buffer | null> {
    this.crash.check();
    return this.inner.get(key);
  }
  async getRange(key: string, start: number, end: number): Promise<Buffer | null> {
    this.crash.check();
    return this.inner.getRange(key, start, end);
  }
  async put(key: string, body: Buffer | string, options?: PutOptions): Promise<void> {
    this.beforeWrite();
    return this.inner.put(key, body, options);
  }
  async putIfAbsent(key: string, body: Buffer | string, options?: PutOptions): Promise<boolean> {
    this.beforeWrite();
    return this.inner.putIfAbsent(key, body, options);
  }
  async delete(key: string): Promise<void> {
    this.beforeWrite();
    return this.inner.delete(key);
  }
  locate(key: string): string {
    return this.inner.locate(key);
  }
  private beforeWrite(): void {
    this.crash.check();
    this.writes += 1;
    if (this.writes >= this.crashOnWrite) {
      this.crash.crashed = true;
      this.crash.check();
    }
  }
}

/** Counts how often each recipient received the issue. */
export function deliveryCounts(transports: FakeTransport[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const transport of transports) for (const recipient of transport.delivered) counts.set(recipient, (counts.get(recipient) ?? 0) + 1);
  return counts;
}

export function duplicates(counts: Map<string, number>): number {
  let extra = 0;
  for (const count of counts.values()) extra += Math.max(0, count - 1);
  return extra;
}

/** deliverSlice options for tests: a 40-recipient slice at 100/s on a fake clock; override what a test is about. */
export function sliceOptions(
  store: ObjectStore,
  transport: FakeTransport,
  clock: FakeClock,
  overrides: Partial<DeliverSliceOptions> = {},
): DeliverSliceOptions {
  return {
    store,
    issuePrefix: '2026-11-26/',
    sliceId: 'all',
    runId: 'run-1',
    recipients: makeRecipients(40),
    buildMessage: buildTestMessage,
    transport,
    suppressedHashes: new Set(),
    ratePerSecond: 100,
    concurrency: 4,
    clock,
    random: () => 0.5,
    lock: { leaseMs: 30_000, skewMs: 1_000 },
    ...overrides,
  };
}
