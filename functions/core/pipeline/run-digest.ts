import { publishArchiveIssue } from '../archive/publish-archive-issue.js';
import { resolveSendRate, type DeliverSliceOptions } from '../delivery/deliver-slice.js';
import { planSend, sliceRowsFor } from '../delivery/send-plan.js';
import type { TestSendOutcome } from '../delivery/send-test-messages.js';
import { checkTestRecipients, sendTestIssue } from '../delivery/send-test-issue.js';
import { createMessageFactory, type MessageSettings } from '../messages/build-messages.js';
import type { Issue } from '../issue/issue.js';
import type { Clock, Log, MailTransport, ObjectStore } from '../ports.js';
import { systemClock } from '../ports.js';
import type { CompiledTemplates } from '../render/digest-templates.js';
import type { RenderedDigest, RenderSettings } from '../render/render-digest.js';
import { parseSubscribers, type SubscriberList } from '../subscribers/parse-subscribers.js';
import { collectStep } from './collect-step.js';
import { articlesReport, htmlPart, type DigestReport, type MessagesPart } from './digest-report.js';
import { readSliceManifest } from './recipients-snapshot.js';
import { renderStep } from './render-step.js';
import { sendSliceStep } from './send-slice-step.js';
import { summarizeStep } from './summarize-step.js';

/**
 * The whole pipeline on one machine, as the state machine runs it in the
 * cloud: collect → render and freeze → send each slice of the manifest →
 * summarize. The very same step functions the Lambda handlers call, in the
 * same order, over the same slice manifest; only the stores and the
 * transport differ (a folder and the outbox here, S3 and SES there). One
 * worker here sends the slices one after another at the whole rate.
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
  /** Send only to these addresses, marked as a test: no ledger, no lock, nothing frozen. */
  testTo?: string[];
  /** Aborted on SIGINT/SIGTERM: sends in flight finish, no new one starts, the rest stays pending. */
  signal?: AbortSignal;
  /** The operator's `--force`: send although ledger segments are unreadable, re-sending whoever they recorded. */
  acceptUnreadableSegments?: boolean;
  /** Lock ownership, e.g. so a local run can take over from a crashed one on the same host. */
  lock?: DeliverSliceOptions['lock'];
  retry?: DeliverSliceOptions['retry'];
}

export interface RunDigestResult {
  report: DigestReport;
  rendered: RenderedDigest | null;
  /** The merged delivery counts of every slice (what `report.json` says), or null when nothing was sent. */
  delivery: MessagesPart | null;
  subscribers: SubscriberList | null;
  reusedIssue: boolean;
  test: TestSendOutcome | null;
}

export async function runDigest(options: RunDigestOptions): Promise<RunDigestResult> {
  const clock = options.clock ?? systemClock;
  const now = () => new Date(clock.now());
  // First: a list that cannot be read stops the run before any article is parsed or anything is frozen.
  const subscribers = parseSubscribers(options.subscribersCsv);
  const { issue, reused, nothingToSend } = await collectStep({
    articles: options.articles,
    articlesPrefix: options.articlesPrefix,
    issues: options.issues,
    issuePrefix: options.issuePrefix,
    date: options.date,
    runId: options.runId,
    now: now(),
    budgetBytes: options.render.sizeBudgetBytes,
    log: options.log,
  });
  if (nothingToSend) {
    const report = articlesReport(issue, options.runId, now(), options.render.sizeBudgetBytes, nothingToSend);
    return { report, rendered: null, delivery: null, subscribers, reusedIssue: reused, test: null };
  }
  if (options.testTo) return sendTest(options, issue, subscribers, reused);

  const rate = await resolveSendRate(options.ratePerSecond, options.transport);
  const { rendered, frozen } = await renderStep({
    issues: options.issues,
    issuePrefix: options.issuePrefix,
    issue,
    templates: options.templates,
    settings: options.render,
    subscribers,
    freeze: { sliceRows: (recipients) => sliceRowsFor(recipients, planSend(rate)) },
    runId: options.runId,
    now: now(),
    log: options.log,
  });
  const snapshot = frozen!.snapshot;
  // The recipients are frozen: publish the web page the emails link to before the first one goes out.
  const archiveUrl = options.render.archiveUrl;
  if (archiveUrl) await publishArchiveIssue({ store: options.issues, issue, email: rendered, templates: options.templates, settings: { ...options.render, archiveUrl }, now: now(), log: options.log });
  const buildMessage = await createMessageFactory(rendered, options.messages, { date: now() });
  let done = 0;
  for (const slice of await readSliceManifest(options.issues, snapshot)) {
    const { outcome } = await sendSliceStep({
      issues: options.issues,
      issuePrefix: options.issuePrefix,
      suppressions: options.suppressions,
      runId: options.runId,
      slice,
      snapshot,
      buildMessage,
      transport: options.transport,
      ratePerSecond: rate,
      workers: 1,
      concurrency: options.concurrency,
      clock,
      log: options.log,
      retry: options.retry,
      lock: options.lock,
      signal: options.signal,
      acceptUnreadableSegments: options.acceptUnreadableSegments,
      onProgress: (progress) => options.onProgress?.({ done: done + progress.done, total: snapshot.rows }),
    });
    done += outcome.total;
    // Another run holds a slice, or the deadline came: stop here, like a worker that must be retried; a re-run resumes.
    // Interrupted, or a slice's ledger is unreadable: the operator must act before anything else is sent.
    if (outcome.stoppedBecause === 'lock-held' || outcome.stoppedBecause === 'deadline' || outcome.stoppedBecause === 'interrupted' || outcome.stoppedBecause === 'ledger-unreadable') break;
  }
  const summary = await summarizeStep({
    store: options.issues,
    issuePrefix: options.issuePrefix,
    runId: options.runId,
    now: now(),
    budgetBytes: options.render.sizeBudgetBytes,
    transport: options.transport.name,
    ratePerSecond: rate,
    log: options.log,
  });
  return { report: summary.report, rendered, delivery: summary.messages, subscribers, reusedIssue: reused, test: null };
}

/** An editor's test send: the real rendering and message builder, to a few addresses, outside the ledger, freezing nothing. */
async function sendTest(options: RunDigestOptions, issue: Issue, subscribers: SubscriberList, reused: boolean): Promise<RunDigestResult> {
  const addresses = checkTestRecipients(options.testTo ?? []);
  const clock = options.clock ?? systemClock;
  const { rendered } = await renderStep({
    issues: options.issues,
    issuePrefix: options.issuePrefix,
    issue,
    templates: options.templates,
    settings: options.render,
    subscribers,
    runId: options.runId,
    now: new Date(clock.now()),
    log: options.log,
  });
  const test = await sendTestIssue(rendered, addresses, options.messages, options.transport, { ratePerSecond: options.ratePerSecond, clock, log: options.log });
  const report: DigestReport = {
    ...articlesReport(issue, options.runId, new Date(clock.now()), options.render.sizeBudgetBytes, null),
    html: htmlPart(rendered),
    subscribers: { valid: subscribers.valid.length, rejected: subscribers.rejected, duplicates: subscribers.duplicates, changedSinceFrozen: null },
  };
  return { report, rendered, delivery: null, subscribers, reusedIssue: reused, test };
}
