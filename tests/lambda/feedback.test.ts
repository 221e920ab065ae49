import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isSuppressed } from '../../functions/core/suppressions.js';
import { createFeedbackHandler } from '../../functions/lambda/feedback.js';
import { createTestBucket, testS3Client } from '../harness/aws.js';
import { emulatorLambdaContext } from '../harness/lambda.js';
import { sesBounce, sesComplaint, snsEvent } from '../fixtures/ses-notifications.js';
import type { SNSEvent } from 'aws-lambda';

const s3 = testS3Client();
let bucket: string;
beforeAll(async () => {
  bucket = await createTestBucket(s3, 'feedback');
});
afterAll(() => s3.destroy());

describe('feedback function over the S3 emulator', () => {
  it('suppresses hard bounces and complaints, not soft bounces, and rejects a malformed record with a logged reason', async () => {
    const context = emulatorLambdaContext('feedback', { bucket });
    const handler = createFeedbackHandler(context);
    const summary = await handler(
      snsEvent(
        sesBounce('Permanent', ['hard@example.com']),
        sesBounce('Transient', ['soft@example.com']),
        '{"notificationType": "Bounce"',
        sesComplaint(['complainer@example.com']),
      ),
    );
    expect(summary).toEqual({ suppressed: 2, ignored: 1, rejected: 1 });
    expect(await isSuppressed(context.store, 'hard@example.com')).toBe(true);
    expect(await isSuppressed(context.store, 'complainer@example.com')).toBe(true);
    expect(await isSuppressed(context.store, 'soft@example.com')).toBe(false);
    const rejection = context.log.at('error').find((line) => line.message === 'Rejected a malformed SES notification');
    expect(rejection?.fields).toMatchObject({ snsMessageId: 'sns-message-2', reason: 'The message is not JSON' });
  });

  it('refuses an event that is not from SNS', async () => {
    const handler = createFeedbackHandler(emulatorLambdaContext('feedback', { bucket }));
    await expect(handler({} as SNSEvent)).rejects.toMatchObject({ name: 'InvalidEventError' });
  });

  it('lets a storage failure fail the invocation so the platform retries it', async () => {
    const handler = createFeedbackHandler(emulatorLambdaContext('feedback', { bucket: 'no-such-bucket-for-feedback' }));
    await expect(handler(snsEvent(sesBounce('Permanent', ['retry@example.com'])))).rejects.toMatchObject({ name: 'S3StoreError' });
  });
});
