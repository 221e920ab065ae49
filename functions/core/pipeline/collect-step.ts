import { collectIssue } from '../issue/collect-issue.js';
import type { Issue } from '../issue/issue.js';
import type { Log, ObjectStore } from '../ports.js';
import { readFrozenIssueFile } from './frozen-issue-file.js';
import { issueKey } from './issue-layout.js';

export interface CollectStepOptions {
  articles: ObjectStore;
  articlesPrefix: string;
  issues: ObjectStore;
  issuePrefix: string;
  date: string;
  runId: string;
  log?: Log;
}

export interface CollectStepResult {
  issue: Issue;
  /** True when sending had already started, so the stored issue was kept as it was. */
  reused: boolean;
}

/** Collects the day's articles into `issue.json`; once sending has started the stored issue is kept, so every recipient gets the same one. */
export async function collectStep(options: CollectStepOptions): Promise<CollectStepResult> {
  const key = issueKey(options.issuePrefix, 'issue');
  const frozen = await readFrozenIssueFile<Issue>(options.issues, options.issuePrefix, key, options.log);
  if (frozen) return { issue: frozen, reused: true };
  const issue = await collectIssue({
    store: options.articles,
    prefix: options.articlesPrefix,
    date: options.date,
    runId: options.runId,
    log: options.log,
  });
  await options.issues.put(key, JSON.stringify(issue, null, 2), { contentType: 'application/json' });
  return { issue, reused: false };
}
