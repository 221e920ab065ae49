import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../../../functions/core/memory-store.js';
import { createUnsubscribeToken } from '../../../functions/core/messages/unsubscribe-token.js';
import { addressHash, isSuppressed, suppressionKey } from '../../../functions/core/suppressions.js';
import { parseFormBody } from '../../../functions/core/unsubscribe/form-body.js';
import { handleUnsubscribeRequest, type UnsubscribeRequest } from '../../../functions/core/unsubscribe/handle-unsubscribe-request.js';

const secret = 's'.repeat(40);
const listId = 'daily-digest';

function setup() {
  const store = new MemoryStore();
  const deps = { store, secret, listId, listName: 'Daily <Digest>', language: 'en', clock: { now: () => Date.parse('2026-03-01T10:00:00Z'), sleep: async () => {} } };
  const call = (request: Partial<UnsubscribeRequest>) => handleUnsubscribeRequest(deps, { method: 'GET', query: {}, body: '', ...request });
  return { store, call };
}

const token = (email = 'reader@example.com', id = listId) => createUnsubscribeToken(secret, { listId: id, email });

describe('handleUnsubscribeRequest', () => {
  it('shows a confirmation page on GET, with a form that POSTs the token, and unsubscribes nobody', async () => {
    const { store, call } = setup();
    const response = await call({ method: 'GET', query: { token: token() } });
    expect(response.statusCode).toBe(200);
    expect(response.outcome).toBe('confirmation-shown');
    expect(response.body).toContain('<form method="post">');
    expect(response.body).toContain(`name="token" value="${token()}"`);
    expect(response.body).toContain('reader@example.com');
    expect(await isSuppressed(store, 'reader@example.com')).toBe(false);
  });

  it('escapes the list name and the address on the page', async () => {
    const { call } = setup();
    const response = await call({ query: { token: token('"><script>alert(1)</script>@example.com') } });
    expect(response.body).not.toContain('<script>');
    expect(response.body).toContain('&quot;&gt;&lt;script&gt;');
    expect(response.body).toContain('Daily &lt;Digest&gt;');
  });

  it('unsubscribes on an RFC 8058 one-click POST (form-urlencoded) and records the source', async () => {
    const { store, call } = setup();
    const response = await call({
      method: 'POST',
      query: { token: token() },
      contentType: 'application/x-www-form-urlencoded',
      body: 'List-Unsubscribe=One-Click',
    });
    expect(response.statusCode).toBe(200);
    expect(response.outcome).toBe('unsubscribed');
    const record = JSON.parse((await store.get(suppressionKey('reader@example.com')))!.toString());
    expect(record).toMatchObject({ addressHash: addressHash('reader@example.com'), reason: 'unsubscribed', source: 'one-click', at: '2026-03-01T10:00:00.000Z' });
  });

  it('unsubscribes on a one-click POST sent as multipart/form-data', async () => {
    const { store, call } = setup();
    const body = '--XyZ\r\nContent-Disposition: form-data; name="List-Unsubscribe"\r\n\r\nOne-Click\r\n--XyZ--\r\n';
    const response = await call({ method: 'POST', query: { token: token() }, contentType: 'multipart/form-data; boundary=XyZ', body });
    expect(response.outcome).toBe('unsubscribed');
    expect(JSON.parse((await store.get(suppressionKey('reader@example.com')))!.toString()).source).toBe('one-click');
  });

  it("unsubscribes when the page's form is submitted, token in the body", async () => {
    const { store, call } = setup();
    const response = await call({ method: 'POST', contentType: 'application/x-www-form-urlencoded', body: new URLSearchParams({ token: token() }).toString() });
    expect(response.outcome).toBe('unsubscribed');
    expect(JSON.parse((await store.get(suppressionKey('reader@example.com')))!.toString()).source).toBe('form');
  });

  it('answers a repeated unsubscribe the same way and keeps the first record', async () => {
    const { store, call } = setup();
    const post = { method: 'POST', query: { token: token() }, body: 'List-Unsubscribe=One-Click' };
    await call(post);
    const first = (await store.get(suppressionKey('reader@example.com')))!.toString();
    const again = await call({ ...post, body: '' });
    expect(again.statusCode).toBe(200);
    expect(again.outcome).toBe('already-unsubscribed');
    expect((await store.get(suppressionKey('reader@example.com')))!.toString()).toBe(first);
  });

  it.each([
    ['no token', {}],
    ['a malformed token', { token: 'not-a-token' }],
    ['a forged token', { token: createUnsubscribeToken('another-secret-that-is-long-enough!!', { listId, email: 'victim@example.com' }) }],
    ['a token for another list', { token: createUnsubscribeToken(secret, { listId: 'other-list', email: 'reader@example.com' }) }],
  ])('refuses %s with 400 and changes nothing', async (_label, query) => {
    const { store, call } = setup();
    for (const method of ['GET', 'POST']) {
      const response = await call({ method, query, body: 'List-Unsubscribe=One-Click' });
      expect(response.statusCode).toBe(400);
      expect(response.outcome).toBe('invalid-token');
    }
    expect(store.objects.size).toBe(0);
  });

  it('refuses other methods with 405 and an Allow header', async () => {
    const { store, call } = setup();
    const response = await call({ method: 'DELETE', query: { token: token() } });
    expect(response.statusCode).toBe(405);
    expect(response.headers.allow).toBe('GET, POST');
    expect(store.objects.size).toBe(0);
  });

  it('forbids caching, framing, scripts and referrers on every page', async () => {
    const { call } = setup();
    const { headers } = await call({ query: { token: token() } });
    expect(headers['cache-control']).toBe('no-store');
    expect(headers['referrer-policy']).toBe('no-referrer');
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['content-security-policy']).toContain("default-src 'none'");
  });
});

describe('parseFormBody', () => {
  it('reads url-encoded fields, also without a content type', () => {
    expect(parseFormBody(undefined, 'List-Unsubscribe=One-Click&token=a.b').get('token')).toBe('a.b');
  });

  it('reads quoted multipart boundaries and LF-only line breaks', () => {
    const body = '--b\nContent-Disposition: form-data; name="token"\n\nabc\n--b--\n';
    expect(parseFormBody('multipart/form-data; boundary="b"', body).get('token')).toBe('abc');
  });

  it('ignores oversized bodies', () => {
    expect(parseFormBody('application/x-www-form-urlencoded', `token=${'x'.repeat(20_000)}`).size).toBe(0);
  });
});
