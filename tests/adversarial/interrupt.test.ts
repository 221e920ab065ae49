import { spawn } from 'node:child_process';
import { mkdtemp, readdir, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deliverSlice } from '../../functions/core/delivery/deliver-slice.js';
import { readDeliveryStatus } from '../../functions/core/delivery/delivery-status.js';
import { MemoryStore } from '../../functions/core/memory-store.js';
import { systemClock } from '../../functions/core/ports.js';
import { deliveryCounts, duplicates, FakeClock, FakeTransport, sliceOptions, throttled } from '../core/delivery/fakes.js';
import { CLI, digest, readJson, ROOT, SAMPLE_DATE } from './support.js';

/**
 * Attack: an operator presses Ctrl-C (or the host sends SIGTERM) in the
 * middle of a send. The run must stop starting sends, let the ones in flight
 * finish, write their outcomes, release its lock and exit 3; the next run
 * must re-send nobody.
 */

const TOTAL = 150;

async function listFile(dir: string): Promise<string> {
  const path = join(dir, 'many.csv');
  await writeFile(path, ['email,name', ...Array.from({ length: TOTAL }, (_, i) => `reader${i}@example.com,Reader ${i}`)].join('\n'));
  return path;
}

async function emlFiles(outbox: string): Promise<string[]> {
  return (await readdir(outbox).catch(() => [] as string[])).filter((name) => name.endsWith('.eml'));
}

/** Each `.eml` write is a new file renamed into place, so a changed inode means the message was sent again. */
async function inodes(outbox: string): Promise<Map<string, number>> {
  const map = new Map<string, number>();
  for (const name of await emlFiles(outbox)) map.set(name, (await stat(join(outbox, name))).ino);
  return map;
}

/** Every "sent" outcome in the ledger, by recipient: the count of sends the engine made and recorded. */
async function sendsInLedger(day: string): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  const segments = join(day, 'ledger', 'slice-00000', 'segments');
  for (const name of await readdir(segments)) {
    const segment = await readJson(join(segments, name));
    for (const outcome of segment.outcomes) {
      if (outcome.status === 'sent') counts.set(outcome.email, (counts.get(outcome.email) ?? 0) + 1);
    }
  }
  return counts;
}

function startRun(args: string[]) {
  const child = spawn(process.execPath, [...CLI, 'run', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, exited, output: () => ({ stdout, stderr }) };
}

async function waitForMessages(outbox: string, count: number): Promise<void> {
  for (let i = 0; i < 1200; i += 1) {
    if ((await emlFiles(outbox)).length >= count) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`fewer than ${count} messages after 30 s`);
}

describe('digest run interrupted by a signal', () => {
  it.each(['SIGINT', 'SIGTERM'] as const)('%s stops gracefully with exit 3, and the re-run sends to nobody twice', async (signal) => {
    const out = await mkdtemp(join(tmpdir(), 'digest-interrupt-'));
    const subscribers = await listFile(out);
    const day = join(out, SAMPLE_DATE);
    const outbox = join(day, 'outbox');
    const run = startRun(['--out', out, '--subscribers', subscribers, '--rate', '25', '--concurrency', '2']);
    await waitForMessages(outbox, 15);
    run.child.kill(signal);
    const code = await run.exited;
    const { stdout, stderr } = run.output();
    expect(code).toBe(3);
    expect(stderr).toMatch(new RegExp(`${signal}.*in flight`));
    const pendingLine = /Interrupted by (SIGINT|SIGTERM): (\d+) recipient\(s\) pending/.exec(stdout);
    expect(pendingLine?.[1]).toBe(signal);

    // Outcomes written, lock released.
    const report = await readJson(join(day, 'report.json'));
    expect(report.messages.stoppedBecause).toBe('interrupted');
    expect(Number(pendingLine?.[2])).toBe(report.messages.pending);
    const sentBefore = await inodes(outbox);
    expect(report.messages.sent).toBe(sentBefore.size);
    expect(sentBefore.size + report.messages.pending).toBe(TOTAL);
    const locks = join(day, 'ledger', 'slice-00000', 'lock');
    for (const name of await readdir(locks)) expect((await readJson(join(locks, name))).released).toBe(true);

    const resumed = digest(['run', '--out', out, '--subscribers', subscribers, '--rate', '500']);
    expect(resumed.code).toBe(0);
    const after = await inodes(outbox);
    expect(after.size).toBe(TOTAL);
    const resent = [...sentBefore].filter(([name, inode]) => after.get(name) !== inode).map(([name]) => name);
    expect(resent).toEqual([]);
    const sends = await sendsInLedger(day);
    expect(sends.size).toBe(TOTAL);
    expect([...sends.values()].every((count) => count === 1)).toBe(true);
  });
});

describe('the delivery engine under an abort signal', () => {
  it('starts no send after the abort, records the ones in flight, and the next run sends to the rest only', async () => {
    const store = new MemoryStore();
    const clock = new FakeClock();
    const controller = new AbortController();
    const first = new FakeTransport(
      (_, call) => {
        if (call === 10) controller.abort();
        return 'deliver';
      },
      { clock, latencyMs: 50 },
    );
    const stopped = await deliverSlice(sliceOptions(store, first, clock, { concurrency: 4, signal: controller.signal }));
    expect(stopped.stoppedBecause).toBe('interrupted');
    // The sends already in flight when the signal came finished; none started after it.
    expect(first.calls).toBeLessThanOrEqual(11 + 4);
    expect(stopped.sent).toBe(first.delivered.length);
    expect(stopped.pending).toBe(40 - stopped.sent);
    const status = await readDeliveryStatus(store, '2026-11-26/');
    expect(status.inFlight).toBe(0);
    expect(status.slices[0]?.lock?.live).toBe(false);

    const second = new FakeTransport(undefined, { clock });
    const resumed = await deliverSlice(sliceOptions(store, second, clock, { runId: 'run-2' }));
    expect(resumed).toMatchObject({ pending: 0, stoppedBecause: null, alreadySent: stopped.sent });
    expect(duplicates(deliveryCounts([first, second]))).toBe(0);
    expect(deliveryCounts([first, second]).size).toBe(40);
  });

  it('cuts a retry backoff short instead of waiting it out', async () => {
    const store = new MemoryStore();
    const clock = new FakeClock();
    const controller = new AbortController();
    const transport = new FakeTransport(() => {
      controller.abort();
      return throttled();
    });
    const started = clock.now();
    const outcome = await deliverSlice(
      sliceOptions(store, transport, clock, { concurrency: 1, signal: controller.signal, retry: { maxAttempts: 6, baseDelayMs: 60_000, maxDelayMs: 60_000 }, random: () => 0.99 }),
    );
    expect(outcome.stoppedBecause).toBe('interrupted');
    expect(transport.calls).toBe(1);
    expect(clock.now() - started).toBeLessThan(60_000);
    expect(outcome.pending).toBe(40);
  });

  it('leaves no timer behind: the system clock wait ends when the stop comes', async () => {
    const controller = new AbortController();
    const started = Date.now();
    const waiting = systemClock.sleep(60_000, controller.signal);
    setTimeout(() => controller.abort(), 10);
    await waiting;
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
