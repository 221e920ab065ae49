import { ArticleParseError } from '../errors.js';
import type { ArticleMetadata, ParsedArticle } from './article.js';
import { cleanParagraphs } from './clean-paragraphs.js';
import { findRecurringUnits } from './text/day-boilerplate.js';
import { splitUnits } from './text/layout.js';
import { stripTextMarkup } from './text/markup.js';
import { furnitureKind, isCaption, isProse } from './text/unit-shapes.js';
import { countWords, sentences } from './text-measures.js';

export interface TextParseOptions {
  /** Units recurring across the day's articles (text/day-boilerplate.ts); see parseTextDay. */
  recurring?: ReadonlyMap<string, number>;
}

/**
 * Raw scraped text with no metadata (the upstream scraper's `.txt`), in any
 * layout: the title is derived from the story's first real paragraph, past
 * any dateline.
 */
export function parseTextArticle(text: string, meta: ArticleMetadata = {}, options: TextParseOptions = {}): ParsedArticle {
  return fromUnits(splitUnits(stripTextMarkup(text)), meta, options);
}

function fromUnits(units: string[], meta: ArticleMetadata, options: TextParseOptions): ParsedArticle {
  const { paragraphs, captions } = cleanParagraphs(units, { ...options, byPosition: true, opensStory });
  if (paragraphs.length === 0) throw new ArticleParseError('no article text is left after cleaning');
  const title = meta.title ?? deriveTitle(paragraphs);
  if (!title) throw new ArticleParseError('no title can be derived from the text');
  return { meta: { ...meta, title }, paragraphs, captions };
}

export interface TextFile {
  file: string;
  text: string;
}

/**
 * One day's `.txt` files, cleaned together: units that recur across the day's
 * articles are boilerplate (`repetition: false` switches that signal off, to
 * measure it). A file that cannot be parsed maps to its error.
 */
export function parseTextDay(files: readonly TextFile[], options: { repetition?: boolean } = {}): Map<string, ParsedArticle | Error> {
  const units = files.map(({ text }) => splitUnits(stripTextMarkup(text)));
  const recurring = options.repetition === false ? undefined : findRecurringUnits(units);
  const out = new Map<string, ParsedArticle | Error>();
  files.forEach(({ file }, i) => {
    try {
      out.set(file, fromUnits(units[i] ?? [], {}, { recurring }));
    } catch (error) {
      out.set(file, error instanceof Error ? error : new Error(String(error)));
    }
  });
  return out;
}

const DASH = String.raw`\.?\s*(?:—|–|--|\s-\s|-\s)\s*`;
/** South Asian papers close a dateline with a colon: "LAHORE: …", "Pune, Sep 30 (PTI): …". */
const COLON = String.raw`\s*:\s+`;
const AGENCY = String.raw`\s*\([^()]{1,40}\)`;
/** ", Israel", ", Ill.", ", Nov. 3", ", 3 ноября", ", 8 de julio", ", 21 septembre 2026", ", 17" (Europa Press), ", 2026", "، ١٤ مارس". */
const PLACE_OR_DATE = String.raw`\s*[,،]\s*(?:[\p{L}.]+\.?(?:\s+[\p{L}.]+){0,2}(?:\s*\p{Nd}{1,2})?|\p{Nd}{1,2}\.?(?:\s+[\p{L}.]+){1,2}(?:\s+\p{Nd}{4})?|\p{Nd}{1,2}\.\s?\p{Nd}{1,2}\.(?:\s?\p{Nd}{4}\.?)?|\p{Nd}{4}|\p{Nd}{1,2})`;
/** Reuters gives both a region and a date: "TALLAHASSEE, Fla., March 14 (Reuters) -", "KYIV, Ukraine, Nov 3 (Reuters) -". */
const PLACES_OR_DATES = String.raw`(?:${PLACE_OR_DATE}){1,3}`;
/** The wire's slashes around its name: "МОСКВА, 3 ноября /ТАСС/.", "Париж, 3 ноября. /ТАСС/." */
const SLASHED = String.raw`\.?\s*\/[^/]{1,20}\/\.?\s+`;
/** The story after a dateline opens with a capital, a number, a quote, or a letter of a script without case ("Tiranë (ATA) - 先日…"). */
const STORY_START = String.raw`(?=[\p{Lu}\p{Lo}\p{N}"“«„])`;
/** After the dash, some agencies sign the dateline: "МОСКВА, 3 ноя — РИА Новости. …"; others use slashes: "… /ТАСС/." */
const SIGNED = String.raw`(?:(?:РИА Новости|ТАСС|Интерфакс|Sputnik|Танјуг|Tanjug|Бета|Beta|FoNet)\.\s*)?`;
const MIXED_CASE_PLACE = String.raw`\p{Lu}[\p{Ll}\p{M}'’.-]+(?:[ /-](?:\p{Lu}[\p{Ll}\p{M}'’.-]+|de|del|la|el|am|an|sur|upon)){0,3}`;
/** Abbreviations that open sentences with a full stop and are not places: "Gov. Ramos …", "Sept. 11 …". */
const NOT_A_PLACE = String.raw`(?!(?:Gov|Sen|Rep|Gen|Col|Capt|Sgt|Prof|Mrs|Rev|Hon|Pres|Supt|Insp|Cmdr|Adm|Maj|Brig|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Corp|Inc|Ltd|Vol|Fig|Abs|Art|Frau|Herr|Nr)\.)`;

/**
 * A dateline opens a wire story: `KOSOVO—`, `WASHINGTON (Reuters) - `,
 * `PARIS, Nov. 3 —`, `SÃO PAULO, Brazil (AP) —`, `Tel Aviv, Israel (Reuters) —`,
 * `Berlin (dpa) -`, `МОСКВА, 3 ноября /ТАСС/.`, `القاهرة (رويترز) -`, `KYIV, Ukraine, Nov 3 (Reuters) -`,
 * `LONDON: `, `Moskau/Kiew (dpa) -`, `Bhopal, Jul 12 (IANS) `, `Montevideo, 8 de julio (EFE).- `, `Leipzig. `,
 * `Казань. 2 апреля. INTERFAX.RU - `. It names a place, not the story.
 */
const DATELINES = [
  // Upper-case place, optionally with a region or date and an agency.
  new RegExp(
    String.raw`^\p{Lu}[\p{Lu}\p{M} .,'’&/-]{1,48}(?:${PLACES_OR_DATES})?(?:${AGENCY})?(?:${DASH}${SIGNED}|${SLASHED}|${COLON}${STORY_START})`,
    'u',
  ),
  // Upper-case place and agency with no dash at all ("CHENNAI (IANS) The …").
  new RegExp(String.raw`^\p{Lu}[\p{Lu}\p{M} .'’&/-]{1,48}(?:${PLACES_OR_DATES})?${AGENCY}\s+${STORY_START}`, 'u'),
  // Mixed-case place: only with an agency or a region/date, and the story starting with a capital.
  new RegExp(
    String.raw`^${MIXED_CASE_PLACE}(?:(?:${PLACES_OR_DATES}(?:${AGENCY})?|${AGENCY})(?:${DASH}${SIGNED}|${SLASHED}|${COLON})|(?:${PLACES_OR_DATES})?${AGENCY}\s+)${STORY_START}`,
    'u',
  ),
  // Interfax: "Казань. 2 апреля. INTERFAX.RU - …".
  new RegExp(String.raw`^${MIXED_CASE_PLACE}\.\s+\p{Nd}{1,2}\s+\p{L}+\.?\s+[\p{Lu}.-]{2,20}${DASH}`, 'u'),
  // German regional papers: the city and a full stop ("Leipzig. Die Polizei …").
  new RegExp(String.raw`^${NOT_A_PLACE}\p{Lu}\p{Ll}{2,}(?:[ -]\p{Lu}\p{Ll}+)?\.\s+(?=\p{Lu}\p{Ll})`, 'u'),
  // Scripts without case: a short place name and an agency.
  new RegExp(String.raw`^[\p{sc=Arabic}\p{sc=Hebrew}\p{sc=Han}][\p{sc=Arabic}\p{sc=Hebrew}\p{sc=Han}\p{M} ]{0,30}(?:${PLACES_OR_DATES})?${AGENCY}${DASH}`, 'u'),
  // The agency alone: "(Reuters) — …".
  new RegExp(String.raw`^\([^()]{1,30}\)${DASH}${STORY_START}`, 'u'),
];

/** A unit that opens with a dateline opens the story, even when its first line is the story's own short heading. */
function opensStory(unit: string): boolean {
  const rest = stripDateline(unit);
  return rest !== unit && countWords(rest) >= 4;
}

export function stripDateline(paragraph: string): string {
  let text = paragraph;
  // A scraper's dateline can sit in front of the wire's own: "BERLIN — WASHINGTON (AP) — …".
  for (let round = 0; round < 2; round += 1) {
    const match = DATELINES.map((dateline) => dateline.exec(text)).find((found) => found !== null);
    const rest = match ? text.slice(match[0].length) : '';
    if (!rest) break;
    text = rest;
  }
  return text;
}

const MAX_TITLE_WORDS = 16;
const MIN_CLAUSE_WORDS = 5;

/** Words that open a trailing phrase a headline can do without ("… on Tuesday night after a four-hour debate"). */
const CONNECTIVES = new Set(['after', 'before', 'as', 'while', 'when', 'because', 'following', 'amid', 'despite', 'which', 'who', 'where', 'since', 'until', 'although', 'though', 'but', 'and']);

/** The paragraph a title comes from: the first real paragraph of prose, never a byline, a date, a caption or a notice. */
function titleSource(paragraphs: readonly string[]): string | undefined {
  const candidates = paragraphs.filter((p) => !furnitureKind(p) && !isCaption(p));
  return candidates.find(isProse) ?? candidates.find((p) => countWords(p) >= 4) ?? paragraphs.find((p) => countWords(p) >= 4) ?? paragraphs[0];
}

/**
 * A headline does without the label or place a scraper left in front of the story's first sentence, in any form:
 * "Sydney: Today …", "Niš – Planning …", "Pejë, 4 maj /Telegrafi/ – …", "دبي - (وكالة) - …", "What To Look For: To help …".
 * A segment of a few words, each capitalised (or of a script without case, or a bracketed source), or dated, then a
 * colon or a spaced dash; the story's own words ("The result – a surprise – …") open in lower case and stay.
 */
const LEAD_SEGMENT = /^([^:：–—|]{1,48}?)\s*(?:[:：]|\s[-–—]{1,2}|[–—])\s+(?=\S)/u;
const LEAD_WORD = /^(?:[\p{Lu}\p{Lo}\p{N}([/«"“*]|\p{Lu})/u;
const MAX_LEAD_WORDS = 5;
const MIN_REST_WORDS = 6;

function stripLeadLabel(text: string): string {
  let current = text;
  for (let round = 0; round < 3; round += 1) {
    const match = LEAD_SEGMENT.exec(current);
    if (!match) break;
    const segment = match[1] ?? '';
    const parts = segment.split(/\s+/u).filter(Boolean);
    const dated = /\p{N}/u.test(segment);
    if (parts.length > MAX_LEAD_WORDS || /[.!?]$/u.test(segment) || !(dated || parts.every((part) => LEAD_WORD.test(part)))) break;
    const rest = stripDateline(current.slice(match[0].length));
    if (countWords(rest) < MIN_REST_WORDS) break;
    current = rest;
  }
  return current;
}

/** The first sentence, not fooled by an abbreviation or an ordinal ("U.S. officials", "Am 12. März"): a fragment of a few words runs on. */
function firstSentence(text: string): string {
  const parts = sentences(text);
  let sentence = parts[0] ?? text;
  for (let i = 1; i < parts.length && countWords(sentence) < 4; i += 1) sentence = `${sentence} ${parts[i]}`;
  return sentence;
}

/**
 * The story's first sentence, shortened the way an editor would headline it:
 * its first clause (dropping attributions such as ", the mayor said"), else the
 * sentence cut before a trailing phrase, else its first words with an ellipsis.
 */
export function deriveTitle(paragraphs: readonly string[]): string | undefined {
  const first = titleSource(paragraphs);
  if (!first) return undefined;
  const opening = stripLeadLabel(stripDateline(first));
  const sentence = firstSentence(opening).replace(/[.!?…]+$/u, '').trim();
  const clause = sentence.split(/[,;:—–]\s|\s[-–—]\s/u)[0]?.trim() ?? sentence;
  const clauseWords = countWords(clause);
  if (clause !== sentence && clauseWords >= MIN_CLAUSE_WORDS && clauseWords <= MAX_TITLE_WORDS) return clause;
  if (countWords(sentence) <= MAX_TITLE_WORDS) return sentence;
  const words = sentence.split(/\s+/);
  for (let i = Math.min(MAX_TITLE_WORDS, words.length - 1); i >= MIN_CLAUSE_WORDS; i -= 1) {
    if (CONNECTIVES.has((words[i] ?? '').toLowerCase())) return words.slice(0, i).join(' ').replace(/[,;:]$/u, '');
  }
  return `${words.slice(0, 12).join(' ').replace(/[,;:]$/u, '')}…`;
}
