import type { DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import type { SESClientConfig } from '@aws-sdk/client-ses';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { createDynamoDbClient, createSesClient } from '../adapters/aws-clients.js';
import { DynamoDbSubscriberStore } from '../adapters/dynamodb-subscriber-store.js';
import { SesTransport } from '../adapters/ses-transport.js';
import { ENV } from '../config/env-names.js';
import { ConfigError } from '../core/errors.js';
import type { Clock, MailTransport } from '../core/ports.js';
import type { SignupHttpDependencies } from '../core/subscribers/signup-http.js';
import { beginInvocation, createLambdaContext, type LambdaContext, type LambdaContextOptions } from './lambda-context.js';

/**
 * Lambda function URL → the sign-up core → an HTTP answer. The context adds
 * to the shared one the subscriber table (which also holds the rate-limit
 * counters) and the SES transport with the stack's configuration set, so
 * bounces of confirmation emails reach the feedback function like any other.
 */

export interface SignupContext extends LambdaContext {
  subscribers: DynamoDbSubscriberStore;
  transport: MailTransport;
}

export interface SignupContextOptions extends LambdaContextOptions {
  dynamodbOverrides?: Partial<DynamoDBClientConfig>;
  sesOverrides?: Partial<SESClientConfig>;
}

export function createSignupContext(options: SignupContextOptions): SignupContext {
  const context = createLambdaContext(options);
  const { config, log } = context;
  if (!config.subscribersTable) throw new ConfigError(`${ENV.subscribersTable} is required by the ${options.functionName} function`);
  const subscribers = new DynamoDbSubscriberStore({ client: createDynamoDbClient(config, options.dynamodbOverrides), tableName: config.subscribersTable });
  const transport = new SesTransport({ client: createSesClient(config, options.sesOverrides), configurationSet: config.sesConfigurationSet, log });
  return { ...context, subscribers, transport };
}

export function createSignupHandler(context: SignupContext, options: { clock?: Clock } = {}) {
  const { config, store, log, subscribers, transport } = context;
  return async (event: APIGatewayProxyEventV2, lambdaContext?: Context): Promise<APIGatewayProxyStructuredResultV2> => {
    beginInvocation(log, lambdaContext, {});
    const raw = event.body ?? '';
    const headers = lowerCaseHeaders(event.headers);
    const deps: SignupHttpDependencies = {
      subscribers,
      suppressions: store,
      attempts: subscribers,
      transport,
      settings: { ...config, signupUrl: config.signupUrl ?? ownUrl(headers.host), hmacSecret: await context.hmacSecret(), fields: config.signupFields },
      allowedOrigins: config.signupOrigins,
      log,
      ...(options.clock ? { clock: options.clock } : {}),
    };
    // The form, the pages and the confirmation email (nodemailer) load on the first request, not at cold start (bench:cold).
    const { handleSignupRequest } = await import('../core/subscribers/signup-http.js');
    const response = await handleSignupRequest(deps, {
      method: event.requestContext?.http?.method ?? 'GET',
      path: event.rawPath ?? '/',
      query: event.queryStringParameters ?? {},
      headers,
      // Function URLs base64-encode bodies whose content type they do not consider text.
      body: event.isBase64Encoded ? Buffer.from(raw, 'base64').toString('utf8') : raw,
      sourceIp: event.requestContext?.http?.sourceIp,
    });
    log.info('Sign-up request', { outcome: response.outcome, statusCode: response.statusCode });
    return { statusCode: response.statusCode, headers: response.headers, body: response.body };
  };
}

/**
 * Without a configured public URL, confirmation links point back to the
 * function URL the request came to (the function cannot be given its own URL:
 * a CloudFormation cycle). Lambda routes function URLs by host, so a request
 * that reached this function carries this function's host.
 */
function ownUrl(host: string | undefined): string {
  if (!host || !/^[A-Za-z0-9.-]+(:\d+)?$/.test(host)) throw new ConfigError(`${ENV.signupUrl} is not set and the request has no usable Host header`);
  return `https://${host}/`;
}

function lowerCaseHeaders(headers: APIGatewayProxyEventV2['headers'] | undefined): Record<string, string | undefined> {
  const lowered: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(headers ?? {})) lowered[name.toLowerCase()] = value;
  return lowered;
}
