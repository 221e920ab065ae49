import type { Context } from 'aws-lambda';
import type { SummarizeEvent } from '../events.js';
import { summarizeStep } from '../core/pipeline/summarize-step.js';
import { issueKey } from '../core/pipeline/issue-layout.js';
import { issuePrefix, requireDate, requireRunId } from './bucket-layout.js';
import { beginInvocation, type LambdaContext } from './lambda-context.js';

export interface SummarizeResult {
  date: string;
  runId: string;
  reportKey: string;
  recipients: number;
  sent: number;
  failed: number;
  suppressed: number;
  pending: number;
  inFlight: number;
}

/** After the Distributed Map: every slice's ledger → the `messages` part of `report.json`. */
export function createSummarizeHandler(context: LambdaContext) {
  const { config, store, log } = context;
  return async (event: SummarizeEvent, lambdaContext?: Context): Promise<SummarizeResult> => {
    const date = requireDate(event?.date);
    const runId = requireRunId(event.runId);
    beginInvocation(log, lambdaContext, { date, runId });
    const prefix = issuePrefix(date);
    const { status } = await summarizeStep({
      store,
      issuePrefix: prefix,
      runId,
      now: new Date(),
      budgetBytes: config.sizeBudgetBytes,
      transport: 'ses',
      ratePerSecond: config.sendRate ?? null,
      log,
    });
    const result = {
      date,
      runId,
      reportKey: issueKey(prefix, 'report'),
      recipients: status.recipients,
      sent: status.sent,
      failed: status.failed.length,
      suppressed: status.suppressed,
      pending: status.pending,
      inFlight: status.inFlight,
    };
    log.info('Summarized', { ...result });
    return result;
  };
}
