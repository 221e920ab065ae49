/** Named errors with causes, so logs and reports say what failed and why. */

export class DigestError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** Configuration is missing or invalid; raised once, at start-up. */
export class ConfigError extends DigestError {}

/** An input file cannot become an article; the run skips it and reports the reason. */
export class ArticleParseError extends DigestError {}

/** A template failed to compile or render. */
export class TemplateError extends DigestError {}

/** A file this project wrote does not read back (damaged or edited by hand); the message names it. */
export class CorruptFileError extends DigestError {}

/** The user's arguments cannot be used (missing folder, unreadable CSV). */
export class UsageError extends DigestError {}

/**
 * How the delivery engine must treat a failed send:
 * - `retryable`: throttling, 5xx, network; retry with backoff, never count as sent.
 * - `permanent`: this recipient or message is refused; record as failed and go on.
 * - `quota-exhausted`: the daily quota is spent; stop cleanly, resumable later.
 * - `sender`: the sender's account or configuration is at fault (access
 *   denied, identity or configuration set missing, sending paused, sandbox):
 *   no recipient is to blame and every later send would fail the same way.
 *   Stop, leave everyone pending, say why; a run after the fix sends to them.
 */
export type TransportFailureKind = 'retryable' | 'permanent' | 'quota-exhausted' | 'sender';

export class TransportError extends DigestError {
  readonly kind: TransportFailureKind;
  readonly code: string;
  constructor(kind: TransportFailureKind, code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.kind = kind;
    this.code = code;
  }
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
