import type { MessagesPart } from '../core/pipeline/digest-report.js';

/**
 * The run's outcome as CloudWatch metrics, in the Embedded Metric Format: one
 * JSON line on stdout that CloudWatch Logs turns into metrics, so the
 * function needs no CloudWatch client and no `cloudwatch:PutMetricData`
 * grant. The stack's "recipients pending" alarm watches `RecipientsPending`
 * with the summarize function's name as the only dimension.
 */
export const METRICS_NAMESPACE = 'DailyDigest';
export const METRIC_NAMES = {
  sent: 'RecipientsSent',
  alreadySent: 'RecipientsAlreadySent',
  failed: 'RecipientsFailed',
  suppressed: 'RecipientsSuppressed',
  pending: 'RecipientsPending',
} as const;
export const METRICS_DIMENSION = 'FunctionName';

export function runMetricsLine(functionName: string, messages: MessagesPart, now: number): string {
  const values = {
    [METRIC_NAMES.sent]: messages.sent,
    [METRIC_NAMES.alreadySent]: messages.alreadySent,
    [METRIC_NAMES.failed]: messages.failedCount,
    [METRIC_NAMES.suppressed]: messages.suppressed,
    [METRIC_NAMES.pending]: messages.pending,
  };
  return JSON.stringify({
    _aws: {
      Timestamp: now,
      CloudWatchMetrics: [
        {
          Namespace: METRICS_NAMESPACE,
          Dimensions: [[METRICS_DIMENSION]],
          Metrics: Object.keys(values).map((name) => ({ Name: name, Unit: 'Count' })),
        },
      ],
    },
    [METRICS_DIMENSION]: functionName,
    ...values,
  });
}
