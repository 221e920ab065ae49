import { regexes } from 'zod/mini';

/**
 * Whether an address can be sent to. Its own module, apart from the CSV
 * parser: the configuration checks addresses at every cold start, and
 * importing this must not load csv-parse.
 */

/** Why an address cannot be sent to, or null when it can. Anything that could break a header is refused. */
export function addressProblem(email: string): string | null {
  if (email === '') return 'the email address is empty';
  if (/[\r\n\0]/.test(email)) return 'the email address contains a line break or NUL (header injection)';
  if (/[\s<>(),;:"\\[\]]/.test(email)) return `"${printable(email)}" contains characters not allowed in an address`;
  // SES and most mailbox providers refuse non-ASCII local parts (SMTPUTF8).
  if (/[^\x21-\x7e]/.test(email)) return `"${printable(email)}" contains non-ASCII characters`;
  if (email.length > 254) return 'the email address is longer than 254 characters';
  // RFC 5321's limit, which SES enforces: a longer local part is refused at send time.
  if (email.lastIndexOf('@') > 64) return 'the local part (before the @) is longer than 64 characters';
  // The pattern `z.email()` checks against, without building a schema at every cold start.
  if (!regexes.email.test(email)) return `"${printable(email)}" is not a valid email address`;
  return null;
}

function printable(value: string): string {
  return JSON.stringify(value).slice(1, -1).slice(0, 80);
}
