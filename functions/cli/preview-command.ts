import { watch, type FSWatcher } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { createS3Client, createSesClient } from '../adapters/aws-clients.js';
import { FsStore } from '../adapters/fs-store.js';
import { OutboxTransport } from '../adapters/outbox-transport.js';
import { S3Store } from '../adapters/s3-store.js';
import { SesTransport } from '../adapters/ses-transport.js';
import type { DigestConfig } from '../config/config.js';
import { ConfigError, UsageError } from '../core/errors.js';
import type { Log, MailTransport, ObjectStore } from '../core/ports.js';
import { PreviewSession, type PreviewSources } from '../core/preview/preview-session.js';
import { compileTemplates } from '../core/render/digest-templates.js';
import { createConsoleLog } from './console-log.js';
import { dayFolder, latestDateFolder, readSubscriberFile, requireDate, requireDirectory } from './local-paths.js';
import { startPreviewServer, type PreviewSignupRoute, type RunningPreview } from './preview-server.js';
import { MemoryAttemptCounter } from '../core/subscribers/memory-attempt-counter.js';
import { handleSignupRequest } from '../core/subscribers/signup-http.js';
import { articlesPrefix, issueKey, SUBSCRIBERS_KEY } from '../contracts/bucket-layout.js';
import { latestBucketDate } from './run-command.js';
import { storeRecipientsCsv } from './subscribers-command.js';
import { FileSubscriberStore } from '../adapters/file-subscriber-store.js';

/**
 * `digest preview`: the day's issue in a local web page that re-renders when
 * an article, a template or the subscriber list changes. It reads what
 * `digest run` would read (local folders, or the bucket with --bucket, read
 * only) and writes nothing but test sends: `<out>/<date>/outbox-test/`, or
 * SES with --ses.
 */

export interface PreviewCommandOptions {
  date?: string;
  articles: string;
  subscribers?: string;
  templates: string;
  out: string;
  port: number;
  bucket?: string;
  ses?: boolean;
  verbose?: boolean;
}

export interface StartedPreview extends RunningPreview {
  session: PreviewSession;
  date: string;
}

/** How long a burst of file events may last before one rebuild runs. */
const SETTLE_MS = 120;

/** Under `--out`: the confirmation emails the preview's sign-up form sends. */
export const SIGNUP_OUTBOX = 'signup-outbox/';

export async function startPreview(options: PreviewCommandOptions, config: DigestConfig, log?: Log): Promise<StartedPreview> {
  if (!config.hmacSecret) throw new ConfigError('An HMAC secret is needed to sign the preview\'s unsubscribe links (DIGEST_HMAC_SECRET)');
  if (options.ses && !options.bucket) throw new UsageError('--ses needs --bucket: test sends go to the outbox locally');
  const templatesDir = resolve(options.templates);
  await requireDirectory(templatesDir, 'Templates');
  const plan = options.bucket ? await bucketSources(options, config, options.bucket) : await localSources(options);
  const date = plan.date;
  const previewLog = log ?? createConsoleLog({ date, command: 'preview' }, options.verbose ? 'debug' : 'error');

  const sources: PreviewSources = {
    date,
    articles: plan.articles,
    articlesPrefix: plan.articlesPrefix,
    subscribersCsv: plan.subscribersCsv,
    templates: () => compileTemplates(templatesDir),
    render: config,
    messages: { ...config, hmacSecret: config.hmacSecret },
  };
  const outbox = new FsStore(resolve(options.out));
  const transport: MailTransport = options.ses
    ? new SesTransport({ client: createSesClient(config), configurationSet: config.sesConfigurationSet, log: previewLog })
    : new OutboxTransport(outbox, issueKey(`${date}/`, 'testOutbox'));
  const session = new PreviewSession({ sources, transport, testRecipients: config.testRecipients, log: previewLog });
  await session.rebuild();

  const signup = options.bucket ? undefined : localSignupRoute(resolve(options.out), { ...config, hmacSecret: config.hmacSecret }, session, previewLog);
  const server = await startPreviewServer({ session, port: options.port, from: config.from, log: previewLog, ...(signup ? { signup } : {}) });
  const watchers = plan.watch.map((target) => watchForChanges(target, () => void session.rebuild(), previewLog));
  return {
    ...server,
    session,
    date,
    close: async () => {
      for (const watcher of watchers) watcher.close();
      await server.close();
    },
  };
}

/**
 * The sign-up endpoint, served by the preview on the local store under
 * `--out` (the one `digest run` reads without --subscribers): the same core
 * as the Lambda function, confirmation emails written to
 * `<out>/signup-outbox/`. Links point back at the preview, by the Host the
 * request came to (the server answers only its own hosts).
 */
function localSignupRoute(out: string, config: DigestConfig & { hmacSecret: string }, session: PreviewSession, log: Log): PreviewSignupRoute {
  const files = new FsStore(out);
  const deps = {
    subscribers: new FileSubscriberStore(out),
    suppressions: files,
    attempts: new MemoryAttemptCounter(),
    transport: new OutboxTransport(files, SIGNUP_OUTBOX),
    allowedOrigins: [],
    log,
  };
  return {
    outbox: resolve(out, SIGNUP_OUTBOX),
    ...(config.signupUrl ? { publicUrl: config.signupUrl } : {}),
    handle: async (request) => {
      const signupUrl = `http://${request.headers.host}/subscribe/`;
      const response = await handleSignupRequest({ ...deps, settings: { ...config, signupUrl, fields: config.signupFields } }, request);
      log.info('preview sign-up', { outcome: response.outcome, statusCode: response.statusCode });
      // A new confirmed reader joins the list the preview renders for.
      if (response.outcome === 'confirmed') void session.rebuild();
      return response;
    },
  };
}

/** `npm run preview`: start, print the address, serve until Ctrl-C. */
export async function previewCommand(options: PreviewCommandOptions, config: DigestConfig): Promise<void> {
  const preview = await startPreview(options, config);
  const outboxNote = options.ses ? 'SES' : resolve(options.out, preview.date, 'outbox-test');
  console.log(`Previewing ${preview.date} at ${preview.url}`);
  console.log(
    config.testRecipients.length > 0
      ? `  "Send a test" goes to ${config.testRecipients.join(', ')} (${outboxNote})`
      : '  "Send a test" is off: set DIGEST_TEST_RECIPIENTS to the editors\' addresses',
  );
  console.log(options.bucket ? '  Reading the bucket (read-only); use Refresh on the page after uploads.' : '  Watching the articles, the templates and the subscriber list. Ctrl-C stops.');
  await new Promise<void>((resolveStop) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void preview.close().then(resolveStop);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

interface WatchTarget {
  path: string;
  recursive: boolean;
  /** Only changes to this file name count (the subscriber list, watched through its folder). */
  only?: string;
}

interface SourcePlan {
  date: string;
  articles: ObjectStore;
  articlesPrefix: string;
  subscribersCsv: () => Promise<Buffer>;
  watch: WatchTarget[];
}

async function localSources(options: PreviewCommandOptions): Promise<SourcePlan> {
  const articlesDir = resolve(options.articles);
  await requireDirectory(articlesDir, 'Articles');
  const date = options.date ? requireDate(options.date) : await latestDateFolder(articlesDir);
  const day = dayFolder(articlesDir, date);
  await requireDirectory(day, `Articles for ${date}`);
  // Editors save by replacing files (write to a temporary name, rename): watch folders, not files.
  const watch: WatchTarget[] = [
    { path: day, recursive: true },
    { path: resolve(options.templates), recursive: true },
  ];
  let subscribersCsv: () => Promise<Buffer>;
  if (options.subscribers) {
    const subscribersPath = resolve(options.subscribers);
    await readSubscriberFile(subscribersPath);
    subscribersCsv = () => readSubscriberFile(subscribersPath);
    watch.push({ path: dirname(subscribersPath), recursive: false, only: basename(subscribersPath) });
  } else {
    // Like `digest run` without --subscribers: the subscriber store under --out, confirmed, minus suppressions.
    const out = resolve(options.out);
    subscribersCsv = () => storeRecipientsCsv(new FileSubscriberStore(out), new FsStore(out), { allowEmpty: true });
  }
  return { date, articles: new FsStore(articlesDir), articlesPrefix: `${date}/`, subscribersCsv, watch };
}

async function bucketSources(options: PreviewCommandOptions, config: DigestConfig, bucket: string): Promise<SourcePlan> {
  const store = new S3Store({ client: createS3Client(config), bucket });
  const date = options.date ? requireDate(options.date) : await latestBucketDate(store);
  const subscribersCsv = options.subscribers
    ? () => readSubscriberFile(resolve(options.subscribers!))
    : async () => {
        const stored = await store.get(SUBSCRIBERS_KEY);
        if (!stored) throw new UsageError(`No subscriber list at ${store.locate(SUBSCRIBERS_KEY)} (or pass --subscribers FILE)`);
        return stored;
      };
  const watch: WatchTarget[] = [{ path: resolve(options.templates), recursive: true }];
  if (options.subscribers) watch.push({ path: dirname(resolve(options.subscribers)), recursive: false, only: basename(options.subscribers) });
  return { date, articles: store, articlesPrefix: articlesPrefix(date), subscribersCsv, watch };
}

function watchForChanges(target: WatchTarget, onChange: () => void, log: Log): FSWatcher {
  let timer: NodeJS.Timeout | undefined;
  const watcher = watch(target.path, { recursive: target.recursive, persistent: true }, (_event, file) => {
    if (target.only && file !== target.only) return;
    clearTimeout(timer);
    timer = setTimeout(onChange, SETTLE_MS);
  });
  watcher.on('error', (error) => log.warn('stopped watching a folder', { path: target.path, error: error.message }));
  return watcher;
}
