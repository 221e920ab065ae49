import type { DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import type { SESClientConfig } from '@aws-sdk/client-ses';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { createDynamoDbClient, createSesClient } from '../adapters/aws-clients.js';
import { DynamoDbSubscriberStore } from '../adapters/dynamodb-subscriber-store.js';
import { SesTransport } from '../adapters/ses-transport.js';
import { ENV } from '../config/env-names.js';
import { ConfigError } from '../core/errors.js';
import type { MailTransport } from '../core/ports.js';
import { handleSignupRequest, type SignupHttpDependencies } from '../core/subscribers/signup-http.js';
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
  if (!config.signupUrl) throw new ConfigError(`${ENV.signupUrl} is required by the ${options.functionName} function (the confirmation links point to it)`);
  const subscribers = new DynamoDbSubscriberStore({ client: createDynamoDbClient(config, options.dynamodbOverrides), tableName: config.subscribersTable });
  const transport = new SesTransport({ client: createSesClient(config, options.sesOverrides), configurationSet: config.sesConfigurationSet, log });
  return { ...context, subscribers, transport };
}

export function createSignupHandler(context: SignupContext) {
  const { config, store, log, subscribers, transport } = context;
  return async (event: APIGatewayProxyEventV2, lambdaContext?: Context): Promise<APIGatewayProxyStructuredResultV2> => {
    beginInvocation(log, lambdaContext, {});
    const raw = event.body ?? '';
    const deps: SignupHttpDependencies = {
      subscribers,
      suppressions: store,
      attempts: subscribers,
      transport,
      settings: { ...config, signupUrl: config.signupUrl!, hmacSecret: await context.hmacSecret(), fields: config.signupFields },
      allowedOrigins: config.signupOrigins,
      log,
    };
    const response = await handleSignupRequest(deps, {
      method: event.requestContext?.http?.method ?? 'GET',
      path: event.rawPath ?? '/',
      query: event.queryStringParameters ?? {},
      headers: lowerCaseHeaders(event.headers),
      // Function URLs base64-encode bodies whose content type they do not consider text.
      body: event.isBase64Encoded ? Buffer.from(raw, 'base64').toString('utf8') : raw,
      sourceIp: event.requestContext?.http?.sourceIp,
    });
    log.info('Sign-up request', { outcome: response.outcome, statusCode: response.statusCode });
    return { statusCode: response.statusCode, headers: response.headers, body: response.body };
  };
}

function lowerCaseHeaders(headers: APIGatewayProxyEventV2['headers'] | undefined): Record<string, string | undefined> {
  const lowered: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(headers ?? {})) lowered[name.toLowerCase()] = value;
  return lowered;
}
