/**
 * What makes an HMAC secret too weak to sign unsubscribe links in
 * production: too short to resist guessing, whitespace (a copy-paste
 * accident, or a passphrase), or so little variety that it is a pattern
 * rather than a random string. Returns the reason, or null when it is fit.
 */
export const MIN_SECRET_BYTES = 32;
const MIN_DISTINCT_CHARACTERS = 10;

export function secretWeakness(secret: string): string | null {
  if (/\s/.test(secret)) return 'contains whitespace (a trailing newline from a copy-paste?)';
  if (Buffer.byteLength(secret, 'utf8') < MIN_SECRET_BYTES) return `is shorter than ${MIN_SECRET_BYTES} bytes`;
  const counts = new Map<string, number>();
  for (const char of secret) counts.set(char, (counts.get(char) ?? 0) + 1);
  const commonest = Math.max(...counts.values());
  if (counts.size < MIN_DISTINCT_CHARACTERS || commonest > secret.length / 3) {
    return 'has too little variety to be random (generate one, e.g. `openssl rand -base64 48`)';
  }
  return null;
}
