import { normalizeSpace } from './text-measures.js';
import { frameKey, unitKey } from './text/day-boilerplate.js';
import { changesScript } from './text/layout.js';
import { COMMENT_FORM_START } from './text/furniture-phrases.js';
import {
  furnitureKind,
  isCaption,
  isAffiliateNote,
  isAuthorNote,
  isNoteOnThePiece,
  isTipLine,
  isContinuationMarker,
  isCutOff,
  endsInEllipsis,
  endsInTwoDots,
  isDatedSignature,
  isEmailField,
  isEmbedNotice,
  isEmbeddedPostText,
  isListItem,
  isPostAttribution,
  isPriceLine,
  isPricedName,
  isProse,
  isReadAlso,
  isReadMore,
  isRelatedHeading,
  isPaidPlacement,
  isPlatformLine,
  isTags,
  isShopLine,
  isSignUpLine,
  namesPriceRange,
  isSiteNotice,
  isSponsorLine,
  sponsorName,
  isUnmarkedByline,
  looksLikeHeadline,
  namesEmbedPlatform,
  pointedHeadline,
  speaksOfTheEmbed,
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
  /** Whether a unit opens the story (a dateline: "CITY (Agency) — …"): the story starts there, however short its first line. */
  opensStory?: (unit: string) => boolean;
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
  const original = input.map(normalizeSpace).filter((unit) => unit.length > 0);
  // Every pass reads the units as their shape is understood; the text kept is the text given.
  const units = readTwoDotCuts(original);
  const table = tableRows(units);
  const kinds = units.map((unit, i) => (table[i] || isCaption(unit) ? null : furnitureKind(unit)));
  const labels: Label[] = units.map((unit, i) => (table[i] ? 'body' : isCaption(unit) ? 'caption' : kinds[i] ? 'furniture' : 'body'));
  const ownLines = keepListedLines(units, labels, kinds);
  markRecurring(units, labels, options.recurring);
  markCommentForm(units, labels);
  markTeasers(units, labels, table);
  markSignUpForms(units, labels);
  keepQuotedPosts(units, labels, kinds, ownLines);
  markEmbeddedPosts(units, labels, ownLines);
  markAroundEmbeds(units, labels, kinds, ownLines);
  if (options.byPosition) {
    markNoticesAtTheEdges(units, labels);
    markInserts(units, labels, table);
    markBoxes(units, labels, table);
    markTopBylines(units, labels);
    markOutsideTheStory(units, labels, table, ownLines, options.opensStory);
    // An author's note looks like prose: once it is found, the story ends before it, and so does what sat between.
    if (markAuthorNotes(units, labels)) markOutsideTheStory(units, labels, table, ownLines, options.opensStory);
    markAfterThePageResumes(units, labels, table);
  }

  const paragraphs: string[] = [];
  const captions: string[] = [];
  original.forEach((unit, i) => {
    if (labels[i] === 'body') paragraphs.push(unit);
    else if (labels[i] === 'caption') captions.push(unit);
  });
  return { paragraphs, captions };
}

/** How far from a line ending in two dots another teaser's cut or link confirms it as a cut too. */
const TWO_DOT_REACH = 4;

/**
 * A line ending in two dots is a teaser cut at a word count ("… following reports of..") when another teaser sits
 * nearby: a line cut with an ellipsis, another two-dot line, a "Read more" or a "Related" heading. Alone, the two dots
 * are a typo closing the story's own sentence ("… growth of 31% each year.."). A confirmed cut is read as an ellipsis.
 */
function readTwoDotCuts(units: readonly string[]): string[] {
  const teaserish = units.map((unit) => endsInEllipsis(unit) || endsInTwoDots(unit) || isReadMore(unit) || isRelatedHeading(unit));
  return units.map((unit, i) => {
    if (!endsInTwoDots(unit)) return unit;
    for (let j = Math.max(0, i - TWO_DOT_REACH); j <= i + TWO_DOT_REACH && j < units.length; j += 1) if (j !== i && teaserish[j]) return `${unit.trimEnd()}.`;
    return unit;
  });
}

/**
 * Shapes that a story's own lists share with furniture: figures ("1/1/2013 +13.1%"), dated lines, links. A dated
 * line that ends in a name ("3rd round: 22 April – Velopark") reads as a byline and a date: one family.
 */
const LISTED_FAMILY: Readonly<Record<string, string>> = { symbols: 'symbols', timestamp: 'dated', byline: 'dated', 'call-to-action': 'link', embed: 'link' };
const LISTED_RUN = 4;
/** A list's items may alternate with lines of their own ("Product name" / its shop link): one line between two items. */
const LISTED_GAP = 2;

/** Several like-shaped lines of one of these families, close together, are a list in the story (a data series, a list of links), not the page's furniture. */
function keepListedLines(units: readonly string[], labels: Label[], kinds: readonly (string | null)[]): boolean[] {
  const family = kinds.map((kind) => (kind ? LISTED_FAMILY[kind] : undefined));
  const listed = units.map(() => false);
  let run: number[] = [];
  const close = () => {
    const lines = run.map((i) => units[i] as string);
    if (run.length >= LISTED_RUN && likeShaped(lines)) {
      // The list is the story's from its first item of the common shape to its last: a share line after it is not.
      const shape = dominantShape(lines);
      const common = run.filter((i) => listShape(units[i] as string) === shape);
      const [from, to] = [common[0] as number, common.at(-1) as number];
      for (let j = run[0] as number; j <= (run.at(-1) as number); j += 1) {
        labels[j] = labels[j] === 'caption' ? 'caption' : 'body';
        listed[j] = labels[j] === 'body' && j >= from && j <= to;
      }
    }
    run = [];
  };
  family.forEach((name, i) => {
    if (!name) return;
    const last = run.at(-1);
    if (last !== undefined && (family[last] !== name || i - last > LISTED_GAP || (i - last === LISTED_GAP && kinds[i - 1] !== null))) close();
    run.push(i);
  });
  close();
  keepMixedLists(units, labels, kinds, family, listed);
  return listed;
}

/**
 * A list whose items only sometimes read as furniture ("June 17 -- Bridgestone Arena, Nashville, TN" reads as a
 * date, "June 14 -- Ameris Bank Amphitheatre (Formerly Verizon Amphitheatre), Alpharetta, GA" has too many words to):
 * a run of short lines shaped alike, each either plain or of one listed family, is the story's list.
 */
function keepMixedLists(units: readonly string[], labels: Label[], kinds: readonly (string | null)[], family: readonly (string | undefined)[], listed: boolean[]): void {
  let start = 0;
  let name: string | undefined;
  const close = (end: number) => {
    const lines = units.slice(start, end);
    // Each line that reads as furniture must share the list's shape: a "Share this article" under a tour's dates is not a date.
    const shape = lines.length > 0 ? dominantShape(lines) : '';
    const fits = lines.every((line, k) => family[start + k] === undefined || listShape(line) === shape);
    if (name && end - start >= LISTED_RUN && fits && likeShaped(lines)) {
      for (let j = start; j < end; j += 1) {
        labels[j] = 'body';
        listed[j] = true;
      }
    }
    name = undefined;
  };
  for (let i = 0; i <= units.length; i += 1) {
    const unit = units[i];
    const plain = unit !== undefined && kinds[i] === null && labels[i] === 'body' && !isProse(unit);
    const listed = unit !== undefined && family[i] !== undefined && (name === undefined || family[i] === name);
    if (plain || listed) {
      if (listed) name = family[i];
      continue;
    }
    close(i);
    start = i + 1;
    // A line of another family ends this run and may open the next.
    if (unit !== undefined && family[i] !== undefined) {
      start = i;
      name = family[i];
    }
  }
}

/** Rows of a table: two or more consecutive units cut into cells by ` | `. A menu or a byline with pipes stands alone. */
function tableRows(units: readonly string[]): boolean[] {
  // A share bar or a tags line cut by bars ("WhatsApp | Telegram | Email", "Tags: Transport | Courts") is no row, even next to another.
  const cells = units.map((unit) => (isPlatformLine(unit) || isTags(unit) ? 1 : unit.split(' | ').length));
  return cells.map((count, i) => count >= 3 && ((cells[i - 1] ?? 0) >= 3 || (cells[i + 1] ?? 0) >= 3));
}

/** A full paragraph inside the story must recur in this many articles: wire copy and reused background paragraphs repeat in two. */
const MIN_ARTICLES_FOR_PROSE = 3;
/** A frame is looser than a line, so it must recur in more of the day's articles. */
const MIN_ARTICLES_FOR_FRAME = 3;

function markRecurring(units: string[], labels: Label[], recurring: ReadonlyMap<string, number> | undefined): void {
  if (!recurring || recurring.size === 0) return;
  const counts = units.map((unit, i) => (labels[i] === 'body' ? (recurring.get(unitKey(unit)) ?? 0) : 0));
  const prose = units.map((unit) => isProse(unit));
  const hits = counts.map((count, i) => count >= (prose[i] ? MIN_ARTICLES_FOR_PROSE : 2));
  // A short line whose frame (its label, or its words without the names) recurs across the day is the site's
  // template filled in again ("Live updates: …", "Report by …"), unless its neighbours share the frame: a list.
  const frames = units.map((unit) => frameKey(unit));
  frames.forEach((frame, i) => {
    const alone = frame !== undefined && frames[i - 1] !== frame && frames[i + 1] !== frame;
    if (alone && labels[i] === 'body' && !prose[i] && (recurring.get(frame) ?? 0) >= MIN_ARTICLES_FOR_FRAME) hits[i] = true;
  });
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

/**
 * The comment form only ever follows the article; one found in the first half is more likely text. Its heading
 * states, it does not ask or list: "Comments, ideas, improvements?" closing a mailing-list post is the post.
 */
function isCommentFormStart(unit: string): boolean {
  const heading = COMMENT_FORM_START.exec(unit);
  return heading !== null && words(unit) <= 12 && !/[?？؟]\s*$/u.test(unit) && !unit.slice(heading[0].length).startsWith(',');
}

function markCommentForm(units: string[], labels: Label[]): void {
  const start = units.findIndex((unit, i) => i >= Math.ceil(units.length / 2) && isCommentFormStart(unit));
  if (start < 0) return;
  for (let i = start; i < units.length; i += 1) labels[i] = 'furniture';
}

/** The nearest unit from `from`, walking by `step`, whose label `wanted` accepts; -1 past the edge. */
function nearest(labels: readonly Label[], from: number, step: 1 | -1, wanted: (label: Label) => boolean): number {
  for (let i = from; i >= 0 && i < labels.length; i += step) if (wanted(labels[i] as Label)) return i;
  return -1;
}

const previousBody = (labels: readonly Label[], from: number) => nearest(labels, from, -1, (label) => label === 'body');
const nextBody = (labels: readonly Label[], from: number) => nearest(labels, from, 1, (label) => label === 'body');
const previousUncaptioned = (labels: readonly Label[], from: number) => nearest(labels, from, -1, (label) => label !== 'caption');

/** A teaser's headline is a headline's length; a longer line over a "Read more" is the story's own paragraph. */
const TEASER_HEADLINE_WORDS = 16;

/**
 * Related-article teasers: a headline (ending in anything but a full stop), a
 * paragraph cut off with an ellipsis, and often "Read more". Under a
 * "Related" heading or a "Read also:" insert, the list of headlines and cuts
 * that follows goes with it.
 */
function markTeasers(units: string[], labels: Label[], table: readonly boolean[]): void {
  const firstProse = labels.findIndex((label, i) => label === 'body' && isProse(units[i] as string));
  // The story's last paragraph that is not a headline (a teaser's question is prose by its mark alone).
  let lastParagraph = -1;
  units.forEach((unit, i) => {
    if (labels[i] === 'body' && isProse(unit) && !asksAsAHeadline(unit)) lastParagraph = i;
  });
  // Right before a cut known as furniture already (it recurs across the day): its headline, if nothing else sits between.
  const headlineOver = (cut: number) => {
    const headline = previousUncaptioned(labels, cut - 1);
    return headline > firstProse && labels[headline] === 'body' && looksLikeHeadline(units[headline] as string) && !isListItem(units[headline] as string) ? headline : -1;
  };
  const links = readMoreLinks(units, labels);
  units.forEach((unit, i) => {
    if (links[i]) {
      labels[i] = 'furniture';
      const cut = previousBody(labels, i - 1);
      const adjacent = previousUncaptioned(labels, i - 1);
      // Over its link, a cut of a few words is a teaser's too ("Le texte prévoit que…").
      if (cut >= 0 && (isCutOff(units[cut] as string) || (endsInEllipsis(units[cut] as string) && words(units[cut] as string) >= CUT_UNDER_LINK_WORDS))) {
        labels[cut] = 'furniture';
        const headline = previousBody(labels, cut - 1);
        if (headline >= 0 && looksLikeHeadline(units[headline] as string)) labels[headline] = 'furniture';
      } else if (adjacent >= 0 && labels[adjacent] === 'furniture' && isCutOff(units[adjacent] as string)) {
        const headline = headlineOver(adjacent);
        if (headline >= 0) labels[headline] = 'furniture';
      } else if (cut === adjacent && cut > lastParagraph && firstProse >= 0 && looksLikeHeadline(units[cut] as string) && !isListItem(units[cut] as string) && words(units[cut] as string) <= TEASER_HEADLINE_WORDS) {
        // After the story's last paragraph, a headline and its link, without the cut paragraph.
        labels[cut] = 'furniture';
      }
    }
    // Between two of the story's paragraphs, a line trailing off ("… and said something along the lines of …") leads into the next.
    const [before, after] = [previousBody(labels, i - 1), nextBody(labels, i + 1)];
    const leadIn = before >= 0 && after >= 0 && isProse(units[before] as string) && isProse(units[after] as string);
    if (isCutOff(unit) && i > firstProse) {
      if (labels[i] === 'body' && !leadIn && !cutShort(units, labels, i)) {
        labels[i] = 'furniture';
        const headline = previousBody(labels, i - 1);
        if (headline > firstProse && !table[headline] && looksLikeHeadline(units[headline] as string) && !isListItem(units[headline] as string)) labels[headline] = 'furniture';
      } else if (labels[i] === 'furniture') {
        const headline = headlineOver(i);
        if (headline >= 0 && !table[headline]) labels[headline] = 'furniture';
      }
    }
  });
  units.forEach((unit, i) => {
    // A table's row is the story's, though its first cell may read as the wire's upper-case label ("CAPM | PMI | $225 | …").
    if (labels[i] === 'caption' || table[i] || !(isRelatedHeading(unit) || isReadAlso(unit)) || i < firstProse) return;
    labels[i] = 'furniture';
    // "Read also: <headline>" carries its own headline; the story's subheadings and lists may follow it.
    if (!isRelatedHeading(unit)) return;
    for (let j = i + 1; j < units.length; j += 1) {
      const next = units[j] as string;
      if (labels[j] !== 'body') continue;
      // A table's rows are the story's, whatever heading sits over them.
      if (table[j] || !(looksLikeHeadline(next) || isCutOff(next))) break;
      labels[j] = 'furniture';
    }
  });
}

const CUT_UNDER_LINK_WORDS = 3;
/** Every word capitalised ("Tom Reilly"): a name, not a button's words ("Tap for the whole story", "展开全文"). */
const NAME_LIKE = /^\p{Lu}\S*(?:\s+\p{Lu}\S*)*$/u;
/** A teaser's link is a button: a few words, no sentence, no name (a signature the page repeats). */
const LINK_WORDS = 5;

/**
 * "Read more" in the newsroom's languages, or a link the page repeats under its teasers however it words it
 * ("Tap for the full story", "Découvrir la suite"): a short line, no sentence, found twice or more in the article,
 * once at least right under a line cut with an ellipsis. The story's repeated headings ("Pros", "Verdict") sit over
 * paragraphs, not under cuts.
 */
function readMoreLinks(units: readonly string[], labels: readonly Label[]): boolean[] {
  const counts = new Map<string, number>();
  for (const unit of units) counts.set(unit, (counts.get(unit) ?? 0) + 1);
  const button = (unit: string) => (counts.get(unit) ?? 0) >= 2 && words(unit) >= 2 && words(unit) <= LINK_WORDS && !SENTENCE_END_STOP.test(unit) && !isListItem(unit) && !isProse(unit) && !NAME_LIKE.test(unit);
  const underCut = new Set<string>();
  units.forEach((unit, i) => {
    const above = previousUncaptioned(labels, i - 1);
    // A line known as other furniture ("Copy link" under every teaser) is that furniture's, not the teaser's link.
    if (labels[i] === 'body' && button(unit) && above >= 0 && endsInEllipsis(units[above] as string) && words(units[above] as string) >= CUT_UNDER_LINK_WORDS) underCut.add(unit);
  });
  return units.map((unit, i) => labels[i] !== 'caption' && (isReadMore(unit) || (labels[i] === 'body' && underCut.has(unit))));
}

/** A sign-up box: heading, pitch, e-mail field, button, small print. Its short lines around the e-mail field go with it. */
const FORM_REACH = 2;
const FORM_LINE_WORDS = 16;

function markSignUpForms(units: string[], labels: Label[]): void {
  units.forEach((unit, i) => {
    // The field may already be known as furniture (it recurs across the day); its box goes with it all the same.
    if (labels[i] === 'caption' || !isEmailField(unit)) return;
    labels[i] = 'furniture';
    for (const step of [-1, 1]) {
      for (let j = i + step, reach = 0; j >= 0 && j < units.length && reach < FORM_REACH; j += step, reach += 1) {
        const line = units[j] as string;
        // A form is in the site's language: a line in another script is the story's, written around the form.
        if (labels[j] === 'caption' || isListItem(line) || words(line) > FORM_LINE_WORDS || (CJK_TEXT.test(line) && line.length > 60) || changesScript(unit, line)) break;
        if (labels[j] === 'furniture') continue;
        labels[j] = 'furniture';
      }
    }
  });
}

/**
 * An embedded post is its text and the attribution under it ("— Jane Doe (@janedoe) March 3, 2026"): the text goes with it.
 * A consent-gated embed's placeholder ("Externer Inhalt") takes the line under it that explains where the content comes from.
 */
const POST_WORDS = 60;
const PLACEHOLDER_WORDS = 30;

function markEmbeddedPosts(units: string[], labels: Label[], ownLines: readonly boolean[]): void {
  units.forEach((unit, i) => {
    if (ownLines[i]) return;
    const text = units[i - 1];
    if (isPostAttribution(unit) && text !== undefined && labels[i - 1] === 'body' && words(text) <= POST_WORDS) labels[i - 1] = 'furniture';
    // Signed in words ("Posted by … on Sunday, …"), it is a post only inside the story, where a byline is not: prose sits above its text.
    if (isDatedSignature(unit) && text !== undefined && labels[i - 1] === 'body' && words(text) <= POST_WORDS && units.slice(0, i - 1).some((before, j) => labels[j] === 'body' && isProse(before))) {
      labels[i] = 'furniture';
      labels[i - 1] = 'furniture';
    }
    const next = units[i + 1];
    if (isEmbedNotice(unit) && next !== undefined && labels[i + 1] === 'body' && words(next) <= PLACEHOLDER_WORDS && namesEmbedPlatform(next)) labels[i + 1] = 'furniture';
  });
}

/**
 * An embed's chrome comes in a block: beside a line known as an embed's or a gallery's, a short line speaking of the
 * post, the video or the platform with a control's verb ("If the post does not load, view it on X."), or the post's
 * text closing on a hashtag or an emoji, goes with it.
 */
function markAroundEmbeds(units: readonly string[], labels: Label[], kinds: readonly (string | null)[], ownLines: readonly boolean[]): void {
  const chrome = kinds.map((kind, i) => labels[i] === 'furniture' && (kind === 'embed' || kind === 'gallery'));
  // A link is the chrome of a tweet the story quotes too ("… #thanks" / "pic.twitter.com/…"): a post's text goes only with a button or a notice.
  const button = chrome.map((isChrome, i) => isChrome && !POST_LINK.test(units[i] as string));
  units.forEach((unit, i) => {
    if (labels[i] !== 'body' || ownLines[i]) return;
    if (((chrome[i - 1] || chrome[i + 1]) && speaksOfTheEmbed(unit)) || ((button[i - 1] || button[i + 1]) && isEmbeddedPostText(unit))) labels[i] = 'furniture';
  });
}

const CJK_TEXT = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u;

/** A post the story quotes shares this many names (a capitalised word inside a sentence, a hashtag) with the story's prose. */
const QUOTED_NAMES = 2;

/** Names inside a text: capitalised words that do not open a sentence, and hashtags' words. */
function namesIn(text: string): Set<string> {
  const found = text.match(/(?<=[\p{L}\p{N},;:"“”'’)]\s+|#)\p{Lu}[\p{L}\p{M}]{3,}/gu) ?? [];
  return new Set(found.map((name) => name.toLowerCase()));
}

/**
 * A post the story quotes ("Noem tweeted …", "See tweets:") is the story's, with its attribution: the story names its
 * author (a name or the handle), or the post speaks of what the story speaks of. A site's embed is about something else.
 */
function keepQuotedPosts(units: readonly string[], labels: Label[], kinds: readonly (string | null)[], ownLines: boolean[]): void {
  const attributions = units.map((unit, i) => (labels[i] !== 'caption' && isPostAttribution(unit) ? i : -1)).filter((i) => i > 0);
  if (attributions.length === 0) return;
  const post = (i: number) => {
    // The post's text (a photo may sit between it and its attribution), and a bare picture link the layout left on a line of its own.
    const last = previousUncaptioned(labels, i - 1);
    const text = last >= 1 && /^\S+$/u.test(units[last] as string) ? [previousUncaptioned(labels, last - 1), last] : [last];
    return text.every((j) => j >= 0 && words(units[j] as string) <= POST_WORDS) ? text : [];
  };
  const inPosts = new Set(attributions.flatMap((i) => [i, ...post(i)]));
  // The story's prose, without a note about the author (a page's bio names the people its embeds credit).
  const story = units.filter((unit, i) => labels[i] === 'body' && !inPosts.has(i) && isProse(unit) && !isAuthorNote(unit));
  const storyNames = namesIn(story.join(' '));
  for (const i of attributions) {
    const text = post(i);
    if (text.length === 0) continue;
    const attribution = /^[—–-]\s*([^()]+)\(@(\w+)\)/u.exec(units[i] as string);
    // The author's surname (or the account's last name word) or handle, as the story writes it.
    const author = [attribution?.[1]?.match(/\p{Lu}\p{Ll}{3,}/gu)?.at(-1), attribution?.[2] ? `@${attribution[2]}` : undefined];
    const fullName = attribution?.[1]?.trim() ?? '';
    const storyText = story.filter((unit) => !fullName || !unit.startsWith(fullName)).join(' ');
    const named = author.some((name) => name !== undefined && new RegExp(String.raw`(?<![\p{L}\p{N}_@])${escapeRegExp(name)}(?![\p{L}\p{N}_])`, 'u').test(storyText));
    const shared = [...namesIn(text.map((j) => units[j]).join(' '))].filter((name) => storyNames.has(name)).length;
    if (!named && shared < QUOTED_NAMES) continue;
    // A line of the page's own that sat where the post's text would ("Follow us on …") stays out: only a post's link marks its text.
    for (const j of [...text.filter((k) => labels[k] === 'body' || (kinds[k] === 'embed' && POST_LINK.test(units[k] as string))), i]) {
      labels[j] = 'body';
      ownLines[j] = true;
    }
  }
}

const POST_LINK = /https?:\/\/|pic\.twitter\.com\//u;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/**
 * Between two paragraphs of the story, "Label: another story's headline" is
 * an insert ("Catch up: …", "Hintergrund: …", "Explainer → …"): a label of a
 * few words, then a headline with no closing full stop. So is a shop's price
 * line on its own ("£35 from John Lewis"), and a line saying the story goes
 * on ("Continue reading the main story"); in a run of such lines it is the
 * story's own list.
 */
/** How a short line opens: its label before a colon, or its first two words ("Published by", "See it now"). */
function frameHead(unit: string): string {
  const colon = unit.search(/[:：]/u);
  return (colon > 0 ? unit.slice(0, colon) : unit.split(/\s+/u).slice(0, 2).join(' ')).toLowerCase();
}

/**
 * Whether another line of the article opens the same way and goes on differently: a list's items, not one template's
 * slot. `heads` holds each line's `frameHead`, read once per article.
 */
function variedElsewhere(units: readonly string[], heads: readonly string[], i: number): boolean {
  const unit = units[i] as string;
  return units.some((other, j) => j !== i && other !== unit && heads[j] === heads[i] && words(other) <= 2 * words(unit) + 4);
}

/** A headline asks or exclaims in a few words: "Opinion — Who Should Pay for the New Bridge?" reads as prose only by its mark. */
const QUESTION_HEADLINE_WORDS = 16;
const asksAsAHeadline = (unit: string) => words(unit) <= QUESTION_HEADLINE_WORDS && /[?!؟]["”»’]?$/u.test(unit) && !/[.;?!؟]\s/u.test(unit);

function markInserts(units: string[], labels: Label[], table: readonly boolean[]): void {
  const prose = units.map((unit, i) => labels[i] === 'body' && isProse(unit));
  const heads = units.map(frameHead);
  units.forEach((unit, i) => {
    // Inside the story (prose on one side at least, the story's first paragraph before it), and alone:
    // a short neighbour with a label, a figure or cells ("Price: $299", "Key focus: …") makes it part of a list.
    const [before, after] = [previousBody(labels, i - 1), nextBody(labels, i + 1)];
    const alone = [i - 1, i + 1].every((j) => labels[j] !== 'body' || prose[j] || isListItem(units[j] as string) || !/[:：|\p{N}$€£]/u.test(units[j] as string));
    const labelled = labelledHeadline(unit);
    const pointed = pointedHeadline(unit);
    // "Label: Is it a question?" asks as a headline after its label.
    const headlineQuestion = asksAsAHeadline(unit) || asksAsAHeadline(labelled?.headline ?? pointed?.headline ?? '');
    // The site's affiliate disclosure, a sentence in its own voice, interrupts the story; at the top, before the story, it may open a review.
    // Between two of the story's paragraphs only: a review's own disclosure opens or closes it.
    if (labels[i] === 'body' && !table[i] && prose[before] && prose[after] && !isAuthorNote(units[after] as string) && isAffiliateNote(unit)) {
      labels[i] = 'furniture';
      return;
    }
    if (labels[i] !== 'body' || (prose[i] && !headlineQuestion) || table[i] || before < 0 || !prose.slice(0, i).includes(true)) return;
    // A label saying outright that the site was paid or partnered, unrelated to the lines around it, interrupts even the story's list or table.
    const unrelated = !sharesWords(units, labels, i);
    // A sponsor's label is unrelated when the story does not speak of the sponsor: its own words ("content", "partners") are no evidence.
    // A frame filled in with other names elsewhere in the article ("Published by …", "See it now: …") is the story's list.
    const varied = variedElsewhere(units, heads, i);
    const unrelatedSponsor = !varied && isSponsorLine(unit) && !sharesWords(units, labels, i, sponsorName(unit));
    if (isPaidPlacement(unit) && after > i && unrelatedSponsor) {
      labels[i] = 'furniture';
      return;
    }
    // Between the items of a bulleted list or the rows of a table, an unbulleted "Label: headline" unrelated to them is an insert.
    const framed = (isListItem(units[before] as string) && isListItem(units[after] ?? '')) || (table[before] === true && table[after] === true);
    if (labelled && unrelated && framed && before === i - 1 && after === i + 1) {
      labels[i] = 'furniture';
      return;
    }
    if (!(prose[before] || prose[after])) return;
    // A price with the shop that sells it (unless its neighbours carry prices too: a shopping list), or a sponsor's label
    // unrelated to the lines around it, is the page's even among labelled lines.
    const priced = [i - 1, i + 1].some((j) => isPriceLine(units[j] ?? ''));
    if ((isShopLine(unit) && !priced && !varied) || unrelatedSponsor) {
      labels[i] = 'furniture';
      return;
    }
    if (alone && ((isPriceLine(unit) && !varied) || isContinuationMarker(unit))) {
      labels[i] = 'furniture';
      return;
    }
    // A headline marked as a link by a symbol or a template ("👉 …", "Pick of the day ▶ …", "[ … ]", "… (opens in new tab)")
    // about something else than the lines around it, unless its neighbours are marked alike: the story's list of links.
    // The mark is strong evidence, so one word in common ("years", "energy") does not make the headline the story's.
    const markedAlike = (j: number) => labels[j] === 'body' && pointedHeadline(units[j] as string)?.marker === pointed?.marker;
    if (pointed && !varied && !sharesWords(units, labels, i, pointed.headline, POINTED_SHARED) && ![i - 1, i + 1].some(markedAlike)) {
      labels[i] = 'furniture';
      return;
    }
    // Next to a line with a figure, an insert unrelated to the story is still alone; next to another labelled line it is a list's item.
    // A line ending in a colon introduces what follows ("… in a recent write-up:"): it carries no label of its own.
    // A paragraph under a one-word label ("Accommodation: about …") is such a line too, however long, next to a line
    // labelled alike ("Transport: …").
    const oneWordLabel = /^[^\s:：]{2,30}[:：]\s/u;
    const labelledNeighbour = [i - 1, i + 1].some(
      (j) =>
        labels[j] === 'body' &&
        !isListItem(units[j] as string) &&
        (prose[j] ? oneWordLabel.test(unit) && oneWordLabel.test(units[j] as string) : /[:：|](?!\s*$)/u.test(units[j] as string)),
    );
    // A label the article fills in again with other words ("Website: …" under each shop) heads the story's own lines.
    // Between two paragraphs of prose it is no list's line, even when another insert or caption shares its label.
    if (!labelled || (varied && !(prose[before] && prose[after])) || !(alone || (unrelated && !labelledNeighbour))) return;
    // "Name — what it is" is also how a story heads its sections (and "Label: a question?" how it asks one); it then
    // shares words with what follows.
    // The wire's capitals are the site's words ("RELATED STORY FROM …"): then only the headline tells whether the line speaks of the story.
    if ((labelled.dash || labelled.voice || prose[i]) && sharesWords(units, labels, i, labelled.shouted ? labelled.headline : unit)) return;
    if (headsItsSection(units, labels, prose, i, labelled.headline)) return;
    labels[i] = 'furniture';
  });
}

/** How many of its words a section's heading shares with the paragraph it heads: one word in common is chance. */
const SECTION_SHARED = 2;

/**
 * A story's section heading ("Canada: a cautious approach to crypto rules", "Build quality: solid, with rough edges")
 * speaks of the paragraph right under it, in two of its words or in its label's; another story's headline set into the page
 * speaks of something else.
 */
function headsItsSection(units: readonly string[], labels: readonly Label[], prose: readonly boolean[], i: number, headline: string): boolean {
  const next = i + 1;
  if (labels[next] !== 'body' || !prose[next]) return false;
  const section = new Set(stems(units[next] as string));
  const label = (units[i] as string).slice(0, (units[i] as string).length - headline.length);
  const shared = (text: string) => new Set(stems(text).filter((stem) => section.has(stem))).size;
  return shared(headline) >= SECTION_SHARED || shared(label) >= 1;
}

/** A product box or a sign-up form: a few short lines, none of them a paragraph. */
const BOX_LINES = 5;
/** A product's name may be long ("Trailhead 40L hiking backpack, graphite"); a box's line is not a paragraph. */
const BOX_LINE_WORDS = 12;
/** A form's button: "Join", "Sign up free", "Yes, send me the briefing", "Jetzt kostenlos anmelden". */
const BUTTON_WORDS = 6;

/**
 * Boxes the page sets into the story, found by the one line in them that is surely the page's: a shop's box by its
 * price ("Lumen Pro headphones" / "£35 at Shopname" / "Buy now"), a sign-up form by its newsletter or its e-mail field
 * ("Our free newsletter lands on Tuesdays." / "Sign up free"). The box's other lines (the product's name, the shop,
 * the button, the small print) say nothing of their own kind, but they share the run of short lines between two of
 * the story's paragraphs. The story keeps:
 * - its own boxes, repeated under each product of a roundup: a line of the box opens like another short line of the article;
 * - its lists: bulleted lines, rows of a table, lines shaped alike;
 * - its subheadings, which share words with the paragraph they head.
 */
function markBoxes(units: string[], labels: Label[], table: readonly boolean[]): void {
  const prose = units.map((unit, i) => labels[i] === 'body' && isProse(unit));
  const inBox = (i: number) => labels[i] !== 'caption' && !table[i] && !isListItem(units[i] as string);
  const priced = units.map((unit, i) => inBox(i) && (isPriceLine(unit) || isShopLine(unit) || isPricedName(unit)) && !namesPriceRange(unit));
  const form = units.map((unit, i) => inBox(i) && isSignUpLine(unit));
  units.forEach((_, i) => {
    if (priced[i]) markShopBox(units, labels, prose, priced, inBox, i);
    else if (form[i]) markSignUpBox(units, labels, prose, form, inBox, i);
  });
}

/** The run of box lines around `i`: consecutive units `member` accepts, at most BOX_LINES of them. */
function boxAround(units: readonly string[], i: number, member: (j: number) => boolean): [number, number] {
  let [from, to] = [i, i];
  while (to - from + 1 <= BOX_LINES && from > 0 && member(from - 1)) from -= 1;
  while (to - from + 1 <= BOX_LINES && to < units.length - 1 && member(to + 1)) to += 1;
  return [from, to];
}

function markShopBox(units: string[], labels: Label[], prose: readonly boolean[], priced: readonly boolean[], inBox: (i: number) => boolean, i: number): void {
  const member = (j: number) => labels[j] === 'furniture' || (labels[j] === 'body' && !prose[j] && inBox(j) && words(units[j] as string) <= BOX_LINE_WORDS);
  const [from, to] = boxAround(units, i, member);
  // Between two of the story's paragraphs, in a story that names no price elsewhere.
  const [before, after] = [previousBody(labels, from - 1), nextBody(labels, to + 1)];
  if (to - from + 1 > BOX_LINES || before !== from - 1 || after !== to + 1 || !prose[before] || !prose[after]) return;
  // A line of the box that opens like a short line elsewhere in the article is the story's own template: a roundup's
  // "Get it at … for …", "See it now: …", "Available from …" under each of its products.
  const heads = new Set(units.flatMap((unit, j) => (labels[j] === 'body' && !prose[j] && (j < from || j > to) ? [frameHead(unit)] : [])));
  for (let j = from; j <= to; j += 1) if (labels[j] === 'body' && heads.has(frameHead(units[j] as string))) return;
  // A box names a price and perhaps the one it was; three prices, or lines all of one shape, are the story's price list.
  const lines = units.slice(from, to + 1).filter((_, k) => labels[from + k] === 'body');
  const shapes = new Set(lines.map(listShape));
  if (priced.slice(from, to + 1).filter(Boolean).length >= LIST_RUN || (lines.length >= LIST_RUN && shapes.size === 1 && !shapes.has('W'))) return;
  // A price in the story's subheading ("Starter kit ($150)") shares its words with the paragraph under it.
  const story = storyWordsAround(units, labels, prose, before, after);
  if (priced.some((price, j) => price && j >= from && j <= to && sharesStem(units[j] as string, story))) return;
  // The box closes on its price or its button: a plain line under them, right over the story's paragraph, is the heading of what follows.
  let last = to;
  while (last > i && !priced[last] && labels[last] === 'body') last -= 1;
  // A product's name over its price is the box's only when two of the box's lines say so (a price and its button, two
  // prices): over a price alone it may be the heading the box was set under.
  let first = from;
  if (priced.slice(from, to + 1).filter(Boolean).length < 2) while (first < i && !priced[first] && labels[first] === 'body') first += 1;
  for (let j = first; j <= last; j += 1) if (labels[j] === 'body' && !sharesStem(units[j] as string, story)) labels[j] = 'furniture';
}

function markSignUpBox(units: string[], labels: Label[], prose: readonly boolean[], form: readonly boolean[], inBox: (i: number) => boolean, i: number): void {
  // A form's lines: its pitch and field, its button, and small print already known as the page's.
  // A button asks nothing and introduces nothing: "Does this replace my router?", "Tools we use:" are the story's.
  const button = (j: number) => labels[j] === 'body' && inBox(j) && words(units[j] as string) <= BUTTON_WORDS && !/[.。?？؟:：][\s"'”’»)\]]*$/u.test(units[j] as string);
  const member = (j: number) => labels[j] === 'furniture' || (labels[j] === 'body' && inBox(j) && (form[j] || button(j)));
  const [from, to] = boxAround(units, i, member);
  if (to - from + 1 > BOX_LINES) return;
  const buttons = [];
  for (let j = from; j <= to; j += 1) if (j !== i && button(j) && !form[j]) buttons.push(j);
  // A newsletter named in a line of the story is no form: a form asks for the address, or has its button.
  if (buttons.length === 0 && !(labels[i] === 'furniture' && to > from)) return;
  // Between the story's paragraphs or at its edges: a line introducing a list ("Libraries I used:") or the list going on
  // past the run makes it the story's list, whatever it says of newsletters.
  const [before, after] = [previousBody(labels, from - 1), nextBody(labels, to + 1)];
  const outside = [previousUncaptioned(labels, from - 1), nearest(labels, to + 1, 1, (label) => label !== 'caption')];
  if (outside.some((k) => k >= 0 && labels[k] === 'body' && (!prose[k] || /[:：]\s*$/u.test(units[k] as string)))) return;
  const story = storyWordsAround(units, labels, prose, before, after);
  // A heading the story repeats over each of its sections ("Know before you apply") is the story's, whatever box it sits over.
  const repeated = (j: number) => units.some((other, k) => (k < from || k > to) && labels[k] === 'body' && other === units[j]);
  for (let j = from; j <= to; j += 1) if (labels[j] === 'body' && (form[j] || !(sharesStem(units[j] as string, story) || repeated(j)))) labels[j] = 'furniture';
}

/** How many of the story's paragraphs after a box a subheading's words are looked for in: a section speaks of its heading. */
const SECTION_PARAGRAPHS = 3;

/** The words of the story's paragraph before a box and of the paragraphs after it. */
function storyWordsAround(units: readonly string[], labels: readonly Label[], prose: readonly boolean[], before: number, after: number): Set<string> {
  const paragraphs = before >= 0 ? [before] : [];
  for (let k = after; k >= 0 && k < units.length && paragraphs.length <= SECTION_PARAGRAPHS; k += 1) if (labels[k] === 'body' && prose[k]) paragraphs.push(k);
  return new Set(paragraphs.flatMap((k) => stems(units[k] as string)));
}

/** Whether a short line shares a word with the story around its box: the story's subheading, or its last line. */
const sharesStem = (unit: string, story: ReadonlySet<string>) => stems(unit).some((stem) => story.has(stem));

/**
 * A label has a few words ("Catch up", "Hintergrund"); a longer one is the site's voice only when it names nothing, all in
 * lower case after its first word ("In case you missed it", "Ne manquez pas non plus"): "Tonight at the Grand Hall" names a place.
 */
const LABEL_WORDS = 4;
const VOICE_LABEL_WORDS = 8;
/** A longer label is the site's voice or the wire's capitals: "Introduction to Academic Research – …" heads a section. */
const LABEL_CHARS = 30;
function isLabel(label: string): boolean {
  const count = words(label);
  if (count <= LABEL_WORDS && label.length <= LABEL_CHARS) return true;
  if (count > VOICE_LABEL_WORDS) return false;
  // The wire's label is all capitals, the site's name in it too: "MORE COVERAGE FROM THE NORTH STAR 2".
  if (!/\p{Ll}/u.test(label)) return true;
  return label.split(/\s+/u).slice(1).every((part) => !/\p{Lu}/u.test(part));
}

/** "Label: a headline", "Label — a headline": a label of a few words, then another story's headline of a few more. */
function labelledHeadline(unit: string): { dash: boolean; voice: boolean; shouted: boolean; headline: string } | null {
  const insert = /^([^:：→»|\d][^:：→»|]{1,47}?)\s*(?:[:：|]|→|»|(\s[–—-]\s))\s*(.+)$/u.exec(unit);
  if (!insert || !isLabel(insert[1] ?? '') || /[.,;]/u.test(insert[1] ?? '') || isListItem(unit)) return null;
  // A chain of arrows ("Quay Street → Market Hall → Station") is a route or a process.
  if (/[→»]/u.test(insert[3] ?? '')) return null;
  // A numbered step or part ("Step 3: …", "Day 2 — …") or a year's event ("DevCon 2026: June 8-11 | Austin") heads the
  // story's own lines; a longer label may carry a site's number ("MORE FROM CHANNEL 24: …").
  if (/\p{N}/u.test(insert[1] ?? '') && (words(insert[1] ?? '') <= 2 || /(?<!\p{N})\p{N}{4}(?!\p{N})/u.test(insert[1] ?? ''))) return null;
  const headline = insert[3] ?? '';
  // Code, paths and file names ("boot scsi.6", "config/app.yml") are what a story's example shows, not a headline; so is a
  // list of names ("… - Gmail, Google Docs, Trello"). After a dash, a clause going on in lower case is the sentence's own.
  const code = /[\p{L}\p{N}][._/\\][\p{Ll}\p{N}]/u.test(headline);
  const listed = (headline.match(/,\s/gu)?.length ?? 0) >= 2 && !/\p{N}/u.test(headline);
  // Dashes that go on ("Web Summit - November 9 - 12, Lisbon", "Auditif — started as a thesis —") join a line's facts or
  // set off a clause, not a label from a headline.
  // A typed hyphen is prose's dash too: after it, a clause in lower case is the sentence going on.
  const clause = insert[2] !== undefined && (/\s[–—-](?:\s|$)/u.test(headline) || (insert[2].trim() === '-' && /^\p{Ll}/u.test(headline)));
  const label = insert[1] ?? '';
  return !code && !listed && !clause && words(headline) >= 3 && words(headline) <= 16 && looksLikeHeadline(headline)
    ? { dash: insert[2] !== undefined, voice: words(label) > LABEL_WORDS, shouted: /\p{Lu}{2}/u.test(label) && !/\p{Ll}/u.test(label), headline }
    : null;
}

/** Words that carry meaning (five letters or more, past most languages' short function words, or an acronym), cut to a stem of five. */
function stems(text: string): string[] {
  return (text.match(/\p{L}{5,}|\p{Lu}{2,}/gu) ?? []).map((word) => word.toLowerCase().slice(0, 5)).filter((stem) => !FUNCTION_STEMS.has(stem));
}

/**
 * Stems of the long function words of the newsroom's languages ("after", "which", "cette", "sobre", "durch"): any two
 * texts share them, so they say nothing about whether a line speaks of what the story speaks of.
 */
const FUNCTION_STEMS = new Set([
  'after', 'befor', 'about', 'above', 'below', 'their', 'there', 'these', 'those', 'which', 'while', 'where', 'whose', 'would', 'could', 'shoul',
  'other', 'under', 'since', 'still', 'again', 'being', 'every', 'never', 'until', 'among', 'withi', 'witho', 'throu', 'might',
  'nicht', 'diese', 'einer', 'einem', 'eines', 'wurde', 'werde', 'haben', 'unter', 'durch', 'keine', 'seine', 'zwisc', 'schon', 'nache',
  'cette', 'entre', 'avant', 'après', 'aussi', 'depui', 'selon', 'encor', 'toujo', 'comme', 'leurs', 'alors', 'avoir', 'sobre', 'desde', 'hasta',
  'puede', 'tiene', 'cuand', 'donde', 'porqu', 'están', 'según', 'duran', 'nakon', 'posle', 'prema', 'после', 'через', 'между', 'когда', 'также',
]);

/** How many words a headline marked as a link must share with the story around it to be the story's own line. */
const POINTED_SHARED = 2;
/** How far a short line's words are looked for: the body units on either side. */
const AROUND = 2;

/**
 * Whether a short line shares a word with the story around it ("VPN" meets "VPNs", "partners" meets "partnership"):
 * a story's heading does, an insert about something else does not.
 */
function sharesWords(units: readonly string[], labels: readonly Label[], i: number, text: string = units[i] as string, least = 1): boolean {
  const own = stems(text);
  const around: string[] = [];
  for (const step of [-1, 1]) {
    for (let j = i + step, found = 0; j >= 0 && j < units.length && found < AROUND; j += step) {
      // The same slot filled twice nearby is no evidence that the story speaks of it.
      if (labels[j] !== 'body' || units[j] === units[i]) continue;
      around.push(...stems(units[j] as string));
      found += 1;
    }
  }
  const near = new Set(around);
  const shared = new Set(own.filter((stem) => near.has(stem) || (stem.length === 3 && around.some((other) => other.startsWith(stem)))));
  // An acronym in common ("VPN") names the same thing: it counts for as much as the evidence asked for.
  const acronyms = new Set((text.match(/(?<![\p{L}])\p{Lu}{2,}(?![\p{Ll}])/gu) ?? []).map((word) => word.toLowerCase().slice(0, 5)));
  return shared.size >= least || [...shared].some((stem) => acronyms.has(stem));
}

/** How many of the last body units an author's note is looked for in: the page's unrecognised tail lines may follow it. */
const TAIL_UNITS = 6;
/** A note about a stranger is short: a longer paragraph about someone new is the story introducing them. */
const NOTE_WORDS = 30;
/** A note opens on a person's name and goes on in lower case: "Jane Doe is …", "Ana Costa has covered …", "Pablo Ruiz cubre …". */
/** A capital may return inside a name after a lower-case letter ("McLeod", "DeSantis"); each step reads one letter, so the match stays linear. */
const NAME_WORD = String.raw`\p{Lu}(?:[\p{Ll}\p{M}-]|['’]\p{Lu}?|(?<=\p{Ll})\p{Lu})+`;
const NAMED_OPENING = new RegExp(String.raw`^(${NAME_WORD}(?:\s+${NAME_WORD}){1,2})\s+\p{Ll}`, 'u');

/** Articles and demonstratives of the newsroom's languages: German capitalises every noun after them. */
const DETERMINERS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einer', 'eines', 'diese', 'dieser', 'dieses',
  'le', 'la', 'les', 'l’', 'un', 'une', 'ce', 'cette', 'ces', 'el', 'los', 'las', 'una', 'este', 'esta', 'estos', 'estas', 'il', 'lo', 'gli', 'uno',
  'o', 'os', 'as', 'um', 'uma', 'ovaj', 'ova', 'ovo', 'taj', 'ta', 'to', 'овај', 'ова', 'ово', 'тај', 'та', 'то', 'этот', 'эта', 'это', 'эти', 'ky', 'kjo', 'këta', 'këto',
]);

/**
 * At the story's end, a short paragraph about a person the story never named is the author's note, whatever it says
 * the author does: the story's own closing lines speak of the people it has introduced.
 */
function introducesStranger(units: readonly string[], labels: readonly Label[], i: number): boolean {
  const unit = units[i] as string;
  const name = NAMED_OPENING.exec(unit);
  if (!name || words(unit) > NOTE_WORDS || (unit.match(/[.!?](?:\s|$)/gu)?.length ?? 0) > 2) return false;
  // A note is written as a sentence; a short line without its stop is a list's item ("Dritter Lauf rund um den Marktplatz").
  if (!SENTENCE_END_STOP.test(unit) && !/[!?]["'”’»)\]]*$/u.test(unit)) return false;
  const parts = (name[1] ?? '').split(/\s+/u);
  // "Die Landesregierung kündigte …", "La Junta ha …": an article opens a noun, not a name.
  if (DETERMINERS.has((parts[0] ?? '').toLowerCase())) return false;
  const surname = parts.at(-1) ?? '';
  const earlier = units.slice(0, i).filter((_, j) => labels[j] === 'body');
  return earlier.some((before) => isProse(before)) && !earlier.some((before) => before.includes(surname));
}

/**
 * After the story's last paragraphs, an author's note ("Jane Doe covers city hall …", "About the author: …") and what
 * follows it. The page's short sentences may sit under the note ("Already a member? Sign in here."): the search goes on
 * past them, and they go with the note (markAfterThePageResumes).
 */
function markAuthorNotes(units: string[], labels: Label[]): boolean {
  let found = false;
  // Past a short sentence, only a note that says what the author does: the story's closing lines name people too.
  const passed: number[] = [];
  for (let i = units.length - 1, seen = 0; i >= 0 && seen < TAIL_UNITS; i -= 1) {
    if (labels[i] !== 'body') continue;
    seen += 1;
    const unit = units[i] as string;
    // The newsroom's note on the piece itself (a correction, an update) and its call for tips go with the author's.
    const noted = isNoteOnThePiece(unit) || isTipLine(unit);
    if (noted || isAuthorNote(unit, { saysWhatTheyDo: passed.length > 0 }) || (passed.length === 0 && introducesStranger(units, labels, i))) {
      labels[i] = 'furniture';
      found = true;
    } else if (isProse(unit)) {
      if (found || words(unit) > NOTICE_WORDS) break;
      passed.push(i);
    }
  }
  if (found) for (const i of passed) labels[i] = 'furniture';
  return found;
}

/**
 * Once the page's furniture has begun after the story's last paragraph, the
 * story does not resume: the short sentences that follow are the site's
 * notices ("Comments are closed.", "Reproduction interdite sans autorisation.").
 */
const NOTICE_WORDS = 12;
const SENTENCE_END_STOP = /[.。][\s"'”’»)\]]*$/u;

function markAfterThePageResumes(units: string[], labels: Label[], table: readonly boolean[]): void {
  let last = -1;
  units.forEach((unit, i) => {
    if (labels[i] === 'body' && isProse(unit)) last = i;
  });
  if (last < 0) return;
  let furnitureSeen = false;
  for (let i = last + 1; i < units.length; i += 1) {
    if (labels[i] === 'furniture') furnitureSeen = true;
    else if (labels[i] === 'body' && furnitureSeen && !table[i] && SENTENCE_END_STOP.test(units[i] as string) && words(units[i] as string) <= NOTICE_WORDS) labels[i] = 'furniture';
  }
}

/**
 * A run of this many short lines in a row, shaped alike, is the story's own
 * list (a tour's dates, a price list, "Team (Group A): 10th appearance"), not
 * furniture: the tail's menus, buttons and headlines are shaped each their own way.
 */
const LIST_RUN = 3;
const LIKE_SHAPED = 0.75;

/** The shape a list's lines share: how the line opens, and whether it carries a colon, digits, a spaced dash or a currency. */
function listShape(line: string): string {
  const open = /^\p{N}/u.test(line) ? 'N' : /^\p{Ll}/u.test(line) ? 'l' : 'W';
  return `${open}${line.includes(':') ? ':' : ''}${/\p{N}/u.test(line) ? 'd' : ''}${/\s[-–—]{1,2}\s/u.test(line) ? '-' : ''}${/[$€£¥₽]/u.test(line) ? '$' : ''}`;
}

function shapeCounts(lines: readonly string[], shapeOf: (line: string) => string = listShape): [string, number] {
  const shapes = new Map<string, number>();
  for (const line of lines) shapes.set(shapeOf(line), (shapes.get(shapeOf(line)) ?? 0) + 1);
  return [...shapes].sort((a, b) => b[1] - a[1])[0] as [string, number];
}

const dominantShape = (lines: readonly string[]) => shapeCounts(lines)[0];

/** Most lines of the run share one shape, and it says more than "a few capitalised words". */
function likeShaped(lines: readonly string[]): boolean {
  const [shape, count] = shapeCounts(lines);
  if (shape !== 'W' && count / lines.length >= LIKE_SHAPED) return true;
  // A long list may spell some of its numbers out ("Spain (Group F): 11th appearance", "Sweden (Group F): Seventh appearance").
  if (lines.length < LONG_LIST) return false;
  const [plain, plainCount] = shapeCounts(lines, (line) => listShape(line).replace('d', ''));
  return plain !== 'W' && plainCount / lines.length >= LIKE_SHAPED;
}

const LONG_LIST = 6;

/** How many items a line ending in a colon can introduce; a page's tail is longer than that. */
const MAX_INTRODUCED = 15;
const INTRO_WORDS = 2;

/**
 * A line of the story ending in a colon ("Dare to Play 3:", "Tour dates:") introduces the short lines under it:
 * a list without bullets, up to the first line known as furniture or the next paragraph.
 */
function introducedLists(units: readonly string[], labels: readonly Label[], prose: readonly boolean[]): boolean[] {
  const out = units.map(() => false);
  units.forEach((unit, i) => {
    if (labels[i] !== 'body' || prose[i] || !/[:：]$/u.test(unit) || words(unit) < INTRO_WORDS) return;
    // A photo placed inside the list does not end it.
    for (let j = i + 1, items = 0; j < units.length && items < MAX_INTRODUCED && (labels[j] === 'caption' || (labels[j] === 'body' && !prose[j])); j += 1) {
      if (labels[j] === 'caption') continue;
      out[j] = true;
      items += 1;
    }
  });
  return out;
}

function shortRuns(units: readonly string[], labels: readonly Label[], prose: readonly boolean[]): boolean[] {
  const out = units.map(() => false);
  // Read once as the lines stand, once across furniture: an ad slot or a gallery's counter inside a list ("June 9 – …",
  // "48 images", "June 10 – …") does not end it.
  for (const across of [false, true]) {
    let run: number[] = [];
    for (let i = 0; i <= units.length; i += 1) {
      if (across && i < units.length && labels[i] === 'furniture') continue;
      if (i < units.length && labels[i] === 'body' && !prose[i]) {
        run.push(i);
        continue;
      }
      const lines = run.map((j) => units[j] as string);
      if (run.length >= LIST_RUN && likeShaped(lines)) {
        // Across furniture the list ends at its last item shaped like the rest: the page's tail may follow the slot.
        const shape = dominantShape(lines);
        const end = across ? lines.map(listShape).lastIndexOf(shape) : run.length - 1;
        for (const j of run.slice(0, end + 1)) out[j] = true;
      }
      run = [];
    }
  }
  return out;
}

const EDGE = 3;
const NOTICE = /cookie|kola[čc]i[ćc]|колачи|privacy|privatnost|приватност|datenschutz|confidentialit|privacidad|privacidade|privatësi|конфиденциальн|الخصوصية/iu;

/** In the first and last few units, a short text about cookies or privacy is the site's banner, whatever it says. */
function markNoticesAtTheEdges(units: string[], labels: Label[]): void {
  // The story's edges: its first and last paragraphs of prose that are not the site speaking of itself.
  const story = units.map((unit, i) => labels[i] === 'body' && isProse(unit) && !isSiteNotice(unit));
  const [first, last] = [story.indexOf(true), story.lastIndexOf(true)];
  units.forEach((unit, i) => {
    if (labels[i] !== 'body') return;
    if ((i < EDGE || i >= units.length - EDGE) && words(unit) <= 60 && NOTICE.test(unit)) labels[i] = 'furniture';
    else if ((first < 0 || i < first || i > last) && isSiteNotice(unit)) labels[i] = 'furniture';
  });
}

/**
 * Before the story's first real paragraph and after its last, a short line
 * that is not a sentence (a full stop after a few words) is the page around the story: a byline, a date, a
 * menu, a button, a teaser heading.
 */
function markOutsideTheStory(units: string[], labels: Label[], table: readonly boolean[], ownLines: readonly boolean[], opensStory?: (unit: string) => boolean): void {
  const prose = units.map((unit, i) => labels[i] === 'body' && isProse(unit));
  const firstProse = prose.indexOf(true);
  const last = prose.lastIndexOf(true);
  if (firstProse < 0) return;
  const opening = opensStory ? units.findIndex((unit, i) => i < firstProse && labels[i] === 'body' && opensStory(unit)) : -1;
  const first = opening >= 0 ? opening : firstProse;
  const listed = shortRuns(units, labels, prose);
  const introduced = introducedLists(units, labels, prose);
  units.forEach((unit, i) => {
    if (labels[i] !== 'body' || prose[i] || (i >= first && i < last) || isListItem(unit) || table[i] || listed[i] || introduced[i] || (ownLines[i] && i > last)) return;
    // A sentence, or the line that introduces a list or a quote ("Key topics include:").
    const sentence = (/[.。]["'”’»)\]]*$/u.test(unit) && words(unit) >= 2) || (/:$/u.test(unit) && words(unit) >= 3);
    if ((words(unit) <= 20 && !sentence) || (isCutOff(unit) && !cutShort(units, labels, i))) labels[i] = 'furniture';
  });
}

/**
 * The story itself cut short (a paywall, a feed's excerpt): a paragraph that trails off right after the story's prose,
 * with a whole sentence before its cut. A teaser's cut is one sentence's opening, under its own headline.
 */
function cutShort(units: readonly string[], labels: readonly Label[], i: number): boolean {
  const before = previousUncaptioned(labels, i - 1);
  return before >= 0 && labels[before] === 'body' && isProse(units[before] as string) && /[.!?]["”’»)]?\s+["“«]?\p{Lu}/u.test(units[i] as string);
}

/** How far into the page a byline without "By" is looked for: the site's header, the headline and the standfirst. */
const TOP_ZONE = 8;

/** Above the story's first paragraph, a line of people's names ("Jane Doe and Li Wei", "Ana Costa in Washington") is its byline. */
function markTopBylines(units: string[], labels: Label[]): void {
  for (let i = 0; i < Math.min(units.length, TOP_ZONE); i += 1) {
    const unit = units[i] as string;
    if (labels[i] === 'body' && isProse(unit)) return;
    if (labels[i] === 'body' && isUnmarkedByline(unit)) labels[i] = 'furniture';
  }
}

