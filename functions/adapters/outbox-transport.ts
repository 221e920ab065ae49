import { createHash } from 'node:crypto';
import type { MailTransport, ObjectStore, OutgoingMessage, SendQuota, SendReceipt } from '../core/ports.js';

/**
 * The embedded default transport: each message becomes an `.eml` file any
 * mail client opens, under `<issue>/outbox/`. Files are named by recipient,
 * so writing one twice replaces it rather than adding a copy.
 */
export class OutboxTransport implements MailTransport {
  readonly name = 'outbox';

  constructor(
    private readonly store: ObjectStore,
    private readonly outboxPrefix: string,
    /** A folder of files has no quota; this keeps a local run paced like a real one. */
    private readonly maxPerSecond = 1_000,
  ) {}

  async send(message: OutgoingMessage): Promise<SendReceipt> {
    const key = `${this.outboxPrefix}${outboxFileName(message.recipient)}`;
    await this.store.put(key, message.raw, { contentType: 'message/rfc822' });
    return { transportMessageId: key.slice(this.outboxPrefix.length) };
  }

  async quota(): Promise<SendQuota> {
    return { maxPerSecond: this.maxPerSecond, max24HourSend: Number.MAX_SAFE_INTEGER, sentLast24Hours: 0 };
  }
}

/** Longest name before the file gets a hashed tail; file systems stop at 255 bytes. */
const MAX_NAME = 200;

/**
 * A file name that says who the message is for, is safe on every file
 * system, and is one-to-one: two addresses never share a file (`o'brien@`
 * is `o_27brien@`, `o_brien@` is `o_5fbrien@`). Letters are lower-cased, as
 * the ledger compares addresses. A very long name keeps its readable start
 * and ends in `~` and a hash of the address (`~` never appears otherwise).
 */
export function outboxFileName(recipient: string): string {
  const escaped = [...Buffer.from(recipient.toLowerCase(), 'utf8')]
    .map((byte) => (/[a-z0-9@.+-]/.test(String.fromCharCode(byte)) ? String.fromCharCode(byte) : `_${byte.toString(16).padStart(2, '0')}`))
    .join('');
  if (escaped.length <= MAX_NAME) return `${escaped}.eml`;
  const hash = createHash('sha256').update(recipient.toLowerCase()).digest('hex').slice(0, 16);
  return `${escaped.slice(0, MAX_NAME - 17)}~${hash}.eml`;
}
