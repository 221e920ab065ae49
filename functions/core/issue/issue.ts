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

/** A real calendar day as YYYY-MM-DD: `Date.parse` alone rolls 2026-02-30 over to March. */
export function isIssueDate(value: unknown): value is string {
  if (typeof value !== 'string' || !ISSUE_DATE.test(value)) return false;
  // Date.parse rolls 2026-02-30 over to 2 March: a real date reads back as itself.
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
}
