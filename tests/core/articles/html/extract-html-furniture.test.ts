import { describe, expect, it } from 'vitest';
import { parseHtmlArticle } from '../../../../functions/core/articles/html/extract-html.js';

/**
 * Furniture that sits inside the container Readability picks, around the
 * story: written for these tests with the structure of real pages (none is
 * copied from a benchmark).
 */

const VOCABULARY = `orchard cider apples harvest frost pickers barrels press cellar village hall volunteers tractor lane hedges
lambing ewes shepherd pasture fences drought reservoir pipes engineers valves meter tariff ferry crossing tide pier
gulls lighthouse keeper lamp beacon chart storm shelter rescue crew boat harbour rope anchor choir concert organ
chapel bells tower clock repair grant heritage roof slates scaffold mason quarry stone bridge arch flood gauge`.split(/\s+/);

/** Sentences of 20 words per topic, with no runs of words shared between topics. */
function prose(topic: string, count: number): string[] {
  let seed = [...topic].reduce((sum, char) => (sum * 33 + char.charCodeAt(0)) >>> 0, 11);
  const next = () => (seed = (seed * 1664525 + 1013904223) >>> 0) % VOCABULARY.length;
  return Array.from({ length: count }, (_, i) => `${topic} ${i + 1}: ${Array.from({ length: 20 }, () => VOCABULARY[next()]).join(' ')}.`);
}

const paragraphs = (list: string[]) => list.map((p) => `<p>${p}</p>`).join('');
const shareBar = (slug: string) =>
  `<div><a href="whatsapp://send?text=${slug}">WhatsApp</a> <a href="https://www.facebook.com/sharer/sharer.php?u=${slug}">Facebook</a> <a href="/${slug}.jpg" download>Download</a></div>`;

describe('a post followed by other posts in <article>s of their own', () => {
  const story = prose('The orchard', 3);
  const others = [prose('The lambing', 2), prose('The ferry', 2), prose('The choir', 2)];
  const page = `<!DOCTYPE html><html lang="en"><head><title>Cider harvest begins — Village Notes</title>
<meta property="og:title" content="Cider harvest begins... — Village Notes"><meta property="og:site_name" content="Village Notes"></head><body><div class="content">
<article class="post"><h1>Cider harvest begins…</h1>
<p class="breadcrumbs"><a href="/">Village Notes</a> » <a href="/village">Village life and farming</a> » <strong>Cider harvest</strong></p>
${shareBar('cider-harvest')}${paragraphs(story)}</article>
<section class="related"><h3>You may also like…</h3>
${others.map((other, i) => `<article class="post">${shareBar(`other-${i}`)}${paragraphs(other)}</article>`).join('\n')}
</section></div></body></html>`;

  it('takes the <article> whose heading is the title less the site name, without the posts after it', () => {
    expect(parseHtmlArticle(page).paragraphs).toEqual(story);
  });
});

describe('links above the first paragraph', () => {
  const story = prose('The reservoir', 4);
  const page = (lead: string) => `<!DOCTYPE html><html lang="en"><head><title>Reservoir runs low</title></head><body>
<div class="entry">${lead}${paragraphs(story)}</div></body></html>`;

  it('drops a breadcrumb and a share bar', () => {
    const lead = `<p><a href="/">Home</a> » <a href="/news">News</a> » <a href="/news/water">Water</a></p>${shareBar('reservoir')}`;
    expect(parseHtmlArticle(page(lead)).paragraphs).toEqual(story);
  });

  it("keeps the post's title linked to the post itself", () => {
    const lead = `<h2><a href="/2012/10/dry-summer">A dry summer</a></h2>`;
    expect(parseHtmlArticle(page(lead)).paragraphs).toEqual(['A dry summer', ...story]);
  });
});

describe('furniture between and after the paragraphs', () => {
  const story = prose('The lighthouse', 4);
  const page = (inner: string) => `<!DOCTYPE html><html lang="en"><head><title>Lighthouse lamp relit</title></head><body>
<div class="story">${inner}</div></body></html>`;

  it('drops newsletter prompts however they are worded, and a lone "Subscribe"', () => {
    const inner = `<p>Breaking news alerts</p><p>Let our reporting meet your inbox: the stories that matter, delivered weekday mornings.</p><p>SUBSCRIBE</p>
${paragraphs(story.slice(0, 2))}<div class="promo"><p>Want more like this?</p><p>Every day we send an email with the top stories from our newsroom.</p></div>
${paragraphs(story.slice(2))}<p>Get the latest updates right in your inbox. Subscribe to our newsletters.</p>`;
    const kept = parseHtmlArticle(page(inner)).paragraphs;
    expect(kept.filter((p) => story.includes(p))).toEqual(story);
    expect(kept.join(' ')).not.toMatch(/inbox|send an email|SUBSCRIBE/);
  });

  it('keeps a sentence of the story that speaks of newsletters', () => {
    const said = 'She also picked out thirty newsletters, a small part of the newsletters she subscribes to, to test the filter.';
    const inner = paragraphs([...story.slice(0, 2), said, ...story.slice(2)]);
    expect(parseHtmlArticle(page(inner)).paragraphs).toEqual([...story.slice(0, 2), said, ...story.slice(2)]);
  });

  it('drops ad labels, script notices, photo credits and cross-promotions', () => {
    const inner = `<p>Advert</p>${paragraphs(story.slice(0, 1))}<p>Image copyright Harbour Photos</p><p>© Ann Lee</p>
${paragraphs(story.slice(1, 2))}<p>This slideshow requires JavaScript.</p><p>Ann Lee | Harbour Photos | Getty Images</p>
${paragraphs(story.slice(2, 3))}<p>Also on example.com: Ferry crossing cancelled as storm closes the pier</p><p>Adverts</p>
${paragraphs(story.slice(3))}<p>Like this story? Share it with a friend!</p>`;
    expect(parseHtmlArticle(page(inner)).paragraphs).toEqual(story);
  });

  it("drops the closing tip line and the follow line, not the story's last paragraph", () => {
    const inner = `${paragraphs(story)}<p>Have a tip? Write to the newsroom at tips@example.com.</p><p>Follow her on Twitter @annlee.</p>`;
    expect(parseHtmlArticle(page(inner)).paragraphs).toEqual(story);
  });
});

describe('promotions, date lines and story lists in the body', () => {
  const story = prose('The chapel bells', 4);
  const page = (inner: string) => `<!DOCTYPE html><html lang="en"><head><title>Chapel bells ring again</title></head><body>
<div class="story">${inner}</div></body></html>`;

  it('drops a linked headline in capitals between two paragraphs, and keeps a linked sentence in ordinary case', () => {
    const linked = '<p><a href="/other">Read how the tower clock was repaired last spring</a></p>';
    const inner = `${paragraphs(story.slice(0, 2))}<p><a href="/promo">VILLAGE CHOIR WINS REGIONAL PRIZE AFTER TEN YEARS</a></p>${paragraphs(story.slice(2, 3))}${linked}${paragraphs(story.slice(3))}`;
    expect(parseHtmlArticle(page(inner)).paragraphs).toEqual([...story.slice(0, 3), 'Read how the tower clock was repaired last spring', ...story.slice(3)]);
  });

  it('drops date lines with labels, times of day and "ago", and keeps a duration', () => {
    const inner = `<p>PUBLISHED: 10:48, Tue, Nov 19, 2019</p><p>| UPDATED: 11:05, Tue, Nov 19, 2019</p><p>November 18, 2019 | 4:10pm</p>
<p>Published 1 day ago</p>${paragraphs(story.slice(0, 2))}<p>3 hours</p>${paragraphs(story.slice(2))}`;
    expect(parseHtmlArticle(page(inner)).paragraphs).toEqual([...story.slice(0, 2), '3 hours', ...story.slice(2)]);
  });

  it('ends the body at a "More Great … Stories" heading followed by linked headlines and their summaries', () => {
    const teasers = ['Ferry crossing cancelled as the storm closes the pier', 'Quarry stone chosen for the bridge repair'];
    const summaries = prose('The teaser', 2);
    const inner = `${paragraphs(story)}<h3>More Great Village Stories</h3>${teasers.map((t, i) => `<h4><a href="/s/${i}">${t}</a></h4><p>${summaries[i]}</p>`).join('')}`;
    expect(parseHtmlArticle(page(inner)).paragraphs).toEqual(story);
  });

  it("ends the body at a list of the site's posts that holds this post's own headline, whatever heads it", () => {
    const teasers = ['Ferry crossing cancelled as the storm closes the pier', 'Quarry stone chosen for the bridge repair', 'Chapel bells ring again'];
    const summaries = [...prose('The teaser', 2), story[0]!];
    const entry = (t: string, i: number) =>
      `<li><h4><a href="/s/${i}">${t}</a></h4><p>${summaries[i]}</p><p><a href="/author/${i}">By Ann Lee</a></p><p><a href="/s/${i}">Read more »</a></p></li>`;
    const inner = `${paragraphs(story)}<h3>Lately in the parish</h3><ul>${teasers.map(entry).join('')}</ul>`;
    expect(parseHtmlArticle(page(inner)).paragraphs).toEqual(story);
  });

  it("keeps the story after a list of the site's posts that holds its headline above it (a menu, not the tail)", () => {
    const standfirst = 'Chapel volunteers gather in the tower to ring the restored bells for the first time since the repair grant arrived';
    const menu = ['Ferry crossing cancelled as the storm closes the pier', 'Quarry stone chosen for the bridge repair', 'Chapel bells ring again']
      .map((t, i) => `<li><a href="/s/${i}">${t}</a></li>`)
      .join('');
    const inner = `<p>${standfirst}</p><ul>${menu}</ul>${paragraphs(story)}`;
    expect(parseHtmlArticle(page(inner)).paragraphs.slice(-4)).toEqual(story);
  });

  it("keeps the story when only its own headline is linked after it, not a list", () => {
    const inner = `${paragraphs(story)}<p><a href="/chapel-bells">Chapel bells ring again</a></p><p>${prose('The footer', 1)[0]}</p>`;
    expect(parseHtmlArticle(page(inner)).paragraphs.slice(0, 4)).toEqual(story);
  });
});

describe("the author's box at the end", () => {
  const story = prose('The quarry', 4);
  const page = (inner: string) => `<!DOCTYPE html><html lang="en"><head><title>Quarry reopens</title></head><body>
<div class="story">${inner}</div></body></html>`;

  it('drops the name on its own line and the short bio that starts with it', () => {
    const inner = `${paragraphs(story)}<div class="author"><p>Ann Lee</p><p>Ann joined the paper in 2017. She has reported on farming and the coast since 2009.</p></div>`;
    expect(parseHtmlArticle(page(inner)).paragraphs).toEqual(story);
  });

  it('keeps a closing section whose heading and paragraph begin with the same word', () => {
    const closing = 'The stone from the reopened quarry will go first to the bridge and then to the chapel roof.';
    const inner = `${paragraphs(story)}<h2>The Bottom Line</h2><p>${closing}</p>`;
    expect(parseHtmlArticle(page(inner)).paragraphs).toEqual([...story, 'The Bottom Line', closing]);
  });
});

describe('a list of links that is part of the story', () => {
  const before = prose('The release', 2);
  const after = prose('The next release', 2);
  const bugs = [
    'Issue 4101 – Lamp beacon flickers when the tide chart reloads',
    'Issue 4107 – Add a counter for ferry crossings cancelled by storms',
    'Issue 4112 – Harbour gauge readings are lost after the pier sensor restarts',
  ];
  const list = (host: string) => `<h4>Fixed this week:</h4><ul>${bugs.map((bug, i) => `<li><a href="${host}/show?id=${i}">${bug}</a></li>`).join('')}</ul>`;
  const page = (inner: string) => `<!DOCTYPE html><html lang="en"><head><title>These weeks in the harbour app</title>
<link rel="canonical" href="https://blog.example.org/2026/11/these-weeks"></head><body>
<article>${inner}</article></body></html>`;

  it('keeps linked titles that all lead to one other site, with prose after them', () => {
    const inner = `${paragraphs(before)}${list('https://bugs.example.net')}${paragraphs(after)}`;
    expect(parseHtmlArticle(page(inner)).paragraphs).toEqual([...before, 'Fixed this week:', ...bugs, ...after]);
  });

  it("drops the same list when it leads back into the page's own site", () => {
    const inner = `${paragraphs(before)}${list('https://blog.example.org')}${paragraphs(after)}`;
    expect(parseHtmlArticle(page(inner)).paragraphs).toEqual([...before, ...after]);
  });
});

describe('after the last paragraph', () => {
  const story = prose('The flood gauge', 4);
  const page = (inner: string) => `<!DOCTYPE html><html lang="en"><head><title>Flood gauge installed</title></head><body>
<div class="story">${inner}</div></body></html>`;

  it("drops the post's categories, a cross-promotion on the site's name and a linked call in capitals", () => {
    const inner = `${paragraphs(story.slice(0, 2))}<p>On Example.com: Bridge arch repaired before the winter floods</p>${paragraphs(story.slice(2))}
<p><a href="/promo">READ MORE ON EXAMPLE BY CLICKING HERE</a></p><p><a href="/c/river" rel="category tag">River news</a>, <a href="/c/weather" rel="category tag">Weather and floods</a></p>`;
    expect(parseHtmlArticle(page(inner)).paragraphs).toEqual(story);
  });

  it('keeps a closing sentence with links in it', () => {
    const follow = 'Follow the river team on <a href="https://social.example/a">Mastodon</a> and <a href="https://video.example/b">Video</a>.';
    expect(parseHtmlArticle(page(`${paragraphs(story)}<p>${follow}</p>`)).paragraphs).toEqual([...story, 'Follow the river team on Mastodon and Video.']);
  });
});
