import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import type { Context } from 'aws-lambda';
import { createDynamoDbClient } from '../adapters/aws-clients.js';
import { issueKey, issuePrefix, SUBSCRIBERS_KEY } from '../contracts/bucket-layout.js';
import { renderEvent } from '../contracts/step-events.js';
import type { RenderResult } from '../contracts/step-results.js';
import { issueFile } from '../contracts/issue-file.js';
import { ConfigError } from '../core/errors.js';
import { planSend, sliceRowsFor } from '../core/delivery/send-plan.js';
import { parseStoredJson } from '../core/pipeline/frozen-issue-file.js';
import type { CompiledTemplates } from '../core/render/digest-templates.js';
import type { SubscriberStore } from '../core/subscribers/subscriber-store.js';
import { beginInvocation, MissingInputError, parseEvent, type LambdaContext } from './lambda-context.js';

export interface RenderContext extends LambdaContext {
  /** The subscriber table, when the stack has one (DIGEST_SUBSCRIBERS_TABLE); without it the list is `subscribers/subscribers.csv`. */
  subscribers?: () => Promise<SubscriberStore>;
}

/**
 * Adds the subscriber table (one DynamoDB client per cold start) to the shared
 * context when one is configured. The store's adapter (the document client,
 * the record schema) loads on first use, not at cold start (bench:cold).
 */
export function createRenderContext(base: LambdaContext, dynamodbOverrides: Partial<DynamoDBClientConfig> = {}): RenderContext {
  const tableName = base.config.subscribersTable;
  if (!tableName) return base;
  const client = createDynamoDbClient(base.config, dynamodbOverrides);
  let store: Promise<SubscriberStore> | undefined;
  const subscribers = () =>
    (store ??= import('./render-steps.js').then(({ DynamoDbSubscriberStore }) => new DynamoDbSubscriberStore({ client, tableName })));
  return { ...base, subscribers };
}

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
 * The Render state: `issue.json` → `rendered.json` and the previews; for a
 * real send (`freeze: true`) also the list → the frozen recipients and the
 * slice manifest the Distributed Map reads. The list is the subscriber
 * table's confirmed subscribers minus `suppressions/` (a parallel scan) when
 * the stack has the table, else `subscribers/subscribers.csv`. A test send
 * reads the same source: the previews need its columns.
 */
export function createRenderHandler(
  context: RenderContext,
  options: {
    templatesDir: string;
    /** Rows per slice, whatever the list's size; default: the send plan's for the configured rate (`sliceRowsFor`). */
    sliceRows?: number;
  },
) {
  const { config, store, log } = context;
  // Compiled on first use and kept for the life of the process.
  let templates: Promise<CompiledTemplates> | undefined;
  return async (event: unknown, lambdaContext?: Context): Promise<RenderResult> => {
    const { date, runId, freeze } = parseEvent(renderEvent, event, 'RenderEvent');
    beginInvocation(log, lambdaContext, { date, runId });
    const prefix = issuePrefix(date);

    const issueBytes = await store.get(issueKey(prefix, 'issue'));
    if (!issueBytes) throw new MissingInputError(`No collected issue at ${store.locate(issueKey(prefix, 'issue'))}: run collect first`);
    const issue = parseStoredJson(store, issueKey(prefix, 'issue'), issueBytes, issueFile);
    const csv = await readSubscriberList(context);
    // MJML, Handlebars, html-to-text and the language detector load on the first invocation, not at
    // cold start: their ≈ 3 MB would otherwise be read and parsed before the function can answer (bench:cold).
    const { compileTemplates, renderStep, publishArchiveIssue, parseSubscribers } = await import('./render-steps.js');
    templates ??= compileTemplates(options.templatesDir).catch((error: unknown) => {
      templates = undefined;
      throw error;
    });
    const compiled = await templates;
    const { rendered, frozen } = await renderStep({
      issues: store,
      issuePrefix: prefix,
      issue,
      templates: compiled,
      settings: config,
      subscribers: parseSubscribers(csv),
      ...(freeze
        ? { freeze: { sliceRows: (recipients: number) => options.sliceRows ?? sliceRowsFor(recipients, planSend(requireSendRate(config.sendRate))) } }
        : {}),
      runId,
      now: new Date(),
      log,
    });
    // A real send is frozen: publish the web page its emails link to before the Map sends the first one.
    if (frozen && config.archiveUrl) {
      await publishArchiveIssue({ store, issue, email: rendered, templates: compiled, settings: { ...config, archiveUrl: config.archiveUrl }, now: new Date(), log });
    }
    return {
      date,
      runId,
      htmlBytes: rendered.bytes,
      budgetBytes: rendered.budgetBytes,
      trimmed: rendered.trimmed,
      ...(frozen
        ? {
            manifestKey: frozen.snapshot.manifestKey,
            recipients: frozen.snapshot.rows,
            slices: frozen.snapshot.slices,
            changedSinceFrozen: frozen.reused ? frozen.changes : null,
          }
        : {}),
    };
  };
}

async function readSubscriberList({ store, subscribers, log }: RenderContext): Promise<Buffer> {
  if (subscribers) {
    const [table, { confirmedRecipientsCsv }] = await Promise.all([subscribers(), import('./render-steps.js')]);
    const { csv, count } = await confirmedRecipientsCsv(table, store);
    log.info('Read the subscriber table', { table: table.location, recipients: count });
    return csv;
  }
  const csv = await store.get(SUBSCRIBERS_KEY);
  if (!csv) throw new MissingInputError(`No subscriber list at ${store.locate(SUBSCRIBERS_KEY)}`);
  return csv;
}

/** The stack always sets the rate; slices are cut from it, so it cannot be guessed here. */
function requireSendRate(rate: number | undefined): number {
  if (rate === undefined) throw new ConfigError('DIGEST_SEND_RATE is required to cut the recipients into slices');
  return rate;
}
