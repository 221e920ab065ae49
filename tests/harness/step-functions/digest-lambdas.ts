import { inject } from 'vitest';
import type { ConfigKey } from '../../../functions/config/config.js';
import { ENV } from '../../../functions/config/env-names.js';
import { checkContract } from '../../../functions/contracts/contract-schema.js';
import { collectResult, renderResult, sendResult, summarizeResult } from '../../../functions/contracts/step-results.js';
import { createCollectHandler } from '../../../functions/lambda/collect.js';
import { createLambdaContext } from '../../../functions/lambda/lambda-context.js';
import { createRenderContext, createRenderHandler, defaultTemplatesDir } from '../../../functions/lambda/render.js';
import { createSendContext, createSendHandler } from '../../../functions/lambda/send.js';
import { createSummarizeHandler } from '../../../functions/lambda/summarize.js';
import { TEST_CREDENTIALS } from '../aws.js';
import { RecordingLog } from '../recording-log.js';
import type { LambdaHandler } from './lambda-service.js';
import type { SynthesizedMachine } from './synthesized-machine.js';

/**
 * The functions the state machine invokes, built the way their entry files
 * (`functions/<name>.ts`) build them at a cold start, from the environment the
 * synthesized stack gives each function, pointed at the emulators. Two things
 * differ from a deployed function, both because nothing here is AWS: the
 * configuration is local (no Secrets Manager: the development HMAC secret),
 * and the SES configuration set is the test file's own, which scopes its
 * fault injection and its view of the sent mail.
 */
export interface DigestLambdas {
  handlers: Record<string, LambdaHandler>;
  logs: Record<string, RecordingLog>;
}

export function digestLambdas(
  machine: SynthesizedMachine,
  options: { configurationSet: string; overrides?: Partial<Record<ConfigKey, unknown>> },
): DigestLambdas {
  const logs: Record<string, RecordingLog> = {};
  const context = (name: string) => {
    const fn = [...machine.functions.values()].find((candidate) => candidate.name === name);
    if (!fn) throw new Error(`the synthesized stack has no ${name} function`);
    // Production mode needs Secrets Manager; the emulators stand in for everything else.
    const { [ENV.environment]: _environment, [ENV.hmacSecretArn]: _secretArn, ...env } = fn.environment;
    const log = new RecordingLog();
    logs[name] = log;
    return createLambdaContext({
      functionName: name,
      env,
      overrides: {
        s3Endpoint: inject('s3Endpoint'),
        sesEndpoint: inject('sesEndpoint'),
        dynamodbEndpoint: inject('dynamodbEndpoint'),
        sesConfigurationSet: options.configurationSet,
        ...options.overrides,
      },
      log,
      s3Overrides: { credentials: TEST_CREDENTIALS },
    });
  };
  const handlers: Record<string, LambdaHandler> = {
    collect: keepingContract('collect', createCollectHandler(context('collect')), collectResult),
    // The stack gives render the subscriber table's name (its logical id here); the test passes its own table as `subscribersTable`.
    render: keepingContract(
      'render',
      createRenderHandler(createRenderContext(context('render'), { credentials: TEST_CREDENTIALS }), { templatesDir: defaultTemplatesDir() }),
      renderResult,
    ),
    // SES's own retry backoff shortened; the retry rules are the engine's.
    send: keepingContract(
      'send',
      createSendHandler(createSendContext(context('send'), { credentials: TEST_CREDENTIALS }), { retry: { baseDelayMs: 5, maxDelayMs: 40 } }),
      sendResult,
    ),
    summarize: keepingContract('summarize', createSummarizeHandler(context('summarize')), summarizeResult),
  };
  return { handlers, logs };
}

/**
 * Each result is checked against its contract (functions/contracts/step-events.ts)
 * on its way back to the machine: a handler that drifts from the contract the
 * machine's paths are built from fails the execution that caught it.
 */
function keepingContract(name: string, handler: LambdaHandler, schema: Parameters<typeof checkContract>[0]): LambdaHandler {
  return async (event, context) => {
    const result = await handler(event, context);
    const checked = checkContract(schema, result);
    if (!checked.ok) throw new Error(`The ${name} function's result breaks its contract: ${checked.problems}`);
    return result;
  };
}
