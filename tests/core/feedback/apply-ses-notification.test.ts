import { describe, expect, it } from 'vitest';
import { applySesNotification, MalformedNotificationError } from '../../../functions/core/feedback/apply-ses-notification.js';
import { MemoryStore } from '../../../functions/core/memory-store.js';
import { isSuppressed, suppressionKey } from '../../../functions/core/suppressions.js';
import { sesBounce, sesComplaint } from '../../fixtures/ses-notifications.js';

const clock = { now: () => Date.parse('2026-03-02T08:00:00Z'), sleep: async () => {} };

describe('applySesNotification', () => {
  it('suppresses every recipient of a hard bounce, with the diagnostic as detail', async () => {
    const store = new MemoryStore();
    const outcome = await applySesNotification({ store, clock }, sesBounce('Permanent', ['gone@example.com', 'Also Gone <also@example.com>']));
    expect(outcome).toMatchObject({ action: 'suppressed', type: 'Bounce' });
    expect(await isSuppressed(store, 'gone@example.com')).toBe(true);
    expect(await isSuppressed(store, 'also@example.com')).toBe(true);
    const record = JSON.parse((await store.get(suppressionKey('gone@example.com')))!.toString());
    expect(record).toMatchObject({ reason: 'bounced', source: 'ses-bounce', at: '2026-03-02T08:00:00.000Z' });
    expect(record.detail).toContain('5.1.1');
  });

  it.each(['Transient', 'Undetermined'])('does not suppress on a %s (soft) bounce', async (bounceType) => {
    const store = new MemoryStore();
    const outcome = await applySesNotification({ store, clock }, sesBounce(bounceType, ['full@example.com']));
    expect(outcome).toMatchObject({ action: 'ignored', type: 'Bounce' });
    expect(store.objects.size).toBe(0);
  });

  it('suppresses on a complaint', async () => {
    const store = new MemoryStore();
    await applySesNotification({ store, clock }, sesComplaint(['angry@example.com']));
    const record = JSON.parse((await store.get(suppressionKey('angry@example.com')))!.toString());
    expect(record).toMatchObject({ reason: 'complained', source: 'ses-complaint', detail: 'abuse' });
  });

  it('ignores a not-spam complaint (a retraction)', async () => {
    const store = new MemoryStore();
    const outcome = await applySesNotification({ store, clock }, sesComplaint(['happy@example.com'], 'not-spam'));
    expect(outcome.action).toBe('ignored');
    expect(store.objects.size).toBe(0);
  });

  it('reads configuration-set event publishing (eventType) as well', async () => {
    const store = new MemoryStore();
    const event = JSON.parse(sesBounce('Permanent', ['evt@example.com']));
    event.eventType = event.notificationType;
    delete event.notificationType;
    await applySesNotification({ store, clock }, JSON.stringify(event));
    expect(await isSuppressed(store, 'evt@example.com')).toBe(true);
  });

  it('is harmless when SES repeats a notification', async () => {
    const store = new MemoryStore();
    await applySesNotification({ store, clock }, sesBounce('Permanent', ['twice@example.com']));
    const again = await applySesNotification({ store, clock }, sesBounce('Permanent', ['twice@example.com']));
    expect(again).toMatchObject({ action: 'suppressed', suppressions: [{ added: false }] });
  });

  it('ignores deliveries and the SNS subscription hello', async () => {
    const store = new MemoryStore();
    expect((await applySesNotification({ store }, JSON.stringify({ notificationType: 'Delivery', delivery: {} }))).action).toBe('ignored');
    expect((await applySesNotification({ store }, JSON.stringify({ notificationType: 'AmazonSnsSubscriptionSucceeded', message: 'hi' }))).action).toBe('ignored');
  });

  it.each([
    ['not JSON', '{oops'],
    ['not an object', '[1,2]'],
    ['no type', JSON.stringify({ bounce: {} })],
    ['a bounce without recipients', JSON.stringify({ notificationType: 'Bounce', bounce: { bounceType: 'Permanent', bouncedRecipients: [] } })],
    ['a bounce without bounceType', JSON.stringify({ notificationType: 'Bounce', bounce: { bouncedRecipients: [{ emailAddress: 'a@example.com' }] } })],
    ['a recipient that is not an address', JSON.stringify({ notificationType: 'Complaint', complaint: { complainedRecipients: [{ emailAddress: 'nope' }] } })],
  ])('rejects %s as malformed, changing nothing', async (_label, message) => {
    const store = new MemoryStore();
    await expect(applySesNotification({ store }, message)).rejects.toBeInstanceOf(MalformedNotificationError);
    expect(store.objects.size).toBe(0);
  });
});
