import { slotPattern } from '../render/slots.js';
import { base64Lines, paddingFor } from './aligned-base64.js';

/**
 * A body part (HTML or text) prepared for per-recipient assembly. The
 * rendered part is cut into fixed segments, encoded once, and variable
 * segments around each slot marker. Cuts fall only where filler is invisible:
 * in HTML between tags and outside comments (filler is an HTML comment), in
 * text at line ends (filler is trailing spaces). Every segment but the last
 * is padded to whole base64 lines, so encoded pieces simply concatenate.
 */

export type PartKind = 'html' | 'text';

interface VariableSegment {
  pieces: string[];
  slots: number[];
  last: boolean;
}

export interface PersonalisedPart {
  kind: PartKind;
  segments: Array<Buffer | VariableSegment>;
}

export function preparePart(rendered: string, token: string, kind: PartKind): PersonalisedPart {
  const matches = [...rendered.matchAll(slotPattern(token))].map((match) => ({
    start: match.index ?? 0,
    end: (match.index ?? 0) + match[0].length,
    slot: Number(match[1]),
  }));
  const segments: Array<Buffer | VariableSegment> = [];
  let cursor = 0;
  let i = 0;
  while (i < matches.length) {
    const first = matches[i]!;
    const cutBefore = safeCutBefore(rendered, kind, cursor, first.start);
    if (cutBefore > cursor) segments.push(encodeFixed(rendered.slice(cursor, cutBefore), kind));
    let j = i;
    let cutAfter = -1;
    for (;;) {
      const limit = matches[j + 1]?.start ?? rendered.length;
      cutAfter = safeCutAfter(rendered, kind, matches[j]!.end, limit);
      if (cutAfter >= 0 || j + 1 >= matches.length) break;
      j += 1;
    }
    const end = cutAfter >= 0 ? cutAfter : rendered.length;
    const pieces: string[] = [];
    const slots: number[] = [];
    let at = cutBefore;
    for (const match of matches.slice(i, j + 1)) {
      pieces.push(rendered.slice(at, match.start));
      slots.push(match.slot);
      at = match.end;
    }
    pieces.push(rendered.slice(at, end));
    segments.push({ pieces, slots, last: end === rendered.length });
    cursor = end;
    i = j + 1;
  }
  if (cursor < rendered.length) segments.push(base64Lines(Buffer.from(rendered.slice(cursor), 'utf8')));
  return { kind, segments };
}

/** Appends the part's encoded lines for one recipient; `values[slot]` must already be escaped for the part's kind. */
export function assemblePart(part: PersonalisedPart, values: readonly string[], out: Buffer[]): void {
  for (const segment of part.segments) {
    if (Buffer.isBuffer(segment)) {
      out.push(segment);
      continue;
    }
    let text = segment.pieces[0]!;
    for (let k = 0; k < segment.slots.length; k += 1) text += (values[segment.slots[k]!] ?? '') + segment.pieces[k + 1]!;
    out.push(segment.last ? base64Lines(Buffer.from(text, 'utf8')) : encodePadded(text, part.kind));
  }
}

function encodeFixed(text: string, kind: PartKind): Buffer {
  return encodePadded(text, kind);
}

function encodePadded(text: string, kind: PartKind): Buffer {
  const bytes = Buffer.byteLength(text, 'utf8');
  let pad = paddingFor(bytes);
  let padded: string;
  if (kind === 'html') {
    // The smallest comment is `<!---->`, 7 bytes; a smaller gap takes one more line.
    if (pad > 0 && pad < 7) pad += 57;
    padded = pad === 0 ? text : `${text}<!--${' '.repeat(pad - 7)}-->`;
  } else {
    // Segments end with a newline; the spaces go before it, where they are invisible.
    padded = pad === 0 ? text : text.endsWith('\n') ? `${text.slice(0, -1)}${' '.repeat(pad)}\n` : `${text}${' '.repeat(pad)}`;
  }
  return base64Lines(Buffer.from(padded, 'utf8'));
}

/** The last safe cut in [from, to]: before a tag outside comments (HTML) or at a line start (text); `from` itself is always safe. */
function safeCutBefore(s: string, kind: PartKind, from: number, to: number): number {
  for (let b = to; b > from; b -= 1) {
    if (kind === 'text' ? s[b - 1] === '\n' : s[b] === '<' && !insideComment(s, b)) return b;
  }
  return from;
}

/** The first safe cut in (from, limit]: after a tag's `>` outside comments (HTML) or after a newline (text); -1 when none. */
function safeCutAfter(s: string, kind: PartKind, from: number, limit: number): number {
  for (let c = from + 1; c <= limit; c += 1) {
    if (kind === 'text' ? s[c - 1] === '\n' : s[c - 1] === '>' && !insideComment(s, c)) return c;
  }
  return -1;
}

function insideComment(s: string, position: number): boolean {
  const opener = s.lastIndexOf('<!--', position - 4);
  if (opener < 0) return false;
  return s.lastIndexOf('-->', position - 3) < opener + 2;
}
