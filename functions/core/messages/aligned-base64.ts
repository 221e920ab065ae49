/**
 * Base64 in MIME is written in lines of 76 characters, i.e. 57 input bytes.
 * A body whose fixed pieces each fill whole lines can be encoded once; per
 * recipient only the small variable pieces are encoded and padded to whole
 * lines, and the message is a concatenation of Buffers. This is what makes
 * building tens of thousands of personalised messages a second possible.
 */

export const BYTES_PER_LINE = 57;

/** Encodes bytes whose length is a multiple of 57 (or the final piece) as CRLF-terminated 76-char lines. */
export function base64Lines(bytes: Buffer): Buffer {
  const encoded = bytes.toString('base64');
  const lines: string[] = [];
  for (let i = 0; i < encoded.length; i += 76) lines.push(encoded.slice(i, i + 76));
  return Buffer.from(lines.length > 0 ? `${lines.join('\r\n')}\r\n` : '', 'latin1');
}

/** How many filler bytes make `length` a whole number of lines. */
export function paddingFor(length: number): number {
  return (BYTES_PER_LINE - (length % BYTES_PER_LINE)) % BYTES_PER_LINE;
}
