import { describe, expect, it } from 'vitest';
import { parseTextArticle, parseTextDay } from '../../../functions/core/articles/parse-text-article.js';

/**
 * What interrupts a story or trails it, worded as sites we have not seen would word it: each rule rests on a class
 * (a placeholder asking for a click, a partnership label, a price naming its shop, a sign-in line), and each has a
 * guard for the story's own lines of the same shape.
 */

const market = [
  'The covered market on the river bank reopened on Saturday after an eighteen-month restoration of its iron roof.',
  'Traders who had moved to tents in the car park returned to their old stalls, some of them run by the same families since the 1950s.',
  'The city paid for most of the work, but a group of stallholders raised the money for the new glass panels themselves.',
  'Footfall on the first weekend was twice what the council had expected, and several bakers sold out before noon.',
];
const blank = (lines: readonly string[]) => lines.join('\n\n');
const between = (lines: readonly string[]) => blank([market[0] as string, market[1] as string, ...lines, ...market.slice(2)]);
const story = (lines: readonly string[]) => [market[0] as string, market[1] as string, ...lines, ...market.slice(2)];

describe('embedded content left between paragraphs', () => {
  it.each([
    ['an English consent placeholder', 'Third-party content is hidden until you accept. Click here to view it.'],
    ['a German one', 'Dieser Inhalt stammt von einem Drittanbieter. Klicken Sie, um ihn anzuzeigen.'],
    ['a Russian one', 'Здесь размещён контент со стороннего сайта. Нажмите, чтобы посмотреть.'],
    ['a Serbian Cyrillic one', 'Садржај је са спољне платформе. Кликните да бисте га видели.'],
    ['a Spanish one', 'Contenido de terceros. Pulsa para verlo.'],
    ['an Arabic one', 'محتوى من طرف ثالث. انقر للمشاهدة.'],
    ['an Albanian one without a button', 'Përmbajtje nga një shërbim i jashtëm.'],
    ['an embed named as such', 'Embedded clip'],
    ['a German embed named as such', 'Eingebetteter Beitrag'],
    ['a Serbian embed named as such', 'Уграђени снимак'],
  ])('removes %s', (_, line) => {
    expect(parseTextArticle(between([line])).paragraphs).toEqual(market);
  });

  it('keeps a sentence of the story about a third party and a click', () => {
    const line = 'One trader said a third party had copied the market’s logo, and that customers who click on the fake site lose money.';
    expect(parseTextArticle(blank(story([line]))).paragraphs).toEqual(story([line]));
  });
});

describe('sponsor and partnership labels between paragraphs', () => {
  it.each([
    'Presented in partnership with Coastline Outfitters',
    'Brought to you by our partners',
    'Партнёрский проект',
    'Contenido en colaboración con una marca',
    'Präsentiert in Zusammenarbeit mit Nordlicht Reisen',
    'U saradnji sa oglašivačem',
    'برعاية شركائنا',
    'La nota continúa después del anuncio',
    '記事は広告の下に続きます',
  ])('removes %j', (line) => {
    expect(parseTextArticle(between([line])).paragraphs).toEqual(market);
  });

  it.each(['Selected for you by our partners', 'Empfohlen von unseren Partnern', 'Promoted content'])('removes %j inside the story’s own list', (line) => {
    const specs = ['Stalls: 140', 'Roof span: 42 m', 'Glass panels: 610', 'Opening year: 1897'];
    const text = blank([market[0] as string, market[1] as string, ...specs.slice(0, 2), line, ...specs.slice(2), ...market.slice(2)]);
    expect(parseTextArticle(text).paragraphs).toEqual([market[0], market[1], ...specs, ...market.slice(2)]);
  });

  it('keeps a list item about partners that is no label', () => {
    const items = ['Stalls: 140', 'Partner farms: 35', 'Glass panels: 610', 'Opening year: 1897'];
    expect(parseTextArticle(blank(story(items))).paragraphs).toEqual(story(items));
  });

  it('keeps the story’s own heading about partners when the paragraphs around it speak of them', () => {
    const lines = [
      'Partners under one roof',
      'Several stallholders have become business partners since the fire, sharing a van, a till and a single licence for their joint stall.',
    ];
    const text = blank([market[0] as string, market[1] as string, ...lines, ...market.slice(2)]);
    expect(parseTextArticle(text).paragraphs).toEqual([market[0], market[1], ...lines, ...market.slice(2)]);
  });
});

describe('"Label — headline" inserts', () => {
  it.each(['Opinion — Who Should Pay for the Harbour Dredging?', 'Explainer – why tariffs hit small ports hardest', 'Interview — Отворен нови мост преко Дунава'])(
    'removes %j, whose headline is about another story',
    (line) => {
      expect(parseTextArticle(between([line])).paragraphs).toEqual(market);
    },
  );

  it.each([
    ['between the items of a bulleted list', ['- Fresh fish on Fridays', '- Cheese from the hill farms', 'Archive: Ferry Fares Rise Again in Spring', '- Flowers at the north door']],
    ['next to a line with a figure', ['Stalls reopened: 140', 'Watch — Council Votes to Close the Old Pier']],
    ['between the rows of a table', ['Stall | Rent | Since', 'Bakery | 400 | 1952', 'Из архиве: Нови трајект плови од пролећа', 'Florist | 250 | 1987', 'Fishmonger | 380 | 1961']],
  ])('removes a labelled headline %s', (_, lines) => {
    const kept = lines.filter((line) => !/Archive|Watch|архиве/u.test(line));
    expect(parseTextArticle(blank(story(lines))).paragraphs).toEqual(story(kept));
  });

  it('keeps a labelled example of code between the story’s lines', () => {
    const lines = ['For instance: run make build.all twice', 'Version: 2.4'];
    expect(parseTextArticle(blank(story(lines))).paragraphs).toEqual(story(lines));
  });

  it('keeps the story’s heading "Name — what it is" that the next paragraph develops', () => {
    const lines = [
      'Roof restoration — what the stallholders paid for',
      'The stallholders paid for the glass of the roof restoration themselves, after a raffle and two years of collections at the door.',
    ];
    expect(parseTextArticle(blank(story(lines))).paragraphs).toEqual(story(lines));
  });
});

describe('another story\'s headline marked as a link', () => {
  it.each([
    ['an arrow before it', '➡ Harbour pilots strike over night shifts'],
    ['a pointing hand', '☞ Rail fares frozen for another year'],
    ['a link symbol', '🔗 Mayor unveils plan for a second tram line'],
    ['a triangle after a label', 'Our pick ▶ Why winter floods keep getting worse'],
    ['guillemets after a Serbian label', 'Издвојено » Нови закон о становању ступа на снагу'],
    ['an arrow after a German label', 'Auch interessant → Neue Brücke über die Elbe eröffnet'],
    ['an Arabic label and its arrow', 'مختارات ◀ ارتفاع أسعار الوقود للمرة الثالثة'],
    ['square brackets around it', '[ Lighthouse keeper retires after forty winters ]'],
    ['CJK brackets around it', '【 Stadium roof to be replaced by spring 】'],
    ['the link\'s note that it opens elsewhere', 'Council tax to rise by five per cent (opens in a new window)'],
    ['a French note that it opens elsewhere', 'Nouveau plan pour les pistes cyclables (s’ouvre dans un nouvel onglet)'],
    ['a German note that the link is external', 'Grenzkontrollen werden verlängert (externer Link)'],
    ['the wire\'s capitals naming a site with a number', 'MORE COVERAGE FROM THE NORTH STAR 2 | Lighthouse keeper retires after forty winters'],
    ['a long label in the site\'s voice', 'Everything you need to know so far: Why the ferry timetable changed'],
    ['a label over a question', 'Also worth your time: Is the four-day school week coming to Wales?'],
    ['a plain hyphen after the label', 'Nuestra selección - Suben otra vez los precios del pan'],
  ])('removes the headline with %s', (_, line) => {
    expect(parseTextArticle(between([line])).paragraphs).toEqual(market);
  });

  it.each([
    ['a list of links marked alike', ['👉 Stall map for the whole market', '👉 Opening hours by season', '👉 Parking near the river bank']],
    ['a route drawn with arrows', ['Quay Street → Market Hall → Cathedral Square → Station']],
    ['a pointed line about the market itself', ['👉 How the market’s iron roof was restored by stallholders']],
    ['a bracketed citation', ['[Council minutes, vol. 3. The market hall, page 41]']],
    ['a short name in brackets', ['[ The Harbour Gazette ]']],
    ['a numbered step', ['Step 3: Fit the new glass panels']],
    ['a clause after a typed hyphen', ['The roof is finished - the stallholders say it still leaks']],
    ['a list of names after a dash', ['Bakeries on the first weekend — Hollis, Marrow Lane, Crumb and Co']],
  ])('keeps %s between the story’s paragraphs', (_, lines) => {
    expect(parseTextArticle(blank(story(lines))).paragraphs).toEqual(story(lines));
  });

  it('keeps a label the story fills in under each numbered item, even next to a removed insert', () => {
    const lines = [
      'Buyers who want the fish delivered can order from the stall’s own site, which lists the catch of the day every morning.',
      'Our pick ▶ Why winter floods keep getting worse',
      'Website: Quayside Fish Company',
      '2. Hill Farm Cheese',
      'The cheese stall sells six kinds of hard cheese made from the milk of one herd, and it ships across the country.',
      'Website: Hill Farm Dairy Shop',
      '3. Harbour Bakery',
      'Both stalls say online orders now make up a third of their takings, more than they had expected when the market reopened.',
    ];
    const kept = lines.filter((line) => !line.startsWith('Our pick'));
    expect(parseTextArticle(blank(story(lines))).paragraphs).toEqual(story(kept));
  });
});

describe('price lines naming the shop', () => {
  it.each(['Deal: £49 from Harrow & Finch, down from £79', 'Jetzt 89 € bei Nordwind statt 129 €', 'Сейчас 4 990 ₽ в Ситилинк', 'اشترِ الآن مقابل 45 دولارا'])(
    'removes %j between paragraphs',
    (line) => {
      expect(parseTextArticle(between([line])).paragraphs).toEqual(market);
    },
  );

  it('removes the shop line even when a labelled line of the story stands next to it', () => {
    const lines = ['Parking: free for traders', 'Now $35 at Keller’s Hardware'];
    expect(parseTextArticle(blank(story(lines))).paragraphs).toEqual(story([lines[0] as string]));
  });

  it('keeps the story’s own price list, every line of which names a seller', () => {
    const lines = ['Sourdough: £4 at Pell’s Bakery', 'Cheddar: £6 at Hill Farm', 'Honey: £8 at Marsh Apiary'];
    expect(parseTextArticle(blank(story(lines))).paragraphs).toEqual(story(lines));
  });

  it('does not read a weight for a price', () => {
    const lines = ['A 2 pound loaf', 'The heaviest loaf on sale weighed two pounds and cost less than a coffee, the baker said with some pride.'];
    expect(parseTextArticle(blank(story(lines))).paragraphs).toEqual(story(lines));
  });
});

describe('sign-in, follow and paywall lines', () => {
  it.each([
    'Have an account already? Sign in',
    'Déjà membre ? Connectez-vous',
    'Schon Abonnent? Hier anmelden',
    'Уже есть подписка? Войдите',
    'Like what you read? Follow our newsroom for more stories',
    'This story is open to all today. Unlock the full archive with a subscription',
  ])('removes %j', (line) => {
    expect(parseTextArticle(between([line])).paragraphs).toEqual(market);
  });

  it('keeps a heading about members signing in', () => {
    const lines = ['How members sign in at the market gate', 'Members of the traders’ association now sign in at the gate with a card instead of a paper list.'];
    expect(parseTextArticle(blank(story(lines))).paragraphs).toEqual(story(lines));
  });
});

describe('an embed’s chrome, whatever the platform and the language', () => {
  it.each([
    ['a player named by its platform', ['Vimeo video player']],
    ['a Spanish post named by its platform and its author', ['Publicación de Instagram de Huerta Viva']],
    ['a French blocked embed and its button', ['Ce contenu intégré est masqué. Afficher le contenu']],
    ['a Serbian blocked embed and its button', ['Sadržaj je blokiran. Prikaži ga']],
    ['a third party’s content waiting for consent', ['Content from a third-party provider (Datawrapper) appears here once you consent']],
    ['the player’s autoplay switch', ['Autoplay: off']],
    ['a French autoplay switch', ['Lecture automatique activée']],
    ['an interactive chart’s label', ['Interactive chart: rainfall by month']],
    ['a German interactive map', ['Interaktive Karte']],
    ['a French interactive map', ['Carte interactive : les vergers du canton']],
    ['a loading player and the line that speaks of it', ['Loading video…', 'If nothing plays, open the video in a new tab.']],
    ['a post’s counters', ['8,312 views · 96 replies']],
    ['a Russian post’s counters', ['Просмотров: 4 018']],
    ['counters named before their figures', ['Reposts 12 Likes 208']],
    ['an unavailable video', ['Video unavailable']],
    ['a German post no longer available', ['Dieser Beitrag ist nicht mehr verfügbar.']],
    ['a Serbian unavailable recording', ['Snimak više nije dostupan']],
    ['the player’s sound switch', ['Sound off']],
    ['a gallery’s swipe hint', ['Swipe for more pictures']],
    ['a button saving the picture', ['Download image']],
    ['a link to the episode on an audio platform', ['Hear the full episode on Spotify']],
    ['an Arabic button opening the post on its platform', ['اعرض هذا المنشور على فيسبوك']],
    ['a post’s text closing on its hashtag, under its loading line', ['Loading post…', 'Stalls open again from Saturday, come early #marketday']],
    ['a gallery’s label in capitals', ['FOTOGRAFIE']],
  ])('removes %s', (_, lines) => {
    expect(parseTextArticle(between(lines)).paragraphs).toEqual(market);
  });

  it.each([
    ['a heading about interactive whiteboards', 'Interactive whiteboards in every stall'],
    ['a sentence about a video, away from any embed', 'Police did not show the video to reporters on Monday.'],
    ['a listed player feature', '- Faster playback speed'],
    ['a table’s swipe hint', 'Swipe sideways to compare every stall'],
    ['a heading counting comments after a label', 'The stallholders’ vote: 45 comments'],
  ])('keeps %s', (_, line) => {
    expect(parseTextArticle(blank(story([line]))).paragraphs).toEqual(story([line]));
  });
});

describe('gallery pagers, counters and buttons', () => {
  it.each([
    '‹ Prev · Next ›',
    'Vorheriges Bild',
    'Image suivante',
    'Tap to zoom',
    'Cliquez pour agrandir',
    'Снимак 4 од 19',
    'Photo no. 4 of 19',
    'Bilder ansehen (14)',
    'Fotoreportage',
    'View all 14 images from the reopening',
    '点击放大',
  ])('removes %j', (line) => {
    expect(parseTextArticle(between([line])).paragraphs).toEqual(market);
  });

  it('keeps a course title carrying a picture word and a count of reviews', () => {
    const line = 'Image Processing Basics for Market Traders (14)';
    expect(parseTextArticle(blank(story([line]))).paragraphs).toEqual(story([line]));
  });
});

describe('gallery controls and author notes', () => {
  it.each(['Open the gallery', 'Galerie öffnen', 'Ver galería completa'])('removes the gallery control %j', (line) => {
    expect(parseTextArticle(between([line])).paragraphs).toEqual(market);
  });

  it.each([
    ['a name in a script without case', '王芳 is a correspondent covering markets for the Daily Courier.'],
    ['an Albanian one', 'Arta Kelmendi është redaktore e rubrikës së kulturës.'],
  ])('removes an author’s note with %s after the last paragraph', (_, note) => {
    expect(parseTextArticle(blank([...market, note, 'Share this story'])).paragraphs).toEqual(market);
  });
});

describe('the newsroom\'s notes on the piece after the story', () => {
  it.each([
    ['a correction naming an earlier version', 'Correction: An earlier version of this piece gave the wrong year for the roof’s first repair.'],
    ['a French correction', 'Rectificatif : une version antérieure de ce texte se trompait sur le nombre de stands.'],
    ['a German correction', 'Berichtigung: In einer früheren Version stand, der Markt öffne am Sonntag.'],
    ['a Serbian correction', 'Ispravka: U ranijoj verziji teksta pogrešno je naveden broj tezgi.'],
    ['a note on who wrote the piece', 'This report was written by Ines Calloway, a freelance reporter based in Bristol.'],
    ['a call for tips with an address', 'Seen something at the market? Send it to desk@harbourgazette.example and we will look into it.'],
    ['a German call for tips', 'Haben Sie Hinweise? Schreiben Sie an hinweise@nordblatt.example.'],
  ])('removes %s', (_, note) => {
    expect(parseTextArticle(blank([...market, note])).paragraphs).toEqual(market);
  });

  it.each([
    ['an update the site prints as part of the story', 'Update: This story was revised on Sunday to add the council’s figures for the first weekend.'],
    ['a closing line about where the piece first ran', 'This article first appeared in the Harbour Gazette’s weekend edition.'],
    ['the story’s own contact line without a question', 'Stallholders can apply for the remaining pitches at stalls@market.example until the end of March.'],
    ['a closing sentence about an earlier plan', 'An earlier plan for the hall would have turned it into a car park.'],
  ])('keeps %s', (_, line) => {
    expect(parseTextArticle(blank([...market, line])).paragraphs).toEqual([...market, line]);
  });
});

describe('teasers after the story', () => {
  it('removes a question headline and its link when the teaser has no cut paragraph', () => {
    const article = parseTextArticle(blank([...market, 'Will the city ever finish the new tram line on time?', 'Continue reading →']));
    expect(article.paragraphs).toEqual(market);
  });

  it('removes the headline over a cut paragraph that recurs across the day', () => {
    const cut = 'Residents of the northern suburbs have waited a decade for the line, and the latest delay means that …';
    const ferry = [
      'The ferry company added a late sailing to the island on Friday, answering years of complaints from hotel staff who work evening shifts.',
      'The new boat leaves the harbour at eleven and returns before one, and tickets cost the same as on the daytime crossings.',
    ];
    const day = parseTextDay([
      { file: 'a.txt', text: blank([...market, 'Will the city ever finish the new tram line on time?', cut]) },
      { file: 'b.txt', text: blank([...ferry, 'Why the Tram Depot Is Still Empty', cut]) },
    ]);
    expect((day.get('a.txt') as { paragraphs: string[] }).paragraphs).toEqual(market);
    expect((day.get('b.txt') as { paragraphs: string[] }).paragraphs).toEqual(ferry);
  });

  it('keeps the story’s closing question when a link follows the last paragraph after it', () => {
    const lines = [...market, 'So who will pay for the next roof when this one wears out?', 'The council says it has not yet decided, and the traders say they cannot raise the money twice.'];
    expect(parseTextArticle(blank([...lines, 'Read more'])).paragraphs).toEqual(lines);
  });
});
