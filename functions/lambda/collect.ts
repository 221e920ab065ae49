import { randomBytes } from 'node:crypto';
import type { Context } from 'aws-lambda';
import { articlesPrefix, issuePrefix } from '../contracts/bucket-layout.js';
import { collectEvent } from '../contracts/step-events.js';
import type { CollectResult } from '../contracts/step-results.js';
import { resolveIssueDate } from '../core/schedule/issue-day.js';
import { beginInvocation, parseEvent, type LambdaContext } from './lambda-context.js';

/** The Collect state: `articles/<date>/` → `issues/<date>/issue.json` and the articles part of `report.json`. */
export function createCollectHandler(context: LambdaContext) {
  const { config, store, log } = context;
  return async (event: unknown, lambdaContext?: Context): Promise<CollectResult> => {
    const input = parseEvent(collectEvent, event, 'CollectEvent');
    // The schedule's instant becomes the newsroom's calendar day; an editor's YYYY-MM-DD is kept.
    const date = resolveIssueDate(input.date, config.timeZone)!;
    // A hand-started collect may omit the run id; the state machine always passes the execution name.
    const runId = input.runId ?? `${date}-${randomBytes(4).toString('hex')}`;
    beginInvocation(log, lambdaContext, { date, runId });
    // The extractors (linkedom, Readability, marked, the charset detector) load on the first invocation,
    // not at cold start (bench:cold). In the bundle they sit in a chunk the extraction workers re-enter.
    const { collectStep } = await import('../core/pipeline/collect-step.js');
    const { issue, nothingToSend } = await collectStep({
      articles: store,
      articlesPrefix: articlesPrefix(date),
      issues: store,
      issuePrefix: issuePrefix(date),
      date,
      runId,
      now: new Date(),
      budgetBytes: config.sizeBudgetBytes,
      log,
    });
    return {
      date,
      runId,
      articleCount: issue.articles.length,
      skippedCount: issue.skipped.length,
      nothingToSend: nothingToSend !== null,
      ...(nothingToSend ? { reason: nothingToSend } : {}),
    };
  };
}
