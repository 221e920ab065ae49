import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { handleUnsubscribeRequest } from '../core/unsubscribe/handle-unsubscribe-request.js';
import { beginInvocation, type LambdaContext } from './lambda-context.js';

/** Lambda function URL → the unsubscribe core → an HTTP answer. */
export function createUnsubscribeHandler(context: LambdaContext) {
  const { config, store, log } = context;
  return async (event: APIGatewayProxyEventV2, lambdaContext?: Context): Promise<APIGatewayProxyStructuredResultV2> => {
    beginInvocation(log, lambdaContext, {});
    const raw = event.body ?? '';
    // Function URLs base64-encode bodies whose content type they do not consider text.
    const body = event.isBase64Encoded ? Buffer.from(raw, 'base64').toString('utf8') : raw;
    const response = await handleUnsubscribeRequest(
      { store, secret: await context.hmacSecret(), listId: config.listId, listName: config.listName, language: config.language, log },
      {
        method: event.requestContext?.http?.method ?? 'GET',
        query: event.queryStringParameters ?? {},
        contentType: headerValue(event.headers, 'content-type'),
        body,
      },
    );
    return { statusCode: response.statusCode, headers: response.headers, body: response.body };
  };
}

function headerValue(headers: APIGatewayProxyEventV2['headers'] | undefined, name: string): string | undefined {
  if (!headers) return undefined;
  // Function URLs lower-case header names; other front doors may not.
  const key = Object.keys(headers).find((candidate) => candidate.toLowerCase() === name);
  return key === undefined ? undefined : headers[key];
}
