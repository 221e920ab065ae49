import { deliverSlice, type DeliverSliceOptions, type DeliveryOutcome } from '../delivery/deliver-slice.js';
import { sendTestMessages, type TestSendOutcome } from '../delivery/send-test-messages.js';
import { UsageError } from '../errors.js';
import { createMessageFactory, type MessageSettings } from '../messages/build-messages.js';
import type { Clock, Log, MailTransport, ObjectStore } from '../ports.js';
import { systemClock } from '../ports.js';
import type { Issue } from '../issue/issue.js';
import type { CompiledTemplates } from '../render/digest-templates.js';
import type { RenderedDigest, RenderSettings } from '../render/render-digest.js';
import { addressProblem, parseSubscribers, type SubscriberList } from '../subscribers/parse-subscribers.js';
import { loadSuppressedHashes } from '../suppressions.js';
import { collectStep } from './collect-step.js';
import { buildReport, type DigestReport } from './digest-report.js';
import { issueKey } from './issue-layout.js';
import { snapshotRecipients } from './recipients-snapshot.js';
import { renderStep } from './render-step.js';

/**
 * The whole pipeline on one machine: collect → render → deliver → report.
 * Every stage is the same core the Lambda functions call; only the stores
 * and the transport differ (a folder and the outbox here, S3 and SES there).
 */

export interface RunDigestOptions {
  date: string;
  runId: string;
  articles: ObjectStore;
  articlesPrefix: string;
  issues: ObjectStore;
  issuePrefix: string;
  /** Holds `suppressions/`. */
  suppressions: ObjectStore;
  subscribersCsv: Buffer | string;
  templates: CompiledTemplates;
  render: RenderSettings & { unsubscribeUrl: string };
  messages: MessageSettings;
  transport: MailTransport;
  /** Messages per second; default: the transport's quota. */
  ratePerSecond?: number;
  concurrency: number;
  log?: Log;
  clock?: Clock;
  onProgress?: (progress: { done: number; total: number }) => void;
  /** Send only to these addresses, marked as a test: no ledger, no lock, no recipients snapshot. */
  testTo?: string[];
  /** Aborted on SIGINT/SIGTERM: sends in flight finish, no new one starts, the rest stays pending. */
  signal?: AbortSignal;
  /** The operator's `--force`: send although ledger segments are unreadable, re-sending whoever they recorded. */
  acceptUnreadableSegments?: boolean;
  /** Lock ownership, e.g. so a local run can take over from a crashed one on the same host. */
  lock?: DeliverSliceOptions['lock'];
}

export interface RunDigestResult {
  report: DigestReport;
  rendered: RenderedDigest | null;
  delivery: DeliveryOutcome | null;
  subscribers: SubscriberList | null;
  reusedIssue: boolean;
  test: TestSendOutcome | null;
}

export async function runDigest(options: RunDigestOptions): Promise<RunDigestResult> {
  const clock = options.clock ?? systemClock;
  // First: a list that cannot be read stops the run before any article is parsed or anything is frozen.
  const subscribers = parseSubscribers(options.subscribersCsv);
  const { issue, reused } = await collectStep({
    articles: options.articles,
    articlesPrefix: options.articlesPrefix,
    issues: options.issues,
    issuePrefix: options.issuePrefix,
    date: options.date,
    runId: options.runId,
    log: options.log,
  });

  if (issue.articles.length === 0) {
    const nothingToSend =
      issue.skipped.length > 0
        ? `no usable article for ${options.date}: all ${issue.skipped.length} file(s) were skipped`
        : `no article files for ${options.date}`;
    const report = buildReport({ issue, runId: options.runId, now: new Date(clock.now()), budgetBytes: options.render.sizeBudgetBytes, subscribers, nothingToSend });
    await writeReport(options.issues, options.issuePrefix, report);
    return { report, rendered: null, delivery: null, subscribers, reusedIssue: reused, test: null };
  }

  if (options.testTo) return sendTest(options, issue, subscribers, reused);

  const snapshot = await snapshotRecipients(options.issues, options.issuePrefix, subscribers);
  if (snapshot.reused) options.log?.info('using the recipients frozen when this issue was first prepared', { recipients: snapshot.recipients.length });
  const rendered = await renderIssue(options, issue, snapshot.columns);
  const buildMessage = await createMessageFactory(rendered, options.messages, { date: new Date(clock.now()) });
  const delivery = await deliverSlice({
    store: options.issues,
    issuePrefix: options.issuePrefix,
    sliceId: 'all',
    runId: options.runId,
    recipients: snapshot.recipients,
    buildMessage,
    transport: options.transport,
    suppressedHashes: await loadSuppressedHashes(options.suppressions),
    ratePerSecond: options.ratePerSecond,
    concurrency: options.concurrency,
    clock,
    log: options.log,
    onProgress: options.onProgress,
    lock: options.lock,
    signal: options.signal,
    acceptUnreadableSegments: options.acceptUnreadableSegments,
  });
  const report = buildReport({
    issue,
    runId: options.runId,
    now: new Date(clock.now()),
    budgetBytes: options.render.sizeBudgetBytes,
    rendered,
    subscribers,
    delivery,
    transport: options.transport.name,
  });
  await writeReport(options.issues, options.issuePrefix, report);
  return { report, rendered, delivery, subscribers, reusedIssue: reused, test: null };
}

/** An editor's test send: the real rendering and message builder, to a few addresses, outside the ledger. */
async function sendTest(options: RunDigestOptions, issue: Issue, subscribers: SubscriberList, reused: boolean): Promise<RunDigestResult> {
  const addresses = (options.testTo ?? []).map((address) => address.trim()).filter(Boolean);
  if (addresses.length === 0) throw new UsageError('--test-to needs at least one address');
  for (const address of addresses) {
    const problem = addressProblem(address);
    if (problem) throw new UsageError(`--test-to: ${problem}`);
  }
  const rendered = await renderIssue(options, issue, subscribers.columns);
  const clock = options.clock ?? systemClock;
  const buildMessage = await createMessageFactory(rendered, options.messages, { test: true, date: new Date(clock.now()) });
  const test = await sendTestMessages(addresses, buildMessage, options.transport, { ratePerSecond: options.ratePerSecond, clock, log: options.log });
  const report = buildReport({ issue, runId: options.runId, now: new Date(clock.now()), budgetBytes: options.render.sizeBudgetBytes, rendered, subscribers, transport: options.transport.name });
  return { report, rendered, delivery: null, subscribers, reusedIssue: reused, test };
}

async function renderIssue(options: RunDigestOptions, issue: Issue, columns: readonly string[]): Promise<RenderedDigest> {
  const { rendered } = await renderStep({
    issues: options.issues,
    issuePrefix: options.issuePrefix,
    issue,
    templates: options.templates,
    settings: options.render,
    columns,
    log: options.log,
  });
  return rendered;
}

async function writeReport(store: ObjectStore, issuePrefix: string, report: DigestReport): Promise<void> {
  await store.put(issueKey(issuePrefix, 'report'), `${JSON.stringify(report, null, 2)}\n`, { contentType: 'application/json' });
}
