/**
 * Base64 as MIME writes it: lines of at most 76 characters, CRLF-terminated.
 * Encoding is per 3-byte group, so the encodings of pieces whose lengths are
 * multiples of 3 concatenate into the encoding of the whole (see
 * personalised-part.ts); each piece's last line may be short, which RFC 2045
 * allows ("no more than 76 characters").
 */

const LINE = 76;

export function base64Lines(bytes: Buffer): Buffer {
  if (bytes.length === 0) return EMPTY;
  const encoded = bytes.toString('base64');
  if (encoded.length <= LINE) return Buffer.from(`${encoded}\r\n`, 'latin1');
  let text = '';
  for (let i = 0; i < encoded.length; i += LINE) text += `${encoded.slice(i, i + LINE)}\r\n`;
  return Buffer.from(text, 'latin1');
}

const EMPTY = Buffer.alloc(0);
