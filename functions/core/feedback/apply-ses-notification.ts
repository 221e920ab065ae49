import { DigestError } from '../errors.js';
import { silentLog, systemClock, type Clock, type Log, type ObjectStore } from '../ports.js';
import { addSuppression, addressHash, type SuppressionReason } from '../suppressions.js';

/**
 * SES bounce and complaint feedback → the suppression list.
 * - Hard bounces (`Permanent`) and complaints suppress the address: sending
 *   again hurts the account's reputation and can get sending paused.
 * - Soft bounces (`Transient`, `Undetermined`) do not: the mailbox may be full
 *   today and fine tomorrow.
 * - A complaint whose feedback type is `not-spam` is a retraction and is ignored.
 * Both SES formats are read: identity notifications (`notificationType`) and
 * configuration-set event publishing (`eventType`).
 */

/** The notification cannot be understood; retrying it will not help, so it is logged and dropped. */
export class MalformedNotificationError extends DigestError {}

export interface AppliedSuppression {
  addressHash: string;
  reason: SuppressionReason;
  /** False when the address was already suppressed (SES repeats notifications). */
  added: boolean;
}

/** A recipient entry that is not an address: skipped, so it cannot stop the valid ones from being suppressed. */
export interface RefusedRecipient {
  index: number;
  reason: string;
}

export type FeedbackOutcome =
  | { action: 'suppressed'; type: 'Bounce' | 'Complaint'; suppressions: AppliedSuppression[]; refused: RefusedRecipient[] }
  | { action: 'ignored'; type: string; reason: string };

export interface FeedbackDependencies {
  store: ObjectStore;
  clock?: Clock;
  log?: Log;
}

interface Recipient {
  emailAddress: string;
  status?: string;
  diagnosticCode?: string;
}

/** Applies one SES notification (the SNS message body). Throws MalformedNotificationError for input that is not one. */
export async function applySesNotification(deps: FeedbackDependencies, message: string): Promise<FeedbackOutcome> {
  const log = deps.log ?? silentLog;
  const notification = parseJsonObject(message);
  const type = notification.notificationType ?? notification.eventType;
  if (typeof type !== 'string') throw new MalformedNotificationError('Neither notificationType nor eventType is present');
  const at = new Date((deps.clock ?? systemClock).now()).toISOString();

  if (type === 'Bounce') {
    const bounce = objectField(notification, 'bounce');
    const bounceType = stringField(bounce, 'bounceType');
    const subType = optionalString(bounce.bounceSubType);
    const { recipients, refused } = recipientList(bounce, 'bouncedRecipients', log);
    if (bounceType !== 'Permanent') {
      log.info('Soft bounce ignored', { bounceType, bounceSubType: subType, recipients: recipients.length });
      return { action: 'ignored', type, reason: `${bounceType} bounce` };
    }
    const suppressions: AppliedSuppression[] = [];
    for (const recipient of recipients) {
      const detail = [subType, recipient.status, recipient.diagnosticCode].filter(Boolean).join('; ').slice(0, 500);
      const added = await addSuppression(deps.store, { email: recipient.emailAddress, reason: 'bounced', at, source: 'ses-bounce', ...(detail ? { detail } : {}) });
      suppressions.push({ addressHash: addressHash(recipient.emailAddress), reason: 'bounced', added });
    }
    log.info('Hard bounce suppressed', { bounceSubType: subType, suppressions });
    return { action: 'suppressed', type, suppressions, refused };
  }

  if (type === 'Complaint') {
    const complaint = objectField(notification, 'complaint');
    const { recipients, refused } = recipientList(complaint, 'complainedRecipients', log);
    const feedbackType = optionalString(complaint.complaintFeedbackType);
    if (feedbackType === 'not-spam') {
      log.info('Complaint retraction ignored', { recipients: recipients.length });
      return { action: 'ignored', type, reason: 'not-spam feedback' };
    }
    const suppressions: AppliedSuppression[] = [];
    for (const recipient of recipients) {
      const added = await addSuppression(deps.store, {
        email: recipient.emailAddress,
        reason: 'complained',
        at,
        source: 'ses-complaint',
        ...(feedbackType ? { detail: feedbackType } : {}),
      });
      suppressions.push({ addressHash: addressHash(recipient.emailAddress), reason: 'complained', added });
    }
    log.info('Complaint suppressed', { complaintFeedbackType: feedbackType, suppressions });
    return { action: 'suppressed', type, suppressions, refused };
  }

  // Deliveries, sends, opens, and the "AmazonSnsSubscriptionSucceeded" hello SES posts when the topic is attached.
  return { action: 'ignored', type, reason: 'not a bounce or complaint' };
}

function parseJsonObject(message: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(message);
  } catch (error) {
    throw new MalformedNotificationError('The message is not JSON', { cause: error });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new MalformedNotificationError('The message is not a JSON object');
  return value as Record<string, unknown>;
}

function objectField(value: Record<string, unknown>, name: string): Record<string, unknown> {
  const field = value[name];
  if (typeof field !== 'object' || field === null || Array.isArray(field)) throw new MalformedNotificationError(`"${name}" is missing or not an object`);
  return field as Record<string, unknown>;
}

function stringField(value: Record<string, unknown>, name: string): string {
  const field = value[name];
  if (typeof field !== 'string' || field === '') throw new MalformedNotificationError(`"${name}" is missing or not a string`);
  return field;
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * The valid recipients, and the entries that are not addresses. One bad
 * entry must not keep the others on the list: they bounced or complained,
 * and mailing them again hurts the account. Only a list with no valid
 * entry at all is malformed.
 */
function recipientList(value: Record<string, unknown>, name: string, log: Log): { recipients: Recipient[]; refused: RefusedRecipient[] } {
  const list = value[name];
  if (!Array.isArray(list) || list.length === 0) throw new MalformedNotificationError(`"${name}" is missing or empty`);
  const recipients: Recipient[] = [];
  const refused: RefusedRecipient[] = [];
  list.forEach((entry: unknown, index) => {
    const raw = (entry as { emailAddress?: unknown } | null)?.emailAddress;
    const email = typeof raw === 'string' ? bareAddress(raw) : undefined;
    if (!email) {
      refused.push({ index, reason: `${name}[${index}].emailAddress is not an email address` });
      return;
    }
    recipients.push({
      emailAddress: email,
      status: optionalString((entry as { status?: unknown }).status),
      diagnosticCode: optionalString((entry as { diagnosticCode?: unknown }).diagnosticCode),
    });
  });
  if (recipients.length === 0) throw new MalformedNotificationError(refused[0]?.reason ?? `"${name}" holds no address`);
  if (refused.length > 0) log.warn('Skipped malformed recipient entries; suppressing the valid ones', { refused });
  return { recipients, refused };
}

/** SES usually gives a bare address, but may give `Name <address>`. */
function bareAddress(value: string): string | undefined {
  const candidate = (/<([^<>]+)>\s*$/.exec(value)?.[1] ?? value).trim();
  return /^[^\s@<>]+@[^\s@<>]+$/.test(candidate) ? candidate : undefined;
}
