import { normalizeSpace } from './text-measures.js';
import { unitKey } from './text/day-boilerplate.js';
import { COMMENT_FORM_START } from './text/furniture-phrases.js';
import {
  furnitureKind,
  isCaption,
  isCutOff,
  isListItem,
  isProse,
  isReadAlso,
  isReadMore,
  isRelatedHeading,
  looksLikeHeadline,
  words,
} from './text/unit-shapes.js';

/**
 * Cleaning shared by every input format: takes plain-text paragraphs as a
 * scraper delivers them and removes what is not the article, and separates
 * photo captions from the body. Furniture is found by evidence:
 * - the unit alone: phrases in the newsroom's languages, shapes (platform
 *   names, breadcrumbs, timestamps from the runtime's calendar data, bylines),
 *   caption credits;
 * - structure: a teaser is a headline and a cut-off paragraph (whatever the
 *   ellipsis) with or without "Read more" or a "Related" heading; the comment
 *   form runs to the end;
 * - position: before the story's first real paragraph and after its last,
 *   short lines that are not sentences are page furniture;
 * - repetition: a unit that recurs across the day's articles (see
 *   text/day-boilerplate.ts).
 */

export interface CleanedParagraphs {
  paragraphs: string[];
  captions: string[];
}

export interface CleanOptions {
  /** Units recurring across the day's articles: `unitKey` → number of articles (text/day-boilerplate.ts). */
  recurring?: ReadonlyMap<string, number>;
  /**
   * Raw scraped text: judge short lines by their position around the story.
   * Off for bodies whose markup already delimits the article (Markdown, HTML),
   * where a short line at the top is the author's heading.
   */
  byPosition?: boolean;
}

/** Splits raw text into paragraphs at blank lines; lines inside a block are joined. */
export function splitParagraphs(text: string): string[] {
  return text
    .split(/\n[ \t]*\n+/)
    .map(normalizeSpace)
    .filter((paragraph) => paragraph.length > 0);
}

type Label = 'body' | 'caption' | 'furniture';

/** An article whose recurring units make up this much of its words is a repeat of another story, not furniture: duplicates are found later. */
const MAX_RECURRING_SHARE = 0.5;

export function cleanParagraphs(input: readonly string[], options: CleanOptions = {}): CleanedParagraphs {
  const units = input.map(normalizeSpace).filter((unit) => unit.length > 0);
  const table = tableRows(units);
  const labels: Label[] = units.map((unit, i) => (table[i] ? 'body' : isCaption(unit) ? 'caption' : furnitureKind(unit) ? 'furniture' : 'body'));
  markRecurring(units, labels, options.recurring);
  markCommentForm(units, labels);
  markTeasers(units, labels);
  if (options.byPosition) {
    markNoticesAtTheEdges(units, labels);
    markOutsideTheStory(units, labels, table);
  }

  const paragraphs: string[] = [];
  const captions: string[] = [];
  units.forEach((unit, i) => {
    if (labels[i] === 'body') paragraphs.push(unit);
    else if (labels[i] === 'caption') captions.push(unit);
  });
  return { paragraphs, captions };
}

/** Rows of a table: two or more consecutive units cut into cells by ` | `. A menu or a byline with pipes stands alone. */
function tableRows(units: readonly string[]): boolean[] {
  const cells = units.map((unit) => unit.split(' | ').length);
  return cells.map((count, i) => count >= 3 && ((cells[i - 1] ?? 0) >= 3 || (cells[i + 1] ?? 0) >= 3));
}

/** A full paragraph inside the story must recur in this many articles: wire copy and reused background paragraphs repeat in two. */
const MIN_ARTICLES_FOR_PROSE = 3;

function markRecurring(units: string[], labels: Label[], recurring: ReadonlyMap<string, number> | undefined): void {
  if (!recurring || recurring.size === 0) return;
  const counts = units.map((unit, i) => (labels[i] === 'body' ? (recurring.get(unitKey(unit)) ?? 0) : 0));
  const prose = units.map((unit) => isProse(unit));
  const hits = counts.map((count, i) => count >= (prose[i] ? MIN_ARTICLES_FOR_PROSE : 2));
  // A paragraph repeated in two articles is the site's note when it sits outside the story's own paragraphs.
  const own = units.map((_, i) => labels[i] === 'body' && prose[i] && counts[i] === 0);
  const first = own.indexOf(true);
  const last = own.lastIndexOf(true);
  counts.forEach((count, i) => {
    if (count >= 2 && first >= 0 && (i < first || i > last)) hits[i] = true;
  });
  const total = units.reduce((sum, unit) => sum + words(unit), 0);
  const repeated = units.reduce((sum, unit, i) => sum + (hits[i] ? words(unit) : 0), 0);
  if (total === 0 || repeated / total > MAX_RECURRING_SHARE) return;
  hits.forEach((hit, i) => {
    if (hit) labels[i] = 'furniture';
  });
}

/** The comment form only ever follows the article; one found in the first half is more likely text. */
function markCommentForm(units: string[], labels: Label[]): void {
  const start = units.findIndex((unit, i) => i >= Math.ceil(units.length / 2) && words(unit) <= 12 && COMMENT_FORM_START.test(unit));
  if (start < 0) return;
  for (let i = start; i < units.length; i += 1) labels[i] = 'furniture';
}

const previousBody = (labels: Label[], from: number) => {
  for (let i = from; i >= 0; i -= 1) if (labels[i] === 'body') return i;
  return -1;
};

/**
 * Related-article teasers: a headline (ending in anything but a full stop), a
 * paragraph cut off with an ellipsis, and often "Read more". Under a
 * "Related" heading or a "Read also:" insert, the list of headlines and cuts
 * that follows goes with it.
 */
function markTeasers(units: string[], labels: Label[]): void {
  const firstProse = labels.findIndex((label, i) => label === 'body' && isProse(units[i] as string));
  units.forEach((unit, i) => {
    if (isReadMore(unit)) {
      const cut = previousBody(labels, i - 1);
      if (cut >= 0 && isCutOff(units[cut] as string)) {
        labels[cut] = 'furniture';
        const headline = previousBody(labels, cut - 1);
        if (headline >= 0 && looksLikeHeadline(units[headline] as string)) labels[headline] = 'furniture';
      }
    }
    if (labels[i] === 'body' && isCutOff(unit) && i > firstProse) {
      labels[i] = 'furniture';
      const headline = previousBody(labels, i - 1);
      if (headline > firstProse && looksLikeHeadline(units[headline] as string) && !isListItem(units[headline] as string)) labels[headline] = 'furniture';
    }
  });
  units.forEach((unit, i) => {
    if (labels[i] === 'caption' || !(isRelatedHeading(unit) || isReadAlso(unit)) || i < firstProse) return;
    labels[i] = 'furniture';
    for (let j = i + 1; j < units.length; j += 1) {
      const next = units[j] as string;
      if (labels[j] !== 'body') continue;
      if (!(looksLikeHeadline(next) || isCutOff(next))) break;
      labels[j] = 'furniture';
    }
  });
}

const EDGE = 3;
const NOTICE = /cookie|kola[čc]i[ćc]|колачи|privacy|privatnost|приватност|datenschutz|confidentialit|privacidad|privacidade|privatësi|конфиденциальн|الخصوصية/iu;

/** In the first and last few units, a short text about cookies or privacy is the site's banner, whatever it says. */
function markNoticesAtTheEdges(units: string[], labels: Label[]): void {
  units.forEach((unit, i) => {
    if (labels[i] === 'body' && (i < EDGE || i >= units.length - EDGE) && words(unit) <= 60 && NOTICE.test(unit)) labels[i] = 'furniture';
  });
}

/**
 * Before the story's first real paragraph and after its last, a short line
 * that is not a sentence (a full stop after a few words) is the page around the story: a byline, a date, a
 * menu, a button, a teaser heading.
 */
function markOutsideTheStory(units: string[], labels: Label[], table: readonly boolean[]): void {
  const prose = units.map((unit, i) => labels[i] === 'body' && isProse(unit));
  const first = prose.indexOf(true);
  const last = prose.lastIndexOf(true);
  if (first < 0) return;
  units.forEach((unit, i) => {
    if (labels[i] !== 'body' || prose[i] || (i > first && i < last) || isListItem(unit) || table[i]) return;
    // A sentence, or the line that introduces a list or a quote ("Key topics include:").
    const sentence = (/[.。]["'”’»)\]]*$/u.test(unit) && words(unit) >= 2) || (/:$/u.test(unit) && words(unit) >= 3);
    if ((words(unit) <= 20 && !sentence) || isCutOff(unit)) labels[i] = 'furniture';
  });
}
