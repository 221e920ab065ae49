/** Lambda entry (state machine): the day's articles → issues/<date>/issue.json. */
import { createCollectHandler } from './lambda/collect.js';
import { createLambdaContext } from './lambda/lambda-context.js';

export const handler = createCollectHandler(createLambdaContext({ functionName: 'collect' }));
