import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Unsubscribe tokens: `<payload>.<mac>`, both base64url. The payload names the
 * list and the address; the MAC is HMAC-SHA256 over it with the list's secret.
 * Without the secret a token cannot be forged, and addresses cannot be
 * enumerated by guessing tokens. Verification needs no database.
 */

export interface UnsubscribeClaim {
  listId: string;
  email: string;
}

const VERSION = 'v1';

export function createUnsubscribeToken(secret: string, claim: UnsubscribeClaim): string {
  const payload = Buffer.from(JSON.stringify([VERSION, claim.listId, claim.email.toLowerCase()])).toString('base64url');
  return `${payload}.${mac(secret, payload)}`;
}

/** The claim the token carries, or null when it is malformed or was not made with `secret`. */
export function verifyUnsubscribeToken(secret: string, token: string): UnsubscribeClaim | null {
  if (typeof token !== 'string' || token.length > 2048) return null;
  const parts = token.split('.');
  if (parts.length !== 2) return null;
  const [payload, given] = parts as [string, string];
  const expected = Buffer.from(mac(secret, payload));
  const actual = Buffer.from(given);
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return null;
  try {
    const decoded: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    if (!Array.isArray(decoded) || decoded.length !== 3 || decoded[0] !== VERSION) return null;
    const [, listId, email] = decoded;
    if (typeof listId !== 'string' || typeof email !== 'string') return null;
    return { listId, email };
  } catch {
    return null;
  }
}

export function unsubscribeUrl(baseUrl: string, token: string): string {
  const url = new URL(baseUrl);
  url.searchParams.set('token', token);
  return url.toString();
}

function mac(secret: string, payload: string): string {
  return createHmac('sha256', secret).update(`unsubscribe:${payload}`).digest('base64url');
}
