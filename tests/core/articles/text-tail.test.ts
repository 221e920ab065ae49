import { describe, expect, it } from 'vitest';
import { parseTextArticle } from '../../../functions/core/articles/parse-text-article.js';

/**
 * What points elsewhere and what trails the story: teasers for other stories (cut however the template cuts them),
 * the buttons under them, the headings over them, "see also" inserts and notes about the author. Each rule rests on a
 * class (a shape, a position, a repetition inside the page) and each has a guard for the story's own lines of that shape.
 */

const harbour = [
  'The harbour authority opened the rebuilt east pier on Monday, two years after a winter storm tore away most of its deck.',
  'Fishing crews that had moored at the neighbouring village returned with their boats before dawn to claim their old berths.',
  'Engineers raised the new deck by almost a metre and anchored it to piles driven twice as deep as the old ones.',
  'The authority said the pier should now withstand a storm of the kind the coast sees once in a hundred years.',
];
const blank = (lines: readonly string[]) => lines.join('\n\n');

describe('teasers cut at a word count with two dots', () => {
  it.each([
    [
      'English',
      ['More from the coast', 'Ferry timetable changes for the winter', 'Passengers travelling to the islands will see fewer crossings from..', 'Lifeboat crew honoured for night rescue', 'Three volunteers were recognised for bringing a stranded yacht…'],
    ],
    ['German', ['Neue Fährzeiten für den Winter', 'Wer auf die Inseln reisen will, muss sich ab November auf weniger..', 'Seenotretter für Einsatz geehrt', 'Drei Freiwillige wurden ausgezeichnet, nachdem sie in der Nacht...']],
    ['Russian', ['Паром будет ходить реже', 'С ноября пассажиры, которые едут на острова, смогут..', 'Спасателей наградили за ночную операцию', 'Трое добровольцев получили награды за то, что […]']],
  ])('removes a run of %s teasers after the story, whatever their ellipsis', (_, tail) => {
    expect(parseTextArticle(blank([...harbour, ...tail])).paragraphs).toEqual(harbour);
  });

  it('keeps the story’s last sentence closed by a stray second dot when no teaser sits near it', () => {
    const last = 'Crews expect the catch landed at the pier to double by next summer..';
    expect(parseTextArticle(blank([...harbour, last])).paragraphs).toEqual([...harbour, last]);
  });

  it('keeps a heading and the story’s closing paragraph that ends on two dots', () => {
    const closing = ['What comes next for the pier', 'The authority will decide in spring whether to extend the deck by another forty metres..'];
    expect(parseTextArticle(blank([...harbour, ...closing])).paragraphs).toEqual([...harbour, ...closing]);
  });
});

describe('notes about the author after the story', () => {
  it.each([
    ['a name with a capital inside it', 'Ewan MacArthur is the Gazette’s northern affairs editor.'],
    ['an Irish name', 'Siobhan O’Donoghue is a business correspondent based in Galway.'],
    ['a French name with a particle', 'Hélène DuPont est correspondante à Marseille.'],
  ])('removes a note opening with %s', (_, note) => {
    expect(parseTextArticle(blank([...harbour, note])).paragraphs).toEqual(harbour);
  });

  it.each([
    ['English', 'Rosa Lindqvist is a senior reporter covering transport and the coast.', 'Already a member? Sign in to read on.'],
    ['German', 'Lukas Brenner ist Redakteur im Ressort Wirtschaft.', 'Schon Mitglied? Dann hier anmelden.'],
    ['Serbian', 'Milica Jovanović je novinarka i prati ekonomiju.', 'Već imate nalog? Prijavite se ovde.'],
  ])('removes an %s note with the page’s short sentence under it', (_, note, notice) => {
    expect(parseTextArticle(blank([...harbour, note, notice])).paragraphs).toEqual(harbour);
  });

  it('keeps the story’s closing lines of results that name people', () => {
    const results = [
      'Harbour Rowing Club veteran Ann Pike finished second in the single sculls.',
      'Port Ellen’s Duncan McTavish won the coastal sprint by a length.',
    ];
    expect(parseTextArticle(blank([...harbour, ...results])).paragraphs).toEqual([...harbour, ...results]);
  });
});

describe('"Label: headline" inserts next to a line that introduces a list', () => {
  const intro = 'The authority listed what the new pier offers:';
  const items = ['- Forty berths for working boats', '- A covered fish market', '- A lifeboat slipway'];
  it.each([
    ['English, under the introducing line', 'Earlier coverage: Lighthouse Keeper Retires From Rock Station', 'under'],
    ['French, over the introducing line', 'À relire : La tempête a fermé la route côtière', 'over'],
    ['Serbian, over the introducing line', 'Možda vas zanima: Oluja zatvorila obalski put na nedelju dana', 'over'],
  ])('removes one in %s', (_, insert, where) => {
    // Under the introducing line, the story's next paragraph is what the line introduces; over it, its list.
    const [lines, kept] = where === 'under' ? [[intro, insert], [intro]] : [[insert, intro, ...items], [intro, ...items]];
    const text = blank([...harbour.slice(0, 2), ...lines, ...harbour.slice(2)]);
    expect(parseTextArticle(text).paragraphs).toEqual([...harbour.slice(0, 2), ...kept, ...harbour.slice(2)]);
  });

  it('keeps the story’s labelled line that shares its words with the paragraphs around it', () => {
    const line = 'Next phase: a second pier for the ferry';
    const after = 'The ferry company has asked for the second pier to be ready before the summer crossings start next year.';
    const text = blank([...harbour.slice(0, 2), intro, line, after, ...harbour.slice(2)]);
    expect(parseTextArticle(text).paragraphs).toEqual([...harbour.slice(0, 2), intro, line, after, ...harbour.slice(2)]);
  });
});

describe('a teaser’s link the page repeats, however it is worded', () => {
  it.each([
    ['English', ['Ferry timetable changes for winter', 'Passengers to the islands will see fewer crossings from November…', 'Tap for the whole story', 'Lifeboat crew honoured', 'Three volunteers were recognised for a night rescue off the point…', 'Tap for the whole story']],
    ['French', ['Les horaires du bac changent', 'Les passagers vers les îles verront moins de traversées dès…', 'Voir l’article entier', 'Des sauveteurs honorés', 'Trois bénévoles ont été distingués pour un sauvetage de nuit…', 'Voir l’article entier']],
    ['Spanish, with a short cut', ['Cambia el horario del ferri', 'El ayuntamiento dice que...', 'Ver nota completa', 'Homenaje a los rescatistas', 'Tres voluntarios fueron premiados por un rescate nocturno…', 'Ver nota completa']],
  ])('removes %s teasers and their repeated link', (_, tail) => {
    expect(parseTextArticle(blank([...harbour, ...tail])).paragraphs).toEqual(harbour);
  });

  it('keeps the story’s repeated headings over its own paragraphs', () => {
    const review = [
      harbour[0] as string,
      'Harbour Café',
      'Good value',
      'A bowl of chowder and bread costs less than anywhere else on the front, and the portions are generous.',
      'Quayside Grill',
      'Good value',
      'The set lunch is the best deal in town, though the dining room fills up quickly after noon.',
    ];
    expect(parseTextArticle(blank(review)).paragraphs).toEqual(review);
  });

  it('keeps a signature the story repeats under a message that trails off', () => {
    const thread = [
      harbour[0] as string,
      'The berths are ready but the lights on the end of the pier are still not working...',
      'Tom Reilly',
      'The electrician came this morning, and the lights at the end of the pier now work again as they should.',
      'Tom Reilly',
    ];
    // The signature under the trailing message is no teaser's link (the message itself is judged as a cut elsewhere).
    expect(parseTextArticle(blank(thread)).paragraphs).toContain('Tom Reilly');
  });
});
