import { spawn, spawnSync } from 'node:child_process';
import { cp, mkdtemp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const CLI = ['--import', 'tsx', join(ROOT, 'functions/cli.ts')];

function digest(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [...CLI, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 120_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

async function readJson(path: string) {
  return JSON.parse(await readFile(path, 'utf8'));
}

describe('digest run on the bundled sample day', () => {
  it('writes the digest, one message per valid subscriber and a report; a second run sends nothing', async () => {
    const out = await mkdtemp(join(tmpdir(), 'digest-out-'));
    const first = digest(['run', '--out', out]);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Daily digest for 2026-11-26');
    expect(first.stdout).toContain('8 included, 4 skipped, 1 duplicate(s)');
    expect(first.stdout).toContain('broken-upload.json: the file is not valid JSON');
    expect(first.stdout).toContain('6 sent now');

    const day = join(out, '2026-11-26');
    const files = await readdir(day);
    expect(files).toEqual(expect.arrayContaining(['digest.html', 'digest.txt', 'report.json', 'outbox']));
    const outbox = (await readdir(join(day, 'outbox'))).sort();
    expect(outbox).toEqual(
      ['ada@example.com', 'alan@example.com', 'grace@example.com', 'katherine@example.com', 'linus@example.com', 'margaret@example.com'].map((a) => `${a}.eml`),
    );

    const report = await readJson(join(day, 'report.json'));
    expect(report.date).toBe('2026-11-26');
    expect(report.articles.included).toHaveLength(8);
    expect(report.articles.included[0]).toEqual(
      expect.objectContaining({ id: expect.any(String), file: 'city-council-bike-lanes.md', title: expect.any(String), url: expect.stringMatching(/^https:/), words: expect.any(Number), excerpt: expect.any(String) }),
    );
    expect(report.articles.skipped.map((s: { file: string }) => s.file).sort()).toEqual(['broken-upload.json', 'editor-notes.rtf', 'empty-article.txt', 'scraper-thumbnail.txt']);
    expect(report.articles.duplicates).toEqual([{ file: 'bike-lanes-wire-copy.txt', duplicateOf: 'city-council-bike-lanes.md' }]);
    expect(report.subscribers).toEqual({ valid: 6, rejected: [expect.objectContaining({ line: 6 }), expect.objectContaining({ line: 7 })], duplicates: 1, changedSinceFrozen: null });
    expect(report.html.bytes).toBeLessThan(report.html.budgetBytes);
    expect(report.html.budgetBytes).toBe(95_000);
    expect(report.messages).toEqual(expect.objectContaining({ sent: 6, failed: [], suppressed: 0, alreadySent: 0 }));

    const mail = await simpleParser(await readFile(join(day, 'outbox', 'grace@example.com.eml')));
    expect(mail.subject).toContain('City council approves 40 km of protected bike lanes');
    expect(mail.html).toContain('Why your newsletter should never render {{ twice }}');
    expect(mail.html).not.toMatch(/<script/i);
    expect(mail.html).not.toContain('javascript:');
    expect(mail.text).toContain('Several hundred Serbs gathered');

    const second = digest(['run', '--out', out]);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('already delivered');
    const again = await readJson(join(day, 'report.json'));
    expect(again.messages).toEqual(expect.objectContaining({ sent: 0, alreadySent: 6 }));

    const status = digest(['status', '--date', '2026-11-26', '--out', out]);
    expect(status.code).toBe(0);
    expect(status.stdout).toContain('sent 6, pending 0, failed 0');
  });

  it('exits 2 with one line for a missing folder, an unreadable subscriber list or a bad date', () => {
    for (const args of [
      ['run', '--articles', '/nonexistent/articles'],
      ['run', '--subscribers', '/nonexistent/list.csv'],
      ['run', '--date', '2026-02-31'],
    ]) {
      const result = digest(args);
      expect(result.code).toBe(2);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(/^digest: UsageError: /);
    }
  });

  it('sends nothing and says why when the day has no usable article', async () => {
    const articles = await mkdtemp(join(tmpdir(), 'digest-articles-'));
    await mkdir(join(articles, '2026-11-27'));
    await writeFile(join(articles, '2026-11-27', 'broken.json'), '{ nope');
    const out = await mkdtemp(join(tmpdir(), 'digest-out-'));
    const result = digest(['run', '--articles', articles, '--out', out]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Nothing to send: no usable article for 2026-11-27');
    const report = await readJson(join(out, '2026-11-27', 'report.json'));
    expect(report.nothingToSend).toMatch(/no usable article/);
    expect(report.messages.sent).toBe(0);
  });

  it('sends an editor\'s test to the given addresses only, marked as a test, outside the ledger', async () => {
    const out = await mkdtemp(join(tmpdir(), 'digest-out-'));
    const result = digest(['run', '--out', out, '--test-to', 'editor@example.com']);
    expect(result.code).toBe(0);
    expect(await readdir(join(out, '2026-11-26', 'outbox-test'))).toEqual(['editor@example.com.eml']);
    const mail = await simpleParser(await readFile(join(out, '2026-11-26', 'outbox-test', 'editor@example.com.eml')));
    expect(mail.subject).toMatch(/^\[TEST\] /);
    const files = await readdir(join(out, '2026-11-26'));
    expect(files).not.toContain('ledger');
    expect(files).not.toContain('outbox');
    // A test send freezes nothing: the real send later takes the list as it is then.
    expect(files).not.toContain('recipients.json');
    expect(files).not.toContain('recipients');
  });
});

describe('digest run after a hard crash', () => {
  it('completes the rest when run again after kill -9, re-sending at most the in-flight window', async () => {
    const out = await mkdtemp(join(tmpdir(), 'digest-out-'));
    const subscribers = join(out, 'many.csv');
    const total = 120;
    await writeFile(subscribers, ['email,name', ...Array.from({ length: total }, (_, i) => `reader${i}@example.com,Reader ${i}`)].join('\n'));
    const args = [...CLI, 'run', '--out', out, '--subscribers', subscribers, '--rate', '40', '--concurrency', '2'];
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: 'ignore' });
    const outbox = join(out, '2026-11-26', 'outbox');
    // Kill once some, but not all, messages are out.
    for (let i = 0; i < 600; i += 1) {
      await new Promise((r) => setTimeout(r, 50));
      const written = (await readdir(outbox).catch(() => [] as string[])).filter((name) => name.endsWith('.eml'));
      if (written.length >= 30) break;
    }
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    // A write the kill interrupted leaves a temporary file, never a partial .eml.
    const messages = async () => (await readdir(outbox)).filter((name) => name.endsWith('.eml'));
    const beforeResume = (await messages()).length;
    expect(beforeResume).toBeGreaterThan(0);
    expect(beforeResume).toBeLessThan(total);

    const resumed = digest(['run', '--out', out, '--subscribers', subscribers, '--rate', '200']);
    expect(resumed.code).toBe(0);
    const report = await readJson(join(out, '2026-11-26', 'report.json'));
    expect((await messages()).length).toBe(total);
    expect(report.messages.sent + report.messages.alreadySent).toBeGreaterThanOrEqual(total);
    // Re-sent after the crash: only what was in flight when the process died.
    const resent = report.messages.sent - (total - beforeResume);
    expect(resent).toBeLessThanOrEqual(40);
    expect(report.messages.pending).toBe(0);
    const status = digest(['status', '--date', '2026-11-26', '--out', out]);
    expect(status.stdout).toContain(`sent ${total}, pending 0, failed 0`);
  });
});
