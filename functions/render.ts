/** Lambda entry (state machine): issue.json → rendered digest, previews and the recipients snapshot. */
import { createLambdaContext } from './lambda/lambda-context.js';
import { createRenderContext, createRenderHandler, defaultTemplatesDir } from './lambda/render.js';

export const handler = createRenderHandler(createRenderContext(createLambdaContext({ functionName: 'render' })), { templatesDir: defaultTemplatesDir() });
