import type { Log } from '../core/ports.js';

type Level = 'debug' | 'info' | 'warn' | 'error';
const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

/**
 * Structured JSON-lines logs on stderr for the CLI, with the issue date and
 * run id on every line; stdout stays free for the human summary.
 */
export function createConsoleLog(base: Record<string, unknown>, minLevel: Level, write: (line: string) => void = (line) => process.stderr.write(line)): Log {
  const emit = (level: Level) => (message: string, fields?: Record<string, unknown>) => {
    if (ORDER[level] < ORDER[minLevel]) return;
    write(`${JSON.stringify({ level, time: new Date().toISOString(), message, ...base, ...fields })}\n`);
  };
  return { debug: emit('debug'), info: emit('info'), warn: emit('warn'), error: emit('error') };
}
