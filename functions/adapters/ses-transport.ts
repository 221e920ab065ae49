import { GetSendQuotaCommand, SendRawEmailCommand, type SESClient } from '@aws-sdk/client-ses';
import { TransportError, errorMessage, type TransportFailureKind } from '../core/errors.js';
import { silentLog, type Log, type MailTransport, type OutgoingMessage, type SendQuota, type SendReceipt } from '../core/ports.js';

export interface SesTransportOptions {
  client: SESClient;
  /** SES configuration set: routes bounce/complaint events to the feedback function. */
  configurationSet?: string;
  /** GetSendQuota is advisory; give up on it quickly rather than delay a run. */
  quotaTimeoutMs?: number;
  log?: Log;
}

/**
 * MailTransport over SES v1 `SendRawEmail`: the core builds the whole MIME
 * message (RFC 8058 headers, both parts), SES only relays it. Every failure
 * leaves as a TransportError whose kind tells the delivery engine what to do.
 */
export class SesTransport implements MailTransport {
  readonly name = 'ses';
  private readonly client: SESClient;
  private readonly configurationSet: string | undefined;
  private readonly quotaTimeoutMs: number;
  private readonly log: Log;

  constructor(options: SesTransportOptions) {
    this.client = options.client;
    this.configurationSet = options.configurationSet;
    this.quotaTimeoutMs = options.quotaTimeoutMs ?? 3_000;
    this.log = options.log ?? silentLog;
  }

  async send(message: OutgoingMessage): Promise<SendReceipt> {
    let response;
    try {
      response = await this.client.send(
        new SendRawEmailCommand({
          RawMessage: { Data: message.raw },
          // Only this recipient: the To header is informational, Destinations decides.
          Destinations: [message.recipient],
          ConfigurationSetName: this.configurationSet,
        }),
      );
    } catch (error) {
      throw classifySesError(error, message.recipient);
    }
    // SES always returns an id on success; an empty one must not turn a delivered message into a retry.
    return { transportMessageId: response.MessageId ?? '' };
  }

  async quota(): Promise<SendQuota | undefined> {
    try {
      const response = await this.client.send(new GetSendQuotaCommand({}), {
        abortSignal: AbortSignal.timeout(this.quotaTimeoutMs),
      });
      if (response.Max24HourSend === undefined || response.MaxSendRate === undefined) return undefined;
      return {
        maxPerSecond: response.MaxSendRate,
        max24HourSend: response.Max24HourSend,
        sentLast24Hours: response.SentLast24Hours ?? 0,
      };
    } catch (error) {
      // Unknown quota is a normal state (emulators, missing permission): the
      // engine then paces at the configured rate and reacts to throttling.
      this.log.warn('SES send quota unavailable', { error: errorMessage(error), errorName: nameOf(error) });
      return undefined;
    }
  }
}

const PERMANENT_CODES = new Set([
  'MessageRejected',
  'MailFromDomainNotVerified',
  'MailFromDomainNotVerifiedException',
  'ConfigurationSetDoesNotExist',
  'ConfigurationSetDoesNotExistException',
  'InvalidParameterValue',
  'InvalidParameterValueException',
  'ValidationError',
]);

/** Sending is paused for the whole account or configuration set: nothing will go through until someone acts. */
const STOP_CODES = new Set([
  'AccountSendingPausedException',
  'AccountSendingPaused',
  'ConfigurationSetSendingPausedException',
  'ConfigurationSetSendingPaused',
]);

const NETWORK_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'EPIPE', 'EAI_AGAIN', 'ENOTFOUND', 'ECONNABORTED', 'EHOSTUNREACH', 'ENETUNREACH']);

/** Maps an SDK error from SendRawEmail to the delivery engine's three outcomes. */
export function classifySesError(error: unknown, recipient: string): TransportError {
  const code = nameOf(error) ?? 'UnknownError';
  const sesMessage = errorMessage(error);
  const status = statusOf(error);
  const make = (kind: TransportFailureKind, summary: string) =>
    new TransportError(kind, code, `${summary} (${recipient}): ${sesMessage}`, { cause: error });

  // SES reports the daily quota with the same code as rate throttling; only the message tells them apart.
  if (/daily message quota exceeded/i.test(sesMessage)) return make('quota-exhausted', 'SES daily sending quota exhausted');
  if (STOP_CODES.has(code)) return make('quota-exhausted', 'SES sending is paused');
  if (
    code === 'Throttling' ||
    code === 'ThrottlingException' ||
    code === 'TooManyRequestsException' ||
    /maximum sending rate exceeded/i.test(sesMessage)
  ) {
    return make('retryable', 'SES throttled the send');
  }
  if (PERMANENT_CODES.has(code) || /illegal address|invalid address|missing final '@domain'/i.test(sesMessage)) {
    return make('permanent', 'SES refused the message');
  }
  if (status !== undefined && status >= 500) return make('retryable', `SES failed with HTTP ${status}`);
  if (isTimeoutOrNetwork(error)) return make('retryable', 'SES did not answer');
  if (status !== undefined && status >= 400) return make('permanent', `SES refused the request with HTTP ${status}`);
  // No HTTP answer at all and no recognisable cause: nothing reached SES, so trying again cannot duplicate.
  return make('retryable', 'SES send failed');
}

function isTimeoutOrNetwork(error: unknown): boolean {
  const name = nameOf(error);
  if (name === 'TimeoutError' || name === 'RequestTimeout' || name === 'AbortError') return true;
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' && NETWORK_CODES.has(code);
}

function nameOf(error: unknown): string | undefined {
  if (error instanceof Error) return error.name;
  return undefined;
}

function statusOf(error: unknown): number | undefined {
  return (error as { $metadata?: { httpStatusCode?: number } } | undefined)?.$metadata?.httpStatusCode;
}
