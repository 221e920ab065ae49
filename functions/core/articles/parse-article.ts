import { ArticleParseError } from '../errors.js';
import type { ParsedArticle } from './article.js';
import { parseHtmlArticle } from './html/extract-html.js';
import { parseJsonArticle, parseMarkdownArticle } from './parse-structured-article.js';
import { parseTextArticle } from './parse-text-article.js';

/** The input formats, by file extension; one synchronous parser each (run inside an extraction worker). */

export type ArticleFormat = 'text' | 'markdown' | 'json' | 'html';

const FORMATS: Record<string, ArticleFormat> = {
  '.txt': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.json': 'json',
  '.html': 'html',
  '.htm': 'html',
};

export const SUPPORTED_EXTENSIONS = '.txt, .md, .json or .html';

export function formatOfFile(name: string): ArticleFormat | undefined {
  const extension = /\.[^.]+$/.exec(name)?.[0]?.toLowerCase() ?? '';
  return Object.hasOwn(FORMATS, extension) ? FORMATS[extension] : undefined;
}

export function parseArticle(format: ArticleFormat, text: string): ParsedArticle {
  switch (format) {
    case 'text':
      return parseTextArticle(text);
    case 'markdown':
      return parseMarkdownArticle(text);
    case 'json':
      return parseJsonArticle(text);
    case 'html':
      return parseHtmlArticle(text);
    default:
      throw new ArticleParseError(`unknown article format "${String(format)}"`);
  }
}
