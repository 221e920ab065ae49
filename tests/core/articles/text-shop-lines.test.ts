import { describe, expect, it } from 'vitest';
import { parseTextArticle } from '../../../functions/core/articles/parse-text-article.js';
import { priceAmount } from '../../../functions/core/articles/text/currency-words.js';

/**
 * Shop, price, offer and sponsor lines dropped between a story's paragraphs, worded as sites we have not seen would
 * word them: an amount in any currency's notation and script, a discount, a shop's button, an affiliate disclosure, a
 * priced subscription offer, a sponsor's credit. Each class has its guard: the story's own prices, lists, headings
 * and sentences about shops stay.
 */

const harbour = [
  'The old harbour wall gave way during the night, and by morning the tide had carried half of the fish market’s stalls into the bay.',
  'Fishermen who had tied up along the wall spent the day pulling crates, nets and a refrigerated van out of the shallow water.',
  'The port authority said it would take at least a month to rebuild the wall, and that the market would move to the car park until then.',
  'By evening volunteers had cleared most of the quay, and the first boats were unloading their catch at a temporary jetty.',
];
const blank = (lines: readonly string[]) => lines.join('\n\n');
const single = (lines: readonly string[]) => lines.join('\n');
const story = (lines: readonly string[]) => [harbour[0] as string, harbour[1] as string, ...lines, ...harbour.slice(2)];
const between = (lines: readonly string[]) => blank(story(lines));

describe('amounts of money in any notation', () => {
  it.each([
    ['a rand price with cents', 'R12.49'],
    ['Australian dollars', 'A$39'],
    ['a Polish price after the figure', '79 zł'],
    ['a Czech price with a space in the thousands', '1 290 Kč'],
    ['a Serbian Cyrillic price in dinars', '2.490 дин.'],
    ['a Bosnian price in marks', '45 KM'],
    ['an Albanian price in lekë', '1 800 Lekë'],
    ['a price in Arabic-Indic digits', '٣٥ دينارا'],
    ['a price in UAE dirhams', '120 د.إ.'],
    ['a yen price', '2,980円'],
    ['a code before the figure', 'CHF 59.90'],
  ])('reads %s', (_, text) => {
    expect(priceAmount().test(text)).toBe(true);
  });

  it.each([
    ['a quarter', 'Q3 2026 results'],
    ['a racing class', 'F1 qualifying'],
    ['a distance', 'a 5 km walk'],
    ['a page reference', 'стр. 12'],
    ['a heading with a number', 'TOP 10 harbours'],
    ['a slogan', 'The 3Rs of recycling'],
    ['a droid', 'R2-D2'],
  ])('does not read %s as a price', (_, text) => {
    expect(priceAmount().test(text)).toBe(false);
  });

  it('stays linear on a long run of digits and separators', () => {
    const hostile = `${'9,'.repeat(20_000)}x ${'7'.repeat(20_000)}`;
    const started = performance.now();
    priceAmount().test(hostile);
    // A generous bound: a quadratic pattern takes seconds on this input.
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('price and deal lines between paragraphs', () => {
  it.each([
    'Was R1,299.00, now R999',
    'Now only A$59',
    'Sonderpreis: 49,90 € statt 69,90 €',
    'Cijena: 3.490 KM',
    'Цена: 1 990 дин.',
    'Çmimi: 2 400 lekë',
    'السعر: ٣٥ دينارا',
  ])('removes %j', (line) => {
    expect(parseTextArticle(between([line])).paragraphs).toEqual(harbour);
  });

  it.each(['Save 40%', '-35 %', 'Rabatt 25 %', 'Popust 30%', 'Скидка 15%', 'خصم 20%'])('removes the discount %j', (line) => {
    expect(parseTextArticle(between([line])).paragraphs).toEqual(harbour);
  });

  it.each(['See the deal', 'Grab this offer', 'Zum Angebot', 'Voir le prix', 'Ver oferta', 'Pogledaj ponudu', 'Купить сейчас', 'Bli tani', 'اطلب الآن'])(
    'removes the shop button %j',
    (line) => {
      expect(parseTextArticle(between([line])).paragraphs).toEqual(harbour);
    },
  );

  it('removes a price line in a file with one line per paragraph', () => {
    expect(parseTextArticle(single(story(['Was R1,299.00, now R999']))).paragraphs).toEqual(harbour);
  });

  it('keeps the story’s list of prices, each under its own label', () => {
    const lines = ['Cod: R89 a kilo', 'Hake: R65 a kilo', 'Mussels: R40 a bag'];
    expect(parseTextArticle(between(lines)).paragraphs).toEqual(story(lines));
  });

  it('keeps a product list whose every item has its own shop button', () => {
    const lines = [
      'The best waders for the winter season keep the cold water out for a full day on the quay.',
      'See it now: Harbour Outfitters',
      'A lighter pair for the summer months is cheaper, and dries within the hour after a wet morning.',
      'See it now: Quayside Supply',
    ];
    expect(parseTextArticle(between(lines)).paragraphs).toEqual(story(lines));
  });

  it('keeps a numbered heading and a bulleted item that read like a shop’s words', () => {
    const lines = ['3. Compare prices before you buy', '- 2 pound anchor for small boats'];
    expect(parseTextArticle(between(lines)).paragraphs).toEqual(story(lines));
  });

  it('keeps the story’s sentences that name prices and percentages', () => {
    const lines = [
      'A crate of hake sold for R650 on Friday, down 20% on the week before, and traders expect prices to fall further.',
      '“We lost about €12,000 worth of gear in one night,” said one skipper.',
    ];
    expect(parseTextArticle(between(lines)).paragraphs).toEqual(story(lines));
  });
});

describe('affiliate disclosures', () => {
  it.each([
    'This page contains affiliate links: if you buy through them, we may receive a small fee.',
    'Wir erhalten eine Provision, wenn Sie über diese Links kaufen.',
    'Nous percevons une commission si vous achetez via nos liens.',
    '*Affiliate-Link',
  ])('removes %j between two of the story’s paragraphs', (line) => {
    expect(parseTextArticle(between([line])).paragraphs).toEqual(harbour);
  });

  it('keeps a story’s sentence about affiliate schemes, and its heading', () => {
    const lines = [
      'Affiliate schemes',
      'The harbour’s tackle shop earns a commission when visitors buy boat trips through links on the tourist board’s site, its owner said.',
    ];
    expect(parseTextArticle(between(lines)).paragraphs).toEqual(story(lines));
  });
});

describe('priced subscription offers', () => {
  it.each([
    'Back local reporting. Subscribe now for only £1 a week.',
    'Get unlimited access from R3.50 a month',
    'Suscríbete y lee sin límites por 2,99 € al mes.',
    'Abonnez-vous pour 1 € le premier mois.',
  ])('removes %j', (line) => {
    expect(parseTextArticle(between([line])).paragraphs).toEqual(harbour);
  });

  it('keeps a story’s sentence reporting a subscription price', () => {
    const line = 'The harbour newsletter, which the authority launched last year, now charges subscribers £2 a month for its tide tables.';
    expect(parseTextArticle(between([line])).paragraphs).toEqual(story([line]));
  });
});

describe('sponsor credits and ad slots', () => {
  it.each([
    ['a credit whose logo was an image', 'Presented by'],
    ['a German one', 'Präsentiert von'],
    ['a French one naming the sponsor', 'Présenté par Banque Maritime'],
    ['a Spanish one naming the sponsor', 'Contenido patrocinado ofrecido por Naviera Sur'],
    ['an ad slot still loading', 'Advertisement loading…'],
    ['a French advertorial label', 'Publireportage'],
    ['a recommendation widget’s label', 'Sponsored links by Taboola'],
    ['a paid placement whose neighbours happen to say “content”', 'Content from our partners'],
  ])('removes %s', (_, line) => {
    expect(parseTextArticle(between([line])).paragraphs).toEqual(harbour);
  });

  it('keeps a section heading in title case that reads like a credit', () => {
    const lines = ['Built by Hand', 'The new jetty was built by hand by four carpenters from the boatyard, who used oak from the old pier.'];
    expect(parseTextArticle(between(lines)).paragraphs).toEqual(story(lines));
  });

  it('keeps the story’s list of credits filled in with other names', () => {
    const lines = ['Salt and Sea, a cookbook', 'Published by Tidewater', 'The Harbour Year, a memoir', 'Published by Gullwing'];
    expect(parseTextArticle(between(lines)).paragraphs).toEqual(story(lines));
  });
});

describe('the site’s app, channel and paywall lines', () => {
  it.each([
    ['an app named after the site', 'Download the Harbour Herald app for live tide alerts'],
    ['a French one', 'Téléchargez l’application Le Quai pour ne rien manquer'],
    ['a Serbian Cyrillic one', 'Преузмите апликацију Лучки лист'],
    ['a channel on a messaging platform', 'Join our WhatsApp channel for the day’s catch prices'],
    ['a Serbian Latin one', 'Pridružite se našoj Viber zajednici'],
    ['a Russian one without a verb', 'Главные новости порта — в нашем Telegram-канале'],
    ['a German paywall cut', 'Jetzt weiterlesen mit Hafenblatt Plus'],
    ['a French one', 'La suite de cet article est réservée à nos abonnés.'],
    ['a German sign-in with its verb split', 'Schon Abonnent? Dann loggen Sie sich hier ein.'],
  ])('removes %s', (_, line) => {
    expect(parseTextArticle(between([line])).paragraphs).toEqual(harbour);
  });

  it('keeps a story’s sentence about a channel on a messaging platform', () => {
    const line = 'The harbour master posts the day’s tide warnings on a Telegram channel that more than four thousand fishermen now follow.';
    expect(parseTextArticle(between([line])).paragraphs).toEqual(story([line]));
  });
});

describe('lines cut by bars that are not a table', () => {
  it('removes a tags line standing between two share bars, however many bars each has', () => {
    const lines = ['Facebook | X | Email', 'Topics: Harbours | Fishing | Weather', 'Facebook | X | Email'];
    expect(parseTextArticle(between(lines)).paragraphs).toEqual(harbour);
  });

  it('keeps the story’s table, rows of figures cut by bars', () => {
    const lines = ['Boat | Catch (kg) | Crew', 'Marlin | 420 | 4', 'Sea Swift | 380 | 3'];
    expect(parseTextArticle(between(lines)).paragraphs).toEqual(story(lines));
  });
});
