import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { SingleBar } from 'cli-progress';
import { FsStore } from '../adapters/fs-store.js';
import { isLocalOwnerGone, localLockOwner } from '../adapters/local-process-owner.js';
import { OutboxTransport } from '../adapters/outbox-transport.js';
import type { DigestConfig } from '../config/config.js';
import { ConfigError } from '../core/errors.js';
import { ISSUE_FILES } from '../core/pipeline/issue-layout.js';
import { runDigest, type RunDigestResult } from '../core/pipeline/run-digest.js';
import { compileTemplates } from '../core/render/digest-templates.js';
import { createConsoleLog } from './console-log.js';
import { latestDateFolder, readSubscriberFile, requireDate, requireDirectory, dayFolder } from './local-paths.js';
import { formatRunSummary, formatTestSummary } from './run-summary.js';

export interface RunCommandOptions {
  date?: string;
  articles: string;
  subscribers: string;
  out: string;
  templates: string;
  rate?: number;
  concurrency?: number;
  verbose?: boolean;
  testTo?: string[];
}

export function newRunId(date: string): string {
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  return `${date}-${stamp}-${randomBytes(3).toString('hex')}`;
}

/** `digest run`: the whole pipeline against a local folder, delivering to the outbox. */
export async function runCommand(options: RunCommandOptions, config: DigestConfig): Promise<RunDigestResult> {
  const articlesDir = resolve(options.articles);
  await requireDirectory(articlesDir, 'Articles');
  const date = options.date ? requireDate(options.date) : await latestDateFolder(articlesDir);
  await requireDirectory(dayFolder(articlesDir, date), `Articles for ${date}`);
  const subscribersCsv = await readSubscriberFile(resolve(options.subscribers));
  if (!config.hmacSecret) throw new ConfigError('An HMAC secret is needed to sign unsubscribe links (DIGEST_HMAC_SECRET)');

  const runId = newRunId(date);
  const log = createConsoleLog({ date, runId }, options.verbose ? 'debug' : 'error');
  const out = new FsStore(resolve(options.out));
  const issuePrefix = `${date}/`;
  const templates = await compileTemplates(resolve(options.templates));
  const bar = process.stderr.isTTY ? new SingleBar({ format: '  Writing messages [{bar}] {value}/{total}', hideCursor: true, clearOnComplete: true }) : null;
  let started = false;

  const result = await runDigest({
    date,
    runId,
    articles: new FsStore(articlesDir),
    articlesPrefix: issuePrefix,
    issues: out,
    issuePrefix,
    suppressions: out,
    subscribersCsv,
    templates,
    render: config,
    messages: { ...config, hmacSecret: config.hmacSecret },
    transport: new OutboxTransport(out, options.testTo ? `${issuePrefix}outbox-test/` : `${issuePrefix}${ISSUE_FILES.outbox}`),
    testTo: options.testTo,
    lock: { owner: localLockOwner(), isOwnerGone: isLocalOwnerGone },
    ratePerSecond: options.rate ?? config.sendRate,
    concurrency: options.concurrency ?? config.sendConcurrency,
    log,
    onProgress: ({ done, total }) => {
      if (!bar) return;
      if (!started) {
        bar.start(total, 0);
        started = true;
      }
      bar.update(done);
    },
  });
  bar?.stop();
  const issueDir = out.locate(`${date}`);
  if (result.test) console.log(formatTestSummary(result, out.locate(`${issuePrefix}outbox-test`)));
  else console.log(formatRunSummary(result, { issueDir, outboxDir: result.delivery ? out.locate(`${issuePrefix}outbox`) : undefined }));
  return result;
}
