import { beforeAll, describe, expect, it } from 'vitest';
import { storyLabels } from '../../../functions/core/render/story-labels.js';
import { storyLanguageDetector, type StoryLanguageDetector } from '../../../functions/core/render/story-language.js';

let detectStoryLanguage: StoryLanguageDetector;
beforeAll(async () => {
  detectStoryLanguage = await storyLanguageDetector();
});

const TEXTS = {
  en: 'City council approves protected bike lanes. The city council voted on Wednesday night to build forty kilometres of protected bike lanes over the next three years.',
  de: 'Der Stadtrat hat am Dienstag über den Haushalt für das nächste Jahr beraten. Mehrere Mitglieder äußerten Bedenken wegen der Kosten der neuen Brücke.',
  fr: "Le conseil municipal s'est réuni mardi pour discuter du budget de l'année prochaine. Plusieurs membres ont exprimé des inquiétudes sur le coût du pont.",
  es: 'El consejo municipal se reunió el martes para discutir el presupuesto del próximo año. Varios miembros expresaron su preocupación por el costo del puente.',
  sq: 'Këshilli bashkiak u mblodh të martën për të diskutuar buxhetin për vitin e ardhshëm. Disa anëtarë shprehën shqetësim për koston e urës së re.',
  ru: 'Городской совет во вторник обсудил бюджет на следующий год. Несколько членов совета выразили обеспокоенность стоимостью нового моста.',
  ar: 'افتتحت السلطات المحلية يوم الأربعاء محطة جديدة لتحلية مياه البحر تعمل بالطاقة الشمسية، وتبلغ قدرتها الإنتاجية عشرين ألف متر مكعب يومياً.',
  srCyrillic: 'Прва деоница београдског метроа биће пуштена у рад током пролећа, саопштили су у среду представници градске управе.',
  srLatin: 'Gradsko veće je u utorak razgovaralo o budžetu za narednu godinu. Nekoliko članova je izrazilo zabrinutost zbog cene novog mosta.',
};

describe('the language of a story without metadata', () => {
  it.each([
    ['en', TEXTS.en],
    ['de', TEXTS.de],
    ['fr', TEXTS.fr],
    ['es', TEXTS.es],
    ['sq', TEXTS.sq],
    ['ru', TEXTS.ru],
    ['ar', TEXTS.ar],
    ['el', 'Το δημοτικό συμβούλιο συνεδρίασε την Τρίτη για τον προϋπολογισμό.'],
    ['ko', '시의회는 화요일 내년 예산을 논의하기 위해 회의를 열었다.'],
    ['ja', '東京都は水曜日、新しい地下鉄路線の建設計画を発表した。'],
  ])('is %s when the text says so clearly', (expected, text) => {
    expect(detectStoryLanguage(text, 'en')).toBe(expected);
  });

  it('is Serbian for Cyrillic with letters only Serbian uses, whatever the list language', () => {
    expect(detectStoryLanguage(TEXTS.srCyrillic, 'en')).toBe('sr');
    expect(detectStoryLanguage('Градско веће је у уторак разговарало о буџету.', 'de')).toBe('sr');
  });

  it('is Macedonian for Cyrillic with letters only Macedonian uses', () => {
    expect(detectStoryLanguage('Владата ќе донесе одлука за ѓубрето следната недела.', 'en')).toBe('mk');
  });

  it('leaves Serbian, Croatian or Bosnian in Latin script unknown unless the list is in one of them', () => {
    expect(detectStoryLanguage(TEXTS.srLatin, 'en')).toBe('');
    expect(detectStoryLanguage(TEXTS.srLatin, 'sr')).toBe('sr-Latn');
    expect(detectStoryLanguage(TEXTS.srLatin, 'hr')).toBe('hr');
  });

  it('is unknown ("") when there is too little text, no letters, or an even mix of scripts', () => {
    expect(detectStoryLanguage('Markets wrap', 'en')).toBe('');
    expect(detectStoryLanguage('2026 — 12:45 — 3.5 %', 'en')).toBe('');
    expect(detectStoryLanguage('Hello world and more Привет мир и больше', 'en')).toBe('');
  });
});

describe('the words around a story', () => {
  it.each([
    ['en', 'Read more', 3, '3 min read'],
    ['sr', 'Опширније', 3, '3 мин читања'],
    ['sr-Latn', 'Opširnije', 5, '5 min čitanja'],
    ['ar', 'اقرأ المزيد', 1, 'وقت القراءة: دقيقة'],
    ['ar', 'اقرأ المزيد', 2, 'وقت القراءة: دقيقتان'],
    ['ar', 'اقرأ المزيد', 3, 'وقت القراءة: 3 دقائق'],
    ['ru', 'Читать далее', 5, '5 мин чтения'],
    ['de', 'Weiterlesen', 4, 'Lesezeit: 4 Min.'],
    ['fr', 'Lire la suite', 4, '4 min de lecture'],
    ['es', 'Leer más', 4, '4 min de lectura'],
    ['sq', 'Lexo më shumë', 4, 'Koha e leximit: 4 min.'],
  ])('are localised for %s', (lang, readMore, minutes, readingTime) => {
    const labels = storyLabels(lang)!;
    expect(labels.readMore).toBe(readMore);
    // CLDR puts a (narrow) no-break space between number and unit in some languages.
    expect(labels.readingTime(minutes).replace(/[\u00a0\u202f]/g, ' ')).toBe(readingTime);
  });

  it('pick Serbian\'s script from the text, and are missing for a language without wording', () => {
    expect(storyLabels('sr', true)?.readMore).toBe('Opširnije');
    expect(storyLabels('pt-BR')).toBeNull();
    expect(storyLabels('')).toBeNull();
  });
});
