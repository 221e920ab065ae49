/** Lambda entry (SNS): SES bounce and complaint notifications → suppression list. */
import { createLambdaContext } from './lambda/lambda-context.js';
import { createFeedbackHandler } from './lambda/feedback.js';

export const handler = createFeedbackHandler(createLambdaContext({ functionName: 'feedback' }));
