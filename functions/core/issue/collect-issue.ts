import { loadArticles } from '../articles/load-articles.js';
import type { Clock, Log, ObjectStore } from '../ports.js';
import { systemClock } from '../ports.js';
import type { Issue } from './issue.js';

export interface CollectOptions {
  /** Where the day's article files are: `<dir>/<date>/` locally, `articles/<date>/` on S3. */
  store: ObjectStore;
  prefix: string;
  date: string;
  runId: string;
  log?: Log;
  clock?: Clock;
}

/** Reads, cleans and de-duplicates the day's articles into an issue. */
export async function collectIssue(options: CollectOptions): Promise<Issue> {
  const clock = options.clock ?? systemClock;
  const loaded = await loadArticles(options.store, options.prefix, options.log);
  options.log?.info('articles collected', {
    included: loaded.included.length,
    skipped: loaded.skipped.length,
    duplicates: loaded.duplicates.length,
  });
  return {
    date: options.date,
    runId: options.runId,
    collectedAt: new Date(clock.now()).toISOString(),
    articles: loaded.included,
    skipped: loaded.skipped,
    duplicates: loaded.duplicates,
  };
}
