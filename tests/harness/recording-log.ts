import type { RunLogger } from '../../functions/lambda/lambda-context.js';

export interface LogLine {
  level: 'debug' | 'info' | 'warn' | 'error';
  message: string;
  fields: Record<string, unknown>;
}

/** A RunLogger that keeps its lines (with the persistent keys merged in, as Powertools prints them). */
export class RecordingLog implements RunLogger {
  readonly lines: LogLine[] = [];
  private persistent: Record<string, unknown> = {};

  debug(message: string, fields?: Record<string, unknown>) { this.record('debug', message, fields); }
  info(message: string, fields?: Record<string, unknown>) { this.record('info', message, fields); }
  warn(message: string, fields?: Record<string, unknown>) { this.record('warn', message, fields); }
  error(message: string, fields?: Record<string, unknown>) { this.record('error', message, fields); }

  appendPersistentKeys(keys: Record<string, unknown>): void {
    this.persistent = { ...this.persistent, ...keys };
  }

  at(level: LogLine['level']): LogLine[] {
    return this.lines.filter((line) => line.level === level);
  }

  private record(level: LogLine['level'], message: string, fields: Record<string, unknown> = {}) {
    this.lines.push({ level, message, fields: { ...this.persistent, ...fields } });
  }
}
