/**
 * A BCP 47 language tag as the email's `lang` attribute needs it, or
 * undefined. Whatever the source (an HTML `lang`, `og:locale`, front matter,
 * a JSON field), the value is checked and canonicalised the same way:
 * `pt_BR` → `pt-BR`, `EN-gb` → `en-GB`; `english`, `x-klingon` or markup are dropped.
 */
export function languageTag(value: string | undefined | null): string | undefined {
  if (typeof value !== 'string') return undefined;
  const tag = value.trim().replace(/_/g, '-');
  // A primary language subtag of 2–3 letters, then subtags of 1–8 letters or digits.
  if (tag.length > 35 || !/^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i.test(tag)) return undefined;
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}
