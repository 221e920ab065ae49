import { existsSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../functions/core/errors.js';
import { addressProblem } from '../../functions/core/subscribers/email-address.js';
import { parseSubscribers } from '../../functions/core/subscribers/parse-subscribers.js';
import { digest, memoryDay, RecordingTransport, runInMemory, SAMPLE_DATE } from './support.js';

/**
 * Attack: a careless upstream (or an attacker) breaks the CSV's quoting.
 * csv-parse, told to skip bad records, stays inside a quoted field to the
 * end of the file, so every later subscriber silently vanished.
 */

const HEADER = 'email,name,city';

function refusal(csv: string): UsageError {
  try {
    parseSubscribers(csv);
  } catch (error) {
    if (error instanceof UsageError) return error;
    throw error;
  }
  throw new Error('the list was accepted');
}

describe('a subscriber list whose rows can no longer be delimited', () => {
  it('refuses a stray character after a closing quote, naming the line, instead of swallowing the rest', () => {
    const csv = [HEADER, 'ada@example.com,Ada,London', '"grace@example.com"x,Grace,Arlington', 'linus@example.com,Linus,Helsinki', 'alan@example.com,Alan,Wilmslow'].join('\n');
    const error = refusal(csv);
    expect(error.message).toMatch(/line 3/);
    expect(error.message).toMatch(/quote/i);
    expect(error.message.split('\n')).toHaveLength(1);
  });

  it('refuses a quote that is never closed, naming the line where it opens', () => {
    const csv = [HEADER, 'ada@example.com,Ada,London', 'grace@example.com,"Grace,Arlington', 'linus@example.com,Linus,Helsinki', 'alan@example.com,Alan,Wilmslow', ''].join('\n');
    const error = refusal(csv);
    expect(error.message).toMatch(/line 3\b/);
    expect(error.message).toMatch(/never closed/);
  });

  it('refuses a quote in the middle of an unquoted field', () => {
    const error = refusal([HEADER, 'ada@example.com,Ada,London', 'gra"ce@example.com,Grace,Arlington', 'linus@example.com,Linus,Helsinki'].join('\n'));
    expect(error.message).toMatch(/line 3/);
  });

  it('refuses a quoted field that runs over what looks like whole subscriber rows', () => {
    // Well-formed CSV by the letter, but one quote opened too early: rows 3 and 4 would become part of a name.
    const csv = [HEADER, 'ada@example.com,"Ada,London', 'grace@example.com,Grace,Arlington', 'linus@example.com,Linus",Helsinki', 'alan@example.com,Alan,Wilmslow'].join('\n');
    const error = refusal(csv);
    expect(error.message).toMatch(/line 2/);
    expect(error.message).toMatch(/closing quote/);
  });

  it('still reads quoted fields with commas and line breaks that hold no row', () => {
    const list = parseSubscribers([HEADER, 'ada@example.com,"Lovelace, Ada",London', 'grace@example.com,"Grace', 'Hopper",Arlington', 'linus@example.com,Linus,Helsinki'].join('\n'));
    expect(list.valid.map((s) => s.name)).toEqual(['Lovelace, Ada', 'Grace Hopper', 'Linus']);
  });

  it('digest run exits 2 with one line, freezes nothing and sends nothing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'digest-adversarial-'));
    const csv = join(dir, 'subscribers.csv');
    await writeFile(csv, [HEADER, 'ada@example.com,Ada,London', '"grace@example.com"x,Grace,Arlington', 'linus@example.com,Linus,Helsinki'].join('\n'));
    const out = join(dir, 'out');
    const result = digest(['run', '--subscribers', csv, '--out', out]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/line 3/);
    expect(existsSync(join(out, SAMPLE_DATE, 'recipients.csv'))).toBe(false);
    expect(existsSync(join(out, SAMPLE_DATE, 'outbox'))).toBe(false);
  });
});

describe('row-level problems', () => {
  it('reports each bad row once and keeps every good one', () => {
    const list = parseSubscribers([HEADER, 'ada@example.com,Ada,London', 'not-an-address,Broken,Nowhere', ',Empty,Nowhere', 'linus@example.com,Linus,Helsinki'].join('\n'));
    expect(list.valid.map((s) => s.email)).toEqual(['ada@example.com', 'linus@example.com']);
    expect(list.rejected.map((r) => r.line)).toEqual([3, 4]);
  });

  it('refuses local parts over 64 characters, which SES refuses', () => {
    expect(addressProblem(`${'a'.repeat(65)}@example.com`)).toMatch(/64/);
    expect(addressProblem(`${'a'.repeat(64)}@example.com`)).toBeNull();
    const list = parseSubscribers(`email\n${'a'.repeat(65)}@example.com\nada@example.com\n`);
    expect(list.rejected).toEqual([{ line: 2, reason: expect.stringMatching(/local part/) }]);
  });
});

describe('column names are data, not object keys', () => {
  it('keeps constructor, toString and hasOwnProperty columns as plain fields and sends to everyone', async () => {
    const csv = 'email,name,constructor,toString,hasOwnProperty\nada@example.com,Ada,c1,t1,h1\ngrace@example.com,Grace,,,\n';
    const list = parseSubscribers(csv);
    expect(list.valid[0]!.fields.constructor).toBe('c1');
    expect(list.valid[0]!.fields.tostring).toBe('t1');
    expect(list.valid[0]!.fields.hasownproperty).toBe('h1');
    expect(list.valid[1]!.fields.constructor).toBe('');
    const transport = new RecordingTransport();
    const result = await runInMemory(await memoryDay(), csv, transport);
    expect(transport.recipients().sort()).toEqual(['ada@example.com', 'grace@example.com']);
    expect(result.report.messages.pending).toBe(0);
  });

  it('refuses a __proto__ column at load with a clear message', () => {
    expect(refusal('email,__proto__\nada@example.com,x\n').message).toMatch(/"__proto__".*rename/);
  });

  it('refuses a header that names a column twice, which would hide one of them', () => {
    expect(refusal('email,name,Email\nada@example.com,Ada,grace@example.com\n').message).toMatch(/"email" appears twice/);
  });
});

/** Well-formed rows; some names quoted with commas, escaped quotes or line breaks. */
const wellFormedRows = fc.uniqueArray(fc.integer({ min: 0, max: 9_999 }), { minLength: 2, maxLength: 12 }).chain((ids) =>
  fc.tuple(fc.constant(ids), fc.array(fc.constantFrom('plain', 'comma', 'escaped', 'multiline', 'empty-quoted'), { minLength: ids.length, maxLength: ids.length })),
);

function renderRow(id: number, style: string): string {
  const email = `reader${id}@example.com`;
  switch (style) {
    case 'comma':
      return `${email},"Reader, ${id}",Town`;
    case 'escaped':
      return `${email},"The ""${id}""",Town`;
    case 'multiline':
      return `${email},"Reader\n${id}",Town`;
    case 'empty-quoted':
      return `${email},"",Town`;
    default:
      return `${email},Reader ${id},Town`;
  }
}

const injection = fc.record({
  kind: fc.constantFrom('insert-quote', 'delete-quote', 'text-after-closing-quote'),
  row: fc.nat(),
  at: fc.nat(),
});

function inject(rows: string[], hit: { kind: string; row: number; at: number }): { csv: string; touched: number } {
  const touched = hit.row % rows.length;
  const row = rows[touched]!;
  const quotes = [...row].flatMap((char, index) => (char === '"' ? [index] : []));
  let broken: string;
  if (hit.kind === 'insert-quote' || quotes.length === 0) {
    const at = hit.at % (row.length + 1);
    broken = `${row.slice(0, at)}"${row.slice(at)}`;
  } else if (hit.kind === 'delete-quote') {
    const at = quotes[hit.at % quotes.length]!;
    broken = row.slice(0, at) + row.slice(at + 1);
  } else {
    const at = quotes[quotes.length - 1]!;
    broken = `${row.slice(0, at + 1)}x${row.slice(at + 1)}`;
  }
  const lines = [...rows];
  lines[touched] = broken;
  return { csv: [HEADER, ...lines].join('\n'), touched };
}

describe('a quote error anywhere never drops a subscriber silently', () => {
  it('every well-formed row is either accepted or the whole list is refused (parser level)', () => {
    fc.assert(
      fc.property(wellFormedRows, injection, ([ids, styles], hit) => {
        const rows = ids.map((id, index) => renderRow(id, styles[index]!));
        const { csv, touched } = inject(rows, hit);
        let accepted: string[];
        try {
          accepted = parseSubscribers(csv).valid.map((s) => s.email);
        } catch (error) {
          expect(error).toBeInstanceOf(UsageError);
          return;
        }
        const untouched = ids.filter((_, index) => index !== touched).map((id) => `reader${id}@example.com`);
        expect(accepted).toEqual(expect.arrayContaining(untouched));
      }),
      { numRuns: 400 },
    );
  });

  it('every well-formed row is either sent or the run is refused (whole pipeline)', async () => {
    await fc.assert(
      fc.asyncProperty(wellFormedRows, injection, async ([ids, styles], hit) => {
        const rows = ids.map((id, index) => renderRow(id, styles[index]!));
        const { csv, touched } = inject(rows, hit);
        const transport = new RecordingTransport();
        try {
          await runInMemory(await memoryDay(), csv, transport);
        } catch (error) {
          expect(error).toBeInstanceOf(UsageError);
          expect(transport.sends).toHaveLength(0);
          return;
        }
        const untouched = ids.filter((_, index) => index !== touched).map((id) => `reader${id}@example.com`);
        expect(transport.recipients()).toEqual(expect.arrayContaining(untouched));
      }),
      { numRuns: 40 },
    );
  });
});
