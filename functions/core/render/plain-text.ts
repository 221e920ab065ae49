/**
 * Shaping for the plain-text part: paragraphs wrapped at 72 columns on
 * spaces, no trailing spaces, a word longer than a line (a URL) alone on its
 * own line rather than broken. Text-only mail readers show lines as sent.
 */

export const TEXT_WIDTH = 72;

export function wrapParagraph(text: string, width = TEXT_WIDTH): string {
  const lines: string[] = [];
  let line = '';
  let lineLength = 0;
  for (const word of text.split(/\s+/)) {
    if (!word) continue;
    const length = codePoints(word);
    if (line && lineLength + 1 + length > width) {
      lines.push(line);
      line = '';
      lineLength = 0;
    }
    line = line ? `${line} ${word}` : word;
    lineLength += (lineLength ? 1 : 0) + length;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

/** The finished text part: at most one blank line in a row, no trailing spaces except in the `-- ` signature separator. */
export function tidyText(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n').map((line) => (line === '-- ' ? line : line.trimEnd()));
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}

function codePoints(text: string): number {
  let count = 0;
  for (const _ of text) count += 1;
  return count;
}
