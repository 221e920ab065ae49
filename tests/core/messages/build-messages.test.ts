import fc from 'fast-check';
import { simpleParser, type ParsedMail } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { createMessageFactory, escapeHtml } from '../../../functions/core/messages/build-messages.js';
import { assemblePart, preparePart } from '../../../functions/core/messages/personalised-part.js';
import { verifyUnsubscribeToken } from '../../../functions/core/messages/unsubscribe-token.js';
import { renderDigest } from '../../../functions/core/render/render-digest.js';
import { fillSlots, newSlotSet, slotMarker } from '../../../functions/core/render/slots.js';
import type { Subscriber } from '../../../functions/core/subscribers/subscriber.js';
import { makeArticle, makeIssue, realTemplates, testConfig } from '../../support/digest-fixtures.js';

const config = testConfig();
const ada: Subscriber = { email: 'ada@example.com', name: 'Ada <Countess> & "Lovelace"', fields: { city: 'London' } };
const grace: Subscriber = { email: 'Grace@Example.com', name: 'Grace', fields: { city: 'Arlington' } };

async function renderExample() {
  const hostile = makeArticle(3, { title: 'Template talk: {{unsubscribeUrl}} and {{{subscriber.email}}}' });
  return renderDigest(makeIssue([makeArticle(1), makeArticle(2), hostile]), await realTemplates(), config, { columns: ['email', 'name', 'city'] });
}

function unsubscribeHeaderUrl(mail: ParsedMail): string {
  const list = mail.headers.get('list') as { unsubscribe?: { url?: string; mail?: string } };
  return list.unsubscribe?.url ?? '';
}

describe('one message per subscriber', () => {
  it('has the headers a bulk sender needs, RFC 8058 one-click unsubscribe among them', async () => {
    const rendered = await renderExample();
    const build = await createMessageFactory(rendered, config);
    const message = build(ada);
    const mail = await simpleParser(message.raw);
    expect(mail.from?.value[0]).toMatchObject({ name: 'Daily Digest', address: 'digest@example.com' });
    expect((mail.to as { text: string }).text).toBe('ada@example.com');
    expect(mail.subject).toBe(rendered.subject);
    expect(mail.date).toBeInstanceOf(Date);
    expect(mail.messageId).toBe(`<${message.messageId}>`);
    expect(mail.headers.get('content-type')).toMatchObject({ value: 'multipart/alternative' });
    expect(message.raw.toString('latin1')).toContain('\r\nList-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n');
    expect(mail.headers.get('list')).toMatchObject({ 'unsubscribe-post': { name: 'List-Unsubscribe=One-Click' } });
    const list = mail.headers.get('list') as { unsubscribe: { url: string; mail: string } };
    expect(list.unsubscribe.url).toMatch(/^https:\/\/digest\.example\.com\/unsubscribe\?token=/);
    expect(list.unsubscribe.mail).toMatch(/^unsubscribe@example\.com\?subject=/);
    expect(mail.replyTo?.value[0]?.address).toBe('editors@example.com');
  });

  it('carries both parts, identical to the rendered issue with the recipient filled in', async () => {
    const rendered = await renderExample();
    const build = await createMessageFactory(rendered, config);
    const mail = await simpleParser(build(ada).raw);
    const url = unsubscribeHeaderUrl(mail);
    const values = (name: string) => (name === 'unsubscribeUrl' ? url : name === 'email' ? ada.email : name === 'name' ? ada.name : ada.fields.city ?? '');
    // Exactly: no filler of any kind is added to align the pre-encoded pieces.
    expect(mail.html).toBe(fillSlots(rendered.html, rendered.slots, (n) => escapeHtml(values(n))));
    expect(mail.text).toBe(fillSlots(rendered.text, rendered.slots, values));
  });

  it('signs the text part off with an exact "-- " line and pads no line with spaces', async () => {
    const build = await createMessageFactory(await renderExample(), config);
    const text = (await simpleParser(build(ada).raw)).text ?? '';
    const lines = text.split('\n');
    expect(lines).toContain('-- ');
    for (const line of lines) if (line !== '-- ') expect(line).not.toMatch(/[ \t]$/);
  });

  it('links the footer to the same unsubscribe URL as the header, with a token that verifies for this recipient only', async () => {
    const build = await createMessageFactory(await renderExample(), config);
    const adaMail = await simpleParser(build(ada).raw);
    const graceMail = await simpleParser(build(grace).raw);
    const adaUrl = unsubscribeHeaderUrl(adaMail);
    expect(adaMail.html).toContain(`href="${escapeHtml(adaUrl)}"`);
    expect(adaMail.text).toContain(`Unsubscribe: ${adaUrl}`);
    const token = new URL(adaUrl).searchParams.get('token') ?? '';
    expect(verifyUnsubscribeToken(config.hmacSecret, token)).toEqual({ listId: 'daily-digest', email: 'ada@example.com' });
    expect(verifyUnsubscribeToken('another-secret-of-enough-length-0123456789', token)).toBeNull();
    expect(graceMail.html).not.toContain(adaUrl);
    expect(graceMail.html).not.toContain('ada@example.com');
    expect(unsubscribeHeaderUrl(graceMail)).not.toBe(adaUrl);
  });

  it('shows template syntax typed in an article literally and never leaks a recipient value through it', async () => {
    const build = await createMessageFactory(await renderExample(), config);
    const mail = await simpleParser(build(ada).raw);
    expect(mail.html).toContain('Template talk: {{unsubscribeUrl}} and {{{subscriber.email}}}');
    expect(mail.text).toContain('Template talk: {{unsubscribeUrl}} and {{{subscriber.email}}}');
  });

  it('escapes subscriber values in HTML and keeps them plain in text', async () => {
    const rendered = await renderDigest(makeIssue([makeArticle(1)]), await realTemplates(), config, { columns: ['email', 'name'] });
    const withName = { ...rendered, html: rendered.html.replace('</body>', `<p>Hello ${slotMarker(rendered.slots, 'name')}</p></body>`) };
    const build = await createMessageFactory(withName, config);
    const mail = await simpleParser(build(ada).raw);
    expect(mail.html).toContain('Hello Ada &lt;Countess&gt; &amp; &quot;Lovelace&quot;');
  });

  it('shows the list name as the sender when the From address has no display name', async () => {
    const build = await createMessageFactory(await renderExample(), { ...config, from: 'digest@example.com', listName: 'Дневни преглед' });
    const mail = await simpleParser(build(ada).raw);
    expect(mail.from?.value[0]).toEqual({ name: 'Дневни преглед', address: 'digest@example.com' });
    const named = await simpleParser((await createMessageFactory(await renderExample(), { ...config, from: 'Newsroom <news@example.com>' }))(ada).raw);
    expect(named.from?.value[0]).toEqual({ name: 'Newsroom', address: 'news@example.com' });
  });

  it('encodes only the phrase of a non-ASCII List-Id, never the <id> that filters match', async () => {
    const build = await createMessageFactory(await renderExample(), { ...config, listName: 'Дневни преглед — Београд' });
    const raw = build(ada).raw.toString('latin1');
    const header = /\r\nList-Id: ((?:[^\r]|\r\n )*)\r\n/i.exec(raw)?.[1] ?? '';
    expect(header).toMatch(/^=\?UTF-8\?Q\?/);
    expect(header).toMatch(/\r\n <daily-digest\.example\.com>$/);
    for (const line of header.split('\r\n')) expect(line.length).toBeLessThanOrEqual(78);
    const mail = await simpleParser(build(ada).raw);
    expect(mail.headers.get('list')).toMatchObject({ id: { id: 'daily-digest.example.com' } });
    const plain = (await createMessageFactory(await renderExample(), config))(ada).raw.toString('latin1');
    expect(plain).toMatch(/\r\nList-Id: Daily Digest <daily-digest\.example\.com>\r\n/i);
  });

  it('gives a message the same Message-ID when it is built again for the same issue and recipient', async () => {
    const rendered = await renderExample();
    const first = (await createMessageFactory(rendered, config))(ada);
    const again = (await createMessageFactory(rendered, config))(ada);
    expect(again.messageId).toBe(first.messageId);
    expect((await createMessageFactory(rendered, config))(grace).messageId).not.toBe(first.messageId);
  });

  it('marks test sends in the subject', async () => {
    const rendered = await renderExample();
    const mail = await simpleParser((await createMessageFactory(rendered, config, { test: true }))(ada).raw);
    expect(mail.subject).toBe(`[TEST] ${rendered.subject}`);
  });

  it('keeps every line of the raw message within 78 characters except folded headers', async () => {
    const raw = (await createMessageFactory(await renderExample(), config))(ada).raw.toString('latin1');
    const bodyStart = raw.indexOf('\r\n\r\n');
    for (const line of raw.slice(bodyStart).split('\r\n')) expect(line.length).toBeLessThanOrEqual(78);
    expect(raw.slice(bodyStart)).not.toMatch(/[^\r]\n/);
  });
});

describe('assembling a part from pre-encoded pieces', () => {
  const tags = ['<p>', '</p>', '<a href="', '">', '</a>', '<br>', '<!--[if mso]><table><tr><td><![endif]-->', '<!--[if !mso]><!-->', '<!--<![endif]-->', ' text ', 'ünïcødé ✓ ', '\n'];

  it('decodes to exactly the direct fill, for any placement of slots (HTML and text)', () => {
    const slots = newSlotSet(['email', 'name']);
    const marker = (i: number) => slotMarker(slots, slots.names[i % slots.names.length]!);
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...tags), fc.integer({ min: 0, max: 2 })), { minLength: 1, maxLength: 60 }),
        fc.array(fc.string({ unit: 'grapheme', maxLength: 90 }), { minLength: 3, maxLength: 3 }),
        fc.constantFrom('html' as const, 'text' as const),
        (parts, values, kind) => {
          const rendered = `<html><body>${parts.map((p) => (typeof p === 'number' ? marker(p) : p)).join('')}</body></html>\n`;
          const clean = values.map((v) => (kind === 'html' ? escapeHtml(v) : v).replace(/[\r\n]/g, ' '));
          const out: Buffer[] = [];
          assemblePart(preparePart(rendered, slots.token, kind), clean, out);
          const encoded = Buffer.concat(out).toString('latin1');
          for (const line of encoded.split('\r\n')) expect(line.length).toBeLessThanOrEqual(76);
          const decoded = Buffer.from(encoded.replace(/\r\n/g, ''), 'base64').toString('utf8');
          const expected = fillSlots(rendered, slots, (name) => clean[slots.names.indexOf(name)] ?? '');
          expect(decoded).toBe(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});
