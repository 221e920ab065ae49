import { createHash } from 'node:crypto';
import MailComposer from 'nodemailer/lib/mail-composer';
import { encodeWords } from 'nodemailer/lib/mime-funcs';
import type { OutgoingMessage } from '../ports.js';
import type { RenderedDigest } from '../render/render-digest.js';
import type { SlotName } from '../render/slots.js';
import type { Subscriber } from '../subscribers/subscriber.js';
import { assemblePart, preparePart } from './personalised-part.js';
import { createUnsubscribeToken, unsubscribeUrl } from './unsubscribe-token.js';

/**
 * Builds one RFC 5322 message per subscriber. nodemailer's MailComposer
 * writes the MIME once per issue, with markers where the recipient's
 * headers and bodies go; each message is then the fixed Buffers joined with
 * the recipient's pieces (see personalised-part.ts). No template engine runs
 * per recipient, so text typed by an article author is never evaluated.
 */

export interface MessageSettings {
  from: string;
  replyTo?: string;
  listId: string;
  listName: string;
  unsubscribeUrl: string;
  unsubscribeMailto?: string;
  hmacSecret: string;
}

export interface MessageFactoryOptions {
  /** A test send: the subject says so. */
  test?: boolean;
  /** The Date header; defaults to now. */
  date?: Date;
}

export type MessageFactory = (subscriber: Subscriber) => OutgoingMessage;

export async function createMessageFactory(
  digest: RenderedDigest,
  settings: MessageSettings,
  options: MessageFactoryOptions = {},
): Promise<MessageFactory> {
  const token = digest.slots.token;
  const marker = (name: string) => `${token}${name}`;
  const senderDomain = domainOf(settings.from);
  const composer = new MailComposer({
    from: fromWithListName(settings.from, settings.listName),
    replyTo: settings.replyTo,
    to: `${marker('to')}@recipient.invalid`,
    subject: options.test ? `[TEST] ${digest.subject}` : digest.subject,
    messageId: `<${marker('mid')}@${senderDomain}>`,
    date: options.date ?? new Date(),
    // Base64 keeps every line short and lets the bodies be assembled from pre-encoded pieces.
    text: { content: marker('textbody'), contentTransferEncoding: 'base64' },
    html: { content: marker('htmlbody'), contentTransferEncoding: 'base64' },
    headers: {
      'List-Unsubscribe': { prepared: true, value: marker('unsub') },
      // RFC 8058: the POST to the List-Unsubscribe URL unsubscribes; a GET never does.
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      'List-Id': { prepared: true, value: listIdHeader(settings.listName, `${settings.listId}.${senderDomain}`) },
      ...(options.test ? { 'X-Digest-Test': 'yes' } : {}),
    },
  });
  const skeleton = (await composer.compile().build()).toString('latin1');

  const htmlPart = preparePart(digest.html, token, 'html');
  const textPart = preparePart(digest.text, token, 'text');
  const layout = splitSkeleton(skeleton, [
    { find: `${marker('to')}@recipient.invalid`, fill: 'to' },
    { find: `${marker('mid')}@`, fill: 'mid' },
    { find: marker('unsub'), fill: 'unsub' },
    { find: `${encodedLine(marker('textbody'))}\r\n`, fill: 'text' },
    { find: `${encodedLine(marker('htmlbody'))}\r\n`, fill: 'html' },
  ]);

  const slotNames = digest.slots.names;
  // `…?token=` with an empty value, last; tokens are URL-safe, so appending needs no per-message URL parsing.
  const urlPrefix = unsubscribeUrl(settings.unsubscribeUrl, '');
  return (subscriber) => {
    const email = subscriber.email;
    const url = urlPrefix + createUnsubscribeToken(settings.hmacSecret, { listId: settings.listId, email });
    const raw = slotNames.map((name) => slotValue(name, subscriber, url));
    const localId = messageLocalId(digest.date, settings.listId, email, options.test === true);
    const out: Buffer[] = [];
    for (const piece of layout) {
      if (Buffer.isBuffer(piece)) out.push(piece);
      else if (piece === 'to') out.push(Buffer.from(email, 'latin1'));
      else if (piece === 'mid') out.push(Buffer.from(`${localId}@`, 'latin1'));
      else if (piece === 'unsub') out.push(Buffer.from(listUnsubscribe(url, settings.unsubscribeMailto, email), 'latin1'));
      else if (piece === 'text') assemblePart(textPart, raw, out);
      else assemblePart(htmlPart, raw.map(escapeHtml), out);
    }
    return { recipient: email, messageId: `${localId}@${senderDomain}`, raw: Buffer.concat(out) };
  };
}

type Fill = 'to' | 'mid' | 'unsub' | 'text' | 'html';

/** Cuts the composed skeleton at each marker, in order of appearance; every marker must appear exactly once. */
function splitSkeleton(skeleton: string, markers: Array<{ find: string; fill: Fill }>): Array<Buffer | Fill> {
  const located = markers
    .map((marker) => {
      const at = skeleton.indexOf(marker.find);
      if (at < 0 || skeleton.indexOf(marker.find, at + 1) >= 0) {
        throw new Error(`MailComposer output has no single "${marker.fill}" marker; the MIME layout changed`);
      }
      return { ...marker, at };
    })
    .sort((a, b) => a.at - b.at);
  const layout: Array<Buffer | Fill> = [];
  let cursor = 0;
  for (const marker of located) {
    layout.push(Buffer.from(skeleton.slice(cursor, marker.at), 'latin1'), marker.fill);
    cursor = marker.at + marker.find.length;
  }
  layout.push(Buffer.from(skeleton.slice(cursor), 'latin1'));
  return layout;
}

function encodedLine(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64');
}

function slotValue(name: SlotName, subscriber: Subscriber, url: string): string {
  if (name === 'unsubscribeUrl') return url;
  if (name === 'email') return subscriber.email;
  if (name === 'name') return subscriber.name;
  return subscriber.fields[name.slice('field:'.length)] ?? '';
}

/** `List-Unsubscribe` with the one-click URL first, folded so no line passes 78 characters needlessly. */
function listUnsubscribe(url: string, mailto: string | undefined, email: string): string {
  if (!mailto) return `<${url}>`;
  const subject = encodeURIComponent(`unsubscribe ${email}`);
  return `<${url}>,\r\n <mailto:${mailto}?subject=${subject}>`;
}

/** Stable per issue and recipient, so a message re-sent after a crash carries the same Message-ID. */
function messageLocalId(date: string, listId: string, email: string, test: boolean): string {
  const hash = createHash('sha256').update(`${listId}\n${date}\n${email.toLowerCase()}`).digest('hex').slice(0, 24);
  return `${date}.${hash}${test ? `.test${Date.now().toString(36)}` : ''}.${listId}`;
}

/**
 * The sender as readers see it: the configured display name, or the list's
 * name when `from` is a bare address, so the inbox shows which list this is
 * and the subject can be all news.
 */
export function fromWithListName(from: string, listName: string): string | { name: string; address: string } {
  const trimmed = from.trim();
  if (/<[^<>]+>\s*$/.test(trimmed) && !/^<[^<>]+>$/.test(trimmed)) return trimmed;
  const address = trimmed.replace(/^<|>$/g, '');
  return { name: listName.replace(/[\r\n]/g, ' '), address };
}

/**
 * RFC 2919 `List-Id: phrase <id>`. Only the phrase may be encoded (RFC 2047);
 * an encoded `<id>` is lost to parsers that filter on it. Folded so no line
 * passes 78 characters.
 */
export function listIdHeader(listName: string, id: string): string {
  const name = listName.replace(/[\r\n<>]/g, ' ').replace(/\s+/g, ' ').trim();
  let phrase: string;
  if (!name) phrase = '';
  else if (!/^[\x20-\x7e]*$/.test(name)) phrase = encodeWords(name, 'Q', 52, true).replace(/\s+/g, '\r\n ');
  else if (/^[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~ ]+$/.test(name)) phrase = name;
  else phrase = `"${name.replace(/["\\]/g, '\\$&')}"`;
  if (!phrase) return `<${id}>`;
  const oneLine = `${phrase} <${id}>`;
  return !oneLine.includes('\r\n') && 'List-Id: '.length + oneLine.length <= 78 ? oneLine : `${phrase}\r\n <${id}>`;
}

function domainOf(from: string): string {
  const match = /@([A-Za-z0-9.-]+)>?\s*$/.exec(from.trim());
  return match?.[1] ?? 'localhost';
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]!);
}
