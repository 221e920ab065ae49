import type { Context, SNSEvent } from 'aws-lambda';
import { applySesNotification, MalformedNotificationError } from '../core/feedback/apply-ses-notification.js';
import { beginInvocation, InvalidEventError, type LambdaContext } from './lambda-context.js';

export interface FeedbackSummary {
  suppressed: number;
  ignored: number;
  rejected: number;
}

/**
 * SNS (SES bounce and complaint notifications) → the suppression list.
 * A malformed notification is logged with its reason and dropped: retrying
 * cannot fix it, and it must not hold back the others. Storage failures
 * propagate, so the platform retries the event (suppressions are idempotent).
 */
export function createFeedbackHandler(context: LambdaContext) {
  const { store, log } = context;
  return async (event: SNSEvent, lambdaContext?: Context): Promise<FeedbackSummary> => {
    beginInvocation(log, lambdaContext, {});
    if (!Array.isArray(event?.Records)) throw new InvalidEventError('Expected an SNS event with Records');
    const summary: FeedbackSummary = { suppressed: 0, ignored: 0, rejected: 0 };
    for (const record of event.Records) {
      const snsMessageId = record?.Sns?.MessageId;
      try {
        if (typeof record?.Sns?.Message !== 'string') throw new MalformedNotificationError('The SNS record has no Message');
        const outcome = await applySesNotification({ store, log }, record.Sns.Message);
        if (outcome.action === 'suppressed') summary.suppressed += outcome.suppressions.filter((s) => s.added).length;
        else summary.ignored += 1;
      } catch (error) {
        if (!(error instanceof MalformedNotificationError)) throw error;
        summary.rejected += 1;
        log.error('Rejected a malformed SES notification', { snsMessageId, reason: error.message });
      }
    }
    log.info('Feedback applied', { ...summary });
    return summary;
  };
}
