import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../functions/core/articles/decode-text.js';
import { parseTextArticle, stripDateline } from '../../../functions/core/articles/parse-text-article.js';
import { ArticleParseError } from '../../../functions/core/errors.js';

const seedPath = fileURLToPath(new URL('../../../examples/articles/2026-11-26/000_5db6c0c3743c3c8b.txt', import.meta.url));
const seed = parseTextArticle(decodeText(readFileSync(seedPath)));
const seedText = JSON.stringify(seed);

describe('parseTextArticle on the real scraped seed', () => {
  it('derives the title from the first sentence, past the KOSOVO— dateline', () => {
    expect(seed.meta.title).toBe('Several hundred Serbs gathered in front of the municipal buildings in northern Kosovo on Monday');
  });

  it('keeps the story from its first paragraph to its last', () => {
    expect(seed.paragraphs[0]).toMatch(/^KOSOVO—Several hundred Serbs gathered/);
    expect(seed.paragraphs.at(-1)).toBe(
      'The NATO Commander Jens Stoltenberg emphasized that Pristina must de-escalate and refrain from taking unilateral steps that could destabilize the situation.',
    );
    expect(seed.paragraphs).toHaveLength(8);
  });

  it('removes both related-article teasers and their "Keep reading"', () => {
    expect(seedText).not.toContain('State Department Offers Condolences');
    expect(seedText).not.toContain('somberly observing a day of mourning');
    expect(seedText).not.toContain('EXCLUSIVE: Senior Diplomatic Source');
    expect(seedText).not.toContain('closed-door meeting');
    expect(seedText).not.toContain('Keep reading');
  });

  it('removes the comment form', () => {
    expect(seedText).not.toContain('Leave a comment');
    expect(seedText).not.toContain('Your email address will not be published');
    expect(seedText).not.toContain('Required fields');
  });

  it('keeps the two photo lines as captions, out of the body', () => {
    expect(seed.captions).toEqual([
      'Serbian peaceful portest in Zvecan, Serbia [Photo: Kosovo Online]',
      'KFOR in Zvecan [Photo: Kosovo Online]',
    ]);
    expect(seed.paragraphs.join('\n')).not.toContain('[Photo:');
  });
});

describe('parseTextArticle datelines', () => {
  it.each([
    ['WASHINGTON (Reuters) - ', 'The Senate passed the budget bill late on Thursday after a marathon session'],
    ['PARIS, Nov. 3 — ', 'French unions called a national strike over the pension reform plans'],
    ['KYIV — ', 'Engineers restored power to most of the capital overnight after the storm'],
    ['SÃO PAULO, Brazil (AP) — ', 'Heavy rains flooded several neighbourhoods in the south of the city'],
  ])('does not take the dateline %j as part of the title', (dateline, headline) => {
    const article = parseTextArticle(`${dateline}${headline}. Officials said more details would follow on Friday.\n\nA second paragraph follows.`);
    expect(article.meta.title).toBe(headline);
  });

  it('leaves an opening that only looks capitalised alone', () => {
    expect(stripDateline('NATO leaders met in Brussels on Tuesday.')).toBe('NATO leaders met in Brussels on Tuesday.');
  });

  it('shortens a long first sentence to its first clause', () => {
    const article = parseTextArticle(
      'The regional government announced on Wednesday a sweeping new plan for public transport, which includes new tram lines, cheaper season tickets and longer night services across the whole region. More follows.',
    );
    expect(article.meta.title).toBe('The regional government announced on Wednesday a sweeping new plan for public transport');
  });

  it('uses a given title instead of deriving one', () => {
    expect(parseTextArticle('Some text about the harbour and its ferries.', { title: 'Given' }).meta.title).toBe('Given');
  });
});

describe('parseTextArticle page furniture', () => {
  const story = [
    'The mayor opened the new bridge on Friday morning with a ribbon and a speech.',
    'Share this article',
    'Advertisement',
    'The bridge cost twelve million euros and took three years to build.',
    'Share on Facebook',
    'Facebook | Twitter | Email',
    'Subscribe to our newsletter for the day’s top stories',
    'Sign up',
    'Follow us on Twitter for more',
    'Sponsored content',
    'Engineers expect it to carry twenty thousand cyclists a day.',
    'Tags: bridges, city, cycling',
  ].join('\n\n');
  const article = parseTextArticle(story);

  it('removes share, subscribe, follow, tag and advertisement lines', () => {
    expect(article.paragraphs).toEqual([
      'The mayor opened the new bridge on Friday morning with a ribbon and a speech.',
      'The bridge cost twelve million euros and took three years to build.',
      'Engineers expect it to carry twenty thousand cyclists a day.',
    ]);
  });

  it('keeps a normal paragraph followed by "Read more", dropping only the link text', () => {
    const text = [
      'The council approved the harbour plan on Tuesday night after a long debate.',
      'Work on the new quay starts in March and should take two years to finish.',
      'Read more',
      'Residents will be able to comment on the design until the end of January.',
    ].join('\n\n');
    expect(parseTextArticle(text).paragraphs).toEqual([
      'The council approved the harbour plan on Tuesday night after a long debate.',
      'Work on the new quay starts in March and should take two years to finish.',
      'Residents will be able to comment on the design until the end of January.',
    ]);
  });

  it('removes a teaser cut with "..." and its headline before "Read more"', () => {
    const text = [
      'The council approved the harbour plan on Tuesday night after a long debate.',
      'Ferry operators welcomed the decision and promised new routes next summer.',
      'Harbour Town Prepares For Record Tourist Season',
      'Hotels in the old town are already fully booked for July, and the tourist office expects...',
      'Read more',
    ].join('\n\n');
    expect(parseTextArticle(text).paragraphs).toEqual([
      'The council approved the harbour plan on Tuesday night after a long debate.',
      'Ferry operators welcomed the decision and promised new routes next summer.',
    ]);
  });

  it('keeps "Leave a comment" text that appears early, inside the story', () => {
    const text = [
      'Leave a comment, the mayor told residents, and the council will read every one.',
      'The consultation on the harbour plan runs until the end of January.',
      'Officials expect several thousand responses from residents and businesses.',
    ].join('\n\n');
    expect(parseTextArticle(text).paragraphs).toHaveLength(3);
  });

  it('drops markup a scraper left in the text, keeping template-like braces literally', () => {
    const article = parseTextArticle(
      'Before the vote <script>alert(1)</script>the mayor <img src="x" onerror="alert(2)">spoke about {{subscriber.email}} and {{{html}}}.\n\n<a href="javascript:alert(3)">The plan</a> was approved.',
    );
    const output = JSON.stringify(article);
    expect(output).not.toMatch(/<script|onerror|javascript:|alert\(/i);
    expect(article.paragraphs).toEqual(['Before the vote the mayor spoke about {{subscriber.email}} and {{{html}}}.', 'The plan was approved.']);
  });

  it('refuses text with nothing left after cleaning', () => {
    expect(() => parseTextArticle('Advertisement\n\nShare this article\n\nSubscribe')).toThrow(ArticleParseError);
    expect(() => parseTextArticle('Advertisement\n\nShare this article')).toThrow('no article text is left after cleaning');
  });
});
