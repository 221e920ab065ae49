import { describe, expect, it } from 'vitest';
import { parseTextArticle } from '../../../functions/core/articles/parse-text-article.js';

/**
 * Product boxes and sign-up forms set between a story's paragraphs, worded as sites we have not seen would word them.
 * Only one line of such a box says what it is (a price, a cart button, a newsletter pitch); its other lines (the
 * product's name, the second price, the button, the heading) go with it because they share its run of short lines.
 * The story's own subheadings, lists, price lists and deals roundups stay.
 */

const quarry = [
  'The quarry above the village closed in the spring, and the lorries that used to rattle down the main street every ten minutes have gone with it.',
  'Shopkeepers say the quiet has been a mixed blessing: the dust has settled, but so has the trade that came with the drivers stopping for lunch.',
  'The parish council has asked the owners to turn the site into a nature reserve, and a public meeting on the plan is set for the autumn.',
  'Until then the gates stay locked, and the only visitors are the walkers who climb the old haul road to look down into the flooded pit.',
];
const blank = (lines: readonly string[]) => lines.join('\n\n');
const single = (lines: readonly string[]) => lines.join('\n');
const story = (lines: readonly string[]) => [quarry[0] as string, quarry[1] as string, ...lines, ...quarry.slice(2)];
const between = (lines: readonly string[]) => blank(story(lines));

describe('product boxes between paragraphs', () => {
  it.each([
    ['a name, a price in an uncommon currency and a cart button', ['Ridgeline 2 trekking poles', 'KES 4,850 at Marketlane', 'Add to bag']],
    ['a name, the list price and today’s price', ['Solano espresso grinder', 'List price PHP 6,490.00', 'Today PHP 4,990.00 at Casa Kusina']],
    ['a German box', ['Wanderschuh Alpkamm GTX', '129,95 € bei Bergladen', 'In den Warenkorb']],
    ['a Serbian Latin box', ['Termos boca Planinar 1 l', 'Cena: 2.190 din.', 'Dodaj u korpu']],
    ['a Russian box', ['Рюкзак Тайга 30 л', 'Цена: 5 490 ₽', 'В корзину']],
    ['an Arabic box', ['مصباح تخييم قابل للشحن', 'السعر: ٤٥٠ درهم', 'أضف إلى السلة']],
    ['a French box', ['Lampe frontale Lumeo 400', '39,90 € chez Randoshop', 'Ajouter au panier']],
    ['a Serbian Cyrillic button checking the price in a named shop', ['Провери цену у продавници Планинарски Кутак']],
    ['a product named with its price and the price it was', ['Kettle Pro 3 — MYR 289.00 (was MYR 359.00) | Kedai Dapur']],
  ])('removes %s', (_, lines) => {
    expect(parseTextArticle(between(lines)).paragraphs).toEqual(quarry);
  });

  it('removes a box in a file with one line per paragraph', () => {
    expect(parseTextArticle(single(story(['Ridgeline 2 trekking poles', 'KES 4,850 at Marketlane', 'Add to bag']))).paragraphs).toEqual(quarry);
  });

  it('keeps the story’s subheading set right under a box', () => {
    const heading = 'What the walkers found';
    const lines = ['Ridgeline 2 trekking poles', 'KES 4,850 at Marketlane', 'Add to bag', heading];
    expect(parseTextArticle(between(lines)).paragraphs).toEqual(story([heading]));
  });

  it('keeps the story’s subheading over a lone price line, and drops the price', () => {
    const heading = 'Night shift at the weighbridge';
    expect(parseTextArticle(between([heading, 'R1,299 at Marine Depot'])).paragraphs).toEqual(story([heading]));
  });

  it('keeps a deals roundup whose every product has the same box', () => {
    const lines = [
      'Tidewater dry bag',
      '£24 at Quayside Supply',
      'Buy now',
      'A roll-top bag that kept a phone and a sandwich dry through a full afternoon of rain on the haul road.',
      'Fellside flask',
      '£18 at Hillcrest Outdoors',
      'Buy now',
    ];
    expect(parseTextArticle(between(lines)).paragraphs).toEqual(story(lines));
  });

  it('keeps the story’s price list of three items', () => {
    const lines = ['Day ticket £6', 'Season ticket £40', 'Family ticket £15'];
    expect(parseTextArticle(between(lines)).paragraphs).toEqual(story(lines));
  });
});

describe('sign-up forms between paragraphs', () => {
  it.each([
    ['a pitch naming the newsletter and its button', ['Want the valley’s news every Monday? Our free newsletter has it.', 'Count me in']],
    ['a heading, a pitch naming the inbox and a button', ['THE VALLEY POST', 'Weekly planning news and walks, straight to your inbox', 'Subscribe free']],
    ['a German form', ['Der Dorf-Newsletter für Ihr Postfach', 'Kostenlos bestellen']],
    ['a Spanish form', ['Las noticias del valle, cada viernes en tu bandeja de entrada', 'Quiero recibirlo']],
    ['a Serbian Cyrillic form', ['Недељни билтен о долини стиже у ваше сандуче', 'Пријави ме']],
  ])('removes %s', (_, lines) => {
    expect(parseTextArticle(between(lines)).paragraphs).toEqual(quarry);
  });

  it('keeps a story’s line about a newsletter that speaks to no reader', () => {
    const lines = ['How the parish keeps in touch', 'The council sends a printed newsletter to every house twice a year.'];
    expect(parseTextArticle(between(lines)).paragraphs).toEqual(story(lines));
  });

  it('keeps a list introduced by the story, even where an item names a newsletter', () => {
    const lines = ['Tools the parish office uses:', 'Mailbird for our newsletters', 'Tidely for hall bookings'];
    expect(parseTextArticle(between(lines)).paragraphs).toEqual(story(lines));
  });
});

describe('one-sentence subscription pitches', () => {
  it.each([
    'Never miss an issue: subscribe to the Valley Courier.',
    'Unlock every story on the Valley Courier with a digital subscription.',
    'Para seguir con la lectura, suscríbete al Correo del Valle',
    'Bëhu abonent i gazetës sonë sot',
    'Оформите подписку, чтобы не пропустить новости долины',
  ])('removes %j', (line) => {
    expect(parseTextArticle(between([line])).paragraphs).toEqual(quarry);
  });

  it('keeps a story’s sentence reporting that readers subscribed', () => {
    const line = 'More than two thousand residents have subscribed to the quarry owners’ weekly updates since the closure was announced in March.';
    expect(parseTextArticle(between([line])).paragraphs).toEqual(story([line]));
  });

  it('keeps a quoted call to subscribe', () => {
    const line = '“Subscribe to the parish bulletin and you will know as soon as we do,” the clerk told the meeting.';
    expect(parseTextArticle(between([line])).paragraphs).toEqual(story([line]));
  });
});
