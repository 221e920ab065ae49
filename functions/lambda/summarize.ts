import type { Context } from 'aws-lambda';
import { issueKey, issuePrefix } from '../contracts/bucket-layout.js';
import { summarizeEvent } from '../contracts/step-events.js';
import type { SummarizeResult } from '../contracts/step-results.js';
import { summarizeStep } from '../core/pipeline/summarize-step.js';
import { beginInvocation, parseEvent, type LambdaContext } from './lambda-context.js';
import { runMetricsLine } from './run-metrics.js';

export interface SummarizeHandlerOptions {
  /** Where the metrics line goes; CloudWatch Logs reads the function's stdout. */
  writeMetrics?: (line: string) => void;
}

/** The Summarize state: the slices' summaries → the `messages` part of `report.json`, and the run's metrics. */
export function createSummarizeHandler(context: LambdaContext, options: SummarizeHandlerOptions = {}) {
  const { config, store, log } = context;
  const writeMetrics = options.writeMetrics ?? ((line: string) => process.stdout.write(`${line}\n`));
  return async (event: unknown, lambdaContext?: Context): Promise<SummarizeResult> => {
    const { date, runId } = parseEvent(summarizeEvent, event, 'SummarizeEvent');
    beginInvocation(log, lambdaContext, { date, runId });
    const prefix = issuePrefix(date);
    const { messages, recipients, unreportedSlices } = await summarizeStep({
      store,
      issuePrefix: prefix,
      runId,
      now: new Date(),
      budgetBytes: config.sizeBudgetBytes,
      transport: 'ses',
      ratePerSecond: config.sendRate ?? null,
      log,
    });
    if (lambdaContext) writeMetrics(runMetricsLine(lambdaContext.functionName, messages, Date.now()));
    const result: SummarizeResult = {
      date,
      runId,
      reportKey: issueKey(prefix, 'report'),
      recipients,
      sent: messages.sent,
      alreadySent: messages.alreadySent,
      failed: messages.failedCount,
      suppressed: messages.suppressed,
      pending: messages.pending,
      stoppedBecause: messages.stoppedBecause,
      slices: messages.slices.total,
      unreportedSlices: unreportedSlices.length,
    };
    if (messages.pending > 0) log.warn('The run ended with recipients pending', { ...result, stopReason: messages.stopReason });
    else log.info('Summarized', { ...result });
    return result;
  };
}
