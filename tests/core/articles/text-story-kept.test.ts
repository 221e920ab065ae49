import { describe, expect, it } from 'vitest';
import { parseTextArticle } from '../../../functions/core/articles/parse-text-article.js';

/**
 * Story text that looks like page furniture by its shape and must stay: the story's own closing list (items with
 * their links, a list under "Dates:" with a photo inside it), the story's last paragraph cut short by a paywall. Each
 * case also has the furniture that really follows such a story, which must still go.
 */

const market = [
  'The covered market on Mill Street reopened on Saturday after an eighteen-month renovation that replaced the leaking glass roof and the old stalls.',
  'Traders who moved to a car park during the works said footfall had halved, and several of them have asked the council for a rent holiday this spring.',
  'The council says the renovation came in under budget, and it plans to spend what is left on lighting and a new entrance from the bus station.',
];
const blank = (lines: readonly string[]) => lines.join('\n\n');

describe('a story’s closing list of items and their links', () => {
  const items = [
    '1) Hand-thrown stoneware mug from the Thursday pottery stall',
    'https://bit.ly/3mUgA1x',
    '2) Smoked cheese board from the dairy counter',
    'https://bit.ly/3cHeEsE',
    '3) A season ticket for the Saturday food hall',
    'https://bit.ly/3fOoDh4',
    '4) Walnut bread from the bakery at the north gate',
    'https://bit.ly/3bReAd9',
    '5) Linen aprons printed by the market’s textile co-op',
    'https://bit.ly/3lInEn5',
  ];

  it('keeps every item and its link, and drops the share line and the teaser after them', () => {
    const text = blank([
      ...market,
      ...items,
      'Share via Email | Share on Facebook',
      'Ferry timetable changes from Monday',
      'The island service will run two fewer crossings on weekdays while one of the boats is…',
    ]);
    expect(parseTextArticle(text).paragraphs).toEqual([...market, ...items]);
  });
});

describe('a list under a line ending in a colon, with a photo placed inside it', () => {
  it.each([
    [
      'English',
      'Opening hours this month:',
      ['Monday to Thursday from eight until six', 'Friday late opening until nine', 'Saturday from seven until five', 'Sunday closed for cleaning'],
      'Traders set up their stalls under the new roof. Photo: Ana Ribeiro/Reuters',
    ],
    [
      'German',
      'Die Termine im Überblick:',
      ['Erster Lauf am Stadtpark', 'Zweiter Lauf an der Uferpromenade', 'Dritter Lauf rund um den Marktplatz', 'Finale im Stadion am Wall'],
      'Läufer am Start des ersten Laufs. Foto: dpa/Jens Weber',
    ],
  ])('keeps the %s items after the photo', (_, intro, list, caption) => {
    const text = blank([...market, intro, list[0] as string, list[1] as string, caption, ...list.slice(2)]);
    const { paragraphs, captions } = parseTextArticle(text);
    expect(paragraphs).toEqual([...market, intro, ...list]);
    expect(captions).toEqual([caption]);
  });
});

describe('the story’s last paragraph cut short by a paywall', () => {
  const cut =
    'The market’s manager said the first weekend had gone better than hoped. Still, two of the original traders have not come back, and the council is asking whether the rent it set for…';

  it('keeps the cut paragraph that goes on from the story', () => {
    expect(parseTextArticle(blank([...market, cut])).paragraphs).toEqual([...market, cut]);
  });

  it('keeps it one line per paragraph', () => {
    expect(parseTextArticle([...market, cut].join('\n')).paragraphs).toEqual([...market, cut]);
  });

  it('still drops a teaser’s cut under its own headline after the story', () => {
    const text = blank([...market, 'Bus lane plans shelved after protest', 'Residents of the estate gathered outside the depot on Tuesday to object to the plan, which would…']);
    expect(parseTextArticle(text).paragraphs).toEqual(market);
  });

  it('still drops a one-sentence cut right after the story', () => {
    expect(parseTextArticle(blank([...market, 'Residents of the estate gathered outside the depot on Tuesday to object to the plan, which would…'])).paragraphs).toEqual(market);
  });
});

describe('posts the story quotes, with their attributions', () => {
  const ferry = [
    'The ferry operator cancelled every crossing to the island on Friday after a second engine failure in a week, stranding hundreds of weekend visitors.',
    'Islanders took to social media to complain, and the harbour trust’s chair, Morag Lindsay, said the operator had ignored months of warnings.',
    'The operator says its relief vessel, the Island Clipper, will sail from Oban on Monday, and it has promised refunds for every cancelled ticket.',
  ];

  it.each([
    ['whose author the story names', 'Another week, another broken ferry. Our patience has run out.', '— Morag Lindsay (@moraglindsay) March 6, 2026'],
    ['that speaks of what the story names', 'Still no sign of the Island Clipper at Oban this morning https://t.co/Fx8kQ2', '— Ewan Ross (@ewanross) March 6, 2026'],
  ])('keeps a post %s', (_, post, attribution) => {
    const text = blank([ferry[0] as string, ferry[1] as string, post, attribution, ferry[2] as string]);
    expect(parseTextArticle(text).paragraphs).toEqual([ferry[0], ferry[1], post, attribution, ferry[2]]);
  });

  it('keeps the attribution of a quoted post at the story’s end', () => {
    const attribution = '— Morag Lindsay (@moraglindsay) March 6, 2026';
    const text = blank([...ferry, 'Another week, another broken ferry. Our patience has run out.', attribution, 'Share this story']);
    expect(parseTextArticle(text).paragraphs).toEqual([...ferry, 'Another week, another broken ferry. Our patience has run out.', attribution]);
  });

  it.each([
    ['English', 'Queues out the door at the bakery this morning, worth it though', '— Nadia Perez (@nadiabakes) March 6, 2026'],
    ['German', 'Stau auf der A7 Richtung Norden, bitte umfahren', '— Verkehrsinfo Nord (@verkehr_nord) 6. März 2026'],
  ])('still drops an %s post about something else', (_, post, attribution) => {
    const text = blank([ferry[0] as string, ferry[1] as string, post, attribution, ferry[2] as string]);
    expect(parseTextArticle(text).paragraphs).toEqual(ferry);
  });

  it('does not take the page’s own line above a quoted post’s attribution for the post', () => {
    const attribution = '— Morag Lindsay (@moraglindsay) March 6, 2026';
    const text = blank([ferry[0] as string, ferry[1] as string, 'Follow us on Instagram', attribution, ferry[2] as string]);
    expect(parseTextArticle(text).paragraphs).toEqual([ferry[0], ferry[1], attribution, ferry[2]]);
  });
});

describe('a story’s "Label: heading" over the section it heads', () => {
  it.each([
    [
      'English',
      [
        'Three coastal towns trialled different ways of paying for flood defences last year, and the results were published on Tuesday.',
        'Harwick: a levy on holiday lets pays for the sea wall',
        'In Harwick the council charged owners of holiday lets a small levy, and the money went straight into repairing the sea wall along the promenade.',
        'Portlow: volunteers and a crowdfunded barrier',
        'Portlow relied on volunteers and a crowdfunded barrier, which held during the January storm although the volunteers say they are exhausted.',
      ],
      'Read next: Why rail fares are rising again this spring',
    ],
    [
      'German',
      [
        'Drei Bäckereien in der Altstadt haben im Winter ihre Öfen umgestellt, und die Stadtwerke haben nun die Zahlen vorgelegt.',
        'Energiebilanz: Was die neuen Öfen wirklich sparen',
        'Die neuen Öfen sparen nach Angaben der Stadtwerke rund ein Drittel der Energie, vor allem weil die Wärme der Backstuben zurückgewonnen wird.',
        'Kosten: Wer die Umstellung bezahlt hat',
        'Die Umstellung haben die Bäckereien zur Hälfte selbst bezahlt, den Rest übernahm ein Förderprogramm des Landes für Handwerksbetriebe.',
      ],
      'Auch interessant: Neue Radwege entlang der Uferpromenade geplant',
    ],
    [
      'Serbian',
      [
        'Gradska biblioteka u Novom Sadu produžila je radno vreme čitaonice tokom ispitnog roka, a studenti su odmah popunili sva mesta.',
        'Čitaonica: produženo radno vreme do ponoći',
        'Čitaonica će do kraja februara raditi do ponoći, a biblioteka je za vikend obezbedila dodatna mesta u sali za predavanja.',
        'Studenti: mesta se popune za nekoliko minuta',
        'Studenti kažu da se sva mesta popune za nekoliko minuta posle otvaranja, pa mnogi dolaze i pola sata ranije.',
      ],
      'Pročitajte i ovo: Počinje sezona radova na gradskim mostovima',
    ],
  ])('keeps the %s headings and still drops the insert that speaks of something else', (_, story, insert) => {
    const closing = market[2] as string;
    // The insert sits between two of the story's paragraphs, away from the headings.
    const text = blank([...story, insert, closing]);
    expect(parseTextArticle(text).paragraphs).toEqual([...story, closing]);
  });
});

describe('a table whose rows open with an upper-case cell', () => {
  it.each([
    ['English', ['Licence | Issuer | Fee | Length', 'HGV | DVSA | £115 | 2 days', 'PCV | DVSA | £115 | 2 days', 'ADR | SQA | £390 to £520 | 5 days']],
    ['French', ['Permis | Organisme | Prix | Durée', 'CACES | AFPA | 450 € | 3 jours', 'FIMO | AFTRAL | 1 200 € à 1 500 € | 4 semaines', 'BSR | ECF | 60 € | 8 heures']],
  ])('keeps every %s row under the story, and still drops the insert after it', (_, rows) => {
    const text = blank([market[0] as string, market[1] as string, ...rows, 'MORE: Bus drivers vote on a new pay offer', market[2] as string]);
    expect(parseTextArticle(text).paragraphs).toEqual([market[0], market[1], ...rows, market[2]]);
  });
});

describe('a story in one script around the site’s furniture in another, one line per paragraph', () => {
  it.each([
    [
      'Arabic',
      [
        'افتتح مجلس المدينة جسرا جديدا للمشاة فوق النهر بعد عامين من الأعمال، ويربط الجسر السوق القديم بمحطة الحافلات.',
        'وقال رئيس المجلس إن الجسر سيخفف الازدحام على الطريق الرئيسي، وإن الإنارة تعمل بالطاقة الشمسية.',
        'ويتوقع المجلس أن يعبر الجسر نحو خمسة آلاف شخص يوميا خلال الصيف.',
      ],
    ],
    [
      'Serbian Cyrillic',
      [
        'Градско веће отворило је нови пешачки мост преко реке после две године радова, а мост повезује стару пијацу са аутобуском станицом.',
        'Председник већа каже да ће мост растеретити главни пут, а расвета ради на соларну енергију.',
        'Веће очекује да ће мостом током лета дневно прелазити око пет хиљада људи.',
      ],
    ],
  ])('keeps each %s paragraph next to an English placeholder and sign-up form, which go', (_, story) => {
    const text = [
      story[0],
      'Instagram post',
      'This post cannot be shown in your browser',
      story[1],
      'Morning Digest',
      'Get the day’s stories straight to your inbox',
      'Your email address',
      'Subscribe now',
      story[2],
    ].join('\n');
    expect(parseTextArticle(text).paragraphs).toEqual(story);
  });
});

describe('a hard-wrapped story in a script without case after a line of the site’s in another script', () => {
  it('starts a new paragraph where the script changes, so the story’s paragraph is not lost with the placeholder', () => {
    const story = [
      'افتتح مجلس المدينة جسرا جديدا للمشاة فوق النهر بعد عامين من الأعمال، ويربط الجسر السوق القديم بمحطة الحافلات في وسط المدينة.',
      'وقال رئيس المجلس إن الجسر سيخفف الازدحام على الطريق الرئيسي، وإن الإنارة تعمل بالطاقة الشمسية، وسيفتح أمام الدراجات في الربيع.',
    ];
    const wrap = (line: string) => line.replace(/(.{1,60})(?: |$)/gu, '$1\n').trim().split('\n');
    const text = [...wrap(story[0] as string), 'Instagram post', 'This post cannot be shown in your browser', ...wrap(story[1] as string)].join('\n');
    expect(parseTextArticle(text).paragraphs).toEqual(story);
  });
});
