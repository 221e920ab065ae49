import { describe, expect, it } from 'vitest';
import { parseHtmlArticle } from '../../../../functions/core/articles/html/extract-html.js';
import { loadArticles } from '../../../../functions/core/articles/load-articles.js';
import { countWords } from '../../../../functions/core/articles/text-measures.js';
import { MemoryStore } from '../../../../functions/core/memory-store.js';

/**
 * Pages whose article Readability alone misses or refuses: written for these
 * tests with the structure of real pages (none is copied from a benchmark).
 */

const WORDS = `harbour festival ships bands fireworks visitors quay ferry library midnight students petition security grant
markets shares inflation banks energy euro analysts rally council lanes construction shops deliveries cyclists mayor
train sleeper couchette tickets carriages campaigners flights bakery loaves queue fire winter weather rain wind storm
river bridge museum painting auction school teachers budget hospital nurses ward election ballot turnout stadium`.split(/\s+/);

/** Distinct sentences per topic (no shared runs of words between topics), so overlap measures tell them apart. */
const lorem = (topic: string, n: number) => {
  let seed = [...topic].reduce((sum, char) => sum * 31 + char.charCodeAt(0), 7) >>> 0;
  const next = () => (seed = (seed * 1103515245 + 12345) >>> 0) % WORDS.length;
  return Array.from({ length: n }, (_, i) => {
    const words = Array.from({ length: 24 }, () => WORDS[next()]);
    return `${topic[0]!.toUpperCase()}${topic.slice(1)} ${i + 1}: ${words.join(' ')}.`;
  });
};

const sidebar = `<div class="sidebar">${lorem('the weather', 4).map((p) => `<p>${p}</p>`).join('')}</div>`;

describe('a CJK page', () => {
  const chinese = [
    '市议会周二晚上经过四个小时的辩论，批准在老城区修建四十公里受保护的自行车道。',
    '工程将于明年春天在最繁忙的街道上开工，预计两年内完工，总投资约为三亿元。',
    '商户们担心送货会受到影响，而骑行团体则挤满了公共旁听席，为投票结果欢呼。',
    '市长表示，这次投票标志着这座长期围绕汽车建设的城市迎来了一个转折点。',
  ];
  const page = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>市议会批准修建自行车道</title></head>
<body><nav><a href="/">首页</a> <a href="/news">新闻</a></nav><article><h1>市议会批准修建自行车道</h1>${chinese.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;

  it('is extracted, with words counted by the segmenter and reading time by characters', async () => {
    const store = new MemoryStore();
    await store.put('articles/2026-11-26/bikes-zh.html', page);
    const { included, skipped } = await loadArticles(store, 'articles/2026-11-26/');
    expect(skipped).toEqual([]);
    const article = included[0]!;
    expect(article.paragraphs).toEqual(chinese);
    expect(article.lang).toBe('zh-CN');
    expect(article.words).toBe(countWords(chinese.join('\n\n')));
    expect(article.words).toBeGreaterThan(60);
    expect(article.readingMinutes).toBe(1);
    expect(article.encoding).toBe('utf-8');
  });
});

describe("the page's own signals", () => {
  it('takes itemprop="articleBody" when Readability throws the body away (its class says "comment banner")', () => {
    const body = lorem('the harbour festival', 6);
    const page = `<!DOCTYPE html><html lang="en"><head><title>Harbour festival opens</title></head><body>
<div class="comment-banner-wrap" itemprop="articleBody">${body.map((p) => `<p>${p}</p>`).join('')}</div>${sidebar}</body></html>`;
    expect(parseHtmlArticle(page).paragraphs).toEqual(body);
  });

  it('keeps only what lies in the hAtom post body (class "entry-content") when Readability adds a box beside it', () => {
    const body = lorem('the cycle lanes', 3);
    const about = lorem('the museum auction', 2);
    // A short post: Readability takes the column, with the site's "About" box that sits beside the entry.
    const page = `<!DOCTYPE html><html lang="en"><head><title>Cycle lanes approved</title></head><body>
<div id="content"><div class="post hentry"><h2 class="entry-title">Cycle lanes approved</h2>
<div class="entry-content">${body.map((p) => `<p>${p}</p>`).join('')}</div></div>
<div class="about-box"><h3>About</h3>${about.map((p) => `<p>${p}</p>`).join('')}</div></div>${sidebar}</body></html>`;
    expect(parseHtmlArticle(page).paragraphs).toEqual(body);
  });

  it('keeps Readability\'s body when the hAtom post body it does not hold is a widget elsewhere on the page', () => {
    const body = lorem('ward', 12);
    const widget = lorem('queue', 2);
    const page = `<!DOCTYPE html><html lang="en"><head><title>Ward reopens</title></head><body>
<article><h1>Ward reopens</h1>${body.map((p) => `<p>${p}</p>`).join('')}</article>
<aside><div class="entry-content">${widget.map((p) => `<p>${p}</p>`).join('')}</div></aside></body></html>`;
    expect(parseHtmlArticle(page).paragraphs).toEqual(body);
  });

  it('joins an itemprop body split across sibling blocks', () => {
    const first = lorem('the library hours', 3);
    const second = lorem('the exam season', 3);
    const page = `<!DOCTYPE html><html lang="en"><head><title>Library opens late</title></head><body>
<div class="banner" itemprop="articleBody">${first.map((p) => `<p>${p}</p>`).join('')}</div><div class="ad-banner">Advertisement</div>
<div class="banner" itemprop="articleBody">${second.map((p) => `<p>${p}</p>`).join('')}</div>${sidebar}</body></html>`;
    expect(parseHtmlArticle(page).paragraphs).toEqual([...first, ...second]);
  });

  it('takes the JSON-LD articleBody when the extracted text shares almost nothing with it', () => {
    const body = lorem('the night train', 6);
    const jsonLd = JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Night train', articleBody: body.join('\n') });
    const page = `<!DOCTYPE html><html lang="en"><head><title>Night train</title><script type="application/ld+json">${jsonLd}</script></head><body>
<div class="comments">${body.map((p) => `<p>${p}</p>`).join('')}</div>${sidebar}</body></html>`;
    expect(parseHtmlArticle(page).paragraphs).toEqual(body);
  });

  it('on a page of several articles (infinite scroll), takes the one matching the page URL', () => {
    const stories = [lorem('the markets', 9), lorem('the bike lanes', 5), lorem('the festival', 7)];
    const slugs = ['markets-close-higher', 'council-approves-bike-lanes', 'festival-opens'];
    const page = `<!DOCTYPE html><html lang="en"><head><title>Council approves bike lanes</title>
<link rel="canonical" href="https://news.example.com/city/council-approves-bike-lanes"></head><body><main>
${stories.map((story, i) => `<article><h2><a href="/city/${slugs[i]}">Story ${i}</a></h2>${story.map((p) => `<p>${p}</p>`).join('')}</article>`).join('\n')}
</main></body></html>`;
    const article = parseHtmlArticle(page);
    expect(article.paragraphs).toEqual(expect.arrayContaining(stories[1]!));
    expect(article.paragraphs.filter((paragraph) => [...stories[0]!, ...stories[2]!].includes(paragraph))).toEqual([]);
    expect(article.meta.url).toBe('https://news.example.com/city/council-approves-bike-lanes');
  });

  it('falls back to <main> when Readability returns a consent banner', () => {
    const body = ['The bakery on Mill Street reopened on Monday after a fire closed it for three months last winter.', 'Regulars queued from six in the morning for the first loaves.'];
    const page = `<!DOCTYPE html><html lang="en"><head><title>Bakery reopens</title></head><body>
<div id="consent"><p>We use cookies to improve your experience on our site. By continuing to browse you accept our cookie policy and privacy settings, and you agree that our partners may store and access information on your device for personalised ads and content, ad and content measurement, audience insights and product development. Manage your consent preferences at any time.</p></div>
<main><h1>Bakery reopens</h1>${body.map((p) => `<span>${p}</span><br>`).join('')}</main></body></html>`;
    expect(parseHtmlArticle(page).paragraphs.join(' ')).toContain('The bakery on Mill Street reopened');
  });
});

describe('comment threads inside the article container', () => {
  const body = lorem('the river bridge', 5);
  const post = (thread: string) => `<!DOCTYPE html><html lang="en"><head><title>River bridge reopens</title></head><body>
<div class="post"><h1>River bridge reopens</h1>${body.map((p) => `<p>${p}</p>`).join('')}${thread}</div>${sidebar}</body></html>`;
  const comments = lorem('a reader comment', 4);

  it('ends the body at a thread heading ("3 Responses to …"), whatever the comments say', () => {
    const thread = `<h3>3 Responses to “River bridge reopens”</h3>${comments.map((p) => `<div class="comment-content"><p>${p}</p></div>`).join('')}`;
    expect(parseHtmlArticle(post(thread)).paragraphs).toEqual(body);
  });

  it('ends the body after the post\'s own signature when three or more "Posted by: … at <date>" signatures follow', () => {
    const signed = comments.map((p, i) => `<p>${p}</p><p>Posted by: Reader ${i + 1} at November ${i + 8}, 2012 7:12 AM</p>`).join('');
    const thread = `<p>Posted by: The Editor at November 8, 2012 6:57 AM</p>${signed}`;
    const paragraphs = parseHtmlArticle(post(thread)).paragraphs;
    expect(paragraphs.slice(0, body.length)).toEqual(body);
    expect(paragraphs.join(' ')).not.toContain('A reader comment');
  });

  it('keeps a "Discussion" section of the article when no comment signatures follow it', () => {
    const discussion = lorem('the findings', 2);
    const thread = `<h2>Discussion</h2>${discussion.map((p) => `<p>${p}</p>`).join('')}`;
    expect(parseHtmlArticle(post(thread)).paragraphs).toEqual([...body, 'Discussion', ...discussion]);
  });
});

describe("the page's tail inside the article container", () => {
  const body = lorem('the school budget', 5);
  const page = (inner: string) => `<!DOCTYPE html><html lang="en"><head><title>School budget agreed</title></head><body>
<div class="entry"><h1>School budget agreed</h1>${inner}</div>${sidebar}</body></html>`;
  const paragraphs = (list: string[]) => list.map((p) => `<p>${p}</p>`).join('');

  it('ends the body at a "You may also like" heading followed only by linked teasers', () => {
    const teasers = ['Council votes on new cycle lanes', 'Museum auction sets a record', 'Hospital ward reopens after storm'];
    const inner = `${paragraphs(body)}<h3>You may also like</h3>${teasers.map((t) => `<p><a href="/${t.length}">${t}</a></p>`).join('')}`;
    expect(parseHtmlArticle(page(inner)).paragraphs).toEqual(body);
  });

  it('keeps the article that goes on after an inline "Don\'t miss" box', () => {
    const rest = lorem('the teachers', 3);
    const inner = `${paragraphs(body)}<p>DON'T MISS</p><p><a href="/other">Stadium plans unveiled</a></p>${paragraphs(rest)}`;
    expect(parseHtmlArticle(page(inner)).paragraphs).toEqual([...body, ...rest]);
  });

  it("ends the body at the author's box: a \"Written by\" line and a short bio", () => {
    const inner = `${paragraphs(body)}<p>Written by Ann Lee</p><p>Ann covers schools and budgets for the paper and once rowed across the harbour at midnight.</p>`;
    expect(parseHtmlArticle(page(inner)).paragraphs).toEqual(body);
  });

  it("ends the body at an author's box with a bio of up to 160 words", () => {
    const long = lorem('the school year', 8);
    const bio = lorem('the author', 5).join(' ');
    expect(parseHtmlArticle(page(`${paragraphs(long)}<p>Author: Ann Lee</p><p>${bio}</p>`)).paragraphs).toEqual(long);
  });

  it('ends the body at a box headed "About" and the name of the page\'s author', () => {
    const byAuthor = page(`${paragraphs(body)}<h3>About Ann Lee</h3><p>${lorem('the author', 2).join(' ')}</p>`).replace('<head>', '<head><meta name="author" content="Ann Lee">');
    expect(parseHtmlArticle(byAuthor).paragraphs).toEqual(body);
  });

  it('drops share counters and text-size tools wherever they stand', () => {
    const inner = `<p>926 Tweets</p><p>1k Facebook Likes</p><p>Text size: A | A | A</p>${paragraphs(body)}`;
    expect(parseHtmlArticle(page(inner)).paragraphs).toEqual(body);
  });
});

describe('text outside the container Readability reads', () => {
  const body = lorem('the stadium vote', 5);
  const lead = 'The council spent four hours on the stadium on Tuesday night, and the video below shows the moment the vote was counted and the public gallery stood up.';
  const videoPage = (fallback: string) => `<!DOCTYPE html><html lang="en"><head><title>Council backs the new stadium</title></head><body>
<div id="content"><h1 class="entry-title">Council backs the new stadium</h1><div class="post-info"><a href="/author/ann">Ann Lee</a></div>
<div class="video-wrap"><object width="620" height="362" type="application/x-shockwave-flash" data="/player.swf"><param name="movie" value="/player.swf">
${fallback}</object></div>
<div class="post"><div class="entry-content">${body.map((p) => `<p>${p}</p>`).join('')}</div></div></div>${sidebar}</body></html>`;

  it("joins the lead in a plugin <object>'s fallback between the headline and the body", () => {
    const page = videoPage(`<div class="player"><p class="status">This video is unavailable on your device.</p><div class="caption-box"><p class="caption">${lead}</p></div></div>`);
    expect(parseHtmlArticle(page).paragraphs).toEqual([lead, ...body]);
  });

  it("leaves a plugin's fallback that is a list of links or a notice", () => {
    const page = videoPage(`<ul><li><p>${lead}</p></li></ul><p>Get the latest player to watch this video.</p>`);
    expect(parseHtmlArticle(page).paragraphs).toEqual(body);
  });

  it('reads a second copy of the body (another layout) once', () => {
    const copy = body.map((p) => `<p>${p}</p>`).join('');
    const page = `<!DOCTYPE html><html lang="en"><head><title>Council backs the new stadium</title></head><body>
<div class="article"><h1>Council backs the new stadium</h1><div class="print">${copy}</div><div class="screen">${copy}</div></div>${sidebar}</body></html>`;
    expect(parseHtmlArticle(page).paragraphs).toEqual(body);
  });

  it('keeps short lines that a meal plan or a timetable repeats', () => {
    const days = ['Monday', 'Tuesday', 'Wednesday'].flatMap((day) => [day, 'Breakfast: two eggs, toast and an apple', 'Lunch: lentil soup and bread']);
    const page = `<!DOCTYPE html><html lang="en"><head><title>A week of meals</title></head><body>
<div class="article"><h1>A week of meals</h1>${body.map((p) => `<p>${p}</p>`).join('')}${days.map((line) => `<p>${line}</p>`).join('')}</div>${sidebar}</body></html>`;
    expect(parseHtmlArticle(page).paragraphs).toEqual([...body, ...days]);
  });
});

describe('the end of a blog post', () => {
  const body = lorem('the harbour swim', 5);
  const page = (after: string) => `<!DOCTYPE html><html lang="en"><head><title>Harbour swim at dawn</title></head><body>
<div class="post"><h1>Harbour swim at dawn</h1>${body.map((p) => `<p>${p}</p>`).join('')}${after}</div>${sidebar}</body></html>`;

  it('ends at the post\'s footer ("Posted by … at <time>"): the unsigned comments after it are the readers\'', () => {
    const comments = lorem('a reader comment', 6).map((p) => `<div class="note"><p>${p}</p></div>`).join('');
    const paragraphs = parseHtmlArticle(page(`<p>Posted by Ann Lee at November 11, 2012 5:00 PM</p>${comments}`)).paragraphs;
    expect(paragraphs.slice(0, body.length)).toEqual(body);
    expect(paragraphs.join(' ')).not.toContain('A reader comment');
  });

  it('drops lists of linked headlines, however long the headlines and with the labels between the lists', () => {
    const list = (label: string, n: number) =>
      `<p>${label}</p>${Array.from({ length: n }, (_, i) => `<p><a href="/post/${label.length}-${i}">${label} number ${i + 1}: how the harbour swimmers braved the winter water at dawn</a></p>`).join('')}`;
    const paragraphs = parseHtmlArticle(page(`${list('From the archive', 2)}${list('Our shop', 2)}`)).paragraphs;
    expect(paragraphs).toEqual(body);
  });

  it('drops a category or archive list that gives each link the count of its posts ("Weekend reading (48)")', () => {
    const categories = ['Weekend reading', 'Data dives', 'Short takes on the news', 'October 2012', 'Uncategorized'];
    const list = categories.map((name, i) => `<li><a href="/category/${i}">${name}</a> (${(i + 3) * 7})</li>`).join('');
    const paragraphs = parseHtmlArticle(page(`<h3>Categories</h3><ul>${list}</ul>`)).paragraphs;
    expect(paragraphs).toEqual(body);
  });

  it('drops what blog software prints around a post: breadcrumbs, links to the neighbouring posts, its entry footer', () => {
    const paragraphs = parseHtmlArticle(
      `<!DOCTYPE html><html lang="en"><head><title>Harbour swim at dawn</title></head><body>
<div class="post"><p>You are here: <a href="/">Home</a> / <a href="/sport">Sport</a> / Harbour swim</p>
<p>« <a href="/older">Older swim club news</a> | <a href="/">Main</a> | <a href="/newer">Winter pool hours</a> »</p>
<h1>Harbour swim at dawn</h1>${body.map((p) => `<p>${p}</p>`).join('')}
<p>This entry was posted on Sunday, November 11th, 2012 at 5:00 pm and is filed under Sport.</p>
<p>You can follow any responses to this entry through the RSS 2.0 feed. You can leave a response, or trackback from your own site.</p>
<p>Posted by Ann | <a href="/author/ann">View all posts by Ann</a></p><h3>Leave a Response</h3></div>${sidebar}</body></html>`,
    ).paragraphs;
    expect(paragraphs).toEqual(body);
  });

  it('drops other stories\' teasers cut short with "Read more…", with their linked headlines, and a "Posted in:" list', () => {
    const teasers = [1, 2]
      .map((i) => `<p><a href="/story-${i}">Another story from the swim club, number ${i}</a></p><p>The club met on the quay again and the water was colder than last week, which surprised … <a href="/story-${i}">Read more...</a></p>`)
      .join('');
    const paragraphs = parseHtmlArticle(page(`<p>Posted in: swimming, harbour, winter, dawn</p>${teasers}`)).paragraphs;
    expect(paragraphs).toEqual(body);
  });

  it('drops a blog plugin\'s greeting to new visitors, but not a sentence that mentions being new here', () => {
    const welcome = 'Welcome to Harbour Swims! If you\'re new here, you can read about me, follow the club and subscribe to the feed.';
    const aside = 'The club has a chat group too. (If you\'re new here, the group is where swim times are posted first.)';
    expect(parseHtmlArticle(page(`<p>${aside}</p><p>${welcome}</p>`)).paragraphs).toEqual([...body, aside]);
  });

  it('drops a newsletter prompt that says first what the newsletter brings', () => {
    const prompt = 'To receive these posts once a month by e-mail, sign up for the Harbour Swims Newsletter.';
    expect(parseHtmlArticle(page(`<p>${prompt}</p>`)).paragraphs).toEqual(body);
  });

  it('drops the print-edition note that closes a newspaper article', () => {
    const note = 'A version of this article appeared in print on November 11, 2012, on page D6 of the New York edition with the headline: Harbour swim.';
    expect(parseHtmlArticle(page(`<p>${note}</p>`)).paragraphs).toEqual(body);
  });

  it('ends at a "Recently published" heading followed by linked headlines and their summaries', () => {
    const teasers = lorem('another story', 3)
      .map((summary, i) => `<h3><a href="/story-${i}">Another story on the front page, number ${i + 1}</a></h3><p>${summary}</p>`)
      .join('');
    const paragraphs = parseHtmlArticle(page(`<h2>Recently published</h2>${teasers}`)).paragraphs;
    expect(paragraphs).toEqual(body);
  });
});
