import { UsageError } from '../errors.js';
import { createMessageFactory, type MessageSettings } from '../messages/build-messages.js';
import type { MailTransport } from '../ports.js';
import { systemClock } from '../ports.js';
import type { RenderedDigest } from '../render/render-digest.js';
import { addressProblem } from '../subscribers/email-address.js';
import { sendTestMessages, type TestSendOptions, type TestSendOutcome } from './send-test-messages.js';

/**
 * An editor's test send of a rendered issue: `digest run --test-to` and the
 * preview's "Send a test" both come through here, so both build the message
 * exactly as the real send does, marked as a test (`[TEST]` subject,
 * `X-Digest-Test`), and neither touches the ledger, the lock or the frozen files.
 */
export async function sendTestIssue(
  rendered: RenderedDigest,
  addresses: readonly string[],
  settings: MessageSettings,
  transport: MailTransport,
  options: TestSendOptions = {},
): Promise<TestSendOutcome> {
  const recipients = checkTestRecipients(addresses);
  const clock = options.clock ?? systemClock;
  const buildMessage = await createMessageFactory(rendered, settings, { test: true, date: new Date(clock.now()) });
  return sendTestMessages(recipients, buildMessage, transport, { ...options, clock });
}

/** The trimmed addresses, or a UsageError naming the first that cannot receive mail. */
export function checkTestRecipients(addresses: readonly string[]): string[] {
  const recipients = addresses.map((address) => address.trim()).filter(Boolean);
  if (recipients.length === 0) throw new UsageError('A test send needs at least one address (--test-to or DIGEST_TEST_RECIPIENTS)');
  for (const address of recipients) {
    const problem = addressProblem(address);
    if (problem) throw new UsageError(`test recipient: ${problem}`);
  }
  return recipients;
}
