import { describe, expect, it } from 'vitest';
import { createUnsubscribeToken, verifyUnsubscribeToken } from '../../../functions/core/messages/unsubscribe-token.js';
import { checkConfirmToken, confirmUrl, createConfirmToken } from '../../../functions/core/subscribers/confirm-token.js';

const secret = 's'.repeat(40);
const now = Date.UTC(2026, 10, 28, 10);
const claim = { listId: 'daily-digest', email: 'Reader@Example.com', nonce: 'n0nce', expiresAt: now + 3_600_000 };

describe('confirmation tokens', () => {
  it('round-trip the list, the lower-cased address, the sign-up nonce and the expiry (to the second)', () => {
    expect(checkConfirmToken(secret, createConfirmToken(secret, claim), now)).toEqual({ valid: true, claim: { ...claim, email: 'reader@example.com' } });
  });

  it('expire, and say so with the claim, so the page can offer a new link', () => {
    const check = checkConfirmToken(secret, createConfirmToken(secret, claim), claim.expiresAt);
    expect(check).toMatchObject({ valid: false, reason: 'expired', claim: { email: 'reader@example.com' } });
  });

  it('are refused when made with another secret, altered, truncated or not a string', () => {
    const token = createConfirmToken(secret, claim);
    expect(checkConfirmToken(secret, createConfirmToken('x'.repeat(40), claim), now)).toEqual({ valid: false, reason: 'forged' });
    const [payload, mac] = token.split('.') as [string, string];
    const altered = Buffer.from(JSON.stringify(['c1', 'daily-digest', 'victim@example.com', 'n0nce', Math.floor(claim.expiresAt / 1000)])).toString('base64url');
    expect(checkConfirmToken(secret, `${altered}.${mac}`, now)).toEqual({ valid: false, reason: 'forged' });
    expect(checkConfirmToken(secret, payload, now)).toEqual({ valid: false, reason: 'malformed' });
    expect(checkConfirmToken(secret, 'a'.repeat(5000), now)).toEqual({ valid: false, reason: 'malformed' });
    expect(checkConfirmToken(secret, undefined, now)).toEqual({ valid: false, reason: 'malformed' });
  });

  it('are bound to their purpose: an unsubscribe token never confirms, a confirmation token never unsubscribes', () => {
    const unsubscribe = createUnsubscribeToken(secret, { listId: 'daily-digest', email: 'reader@example.com' });
    expect(checkConfirmToken(secret, unsubscribe, now).valid).toBe(false);
    expect(verifyUnsubscribeToken(secret, createConfirmToken(secret, claim))).toBeNull();
  });

  it('make links below the sign-up URL, with or without a trailing slash', () => {
    expect(confirmUrl('https://news.example.org/subscribe', 'abc.def')).toBe('https://news.example.org/subscribe/confirm?token=abc.def');
    expect(confirmUrl('https://xyz.lambda-url.eu-west-1.on.aws/', 'abc.def')).toBe('https://xyz.lambda-url.eu-west-1.on.aws/confirm?token=abc.def');
  });
});
