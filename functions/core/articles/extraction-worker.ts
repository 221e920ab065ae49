import { isMainThread, parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { ArticleParseError, errorMessage } from '../errors.js';
import type { ParsedArticle } from './article.js';
import { parseArticle, type ArticleFormat } from './parse-article.js';

/**
 * The inside of an extraction worker: parses one article file per message and
 * answers with the result or the error. The pool (extraction-pool.ts) starts
 * this thread, times every job and terminates the thread when a job overruns.
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
  text: string;
}

export type ExtractionReply =
  | { ready: true }
  | { id: number; ok: true; article: ParsedArticle }
  | { id: number; ok: false; name: string; message: string };

export function serveExtractions(port: MessagePort): void {
  port.on('message', (job: ExtractionJob) => {
    let reply: ExtractionReply;
    try {
      reply = { id: job.id, ok: true, article: parseArticle(job.format, job.text) };
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
