import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ArticleParseError, DigestError } from '../errors.js';
import type { ParsedArticle } from './article.js';
import { EXTRACTION_WORKER_MARKER, type ExtractionJob, type ExtractionReply } from './extraction-worker.js';
import type { ArticleFormat } from './parse-article.js';

/**
 * A small pool of long-lived worker threads that parse article files, each
 * job under a time limit and each thread under a memory limit.
 *
 * Parsing is synchronous (linkedom, Readability, marked, html-to-text): a
 * pre-check refuses the shapes known to be slow, but the next slow path will
 * be a different one, and only a thread that can be terminated bounds that.
 * A worker that overruns its page is terminated and replaced; the page is
 * skipped with the reason and the day goes on.
 *
 * Each worker is handed its next file while it still works on the current
 * one, so it never sits idle for a message round trip between files (on a
 * busy machine waking a thread costs a millisecond or more, a tenth of a
 * typical page). The time limit still applies to one file at a time: the next
 * file's clock starts when the current one's answer arrives, which is when the
 * worker turns to it. A file waiting behind one that overran is not blamed: it
 * goes back to the front of the queue for the replacement worker.
 *
 * Idle workers are unref'd, so an unused pool never keeps a CLI run or a test
 * process alive; `close()` stops them for good.
 */

export interface ExtractedFile {
  article: ParsedArticle;
  /** The encoding the file was read in (see decodeBytes). */
  encoding: string;
}

export interface ArticleExtractor {
  /** Decodes the file's bytes (BOM, declared charset, detector) and parses them as `format`. The bytes are not modified. */
  extract(format: ArticleFormat, bytes: Uint8Array): Promise<ExtractedFile>;
}

export interface ExtractionPoolOptions {
  /** Worker threads. @default min(2, available CPUs) */
  size?: number;
  /** How long one file may take once a worker has it. @default 5000 */
  timeLimitMs?: number;
  /** Old-generation heap of each worker. @default 256 */
  memoryLimitMb?: number;
  /** How long a worker may take to start (loading the parsers), before any file is blamed. @default 30000 */
  startupLimitMs?: number;
}

/** The extraction machinery itself failed (a worker could not start): not the fault of any one file. */
export class ExtractionPoolError extends DigestError {}

export const DEFAULT_EXTRACTION_TIME_LIMIT_MS = 5_000;

interface PendingJob {
  job: ExtractionJob;
  resolve: (file: ExtractedFile) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  /** The file the worker is reading, under the time limit. */
  current?: PendingJob;
  /** The file already posted to the worker, which it reads once `current` is answered. */
  next?: PendingJob;
  timer?: NodeJS.Timeout;
}

export class ExtractionPool implements ArticleExtractor {
  readonly size: number;
  readonly timeLimitMs: number;
  private readonly memoryLimitMb: number;
  private readonly startupLimitMs: number;
  private readonly slots = new Set<Slot>();
  private readonly queue: PendingJob[] = [];
  private nextId = 1;
  private closed = false;

  constructor(options: ExtractionPoolOptions = {}) {
    this.size = Math.max(1, options.size ?? Math.min(2, availableParallelism()));
    this.timeLimitMs = options.timeLimitMs ?? DEFAULT_EXTRACTION_TIME_LIMIT_MS;
    this.memoryLimitMb = options.memoryLimitMb ?? 256;
    this.startupLimitMs = options.startupLimitMs ?? 30_000;
  }

  extract(format: ArticleFormat, bytes: Uint8Array): Promise<ExtractedFile> {
    if (this.closed) return Promise.reject(new ExtractionPoolError('the extraction pool is closed'));
    // The pool's own copy: the caller may reuse its buffer, and a file that must be posted again (its worker was lost) still has its bytes.
    const job = { id: this.nextId++, format, bytes: new Uint8Array(bytes) };
    return new Promise<ExtractedFile>((resolve, reject) => {
      this.queue.push({ job, resolve, reject });
      this.pump();
    });
  }

  /** Stops every worker; jobs still waiting are refused. */
  async close(): Promise<void> {
    this.closed = true;
    for (const pending of this.queue.splice(0)) pending.reject(new ExtractionPoolError('the extraction pool was closed'));
    const slots = [...this.slots];
    this.slots.clear();
    for (const slot of slots) {
      clearTimeout(slot.timer);
      slot.current?.reject(new ExtractionPoolError('the extraction pool was closed'));
      slot.next?.reject(new ExtractionPoolError('the extraction pool was closed'));
    }
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }

  private pump(): void {
    if (this.closed) return;
    for (const slot of this.slots) {
      if (this.queue.length === 0) break;
      if (slot.ready && !slot.current) {
        slot.current = this.post(slot, this.queue.shift()!);
        this.startClock(slot);
      }
    }
    const starting = [...this.slots].filter((slot) => !slot.ready).length;
    while (this.queue.length > starting && this.slots.size < this.size) this.spawn();
    // Files beyond what the starting workers will take wait inside a busy worker, one each.
    let spare = this.queue.length - [...this.slots].filter((slot) => !slot.ready).length;
    for (const slot of this.slots) {
      if (spare <= 0) break;
      if (slot.ready && slot.current && !slot.next) {
        slot.next = this.post(slot, this.queue.shift()!);
        spare--;
      }
    }
  }

  private post(slot: Slot, pending: PendingJob): PendingJob {
    slot.worker.ref();
    // One copy, moved to the worker by transfer (a structured clone would copy twice).
    const bytes = pending.job.bytes.slice();
    slot.worker.postMessage({ ...pending.job, bytes } satisfies ExtractionJob, [bytes.buffer]);
    return pending;
  }

  /** The worker has turned to `current`: its time starts now. */
  private startClock(slot: Slot): void {
    slot.timer = setTimeout(() => {
      const seconds = this.timeLimitMs / 1000;
      this.retire(slot, new ArticleParseError(`extraction took longer than ${seconds} s: the page was given up (time limit)`));
    }, this.timeLimitMs);
  }

  private spawn(): void {
    const slot: Slot = { worker: startWorker(this.memoryLimitMb), ready: false };
    this.slots.add(slot);
    slot.timer = setTimeout(() => {
      this.failStartup(slot, new ExtractionPoolError(`an extraction worker did not start within ${this.startupLimitMs / 1000} s`));
    }, this.startupLimitMs);
    slot.worker.on('message', (reply: ExtractionReply) => this.onReply(slot, reply));
    slot.worker.on('error', (error: Error) => {
      if (!slot.ready) this.failStartup(slot, new ExtractionPoolError(`an extraction worker failed to start: ${error.message}`, { cause: error }));
      else this.retire(slot, workerFailure(error, this.memoryLimitMb));
    });
    slot.worker.on('exit', (code) => {
      if (!this.slots.has(slot)) return;
      if (!slot.ready) this.failStartup(slot, new ExtractionPoolError(`an extraction worker exited with code ${code} while starting`));
      else this.retire(slot, new ArticleParseError(`the extraction worker stopped (exit code ${code}) while reading the page`));
    });
  }

  private onReply(slot: Slot, reply: ExtractionReply): void {
    if (!this.slots.has(slot)) return;
    if ('ready' in reply) {
      clearTimeout(slot.timer);
      slot.ready = true;
      this.idle(slot);
      return;
    }
    const pending = slot.current;
    if (!pending || pending.job.id !== reply.id) return;
    clearTimeout(slot.timer);
    slot.current = slot.next;
    slot.next = undefined;
    if (slot.current) this.startClock(slot);
    if (reply.ok) pending.resolve({ article: reply.article, encoding: reply.encoding });
    else pending.reject(rebuildError(reply.name, reply.message));
    this.idle(slot);
  }

  private idle(slot: Slot): void {
    this.pump();
    if (!slot.current) slot.worker.unref();
  }

  /**
   * The worker is lost (overran, ran out of memory, crashed): its page fails with the reason, a fresh worker
   * takes over, and the file that was waiting in it goes first to the next worker.
   */
  private retire(slot: Slot, reason: Error): void {
    if (!this.slots.delete(slot)) return;
    clearTimeout(slot.timer);
    const pending = slot.current;
    const waiting = slot.next;
    slot.current = undefined;
    slot.next = undefined;
    void slot.worker.terminate();
    pending?.reject(reason);
    if (waiting) this.queue.unshift(waiting);
    this.pump();
  }

  /**
   * A worker that cannot start, while no other is running, means none will:
   * every waiting file fails with that reason rather than hanging.
   */
  private failStartup(slot: Slot, reason: Error): void {
    if (!this.slots.delete(slot)) return;
    clearTimeout(slot.timer);
    void slot.worker.terminate();
    if ([...this.slots].some((other) => other.ready)) this.pump();
    else for (const pending of this.queue.splice(0)) pending.reject(reason);
  }
}

function startWorker(memoryLimitMb: number): Worker {
  const options = {
    workerData: { [EXTRACTION_WORKER_MARKER]: true },
    resourceLimits: { maxOldGenerationSizeMb: memoryLimitMb },
    // Not the parent's flags: `--input-type`, `--eval` or the Lambda runtime's V8 flags make a worker refuse to start.
    execArgv: process.execArgv.filter((flag) => flag === '--enable-source-maps'),
  };
  const self = import.meta.url;
  if (self.endsWith('.ts')) {
    // From source (the CLI under tsx, vitest): the worker loads the TypeScript through tsx's require hook.
    const tsx = createRequire(self).resolve('tsx/cjs/api');
    const entry = fileURLToPath(new URL('./extraction-worker.ts', self));
    const bootstrap = `require(${JSON.stringify(tsx)}).register(); require(${JSON.stringify(entry)});`;
    return new Worker(bootstrap, { ...options, eval: true });
  }
  // Bundled: the chunk holding this code re-enters itself (it imports extraction-worker.ts), and the marker makes that copy serve extractions.
  return new Worker(new URL(self), options);
}

function workerFailure(error: Error, memoryLimitMb: number): Error {
  if ((error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return new ArticleParseError(`extraction needed more than ${memoryLimitMb} MB: the page was given up (memory limit)`, { cause: error });
  }
  return new ArticleParseError(`extraction failed: ${error.message}`, { cause: error });
}

function rebuildError(name: string, message: string): Error {
  if (name === 'ArticleParseError') return new ArticleParseError(message);
  const error = new Error(message);
  error.name = name;
  return error;
}

let shared: ExtractionPool | undefined;

/** The process's pool, started on first use and kept for the life of the process (a warm Lambda reuses it). */
export function sharedExtractionPool(): ExtractionPool {
  shared ??= new ExtractionPool();
  return shared;
}

/** Stops the process's pool, e.g. at the end of a CLI run. */
export async function closeSharedExtractionPool(): Promise<void> {
  const pool = shared;
  shared = undefined;
  await pool?.close();
}
