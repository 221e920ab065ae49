/** Lambda entry (state machine): every slice's ledger → issues/<date>/report.json. */
import { createLambdaContext } from './lambda/lambda-context.js';
import { createSummarizeHandler } from './lambda/summarize.js';

export const handler = createSummarizeHandler(createLambdaContext({ functionName: 'summarize' }));
