import { describe, expect, it } from 'vitest';
import { createUnsubscribeToken, unsubscribeUrl, verifyUnsubscribeToken } from '../../../functions/core/messages/unsubscribe-token.js';

const SECRET = 'unsubscribe-secret-of-at-least-32-chars';

describe('unsubscribe tokens', () => {
  it('verify with the secret that made them, naming the list and the address', () => {
    const token = createUnsubscribeToken(SECRET, { listId: 'daily-digest', email: 'Ada@Example.com' });
    expect(verifyUnsubscribeToken(SECRET, token)).toEqual({ listId: 'daily-digest', email: 'ada@example.com' });
  });

  it('cannot be forged: another secret, a changed address or a changed signature fails', () => {
    const token = createUnsubscribeToken(SECRET, { listId: 'daily-digest', email: 'ada@example.com' });
    expect(verifyUnsubscribeToken('another-secret-of-at-least-32-characters', token)).toBeNull();
    const [payload, mac] = token.split('.') as [string, string];
    const otherPayload = Buffer.from(JSON.stringify(['v1', 'daily-digest', 'grace@example.com'])).toString('base64url');
    expect(verifyUnsubscribeToken(SECRET, `${otherPayload}.${mac}`)).toBeNull();
    expect(verifyUnsubscribeToken(SECRET, `${payload}.${mac.slice(0, -2)}AA`)).toBeNull();
  });

  it('treats garbage as invalid, never throwing', () => {
    for (const garbage of ['', '.', 'abc', 'a.b.c', `${'x'.repeat(5000)}.y`, 'eyJ9.', '%%%.%%%']) {
      expect(verifyUnsubscribeToken(SECRET, garbage)).toBeNull();
    }
  });

  it('differ per address, so one reader cannot guess another\'s', () => {
    const a = createUnsubscribeToken(SECRET, { listId: 'l', email: 'a@example.com' });
    const b = createUnsubscribeToken(SECRET, { listId: 'l', email: 'b@example.com' });
    expect(a.split('.')[1]).not.toBe(b.split('.')[1]);
  });

  it('go into the unsubscribe URL as a query parameter, keeping the base URL\'s own', () => {
    expect(unsubscribeUrl('https://example.org/u?list=x', 'T.K')).toBe('https://example.org/u?list=x&token=T.K');
  });
});
