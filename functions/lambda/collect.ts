import { randomBytes } from 'node:crypto';
import type { Context } from 'aws-lambda';
import type { CollectEvent, CollectResult } from '../events.js';
import { buildReport } from '../core/pipeline/digest-report.js';
import { collectStep } from '../core/pipeline/collect-step.js';
import { issueKey } from '../core/pipeline/issue-layout.js';
import { resolveIssueDate } from '../core/schedule/issue-day.js';
import { articlesPrefix, issuePrefix, requireDate, requireRunId } from './bucket-layout.js';
import { beginInvocation, type LambdaContext } from './lambda-context.js';

/** `articles/<date>/` → `issues/<date>/issue.json`, plus the articles part of `report.json`. */
export function createCollectHandler(context: LambdaContext) {
  const { config, store, log } = context;
  return async (event: CollectEvent, lambdaContext?: Context): Promise<CollectResult> => {
    // The schedule's instant becomes the newsroom's calendar day; an editor's YYYY-MM-DD is kept.
    const date = requireDate(resolveIssueDate(event?.date, config.timeZone) ?? event?.date);
    // A hand-started collect may omit the run id; the state machine always passes the execution name.
    const runId = event.runId === undefined ? `${date}-${randomBytes(4).toString('hex')}` : requireRunId(event.runId);
    beginInvocation(log, lambdaContext, { date, runId });
    const prefix = issuePrefix(date);
    const { issue, reused } = await collectStep({
      articles: store,
      articlesPrefix: articlesPrefix(date),
      issues: store,
      issuePrefix: prefix,
      date,
      runId,
      log,
    });
    const nothingToSend = issue.articles.length === 0;
    const reason = nothingToSend
      ? issue.skipped.length > 0
        ? `no usable article for ${date}: all ${issue.skipped.length} file(s) were skipped`
        : `no article files for ${date}`
      : undefined;
    // Sending already started means a full report may exist: leave it for summarize to update.
    if (!reused) {
      const report = buildReport({ issue, runId, now: new Date(), budgetBytes: config.sizeBudgetBytes, ...(reason ? { nothingToSend: reason } : {}) });
      await store.put(issueKey(prefix, 'report'), `${JSON.stringify(report, null, 2)}\n`, { contentType: 'application/json' });
    }
    log.info('Collected', { articleCount: issue.articles.length, skippedCount: issue.skipped.length, reused, nothingToSend });
    return { date, runId, articleCount: issue.articles.length, skippedCount: issue.skipped.length, nothingToSend, ...(reason ? { reason } : {}) };
  };
}
