import { ArticleParseError } from '../errors.js';
import type { ArticleMetadata, ParsedArticle } from './article.js';
import { cleanParagraphs, splitParagraphs } from './clean-paragraphs.js';
import { stripMarkup } from './decode-text.js';
import { countWords, sentences } from './text-measures.js';

/**
 * Raw scraped text with no metadata (the upstream scraper's `.txt`): the
 * title is derived from the text itself, past any dateline.
 */
export function parseTextArticle(text: string, meta: ArticleMetadata = {}): ParsedArticle {
  const { paragraphs, captions } = cleanParagraphs(splitParagraphs(stripMarkup(text)));
  if (paragraphs.length === 0) throw new ArticleParseError('no article text is left after cleaning');
  const title = meta.title ?? deriveTitle(paragraphs);
  if (!title) throw new ArticleParseError('no title can be derived from the text');
  return { meta: { ...meta, title }, paragraphs, captions };
}

/**
 * A dateline opens a wire story: `KOSOVO—`, `WASHINGTON (Reuters) - `,
 * `PARIS, Nov. 3 —`, `SÃO PAULO, Brazil (AP) —`. It names a place, not the story.
 */
const DATELINE = /^\p{Lu}[\p{Lu}\p{M} .,'’&-]{1,48}(?:,\s*[\p{L}.]+(?:\s+[\p{L}.]+)?\.?(?:\s*\d{1,2})?)?(?:\s*\([^)]{1,40}\))?\s*(?:—|–|--|\s-\s)\s*/u;

export function stripDateline(paragraph: string): string {
  const match = DATELINE.exec(paragraph);
  if (!match) return paragraph;
  const rest = paragraph.slice(match[0].length);
  return rest.length > 0 ? rest : paragraph;
}

const MAX_TITLE_WORDS = 16;
const MIN_CLAUSE_WORDS = 5;

/** Words that open a trailing phrase a headline can do without ("… on Tuesday night after a four-hour debate"). */
const CONNECTIVES = new Set(['after', 'before', 'as', 'while', 'when', 'because', 'following', 'amid', 'despite', 'which', 'who', 'where', 'since', 'until', 'although', 'though', 'but', 'and']);

/**
 * The story's first sentence, shortened the way an editor would headline it:
 * its first clause (dropping attributions such as ", the mayor said"), else the
 * sentence cut before a trailing phrase, else its first words with an ellipsis.
 */
export function deriveTitle(paragraphs: readonly string[]): string | undefined {
  const first = paragraphs.find((p) => countWords(p) >= 4) ?? paragraphs[0];
  if (!first) return undefined;
  const opening = stripDateline(first);
  const sentence = (sentences(opening)[0] ?? opening).replace(/[.!?…]+$/u, '').trim();
  const clause = sentence.split(/[,;:—–]\s|\s[-–—]\s/u)[0]?.trim() ?? sentence;
  const clauseWords = countWords(clause);
  if (clause !== sentence && clauseWords >= MIN_CLAUSE_WORDS && clauseWords <= MAX_TITLE_WORDS) return clause;
  if (countWords(sentence) <= MAX_TITLE_WORDS) return sentence;
  const words = clause.split(/\s+/);
  for (let i = Math.min(MAX_TITLE_WORDS, words.length - 1); i >= MIN_CLAUSE_WORDS; i -= 1) {
    if (CONNECTIVES.has((words[i] ?? '').toLowerCase())) return words.slice(0, i).join(' ').replace(/[,;:]$/u, '');
  }
  return `${words.slice(0, 12).join(' ').replace(/[,;:]$/u, '')}…`;
}
