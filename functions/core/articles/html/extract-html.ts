/**
 * The `.html` / `.htm` input format: the main article of a whole web page.
 *
 * Readability (Mozilla, on linkedom) finds the article; the page's own signals
 * (JSON-LD, `itemprop="articleBody"`, the `<article>` matching the URL, `<main>`)
 * confirm, refine or replace its pick. The result is plain-text paragraphs with
 * captions kept apart and metadata from meta tags, JSON-LD and Readability, less
 * the page furniture Readability leaves behind. Nothing returned here carries
 * markup: scripts, event handlers and `javascript:` URLs cannot survive a
 * text-only result.
 *
 * The parts: document.ts (parsing, Readability), blocks.ts (text of an element),
 * page-signals.ts, choose-body.ts (agreement and plausibility), furniture.ts,
 * structured-body.ts (JSON-LD bodies), metadata.ts.
 */
import { ArticleParseError } from '../../errors.js';
import type { ParsedArticle } from '../article.js';
import { checkMarkupBudget, checkMarkupSource } from '../markup-budget.js';
import { extractBlocks, proseWords, wordsOf, type Blocks } from './blocks.js';
import { chooseBody, MIN_ARTICLE_WORDS } from './choose-body.js';
import { pageElements, parseDocument, runReadability } from './document.js';
import { removePageFurniture, withoutRepeatedRuns } from './furniture.js';
import { leadOutsideBody } from './lead.js';
import { buildMetadata, readJsonLd, readPageMetadata } from './metadata.js';
import { namedBodies, namedLookups, pageContainers } from './page-signals.js';
import { preferStructuredBody } from './structured-body.js';

export interface HtmlArticleOptions {
  /** Where the page came from; used when the page names no http(s) URL itself, and to resolve relative links. */
  url?: string;
}

/** Only a page with a plugin object can hold a lead in its fallback (lead.ts). */
const HAS_OBJECT = /<object[\s>]/i;

export function parseHtmlArticle(html: string, options: HtmlArticleOptions = {}): ParsedArticle {
  if (html.trim() === '') throw new ArticleParseError('empty HTML document');
  const source = html.charCodeAt(0) === 0xfeff ? html.slice(1) : html;

  // Metadata and the page's own signals first: Readability rewrites the document it is given.
  const scan = checkMarkupSource(source);
  const document = parseDocument(source);
  // Readability is worse than quadratic in depth: a pathological page is refused before it runs.
  if (!scan.withinLimits) checkMarkupBudget(document.documentElement);
  const elements = pageElements(document, namedLookups(source));
  const page = readPageMetadata(document, elements);
  const jsonLd = readJsonLd(elements);
  const signals = namedBodies(elements, page, jsonLd, options.url);

  const result = runReadability(document, {});
  const body: Blocks = result ? extractBlocks(result.content) : { paragraphs: [], captions: [] };

  const meta = buildMetadata(page, jsonLd, result, options);
  const readable = removePageFurniture(body, meta);
  // The page's containers are read only when Readability's pick is implausible: rare, and worth a second parse then.
  const containers = () => pageContainers(parseDocument(source));
  const chosen = chooseBody({ paragraphs: readable.paragraphs, words: wordsOf(readable), raw: body }, signals, containers, meta);
  if (!chosen) {
    if (result === null) throw new ArticleParseError('no article body: Readability found no readable content on the page');
    const prose = proseWords(body);
    if (prose < MIN_ARTICLE_WORDS) {
      throw new ArticleParseError(`no article body: the readable part of the page has ${prose} words of text outside links`);
    }
    throw new ArticleParseError('no article body: nothing is left once page furniture is removed');
  }
  const story = withoutRepeatedRuns(chosen.paragraphs);
  const paragraphs = preferStructuredBody([...(!HAS_OBJECT.test(source) ? [] : leadOutsideBody(elements.text, story, meta.title)), ...story], jsonLd.articleBody);
  if (paragraphs.length === 0) {
    throw new ArticleParseError('no article body: nothing is left once page furniture is removed');
  }
  const captions = [...new Set([...chosen.captions, ...readable.captions])].filter((caption) => !paragraphs.includes(caption));
  return { meta, paragraphs, captions };
}
