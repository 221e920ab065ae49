import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Context } from 'aws-lambda';
import type { RenderEvent, RenderResult } from '../events.js';
import { ConfigError } from '../core/errors.js';
import type { Issue } from '../core/issue/issue.js';
import { buildReport, type DigestReport } from '../core/pipeline/digest-report.js';
import { parseStoredJson } from '../core/pipeline/frozen-issue-file.js';
import { issueKey } from '../core/pipeline/issue-layout.js';
import { snapshotRecipients } from '../core/pipeline/recipients-snapshot.js';
import { renderStep } from '../core/pipeline/render-step.js';
import { compileTemplates, type CompiledTemplates } from '../core/render/digest-templates.js';
import { parseSubscribers } from '../core/subscribers/parse-subscribers.js';
import { issuePrefix, requireDate, requireRunId, SUBSCRIBERS_KEY } from './bucket-layout.js';
import { beginInvocation, MissingInputError, type LambdaContext } from './lambda-context.js';

/**
 * Where `templates/` is: next to the bundle in Lambda (`/var/task/templates`,
 * copied there by cdk/constructs/digest-function.ts), at the project root
 * when running from source.
 */
export function defaultTemplatesDir(): string {
  const candidates = [new URL('./templates/', import.meta.url), new URL('../../templates/', import.meta.url)].map((url) => fileURLToPath(url));
  const found = candidates.find((dir) => existsSync(dir));
  if (!found) throw new ConfigError(`No templates folder; looked in ${candidates.join(', ')}`);
  return found;
}

/**
 * `issue.json` + `subscribers/subscribers.csv` → the recipients snapshot
 * (created once: repeated executions of the day share one list), then
 * `rendered.json` and the previews, and the size part of `report.json`.
 */
export function createRenderHandler(context: LambdaContext, options: { templatesDir: string }) {
  const { config, store, log } = context;
  // Compiled on first use and kept for the life of the process.
  let templates: Promise<CompiledTemplates> | undefined;
  return async (event: RenderEvent, lambdaContext?: Context): Promise<RenderResult> => {
    const date = requireDate(event?.date);
    const runId = requireRunId(event.runId);
    beginInvocation(log, lambdaContext, { date, runId });
    const prefix = issuePrefix(date);

    const issueBytes = await store.get(issueKey(prefix, 'issue'));
    if (!issueBytes) throw new MissingInputError(`No collected issue at ${store.locate(issueKey(prefix, 'issue'))}: run collect first`);
    const issue = parseStoredJson<Issue>(store, issueKey(prefix, 'issue'), issueBytes);
    const csv = await store.get(SUBSCRIBERS_KEY);
    if (!csv) throw new MissingInputError(`No subscriber list at ${store.locate(SUBSCRIBERS_KEY)}`);
    const subscribers = parseSubscribers(csv);
    if (subscribers.rejected.length > 0) log.warn('Subscriber rows rejected', { rejected: subscribers.rejected });

    const snapshot = await snapshotRecipients(store, prefix, subscribers);
    if (snapshot.reused) log.info('Using the recipients frozen when this issue was first rendered', { recipients: snapshot.recipients.length });

    templates ??= compileTemplates(options.templatesDir).catch((error: unknown) => {
      templates = undefined;
      throw error;
    });
    const { rendered, reused } = await renderStep({
      issues: store,
      issuePrefix: prefix,
      issue,
      templates: await templates,
      settings: {
        listName: config.listName,
        subjectPrefix: config.subjectPrefix,
        language: config.language,
        siteUrl: config.siteUrl,
        postalAddress: config.postalAddress,
        sizeBudgetBytes: config.sizeBudgetBytes,
        unsubscribeUrl: config.unsubscribeUrl,
      },
      columns: snapshot.columns,
      log,
    });
    // Once sending has started the report may already count messages; summarize keeps it current then.
    if (!reused) {
      const report = buildReport({ issue, runId, now: new Date(), budgetBytes: config.sizeBudgetBytes, rendered, subscribers });
      if (snapshot.reused) {
        // The list changed since the snapshot was taken; the report describes the list this issue goes to.
        const previous = await store.get(issueKey(prefix, 'report'));
        const kept = previous ? (JSON.parse(previous.toString('utf8')) as Partial<DigestReport>).subscribers : undefined;
        report.subscribers = kept ?? { valid: snapshot.recipients.length, rejected: [], duplicates: 0 };
      }
      await store.put(issueKey(prefix, 'report'), `${JSON.stringify(report, null, 2)}\n`, { contentType: 'application/json' });
    }

    return {
      date,
      runId,
      htmlBytes: rendered.bytes,
      budgetBytes: rendered.budgetBytes,
      trimmed: rendered.trimmed,
      recipientsKey: issueKey(prefix, 'recipients'),
      recipientCount: snapshot.recipients.length,
    };
  };
}
