import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { SingleBar } from 'cli-progress';
import { createDynamoDbClient, createS3Client, createSesClient } from '../adapters/aws-clients.js';
import { DynamoDbSubscriberStore } from '../adapters/dynamodb-subscriber-store.js';
import { FileSubscriberStore } from '../adapters/file-subscriber-store.js';
import { FsStore } from '../adapters/fs-store.js';
import { isLocalOwnerGone, localLockOwner } from '../adapters/local-process-owner.js';
import { OutboxTransport } from '../adapters/outbox-transport.js';
import { S3Store } from '../adapters/s3-store.js';
import { SesTransport } from '../adapters/ses-transport.js';
import type { DigestConfig } from '../config/config.js';
import { articlesPrefix, BUCKET_PREFIXES, issueKey, issuePrefix as bucketIssuePrefix, SUBSCRIBERS_KEY } from '../contracts/bucket-layout.js';
import { ConfigError, errorMessage, UsageError } from '../core/errors.js';
import { isIssueDate } from '../core/issue/issue.js';
import type { Log, MailTransport, ObjectStore } from '../core/ports.js';
import { runDigest, type RunDigestResult } from '../core/pipeline/run-digest.js';
import { compileTemplates, type CompiledTemplates } from '../core/render/digest-templates.js';
import { createConsoleLog } from './console-log.js';
import { dayFolder, latestDateFolder, readSubscriberFile, requireDate, requireDirectory, requireWritableFolder } from './local-paths.js';
import { onInterrupt } from './interrupt.js';
import { formatRunSummary, formatTestSummary } from './run-summary.js';
import { storeRecipientsCsv } from './subscribers-command.js';

export interface RunCommandOptions {
  date?: string;
  articles: string;
  /** Unset: the subscriber store (under --out locally; the DynamoDB table when configured), else `subscribers/subscribers.csv` in the bucket. */
  subscribers?: string;
  out: string;
  templates: string;
  rate?: number;
  concurrency?: number;
  verbose?: boolean;
  /** Accept re-sending what unreadable ledger segments recorded. */
  force?: boolean;
  testTo?: string[];
  /** Run against this S3 bucket (articles/, subscribers/, issues/) instead of local folders. */
  bucket?: string;
  /** Deliver through SES instead of writing `.eml` files. */
  ses?: boolean;
}


export function newRunId(date: string): string {
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  return `${date}-${stamp}-${randomBytes(3).toString('hex')}`;
}

interface RunPlan {
  date: string;
  articles: ObjectStore;
  articlesPrefix: string;
  issues: ObjectStore;
  issuePrefix: string;
  subscribersCsv: Buffer;
  transport: (log: Log) => MailTransport;
}

/** `digest run`: the whole pipeline, on local folders (default) or on an S3 bucket, delivering to an outbox or SES. */
export async function runCommand(options: RunCommandOptions, config: DigestConfig): Promise<RunDigestResult> {
  if (!config.hmacSecret) throw new ConfigError('An HMAC secret is needed to sign unsubscribe links (DIGEST_HMAC_SECRET)');
  // Every argument is checked before any article is parsed: a typo costs a line on stderr, not a half-made issue.
  const plan = options.bucket ? await planBucketRun(options, config, options.bucket) : await planLocalRun(options);
  await requireDirectory(resolve(options.templates), 'Templates (--templates)');
  const { date, issues, issuePrefix } = plan;

  const runId = newRunId(date);
  const log = createConsoleLog({ date, runId }, options.verbose ? 'debug' : 'error');
  const templates = await loadTemplates(resolve(options.templates));
  const bar = process.stderr.isTTY ? new SingleBar({ format: '  Sending [{bar}] {value}/{total}', hideCursor: true, clearOnComplete: true }) : null;
  let started = false;

  const interruption = onInterrupt();
  const result = await runDigest({
    date,
    runId,
    articles: plan.articles,
    articlesPrefix: plan.articlesPrefix,
    issues,
    issuePrefix,
    suppressions: issues,
    subscribersCsv: plan.subscribersCsv,
    templates,
    render: config,
    messages: { ...config, hmacSecret: config.hmacSecret },
    transport: plan.transport(log),
    ratePerSecond: options.rate ?? config.sendRate,
    concurrency: options.concurrency ?? config.sendConcurrency,
    testTo: options.testTo,
    lock: { owner: localLockOwner(), isOwnerGone: isLocalOwnerGone },
    signal: interruption.signal,
    acceptUnreadableSegments: options.force === true,
    log,
    onProgress: ({ done, total }) => {
      if (!bar) return;
      if (!started) {
        bar.start(total, 0);
        started = true;
      }
      bar.update(done);
    },
  }).finally(() => interruption.dispose());
  bar?.stop();
  const outboxDir = options.ses ? undefined : issues.locate(outboxPrefix(issuePrefix, options).replace(/\/$/, ''));
  if (result.test) console.log(formatTestSummary(result, outboxDir ?? 'SES'));
  else {
    console.log(
      formatRunSummary(result, {
        issueDir: issues.locate(issuePrefix.replace(/\/$/, '')),
        outboxDir: result.delivery ? outboxDir : undefined,
        interruptedBy: interruption.received(),
      }),
    );
  }
  return result;
}

async function planLocalRun(options: RunCommandOptions): Promise<RunPlan> {
  if (options.ses) throw new UsageError('--ses needs --bucket: the cloud path reads and writes S3');
  const articlesDir = resolve(options.articles);
  await requireDirectory(articlesDir, 'Articles');
  const date = options.date ? requireDate(options.date) : await latestDateFolder(articlesDir);
  await requireDirectory(dayFolder(articlesDir, date), `Articles for ${date}`);
  await requireWritableFolder(resolve(options.out), '--out');
  const out = new FsStore(resolve(options.out));
  // Without --subscribers the list is the subscriber store under --out: confirmed, minus suppressions.
  const subscribersCsv = options.subscribers
    ? await readSubscriberFile(resolve(options.subscribers))
    : await storeRecipientsCsv(new FileSubscriberStore(resolve(options.out)), out, { allowEmpty: Boolean(options.testTo) });
  const issuePrefix = `${date}/`;
  return {
    date,
    articles: new FsStore(articlesDir),
    articlesPrefix: issuePrefix,
    issues: out,
    issuePrefix,
    subscribersCsv,
    transport: () => new OutboxTransport(out, outboxPrefix(issuePrefix, options)),
  };
}

/** The cloud layout, from a laptop: the same bucket and SES the Lambda functions use (or their emulators). */
async function planBucketRun(options: RunCommandOptions, config: DigestConfig, bucket: string): Promise<RunPlan> {
  const store = new S3Store({ client: createS3Client(config), bucket });
  const date = options.date ? requireDate(options.date) : await latestBucketDate(store);
  const issuePrefix = bucketIssuePrefix(date);
  let subscribersCsv: Buffer;
  if (options.subscribers) subscribersCsv = await readSubscriberFile(resolve(options.subscribers));
  else if (config.subscribersTable) {
    const subscribers = new DynamoDbSubscriberStore({ client: createDynamoDbClient(config), tableName: config.subscribersTable });
    subscribersCsv = await storeRecipientsCsv(subscribers, store, { allowEmpty: Boolean(options.testTo) });
  } else {
    const stored = await store.get(SUBSCRIBERS_KEY);
    if (!stored) throw new UsageError(`No subscriber list at ${store.locate(SUBSCRIBERS_KEY)} (or pass --subscribers FILE)`);
    subscribersCsv = stored;
  }
  return {
    date,
    articles: store,
    articlesPrefix: articlesPrefix(date),
    issues: store,
    issuePrefix,
    subscribersCsv,
    transport: (log) =>
      options.ses
        ? new SesTransport({ client: createSesClient(config), configurationSet: config.sesConfigurationSet, log })
        : new OutboxTransport(store, outboxPrefix(issuePrefix, options)),
  };
}

/** `--templates` is the user's input: templates that do not compile are an unusable argument, found before any article is read. */
async function loadTemplates(dir: string): Promise<CompiledTemplates> {
  try {
    return await compileTemplates(dir);
  } catch (error) {
    throw new UsageError(`--templates ${dir}: ${errorMessage(error).replace(/\s+/g, ' ')}`, { cause: error });
  }
}

/** Where a run's `.eml` files go: a test send never mixes with the real outbox. */
function outboxPrefix(issuePrefix: string, options: Pick<RunCommandOptions, 'testTo'>): string {
  return issueKey(issuePrefix, options.testTo ? 'testOutbox' : 'outbox');
}

export async function latestBucketDate(store: ObjectStore): Promise<string> {
  let latest: string | undefined;
  for await (const object of store.list(BUCKET_PREFIXES.articles)) {
    const day = object.key.split('/')[1];
    if (day && isIssueDate(day) && (!latest || day > latest)) latest = day;
  }
  if (!latest) throw new UsageError(`No ${BUCKET_PREFIXES.articles}YYYY-MM-DD/ folder in ${store.locate(BUCKET_PREFIXES.articles)}`);
  return latest;
}
