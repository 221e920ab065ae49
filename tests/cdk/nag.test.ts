import { Validations } from 'aws-cdk-lib';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { AwsSolutionsChecks } from 'cdk-nag';
import { describe, expect, it } from 'vitest';
import { build } from './support.js';

/** Synthesizes with AwsSolutionsChecks as cdk/app.ts does; returns the error, if any. */
function synthWithNag(mutate?: (built: ReturnType<typeof build>) => void, context: Record<string, unknown> = {}): { error?: Error } {
  const built = build(context);
  mutate?.(built);
  Validations.of(built.app).addPlugins(new AwsSolutionsChecks(built.app));
  try {
    built.app.synth({ force: true, validateOnSynthesis: true });
    return {};
  } catch (error) {
    return { error: error as Error };
  }
}

describe('cdk-nag AwsSolutionsChecks', () => {
  it('reports no finding that is neither fixed nor acknowledged with a reason', () => {
    const { error } = synthWithNag();
    expect(error?.message).toBeUndefined();
  });

  it('stays clean with the operations options set: an adopted HMAC secret, a named configuration set, another reservation', () => {
    const { error } = synthWithNag(undefined, {
      hmacSecretArn: 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:HmacSecretA1B2C3-d4E5f6',
      configurationSetName: 'staging-digest',
      unsubscribeReservedConcurrency: 50,
    });
    expect(error?.message).toBeUndefined();
  });

  it('is really checking: an unencrypted queue without TLS enforcement fails the synth', () => {
    const { error } = synthWithNag(({ stack }) => {
      new sqs.Queue(stack, 'Careless', { encryption: sqs.QueueEncryption.UNENCRYPTED });
    });
    expect(error?.message).toMatch(/AwsSolutions-SQS2/);
    expect(error?.message).toMatch(/AwsSolutions-SQS4/);
    expect(error?.message).not.toMatch(/DigestStack\/(?!Careless)/);
  });

  it('records every acknowledgement with a reason', () => {
    const { stack } = build({});
    const acknowledged = stack.node
      .findAll()
      .flatMap((construct) => construct.node.metadata.filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY))
      .flatMap((entry) => Object.entries(entry.data as Record<string, string>));
    expect(acknowledged.length).toBeGreaterThan(10);
    for (const [id, reason] of acknowledged) {
      expect(id).toMatch(/AwsSolutions-[A-Z]+\d+/);
      expect(reason.split(/\s+/).length, id).toBeGreaterThanOrEqual(8);
    }
  });
});
