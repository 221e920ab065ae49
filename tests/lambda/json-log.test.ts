import type { Context } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { createJsonLog, type JsonLogOptions } from '../../functions/lambda/json-log.js';

/** The lines a function writes, parsed, with the stream each went to. */
function capture(options: Partial<JsonLogOptions> = {}) {
  const lines: Array<{ stream: 'stdout' | 'stderr'; entry: Record<string, unknown> }> = [];
  const log = createJsonLog({
    service: 'daily-digest',
    persistentKeys: { function: 'send' },
    env: {},
    now: () => new Date('2026-11-26T06:00:00.000Z'),
    write: (line, level) => {
      expect(line).not.toContain('\n');
      lines.push({ stream: level === 'WARN' || level === 'ERROR' ? 'stderr' : 'stdout', entry: JSON.parse(line) as Record<string, unknown> });
    },
    ...options,
  });
  return { log, lines };
}

const CONTEXT = {
  invokedFunctionArn: 'arn:aws:lambda:eu-west-1:123456789012:function:DailyDigest-Send',
  memoryLimitInMB: '1024',
  functionName: 'DailyDigest-Send',
  awsRequestId: 'req-1',
} as Context;

describe('the functions\' JSON log lines', () => {
  it('writes one JSON object per line with the fields CloudWatch queries use, and the keys of the run', () => {
    const { log, lines } = capture({ env: { AWS_LAMBDA_INITIALIZATION_TYPE: 'on-demand', _X_AMZN_TRACE_ID: 'Root=1-abc-def;Parent=123;Sampled=1' } });
    log.addContext?.(CONTEXT);
    log.appendPersistentKeys({ date: '2026-11-26', runId: 'run-1' });
    log.info('slice sent', { sliceId: 's-0001', sent: 3 });
    expect(lines).toEqual([
      {
        stream: 'stdout',
        entry: {
          level: 'INFO',
          message: 'slice sent',
          timestamp: '2026-11-26T06:00:00.000Z',
          service: 'daily-digest',
          cold_start: true,
          function_arn: CONTEXT.invokedFunctionArn,
          function_memory_size: 1024,
          function_name: 'DailyDigest-Send',
          function_request_id: 'req-1',
          xray_trace_id: '1-abc-def',
          function: 'send',
          date: '2026-11-26',
          runId: 'run-1',
          sliceId: 's-0001',
          sent: 3,
        },
      },
    ]);
  });

  it('marks only the first invocation after a cold start as cold, and each invocation with its own request id', () => {
    const { log, lines } = capture({ env: { AWS_LAMBDA_INITIALIZATION_TYPE: 'on-demand' } });
    log.addContext?.(CONTEXT);
    log.info('first');
    log.addContext?.({ ...CONTEXT, awsRequestId: 'req-2' });
    log.info('second');
    expect(lines.map(({ entry }) => [entry.cold_start, entry.function_request_id])).toEqual([
      [true, 'req-1'],
      [false, 'req-2'],
    ]);
  });

  it('sends warnings and errors to stderr, and drops lines below the level Lambda or the environment sets', () => {
    const { log, lines } = capture({ env: { AWS_LAMBDA_LOG_LEVEL: 'WARN', LOG_LEVEL: 'DEBUG' } });
    log.debug('hidden');
    log.info('hidden too');
    log.warn('quota low');
    log.error('sender refused');
    expect(lines.map(({ stream, entry }) => [stream, entry.level, entry.message])).toEqual([
      ['stderr', 'WARN', 'quota low'],
      ['stderr', 'ERROR', 'sender refused'],
    ]);
    const verbose = capture({ env: { POWERTOOLS_LOG_LEVEL: 'debug' } });
    verbose.log.debug('shown');
    expect(verbose.lines).toHaveLength(1);
  });

  it('writes an error with its name, message, stack, fields and cause, and survives values that contain themselves', () => {
    const { log, lines } = capture();
    const cause = Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
    const error = new Error('SES SendRawEmail failed', { cause });
    const loop: Record<string, unknown> = { name: 'loop' };
    loop.self = loop;
    const selfCaused = new Error('again');
    (selfCaused as { cause?: unknown }).cause = selfCaused;
    log.error('send failed', { error, loop, selfCaused, big: 10n });
    const entry = lines[0]!.entry as { error: Record<string, unknown>; loop: unknown; selfCaused: Record<string, unknown>; big: unknown };
    expect(entry.error).toMatchObject({ name: 'Error', message: 'SES SendRawEmail failed', cause: { name: 'Error', message: 'socket hang up', code: 'ECONNRESET' } });
    expect(String(entry.error.stack)).toContain('json-log.test.ts');
    expect(entry.loop).toEqual({ name: 'loop', self: '[Circular]' });
    expect(entry.selfCaused).toMatchObject({ message: 'again', cause: '[Circular]' });
    expect(entry.big).toBe('10');
  });

  it('keeps its own fields when a caller passes the same names, and leaves out keys without a value', () => {
    const { log, lines } = capture();
    log.appendPersistentKeys({ date: undefined, runId: 'run-1' });
    log.info('hello', { level: 'DEBUG', message: 'spoofed', service: 'other', extra: undefined });
    expect(lines[0]!.entry).toEqual({ level: 'INFO', message: 'hello', timestamp: '2026-11-26T06:00:00.000Z', service: 'daily-digest', function: 'send', runId: 'run-1' });
  });
});
