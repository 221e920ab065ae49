/**
 * The page's own signals of where its article is, beside Readability's guess:
 * `itemprop="articleBody"`, the `<article>` matching the page's URL or headline
 * (infinite scroll), a lone `<article>`, `<main>`.
 */
import { comparable, shareIn } from '../text-measures.js';
import { bodyShingles, extractBlocks, joinBlocks, totalWords, type Blocks } from './blocks.js';
import { pageElements, type NamedLookups, type PageElements } from './document.js';
import { isHeadline } from './lead.js';
import type { JsonLdArticle, PageMetadata } from './metadata.js';

export interface Signal {
  kind: 'itemprop' | 'entry content' | 'matching article' | 'single article' | 'main';
  blocks: Blocks;
}

/**
 * Where the page itself says its article is: `itemprop="articleBody"` and,
 * on a page holding several `<article>`s (infinite scroll), the one matching
 * the page's URL or headline. Read before Readability runs, which rewrites the document.
 */
export function namedBodies(elements: PageElements, page: PageMetadata, jsonLd: JsonLdArticle, fallbackUrl: string | undefined): Signal[] {
  const signals: Signal[] = [];
  // A comment or a review can carry its own articleBody: only bodies of an article (or of no typed scope) count.
  const bodies = elements.itemprop.filter(
    (element) => !/Comment|Review|Answer|Question/i.test(element.closest('[itemscope]')?.getAttribute('itemtype') ?? ''),
  );
  // A body split across sibling elements is joined; a body nested in another is read once.
  const outer = bodies.filter((element) => !bodies.some((other) => other !== element && other.contains(element)));
  if (outer.length > 0) signals.push({ kind: 'itemprop', blocks: joinBlocks(distinctBodies(outer.map((element) => extractBlocks(element)))) });
  // The hAtom microformat's post body (WordPress, Blogger): named only when the page has one post, outside comments.
  const entries = elements.entryContent.filter((element) => !inComment(element));
  if (outer.length === 0 && entries.length === 1) signals.push({ kind: 'entry content', blocks: extractBlocks(entries[0]) });
  const articles = elements.article.length > 1 ? storyArticles(elements) : [];
  if (articles.length > 1) {
    const match = matchingArticle(articles, page, jsonLd, fallbackUrl);
    if (match) signals.push({ kind: 'matching article', blocks: extractBlocks(match) });
  }
  return signals;
}

/** The page's generic containers, the fallback when nothing better is plausible: a lone `<article>`, then `<main>`. */
export function pageContainers(document: Document): Signal[] {
  const signals: Signal[] = [];
  const articles = storyArticles(pageElements(document));
  if (articles.length === 1) signals.push({ kind: 'single article', blocks: extractBlocks(articles[0]) });
  const main = document.querySelector('main, [role="main"]');
  if (main) signals.push({ kind: 'main', blocks: extractBlocks(main) });
  return signals;
}

/**
 * Which attribute-named bodies the page may hold, from its source: a look at the text spares reading two
 * attributes of every element on most pages.
 */
export function namedLookups(source: string): NamedLookups {
  return { itemprop: /itemprop\s*=\s*["']?[^"'>]*articlebody/i.test(source), entryContent: /\bentry-content\b/i.test(source) };
}

/** Whether an element sits inside a comment (by its ancestors' class or id). */
function inComment(element: Element): boolean {
  for (let parent = element.parentElement; parent; parent = parent.parentElement) {
    if (/comment/i.test(`${parent.getAttribute('class') ?? ''} ${parent.id}`)) return true;
  }
  return false;
}

/** Outermost `<article>`s, without comments marked up as articles. */
function storyArticles(elements: PageElements): Element[] {
  return elements.article.filter(
    (element) => !element.parentElement?.closest('article') && !/comment/i.test(`${element.getAttribute('class') ?? ''} ${element.id}`),
  );
}

function matchingArticle(articles: Element[], page: PageMetadata, jsonLd: JsonLdArticle, fallbackUrl: string | undefined): Element | undefined {
  const urls = [page.canonical, page.values.get('og:url'), jsonLd.url, fallbackUrl]
    .map((value) => urlPath(value, fallbackUrl))
    .filter((value): value is string => value !== undefined && value.length > 1);
  const headline = comparable(page.values.get('og:title') ?? jsonLd.headline ?? '');
  const slug = urls[0]?.split('/').filter(Boolean).pop();
  return articles.find((article) => {
    // An empty or query-only href resolves to the page itself without naming any story.
    const hrefs = [...Array.from(article.getElementsByTagName('a')), ...Array.from(article.getElementsByTagName('link'))]
      .map((link) => (link.getAttribute('href') ?? '').trim())
      .filter((href) => href !== '' && !/^[?#]/.test(href));
    const links = hrefs.map((href) => urlPath(href, urls[0] ? `https://host${urls[0]}` : fallbackUrl));
    if (links.some((link) => link !== undefined && urls.includes(link))) return true;
    for (const attribute of ['id', 'data-url', 'data-href', 'data-permalink', 'data-slug']) {
      const value = article.getAttribute(attribute);
      if (value && slug && slug.length > 3 && value.includes(slug)) return true;
      if (value && urls.includes(urlPath(value, fallbackUrl) ?? '')) return true;
    }
    const heading = article.querySelector('h1, h2');
    // The title often carries the site's name after the headline ("Headline — Site").
    return headline !== '' && heading !== null && isHeadline(comparable(heading.textContent ?? ''), headline);
  });
}

/** The same body twice (a copy for another layout) counts once: the longer copy is kept. */
function distinctBodies(parts: Blocks[]): Blocks[] {
  const kept: Array<{ blocks: Blocks; shingles: Set<string> }> = [];
  for (const blocks of [...parts].sort((a, b) => totalWords(b) - totalWords(a))) {
    const shingles = bodyShingles(blocks.paragraphs.join(' '));
    if (kept.some((other) => shareIn(shingles, other.shingles) >= 0.8)) continue;
    kept.push({ blocks, shingles });
  }
  // Back in document order.
  return parts.filter((blocks) => kept.some((entry) => entry.blocks === blocks));
}

function urlPath(value: string | undefined, base: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value.trim(), base ?? 'https://host/');
    // A link with a fragment points into a page (a comment's permalink), not at the story.
    if (url.hash) return undefined;
    return url.pathname.replace(/\/+$/, '') || '/';
  } catch {
    return undefined;
  }
}
