import { primarySubtag } from './story-language.js';

/**
 * The words a story card adds around an article: its reading time and the
 * link to it, in the story's own language where we know the wording. The
 * duration itself comes from CLDR through Intl.NumberFormat (so plurals and
 * abbreviations are right: "3 Min.", "دقيقتان", "21 минут"); the phrase
 * around it is ours. A language missing here falls back to the list's.
 */

export interface StoryLabels {
  /** The BCP 47 tag the wording is in. */
  lang: string;
  readMore: string;
  readingTime: (minutes: number) => string;
}

interface Wording {
  readMore: string;
  /** `{d}` is the localised duration. */
  readingTime: string;
  unitDisplay: 'short' | 'long';
}

const WORDING: Record<string, Wording> = {
  en: { readMore: 'Read more', readingTime: '{d} read', unitDisplay: 'short' },
  sr: { readMore: 'Опширније', readingTime: '{d} читања', unitDisplay: 'short' },
  'sr-Latn': { readMore: 'Opširnije', readingTime: '{d} čitanja', unitDisplay: 'short' },
  ar: { readMore: 'اقرأ المزيد', readingTime: 'وقت القراءة: {d}', unitDisplay: 'long' },
  sq: { readMore: 'Lexo më shumë', readingTime: 'Koha e leximit: {d}', unitDisplay: 'short' },
  ru: { readMore: 'Читать далее', readingTime: '{d} чтения', unitDisplay: 'short' },
  de: { readMore: 'Weiterlesen', readingTime: 'Lesezeit: {d}', unitDisplay: 'short' },
  fr: { readMore: 'Lire la suite', readingTime: '{d} de lecture', unitDisplay: 'short' },
  es: { readMore: 'Leer más', readingTime: '{d} de lectura', unitDisplay: 'short' },
};

const cache = new Map<string, StoryLabels | null>();

/** Labels for `lang`, or null when we have no wording for it. `latin` picks Serbian's Latin script. */
export function storyLabels(lang: string, latin = false): StoryLabels | null {
  const key = wordingKey(lang, latin);
  if (key === null) return null;
  let labels = cache.get(key);
  if (labels === undefined) {
    labels = build(key);
    cache.set(key, labels);
  }
  return labels;
}

function wordingKey(lang: string, latin: boolean): string | null {
  if (!lang) return null;
  const primary = primarySubtag(lang);
  if (primary === 'sr') return latin || /-latn\b/i.test(lang) ? 'sr-Latn' : 'sr';
  return Object.hasOwn(WORDING, primary) ? primary : null;
}

function build(key: string): StoryLabels {
  const wording = WORDING[key]!;
  const format = new Intl.NumberFormat(key, { style: 'unit', unit: 'minute', unitDisplay: wording.unitDisplay });
  return {
    lang: key,
    readMore: wording.readMore,
    readingTime: (minutes) => wording.readingTime.replace('{d}', format.format(minutes)),
  };
}

/** The labels for a story: its own language's when known, else the list's, else English. */
export function labelsForStory(storyLang: string, listLanguage: string, latin: boolean): StoryLabels {
  return storyLabels(storyLang, latin) ?? storyLabels(listLanguage) ?? storyLabels('en')!;
}
