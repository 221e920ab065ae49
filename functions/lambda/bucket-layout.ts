import { isIssueDate } from '../core/issue/issue.js';
import { InvalidEventError } from './lambda-context.js';

/**
 * Where things live in the bucket (see the README and cdk/constructs/digest-bucket.ts,
 * whose IAM grants follow the same prefixes):
 *   articles/<date>/…               input articles
 *   subscribers/subscribers.csv     the list
 *   suppressions/<hash>.json        unsubscribes, bounces, complaints
 *   issues/<date>/…                 issue.json, rendered.json, digest.html/.txt, recipients.json, recipients/, ledger/, runs/, report.json
 */
export const SUBSCRIBERS_KEY = 'subscribers/subscribers.csv';

export function articlesPrefix(date: string): string {
  return `articles/${date}/`;
}

export function issuePrefix(date: string): string {
  return `issues/${date}/`;
}

/** The `date` every event carries, checked before it becomes part of a key. */
export function requireDate(value: unknown): string {
  if (!isIssueDate(value)) throw new InvalidEventError(`Expected "date" as YYYY-MM-DD, got ${JSON.stringify(value)}`);
  return value;
}

export function requireRunId(value: unknown): string {
  if (typeof value !== 'string' || !/^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/.test(value)) {
    throw new InvalidEventError(`Expected "runId" (letters, digits, . _ : -), got ${JSON.stringify(value)}`);
  }
  return value;
}
