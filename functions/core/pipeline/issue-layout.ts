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
  recipients: 'recipients.csv',
  report: 'report.json',
  outbox: 'outbox/',
  ledger: 'ledger/',
} as const;

export function issueKey(issuePrefix: string, file: keyof typeof ISSUE_FILES): string {
  return `${issuePrefix}${ISSUE_FILES[file]}`;
}

/** Has any message of this issue been sent or attempted? Then the issue is frozen: later runs reuse it. */
export async function sendingStarted(store: { list(prefix: string): AsyncIterable<unknown> }, issuePrefix: string): Promise<boolean> {
  for await (const _ of store.list(issueKey(issuePrefix, 'ledger'))) return true;
  return false;
}
