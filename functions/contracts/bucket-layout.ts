/**
 * Where everything lives in the digest bucket. The functions build their keys
 * here, and cdk/ grants, expires and reads by the same prefixes, so a renamed
 * prefix moves the IAM grants and lifecycle rules with it:
 *
 *   articles/<date>/…               the day's article files (uploaded by the newsroom)
 *   subscribers/subscribers.csv     the list, when the stack has no subscriber table
 *   suppressions/<hash>.json        unsubscribes, bounces, complaints, erasures
 *   issues/<date>/…                 one issue: see ISSUE_FILES
 *   archive/…                       the public web archive (served by CloudFront)
 *   map-results/<map run>/…         the Distributed Map's per-run results (counts only)
 *
 * Locally the same names sit under `--out`, except that an issue's folder is
 * `<out>/<date>/` and the articles are read from `--articles`.
 */
export const BUCKET_PREFIXES = {
  articles: 'articles/',
  subscribers: 'subscribers/',
  suppressions: 'suppressions/',
  issues: 'issues/',
  archive: 'archive/',
  mapResults: 'map-results/',
} as const;

export type BucketArea = keyof typeof BUCKET_PREFIXES;

export const SUBSCRIBERS_KEY = `${BUCKET_PREFIXES.subscribers}subscribers.csv`;

export function articlesPrefix(date: string): string {
  return `${BUCKET_PREFIXES.articles}${date}/`;
}

export function issuePrefix(date: string): string {
  return `${BUCKET_PREFIXES.issues}${date}/`;
}

/**
 * An issue's files under its prefix (`issues/<date>/` on S3, `<out>/<date>/`
 * locally). The same names everywhere, so the CLI, the Lambda functions and
 * the status command read what the others wrote.
 */
export const ISSUE_FILES = {
  /** Written by collect, read by render and summarize (contracts/step-files.ts: `issueFile`). */
  issue: 'issue.json',
  /** Written by render, read by every send worker (`renderedFile`). */
  rendered: 'rendered.json',
  html: 'digest.html',
  text: 'digest.txt',
  /** The frozen recipients' commit record (`recipientsRecordFile`; see core/pipeline/recipients-snapshot.ts). */
  recipients: 'recipients.json',
  /** The frozen snapshots and slice manifests, named by the snapshot's hash. */
  recipientsFolder: 'recipients/',
  report: 'report.json',
  /** The `.eml` files of a local (or `--bucket` without `--ses`) run, and of its test sends. */
  outbox: 'outbox/',
  testOutbox: 'outbox-test/',
  /** Per slice: ledger segments, lock leases and the slice summary (core/delivery/ledger-keys.ts). */
  ledger: 'ledger/',
  /** Ledger segments set aside by `digest run --force`, kept for inspection. */
  ledgerQuarantine: 'ledger-quarantine/',
  /** Per execution: the run's stop marker. */
  runs: 'runs/',
} as const;

export function issueKey(issuePrefix: string, file: keyof typeof ISSUE_FILES): string {
  return `${issuePrefix}${ISSUE_FILES[file]}`;
}

/**
 * Written by the first slice of a run that meets a sender-side SES error or
 * the daily quota: slices that start later in the same run send nothing. A
 * new run (another execution) has another id, so it ignores the marker.
 */
export function runStopKey(issuePrefix: string, runId: string): string {
  return `${issueKey(issuePrefix, 'runs')}${runId}/stop.json`;
}
