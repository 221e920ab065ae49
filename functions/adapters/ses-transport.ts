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

/** The recipient or this one message is refused: record it failed and go on with the others. */
const RECIPIENT_CODES = new Set(['InvalidParameterValue', 'InvalidParameterValueException', 'ValidationError', 'ValidationException']);

/**
 * Whose fault: the sender's. The account, identity, configuration set or
 * credentials are wrong or paused, so every send of the run fails the same
 * way and no recipient should be marked failed for it.
 */
const SENDER_CODES = new Set([
  'AccessDenied',
  'AccessDeniedException',
  'AccountSendingPausedException',
  'AccountSendingPaused',
  'ConfigurationSetDoesNotExist',
  'ConfigurationSetDoesNotExistException',
  'ConfigurationSetSendingPausedException',
  'ConfigurationSetSendingPaused',
  'MailFromDomainNotVerified',
  'MailFromDomainNotVerifiedException',
  'InvalidClientTokenId',
  'UnrecognizedClientException',
  'SignatureDoesNotMatch',
  'ExpiredToken',
  'ExpiredTokenException',
  'NotAuthorized',
  'MissingAuthenticationToken',
]);

/**
 * `MessageRejected` is both: "Address blacklisted" is the recipient's, but
 * "Email address is not verified" (the From identity, or any recipient while
 * the account is in the sandbox) and "Sending paused" are the sender's.
 */
const SENDER_REJECTION = /not verified|not authori[sz]ed|sending paused|sandbox|account .*(suspended|paused)/i;

const NETWORK_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'EPIPE', 'EAI_AGAIN', 'ENOTFOUND', 'ECONNABORTED', 'EHOSTUNREACH', 'ENETUNREACH']);

/** Maps an SDK error from SendRawEmail to what the delivery engine must do, by whose fault it is. */
export function classifySesError(error: unknown, recipient: string): TransportError {
  const code = nameOf(error) ?? 'UnknownError';
  const sesMessage = errorMessage(error);
  const status = statusOf(error);
  const make = (kind: TransportFailureKind, summary: string) =>
    new TransportError(kind, code, `${summary} (${recipient}): ${sesMessage}`, { cause: error });
  const sender = (summary: string) => new TransportError('sender', code, `${summary}: ${code}: ${sesMessage}`, { cause: error });

  // SES reports the daily quota with the same code as rate throttling; only the message tells them apart.
  if (/daily message quota exceeded/i.test(sesMessage)) return make('quota-exhausted', 'SES daily sending quota exhausted');
  if (
    code === 'Throttling' ||
    code === 'ThrottlingException' ||
    code === 'TooManyRequestsException' ||
    /maximum sending rate exceeded/i.test(sesMessage)
  ) {
    return make('retryable', 'SES throttled the send');
  }
  if (SENDER_CODES.has(code)) return sender('SES refused the sender, not the recipient');
  if (code === 'MessageRejected' && SENDER_REJECTION.test(sesMessage)) return sender('SES refused the sender, not the recipient');
  if (code === 'MessageRejected' || RECIPIENT_CODES.has(code) || /illegal address|invalid address|missing final '@domain'/i.test(sesMessage)) {
    return make('permanent', 'SES refused the message');
  }
  if (status !== undefined && status >= 500) return make('retryable', `SES failed with HTTP ${status}`);
  if (isTimeoutOrNetwork(error)) return make('retryable', 'SES did not answer');
  // 401/403 without a code we know: credentials or policy, never the recipient.
  if (status === 401 || status === 403) return sender(`SES refused the request with HTTP ${status}`);
  // Any other 4xx: refused for this message; the engine's circuit breaker stops a slice where it repeats.
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
