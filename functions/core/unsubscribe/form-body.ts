/**
 * Reads the small form bodies the unsubscribe endpoint receives. RFC 8058 says
 * the one-click POST SHOULD be `multipart/form-data` and MAY be
 * `application/x-www-form-urlencoded`, so both are understood; only text
 * fields matter, and anything else yields no fields.
 */

const MAX_BODY_CHARS = 16 * 1024;

export function parseFormBody(contentType: string | undefined, body: string): Map<string, string> {
  const fields = new Map<string, string>();
  if (!body || body.length > MAX_BODY_CHARS) return fields;
  const type = (contentType ?? '').toLowerCase();
  if (type.startsWith('multipart/form-data')) return parseMultipart(contentType ?? '', body);
  // Also the fallback for a missing content type: one-click senders are not all careful with headers.
  for (const [name, value] of new URLSearchParams(body.trim())) {
    if (!fields.has(name)) fields.set(name, value);
  }
  return fields;
}

function parseMultipart(contentType: string, body: string): Map<string, string> {
  const fields = new Map<string, string>();
  const boundary = /boundary="?([^";]+)"?/i.exec(contentType)?.[1];
  if (!boundary) return fields;
  for (const part of body.split(`--${boundary}`)) {
    const separator = part.indexOf('\r\n\r\n') >= 0 ? '\r\n\r\n' : '\n\n';
    const split = part.indexOf(separator);
    if (split < 0) continue;
    const headers = part.slice(0, split);
    const name = /content-disposition:[^\n]*\bname="([^"]*)"/i.exec(headers)?.[1];
    if (name === undefined || fields.has(name)) continue;
    // The part ends with the line break that precedes the next boundary.
    fields.set(name, part.slice(split + separator.length).replace(/\r?\n$/, ''));
  }
  return fields;
}
