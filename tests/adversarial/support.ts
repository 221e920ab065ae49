import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { MemoryStore } from '../../functions/core/memory-store.js';
import { runDigest, type RunDigestResult } from '../../functions/core/pipeline/run-digest.js';
import type { MailTransport, OutgoingMessage, SendReceipt } from '../../functions/core/ports.js';
import { EXAMPLES_DIR, realTemplates, testConfig } from '../support/digest-fixtures.js';

/** Shared by the adversarial tests: the real CLI as a child process, and the whole pipeline in memory. */

export const ROOT = resolve(import.meta.dirname, '../..');
export const CLI = ['--import', 'tsx', join(ROOT, 'functions/cli.ts')];
export const SAMPLE_DATE = '2026-11-26';

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function digest(args: string[], env: Record<string, string> = {}): CliResult {
  // Like `npm start`: a run without --subscribers would read the (empty) subscriber store under --out.
  const withList = args[0] === 'run' && !args.includes('--subscribers') ? [...args, '--subscribers', join(ROOT, 'examples', 'subscribers.csv')] : args;
  const result = spawnSync(process.execPath, [...CLI, ...withList], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 120_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A JSON file the CLI wrote (report, ledger segment), read as the test expects it to look. */
 
export async function readJson(path: string): Promise<any> {
  return JSON.parse(await readFile(path, 'utf8'));
}

/** A transport that remembers every send: the count of sends per recipient is what "never twice" is about. */
export class RecordingTransport implements MailTransport {
  readonly name = 'recording';
  readonly sends: OutgoingMessage[] = [];

  async send(message: OutgoingMessage): Promise<SendReceipt> {
    this.sends.push(message);
    return { transportMessageId: `m${this.sends.length}` };
  }

  async quota() {
    return { maxPerSecond: 10_000, max24HourSend: Number.MAX_SAFE_INTEGER, sentLast24Hours: 0 };
  }

  recipients(): string[] {
    return this.sends.map((message) => message.recipient);
  }
}

/** One article in a memory store, so the whole pipeline can run many times in one test. */
export async function memoryDay(): Promise<MemoryStore> {
  const store = new MemoryStore();
  const article = await readFile(join(EXAMPLES_DIR, 'articles', SAMPLE_DATE, 'city-council-bike-lanes.md'));
  await store.put(`articles/${SAMPLE_DATE}/city-council-bike-lanes.md`, article);
  return store;
}

export async function runInMemory(store: MemoryStore, subscribersCsv: string, transport: MailTransport = new RecordingTransport()): Promise<RunDigestResult> {
  const config = testConfig();
  return runDigest({
    date: SAMPLE_DATE,
    runId: `${SAMPLE_DATE}-test`,
    articles: store,
    articlesPrefix: `articles/${SAMPLE_DATE}/`,
    issues: store,
    issuePrefix: `issues/${SAMPLE_DATE}/`,
    suppressions: store,
    subscribersCsv,
    templates: await realTemplates(),
    render: config,
    messages: config,
    transport,
    ratePerSecond: 10_000,
    concurrency: 4,
  });
}
