import { describe, expect, it } from 'vitest';
import { parseTextArticle } from '../../../functions/core/articles/parse-text-article.js';

/**
 * Classes of page furniture, each worded here as a site nobody has studied would word it: a page's controls (a verb
 * and what it acts on, a pager, a consent button), the player's and the site's notices at the page's edges, a
 * pointer before another story's headline, a post signed in words, an author's note about someone the story never
 * named, a picture-trade word as the credit, and the place or label in front of the story's first sentence. Each
 * class has a guard for the story's own lines of the same shape.
 */

const harbour = [
  'The old harbour wall gave way during Tuesday night’s storm, leaving three fishing boats stranded on the mud at low tide.',
  'Engineers from the port authority spent Wednesday morning surveying the breach and said the repair would take most of the winter.',
  'Local skippers, who had warned about cracks in the wall for years, met the mayor on Wednesday afternoon to ask for temporary moorings.',
  'The council has promised a decision on emergency funding before the end of the month, and the harbour master expects it to be approved.',
];
const blank = (lines: readonly string[]) => lines.join('\n\n');
const between = (lines: readonly string[]) => blank([harbour[0] as string, harbour[1] as string, ...lines, ...harbour.slice(2)]);
const story = (lines: readonly string[]) => [harbour[0] as string, harbour[1] as string, ...lines, ...harbour.slice(2)];

describe('a page’s controls left between paragraphs', () => {
  it.each([
    ['a button acting on an embedded post', 'Skip the Instagram post'],
    ['a loading placeholder', 'Loading post…'],
    ['a caption toggle in lower case', 'show caption'],
    ['an image button', 'Expand photo'],
    ['a German caption control', 'Bildunterschrift ausblenden'],
    ['a Serbian control', 'Prikaži fotografiju'],
    ['a French control', 'Afficher la légende'],
    ['a gallery pager', 'Next ›'],
    ['a Spanish pager', 'Anterior'],
    ['a Russian pager', 'Следующая'],
    ['a consent button', 'Agree and continue'],
    ['a German consent button', 'Alle akzeptieren'],
  ])('removes %s', (_, line) => {
    expect(parseTextArticle(between([line])).paragraphs).toEqual(harbour);
  });

  it.each([
    ['a heading that opens with a verb', 'Close calls on the quay'],
    ['a heading that starts like a pager', 'Next steps for the harbour'],
    ['a heading that starts like a consent button', 'Allow more time for repairs'],
  ])('keeps %s', (_, line) => {
    expect(parseTextArticle(blank(story([line]))).paragraphs).toEqual(story([line]));
  });
});

describe('the player’s and the site’s notices', () => {
  it.each([
    ['an audio note at the top', 'This audio version was produced with a synthetic voice.'],
    ['a German audio note', 'Hören Sie diesen Artikel: Die Audiofassung wird automatisch erstellt.'],
    ['a French consent request without the word cookie', 'En poursuivant, vous acceptez que nos partenaires traitent vos données de navigation.'],
    ['a Spanish one', 'Al pulsar «Aceptar», usted acepta que nuestros socios usen sus datos.'],
  ])('removes %s above the story and takes the title from the story', (_, line) => {
    const parsed = parseTextArticle(blank([line, ...harbour]));
    expect(parsed.paragraphs).toEqual(harbour);
    expect(parsed.meta.title).toBe('The old harbour wall gave way during Tuesday night’s storm');
  });

  it.each([
    ['an English reproduction notice', 'No part of this page may be republished without written permission.'],
    ['a German one', 'Nachdruck nur mit Genehmigung der Redaktion.'],
    ['a Serbian one', 'Zabranjeno je reprodukovanje teksta bez dozvole redakcije.'],
    ['a Russian one', 'Перепечатка материалов запрещена без согласия редакции.'],
  ])('removes %s at the end', (_, line) => {
    expect(parseTextArticle(blank([...harbour, line])).paragraphs).toEqual(harbour);
  });

  it('removes a player’s error about the reader’s browser between paragraphs', () => {
    const line = 'Playback failed. Enable JavaScript or update your browser to watch this clip.';
    expect(parseTextArticle(between([line])).paragraphs).toEqual(harbour);
  });

  it('keeps the story’s own sentence about audio, consent and copying', () => {
    const lines = [
      'This audio recording, made by a skipper on the night, captures the moment the wall collapsed into the channel.',
      'Fishermen said they would not accept the council’s terms unless their data on catches was kept private by our partners at the co-operative.',
      'The port authority reproduced the original plans from 1890 without changing the design of the wall.',
    ];
    expect(parseTextArticle(blank([...harbour, ...lines])).paragraphs).toEqual([...harbour, ...lines]);
  });
});

describe('inserts pointing at other stories', () => {
  it.each([
    ['a triangle pointer', '▶ Ferry timetable changes for the winter months'],
    ['an arrow pointer', '➤ What the storm means for the fishing season?'],
    ['a small triangle', '▸ Council approves new car park by the marina'],
    ['a long label in the site’s voice', 'Not to be missed today: Lifeboat crew rescues two kayakers off the point'],
  ])('removes %s', (_, line) => {
    expect(parseTextArticle(between([line])).paragraphs).toEqual(harbour);
  });

  it.each([
    ['a run of arrowed items', ['→ New pontoons: ready by March', '→ Wall repair: ready by December', '→ Dredging: ready next spring']],
    ['a long label over the story’s own subject', ['What the skippers want now: Temporary moorings inside the harbour wall']],
  ])('keeps %s', (_, lines) => {
    expect(parseTextArticle(blank(story(lines))).paragraphs).toEqual(story(lines));
  });
});

describe('a social post signed in words', () => {
  it('removes the post and its signature inside the story', () => {
    const lines = ['Waves right over the promenade tonight, stay away from the seafront', 'Shared by Tom Ellery on Tuesday, 3 March 2026'];
    expect(parseTextArticle(between(lines)).paragraphs).toEqual(harbour);
  });
});

describe('an author’s note about someone the story never named', () => {
  it.each([
    ['an English note', 'Priya Raman writes about coastal towns and their economies.'],
    ['a Spanish note', 'Lucía Ferrer escribe sobre puertos y pesca desde 2019.'],
    ['a note with its heading', 'Meet the writer\n\nOwen Hartley teaches marine engineering at a technical college.'],
  ])('removes %s at the end, past the tail’s lines', (_, note) => {
    expect(parseTextArticle(blank([...harbour, note, 'Print this page'])).paragraphs).toEqual(harbour);
  });

  it('keeps a closing paragraph about someone the story has named', () => {
    const lines = [...harbour.slice(0, 3), 'Skipper Dan Marsh, who has fished from the harbour for forty years, said the wall had been neglected.', 'Dan Marsh says he will keep his boat at a neighbouring port until the work is done.'];
    expect(parseTextArticle(blank(lines)).paragraphs).toEqual(lines);
  });
});

describe('a credit given by a word of the picture trade', () => {
  it.each([
    ['a bracketed word', 'A fishing boat lies on the mud after the storm. (Handout)'],
    ['a set-off archive word', 'Boats moored inside the old harbour wall | Archive'],
    ['an Arabic source credit', 'قوارب الصيد عالقة في الوحل بعد العاصفة | المصدر: رويترز'],
    ['a Russian still from a video', 'Рыбацкие лодки на мели после шторма Кадр из видеосъёмки'],
    ['the Japanese press’s form', '嵐の後に干潟に取り残された漁船＝佐藤一郎撮影'],
  ])('keeps %s as a caption', (_, caption) => {
    const parsed = parseTextArticle(between([caption]));
    expect(parsed.paragraphs).toEqual(harbour);
    expect(parsed.captions).toEqual([caption]);
  });
});

describe('the title past a place or a label in front of the story', () => {
  it.each([
    ['a place and a colon', 'Falmouth: The old harbour wall gave way during Tuesday night’s storm, leaving three fishing boats stranded.'],
    ['a place and a dash', 'Penzance – The old harbour wall gave way during Tuesday night’s storm, leaving three fishing boats stranded.'],
    ['a place, a date and a slashed agency', 'Brest, 3 mars /Ouest/ – The old harbour wall gave way during Tuesday night’s storm, leaving three fishing boats stranded.'],
    ['a label', 'Breaking News: The old harbour wall gave way during Tuesday night’s storm, leaving three fishing boats stranded.'],
  ])('takes the story’s first clause after %s', (_, opening) => {
    expect(parseTextArticle(blank([opening, ...harbour.slice(1)])).meta.title).toBe('The old harbour wall gave way during Tuesday night’s storm');
  });

  it('keeps the story’s own opening words before a dash', () => {
    const opening = 'The result – a wall that no longer protects the boats – has angered skippers who warned about it for years.';
    expect(parseTextArticle(blank([opening, ...harbour.slice(1)])).meta.title).toMatch(/^The result/u);
  });
});

describe('more of the page’s classes between paragraphs', () => {
  it.each([
    ['topic links under a label', 'Filed in: Coastal towns · Fishing · Storms'],
    ['a follow line naming several platforms', 'Follow the Harbour Gazette on TikTok, Threads and YouTube'],
    ['a sign-up form’s small print', 'By registering you agree to our terms and to the processing of your data as set out in our policy.'],
    ['a Serbian Cyrillic sponsor label', 'Спонзорисани садржај'],
    ['a French advertisement label', 'Annonce'],
  ])('removes %s', (_, line) => {
    expect(parseTextArticle(between([line])).paragraphs).toEqual(harbour);
  });

  it('removes a teaser cut inside a quote it never opened', () => {
    const lines = ['Ferry crews threaten strike', 'Crews on the island ferries voted on Monday to stop work next week unless the operator restores the night shift allowance that…»'];
    expect(parseTextArticle(between(lines)).paragraphs).toEqual(harbour);
  });

  it.each([
    ['a heading naming two platforms', ['Instagram and Facebook', 'Both networks carried the skippers’ videos of the breach, which were watched more than a million times by Thursday.']],
    ['a quote the story opened and cut', ['What did the engineers find?', 'The survey found the wall’s core had been washed out, and—said the report—“the remaining stones could move at any moment, with or without…”']],
  ])('keeps %s', (_, lines) => {
    expect(parseTextArticle(blank(story(lines))).paragraphs).toEqual(story(lines));
  });

  it('removes an author’s note whose name carries an apostrophe', () => {
    expect(parseTextArticle(blank([...harbour, 'Siobhan O’Brien reports on fisheries for several regional papers.'])).paragraphs).toEqual(harbour);
  });
});
