/** Lambda entry (Distributed Map worker or test send): one slice of recipients → SES. */
import { createLambdaContext } from './lambda/lambda-context.js';
import { createSendContext, createSendHandler } from './lambda/send.js';

export const handler = createSendHandler(createSendContext(createLambdaContext({ functionName: 'send' })));
