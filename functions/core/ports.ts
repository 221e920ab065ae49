/**
 * The small interfaces the core needs from the outside world. Adapters in
 * `functions/adapters/` implement them for the local filesystem, S3 and SES;
 * tests implement them in memory to inject faults.
 */

export interface StoredObject {
  key: string;
  size: number;
  /** A local symbolic link: listed so it can be reported, never followed. */
  symlink?: true;
}

export interface PutOptions {
  contentType?: string;
}

/** A flat key/value object store: a local folder or an S3 bucket. Keys use `/` as separator. */
export interface ObjectStore {
  /** Every key under `prefix`, in lexical order, following pagination to the end. */
  list(prefix: string): AsyncIterable<StoredObject>;
  /** The object's bytes, or null when there is no such key. */
  get(key: string): Promise<Buffer | null>;
  /**
   * Bytes `[start, end)` of the object (an S3 ranged GET), or null when there
   * is no such key. Fewer bytes come back when the object is shorter: callers
   * that know the length they expect must check it.
   */
  getRange(key: string, start: number, end: number): Promise<Buffer | null>;
  put(key: string, body: Buffer | string, options?: PutOptions): Promise<void>;
  /** Creates `key` only if it does not exist yet (S3 `If-None-Match: *`, `O_EXCL` locally). Returns false when it already existed. */
  putIfAbsent(key: string, body: Buffer | string, options?: PutOptions): Promise<boolean>;
  delete(key: string): Promise<void>;
  /** Where a key lives, for people: a file path or an s3:// URL. */
  locate(key: string): string;
}

/** One fully built RFC 5322 message for one recipient. */
export interface OutgoingMessage {
  recipient: string;
  /** Our own Message-ID header value, without angle brackets. */
  messageId: string;
  raw: Buffer;
}

export interface SendReceipt {
  /** The id the transport gave the message (SES MessageId, outbox file name). */
  transportMessageId: string;
}

export interface SendQuota {
  maxPerSecond: number;
  max24HourSend: number;
  sentLast24Hours: number;
}

/**
 * Delivers raw messages. Implementations throw `TransportError` (see errors.ts)
 * so the delivery engine can tell retryable failures from permanent ones.
 */
export interface MailTransport {
  readonly name: string;
  send(message: OutgoingMessage): Promise<SendReceipt>;
  /** The account's sending quota, when the transport can tell it. */
  quota?(): Promise<SendQuota | undefined>;
}

export interface Clock {
  now(): number;
  /** Resolves after `ms`, or early once `signal` aborts (so a stopped process is not kept alive by a timer). */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise((resolve) => {
      if (signal?.aborted) return resolve();
      const timer = setTimeout(done, ms);
      signal?.addEventListener('abort', done, { once: true });
      function done() {
        clearTimeout(timer);
        signal?.removeEventListener('abort', done);
        resolve();
      }
    }),
};

/** Structured logger; the Lambdas' JSON logger (lambda/json-log.ts) and the CLI's console logger both fit. */
export interface Log {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

export const silentLog: Log = { debug() {}, info() {}, warn() {}, error() {} };
