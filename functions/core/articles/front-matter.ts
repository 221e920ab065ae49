import matter from 'gray-matter';
import { ArticleParseError, errorMessage } from '../errors.js';

/**
 * Front matter of a Markdown article: YAML only (JSON, a subset, is read with
 * `JSON.parse`).
 *
 * gray-matter picks its engine from the text after the opening `---`, and its
 * `javascript` and `coffee` engines evaluate that text with `require` in
 * reach: `---js`, `--- JavaScript` or `---JS` would run code from an article
 * file. So the language tag is read and judged here, the opening line handed
 * to gray-matter is always a bare `---`, and the evaluating engines are
 * replaced by ones that refuse, in case a later version finds another way in.
 */

export interface FrontMatter {
  data: Record<string, unknown>;
  content: string;
}

export const FRONT_MATTER_MUST_BE_YAML = 'front matter must be YAML';

const refuse = (): never => {
  throw new ArticleParseError(FRONT_MATTER_MUST_BE_YAML);
};
const NO_EVALUATING_ENGINES = { javascript: refuse, js: refuse, coffee: refuse, coffeescript: refuse, cson: refuse };

export function readFrontMatter(text: string): FrontMatter {
  // gray-matter's own test: `---` at the very start, not followed by another `-` (a thematic break).
  if (!text.startsWith('---') || text.charAt(3) === '-') return { data: {}, content: text };
  const lineEnd = text.search(/\r?\n/);
  const tag = (lineEnd === -1 ? text.slice(3) : text.slice(3, lineEnd)).trim();
  const language = tag.toLowerCase();
  if (language !== '' && language !== 'yaml' && language !== 'yml' && language !== 'json') {
    const shown = tag.length > 20 ? `${tag.slice(0, 20)}…` : tag;
    throw new ArticleParseError(`${FRONT_MATTER_MUST_BE_YAML} (the file declares "${shown}")`);
  }
  const rest = lineEnd === -1 ? '' : text.slice(lineEnd);
  let parsed: matter.GrayMatterFile<string>;
  try {
    // Options also keep gray-matter from caching results by content, so every parse is independent.
    parsed = matter(`---${rest}`, { language: language === 'json' ? 'json' : 'yaml', engines: NO_EVALUATING_ENGINES });
  } catch (error) {
    if (error instanceof ArticleParseError) throw error;
    const kind = language === 'json' ? 'JSON' : 'YAML';
    throw new ArticleParseError(`the front matter is not valid ${kind}: ${firstLine(errorMessage(error))}`, { cause: error });
  }
  const data = parsed.data;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new ArticleParseError('the front matter is not a set of fields');
  }
  return { data: data, content: parsed.content };
}

function firstLine(text: string): string {
  return text.split('\n')[0] ?? text;
}
