import { collectIssue } from '../issue/collect-issue.js';
import type { Issue } from '../issue/issue.js';
import type { Log, ObjectStore } from '../ports.js';
import { articlesReport, writeReport } from './digest-report.js';
import { readFrozenIssueFile } from './frozen-issue-file.js';
import { issueKey } from '../../contracts/bucket-layout.js';
import { issueFile } from '../../contracts/issue-file.js';

export interface CollectStepOptions {
  articles: ObjectStore;
  articlesPrefix: string;
  issues: ObjectStore;
  issuePrefix: string;
  date: string;
  runId: string;
  now: Date;
  /** The HTML size budget, recorded in the report before anything is rendered. */
  budgetBytes: number;
  log?: Log;
}

export interface CollectStepResult {
  issue: Issue;
  /** True when sending had already started, so the stored issue was kept as it was. */
  reused: boolean;
  /** Why nothing will be sent (no usable article), or null. */
  nothingToSend: string | null;
}

/**
 * The Collect state: the day's articles into `issue.json`, and the articles
 * part of `report.json`. Once sending has started the stored issue (and the
 * report the later steps keep current) are kept, so every recipient gets the same issue.
 */
export async function collectStep(options: CollectStepOptions): Promise<CollectStepResult> {
  const key = issueKey(options.issuePrefix, 'issue');
  const frozen = await readFrozenIssueFile(options.issues, options.issuePrefix, key, issueFile, options.log);
  if (frozen) return { issue: frozen, reused: true, nothingToSend: nothingToSend(frozen) };
  const issue = await collectIssue({
    store: options.articles,
    prefix: options.articlesPrefix,
    date: options.date,
    runId: options.runId,
    log: options.log,
  });
  await options.issues.put(key, JSON.stringify(issue, null, 2), { contentType: 'application/json' });
  const reason = nothingToSend(issue);
  await writeReport(options.issues, options.issuePrefix, articlesReport(issue, options.runId, options.now, options.budgetBytes, reason));
  options.log?.info('Collected', { articleCount: issue.articles.length, skippedCount: issue.skipped.length, nothingToSend: reason !== null });
  return { issue, reused: false, nothingToSend: reason };
}

function nothingToSend(issue: Issue): string | null {
  if (issue.articles.length > 0) return null;
  return issue.skipped.length > 0
    ? `no usable article for ${issue.date}: all ${issue.skipped.length} file(s) were skipped`
    : `no article files for ${issue.date}`;
}
