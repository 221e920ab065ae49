import { describe, expect, it } from 'vitest';
import { parseTextArticle, stripDateline } from '../../../functions/core/articles/parse-text-article.js';

/**
 * Captions, credits, bylines, dates and datelines worded the way a site we
 * have never seen might word them: the cleaner must know them by their shape
 * (a label and a colon before names, a picture word and its qualifier, names
 * at the top of the page), not by a list of their phrases.
 */

const orchard = [
  'The cooperative planted four thousand apple trees on the hillside above the village this spring, replacing vines that had stopped paying.',
  'Growers say the new varieties need less water and flower later, which protects them from the frosts that ruined two harvests in a row.',
  'The regional government covered half the cost of the saplings and will pay for an irrigation pond if the first crop comes in next autumn.',
  'Buyers from two supermarket chains have already asked for samples, and the cooperative plans to press its own juice from the smaller fruit.',
];
const blank = (lines: readonly string[]) => lines.join('\n\n');
const wrapAt = (width: number) => (line: string) => line.replace(new RegExp(`(.{1,${width}})(?:\\s|$)`, 'g'), '$1\n').trim();
/** The caption between the story's first two paragraphs comes out as a caption, and the story as it was. */
function keepsAsCaption(caption: string): void {
  const article = parseTextArticle(blank([orchard[0] as string, caption, ...orchard.slice(1)]));
  expect(article.captions).toEqual([caption]);
  expect(article.paragraphs).toEqual(orchard);
}
const TITLE = 'The cooperative planted four thousand apple trees on the hillside above the village this spring';

describe('captions credited under a label word of any language', () => {
  it.each([
    'Pickers sort the first apples of the season [Seen here: Keystone]',
    'Ein Traktor zieht den Anhänger zur Kelterei (Aufnahme: Hans Meier)',
    'Berači sortiraju jabuke u hladnjači Snimio: Marko Jovanović',
    'Рабочие грузят ящики с яблоками Кадр: Иван Петров',
    'Voluntarios recogen fruta en la ladera (Gentileza: Cruz Roja)',
    'Fëmijët ndihmojnë në vjeljen e mollëve Pamja: Arben Hoxha',
    'A tractor climbs the terraced slope at dawn CAMERA: MIA CHEN/Reuters',
    'Le pressoir de la coopérative tourne à plein régime | Bildquelle: Keystone',
    'متطوعون يجمعون التفاح في المزرعة (عدسة: أحمد سالم)',
    'Tractors wait outside the packing shed STAFF PHOTOGRAPHER: LENA VOSS',
  ])('keeps %j as a caption, out of the body', keepsAsCaption);
});

describe('credits set off from the description without a colon', () => {
  it.each([
    'Pickers sort the first apples of the season | AFP',
    'Cajas de manzanas en la cooperativa - EFE',
    'Ящики с яблоками на складе Фото — Иван Петров',
    'The new cider press at work (Lena Voss/The Valley Courier)',
    'Crates stacked in the cold store (c) Keystone',
    'La coopérative fête sa première récolte Photographie de Jean Martin',
    'Eine Pflückerin auf der Leiter Foto von Hans Meier',
    'Pickers on ladders in the upper rows MIA CHEN/AFP via Getty Images',
    'Apple blossom on the terraces Image via Unsplash',
    'التفاح في مخزن التبريد - رويترز',
  ])('keeps %j as a caption, out of the body', keepsAsCaption);
});

describe('captions made of a picture word and its qualifier, with no names', () => {
  it.each([
    'Apple crates stacked in the cold store Archive image',
    'Яблоневый сад на склоне холма Фото из архива',
    'Pemët e reja në kodrën mbi fshat Foto arkivi',
    'Los manzanos en flor junto al río Foto de archivo',
    'أشجار التفاح على سفح التل صورة من الأرشيف',
    'Pickers on ladders in the upper rows FILE PHOTO',
  ])('keeps %j as a caption, out of the body', keepsAsCaption);
});

describe('story lines that only look like credits stay in the body', () => {
  it.each([
    ['a list of awards in title case', ['Best Cider in the Valley: Hillside Cooperative', 'Best Newcomer of the Year: Orchard Lane', 'Best Juice for Children: Green Valley']],
    ['credits at the start of their lines', ['Director: Jane Doe', 'Producer: Tom Hardcastle']],
    ['a quote introduced with a colon', ['The chair turned to the growers and said: Welcome Back']],
    ['a heading ending in a picture word', ['Why the Harvest Matters for the Big Picture']],
    ['a German heading about a photo', ['Das Foto vom Erntefest']],
    ['a sentence about a photograph', ['We took a photo together']],
    ['a heading naming software', ['How to retouch the labels in Photoshop for print']],
    ['numbered items with brackets of their own', ['1. Malus domestica (Golden Delicious / Yellow Delicious)', '2. Crab apple (aka: Wild Apple)']],
  ])('keeps %s', (_, lines) => {
    const body = [orchard[0] as string, orchard[1] as string, ...lines, ...orchard.slice(2)];
    const article = parseTextArticle(blank(body));
    expect(article.captions).toEqual([]);
    expect(article.paragraphs).toEqual(body);
  });
});

describe('credits with no credit word or no known agency, known by their shape', () => {
  it.each([
    ['a camera standing for the credit word', '📸 Tomás Ibarra'],
    ['a camera after the description', 'Harvesters load crates onto a trailer 📷 Ines Calder'],
    ['a wire in capitals over its photographer', 'Pickers rest in the shade of the packing shed. VALLEY NEWS SERVICE/Oren Haas'],
    ['a credit word and names cut by bars', 'A tractor hauls the first load to the press. FOTO | IVANA MARKOVIĆ | DNEVNIK'],
    ['a French credit word and a name after a dot', 'Les cueilleurs au travail dès l’aube. Photo · Claire Dubois'],
    ['a person and their paper after a dash', 'Pickers sort apples in the cold store — Oren Haas / The Orchard Herald'],
    ['a Cyrillic person and paper after a dash', 'Радници утоварују сандуке у камион – Мила Ристић / Дневник'],
    ['an unknown wire in square brackets', 'Crates of apples wait at the cooperative gate [Valley Wire]'],
    ['a Cyrillic acronym in square brackets', 'Рабочие собирают яблоки на склоне [НТВ]'],
    ['a photographer in capitals in round brackets', 'Pickers on the terraces at dawn (OREN HAAS)'],
    ['a credit word with its qualifier before the colon', 'Photo d’archives : Claire Dubois/Agence Sud'],
    ['a Spanish qualified credit', 'Imagen ilustrativa: Archivo Norte'],
    ['a German label placing the picture', 'Auf dem Bild: Erntehelfer beim Sortieren der Äpfel'],
    ['an English label placing the picture', 'On the photo: the cooperative’s new cider press'],
    ['a French label placing the picture', 'Sur la photo : les premiers pommiers plantés en mars'],
    ['"Pictured:" over the description', 'Pictured: volunteers unload saplings from a van'],
    ['an Arabic label no list knows, after a dash', 'عمال يجمعون التفاح في الحقل - لقطة: سامر حداد'],
    ['a Hebrew label after a dash', 'קטיף תפוחים במטע בגליל - צילום: דנה לוי'],
    ['a Chinese picture word run into its credit word', '果农在山坡上采摘苹果（图片来源：新华社）'],
    ['a wire in lower case after a German description', 'Erntehelfer sortieren die Äpfel in der Halle | Aufnahme: epd'],
    ['a Spanish courtesy credit alone in brackets', 'Voluntarios plantan manzanos en la ladera (Cortesía)'],
    ['a Serbian courtesy credit', 'Sadnice stižu u zadrugu (ljubaznošću zadruge)'],
    ['a channel whose name carries a number', 'The new cider press at work. Picture: Oren Haas/Kanal 5 Media'],
    ['a qualified credit word before a wire', 'Les pommiers du coteau sous la neige Photo d’archives Reuters'],
    ['a credit word alone in brackets before the holder', 'Sacs de pommes devant la coopérative (Illustration) Getty Images'],
    ['a Spanish "supplied" after a slash', 'Los voluntarios descargan las cajas del camión / Cedida'],
    ['a Japanese wire after "＝"', 'リンゴを収穫する農家の人たち＝共同'],
  ])('keeps %s as a caption', (_, caption) => keepsAsCaption(caption));
});

describe('story lines shaped like those credits stay in the body', () => {
  it.each([
    ['a person named in round brackets', 'The growers’ association backed the plan along with its new chair (Maria Lopez)'],
    ['a term spelled out in round brackets', 'Switch the router to the newer standard (Wi-Fi Protected Access)'],
    ['a transcript’s note after a sentence', 'That is all we ask of the council. [LAUGHTER]'],
  ])('keeps %s', (_, line) => {
    const body = [orchard[0] as string, orchard[1] as string, line, ...orchard.slice(2)];
    const article = parseTextArticle(blank(body));
    expect(article.captions).toEqual([]);
    expect(article.paragraphs).toEqual(body);
  });
});

describe('a credit alone on its line', () => {
  it('is a caption, and the short paragraph above it stays in the story', () => {
    const paragraph = 'The growers say the admiration is mutual.';
    const article = parseTextArticle(blank([orchard[0] as string, paragraph, 'Photo: Lena Voss', ...orchard.slice(1)]));
    expect(article.captions).toEqual(['Photo: Lena Voss']);
    expect(article.paragraphs).toEqual([orchard[0], paragraph, ...orchard.slice(1)]);
  });
});

describe('captions in hard-wrapped text', () => {
  it('does not cut a wrapped sentence after a colon that names people', () => {
    const paragraph =
      'Her letter reached two of the valley’s best-known growers and their Regional allies: Senator Maria Keller and councillor Tom Brandt, who both replied within a week.';
    const text = [orchard[0], paragraph, ...orchard.slice(1)].map((line) => wrapAt(96)(line as string)).join('\n');
    expect(parseTextArticle(text).paragraphs).toEqual([orchard[0], paragraph, ...orchard.slice(1)]);
  });

  it('ends a caption at its credit when the next line goes on with the story', () => {
    const caption = 'Pickers sort the first apples of the season CAMERA: MIA CHEN/Reuters';
    const text = [caption, ...orchard].map(wrapAt(68)).join('\n');
    const article = parseTextArticle(text);
    expect(article.captions).toEqual([caption]);
    expect(article.paragraphs).toEqual(orchard);
    expect(article.meta.title).toBe(TITLE);
  });

  it('keeps a credit whose names run on to the next line together', () => {
    const caption = 'Rows of young trees on the terraced hillside above the village. Credit: Ana Costa/Reuters';
    const text = [orchard[0] as string, caption, ...orchard.slice(1)].map(wrapAt(78)).join('\n');
    const article = parseTextArticle(text);
    expect(article.captions).toEqual([caption]);
    expect(article.paragraphs).toEqual(orchard);
  });

  it('joins a bracketed credit that the wrapping cut after its label', () => {
    const text = blank([orchard[0] as string, 'Pickers on ladders in the upper rows of the orchard at dawn [Seen here:\nKeystone]', ...orchard.slice(1)]);
    const article = parseTextArticle(text);
    expect(article.captions).toEqual(['Pickers on ladders in the upper rows of the orchard at dawn [Seen here: Keystone]']);
    expect(article.paragraphs).toEqual(orchard);
  });

  it('does not run a caption ending in its credit into the lower-case line under it', () => {
    const caption = 'Crates of apples outside the packing shed Picture: LENA VOSS';
    const text = [orchard[0] as string, caption, 'iPhone owners can scan a code on each crate to see which slope the apples came from.', ...orchard.slice(1)].join('\n');
    const article = parseTextArticle(text);
    expect(article.captions).toEqual([caption]);
    expect(article.paragraphs).toContain('iPhone owners can scan a code on each crate to see which slope the apples came from.');
  });

  it('ends a short Arabic caption at its picture credit, even without a blank line', () => {
    const arabic = [
      'زرعت التعاونية أربعة آلاف شجرة تفاح على سفح التل فوق القرية هذا الربيع بدلا من الكروم التي توقفت عن الربح.',
      'ويقول المزارعون إن الأصناف الجديدة تحتاج إلى كمية أقل من الماء وتزهر في وقت متأخر مما يحميها من الصقيع.',
      'وقد تحملت الحكومة الإقليمية نصف تكلفة الشتلات وستدفع ثمن بركة للري إذا جاء المحصول الأول في الخريف المقبل.',
    ];
    const caption = 'أشجار التفاح على سفح التل صورة من الأرشيف';
    const text = [arabic[0] as string, caption, ...arabic.slice(1)].map(wrapAt(60)).join('\n');
    const article = parseTextArticle(text);
    expect(article.captions).toEqual([caption]);
    expect(article.paragraphs).toEqual(arabic);
  });
});

describe('bylines without "By" at the top of the page', () => {
  it.each([
    'Lena Voss in Bolzano, Italy',
    'Sarah Okafor in Lagos',
    'MIA CHEN and TOM HARDCASTLE',
    'Hans Müller und Eva Schmidt',
    'Марко Петровић и Ана Јовић',
    'Arben Hoxha dhe Drita Krasniqi',
    'Ana de la Torre y Luis García',
    'Jean Martin in Springfield, Ill.',
    'Words by Lena Voss',
    'Verfasst von Hans Meier, dpa',
    'Escrito por Luis García',
    'Tekst: Marko Petrović',
    'Mia Chen | Staff Writer',
    'Tom Hardcastle, agriculture correspondent',
    'Jean Martin (AFP)',
  ])('removes %j and takes the title from the story', (byline) => {
    const article = parseTextArticle(blank([byline, ...orchard]));
    expect(article.paragraphs).toEqual(orchard);
    expect(article.meta.title).toBe(TITLE);
  });

  it.each([
    ['a dated list', ['Lena Voss in Bolzano, Italy', 'Harvest: 12 September', 'Pressing: 20 September', 'Tasting: 3 October']],
    ['an all-caps list', ['MIA CHEN and TOM HARDCASTLE', 'Harvest: 12 September', 'Pressing: 20 September', 'Tasting: 3 October']],
    ['a labelled byline', ['Words by Lena Voss', 'Harvest: 12 September', 'Pressing: 20 September', 'Tasting: 3 October']],
    ['a byline with an agency', ['Jean Martin, AFP', 'Harvest: 12 September', 'Pressing: 20 September', 'Tasting: 3 October']],
  ])('removes it above the story’s own list (%s)', (_, lines) => {
    const article = parseTextArticle(blank([...lines, ...orchard]));
    expect(article.paragraphs).toEqual([...lines.slice(1), ...orchard]);
  });

  it('keeps names in the story, where a byline never sits', () => {
    const body = [orchard[0] as string, orchard[1] as string, 'Lena Voss and Tom Hardcastle', ...orchard.slice(2)];
    expect(parseTextArticle(blank(body)).paragraphs).toEqual(body);
  });
});

describe('a date alone on its line', () => {
  it.each([
    ['Updated 09:15, 4 March 2026', 'eBay sellers say the new varieties already fetch a better price than last year’s fruit at the market.'],
    ['Aktualisiert: 14:05, 3. März 2026', 'iPhone-Nutzer können auf jeder Kiste einen Code scannen und sehen, von welchem Hang die Äpfel kommen.'],
  ])('does not run %j into a story line opening in lower case', (date, opening) => {
    const article = parseTextArticle([date, opening, ...orchard].join('\n'));
    expect(article.paragraphs[0]).toBe(opening);
    expect(article.meta.title).not.toContain(date);
  });
});

describe('datelines in more of their forms stay out of the title', () => {
  const story = 'The cooperative opened its own cider press on Tuesday. Growers welcomed the news.';
  it.each([
    'KYIV, Ukraine, Nov 3 (Reuters) - ',
    'WASHINGTON, March 3, 2026 — ',
    'Париж, 3 ноября. /ТАСС/. ',
    'LONDON: ',
    'Moskau/Kiew (dpa) - ',
    'BERLIN/PARIS — ',
    'Beograd, 3. novembra (Tanjug) – ',
    'PRISHTINË, 3 nëntor (KosovaPress) – ',
  ])('strips %j', (dateline) => {
    expect(stripDateline(`${dateline}${story}`)).toBe(story);
    expect(parseTextArticle(blank([`${dateline}${story}`, ...orchard.slice(1)])).meta.title).toBe('The cooperative opened its own cider press on Tuesday');
  });

  it('leaves a story that opens with a short upper-case word and a colon in lower case alone', () => {
    expect(stripDateline('NOTE: this paragraph explains the method.')).toBe('NOTE: this paragraph explains the method.');
  });
});
