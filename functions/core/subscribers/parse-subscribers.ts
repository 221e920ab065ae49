import { parse } from 'csv-parse/sync';
import { errorMessage, UsageError } from '../errors.js';
import { addressProblem } from './email-address.js';
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
    const swallowed = swallowedRow(record);
    if (swallowed !== null) {
      throw new UsageError(
        `The subscriber list cannot be split into rows with certainty: line ${line}: a quoted field runs over line ${line + swallowed}, which looks like a subscriber row of its own; is a closing quote missing? Nothing was sent.`,
      );
    }
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
    // Column names are data: a null-prototype object keeps `constructor` or `toString` as plain fields.
    const fields = Object.create(null) as Record<string, string>;
    for (const [column, value] of Object.entries(record)) {
      if (column !== 'email' && column !== 'name') fields[column] = singleLine(value ?? '');
    }
    valid.push({ email, name: singleLine(Object.hasOwn(record, 'name') ? (record.name ?? '') : ''), fields });
    return null;
  };
  try {
    parse(text, {
      bom: true,
      columns: (header: string[]) => {
        columns = header.map((name) => name.trim());
        return checkedColumnKeys(columns);
      },
      skip_empty_lines: true,
      trim: false,
      info: true,
      raw: true,
      relax_column_count: true,
      // No skip_records_with_error: after a quote error the parser cannot tell where rows end, and
      // "recovering" swallowed every later row. A structural error refuses the whole list instead.
      on_record: (entry: unknown) => accept(entry as Parameters<typeof accept>[0]),
    });
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw structuralError(error, text);
  }
  if (!columns.map((name) => name.toLowerCase()).includes('email')) {
    throw new UsageError(`The subscriber list has no "email" column (header: ${columns.join(', ') || 'empty'})`);
  }
  rejected.sort((a, b) => a.line - b.line);
  return { valid, rejected, duplicates, columns };
}

/** The record keys for a header: lower-cased names, refusing the ones that cannot be told apart or stored safely. */
function checkedColumnKeys(names: string[]): string[] {
  const keys = names.map((name) => name.toLowerCase());
  keys.forEach((key, index) => {
    if (key === '__proto__') {
      throw new UsageError('The subscriber list has a column named "__proto__", which cannot be used as a field name; rename the column');
    }
    if (key !== '' && keys.indexOf(key) !== index) {
      throw new UsageError(`The subscriber list's header is ambiguous: column "${key}" appears twice (columns ${keys.indexOf(key) + 1} and ${index + 1})`);
    }
  });
  return keys;
}

/** What a quote error means for people, with the line it is on. */
function structuralError(error: unknown, text: string): UsageError {
  const { code, bytes } = (error ?? {}) as { code?: unknown; bytes?: unknown };
  const line = typeof bytes === 'number' ? lineAtByte(text, bytes) : undefined;
  const problems: Record<string, string> = {
    CSV_QUOTE_NOT_CLOSED: 'a quote opened in this row is never closed',
    CSV_INVALID_CLOSING_QUOTE: 'a closing quote is followed by more text instead of a comma or the end of the line',
    INVALID_OPENING_QUOTE: 'a quote appears in the middle of an unquoted field',
    CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: 'a closing quote is followed by more text instead of a comma or the end of the line',
  };
  const problem = (typeof code === 'string' ? problems[code] : undefined) ?? errorMessage(error).replace(/\s+/g, ' ');
  return new UsageError(
    `The subscriber list cannot be split into rows with certainty: ${line === undefined ? '' : `line ${line}: `}${problem}. Fix the file; nothing was sent.`,
    { cause: error },
  );
}

/**
 * A quoted field that ran over a line holding a delimiter and an address has
 * probably swallowed rows (a quote opened too early and closed by a later
 * row's quote): returns how many lines into the field that line is, or null.
 * Names and notes may span lines; whole rows inside them may not.
 */
function swallowedRow(record: Record<string, string>): number | null {
  for (const value of Object.values(record)) {
    if (!value || !/[\r\n]/.test(value)) continue;
    const lines = value.split(/\r\n|\r|\n/);
    for (let index = 1; index < lines.length; index += 1) {
      const line = lines[index] ?? '';
      if (line.includes(',') && /[^\s,;"<>]+@[^\s,;"<>]+\.[^\s,;"<>]+/.test(line)) return index;
    }
  }
  return null;
}

function lineAtByte(text: string, byte: number): number {
  const head = Buffer.from(text, 'utf8').subarray(0, byte).toString('utf8');
  return 1 + (head.match(/\r\n|\r|\n/g)?.length ?? 0);
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
