/**
 * Paragraph units of raw scraped text, whatever its layout: paragraphs
 * separated by blank lines, one paragraph per line, or text hard-wrapped at a
 * fixed width (with or without blank lines between paragraphs). The layout is
 * detected from the line lengths, so one file's wrapping never decides
 * another's.
 */

import { furnitureKind, hasCreditTail, hasPictureTail, isByline, isCaption, isCutOff, isTimestamp, words } from './unit-shapes.js';

export type TextLayout = 'blank-lines' | 'line-per-paragraph' | 'hard-wrapped';

interface Line {
  text: string;
  /** A blank line (or the start of the text) comes before it. */
  afterBlank: boolean;
  indented: boolean;
}

const TERMINAL = /[.!?:;…。！？"”»’')\]]$/u;

function readLines(text: string): Line[] {
  const lines: Line[] = [];
  let afterBlank = true;
  for (const raw of text.split('\n')) {
    const trimmed = raw.replace(/\s+/g, ' ').trim();
    if (!trimmed) {
      afterBlank = true;
      continue;
    }
    lines.push({ text: trimmed, afterBlank, indented: /^[ \t]{2,}\S/.test(raw) });
    afterBlank = false;
  }
  return lines;
}

/** A line at least this share of the longest is full enough to have been wrapped. */
const CASELESS_FULL = 0.6;

/** In text with blank lines between paragraphs, this share of the lines that run on must be full for it to be wrapped. */
const WRAPPED_BLOCKS = 0.8;

const firstWordLength = (text: string) => text.split(' ', 1)[0]?.length ?? 0;

/**
 * The width text was wrapped at, when it was: lines that run on into the next
 * line stop only because the next word would not have fitted, and most lines
 * come close to that width.
 */
export function wrapWidth(lines: readonly { text: string; afterBlank: boolean }[]): number | null {
  const width = Math.max(0, ...lines.filter((line) => line.text.includes(' ')).map((line) => line.text.length));
  if (width < 30 || width > 120) return null;
  let runOn = 0;
  let full = 0;
  for (let i = 0; i + 1 < lines.length; i += 1) {
    const next = lines[i + 1] as Line;
    if (next.afterBlank) continue;
    runOn += 1;
    if ((lines[i] as Line).text.length + 1 + firstWordLength(next.text) > width) full += 1;
  }
  if (runOn < 3) return null;
  // With blank lines between paragraphs, only a wrapped paragraph's lines run on, and nearly all of them are full,
  // however many short lines of furniture the page adds between its blocks.
  const blocks = lines.some((line, i) => i > 0 && line.afterBlank);
  if (blocks && full / runOn >= WRAPPED_BLOCKS) return width;
  // Without blank lines, every paragraph's last line also runs on; most lines still come close to the width.
  const long = lines.filter((line) => line.text.length >= width * 0.75).length;
  return full / runOn >= 0.35 && long / lines.length >= 0.4 ? width : null;
}

export function detectLayout(text: string): TextLayout {
  const lines = readLines(text);
  if (wrapWidth(lines) !== null) return 'hard-wrapped';
  return lines.some((line, i) => i > 0 && !line.afterBlank) ? 'line-per-paragraph' : 'blank-lines';
}

const SCRIPTS: readonly [string, RegExp][] = [
  ['latin', /\p{sc=Latin}/gu],
  ['cyrillic', /\p{sc=Cyrillic}/gu],
  ['arabic', /\p{sc=Arabic}/gu],
  ['greek', /\p{sc=Greek}/gu],
  ['hebrew', /\p{sc=Hebrew}/gu],
  ['cjk', /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]/gu],
];
/** A line is written in a script when this share of its letters are; names and brands in another script stay below it. */
const SCRIPT_SHARE = 0.8;
const SCRIPT_LETTERS = 8;

function scriptOf(text: string): string | undefined {
  const counts = SCRIPTS.map(([name, pattern]) => [name, text.match(pattern)?.length ?? 0] as const);
  const letters = counts.reduce((sum, [, count]) => sum + count, 0);
  const [name, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  return letters >= SCRIPT_LETTERS && count / letters >= SCRIPT_SHARE ? name : undefined;
}

export function changesScript(current: string, next: string): boolean {
  const [before, after] = [scriptOf(current.slice(-200)), scriptOf(next)];
  return before !== undefined && after !== undefined && before !== after;
}

/** A caption is a sentence or two; its credit, wrapped onto the next line, goes with it ("… on Monday." / "(Photo by …)"). */
const CAPTION_WORDS = 25;
const CREDIT_WORDS = 12;

function isCreditRunOn(current: string, next: string): boolean {
  return words(current) <= CAPTION_WORDS && words(next) <= CREDIT_WORDS && !isCaption(current) && isCaption(`${current} ${next}`);
}

/**
 * A caption ends at its bracketed credit, and a teaser at its ellipsis; a full
 * line that ends a sentence, followed by a line that is furniture on its own
 * (a caption, a share line, a date), ends its paragraph too.
 */
function startsAnotherUnit(current: string, next: string): boolean {
  return (
    (/[)\]）]$/u.test(current) && isCaption(current)) ||
    (TERMINAL.test(current) && (furnitureKind(next) !== null || (isCaption(next) && !isCreditRunOn(current, next)))) ||
    // A teaser cut with "…" or "[…]" does not go on into the next headline.
    (isCutOff(current) && /^\p{Lu}/u.test(next)) ||
    // A paragraph does not change script at a line break: an English story and its site's Arabic or Cyrillic furniture.
    changesScript(current, next)
  );
}

/** A caption line whose credit ends on it: the next line does not go on with the names ("… Photo: Ana" / "Costa/Reuters"). */
function endsAtItsCredit(current: string, next: string): boolean {
  return /^\p{Lu}/u.test(next) && hasCreditTail(current, { line: true }) && !hasCreditTail(`${current} ${next}`);
}

/**
 * A line that is a unit of its own whatever follows: a byline ("With reporting from …"), a caption whose credit ends
 * on it ("… PHOTO: LI WEI/AFP"), or a short line ending in a picture credit ("… صورة توضيحية"; a full line may be
 * prose wrapped just there).
 */
function standsAlone(line: string, next: string, full: boolean): boolean {
  if (isByline(line) || endsAtItsCredit(line, next)) return true;
  return !full && /^[\p{Lu}\p{Lo}]/u.test(next) && hasPictureTail(line) && !hasPictureTail(`${line} ${next}`);
}

/** A line this share of the longest may have been wrapped anywhere, even just after a picture word. */
const NEARLY_FULL = 0.8;

/** Units longer than this are paragraphs, not captions or dates: not worth testing as such at every line. */
const FURNITURE_CHARS = 400;

/** A line that leaves a bracket open ("… [Pictured:") goes on into the line that closes it. */
const OPENS_BRACKET = /[[(（][^\])）]*$/u;
const CLOSES_BRACKET = /^[^[\]()（）]{1,60}[\])）]/u;

/**
 * A unit that ends as furniture, which a lower-case line does not go on: a date alone on its line ("Published 01:48,
 * June 10, 2026"), or a caption ending in its credit ("… Picture: JOHN MILLER").
 */
function endsAsFurniture(current: string, previousLine: string): boolean {
  if (current.length > FURNITURE_CHARS) return false;
  return (current === previousLine && /^[\p{Lu}\p{N}]/u.test(current) && isTimestamp(current)) || hasCreditTail(current, { line: true });
}

/**
 * Splits text into units: a blank line always ends one; inside a block, a
 * line break ends one unless the text is hard-wrapped and the line was full,
 * or the line stops mid-sentence and the next goes on in lower case.
 */
export function splitUnits(text: string): string[] {
  const lines = readLines(text);
  const width = wrapWidth(lines);
  const longest = Math.max(0, ...lines.map((line) => line.text.length));
  const units: string[] = [];
  let current = '';
  lines.forEach((line, i) => {
    const previous = lines[i - 1];
    const joins =
      previous !== undefined &&
      !line.afterBlank &&
      !line.indented &&
      !(current === previous.text && standsAlone(current, line.text, previous.text.length >= longest * NEARLY_FULL)) &&
      ((width !== null && previous.text.length + 1 + firstWordLength(line.text) > width && !startsAnotherUnit(current, line.text)) ||
        (!TERMINAL.test(previous.text) && /^\p{Ll}/u.test(line.text) && !endsAsFurniture(current, previous.text)) ||
        // Scripts without case (Arabic, Hebrew, CJK) cannot show a sentence going on; a nearly full line that did not end one still does,
        // unless the script changes there ("… shown in your browser" / an Arabic paragraph).
        (!TERMINAL.test(previous.text) && /^\p{Lo}/u.test(line.text) && previous.text.length >= longest * CASELESS_FULL && !changesScript(current, line.text)) ||
        (OPENS_BRACKET.test(previous.text) && CLOSES_BRACKET.test(line.text)));
    if (joins) current = `${current} ${line.text}`;
    else {
      if (current) units.push(current);
      current = line.text;
    }
  });
  if (current) units.push(current);
  return units;
}
