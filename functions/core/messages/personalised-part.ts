import { splitOnSlots } from '../render/slots.js';
import { base64Lines } from './base64-lines.js';

/**
 * A body part (HTML or text) prepared for per-recipient assembly without
 * touching its content. Base64 turns every 3 bytes into 4 characters on its
 * own, so pieces whose lengths are multiples of 3 encode independently and
 * their encodings simply concatenate (a MIME line may be shorter than 76
 * characters). The fixed text between slot markers is encoded once per
 * issue, in three variants: starting 0, 1 or 2 bytes in. Per recipient,
 * each value is encoded together with the 0–2 bytes left over before it and
 * the 0–2 bytes of the next fixed piece that complete its last group; the
 * matching variant of that fixed piece follows. No filler of any kind is
 * added: the decoded part is exactly the rendered part with the values in.
 */

export type PartKind = 'html' | 'text';

/** A fixed piece encoded from byte `skip` on: the aligned middle, and the 0–2 bytes left at its end. */
interface Encoded {
  lines: Buffer;
  rest: Buffer;
}

interface FixedPiece {
  bytes: Buffer;
  /** Indexed by how many leading bytes the value before it took (0, 1 or 2). */
  variants: Array<Encoded | null>;
}

export interface PersonalisedPart {
  kind: PartKind;
  /** The part's first fixed piece, encoded from its start. */
  head: Encoded;
  /** One per slot marker, in order: the slot, then the fixed text up to the next slot (or the end). */
  slots: number[];
  pieces: FixedPiece[];
}

export function preparePart(rendered: string, token: string, kind: PartKind): PersonalisedPart {
  const { pieces: texts, slots } = splitOnSlots(rendered, token);
  const [first, ...rest] = texts.map((text) => Buffer.from(text, 'utf8'));
  return {
    kind,
    head: encodeFrom(first!, 0)!,
    slots,
    pieces: rest.map((bytes) => ({ bytes, variants: [0, 1, 2].map((skip) => encodeFrom(bytes, skip)) })),
  };
}

/** Appends the part's base64 lines for one recipient; `values[slot]` must already be escaped for the part's kind. */
export function assemblePart(part: PersonalisedPart, values: readonly string[], out: Buffer[]): void {
  out.push(part.head.lines);
  let pending: Buffer[] = [part.head.rest];
  let pendingLength = part.head.rest.length;
  for (let i = 0; i < part.slots.length; i += 1) {
    const value = Buffer.from(values[part.slots[i]!] ?? '', 'utf8');
    pending.push(value);
    pendingLength += value.length;
    const piece = part.pieces[i]!;
    const take = (3 - (pendingLength % 3)) % 3;
    const variant = piece.variants[take];
    if (!variant) {
      // The fixed piece is shorter than the bytes needed: carry all of it to the next value.
      pending.push(piece.bytes);
      pendingLength += piece.bytes.length;
      continue;
    }
    if (take > 0) pending.push(piece.bytes.subarray(0, take));
    out.push(base64Lines(Buffer.concat(pending)), variant.lines);
    pending = [variant.rest];
    pendingLength = variant.rest.length;
  }
  if (pendingLength > 0) out.push(base64Lines(Buffer.concat(pending)));
}

function encodeFrom(bytes: Buffer, skip: number): Encoded | null {
  if (skip > bytes.length) return null;
  const aligned = skip + Math.floor((bytes.length - skip) / 3) * 3;
  return { lines: base64Lines(bytes.subarray(skip, aligned)), rest: bytes.subarray(aligned) };
}
