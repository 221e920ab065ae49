import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Confirmation tokens: `<payload>.<mac>`, both base64url, like unsubscribe
 * tokens but bound to another purpose. The MAC covers `confirm:<payload>`
 * (unsubscribe tokens cover `unsubscribe:<payload>`), so neither kind of
 * token verifies as the other even though both use the list's one secret.
 * The payload names the list, the address, the sign-up it confirms (a nonce
 * kept on the pending record, so a link from before an unsubscribe cannot
 * bring the address back) and when the link expires.
 */

export interface ConfirmClaim {
  listId: string;
  email: string;
  nonce: string;
  /** Milliseconds since the epoch. */
  expiresAt: number;
}

export type ConfirmTokenCheck =
  | { valid: true; claim: ConfirmClaim }
  /** Correctly signed but past its time: the page offers to send a new link. */
  | { valid: false; reason: 'expired'; claim: ConfirmClaim }
  | { valid: false; reason: 'malformed' | 'forged' };

const VERSION = 'c1';
const PURPOSE = 'confirm';
const MAX_TOKEN_CHARS = 2048;

export function createConfirmToken(secret: string, claim: ConfirmClaim): string {
  const payload = Buffer.from(
    JSON.stringify([VERSION, claim.listId, claim.email.toLowerCase(), claim.nonce, Math.floor(claim.expiresAt / 1000)]),
  ).toString('base64url');
  return `${payload}.${mac(secret, payload)}`;
}

export function checkConfirmToken(secret: string, token: unknown, now: number): ConfirmTokenCheck {
  if (typeof token !== 'string' || token.length === 0 || token.length > MAX_TOKEN_CHARS) return { valid: false, reason: 'malformed' };
  const parts = token.split('.');
  if (parts.length !== 2) return { valid: false, reason: 'malformed' };
  const [payload, given] = parts as [string, string];
  const expected = Buffer.from(mac(secret, payload));
  const actual = Buffer.from(given);
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return { valid: false, reason: 'forged' };
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return { valid: false, reason: 'malformed' };
  }
  if (!Array.isArray(decoded) || decoded.length !== 5 || decoded[0] !== VERSION) return { valid: false, reason: 'malformed' };
  const [, listId, email, nonce, expiresSeconds] = decoded as unknown[];
  if (typeof listId !== 'string' || typeof email !== 'string' || typeof nonce !== 'string' || !Number.isSafeInteger(expiresSeconds)) {
    return { valid: false, reason: 'malformed' };
  }
  const claim: ConfirmClaim = { listId, email, nonce, expiresAt: (expiresSeconds as number) * 1000 };
  if (now >= claim.expiresAt) return { valid: false, reason: 'expired', claim };
  return { valid: true, claim };
}

export function confirmUrl(signupUrl: string, token: string): string {
  const url = new URL('confirm', signupUrl.endsWith('/') ? signupUrl : `${signupUrl}/`);
  url.searchParams.set('token', token);
  return url.toString();
}

function mac(secret: string, payload: string): string {
  return createHmac('sha256', secret).update(`${PURPOSE}:${payload}`).digest('base64url');
}
