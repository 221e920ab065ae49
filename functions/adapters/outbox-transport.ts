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

/** A file name that says who the message is for and is safe on every filesystem. */
export function outboxFileName(recipient: string): string {
  return `${recipient.toLowerCase().replace(/[^a-z0-9@._+-]/g, '_')}.eml`;
}
