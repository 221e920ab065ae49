/**
 * The language of a story whose metadata names none, for its `lang`
 * attribute. A wrong `lang` is worse than none (a screen reader reads the
 * text with the wrong voice), so this answers only when the evidence is
 * clear and returns '' (unknown) otherwise:
 *   - scripts used by one language decide alone (Greek, Hebrew, Georgian, Thai, Hangul, kana …);
 *   - Cyrillic with letters only Serbian uses (ђ ћ, or ј љ њ џ without Macedonian's ѓ ќ ѕ) is Serbian;
 *   - everything else goes to eld (Nito-ELD, n-grams, ~60 languages) restricted to the languages
 *     of the dominant script, and is accepted only when eld calls the result reliable and it
 *     clearly beats the runner-up;
 *   - Serbian, Croatian and Bosnian in Latin script are too close for n-grams: they get the list's
 *     language when it is one of them, and stay unknown otherwise.
 * eld's n-gram table (~1 MB of code) is loaded on first use, not when the
 * render function starts: a day whose stories all carry a language never pays for it.
 */

type Eld = (typeof import('eld/extrasmall'))['eld'];
export type StoryLanguageDetector = (text: string, listLanguage: string) => string;

type Script = 'Latin' | 'Cyrillic' | 'Arabic' | 'Hebrew' | 'Greek' | 'Han' | 'Hangul' | 'Thai' | 'Georgian' | 'Armenian' | 'Devanagari';

const SCRIPTS: Array<[Script, RegExp]> = [
  ['Latin', /\p{Script=Latin}/gu],
  ['Cyrillic', /\p{Script=Cyrillic}/gu],
  ['Arabic', /\p{Script=Arabic}/gu],
  ['Hebrew', /\p{Script=Hebrew}/gu],
  ['Greek', /\p{Script=Greek}/gu],
  ['Han', /\p{Script=Han}/gu],
  ['Hangul', /\p{Script=Hangul}/gu],
  ['Thai', /\p{Script=Thai}/gu],
  ['Georgian', /\p{Script=Georgian}/gu],
  ['Armenian', /\p{Script=Armenian}/gu],
  ['Devanagari', /\p{Script=Devanagari}/gu],
];

/** Scripts that, in a news digest, mean one language. */
const SINGLE_LANGUAGE: Partial<Record<Script, string>> = {
  Greek: 'el',
  Georgian: 'ka',
  Armenian: 'hy',
  Thai: 'th',
  Hangul: 'ko',
};

/** The languages eld may choose from, by script: a Cyrillic text is never called French. */
const CANDIDATES: Partial<Record<Script, string[]>> = {
  Latin: ['az', 'ca', 'cs', 'da', 'de', 'en', 'es', 'et', 'eu', 'fi', 'fr', 'hr', 'hu', 'is', 'it', 'ku', 'lt', 'lv', 'ms', 'nl', 'no', 'pl', 'pt', 'ro', 'sk', 'sl', 'sq', 'sv', 'tl', 'tr', 'vi', 'yo'],
  Cyrillic: ['be', 'bg', 'ru', 'uk'],
  Arabic: ['ar', 'fa', 'ur'],
  Hebrew: ['he'],
  Devanagari: ['hi', 'mr'],
};

const SERBO_CROATIAN = new Set(['sr', 'hr', 'bs', 'sh', 'cnr']);
/** Letters of Serbian Cyrillic that Russian, Ukrainian, Belarusian and Bulgarian don't have. */
const SERBIAN_ONLY = /[ђћЂЋ]/u;
const SERBIAN_OR_MACEDONIAN = /[јљњџЈЉЊЏ]/u;
const MACEDONIAN_ONLY = /[ѓќѕЃЌЅ]/u;

/** Below this many letters the evidence is too thin for n-grams. */
const MIN_LETTERS = 40;
/** Han characters carry a word each; a headline's worth of them without kana is Chinese. */
const MIN_HAN = 10;
/** eld's scores for close relatives sit within a few hundredths; a lead under this is a guess. */
const MIN_LEAD = 0.02;
/** Enough text to decide; longer samples only cost time. */
const SAMPLE_CHARS = 1_000;

let loading: Promise<StoryLanguageDetector> | undefined;

/** The detector, with eld loaded (once per process). */
export function storyLanguageDetector(): Promise<StoryLanguageDetector> {
  loading ??= import('eld/extrasmall').then(({ eld }) => {
    const byScript = new Map<Script, Eld>();
    const detectorFor = (script: Script): Eld => {
      let detector = byScript.get(script);
      if (!detector) {
        detector = eld.newInstance();
        detector.setLanguageSubset(CANDIDATES[script] ?? false);
        byScript.set(script, detector);
      }
      return detector;
    };
    return (text, listLanguage) => detectLanguage(text, listLanguage, detectorFor);
  });
  return loading;
}

function detectLanguage(text: string, listLanguage: string, detectorFor: (script: Script) => Eld): string {
  const sample = text.slice(0, SAMPLE_CHARS);
  // Japanese mixes kanji with kana in any proportion: any kana in a CJK text decides.
  if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(sample) && cjkShare(sample) >= 0.6) return 'ja';
  const script = dominantScript(sample);
  if (!script) return '';
  const single = SINGLE_LANGUAGE[script];
  if (single) return single;
  if (script === 'Han') return letterCount(sample) >= MIN_HAN ? 'zh' : '';
  if (script === 'Cyrillic') {
    if (MACEDONIAN_ONLY.test(sample)) return 'mk';
    if (SERBIAN_ONLY.test(sample) || SERBIAN_OR_MACEDONIAN.test(sample)) return 'sr';
  }
  if (!CANDIDATES[script] || letterCount(sample) < MIN_LETTERS) return '';
  const result = detectorFor(script).detect(sample);
  if (!result.language || !result.isReliable()) return '';
  const scores = Object.values(result.getScores()).sort((a, b) => b - a);
  if (scores.length > 1 && scores[0]! - scores[1]! < MIN_LEAD) return '';
  if (SERBO_CROATIAN.has(result.language)) {
    const list = primarySubtag(listLanguage);
    if (!SERBO_CROATIAN.has(list)) return '';
    // Serbian is written in both scripts; its bare tag means Cyrillic.
    return list === 'sr' && !/-latn\b/i.test(listLanguage) ? 'sr-Latn' : listLanguage;
  }
  return result.language;
}

function dominantScript(text: string): Script | null {
  const letters = letterCount(text);
  if (letters === 0) return null;
  for (const [script, pattern] of SCRIPTS) {
    const count = text.match(pattern)?.length ?? 0;
    // A mixed text (a quote in another script) goes by its main script; an even mix is left unknown.
    if (count >= letters * 0.6) return script;
  }
  return null;
}

function cjkShare(text: string): number {
  const cjk = text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu)?.length ?? 0;
  return cjk / Math.max(1, letterCount(text));
}

function letterCount(text: string): number {
  return text.match(/\p{L}/gu)?.length ?? 0;
}

export function primarySubtag(tag: string): string {
  return tag.split('-')[0]!.toLowerCase();
}
