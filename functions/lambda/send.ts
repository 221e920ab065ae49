import { createHash } from 'node:crypto';
import type { SESClientConfig } from '@aws-sdk/client-ses';
import type { Context } from 'aws-lambda';
import type { RecipientItem, SendBatchEvent, SendEvent, SendResult } from '../events.js';
import { createSesClient } from '../adapters/aws-clients.js';
import { SesTransport } from '../adapters/ses-transport.js';
import { DigestError } from '../core/errors.js';
import { deliverSlice, type DeliverSliceOptions, type DeliveryOutcome } from '../core/delivery/deliver-slice.js';
import { LedgerCorruptionError } from '../core/delivery/delivery-errors.js';
import { normalizeAddress, unreadableLedgerMessage } from '../core/delivery/delivery-ledger.js';
import { sendTestMessages } from '../core/delivery/send-test-messages.js';
import { createMessageFactory } from '../core/messages/build-messages.js';
import { parseStoredJson } from '../core/pipeline/frozen-issue-file.js';
import { issueKey } from '../core/pipeline/issue-layout.js';
import { readRecipients } from '../core/pipeline/recipients-snapshot.js';
import type { MailTransport } from '../core/ports.js';
import type { RenderedDigest } from '../core/render/render-digest.js';
import { addressProblem } from '../core/subscribers/parse-subscribers.js';
import type { Subscriber } from '../core/subscribers/subscriber.js';
import { loadSuppressedHashes } from '../core/suppressions.js';
import { issuePrefix, requireDate, requireRunId } from './bucket-layout.js';
// Not from ./render.js: that would pull MJML into the send bundle.
import { beginInvocation, InvalidEventError, MissingInputError, type LambdaContext } from './lambda-context.js';

/**
 * Stops sending this long before Lambda's deadline: room for the sends in
 * flight (SES request timeout) and the final ledger write.
 */
export const DEADLINE_MARGIN_MS = 20_000;

/** The slice was not finished (deadline, another worker holds it, retries used up): fail so Step Functions retries; the ledger resumes it. */
export class SliceIncompleteError extends DigestError {}

export interface SendContext extends LambdaContext {
  transport: MailTransport;
}

/** Adds the SES transport (one client per cold start) to the shared context. */
export function createSendContext(base: LambdaContext, sesOverrides: Partial<SESClientConfig> = {}): SendContext {
  const client = createSesClient(base.config, sesOverrides);
  return { ...base, transport: new SesTransport({ client, configurationSet: base.config.sesConfigurationSet, log: base.log }) };
}

export interface SendHandlerOptions {
  deadlineMarginMs?: number;
  /** Passed to the delivery engine (tests shorten the backoff). */
  retry?: DeliverSliceOptions['retry'];
}

interface SendInput {
  date: string;
  runId: string;
  workers: number;
  items?: RecipientItem[];
  offset?: number;
  count?: number;
  testTo?: string[];
}

/**
 * One send worker: a Distributed Map batch (`{ Items, BatchInput }`), an
 * offset/count range of the recipients snapshot, or a test send (`testTo`).
 * Sends at `DIGEST_SEND_RATE / workers` so concurrent workers share the
 * account's quota, and stops before the Lambda deadline.
 */
export function createSendHandler(context: SendContext, options: SendHandlerOptions = {}) {
  const { config, store, log, transport } = context;
  const margin = options.deadlineMarginMs ?? DEADLINE_MARGIN_MS;
  return async (event: SendEvent | SendBatchEvent, lambdaContext?: Context): Promise<SendResult> => {
    const input = normalizeEvent(event);
    beginInvocation(log, lambdaContext, { date: input.date, runId: input.runId });
    const prefix = issuePrefix(input.date);

    const renderedBytes = await store.get(issueKey(prefix, 'rendered'));
    if (!renderedBytes) throw new MissingInputError(`No rendered issue at ${store.locate(issueKey(prefix, 'rendered'))}: run collect and render first`);
    const rendered = parseStoredJson<RenderedDigest>(store, issueKey(prefix, 'rendered'), renderedBytes);
    const buildMessage = await createMessageFactory(
      rendered,
      {
        from: config.from,
        replyTo: config.replyTo,
        listId: config.listId,
        listName: config.listName,
        unsubscribeUrl: config.unsubscribeUrl,
        unsubscribeMailto: config.unsubscribeMailto,
        hmacSecret: await context.hmacSecret(),
      },
      { test: input.testTo !== undefined },
    );

    if (input.testTo) {
      const outcome = await sendTestMessages(input.testTo, buildMessage, transport, { log });
      return { sliceId: 'test', sent: outcome.sent.length, alreadySent: 0, failed: outcome.failed.length, suppressed: 0, pending: 0, stoppedBecause: null };
    }

    const { recipients, invalid } = input.items
      ? subscribersFromItems(input.items)
      : { recipients: await rangeOfSnapshot(store, prefix, input), invalid: [] };
    if (invalid.length > 0) log.warn('Batch items refused', { invalid });
    const sliceId = input.items ? itemsSliceId(recipients) : `range-${input.offset ?? 0}-${(input.offset ?? 0) + recipients.length}`;
    const deadline = lambdaContext ? Date.now() + lambdaContext.getRemainingTimeInMillis() - margin : undefined;

    const outcome = await deliverSlice({
      store,
      issuePrefix: prefix,
      sliceId,
      runId: input.runId,
      recipients,
      buildMessage,
      transport,
      suppressedHashes: await loadSuppressedHashes(store),
      ratePerSecond: config.sendRate,
      concurrency: config.sendConcurrency,
      workers: input.workers,
      deadline,
      log,
      retry: options.retry,
    });
    // In the cloud there is no --force: the bucket is versioned, and the error names the object to restore.
    if (outcome.stoppedBecause === 'ledger-unreadable') throw new LedgerCorruptionError(unreadableLedgerMessage(outcome.unreadableSegments, 'cloud'));
    const result = toResult(outcome, invalid.length);
    const incomplete = incompleteBecause(outcome);
    if (incomplete) {
      log.warn('Slice incomplete; failing the invocation so it is retried', { ...result, because: incomplete });
      throw new SliceIncompleteError(`Slice ${sliceId} incomplete (${incomplete}): ${outcome.pending} pending of ${outcome.total}`);
    }
    return result;
  };
}

function normalizeEvent(event: SendEvent | SendBatchEvent): SendInput {
  if (typeof event !== 'object' || event === null) throw new InvalidEventError('Expected a SendEvent or a SendBatchEvent');
  const flat: SendEvent = 'Items' in event ? { ...event.BatchInput, items: event.Items } : event;
  const input: SendInput = { date: requireDate(flat.date), runId: requireRunId(flat.runId), workers: 1 };
  if (flat.workers !== undefined) {
    if (!Number.isInteger(flat.workers) || flat.workers < 1) throw new InvalidEventError(`"workers" must be a positive integer, got ${JSON.stringify(flat.workers)}`);
    input.workers = flat.workers;
  }
  const given = [flat.items !== undefined, flat.offset !== undefined || flat.count !== undefined, flat.testTo !== undefined].filter(Boolean).length;
  if (given !== 1) throw new InvalidEventError('Give exactly one of "items", "offset"/"count" or "testTo"');
  if (flat.items !== undefined) {
    if (!Array.isArray(flat.items)) throw new InvalidEventError('"items" must be an array');
    input.items = flat.items;
  } else if (flat.testTo !== undefined) {
    if (!Array.isArray(flat.testTo) || flat.testTo.length === 0 || !flat.testTo.every((a) => typeof a === 'string' && addressProblem(a.trim()) === null)) {
      throw new InvalidEventError('"testTo" must be a non-empty list of valid addresses');
    }
    input.testTo = flat.testTo;
  } else {
    for (const [name, value] of [['offset', flat.offset], ['count', flat.count]] as const) {
      if (value !== undefined && (!Number.isInteger(value) || value < 0)) throw new InvalidEventError(`"${name}" must be a non-negative integer, got ${JSON.stringify(value)}`);
    }
    input.offset = flat.offset ?? 0;
    if (flat.count !== undefined) input.count = flat.count;
  }
  return input;
}

/** Map items come from the snapshot CSV, which render validated; they are checked again because they end up in headers. */
function subscribersFromItems(items: RecipientItem[]): { recipients: Subscriber[]; invalid: Array<{ index: number; reason: string }> } {
  const recipients: Subscriber[] = [];
  const invalid: Array<{ index: number; reason: string }> = [];
  items.forEach((item, index) => {
    const email = typeof item?.email === 'string' ? item.email.trim() : '';
    const problem = addressProblem(email);
    if (problem) {
      invalid.push({ index, reason: problem });
      return;
    }
    const fields: Record<string, string> = {};
    for (const [column, value] of Object.entries(item)) {
      if (column !== 'email' && column !== 'name' && typeof value === 'string') fields[column] = value.replace(/[\r\n\0]+/g, ' ');
    }
    recipients.push({ email, name: typeof item.name === 'string' ? item.name.replace(/[\r\n\0]+/g, ' ') : '', fields });
  });
  return { recipients, invalid };
}

async function rangeOfSnapshot(store: SendContext['store'], prefix: string, input: SendInput) {
  const { recipients } = await readRecipients(store, prefix);
  const offset = input.offset ?? 0;
  return recipients.slice(offset, input.count === undefined ? undefined : offset + input.count);
}

/** The same batch always gets the same slice id, so a retried or duplicated batch resumes its own ledger and lock. */
function itemsSliceId(recipients: Subscriber[]): string {
  const addresses = recipients.map((r) => normalizeAddress(r.email)).sort();
  return `batch-${createHash('sha256').update(addresses.join('\n')).digest('hex').slice(0, 24)}`;
}

function toResult(outcome: DeliveryOutcome, refused: number): SendResult {
  return {
    sliceId: outcome.sliceId,
    sent: outcome.sent,
    alreadySent: outcome.alreadySent,
    failed: outcome.failed.length + refused,
    suppressed: outcome.suppressed,
    pending: outcome.pending,
    stoppedBecause: outcome.stoppedBecause,
  };
}

/** Quota exhaustion is not retried here: it lasts until SES's 24-hour window moves; the report shows the pending count. */
function incompleteBecause(outcome: DeliveryOutcome): string | null {
  if (outcome.stoppedBecause === 'deadline' || outcome.stoppedBecause === 'lock-held') return outcome.stoppedBecause;
  if (outcome.stoppedBecause === null && outcome.pending > 0) return 'retries used up';
  return null;
}
