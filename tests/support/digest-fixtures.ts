import { resolve } from 'node:path';
import { loadConfig, type DigestConfig } from '../../functions/config/config.js';
import type { Article } from '../../functions/core/articles/article.js';
import { toArticle } from '../../functions/core/articles/load-articles.js';
import type { Issue } from '../../functions/core/issue/issue.js';
import { compileTemplates, type CompiledTemplates } from '../../functions/core/render/digest-templates.js';

/** Shared builders for tests that render real templates. */

export const TEMPLATES_DIR = resolve(import.meta.dirname, '../../templates');
export const EXAMPLES_DIR = resolve(import.meta.dirname, '../../examples');

let templates: Promise<CompiledTemplates> | undefined;
export function realTemplates(): Promise<CompiledTemplates> {
  templates ??= compileTemplates(TEMPLATES_DIR);
  return templates;
}

export function testConfig(overrides: Partial<DigestConfig> = {}): DigestConfig & { hmacSecret: string } {
  const config = loadConfig({ env: {}, overrides });
  return { ...config, hmacSecret: config.hmacSecret ?? 'x'.repeat(40) };
}

const SENTENCES = [
  'The council met on Tuesday to discuss the budget for next year.',
  'Several members raised concerns about the cost of the new bridge.',
  'Residents have asked for more frequent buses on the northern routes.',
  'The mayor promised a decision before the end of the month.',
  'Local businesses welcomed the plan to extend opening hours.',
];

export function makeArticle(index: number, overrides: Partial<{ title: string; url: string; section: string; paragraphs: string[]; image: string; lang: string }> = {}): Article {
  const paragraphs = overrides.paragraphs ?? [
    `Story ${index} opens here. ${SENTENCES.join(' ')}`,
    `${SENTENCES.slice(2).join(' ')} Story ${index} closes with a unique remark number ${index * 7919}.`,
  ];
  return toArticle(`story-${index}.md`, {
    meta: {
      title: overrides.title ?? `Headline number ${index} about the city`,
      url: overrides.url ?? `https://news.example.com/story/${index}`,
      section: overrides.section ?? (index % 2 === 0 ? 'Local' : 'World'),
      source: 'Example News',
      image: overrides.image,
      lang: overrides.lang,
    },
    paragraphs,
    captions: [],
  });
}

export function makeIssue(articles: Article[], date = '2026-11-26'): Issue {
  return { date, runId: 'test-run', collectedAt: '2026-11-26T05:00:00.000Z', articles, skipped: [], duplicates: [] };
}
