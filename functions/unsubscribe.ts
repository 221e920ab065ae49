/** Lambda entry (function URL): the unsubscribe page and RFC 8058 one-click endpoint. */
import { createLambdaContext } from './lambda/lambda-context.js';
import { createUnsubscribeHandler } from './lambda/unsubscribe.js';

export const handler = createUnsubscribeHandler(createLambdaContext({ functionName: 'unsubscribe' }));
