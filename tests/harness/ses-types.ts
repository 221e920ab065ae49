/** Shapes shared by the SES harness (global setup) and the tests that drive it over HTTP. */

export type FaultKind =
  | 'throttling'
  | 'daily-quota'
  /** The recipient's fault (a suppressed or refused address). */
  | 'rejected'
  /** The sender's fault: the role may not send, the configuration set is gone, the identity is not verified. */
  | 'access-denied'
  | 'configuration-set-missing'
  | 'not-verified'
  | 'server-error';

/**
 * Answers matching SendRawEmail calls with an SES error instead of sending.
 * Test files run in parallel against one emulator, so scope every rule by
 * configuration set (each test file uses its own) and/or recipients.
 */
export interface FaultRule {
  kind: FaultKind;
  configurationSet?: string;
  /** Only calls to one of these addresses (case-insensitive). */
  recipients?: string[];
  /** How many matching calls fail; unlimited when absent. */
  times?: number;
}

export interface SendAttempt {
  at: number;
  destinations: string[];
  configurationSet?: string;
  /** The raw MIME exactly as the client sent it, base64. */
  rawBase64: string;
  outcome: 'accepted' | 'emulator-error' | FaultKind;
  /** The MessageId the emulator answered with, for accepted sends. */
  messageId?: string;
}
