import { describe, expect, it } from 'vitest';
import { loadArticles } from '../../../functions/core/articles/load-articles.js';
import { parseTextArticle, parseTextDay } from '../../../functions/core/articles/parse-text-article.js';
import { detectLayout, splitUnits } from '../../../functions/core/articles/text/layout.js';
import { stripTextMarkup } from '../../../functions/core/articles/text/markup.js';
import { isTimestamp } from '../../../functions/core/articles/text/unit-shapes.js';
import { MemoryStore } from '../../../functions/core/memory-store.js';

const harbour = [
  'The port authority opened a second container terminal on Tuesday, doubling the number of ships that can unload at the same time.',
  'The terminal took four years to build and cost about 310 million euros, most of it borrowed from the European Investment Bank.',
  'Dock workers had warned that automation would cost jobs, but the authority said every current post would be kept until at least 2030.',
  'Shipping lines expect waiting times outside the harbour to fall from three days to less than one by the spring.',
];
const blank = (lines: readonly string[]) => lines.join('\n\n');

describe('titles come from the story, never from the page around it', () => {
  it.each([
    ['a byline in capitals', 'By LI WEI and JANE DOE'],
    ['a timestamp', 'March 20, 2026 10:23 pm'],
    ['a cookie notice', 'We use cookies to give you the best experience on our site. By continuing you agree to our cookie policy.'],
    ['a byline and date on one line', 'By Marcus Bell | Updated November 3, 2026'],
    ['a Serbian date', 'Objavljeno: 20. mart 2026. 22:23'],
    ['a Russian date', '20 марта 2026, 22:23'],
    ['a German date', '20. März 2026, 22:23 Uhr'],
  ])('skips %s at the top', (_, furniture) => {
    const article = parseTextArticle(blank([furniture, ...harbour]));
    expect(article.meta.title).toBe('The port authority opened a second container terminal on Tuesday');
    expect(article.paragraphs).toEqual(harbour);
  });

  it.each([
    ['Tel Aviv, Israel (Reuters) — ', 'Gaming used to be so simple'],
    ['CAIRO, Nov. 3 (AP) — ', 'Egypt reopened the Rafah crossing for aid trucks on Monday'],
    ['Berlin (dpa) - ', 'Die Bahn hat den neuen Fahrplan vorgestellt'],
    ['DUBAI, United Arab Emirates — ', 'The airline finalised a deal for thirty new jets'],
    ['(Reuters) — ', 'The attorney general is investigating the company'],
    ['МОСКВА, 3 ноября — РИА Новости. ', 'Городские власти открыли новый мост через реку'],
  ])('leaves the dateline %j out of the title', (dateline, headline) => {
    const article = parseTextArticle(`${dateline}${headline}. More details followed in the afternoon statement.\n\n${harbour[1]}`);
    expect(article.meta.title).toBe(headline);
    expect(article.paragraphs[0]).toMatch(new RegExp(`^${dateline.replace(/[().]/g, '\\$&')}`));
  });

  it('does not end the first sentence at an abbreviation', () => {
    const article = parseTextArticle(blank(['U.S. officials said on Friday that the talks would resume next week in Geneva.', harbour[1] as string]));
    expect(article.meta.title).toBe('U.S. officials said on Friday that the talks would resume next week in Geneva');
  });
});

describe('captions in their common credit forms', () => {
  it.each([
    'Rescue workers search the rubble in Antakya on Tuesday. (AP Photo/Hussein Malla)',
    'Image credit: Ana Costa/Reuters',
    'The new terminal seen from the water. Photograph: Tom Hardcastle/AFP',
    'Cranes at the container terminal | Photo: Port Authority',
    'Грађани испред зграде општине. Фото: Танјуг',
    'Участники акции у здания администрации (Фото: ТАСС)',
    'Kräne am neuen Terminal (Bild: dpa)',
  ])('keeps %j as a caption, out of the body', (caption) => {
    const article = parseTextArticle(blank([harbour[0] as string, caption, ...harbour.slice(1)]));
    expect(article.captions).toEqual([caption]);
    expect(article.paragraphs).toEqual(harbour);
  });
});

describe('related-article teasers', () => {
  it.each(['…', '...', ' […]', ' [...]'])('removes a teaser cut with %j, with its headline', (ellipsis) => {
    const article = parseTextArticle(
      blank([...harbour, 'Why Are Rents Rising So Fast?', `Tenants in the old town have seen their rents double in five years, and the council now says that${ellipsis}`]),
    );
    expect(article.paragraphs).toEqual(harbour);
  });

  it.each(['Storm Leaves Thousands Without Power!', 'Five Things To Know About The Election (Updated)', 'What the new tariffs mean for farmers?'])(
    'removes the teaser headline %j under a "Related" heading',
    (headline) => {
      const article = parseTextArticle(blank([...harbour, 'Related', headline, 'Council approves the new budget']));
      expect(article.paragraphs).toEqual(harbour);
    },
  );
});

describe('furniture in the newsroom languages', () => {
  it.each([
    ['Russian read-more', ['Читать далее']],
    ['a Russian teaser', ['Дума приняла новый бюджет', 'Депутаты заседали до поздней ночи, чтобы утвердить бюджет, и после споров согласовали план, который…', 'Читать далее']],
    ['Japanese read-more', ['続きを読む']],
    ['Serbian comment form', ['Ostavite komentar', 'Vaša adresa e-pošte neće biti objavljena.', 'Pošalji komentar']],
    ['Serbian Cyrillic share and subscribe lines', ['Поделите на Фејсбуку', 'Претплатите се на наш билтен']],
    ['German comment form', ['Kommentar schreiben', 'Ihre E-Mail-Adresse wird nicht veröffentlicht.']],
    ['Albanian read-also insert', ['Lexo edhe: Kuvendi miraton buxhetin e ri']],
    ['Arabic share line', ['شارك على فيسبوك']],
  ])('removes %s', (_, furniture) => {
    const article = parseTextArticle(blank([...harbour, ...furniture]));
    expect(article.paragraphs).toEqual(harbour);
  });
});

describe('layouts', () => {
  const furnished = ['Home > World > Europe', 'By Jane Doe', harbour[0], 'Advertisement', ...harbour.slice(1), 'Share this article', 'Tags: ports, shipping'];

  it('reads one paragraph per line, and removes the furniture lines between them', () => {
    const text = furnished.join('\n');
    expect(detectLayout(text)).toBe('line-per-paragraph');
    expect(parseTextArticle(text).paragraphs).toEqual(harbour);
  });

  const wrap = (line: string) => line.replace(/(.{1,64})(?:\s|$)/g, '$1\n').trim();

  it('rejoins text hard-wrapped at a fixed width with blank lines between paragraphs', () => {
    const text = (furnished as string[]).map(wrap).join('\n\n');
    expect(detectLayout(text)).toBe('hard-wrapped');
    expect(parseTextArticle(text).paragraphs).toEqual(harbour);
  });

  it('rejoins hard-wrapped text with no blank lines, removing the furniture lines', () => {
    const text = (furnished as string[]).map(wrap).join('\n');
    expect(detectLayout(text)).toBe('hard-wrapped');
    // A paragraph whose last line is nearly full cannot be told from one that goes on; the words are all there.
    expect(parseTextArticle(text).paragraphs.join(' ')).toBe(harbour.join(' '));
  });

  it('ends a teaser at its ellipsis in hard-wrapped text with no blank lines, so the next headline goes too', () => {
    const teasers = [
      'Why Are Rents Rising So Fast?',
      // Its last line is full: only the ellipsis says the next line is another story's headline.
      'Tenants in the old town have seen their rents double in five years, and the council now says that it will step in with [...]',
      'Storm Leaves Thousands Without Power',
      'Engineers worked through the night to restore the lines after the storm brought down pylons across […]',
    ];
    const text = [...harbour, ...teasers].map(wrap).join('\n');
    expect(parseTextArticle(text).paragraphs.join(' ')).toBe(harbour.join(' '));
  });

  it('joins a line broken mid-sentence that goes on in lower case', () => {
    expect(splitUnits('The terminal took four years\nto build and cost a lot.\nDock workers had warned.')).toEqual([
      'The terminal took four years to build and cost a lot.',
      'Dock workers had warned.',
    ]);
  });
});

describe('content that looks like furniture', () => {
  it('keeps the rows of a table and the items of a list after the last paragraph', () => {
    const table = ['Rank | Port | Containers', '1 | Rotterdam | 13.4 million', '2 | Antwerp | 12.0 million'];
    const list = ['Key changes include:', '- a second container terminal', '- night shifts for customs officers'];
    expect(parseTextArticle(blank([...harbour, ...table, ...list])).paragraphs).toEqual([...harbour, ...table, ...list]);
  });
});

describe('markup-like text', () => {
  it('keeps angle brackets used as title punctuation', () => {
    const text = 'The drama <The Palace: Tale of Jang Noksu> and the film <Title> were both praised, while <b>bold</b> markup and <a href="https://x.example">links</a> go.';
    expect(stripTextMarkup(text)).toBe('The drama <The Palace: Tale of Jang Noksu> and the film <Title> were both praised, while bold markup and links go.');
  });
});

describe('timestamps from the runtime calendar data', () => {
  it.each(['Posted on Friday, 3 November 2026', 'vor 3 Stunden', 'il y a 3 heures', 'пре 3 сата', '3 часа назад', 'Publicado el 3 de noviembre de 2026', '3 nëntor 2026, 10:05'])(
    'recognises %j',
    (line) => expect(isTimestamp(line)).toBe(true),
  );

  it.each(['The storm hit the coast on March 20 with winds of 150 km/h.', 'Second paragraph.', 'Doors open to the public', 'Year founded: 2017'])('leaves prose alone: %j', (line) =>
    expect(isTimestamp(line)).toBe(false),
  );
});

describe('boilerplate found by repetition across the day', () => {
  const stories = [
    harbour,
    [
      'The regional government approved a new night bus network on Wednesday after months of complaints from shift workers.',
      'Eleven lines will run between midnight and five in the morning, linking the hospital, the airport and the industrial zone.',
      'Unions welcomed the decision but asked for more frequent services on the busiest routes.',
    ],
    [
      'A library in the old town will stay open until midnight during the exam season, the university announced on Monday.',
      'Students had petitioned for longer hours after the reading rooms filled up by nine every morning.',
      'The trial runs for six weeks and will be extended if enough students use the late hours.',
    ],
  ];
  // Unseen by any phrase list: only its recurrence gives it away.
  const banner = 'Tonight at the Grand Hall: jazz with the Harbour Quartet';
  const files = stories.map((story, i) => ({ file: `${i}.txt`, text: blank([story[0] as string, banner, ...story.slice(1)]) }));

  it('removes a line that recurs in several of the day’s articles', () => {
    const day = parseTextDay(files);
    stories.forEach((story, i) => expect((day.get(`${i}.txt`) as { paragraphs: string[] }).paragraphs).toEqual(story));
  });

  it('keeps it when the repetition signal is switched off', () => {
    const day = parseTextDay(files, { repetition: false });
    expect((day.get('0.txt') as { paragraphs: string[] }).paragraphs).toContain(banner);
  });

  it('leaves a repeated story whole, for duplicate detection to handle', () => {
    const day = parseTextDay([
      { file: 'a.txt', text: blank(harbour) },
      { file: 'b.txt', text: blank(harbour) },
    ]);
    expect((day.get('a.txt') as { paragraphs: string[] }).paragraphs).toEqual(harbour);
  });

  it('is applied by the day loader to .txt files', async () => {
    const store = new MemoryStore();
    for (const { file, text } of files) await store.put(`articles/2026-11-26/${file}`, text);
    const { included } = await loadArticles(store, 'articles/2026-11-26/');
    expect(included).toHaveLength(3);
    for (const article of included) expect(article.paragraphs).not.toContain(banner);
  });
});

describe('captions credited in more of their forms', () => {
  it.each([
    'Volunteers sort donated coats at the community centre. Photo courtesy of Maria Lopez',
    'The old lighthouse keeper’s cottage before the restoration (Courtesy of the Harbour Trust)',
    'Fishing boats moored in the bay / Fotografi: Arben Hoxha',
    'Новый мост через реку в первый день работы (Фотография: Алексей Кузнецов)',
    'Ein Regionalzug im Hauptbahnhof Symbolbild: dpa',
    'Firefighters work through the night near the motorway. Photo AFP',
    '新しく開業した駅の改札口（提供：共同通信）',
    '市中心新建的图书馆（资料图）',
  ])('keeps %j as a caption, out of the body', (caption) => {
    const article = parseTextArticle(blank([harbour[0] as string, caption, ...harbour.slice(1)]));
    expect(article.captions).toEqual([caption]);
    expect(article.paragraphs).toEqual(harbour);
  });
});

describe('what galleries, embedded posts and ad slots leave between paragraphs', () => {
  it.each([
    ['a gallery counter', ['Bild 4 von 15']],
    ['a Russian gallery counter', ['4 из 15']],
    ['a gallery control', ['View all 8 photos']],
    ['an embedded post with its attribution', ['Queues at the ferry terminal stretched past the car park this morning #harbour', '— Port Watch (@portwatch) March 3, 2026']],
    ['a tweet’s bare picture link', ['The new cranes arrived overnight. pic.twitter.com/Qm3x81Lp']],
    ['an Instagram embed', ['Pogledajte ovu objavu na Instagramu']],
    ['an ad slot saying the story goes on', ['Story continues below']],
    ['a Russian ad slot', ['Продолжение ниже']],
    ['a paid slot', ['Paid post']],
  ])('removes %s', (_, lines) => {
    const article = parseTextArticle(blank([harbour[0] as string, harbour[1] as string, ...lines, ...harbour.slice(2)]));
    expect(article.paragraphs).toEqual(harbour);
  });
});

describe('sign-up boxes, found by their e-mail field', () => {
  it.each([
    ['English', ['The Evening Wrap', 'Everything that happened today, in one email at six.', 'Your email address', 'Count me in', 'You can unsubscribe at any time. See our privacy notice.']],
    ['German', ['Der Abend-Newsletter', 'Alles Wichtige des Tages, jeden Abend um sechs.', 'E-Mail-Adresse eingeben', 'Anmelden']],
  ])('removes an %s box between paragraphs, with its heading, pitch, button and small print', (_, box) => {
    const article = parseTextArticle(blank([harbour[0] as string, harbour[1] as string, ...box, ...harbour.slice(2)]));
    expect(article.paragraphs).toEqual(harbour);
  });

  it('removes the box even when its field recurs across the day and is known as furniture already', () => {
    const box = ['The Evening Wrap', 'Everything that happened today, in one email at six.', 'Your email address', 'Count me in'];
    const other = [
      'The regional government approved a new night bus network on Wednesday after months of complaints from shift workers.',
      'Eleven lines will run between midnight and five in the morning, linking the hospital, the airport and the industrial zone.',
    ];
    const day = parseTextDay([
      { file: 'a.txt', text: blank([...harbour, ...box]) },
      { file: 'b.txt', text: blank([...other, 'Your email address', 'Count me in']) },
    ]);
    expect((day.get('a.txt') as { paragraphs: string[] }).paragraphs).toEqual(harbour);
  });
});

describe('inserts between the story’s paragraphs', () => {
  it.each(['Catch up: Ferry Strike Enters Its Third Week', 'Hintergrund: Wie der Hafen zum Containerriesen wurde', 'Explainer → Why shipping rates doubled', '£35 at John Lewis'])(
    'removes %j',
    (insert) => {
      const article = parseTextArticle(blank([harbour[0] as string, harbour[1] as string, insert, ...harbour.slice(2)]));
      expect(article.paragraphs).toEqual(harbour);
    },
  );

  it.each(['Continue reading the main story', 'Weiterlesen unter der Anzeige'])('removes the lone line %j saying the story goes on', (marker) => {
    const article = parseTextArticle(blank([harbour[0] as string, harbour[1] as string, marker, ...harbour.slice(2)]));
    expect(article.paragraphs).toEqual(harbour);
  });

  it('keeps the story’s own list of labelled lines and prices', () => {
    const list = ['Starter setup for $500', 'Key focus: versatility and portability', 'Price: $299', 'Price: $150'];
    const text = blank([harbour[0] as string, harbour[1] as string, ...list, ...harbour.slice(2)]);
    expect(parseTextArticle(text).paragraphs).toEqual([harbour[0], harbour[1], ...list, ...harbour.slice(2)]);
  });
});

describe('the end of the story', () => {
  it.each([
    ['English', 'Marcus Bell covers transport for the Daily Courier. Reach him at mbell@example.com.'],
    ['Serbian', 'Jelena Ilić je novinarka portala Novi Glas i piše o saobraćaju.'],
    ['German', 'Katrin Weiß ist Korrespondentin der Zeitung in Hamburg.'],
    ['labelled', 'About the author: Priya Raman has reported on ports and shipping since 2015.'],
  ])('removes an %s author’s note after the last paragraph, and the lines after it', (_, note) => {
    const article = parseTextArticle(blank([...harbour, note, 'Share this article', 'Most popular']));
    expect(article.paragraphs).toEqual(harbour);
  });

  it('removes short notices once the page’s furniture has begun after the story', () => {
    const article = parseTextArticle(blank([...harbour, 'Share this article', 'Comments are closed.', 'Reproduction interdite sans autorisation.']));
    expect(article.paragraphs).toEqual(harbour);
  });

  it('keeps a short closing sentence when no furniture comes before it', () => {
    const article = parseTextArticle(blank([...harbour, 'The terminal opens to visitors on Sunday.', 'Share this article']));
    expect(article.paragraphs).toEqual([...harbour, 'The terminal opens to visitors on Sunday.']);
  });

  it('keeps a data series and a list of links inside the story, though each line alone would be furniture', () => {
    const series = ['1/1/2024 +13.1%', '2/1/2024 +12.4%', '3/1/2024 +11.9%', '4/1/2024 +12.5%'];
    const links = ['http://amzn.to/2iJFhRj', 'http://amzn.to/2hZfWFJ', 'http://amzn.to/2hWw372', 'http://amzn.to/2hWEIX7'];
    const text = blank([harbour[0] as string, ...series, harbour[1] as string, ...links, ...harbour.slice(2)]);
    expect(parseTextArticle(text).paragraphs).toEqual([harbour[0], ...series, harbour[1], ...links, ...harbour.slice(2)]);
  });

  it('keeps a list of like-shaped lines after the last paragraph (a tour’s dates)', () => {
    const dates = ['June 9 -- Ahoy Arena at the Old Harbour, Rotterdam, NL', 'June 12 -- Lotto Arena by the Waterfront, Antwerp, BE', 'June 14 -- Barclays Arena at the Port, Hamburg, DE'];
    expect(parseTextArticle(blank([...harbour, ...dates, 'Share this article'])).paragraphs).toEqual([...harbour, ...dates]);
  });
});

describe('layouts and datelines in more scripts', () => {
  const arabic = [
    'أعلنت هيئة الموانئ يوم الأحد افتتاح رصيف جديد في ميناء العقبة، بعد عامين من أعمال التوسعة التي هدفت إلى استقبال سفن الحاويات الكبيرة.',
    'وقال مدير الهيئة إن الرصيف الجديد سيرفع القدرة الاستيعابية للميناء بنحو الثلث، وسيقلص مدة انتظار السفن في عرض البحر.',
  ];

  it('rejoins Arabic text hard-wrapped at a fixed width', () => {
    const wrap = (line: string) => line.replace(/(.{1,60})(?:\s|$)/g, '$1\n').trim();
    expect(parseTextArticle(arabic.map(wrap).join('\n\n')).paragraphs).toEqual(arabic);
  });

  it('does not join a byline to the story in hard-wrapped text, however full its line', () => {
    const wrap = (line: string) => line.replace(/(.{1,52})(?:\s|$)/g, '$1\n').trim();
    const text = ['With reporting from Tom Hardcastle in Rotterdam', ...harbour].map(wrap).join('\n');
    expect(parseTextArticle(text).meta.title).toBe('The port authority opened a second container terminal on Tuesday');
  });

  it.each([
    ['Beirut (AFP) - ', arabic[0] as string],
    ['PRAHA, 17. 9. (ČTK) — ', 'Vláda schválila nový plán výstavby dálnic. Stavba má začít příští rok.'],
  ])('leaves the dateline %j out of the title', (dateline, story) => {
    const article = parseTextArticle(blank([`${dateline}${story}`, harbour[1] as string]));
    expect(article.meta.title?.startsWith(dateline.trim().slice(0, 4))).toBe(false);
    expect(article.paragraphs[0]).toBe(`${dateline}${story}`);
  });

  it('does not take a numbered list item for a timestamp', () => {
    expect(isTimestamp('4. Make time for physical activity')).toBe(false);
    expect(isTimestamp('3. November 2026, 10:05')).toBe(true);
  });
});

describe('hostile lines for the new shape tests', () => {
  // Each would cost quadratic time in an unbounded search (a contact, a price, a bare link retried at every start).
  it.each([
    ['one very long word in an author’s note', `Jane Doe writes ${'x'.repeat(200_000)} daily`],
    ['a very long number before a currency', `${'9'.repeat(200_000)} €`],
    ['a very long dotted host', `See ${'a.'.repeat(100_000)}com/x`],
  ])('reads %s as text, without stalling', (_, line) => {
    const article = parseTextArticle(blank([...harbour, line]));
    expect(article.paragraphs.slice(0, 4)).toEqual(harbour);
  });
});

describe('pitches, placeholders and shop buttons between paragraphs', () => {
  const between = (lines: readonly string[]) => blank([harbour[0] as string, harbour[1] as string, ...lines, ...harbour.slice(2)]);

  it.each([
    ['an English pitch for the newsroom', 'Enjoying our harbour coverage? Support local journalism with a membership'],
    ['an alerts pitch', 'Get breaking news from the port straight to your phone'],
    ['a Serbian pitch', 'Podržite nezavisno novinarstvo – postanite član'],
    ['a French pitch', 'Recevez l’essentiel de l’actualité chaque matin'],
    ['a German pitch', 'Werden Sie Mitglied und lesen Sie alle Nachrichten'],
    ['a Spanish paid-content label', 'Contenido patrocinado por la naviera'],
    ['a Serbian paid-content label', 'Plaćeni sadržaj'],
    ['an Arabic paid-content label', 'محتوى مدفوع'],
    ['an ad slot asking the reader to scroll past it', 'Scroll down to continue reading'],
  ])('removes %s', (_, line) => {
    expect(parseTextArticle(between([line])).paragraphs).toEqual(harbour);
  });

  it.each([
    ['a German consent-gated embed', ['Externer Inhalt', 'Hier steht ein Video von YouTube, das erst nach Ihrer Zustimmung geladen wird.']],
    ['a French one', ['Ce contenu est proposé par Instagram.']],
    ['a Serbian one', ['Spoljni sadržaj']],
  ])('removes %s', (_, lines) => {
    expect(parseTextArticle(between(lines)).paragraphs).toEqual(harbour);
  });

  it.each(['See the price at Currys', 'Jetzt kaufen bei Otto'])('removes the shop button %j', (line) => {
    expect(parseTextArticle(between([line])).paragraphs).toEqual(harbour);
  });

  it('removes the wire’s upper-case label naming the site another story runs on', () => {
    expect(parseTextArticle(between(['MORE FROM Harbour Weekly 2: Who Will Pay for the Dredging?'])).paragraphs).toEqual(harbour);
  });

  it.each([
    'Dock workers joined the protest, and news of the strike spread along the coast within hours.',
    'The authority posted a video of the first ship on YouTube, and the content was shared thousands of times.',
    'External contractors will run the cranes until the authority has trained its own staff.',
    'Buy-in from the unions was the hardest part, the director said.',
  ])('keeps the story’s sentence %j, which shares words with those', (sentence) => {
    const story = [harbour[0] as string, harbour[1] as string, sentence, ...harbour.slice(2)];
    expect(parseTextArticle(blank(story)).paragraphs).toEqual(story);
  });
});

describe('the story’s own short lines at its edges', () => {
  it('keeps a list without bullets that a line ending in a colon introduces after the last paragraph', () => {
    const list = ['What the new terminal offers:', 'Two berths for the largest container ships', 'Eight electric cranes', 'A rail spur to the freight yard', 'Shore power for ships at berth'];
    const story = [...harbour, ...list];
    expect(parseTextArticle(blank([...story, 'Share this article', 'Follow us on Facebook']))).toMatchObject({ paragraphs: story });
  });

  it('still removes the short lines after the story when no colon introduces them', () => {
    const tail = ['Two berths for the largest container ships', 'Eight electric cranes'];
    expect(parseTextArticle(blank([...harbour, ...tail])).paragraphs).toEqual(harbour);
  });

  it('does not take a question that opens with "Comments" for the comment form', () => {
    const post = [
      'I have rewritten the console path detection so that it survives a reboot of the machine without losing the serial settings.',
      'It works on both of my machines and on the one that Bill lent me, but the graphics path is still a guess at this point.',
      'Comments, ideas, improvements?',
      'The manual page could be more verbose, but I think it is a decent start and it follows the other ports closely enough.',
      'Clear to commit, or should I wait until the graphics console resolution problem is solved as well?',
    ];
    expect(parseTextArticle(blank(post)).paragraphs).toEqual(post);
  });
});

describe('the story’s own lists of dated lines and links', () => {
  it('keeps a season calendar whose lines read as a date, some of them ending in a place name', () => {
    const calendar = [
      'Round 1: 14 March – Interlagos',
      'Round 2: 11 April – Curitiba / Alternative track',
      'Round 3: 25 April – to be announced',
      'Round 4: 9 May – Londrina',
      'Round 5: 6 June – to be announced',
    ];
    const story = [harbour[0] as string, ...calendar, harbour[1] as string];
    expect(parseTextArticle(blank(story)).paragraphs).toEqual(story);
  });

  it('keeps a list of products, each followed by its shop link', () => {
    const picks = ['Harbour crane model kit', 'http://amzn.to/3xQ1abc', 'Lighthouse night light', 'http://amzn.to/3xQ2def', 'Tide clock', 'http://amzn.to/3xQ3ghi', 'Rope knot book', 'http://amzn.to/3xQ4jkl'];
    const story = [harbour[0] as string, harbour[1] as string, ...picks, harbour[2] as string];
    expect(parseTextArticle(blank(story)).paragraphs).toEqual(story);
  });

  it('still removes a byline and a date at the top', () => {
    expect(parseTextArticle(blank(['By Marcus Bell', 'March 3, 2026', ...harbour])).paragraphs).toEqual(harbour);
  });
});

describe('the story’s lists whose items only sometimes read as furniture', () => {
  it('keeps a tour’s dates, though the shorter ones alone read as a date and the longer ones do not', () => {
    const dates = [
      'June 9 -- Ahoy, Rotterdam, NL',
      'June 12 -- Lotto Arena at the Waterfront Exhibition Grounds (formerly Sportpaleis Annex), Antwerp, BE',
      'June 14 -- Barclays Arena, Hamburg, DE',
      'June 17 -- Royal Arena at the Harbour Culture Quarter (Amager Strand Pavilion), Copenhagen, DK',
      'June 19 -- Spektrum, Oslo, NO',
    ];
    const story = [harbour[0] as string, harbour[1] as string, ...dates, harbour[2] as string];
    expect(parseTextArticle(blank(story)).paragraphs).toEqual(story);
  });

  it('removes the wire’s "ALSO ON" insert whose headline is in sentence case', () => {
    const text = blank([harbour[0] as string, harbour[1] as string, 'ALSO ON Harbour Weekly: Ten years on, the dock museum reopens', ...harbour.slice(2)]);
    expect(parseTextArticle(text).paragraphs).toEqual(harbour);
  });
});

describe('a site’s template filled in again across the day', () => {
  const stories = [
    harbour,
    [
      'The regional government approved a new night bus network on Wednesday after months of complaints from shift workers.',
      'Eleven lines will run between midnight and five in the morning, linking the hospital, the airport and the industrial zone.',
      'Drivers’ unions welcomed the plan but said the region would need to hire at least forty more drivers before the winter.',
    ],
    [
      'A heatwave pushed temperatures past forty degrees across the south of the country for the fourth day running on Sunday.',
      'Hospitals reported a rise in admissions among older patients, and several towns opened cooled public buildings overnight.',
      'Forecasters expect a break in the weather by Thursday, when storms are likely to bring heavy rain to the coast.',
    ],
  ];
  const inserts = ['Tonight on Harbour Radio with Jane Doe', 'Tonight on Harbour Radio with Marcus Bell', 'Tonight on Harbour Radio with Priya Raman'];
  const bylines = ['Reporting desk of Jane Doe', 'Reporting desk of Marcus Bell', 'Reporting desk of Priya Raman'];
  const day = (withInserts: boolean) =>
    stories.map((story, i) => ({
      file: `${i}.txt`,
      text: blank([bylines[i] as string, story[0] as string, ...(withInserts ? [inserts[i] as string] : []), ...story.slice(1)]),
    }));

  it('removes a line whose words without the names recur in three of the day’s articles', () => {
    const out = parseTextDay(day(true));
    stories.forEach((story, i) => expect((out.get(`${i}.txt`) as { paragraphs: string[] }).paragraphs).toEqual(story));
  });

  it('keeps it when the repetition signal is switched off', () => {
    const out = parseTextDay(day(true), { repetition: false });
    expect((out.get('0.txt') as { paragraphs: string[] }).paragraphs).toContain(inserts[0]);
  });

  it('keeps a list whose items share a label, though the label recurs across the day', () => {
    const steps = [
      ['Book a slot online', 'Bring the booking code', 'Drive to gate four'],
      ['Check the night timetable', 'Wait at a lit stop', 'Show your shift pass'],
      ['Find the cooled hall', 'Bring water', 'Rest until the evening'],
    ];
    const stepsOf = (i: number) => (steps[i] ?? []).map((step, n) => `Step ${n + 1}: ${step}`);
    const files = stories.map((story, i) => ({ file: `${i}.txt`, text: blank([story[0] as string, ...stepsOf(i), ...story.slice(1)]) }));
    const out = parseTextDay(files);
    stories.forEach((story, i) => expect((out.get(`${i}.txt`) as { paragraphs: string[] }).paragraphs).toEqual([story[0], ...stepsOf(i), ...story.slice(1)]));
  });
});
