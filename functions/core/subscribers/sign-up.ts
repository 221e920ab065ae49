import { createHash, randomBytes } from 'node:crypto';
import { DigestError, errorMessage } from '../errors.js';
import { silentLog, systemClock, type Clock, type Log, type MailTransport, type ObjectStore } from '../ports.js';
import { addressHash, liftSuppression, readSuppression, type StoredSuppression } from '../suppressions.js';
import { buildAlreadySubscribedEmail, buildConfirmationEmail, type ConfirmationEmailSettings } from './confirmation-email.js';
import { checkConfirmToken, confirmUrl, createConfirmToken, type ConfirmClaim } from './confirm-token.js';
import { addressProblem } from './email-address.js';
import { updateRecord, type AttemptCounter, type SubscriberRecord, type SubscriberStatus, type SubscriberStore } from './subscriber-store.js';

/**
 * The double opt-in journey, independent of HTTP:
 * - `requestSignup`: a person asks for the list. A new or returning address
 *   becomes `pending` and gets ONE confirmation email with a signed, expiring
 *   link; repeats within the resend interval send nothing (the conditional
 *   write on the record decides which of many concurrent requests sends).
 *   An already-confirmed address gets at most one "already subscribed" note a
 *   day; a bounced, complained or erased one gets nothing.
 * - `confirmSubscription`: the link's POST. Only the sign-up the link was
 *   made for can be confirmed; confirming twice is harmless.
 * - `resendConfirmation`: an expired link's "send me a new one".
 * Whatever happened, the caller answers the same neutral words: nobody can
 * learn from the endpoint who is subscribed.
 */

export interface SignupSettings extends ConfirmationEmailSettings {
  listId: string;
  /** Public base URL of the sign-up endpoint; links go to `<signupUrl>/confirm?token=`. */
  signupUrl: string;
  hmacSecret: string;
  /** Custom fields a form may set (lower-case names); anything else is ignored. */
  fields: readonly string[];
}

export interface SignupPolicy {
  /** How long a confirmation link works. */
  confirmValidMs: number;
  /** A pending address gets another confirmation email only after this long. */
  resendAfterMs: number;
  /** At most one "already subscribed" note per this long. */
  alreadySubscribedNoticeMs: number;
  /** Requests per source address per window before answering 429. */
  perSourceLimit: number;
  perSourceWindowMs: number;
  /** Emails of any kind to one address per day, whatever the sources. */
  perAddressDailyEmails: number;
}

export const DEFAULT_SIGNUP_POLICY: SignupPolicy = {
  confirmValidMs: 72 * 3_600_000,
  resendAfterMs: 15 * 60_000,
  alreadySubscribedNoticeMs: 24 * 3_600_000,
  perSourceLimit: 10,
  perSourceWindowMs: 60_000,
  perAddressDailyEmails: 5,
};

export interface SignupDependencies {
  subscribers: SubscriberStore;
  /** Holds `suppressions/`: the authority on addresses never to write to. */
  suppressions: ObjectStore;
  attempts: AttemptCounter;
  transport: MailTransport;
  settings: SignupSettings;
  policy?: Partial<SignupPolicy>;
  clock?: Clock;
  log?: Log;
}

export interface SignupInput {
  email: string;
  name?: string;
  fields?: ReadonlyMap<string, string>;
  /** The honeypot field: people leave it empty, form-filling bots do not. */
  honeypot?: string;
  /** The page's origin or the form's `source` field. */
  from?: string;
  /** The request's source address. */
  ip?: string;
}

/** What happened behind the neutral answer; for logs and tests, never for the response. */
export type SignupAction =
  | 'confirmation-sent'
  | 'notice-sent'
  | 'recently-sent'
  | 'notice-recently-sent'
  | 'daily-cap'
  | 'blocked'
  | 'honeypot'
  | 'no-record';

export type SignupOutcome =
  | { kind: 'accepted'; action: SignupAction }
  | { kind: 'invalid'; message: string }
  | { kind: 'rate-limited'; retryAfterSeconds: number };

/** The email could not be sent (SES refused or did not answer); the record was put back so a retry can send. */
export class SignupDeliveryError extends DigestError {}

const MAX_NAME_CHARS = 200;
const MAX_FIELD_CHARS = 500;

export async function requestSignup(deps: SignupDependencies, input: SignupInput): Promise<SignupOutcome> {
  const log = deps.log ?? silentLog;
  const policy = { ...DEFAULT_SIGNUP_POLICY, ...deps.policy };
  const now = (deps.clock ?? systemClock).now();

  if (input.honeypot) {
    log.info('Sign-up ignored: honeypot filled', { source: sourceKey(input.ip) });
    return { kind: 'accepted', action: 'honeypot' };
  }
  const email = input.email.trim();
  const problem = addressProblem(email);
  if (problem) return { kind: 'invalid', message: problem };

  const attempts = await deps.attempts.increment(sourceKey(input.ip), policy.perSourceWindowMs, now);
  if (attempts > policy.perSourceLimit) {
    log.warn('Sign-up rate-limited', { source: sourceKey(input.ip), attempts });
    return { kind: 'rate-limited', retryAfterSeconds: Math.ceil(policy.perSourceWindowMs / 1000) };
  }
  return signUp(deps, policy, now, email, input, false);
}

export type ConfirmOutcome =
  | { kind: 'confirmed'; email: string }
  | { kind: 'already-confirmed'; email: string }
  | { kind: 'expired'; token: string }
  /** Forged, malformed, another list's, or a link whose sign-up is gone or was replaced. */
  | { kind: 'invalid'; reason: string }
  /** Bounced, complained or erased: only an editor can bring the address back. */
  | { kind: 'blocked' };

/** What the link's GET may say without changing anything. */
export function inspectConfirmToken(deps: Pick<SignupDependencies, 'settings' | 'clock'>, token: unknown): ConfirmOutcome | { kind: 'valid' } {
  const check = checkToken(deps, token);
  return check.kind === 'ok' ? { kind: 'valid' } : check;
}

export async function confirmSubscription(deps: SignupDependencies, token: unknown, ip?: string): Promise<ConfirmOutcome> {
  const log = deps.log ?? silentLog;
  const check = checkToken(deps, token);
  if (check.kind !== 'ok') {
    log.warn('Confirmation refused', { reason: check.kind === 'invalid' ? check.reason : check.kind });
    return check;
  }
  const { claim } = check;
  const now = (deps.clock ?? systemClock).now();
  const hash = addressHash(claim.email);
  const suppression = await readSuppression(deps.suppressions, claim.email);
  if (suppression && suppression.reason !== 'unsubscribed') return { kind: 'blocked' };

  const current = await deps.subscribers.get(claim.email);
  if (!current || current.confirmationNonce !== claim.nonce) {
    log.warn('Confirmation refused', { reason: current ? 'superseded' : 'no-record', addressHash: hash });
    return { kind: 'invalid', reason: current ? 'superseded' : 'no-record' };
  }
  if (current.status === 'bounced' || current.status === 'complained') return { kind: 'blocked' };
  if (current.status === 'confirmed') {
    // The same link pressed again is harmless; the link of a subscription that was later ended is not a way back in.
    if (suppression) return { kind: 'invalid', reason: 'superseded' };
    return { kind: 'already-confirmed', email: current.email };
  }
  // Lifted before the record turns confirmed: a crash between the two leaves a pending record, which is never sent to.
  if (suppression) await liftSuppression(deps.suppressions, claim.email, ['unsubscribed']);
  const at = new Date(now).toISOString();
  const { after } = await updateRecord(deps.subscribers, claim.email, (record) => {
    if (!record || record.confirmationNonce !== claim.nonce || record.status === 'confirmed') return record;
    return { ...record, status: 'confirmed', consent: { ...record.consent, confirmedAt: at, ...(ip ? { confirmedIp: ip } : {}) }, updatedAt: at };
  });
  if (after?.status !== 'confirmed') return { kind: 'invalid', reason: 'superseded' };
  log.info('Subscription confirmed', { addressHash: hash });
  return { kind: 'confirmed', email: after.email };
}

/** An expired (or still valid) link's request for a new one: never creates a record, same limits as a sign-up. */
export async function resendConfirmation(deps: SignupDependencies, token: unknown, ip?: string): Promise<SignupOutcome | ConfirmOutcome> {
  const check = checkToken(deps, token, { allowExpired: true });
  if (check.kind !== 'ok') return check;
  const policy = { ...DEFAULT_SIGNUP_POLICY, ...deps.policy };
  const now = (deps.clock ?? systemClock).now();
  const attempts = await deps.attempts.increment(sourceKey(ip), policy.perSourceWindowMs, now);
  if (attempts > policy.perSourceLimit) return { kind: 'rate-limited', retryAfterSeconds: Math.ceil(policy.perSourceWindowMs / 1000) };
  return signUp(deps, policy, now, check.claim.email, { email: check.claim.email, ...(ip ? { ip } : {}) }, true);
}

/** The status a person has, all sources considered: a suppression outranks the record's own status. */
export function effectiveStatus(record: SubscriberRecord | null, suppression: StoredSuppression | null): SubscriberStatus | 'suppressed' | null {
  if (suppression) {
    if (suppression.reason === 'bounced' || suppression.reason === 'complained') return suppression.reason;
    if (suppression.reason === 'unsubscribed') return record?.status === 'pending' ? 'pending' : 'unsubscribed';
    return 'suppressed';
  }
  return record?.status ?? null;
}

async function signUp(
  deps: SignupDependencies,
  policy: SignupPolicy,
  now: number,
  email: string,
  input: SignupInput,
  resendOnly: boolean,
): Promise<SignupOutcome> {
  const log = deps.log ?? silentLog;
  const hash = addressHash(email);
  const suppression = await readSuppression(deps.suppressions, email);
  if (suppression && suppression.reason !== 'unsubscribed') {
    log.info('Sign-up of a suppressed address: nothing sent', { addressHash: hash, reason: suppression.reason });
    return { kind: 'accepted', action: 'blocked' };
  }
  const at = new Date(now).toISOString();
  let action = 'recently-sent' as SignupAction;
  const { before, after } = await updateRecord(deps.subscribers, email, (current) => {
    const decision = decide(current, suppression, policy, now, resendOnly);
    action = decision.action;
    // A repeat within the resend interval writes only when it brings new details: 100 identical requests make one write.
    if (!decision.write || (decision.action === 'recently-sent' && !bringsNewDetails(current, input, deps.settings))) return current;
    return nextRecord(current, decision, deps.settings, input, email, at);
  });
  if (action !== 'confirmation-sent' && action !== 'notice-sent') {
    log.info('Sign-up: nothing sent', { addressHash: hash, action });
    return { kind: 'accepted', action };
  }
  // One more guard against inbox bombing from many sources: a daily cap per address.
  const sentToday = await deps.attempts.increment(`addr#${hash.slice(0, 32)}`, 86_400_000, now);
  if (sentToday > policy.perAddressDailyEmails) {
    log.warn('Sign-up: daily email cap reached for the address', { addressHash: hash });
    return { kind: 'accepted', action: 'daily-cap' };
  }
  try {
    const message =
      action === 'confirmation-sent'
        ? await buildConfirmationEmail(deps.settings, after!.email, confirmLink(deps.settings, after!, now + policy.confirmValidMs), Math.round(policy.confirmValidMs / 3_600_000))
        : await buildAlreadySubscribedEmail(deps.settings, after!.email);
    const receipt = await deps.transport.send(message);
    log.info(action === 'confirmation-sent' ? 'Confirmation sent' : 'Already-subscribed note sent', { addressHash: hash, transportMessageId: receipt.transportMessageId });
  } catch (error) {
    // Put back the send time, so the person's retry can send instead of waiting out the interval.
    await updateRecord(deps.subscribers, email, (current) =>
      current && current.version === after!.version
        ? { ...current, confirmationSentAt: before?.confirmationSentAt, alreadySubscribedNoticeAt: before?.alreadySubscribedNoticeAt, updatedAt: at }
        : current,
    ).catch(() => undefined);
    log.error('Sign-up email could not be sent', { addressHash: hash, error: errorMessage(error) });
    throw new SignupDeliveryError(`The ${action === 'confirmation-sent' ? 'confirmation' : 'notice'} email could not be sent: ${errorMessage(error)}`, { cause: error });
  }
  return { kind: 'accepted', action };
}

interface Decision {
  action: SignupAction;
  write: boolean;
  /** The record (re)enters pending: a new nonce, so links of earlier sign-ups cannot confirm it. */
  newSignup?: boolean;
  sendConfirmation?: boolean;
  sendNotice?: boolean;
}

function decide(current: SubscriberRecord | null, suppression: StoredSuppression | null, policy: SignupPolicy, now: number, resendOnly: boolean): Decision {
  if (!current) return resendOnly ? { action: 'no-record', write: false } : { action: 'confirmation-sent', write: true, newSignup: true, sendConfirmation: true };
  if (current.status === 'bounced' || current.status === 'complained') return { action: 'blocked', write: false };
  const recently = (at: string | undefined, interval: number) => at !== undefined && now - Date.parse(at) < interval;
  if (current.status === 'confirmed' && !suppression) {
    if (recently(current.alreadySubscribedNoticeAt, policy.alreadySubscribedNoticeMs)) return { action: 'notice-recently-sent', write: false };
    return { action: 'notice-sent', write: true, sendNotice: true };
  }
  // Pending, or a person who unsubscribed and asks again: they must confirm (again).
  const returning = current.status !== 'pending';
  if (!returning && recently(current.confirmationSentAt, policy.resendAfterMs)) return { action: 'recently-sent', write: !resendOnly };
  return { action: 'confirmation-sent', write: true, newSignup: returning, sendConfirmation: true };
}

function nextRecord(current: SubscriberRecord | null, decision: Decision, settings: SignupSettings, input: SignupInput, email: string, at: string): SubscriberRecord {
  const base: SubscriberRecord = current ?? {
    email,
    status: 'pending',
    name: '',
    fields: {},
    consent: { source: 'form', signedUpAt: at },
    updatedAt: at,
    version: 0,
  };
  const refreshed: SubscriberRecord = { ...base, updatedAt: at };
  if (decision.sendNotice) return { ...refreshed, alreadySubscribedNoticeAt: at };
  // A resend keeps what the person gave; a new request updates it and the consent record.
  if (!(decision.newSignup || input.name !== undefined || input.fields)) {
    return decision.sendConfirmation ? { ...refreshed, confirmationSentAt: at } : refreshed;
  }
  return {
    ...refreshed,
    status: 'pending',
    name: input.name !== undefined ? clip(input.name, MAX_NAME_CHARS) : base.name,
    fields: { ...base.fields, ...declaredFields(settings.fields, input.fields) },
    consent: {
      source: 'form',
      signedUpAt: at,
      ...(input.from ? { signedUpFrom: clip(input.from, 500) } : {}),
      ...(input.ip ? { signedUpIp: clip(input.ip, 64) } : {}),
    },
    ...(decision.newSignup ? { confirmationNonce: randomBytes(12).toString('base64url') } : {}),
    ...(decision.sendConfirmation ? { confirmationSentAt: at } : {}),
  };
}

function bringsNewDetails(current: SubscriberRecord | null, input: SignupInput, settings: SignupSettings): boolean {
  if (!current) return true;
  if (input.name !== undefined && clip(input.name, MAX_NAME_CHARS) !== current.name) return true;
  return Object.entries(declaredFields(settings.fields, input.fields)).some(([name, value]) => current.fields[name] !== value);
}

function confirmLink(settings: SignupSettings, record: SubscriberRecord, expiresAt: number): string {
  const claim: ConfirmClaim = { listId: settings.listId, email: record.email, nonce: record.confirmationNonce ?? '', expiresAt };
  return confirmUrl(settings.signupUrl, createConfirmToken(settings.hmacSecret, claim));
}

type TokenCheck = { kind: 'ok'; claim: ConfirmClaim } | { kind: 'expired'; token: string } | { kind: 'invalid'; reason: string };

function checkToken(deps: Pick<SignupDependencies, 'settings' | 'clock'>, token: unknown, options: { allowExpired?: boolean } = {}): TokenCheck {
  const check = checkConfirmToken(deps.settings.hmacSecret, token, (deps.clock ?? systemClock).now());
  if (!check.valid && check.reason !== 'expired') return { kind: 'invalid', reason: check.reason };
  if (check.claim.listId !== deps.settings.listId) return { kind: 'invalid', reason: 'other list' };
  if (!check.valid && !options.allowExpired) return { kind: 'expired', token: token as string };
  return { kind: 'ok', claim: check.claim };
}

function declaredFields(allowed: readonly string[], given: ReadonlyMap<string, string> | undefined): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const name of allowed) {
    const value = given?.get(name);
    if (value !== undefined) fields[name] = clip(value, MAX_FIELD_CHARS);
  }
  return fields;
}

function clip(value: string, max: number): string {
  return value.replace(/[\r\n\t\0]+/g, ' ').trim().slice(0, max);
}

/** Rate-limit key of a source address, hashed: the counters hold no personal data. */
function sourceKey(ip: string | undefined): string {
  return `src#${createHash('sha256').update(ip ?? 'unknown').digest('hex').slice(0, 32)}`;
}

