import { existsSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../functions/cli/program.js';
import { reportFailure } from '../../functions/cli/report-failure.js';
import { isIssueDate } from '../../functions/core/issue/issue.js';
import { digest, SAMPLE_DATE } from './support.js';

/**
 * Attack: arguments a script or a tired editor gets wrong. Each must be one
 * line on stderr and exit 2, found before any article is parsed: nothing is
 * collected, frozen or sent.
 */

async function parseFailure(args: string[]): Promise<{ code: number; lines: string[]; ran: boolean }> {
  const program = buildProgram();
  let ran = false;
  // Replace every action: reaching one means the arguments were accepted.
  for (const command of program.commands) command.action(() => void (ran = true));
  const lines: string[] = [];
  try {
    await program.parseAsync(['node', 'digest', ...args]);
    return { code: 0, lines, ran };
  } catch (error) {
    const code = reportFailure(error, (text) => lines.push(...text.trimEnd().split('\n')));
    return { code, lines, ran };
  }
}

describe('digest run refuses unusable arguments before touching any article', () => {
  it.each([
    ['a zero rate', ['--rate', '0'], /^--rate 0: /],
    ['a rate that is not a number', ['--rate', 'true'], /^--rate true: /],
    ['a hexadecimal rate', ['--rate', '0x10'], /^--rate 0x10: /],
    ['an unbounded rate', ['--rate', '1e9'], /^--rate 1e9: /],
    ['a rate past the pacer\'s bound', ['--rate', '20000'], /at most 10000/],
    ['a fractional concurrency', ['--concurrency', '1.5'], /^--concurrency 1.5: must be a whole number/],
    ['an unknown flag', ['--bogus'], /unknown option '--bogus'/],
    ['an impossible date', ['--date', '2026-02-30'], /^--date 2026-02-30: must be a real date/],
    ['an invalid test address', ['--test-to', 'not-an-address'], /^--test-to not-an-address: /],
    ['a non-http endpoint', ['--bucket', 'b', '--endpoint', 'file:///etc'], /^--endpoint/],
  ])('%s: one line, exit 2, nothing run', async (_, args, message) => {
    const { code, lines, ran } = await parseFailure(['run', ...args]);
    expect(ran).toBe(false);
    expect(code).toBe(2);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^digest: UsageError: /);
    expect(lines[0]!.replace(/^digest: UsageError: /, '')).toMatch(message);
  });

  it('status without its required --date, or with an impossible one', async () => {
    expect((await parseFailure(['status'])).code).toBe(2);
    expect((await parseFailure(['status', '--date', '2026-04-31'])).code).toBe(2);
  });

  it('a parse error through the real command: one line on stderr, exit 2, nothing collected', async () => {
    const out = await mkdtemp(join(tmpdir(), 'digest-args-'));
    const result = digest(['run', '--out', out, '--rate', '0']);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^digest: UsageError: --rate 0: /)]);
    expect(result.stdout).toBe('');
    expect(existsSync(join(out, SAMPLE_DATE))).toBe(false);
  });

  it('a missing templates folder', async () => {
    const out = await mkdtemp(join(tmpdir(), 'digest-args-'));
    const result = digest(['run', '--out', out, '--templates', '/nonexistent/templates']);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^digest: UsageError: .*templates/i)]);
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
