import type { SESClientConfig } from '@aws-sdk/client-ses';
import type { Context } from 'aws-lambda';
import { issueKey, issuePrefix } from '../contracts/bucket-layout.js';
import { sendSliceEvent, sendTestEvent, type SendSliceEvent, type SendTestEvent } from '../contracts/step-events.js';
import type { SendResult } from '../contracts/step-results.js';
import { renderedFile } from '../contracts/rendered-file.js';
import { createSesClient } from '../adapters/aws-clients.js';
import { SesTransport } from '../adapters/ses-transport.js';
import { DigestError } from '../core/errors.js';
import type { DeliverSliceOptions, DeliveryOutcome } from '../core/delivery/deliver-slice.js';
import { systemClock, type Clock, type MailTransport } from '../core/ports.js';
import { LedgerCorruptionError } from '../core/delivery/delivery-errors.js';
import { unreadableLedgerMessage } from '../core/delivery/delivery-ledger.js';
import { parseStoredJson } from '../core/pipeline/frozen-issue-file.js';
import { addressProblem } from '../core/subscribers/email-address.js';
// Not from ./render.js: that would pull MJML into the send bundle.
import { beginInvocation, InvalidEventError, MissingInputError, parseEvent, type LambdaContext } from './lambda-context.js';

/**
 * Stops sending this long before Lambda's deadline: room for the sends in
 * flight (SES request timeout), the final ledger write and the slice summary.
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
  /** The engine's clock (bench:scale runs the handler on a virtual one). */
  clock?: Clock;
}

/**
 * The Send state: one Distributed Map child (`SendSliceEvent`, one slice of
 * the frozen list) or the test branch (`SendTestEvent`). Parses the event and
 * calls the send-slice step; fails the invocation only when a retry can help.
 */
export function createSendHandler(context: SendContext, options: SendHandlerOptions = {}) {
  const { config, store, log, transport } = context;
  const margin = options.deadlineMarginMs ?? DEADLINE_MARGIN_MS;
  const clock = options.clock ?? systemClock;
  return async (event: unknown, lambdaContext?: Context): Promise<SendResult> => {
    const input = parseSendEvent(event);
    beginInvocation(log, lambdaContext, { date: input.date, runId: input.runId });
    const prefix = issuePrefix(input.date);

    const renderedBytes = await store.get(issueKey(prefix, 'rendered'));
    if (!renderedBytes) throw new MissingInputError(`No rendered issue at ${store.locate(issueKey(prefix, 'rendered'))}: run collect and render first`);
    const rendered = parseStoredJson(store, issueKey(prefix, 'rendered'), renderedBytes, renderedFile);
    // The delivery engine and nodemailer load on the first invocation, not at cold start (bench:cold).
    const { createMessageFactory, sendTestMessages, CLOUD_LEDGER_CADENCE, sendSliceStep } = await import('./send-steps.js');
    const buildMessage = await createMessageFactory(
      rendered,
      { ...config, hmacSecret: await context.hmacSecret() },
      { test: 'testTo' in input },
    );

    if ('testTo' in input) {
      const outcome = await sendTestMessages(input.testTo, buildMessage, transport, { log, clock });
      return { sliceId: 'test', sent: outcome.sent.length, alreadySent: 0, failed: outcome.failed.length, suppressed: 0, pending: 0, stoppedBecause: null };
    }

    const { outcome } = await sendSliceStep({
      issues: store,
      issuePrefix: prefix,
      suppressions: store,
      runId: input.runId,
      slice: input.slice,
      buildMessage,
      transport,
      ratePerSecond: config.sendRate,
      workers: input.workers,
      concurrency: config.sendConcurrency,
      deadline: lambdaContext ? clock.now() + lambdaContext.getRemainingTimeInMillis() - margin : undefined,
      clock,
      log,
      retry: options.retry,
      ledgerCadence: CLOUD_LEDGER_CADENCE,
    });
    // In the cloud there is no --force: the bucket is versioned, and the error names the object to restore.
    if (outcome.stoppedBecause === 'ledger-unreadable') throw new LedgerCorruptionError(unreadableLedgerMessage(outcome.unreadableSegments, 'cloud'));
    const result: SendResult = {
      sliceId: outcome.sliceId,
      sent: outcome.sent,
      alreadySent: outcome.alreadySent,
      failed: outcome.failed.length,
      suppressed: outcome.suppressed,
      pending: outcome.pending,
      stoppedBecause: outcome.stoppedBecause,
    };
    const incomplete = incompleteBecause(outcome);
    if (incomplete) {
      log.warn('Slice incomplete; failing the invocation so it is retried', { ...result, because: incomplete });
      throw new SliceIncompleteError(`Slice ${outcome.sliceId} incomplete (${incomplete}): ${outcome.pending} pending of ${outcome.total}`);
    }
    return result;
  };
}

/** A Map child (`SendSliceEvent`) or, when it carries `testTo`, the test branch (`SendTestEvent`). */
function parseSendEvent(event: unknown): SendSliceEvent | SendTestEvent {
  if (typeof event !== 'object' || event === null || !('testTo' in event)) return parseEvent(sendSliceEvent, event, 'SendSliceEvent');
  const input = parseEvent(sendTestEvent, event, 'SendTestEvent');
  const testTo = input.testTo.map((address) => address.trim());
  const bad = testTo.findIndex((address) => addressProblem(address) !== null);
  if (bad >= 0) throw new InvalidEventError(`Invalid SendTestEvent: "testTo[${bad}]": ${addressProblem(testTo[bad]!)}`);
  return { ...input, testTo };
}

/**
 * A retry can finish what a deadline, a held lock or used-up retries left.
 * A sender-side error or a spent quota cannot: the slice returns normally,
 * its recipients pending and the reason in its summary, so the Map does not
 * knock on SES again; summarize reports it and the pending alarm fires.
 */
function incompleteBecause(outcome: DeliveryOutcome): string | null {
  if (outcome.stoppedBecause === 'deadline' || outcome.stoppedBecause === 'lock-held') return outcome.stoppedBecause;
  if (outcome.stoppedBecause === null && outcome.pending > 0) return 'retries used up';
  return null;
}
