import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import type { ConfigKey } from '../../functions/config/config.js';
import { createLambdaContext, type LambdaContext } from '../../functions/lambda/lambda-context.js';
import { emulatorConfig, TEST_CREDENTIALS } from './aws.js';
import { RecordingLog } from './recording-log.js';

/** A Lambda cold start as the entry files do it, but on the emulators, with a recording logger and no process.env. */
export function emulatorLambdaContext(
  functionName: string,
  overrides: Partial<Record<ConfigKey, unknown>>,
): LambdaContext & { log: RecordingLog } {
  const base = emulatorConfig(overrides);
  const log = new RecordingLog();
  const context = createLambdaContext({
    functionName,
    env: {},
    overrides: { ...base },
    log,
    s3Overrides: { credentials: TEST_CREDENTIALS },
  });
  return { ...context, log };
}

/** A function URL request event, as Lambda delivers it. */
export function functionUrlEvent(options: {
  method: string;
  url: string;
  body?: string;
  contentType?: string;
  base64?: boolean;
}): APIGatewayProxyEventV2 {
  const url = new URL(options.url);
  const query = Object.fromEntries(url.searchParams);
  const body = options.body === undefined ? undefined : options.base64 ? Buffer.from(options.body).toString('base64') : options.body;
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: url.pathname,
    rawQueryString: url.search.slice(1),
    headers: { host: url.host, ...(options.contentType ? { 'content-type': options.contentType } : {}) },
    ...(Object.keys(query).length > 0 ? { queryStringParameters: query } : {}),
    requestContext: {
      accountId: 'anonymous',
      apiId: 'url-id',
      domainName: url.host,
      domainPrefix: 'url-id',
      http: { method: options.method, path: url.pathname, protocol: 'HTTP/1.1', sourceIp: '192.0.2.10', userAgent: 'test' },
      requestId: 'request-id',
      routeKey: '$default',
      stage: '$default',
      time: '01/Mar/2026:10:00:00 +0000',
      timeEpoch: 1_772_359_200_000,
    },
    ...(body === undefined ? {} : { body }),
    isBase64Encoded: options.base64 ?? false,
  };
}

/** The slice of the Lambda context the handlers use: the time left before the platform stops them. */
export function lambdaInvocation(remainingMs = 60_000, functionName = 'test'): Context {
  const deadline = Date.now() + remainingMs;
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:us-east-1:123456789012:function:${functionName}`,
    memoryLimitInMB: '1024',
    awsRequestId: 'request-id',
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: 'stream',
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: () => {},
    fail: () => {},
    succeed: () => {},
  };
}
