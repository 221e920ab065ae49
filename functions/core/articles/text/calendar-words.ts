/**
 * Words that make up timestamps in any language, taken from the runtime's
 * locale data instead of a hand-written English list: month and weekday
 * names (long, short, and the declined forms dates use, such as "ноября" or
 * "marta"), day periods, the words between date parts ("à", "um", "u"), and
 * relative times ("3 hours ago", "пре 3 сата", "vor 3 Stunden", "hier").
 */

/** Every language the runtime has date data for that a newsroom plausibly meets; unsupported tags are skipped. */
const LOCALES = [
  'en', 'en-GB', 'sr', 'sr-Latn', 'sr-Cyrl', 'bs', 'hr', 'sl', 'mk', 'bg', 'sq', 'ru', 'uk', 'be', 'pl', 'cs', 'sk', 'hu', 'ro',
  'de', 'fr', 'es', 'pt', 'pt-BR', 'it', 'ca', 'gl', 'eu', 'nl', 'da', 'sv', 'nb', 'nn', 'fi', 'et', 'lv', 'lt', 'is', 'ga',
  'cy', 'mt', 'el', 'tr', 'az', 'ka', 'hy', 'kk', 'uz', 'ar', 'he', 'fa', 'ur', 'hi', 'bn', 'ta', 'te', 'mr', 'gu', 'pa',
  'id', 'ms', 'vi', 'th', 'fil', 'sw', 'am', 'ja', 'zh', 'zh-Hant', 'ko',
];

const RELATIVE_UNITS = ['second', 'minute', 'hour', 'day', 'week', 'month', 'year'] as const;

let cache: ReadonlySet<string> | undefined;
let relativeCache: ReadonlySet<string> | undefined;

/** Letter runs, lower-cased, as the calendar set stores them. */
export function calendarTokens(text: string): string[] {
  return (text.normalize('NFC').toLowerCase().match(/[\p{L}\p{M}]+/gu) ?? []) as string[];
}

export function calendarWords(): ReadonlySet<string> {
  if (cache) return cache;
  const words = new Set<string>();
  const add = (text: string) => {
    for (const token of calendarTokens(text)) words.add(token);
  };
  const supported = Intl.DateTimeFormat.supportedLocalesOf(LOCALES);
  for (const locale of supported) {
    const formats: Intl.DateTimeFormatOptions[] = [
      { month: 'long' },
      { month: 'short' },
      { day: 'numeric', month: 'long' },
      { day: 'numeric', month: 'short' },
      { weekday: 'long' },
      { weekday: 'short' },
      { dateStyle: 'full', timeStyle: 'short' },
      { dateStyle: 'long', timeStyle: 'short' },
      { hour: 'numeric', minute: '2-digit', hour12: true },
    ];
    const instances = formats.map((options) => new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }));
    for (let month = 0; month < 12; month += 1) {
      const date = new Date(Date.UTC(2026, month, month + 3, month * 2, 5));
      for (const format of instances) {
        for (const part of format.formatToParts(date)) if (part.type !== 'year') add(part.value);
      }
    }
  }
  for (const word of relativeTimeWords()) words.add(word);
  cache = words;
  return words;
}

/** The words of relative times only ("hours", "ago", "vor", "Stunden", "пре", "сата"): one alone ("year") is not a date. */
export function relativeTimeWords(): ReadonlySet<string> {
  if (relativeCache) return relativeCache;
  const words = new Set<string>();
  for (const locale of Intl.RelativeTimeFormat.supportedLocalesOf(LOCALES)) {
    for (const numeric of ['always', 'auto'] as const) {
      const format = new Intl.RelativeTimeFormat(locale, { numeric });
      for (const unit of RELATIVE_UNITS) for (const n of [-1, -3, -5, 0, 1, 3]) for (const token of calendarTokens(format.format(n, unit))) words.add(token);
    }
  }
  relativeCache = words;
  return words;
}
