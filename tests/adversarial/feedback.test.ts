import { describe, expect, it } from 'vitest';
import { applySesNotification, MalformedNotificationError } from '../../functions/core/feedback/apply-ses-notification.js';
import { MemoryStore } from '../../functions/core/memory-store.js';
import { isSuppressed } from '../../functions/core/suppressions.js';
import { createFeedbackHandler } from '../../functions/lambda/feedback.js';
import { sesBounce, sesComplaint, snsEvent } from '../fixtures/ses-notifications.js';
import { createTestBucket, testS3Client } from '../harness/aws.js';
import { emulatorLambdaContext } from '../harness/lambda.js';

/**
 * Attack: one recipient entry of a bounce or complaint is garbage (a
 * truncated address, a number, null). Refusing the whole notification
 * would keep mailing the valid addresses that bounced or complained, and
 * hurt the account's reputation.
 */

function withBrokenRecipient(message: string, list: 'bouncedRecipients' | 'complainedRecipients'): string {
  const notification = JSON.parse(message);
  const holder = list === 'bouncedRecipients' ? notification.bounce : notification.complaint;
  holder[list].splice(1, 0, { emailAddress: 'not an address' }, null, { emailAddress: 42 });
  return JSON.stringify(notification);
}

describe('a notification with a malformed recipient', () => {
  it.each([
    ['hard bounce', withBrokenRecipient(sesBounce('Permanent', ['first@example.com', 'second@example.com']), 'bouncedRecipients')],
    ['complaint', withBrokenRecipient(sesComplaint(['first@example.com', 'second@example.com']), 'complainedRecipients')],
  ])('a %s still suppresses every valid recipient and names the refused entries', async (_, message) => {
    const store = new MemoryStore();
    const outcome = await applySesNotification({ store }, message);
    expect(outcome.action).toBe('suppressed');
    expect(await isSuppressed(store, 'first@example.com')).toBe(true);
    expect(await isSuppressed(store, 'second@example.com')).toBe(true);
    if (outcome.action !== 'suppressed') return;
    expect(outcome.suppressions).toHaveLength(2);
    expect(outcome.refused.map((entry) => entry.index)).toEqual([1, 2, 3]);
    expect(outcome.refused[0]!.reason).toMatch(/not an email address/);
  });

  it('with no valid recipient at all is still malformed, changing nothing', async () => {
    const store = new MemoryStore();
    const message = JSON.stringify({ notificationType: 'Bounce', bounce: { bounceType: 'Permanent', bouncedRecipients: [{ emailAddress: 'nope' }, null] } });
    await expect(applySesNotification({ store }, message)).rejects.toBeInstanceOf(MalformedNotificationError);
    expect(store.objects.size).toBe(0);
  });

  it('the feedback function suppresses the valid ones and logs the refused entries', async () => {
    const s3 = testS3Client();
    const bucket = await createTestBucket(s3, 'feedback-adversarial');
    const context = emulatorLambdaContext('feedback', { bucket });
    const summary = await createFeedbackHandler(context)(snsEvent(withBrokenRecipient(sesBounce('Permanent', ['first@example.com', 'second@example.com']), 'bouncedRecipients')));
    expect(summary).toEqual({ suppressed: 2, ignored: 0, rejected: 0 });
    expect(await isSuppressed(context.store, 'second@example.com')).toBe(true);
    expect(context.log.at('warn').some((line) => /malformed recipient/i.test(line.message))).toBe(true);
    s3.destroy();
  });
});
