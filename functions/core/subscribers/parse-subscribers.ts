import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { errorMessage, UsageError } from '../errors.js';
import type { Subscriber } from './subscriber.js';

/**
 * The subscriber list: RFC 4180 CSV with a header row; `email` is required,
 * `name` and any other columns are optional and reach the templates.
 * Every address is trimmed, validated and de-duplicated case-insensitively;
 * rejected rows are reported with their line number and reason.
 */

export interface RejectedRow {
  line: number;
  reason: string;
}

export interface SubscriberList {
  valid: Subscriber[];
  rejected: RejectedRow[];
  /** Rows whose address repeated an earlier one. */
  duplicates: number;
  /** Header names, as given. */
  columns: string[];
}

const emailSchema = z.email();

export function parseSubscribers(csv: Buffer | string): SubscriberList {
  const text = typeof csv === 'string' ? csv : csv.toString('utf8');
  const rejected: RejectedRow[] = [];
  let columns: string[] = [];
  const seen = new Set<string>();
  const valid: Subscriber[] = [];
  let duplicates = 0;
  const startLine = lineLocator(text);
  // Each record becomes a subscriber as soon as the parser reaches it (`on_record` keeps nothing), so
  // a million-row list never holds the parser's per-row objects all at once: about half the peak memory.
  const accept = ({ record, info, raw }: { record: Record<string, string>; info: { bytes: number }; raw: string }): null => {
    // csv-parse's `info.lines` miscounts after CRLF inside quoted fields; locate the record by byte offset instead.
    const line = startLine(info.bytes, raw);
    const email = (record.email ?? '').trim();
    const problem = addressProblem(email);
    if (problem) {
      rejected.push({ line, reason: problem });
      return null;
    }
    const key = email.toLowerCase();
    if (seen.has(key)) {
      duplicates += 1;
      return null;
    }
    seen.add(key);
    const fields: Record<string, string> = {};
    for (const [column, value] of Object.entries(record)) {
      if (column !== 'email' && column !== 'name') fields[column] = singleLine(value ?? '');
    }
    valid.push({ email, name: singleLine(record.name ?? ''), fields });
    return null;
  };
  try {
    parse(text, {
      bom: true,
      columns: (header: string[]) => {
        columns = header.map((name) => name.trim());
        return columns.map((name) => name.toLowerCase());
      },
      skip_empty_lines: true,
      trim: false,
      info: true,
      raw: true,
      relax_column_count: true,
      skip_records_with_error: true,
      on_skip: (error) => {
        const line = (error as { lines?: number } | undefined)?.lines ?? 0;
        rejected.push({ line, reason: `malformed CSV row: ${error?.message ?? 'unknown error'}` });
      },
      on_record: (entry: unknown) => accept(entry as Parameters<typeof accept>[0]),
    });
  } catch (error) {
    throw new UsageError(`The subscriber list is not readable CSV: ${errorMessage(error)}`, { cause: error });
  }
  if (!columns.map((name) => name.toLowerCase()).includes('email')) {
    throw new UsageError(`The subscriber list has no "email" column (header: ${columns.join(', ') || 'empty'})`);
  }
  rejected.sort((a, b) => a.line - b.line);
  return { valid, rejected, duplicates, columns };
}

/** Why an address cannot be sent to, or null when it can. Anything that could break a header is refused. */
export function addressProblem(email: string): string | null {
  if (email === '') return 'the email address is empty';
  if (/[\r\n\0]/.test(email)) return 'the email address contains a line break or NUL (header injection)';
  if (/[\s<>(),;:"\\[\]]/.test(email)) return `"${printable(email)}" contains characters not allowed in an address`;
  // SES and most mailbox providers refuse non-ASCII local parts (SMTPUTF8).
  if (/[^\x21-\x7e]/.test(email)) return `"${printable(email)}" contains non-ASCII characters`;
  if (email.length > 254) return 'the email address is longer than 254 characters';
  if (!emailSchema.safeParse(email).success) return `"${printable(email)}" is not a valid email address`;
  return null;
}

/**
 * The 1-based line on which a record starts, from `info.bytes` (where it ends)
 * and its raw text (which may begin with skipped blank lines). Records come in
 * order, so line breaks are counted incrementally.
 */
function lineLocator(text: string): (endByte: number, raw: string) => number {
  const bytes = Buffer.from(text, 'utf8');
  let offset = 0;
  let line = 1;
  return (endByte, raw) => {
    const leading = /^[\r\n]*/.exec(raw)?.[0].length ?? 0;
    const start = Math.min(Math.max(endByte - Buffer.byteLength(raw) + leading, offset), bytes.length);
    for (; offset < start; offset += 1) {
      if (bytes[offset] === 0x0a || (bytes[offset] === 0x0d && bytes[offset + 1] !== 0x0a)) line += 1;
    }
    return line;
  };
}

function singleLine(value: string): string {
  return value.replace(/[\r\n\t\0]+/g, ' ').trim();
}

function printable(value: string): string {
  return JSON.stringify(value).slice(1, -1).slice(0, 80);
}
