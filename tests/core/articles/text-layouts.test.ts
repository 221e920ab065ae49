import { describe, expect, it } from 'vitest';
import { parseTextArticle } from '../../../functions/core/articles/parse-text-article.js';
import { detectLayout } from '../../../functions/core/articles/text/layout.js';
import { stripTextMarkup } from '../../../functions/core/articles/text/markup.js';
import { isAuthorNote, isCallToAction, isReadingTime, looksLikeHeadline } from '../../../functions/core/articles/text/unit-shapes.js';

/** A story of our own, long enough that every paragraph reads as prose. */
const orchard = [
  'The cooperative in the valley picked its first apples on Monday, two weeks earlier than last year because of the warm spring.',
  'Its chair said the harvest should reach nine thousand tonnes, most of it sold to juice makers across the border within a month.',
  'Pickers are paid by the crate, and the cooperative raised the rate this season after workers left for better paid jobs in the towns.',
  'Growers fear that a late frost or a hailstorm could still cut the yield, as it did three years ago when half the crop was lost.',
] as const;
const blank = (lines: readonly string[]) => lines.join('\n\n');
const body = (text: string) => parseTextArticle(text).paragraphs;

describe('the story’s own headings are not calls to action', () => {
  it('keeps section headings that name an app, a podcast or clients', () => {
    const headings = ['Building a mobile app on a small budget', 'Podcast gear for a home studio', 'Notable clients:'] as const;
    const text = blank([orchard[0], headings[0], orchard[1], headings[1], orchard[2], headings[2], orchard[3]]);
    expect(body(text)).toEqual([orchard[0], headings[0], orchard[1], headings[1], orchard[2], headings[2], orchard[3]]);
  });

  it('still removes a request to get the site’s app or hear its podcast', () => {
    for (const request of ['Install our app for the morning briefing', 'Hear it on our podcast', 'Open this story in the app']) {
      expect(body(blank([orchard[0], orchard[1], request, orchard[2], orchard[3]]))).toEqual(orchard);
    }
  });

  it('does not take a bare web address for a request, but does a line asking readers to follow a handle', () => {
    expect(isCallToAction('https://stats.example.org/harvest/2026')).toBe(false);
    expect(isCallToAction('www.example.net/frost-report.pdf')).toBe(false);
    expect(isCallToAction('Follow the valley desk at @valleydesk')).toBe(true);
  });
});

describe('labels over headlines, and what follows them', () => {
  it('keeps a fact box of labels and names, which is no wire label over a headline', () => {
    const facts = ['Founded: 1962', 'CEO: Marta Ilić', 'GM: Tom Ashby'];
    const text = blank([orchard[0], orchard[1], ...facts, orchard[2], orchard[3]]);
    expect(body(text)).toEqual([orchard[0], orchard[1], ...facts, orchard[2], orchard[3]]);
  });

  it('still removes the wire’s upper-case label over another story’s headline', () => {
    const text = blank([orchard[0], orchard[1], 'ALSO: Ferry Fares Rise for the Third Time This Year', orchard[2], orchard[3]]);
    expect(body(text)).toEqual(orchard);
  });

  it('removes a "read also" insert alone: the story’s subheading under it stays', () => {
    const subheading = 'What the frost did three years ago';
    const text = blank([orchard[0], orchard[1], 'Read also: Valley Farmers Count the Cost of the Drought', subheading, orchard[2], orchard[3]]);
    expect(body(text)).toEqual([orchard[0], orchard[1], subheading, orchard[2], orchard[3]]);
  });

  it('takes a sentence closed by an ideographic full stop for a sentence, not a headline', () => {
    expect(looksLikeHeadline('もちろん、組合はその計画を認めていません。')).toBe(false);
    expect(looksLikeHeadline('収穫は例年より二週間早い')).toBe(true);
  });
});

describe('the dateline opens the story', () => {
  it('keeps the story’s short first line when a dateline opens it', () => {
    for (const opening of ['NOVI SAD (Tanjug) — A guide to the new tram timetable', 'Tirana, Albania (ATA) – What the new tram line changes']) {
      const text = blank(['Home > Local', 'By Ana Costa', opening, ...orchard]);
      expect(body(text)).toEqual([opening, ...orchard]);
    }
  });

  it('still removes a short line before the story when no dateline opens it', () => {
    expect(body(blank(['Listen to this story', 'Saved to your list', ...orchard]))).toEqual(orchard);
  });
});

/** Hard-wraps a line at `width` the way a scraper's text dump does: as many words as fit on each line. */
const wrapAt = (line: string, width: number): string[] => line.replace(new RegExp(`(.{1,${width}})(?: |$)`, 'gu'), '$1\n').trim().split('\n');

describe('hard-wrapped text', () => {
  it('is recognised with blank lines between paragraphs even when short lines of furniture outnumber the story’s', () => {
    const page = ['Menu', 'Log in', 'Saved stories', 'By Ana Costa', orchard[0], orchard[1], orchard[2], 'Save for later', 'Morning briefing', 'Sign me up', 'Terms of use', 'Contact', 'Jobs'];
    const text = page.map((line) => wrapAt(line, 72).join('\n')).join('\n\n');
    expect(detectLayout(text)).toBe('hard-wrapped');
    expect(body(text)).toEqual([orchard[0], orchard[1], orchard[2]]);
  });

  it('keeps a caption whole when its credit was wrapped onto the next line, with no blank lines', () => {
    const caption = 'Pickers load crates onto a trailer outside the cooperative’s packing shed on Monday. (Photo by Vjosa Berisha/Reuters via Getty Images)';
    for (const width of [64, 70, 76]) {
      const text = [orchard[0], orchard[1], caption, orchard[2], orchard[3]].flatMap((line) => wrapAt(line, width)).join('\n');
      const parsed = parseTextArticle(text);
      expect(parsed.captions).toEqual([caption]);
      expect(parsed.paragraphs.join(' ')).toBe(orchard.join(' '));
    }
  });

  it('ends a paragraph where the script changes, though its last line was full: an English story and its site’s Serbian or Arabic insert', () => {
    for (const insert of ['Из архиве: Просветари гласали за штрајк', 'من الأرشيف: المعلمون يصوتون لصالح الإضراب']) {
      for (const width of [60, 65, 72]) {
        const text = [orchard[0], orchard[1], insert, orchard[2], orchard[3]].flatMap((line) => wrapAt(line, width)).join('\n');
        expect(body(text).join(' ')).toBe(orchard.join(' '));
      }
    }
  });
});

describe('markup-like text keeps titles in angle brackets', () => {
  it.each([
    ['The musical <A Quiet Harbour> returns to Daehak-ro in May.', 'The musical <A Quiet Harbour> returns to Daehak-ro in May.'],
    ['Critics compared <I Am the River> with the director’s earlier <I love you, Seoul>.', 'Critics compared <I Am the River> with the director’s earlier <I love you, Seoul>.'],
    ['Read the <small print> before you sign.', 'Read the <small print> before you sign.'],
    ['<P ALIGN=center>Tickets <b>sold out</b> in an hour.</P>', 'Tickets sold out in an hour.'],
    ['Tick <input type="checkbox" checked> and <details open>press send</details>.', 'Tick  and press send.'],
  ])('%s', (text, expected) => {
    expect(stripTextMarkup(text)).toBe(expected);
  });

  it('leaves an unclosed tag with thousands of bare attributes as it is', () => {
    const hostile = `<a ${'open '.repeat(20_000)}`;
    expect(stripTextMarkup(hostile)).toBe(hostile);
  });
});

describe('the reader asked a question, then asked to act, in the newsroom’s languages', () => {
  it.each([
    'Have an account? Sign in',
    'Vous avez déjà un compte ? Connectez-vous',
    'Imate nalog? Prijavite se',
    'Већ имате налог? Пријавите се',
    'Уже есть аккаунт? Войдите',
    '¿Ya tienes cuenta? Inicia sesión',
    'Schon registriert? Anmelden',
    'Keni llogari? Identifikohu',
    'هل لديك حساب؟ تسجيل الدخول',
    'Found this useful? Share this story with a colleague',
  ])('%s', (line) => {
    expect(isCallToAction(line)).toBe(true);
    expect(body(blank([...orchard, line]))).toEqual(orchard);
  });

  it('keeps the story’s own question and answer, and its line about signing in', () => {
    const lines = ['Why did the harvest come early? Growers point to the warm spring.', 'Can pickers sign in online? Not yet.'];
    for (const line of lines) expect(isCallToAction(line)).toBe(false);
    expect(body(blank([orchard[0], orchard[1], ...lines, orchard[2], orchard[3]]))).toEqual([orchard[0], orchard[1], ...lines, orchard[2], orchard[3]]);
  });

  it('reads a listening time with an abbreviated "Min." as furniture', () => {
    expect(isReadingTime('Anhören (12 Min.)')).toBe(true);
    expect(isReadingTime('Слушать (8 мин.)')).toBe(true);
  });
});

describe('the story’s own lines that look like teasers', () => {
  it('keeps a line trailing off with an ellipsis between two of the story’s paragraphs', () => {
    const leadIn = 'When we asked the oldest picker why she still comes back every autumn, she said something along the lines of …';
    const text = blank([orchard[0], orchard[1], leadIn, orchard[2], orchard[3]]);
    expect(body(text)).toEqual([orchard[0], orchard[1], leadIn, orchard[2], orchard[3]]);
  });

  it('still removes a teaser’s headline and cut paragraph after the story', () => {
    const teaser = ['Ferry Fares Rise Again', 'The operator said on Friday that tickets for the island route would cost more from March, the third rise in a year, because the price of fuel …'];
    expect(body(blank([...orchard, ...teaser]))).toEqual(orchard);
  });

  it('keeps a table’s rows under a "Related" heading and before a cut-off line', () => {
    const table = ['Variety | Tonnes | Share', 'Idared | 4,100 | 45%', 'Jonagold | 2,700 | 30%'];
    const text = blank([orchard[0], orchard[1], 'Related', ...table, orchard[2], orchard[3]]);
    expect(body(text)).toEqual([orchard[0], orchard[1], ...table, orchard[2], orchard[3]]);
  });
});

describe('the story’s lists at its end', () => {
  const standings = [
    'Idared (Block A): 4th harvest',
    'Jonagold (Block A): Second harvest',
    'Gala (Block B): 12th harvest',
    'Braeburn (Block B): Ninth harvest',
    'Fuji (Block C): Third harvest',
    'Granny Smith (Block C): 7th harvest',
  ];

  it('keeps a long list whose items spell some of their numbers out, even before an author’s note', () => {
    const note = 'Ana Costa is a correspondent covering farming and the valley’s cooperatives.';
    expect(body(blank([...orchard, 'Varieties picked this year:', ...standings, note]))).toEqual([...orchard, 'Varieties picked this year:', ...standings]);
    expect(body(blank([...orchard, ...standings, note]))).toEqual([...orchard, ...standings]);
  });

  it('does not take a label over a name alone for an author’s note', () => {
    expect(isAuthorNote('Granny Smith (Block C): Seventh Harvest')).toBe(false);
    expect(isAuthorNote('About the author: Ana Costa covers farming for the paper.')).toBe(true);
  });
});
