import { sendTestIssue } from '../delivery/send-test-issue.js';
import type { TestSendOutcome } from '../delivery/send-test-messages.js';
import { DigestError, errorMessage } from '../errors.js';
import { collectIssue } from '../issue/collect-issue.js';
import type { Issue } from '../issue/issue.js';
import type { MessageSettings } from '../messages/build-messages.js';
import { articlesReport, htmlPart, type DigestReport } from '../pipeline/digest-report.js';
import type { Clock, Log, MailTransport, ObjectStore } from '../ports.js';
import { silentLog, systemClock } from '../ports.js';
import type { CompiledTemplates } from '../render/digest-templates.js';
import { renderDigest, type RenderedDigest, type RenderSettings } from '../render/render-digest.js';
import { parseSubscribers, type SubscriberList } from '../subscribers/parse-subscribers.js';
import type { Subscriber } from '../subscribers/subscriber.js';
import { personalise, sampleSubscriber } from './personalise.js';

/**
 * What the preview shows, rebuilt whenever an article, a template or the
 * subscriber list changes: the issue collected and rendered exactly as a run
 * would, but in memory. The preview never writes the day's files (issue.json,
 * rendered.json, recipients.csv, the ledger) and never sends to subscribers;
 * its one side effect is a test send to the editors' addresses.
 */

export interface PreviewSources {
  date: string;
  articles: ObjectStore;
  articlesPrefix: string;
  /** Read again on every rebuild. */
  subscribersCsv: () => Promise<Buffer>;
  /** Compiled again on every rebuild, so an edited template shows at once. */
  templates: () => Promise<CompiledTemplates>;
  render: RenderSettings & { unsubscribeUrl: string };
  messages: MessageSettings;
}

export interface PreviewSessionOptions {
  sources: PreviewSources;
  /** Where "Send a test" goes: the outbox locally, SES with --ses. */
  transport: MailTransport;
  testRecipients: readonly string[];
  clock?: Clock;
  log?: Log;
}

export interface PreviewError {
  /** Which stage failed: reading the articles, the subscriber list, the templates, or rendering. */
  stage: 'articles' | 'subscribers' | 'templates' | 'render';
  name: string;
  message: string;
}

export interface PreviewSnapshot {
  /** Grows with every rebuild; the page reloads when it changes. */
  version: number;
  builtAt: string;
  date: string;
  error: PreviewError | null;
  issue: Issue | null;
  rendered: RenderedDigest | null;
  report: DigestReport | null;
  subscribers: SubscriberList | null;
}

export interface PreviewTestResult extends TestSendOutcome {
  transport: string;
}

export class PreviewSession {
  private current: PreviewSnapshot;
  private building: Promise<PreviewSnapshot> | null = null;
  private again = false;
  private readonly listeners = new Set<(snapshot: PreviewSnapshot) => void>();
  private readonly clock: Clock;
  private readonly log: Log;

  constructor(private readonly options: PreviewSessionOptions) {
    this.clock = options.clock ?? systemClock;
    this.log = options.log ?? silentLog;
    this.current = { version: 0, builtAt: new Date(this.clock.now()).toISOString(), date: options.sources.date, error: null, issue: null, rendered: null, report: null, subscribers: null };
  }

  get snapshot(): PreviewSnapshot {
    return this.current;
  }

  get testRecipients(): readonly string[] {
    return this.options.testRecipients;
  }

  get transportName(): string {
    return this.options.transport.name;
  }

  /** Called with each new snapshot; returns the unsubscribe function. */
  onChange(listener: (snapshot: PreviewSnapshot) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Rebuilds from the sources. Changes that arrive during a rebuild are
   * coalesced into one more rebuild, so a burst of saves renders twice at most.
   * Never throws: a failure becomes the snapshot's `error`.
   */
  rebuild(): Promise<PreviewSnapshot> {
    if (this.building) {
      this.again = true;
      return this.building;
    }
    this.building = (async () => {
      let snapshot: PreviewSnapshot;
      do {
        this.again = false;
        snapshot = await this.build(this.current.version + 1);
        this.current = snapshot;
      } while (this.again);
      this.building = null;
      for (const listener of this.listeners) listener(snapshot);
      return snapshot;
    })();
    return this.building;
  }

  /** The subscriber the page asked for, or the sample reader. */
  subscriber(email: string | undefined): Subscriber {
    const list = this.current.subscribers;
    const wanted = email?.trim().toLowerCase();
    const found = wanted ? list?.valid.find((subscriber) => subscriber.email.toLowerCase() === wanted) : undefined;
    return found ?? sampleSubscriber(list?.columns ?? []);
  }

  /** The current email for one subscriber, or null while it does not render. */
  personalised(email: string | undefined): { html: string; text: string; subscriber: Subscriber } | null {
    const rendered = this.current.rendered;
    if (!rendered) return null;
    const subscriber = this.subscriber(email);
    return { ...personalise(rendered, subscriber, this.options.sources.messages), subscriber };
  }

  /** "Send a test": the current rendering to the editors' addresses, as `digest run --test-to` sends it. */
  async sendTest(): Promise<PreviewTestResult> {
    const rendered = this.current.rendered;
    if (!rendered) throw new PreviewNotReadyError(this.current.error ? `The issue does not render: ${this.current.error.message}` : 'The issue has not rendered yet');
    const outcome = await sendTestIssue(rendered, this.options.testRecipients, this.options.sources.messages, this.options.transport, { clock: this.clock, log: this.log });
    return { ...outcome, transport: this.options.transport.name };
  }

  private async build(version: number): Promise<PreviewSnapshot> {
    const { sources } = this.options;
    const now = new Date(this.clock.now());
    const snapshot: PreviewSnapshot = { version, builtAt: now.toISOString(), date: sources.date, error: null, issue: null, rendered: null, report: null, subscribers: null };
    const fail = (stage: PreviewError['stage'], error: unknown): PreviewSnapshot => {
      snapshot.error = { stage, name: error instanceof Error ? error.name : 'Error', message: errorMessage(error) };
      this.log.warn('preview rebuild failed', { stage, error: snapshot.error.message });
      return snapshot;
    };
    const runId = `preview-${version}`;
    try {
      snapshot.issue = await collectIssue({ store: sources.articles, prefix: sources.articlesPrefix, date: sources.date, runId, log: this.log, clock: this.clock });
    } catch (error) {
      return fail('articles', error);
    }
    try {
      snapshot.subscribers = parseSubscribers(await sources.subscribersCsv());
    } catch (error) {
      return fail('subscribers', error);
    }
    const issue = snapshot.issue;
    // The report a run would write at this point: the articles, the list and, once rendered, the size.
    const report = (nothingToSend: string | null = null): DigestReport => {
      const built = articlesReport(issue, runId, now, sources.render.sizeBudgetBytes, nothingToSend);
      if (snapshot.rendered) built.html = htmlPart(snapshot.rendered);
      const list = snapshot.subscribers;
      if (list) built.subscribers = { valid: list.valid.length, rejected: list.rejected, duplicates: list.duplicates, changedSinceFrozen: null };
      return built;
    };
    if (issue.articles.length === 0) {
      const nothingToSend = issue.skipped.length > 0 ? `no usable article for ${sources.date}: all ${issue.skipped.length} file(s) were skipped` : `no article files for ${sources.date}`;
      snapshot.report = report(nothingToSend);
      return fail('articles', new Error(nothingToSend));
    }
    snapshot.report = report();
    let templates: CompiledTemplates;
    try {
      templates = await sources.templates();
    } catch (error) {
      return fail('templates', error);
    }
    try {
      snapshot.rendered = await renderDigest(issue, templates, sources.render, { columns: snapshot.subscribers.columns });
    } catch (error) {
      return fail('render', error);
    }
    snapshot.report = report();
    return snapshot;
  }
}

/** "Send a test" was asked for while the issue does not render. */
export class PreviewNotReadyError extends DigestError {}
