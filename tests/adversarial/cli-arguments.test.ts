import { existsSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isIssueDate } from '../../functions/core/issue/issue.js';
import { digest, SAMPLE_DATE } from './support.js';

/**
 * Attack: arguments a script or a tired editor gets wrong. Each must be one
 * line on stderr and exit 2, found before any article is parsed: nothing is
 * collected, frozen or sent.
 */

describe('digest run refuses unusable arguments before touching any article', () => {
  it.each([
    ['a zero rate', ['--rate', '0'], /--rate/],
    ['a rate that is not a number', ['--rate', 'true'], /--rate/],
    ['a hexadecimal rate', ['--rate', '0x10'], /--rate/],
    ['an unbounded rate', ['--rate', '1e9'], /--rate/],
    ['a fractional concurrency', ['--concurrency', '1.5'], /--concurrency/],
    ['an unknown flag', ['--bogus'], /unknown option '--bogus'/],
    ['a missing templates folder', ['--templates', '/nonexistent/templates'], /templates/i],
    ['an impossible date', ['--date', '2026-02-30'], /2026-02-30/],
    ['an invalid test address', ['--test-to', 'not-an-address'], /--test-to/],
  ])('%s', async (_, args, message) => {
    const out = await mkdtemp(join(tmpdir(), 'digest-args-'));
    const result = digest(['run', '--out', out, ...args]);
    expect(result.code).toBe(2);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^digest: /);
    expect(lines[0]).toMatch(message);
    expect(result.stdout).toBe('');
    // Nothing was collected: no issue folder at all.
    expect(existsSync(join(out, SAMPLE_DATE))).toBe(false);
  });

  it('an --out that is a file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'digest-args-'));
    const file = join(dir, 'not-a-folder');
    await writeFile(file, 'x');
    const result = digest(['run', '--out', file]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/--out/);
  });

  it('a templates folder whose templates do not compile', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'digest-args-'));
    const out = join(dir, 'out');
    const result = digest(['run', '--out', out, '--templates', dir]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(join(out, SAMPLE_DATE))).toBe(false);
  });

  it('status without its required --date', () => {
    const result = digest(['status']);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('help is not an error', () => {
    const result = digest(['run', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('--concurrency');
  });
});

describe('issue dates', () => {
  it('are real calendar days', () => {
    expect(isIssueDate('2026-02-28')).toBe(true);
    expect(isIssueDate('2028-02-29')).toBe(true);
    for (const bad of ['2026-02-29', '2026-02-30', '2026-04-31', '2026-13-01', '2026-00-10', '2026-1-01']) expect(isIssueDate(bad)).toBe(false);
  });
});
