import { isMainThread, parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { ArticleParseError, errorMessage } from '../errors.js';
import type { ParsedArticle } from './article.js';
import { decodeBytes } from './decode-text.js';
import { parseArticle, type ArticleFormat } from './parse-article.js';

/**
 * The inside of an extraction worker: decodes and parses one article file per
 * message and answers with the result or the error. The pool
 * (extraction-pool.ts) starts this thread, times every job and terminates the
 * thread when a job overruns.
 *
 * The file arrives as bytes and is decoded here: the charset detector is a
 * parser of hostile input like the others, so it runs under the same time
 * limit, and the bytes cross the thread boundary by transfer (no copy) where
 * a string would be serialised and copied.
 *
 * The module serves only when started as a worker with the marker below in
 * `workerData`. That lets one file be both things in the bundled collect
 * Lambda: the bundle chunk holding the pool is re-entered as its own worker,
 * and this check is what turns that copy into an extraction server.
 */

export const EXTRACTION_WORKER_MARKER = 'dailyDigestExtractionWorker';

export interface ExtractionJob {
  id: number;
  format: ArticleFormat;
  bytes: Uint8Array;
}

export type ExtractionReply =
  | { ready: true }
  | { id: number; ok: true; article: ParsedArticle; encoding: string }
  | { id: number; ok: false; name: string; message: string };

export function serveExtractions(port: MessagePort): void {
  port.on('message', (job: ExtractionJob) => {
    let reply: ExtractionReply;
    try {
      const bytes = Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength);
      const decoded = decodeBytes(bytes, { html: job.format === 'html' });
      reply = { id: job.id, ok: true, article: parseArticle(job.format, decoded.text), encoding: decoded.encoding };
    } catch (error) {
      const name = error instanceof ArticleParseError ? 'ArticleParseError' : error instanceof Error ? error.name : 'Error';
      reply = { id: job.id, ok: false, name, message: errorMessage(error) };
    }
    port.postMessage(reply);
  });
  port.postMessage({ ready: true } satisfies ExtractionReply);
}

if (!isMainThread && parentPort && (workerData as Record<string, unknown> | null)?.[EXTRACTION_WORKER_MARKER] === true) {
  serveExtractions(parentPort);
}
