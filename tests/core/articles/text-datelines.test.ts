import { describe, expect, it } from 'vitest';
import { parseTextArticle, stripDateline } from '../../../functions/core/articles/parse-text-article.js';

/**
 * The wire services' dateline styles, as they reach us in scraped text: the
 * dateline belongs to the story (it stays in the body) but never to the title.
 */
describe('datelines in the wire styles of several agencies and languages', () => {
  const story = 'Firefighters contained the warehouse blaze before dawn on Saturday';
  it.each([
    // Reuters: a city, its state or country, the date, the agency.
    ['TALLAHASSEE, Fla., March 14 (Reuters) - '],
    ['OTTAWA/TORONTO, Oct 2 (Reuters) - '],
    ['Osaka, Japan, Dec. 9 (Kyodo) - '],
    ['WASHINGTON, D.C. — '],
    // South Asian papers and agencies: a colon, or the agency with no dash at all.
    ['LAHORE: '],
    ['KARACHI, Aug 5: '],
    ['Pune, Sep 30 (PTI): '],
    ['Bhopal, Jul 12 (IANS) '],
    // Spanish and French agencies, with a day alone, a spelled-out month or a year.
    ['SEVILLA, 17 (EUROPA PRESS) - '],
    ['Montevideo, 8 de julio (EFE).- '],
    ['LYON, 21 septembre 2026 (AFP) - '],
    // German regional papers open with the city and a full stop.
    ['Leipzig. '],
    // Russian wires: signed, slashed, or Interfax's own form.
    ['НОВОСИБИРСК, 14 мар — РИА Новости. '],
    ['Казань. 2 апреля. INTERFAX.RU - '],
    // Arabic, with the Arabic comma and Arabic-Indic digits.
    ['عمّان، ١٤ مارس (رويترز) - '],
  ])('does not put %j in the title', (dateline) => {
    const article = parseTextArticle(`${dateline}${story}. Crews stayed on site through the morning.\n\nThe owners said the stock was insured.`);
    expect(article.meta.title).toBe(story);
    expect(article.paragraphs[0]).toContain(dateline.trim());
  });

  it.each([
    ['Mr. Okafor told the council the plan was late.'],
    ['Gov. Ramos signed the bill into law on Monday.'],
    ['Sept. 11 changed how the airport screens bags.'],
    ['NASA engineers fixed the antenna on Friday.'],
  ])('leaves an opening that is not a dateline alone: %j', (opening) => {
    expect(stripDateline(opening)).toBe(opening);
  });
});
