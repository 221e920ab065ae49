import * as z from 'zod/mini';
import type { Article } from '../core/articles/article.js';
import type { Issue } from '../core/issue/issue.js';
import { count, nullableText, type Same, text } from './contract-schema.js';

/**
 * `issue.json`: collect → render, summarize (and collect itself once sending
 * has started). Checked when read back, like every file in step-files.ts;
 * its own module because render imports it at cold start, and importing a
 * module builds every schema in it (bench:cold).
 */

const article = z.object({
  id: text,
  file: text,
  title: text,
  url: nullableText,
  source: nullableText,
  author: nullableText,
  publishedAt: nullableText,
  section: text,
  image: z.nullable(z.object({ url: text, alt: text })),
  priority: z.number(),
  excerpt: text,
  words: count,
  readingMinutes: z.number(),
  paragraphs: z.array(text),
  captions: z.array(text),
  lang: nullableText,
  dir: z.enum(['ltr', 'rtl']),
  encoding: z.optional(text),
  notes: z.optional(z.array(text)),
});

export const issueFile = z.object({
  date: text,
  runId: text,
  collectedAt: text,
  articles: z.array(article),
  skipped: z.array(z.object({ file: text, reason: text })),
  duplicates: z.array(z.object({ file: text, duplicateOf: text })),
});

const _article: Same<z.output<typeof article>, Article> = true;
const _issue: Same<z.output<typeof issueFile>, Issue> = true;
