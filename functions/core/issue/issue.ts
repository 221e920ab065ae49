import type { Article, DuplicateArticle, SkippedFile } from '../articles/article.js';

/** One day's issue as collected: what `collect` writes to `issue.json` and `render` reads. */
export interface Issue {
  date: string;
  runId: string;
  collectedAt: string;
  articles: Article[];
  skipped: SkippedFile[];
  duplicates: DuplicateArticle[];
}

export const ISSUE_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isIssueDate(value: unknown): value is string {
  return typeof value === 'string' && ISSUE_DATE.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
}
