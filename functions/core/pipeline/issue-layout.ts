/**
 * Where an issue's files live under its prefix (`<out>/<date>/` locally,
 * `issues/<date>/` on S3). The same names everywhere, so the CLI, the
 * Lambda functions and the status command read what the others wrote.
 */
export const ISSUE_FILES = {
  issue: 'issue.json',
  rendered: 'rendered.json',
  html: 'digest.html',
  text: 'digest.txt',
  /** The frozen recipients' commit record (see recipients-snapshot.ts). */
  recipients: 'recipients.json',
  report: 'report.json',
  outbox: 'outbox/',
  ledger: 'ledger/',
} as const;

export function issueKey(issuePrefix: string, file: keyof typeof ISSUE_FILES): string {
  return `${issuePrefix}${ISSUE_FILES[file]}`;
}

/**
 * Has the real send of this issue started: its recipients frozen, or (an
 * issue prepared before freezing existed) a message attempted? Then the issue
 * is frozen: later runs reuse it, so every recipient gets the same email.
 */
export async function sendingStarted(
  store: { list(prefix: string): AsyncIterable<unknown>; get(key: string): Promise<Buffer | null> },
  issuePrefix: string,
): Promise<boolean> {
  if (await store.get(issueKey(issuePrefix, 'recipients'))) return true;
  for await (const _ of store.list(issueKey(issuePrefix, 'ledger'))) return true;
  return false;
}

/**
 * Written by the first slice of a run that meets a sender-side SES error or
 * the daily quota: slices that start later in the same run send nothing. A
 * new run (another execution) has another id, so it ignores the marker.
 */
export function runStopKey(issuePrefix: string, runId: string): string {
  return `${issuePrefix}runs/${runId}/stop.json`;
}
