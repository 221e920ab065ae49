import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../functions/core/errors.js';
import { addressProblem } from '../../../functions/core/subscribers/email-address.js';
import { parseSubscribers } from '../../../functions/core/subscribers/parse-subscribers.js';

describe('reading the subscriber list', () => {
  it('reads a header row, quoted fields with commas and line breaks, and extra columns', () => {
    const list = parseSubscribers('email,name,city,plan\nada@example.com,"Lovelace, Ada",London,pro\ngrace@example.com,"Grace\nHopper",Arlington,\n');
    expect(list.valid).toEqual([
      { email: 'ada@example.com', name: 'Lovelace, Ada', fields: { city: 'London', plan: 'pro' } },
      { email: 'grace@example.com', name: 'Grace Hopper', fields: { city: 'Arlington', plan: '' } },
    ]);
    expect(list.columns).toEqual(['email', 'name', 'city', 'plan']);
    expect(list.rejected).toEqual([]);
  });

  it('trims addresses and drops case-insensitive duplicates, counting them', () => {
    const list = parseSubscribers('email\n  ada@example.com  \nADA@Example.com\nada@example.com\nlinus@example.com\n');
    expect(list.valid.map((s) => s.email)).toEqual(['ada@example.com', 'linus@example.com']);
    expect(list.duplicates).toBe(2);
  });

  it('rejects invalid, empty, non-ASCII and header-breaking addresses with their line and reason, and keeps the rest', () => {
    const csv = [
      'email,name',
      'ok@example.com,Fine',
      'not-an-address,Broken',
      ',Empty',
      '"mallory@example.com\r\nBcc: victim@example.net",Injection',
      'josé@example.com,Accent',
      '"a@example.com>, <b@example.com",Two',
      'last@example.com,Last',
    ].join('\n');
    const list = parseSubscribers(csv);
    expect(list.valid.map((s) => s.email)).toEqual(['ok@example.com', 'last@example.com']);
    expect(list.rejected.map((r) => r.line)).toEqual([3, 4, 5, 7, 8]);
    expect(list.rejected[0]!.reason).toMatch(/not a valid email address/);
    expect(list.rejected[1]!.reason).toMatch(/empty/);
    expect(list.rejected[2]!.reason).toMatch(/line break/);
    expect(list.rejected[3]!.reason).toMatch(/non-ASCII/);
    expect(list.rejected[4]!.reason).toMatch(/not allowed/);
  });

  it('accepts a byte-order mark and CRLF line ends', () => {
    const list = parseSubscribers(Buffer.from('\uFEFFEmail,Name\r\nada@example.com,Ada\r\n'));
    expect(list.valid).toEqual([{ email: 'ada@example.com', name: 'Ada', fields: {} }]);
  });

  it('refuses a list without an email column', () => {
    expect(() => parseSubscribers('name,city\nAda,London\n')).toThrow(UsageError);
    expect(() => parseSubscribers('name,city\nAda,London\n')).toThrow(/no "email" column/);
  });

  it('never lets a header-breaking character through addressProblem', () => {
    for (const bad of ['a@example.com\n', 'a@example.com\r', 'a@example.com\0', 'a b@example.com', '<a@example.com>', 'a@example.com,b@example.com']) {
      expect(addressProblem(bad)).not.toBeNull();
    }
    expect(addressProblem('first.last+tag@sub.example.co.uk')).toBeNull();
  });
});
