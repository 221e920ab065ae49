import { addressProblem } from '../core/subscribers/email-address.js';

/**
 * Checks for the addresses in configuration (From, Reply-To). Each is one
 * mailbox, `addr@domain` or `Display Name <addr@domain>`: never a list, a
 * group or anything that could end the header, because it is written into
 * every message.
 */

export interface Mailbox {
  address: string;
  domain: string;
}

const QUOTED_NAME = /^"(?:[^"\\\r\n]|\\.)*"$/;
/** A display name as plain words: none of the characters that delimit addresses or groups. */
const PLAIN_NAME = /^[^,;:<>@"()[\]\\]*$/;

/** The mailbox, or a sentence saying why the value is not exactly one. */
export function parseMailbox(value: string): Mailbox | string {
  if (/[\r\n\0]/.test(value)) return 'must be one mailbox on one line (it contains a line break)';
  const trimmed = value.trim();
  const named = /^(.*?)\s*<([^<>]*)>$/.exec(trimmed);
  const name = named ? (named[1] ?? '').trim() : '';
  const address = named ? (named[2] ?? '').trim() : trimmed;
  if (named && !QUOTED_NAME.test(name) && !PLAIN_NAME.test(name)) {
    return 'must be one mailbox such as "Daily Digest <digest@example.org>" (quote a display name that holds , ; : or @)';
  }
  const problem = addressProblem(address);
  if (problem) return `must be one mailbox such as "Daily Digest <digest@example.org>": ${problem}`;
  return { address, domain: address.slice(address.lastIndexOf('@') + 1).toLowerCase() };
}

/** Domains reserved for documentation and tests (RFC 2606, RFC 6761): mail to or from them goes nowhere. */
export function isPlaceholderDomain(domain: string): boolean {
  const name = domain.toLowerCase().replace(/\.$/, '');
  if (/(^|\.)example\.(com|net|org)$/.test(name)) return true;
  return /(^|\.)(example|test|invalid|localhost)$/.test(name);
}

/** The domain of an address or a bare domain (an SES identity). */
export function domainOf(addressOrDomain: string): string {
  const mailbox = parseMailbox(addressOrDomain);
  return typeof mailbox === 'string' ? addressOrDomain.slice(addressOrDomain.lastIndexOf('@') + 1).trim().toLowerCase() : mailbox.domain;
}
