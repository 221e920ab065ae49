/**
 * The `.html` / `.htm` input format: the main article of a whole web page.
 *
 * Readability (Mozilla, on linkedom) finds the article; this module turns its
 * output into plain-text paragraphs, keeps captions apart, gathers metadata from
 * meta tags, JSON-LD and Readability, and removes the page furniture Readability
 * leaves behind. Nothing returned here carries markup: scripts, event handlers and
 * `javascript:` URLs cannot survive a text-only result.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { ArticleParseError } from '../errors.js';
import type { ArticleMetadata, ParsedArticle } from './article.js';
import { languageTag } from './language-tag.js';
import { checkMarkupBudget, checkMarkupSource } from './markup-budget.js';
import { countWords as wordsIn } from './text-measures.js';

export interface HtmlArticleOptions {
  /** Where the page came from; used when the page names no http(s) URL itself, and to resolve relative links. */
  url?: string;
}

type ReadabilityOptions = NonNullable<ConstructorParameters<typeof Readability>[1]>;
type ReadabilityResult = NonNullable<ReturnType<Readability<Node>['parse']>>;

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** A first pass shorter than this many words is retried with relaxed options. */
const SHORT_ARTICLE_WORDS = 120;
/** Fewer words of text outside links than this is not an article (a navigation page, an empty shell). */
const MIN_ARTICLE_WORDS = 10;

export function parseHtmlArticle(html: string, options: HtmlArticleOptions = {}): ParsedArticle {
  if (html.trim() === '') throw new ArticleParseError('empty HTML document');
  const source = html.charCodeAt(0) === 0xfeff ? html.slice(1) : html;

  // Metadata and the page's own signals first: Readability rewrites the document it is given.
  const scan = checkMarkupSource(source);
  const document = parseDocument(source);
  // Readability is worse than quadratic in depth: a pathological page is refused before it runs.
  if (!scan.withinLimits) checkMarkupBudget(document.documentElement);
  const page = readPageMetadata(document);
  const jsonLd = readJsonLd(document);
  const signals = namedBodies(document, source, page, jsonLd, options.url);

  let result = runReadability(document, {});
  let body = result ? extractBlocks(result.content) : { paragraphs: [], captions: [] };
  if (countWords(body.paragraphs) < SHORT_ARTICLE_WORDS) {
    const retry = runReadability(parseDocument(source), {
      charThreshold: 100,
      nbTopCandidates: 10,
      keepClasses: true,
    });
    const retryBody = retry ? extractBlocks(retry.content) : undefined;
    if (retry && retryBody && countWords(retryBody.paragraphs) > countWords(body.paragraphs)) {
      result = retry;
      body = retryBody;
    }
  }

  const meta = buildMetadata(page, jsonLd, result, options);
  const readable = cleanParagraphs(body.paragraphs, body.linkShare ?? [], meta);
  // The page's containers are read only when Readability's pick is implausible: rare, and worth a second parse then.
  const containers = () => pageContainers(parseDocument(source));
  const chosen = chooseBody({ paragraphs: readable.paragraphs, linkShare: body.linkShare ?? [], raw: body }, signals, containers, meta);
  if (!chosen) {
    if (result === null) throw new ArticleParseError('no article body: Readability found no readable content on the page');
    const prose = proseWords(body);
    if (prose < MIN_ARTICLE_WORDS) {
      throw new ArticleParseError(`no article body: the readable part of the page has ${prose} words of text outside links`);
    }
    throw new ArticleParseError('no article body: nothing is left once page furniture is removed');
  }
  const paragraphs = preferStructuredBody(chosen.paragraphs, jsonLd.articleBody);
  if (paragraphs.length === 0) {
    throw new ArticleParseError('no article body: nothing is left once page furniture is removed');
  }
  const captions = dedupe([...chosen.captions, ...readable.captions].filter((caption) => !paragraphs.includes(caption)));
  return { meta, paragraphs, captions };
}

function proseWords(blocks: Blocks): number {
  return blocks.paragraphs.reduce((sum, paragraph, index) => sum + ((blocks.linkShare?.[index] ?? 0) < 0.5 ? wordCount(paragraph) : 0), 0);
}

// ---------------------------------------------------------------------------
// The page's own signals, and the choice between them and Readability

interface Signal {
  kind: 'itemprop' | 'matching article' | 'single article' | 'main';
  blocks: Blocks;
}

/**
 * Where the page itself says its article is: `itemprop="articleBody"` and,
 * on a page holding several `<article>`s (infinite scroll), the one matching
 * the page's URL or headline. Read before Readability runs, which rewrites the document.
 */
function namedBodies(document: Document, source: string, page: PageMetadata, jsonLd: JsonLdArticle, fallbackUrl: string | undefined): Signal[] {
  const signals: Signal[] = [];
  // Selector queries walk the whole tree: a look at the text first spares them on most pages.
  const mayHaveBody = /itemprop\s*=\s*["']?[^"'>]*articlebody/i.test(source);
  const mayHaveArticles = (source.match(/<article[\s>]/gi)?.length ?? 0) > 1;
  if (!mayHaveBody && !mayHaveArticles) return signals;
  // A comment or a review can carry its own articleBody: only bodies of an article (or of no typed scope) count.
  const bodies = (mayHaveBody ? Array.from(document.querySelectorAll('[itemprop~="articleBody"], [itemprop~="articlebody"]')) : []).filter(
    (element) => !/Comment|Review|Answer|Question/i.test(element.closest('[itemscope]')?.getAttribute('itemtype') ?? ''),
  );
  // A body split across sibling elements is joined; a body nested in another is read once.
  const outer = bodies.filter((element) => !bodies.some((other) => other !== element && other.contains(element)));
  if (outer.length > 0) signals.push({ kind: 'itemprop', blocks: joinBlocks(distinctBodies(outer.map((element) => extractBlocks(element)))) });
  const articles = mayHaveArticles ? storyArticles(document) : [];
  if (articles.length > 1) {
    const match = matchingArticle(articles, page, jsonLd, fallbackUrl);
    if (match) signals.push({ kind: 'matching article', blocks: extractBlocks(match) });
  }
  return signals;
}

/** The page's generic containers, the fallback when nothing better is plausible: a lone `<article>`, then `<main>`. */
function pageContainers(document: Document): Signal[] {
  const signals: Signal[] = [];
  const articles = storyArticles(document);
  if (articles.length === 1) signals.push({ kind: 'single article', blocks: extractBlocks(articles[0]) });
  const main = document.querySelector('main, [role="main"]');
  if (main) signals.push({ kind: 'main', blocks: extractBlocks(main) });
  return signals;
}

/** Outermost `<article>`s, without comments marked up as articles. */
function storyArticles(document: Document): Element[] {
  return Array.from(document.querySelectorAll('article')).filter(
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
    const hrefs = Array.from(article.querySelectorAll('a[href], link[href]'))
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
    return headline !== '' && heading !== null && comparable(heading.textContent ?? '') === headline;
  });
}

/** The same body twice (a copy for another layout) counts once: the longer copy is kept. */
function distinctBodies(parts: Blocks[]): Blocks[] {
  const kept: Array<{ blocks: Blocks; shingles: Set<string> }> = [];
  for (const blocks of [...parts].sort((a, b) => countWords(b.paragraphs) - countWords(a.paragraphs))) {
    const shingles = shingleSet(blocks.paragraphs.join(' '));
    if (kept.some((other) => share(shingles, other.shingles) >= 0.8)) continue;
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

function joinBlocks(parts: Blocks[]): Blocks {
  return {
    paragraphs: parts.flatMap((part) => part.paragraphs),
    captions: parts.flatMap((part) => part.captions),
    linkShare: parts.flatMap((part) => part.linkShare ?? part.paragraphs.map(() => 0)),
  };
}

interface Chosen {
  paragraphs: string[];
  captions: string[];
}

/** Consent banners, newsletter prompts and author boxes: what wins on short pages when the article is missed. */
const IMPLAUSIBLE_BODY = [
  /\b(cookies?|consent|privacy (policy|settings)|gdpr)\b/i,
  /\b(subscribe|sign up|newsletter|inbox)\b/i,
  /^[\p{Lu}][\p{L}.'’-]+( [\p{Lu}][\p{L}.'’-]+){0,3} (is|was|has been) (a|an|the) [^.]{0,80}\b(editor|writer|reporter|correspondent|journalist|author|contributor|columnist)\b/u,
];

/**
 * Whether a body reads like an article: enough words outside links, not
 * mostly links, not a short consent, newsletter or author-bio block.
 */
function plausible(paragraphs: string[], linkShare: number[]): boolean {
  const words = paragraphs.map(wordCount);
  const total = words.reduce((sum, count) => sum + count, 0);
  const prose = words.reduce((sum, count, index) => sum + ((linkShare[index] ?? 0) < 0.5 ? count : 0), 0);
  if (prose < MIN_ARTICLE_WORDS || prose < total * 0.5) return false;
  if (total < 150 && IMPLAUSIBLE_BODY.some((pattern) => pattern.test(paragraphs.join(' ')))) return false;
  return true;
}

/**
 * Readability's body unless the page's own signals say otherwise:
 * - an `itemprop="articleBody"` that Readability's pick barely covers (it chose a bigger table, a comment thread) replaces it;
 * - on a page with several `<article>`s, the one matching the URL replaces a pick that is mostly elsewhere;
 * - an implausible pick (too short, mostly links, a banner or a bio) falls back to the first plausible signal.
 */
function chooseBody(
  readable: { paragraphs: string[]; linkShare: number[]; raw: Blocks },
  signals: Signal[],
  containers: () => Signal[],
  meta: ArticleMetadata,
): Chosen | undefined {
  const cleanedSignal = (signal: Signal): Blocks => {
    const cleaned = cleanParagraphs(signal.blocks.paragraphs, signal.blocks.linkShare ?? [], meta);
    return { paragraphs: cleaned.paragraphs, captions: [...signal.blocks.captions, ...cleaned.captions], linkShare: [] };
  };
  const ours = shingleSet(readable.paragraphs.join(' '));
  const readableOk = readable.paragraphs.length > 0 && plausible(readable.raw.paragraphs, readable.raw.linkShare ?? []);
  for (const signal of signals) {
    const candidate = cleanedSignal(signal);
    if (!plausible(signal.blocks.paragraphs, signal.blocks.linkShare ?? []) || countWords(candidate.paragraphs) < MIN_ARTICLE_WORDS) continue;
    // The page names its body: that wins over a guess, whether the guess missed it or added furniture around it,
    // unless the guess holds it whole and is much longer (the named element was only the lead).
    const theirs = shingleSet(candidate.paragraphs.join(' '));
    if (!readableOk) return candidate;
    if (signal.kind === 'itemprop') {
      // Readability missed the named body: take it. Readability holds it: keep Readability's text (it
      // also has the lead and subheadings) without the blocks that lie outside the body, unless the
      // named element was only the lead of a much longer text.
      const held = share(theirs, ours);
      // Readability's pick lies inside a much larger named element (a wrapper with comments): the pick is the refined body.
      const refined = share(ours, theirs) >= 0.8 && countWords(candidate.paragraphs) > 1.5 * countWords(readable.paragraphs);
      if (held < 0.5 && !refined) return candidate;
      if (refined) return { paragraphs: readable.paragraphs, captions: readable.raw.captions };
      const isLead = held >= 0.8 && countWords(candidate.paragraphs) < 0.6 * countWords(readable.paragraphs);
      const within = isLead ? readable.paragraphs : keepWithin(readable.paragraphs, theirs);
      return { paragraphs: within, captions: readable.raw.captions };
    } else if (share(ours, theirs) < 0.5) {
      // The <article> matching the URL is a whole story with its furniture: it wins only when the guess is mostly another story.
      return candidate;
    }
  }
  if (readableOk) return { paragraphs: readable.paragraphs, captions: readable.raw.captions };
  for (const signal of [...signals, ...containers()]) {
    if (!plausible(signal.blocks.paragraphs, signal.blocks.linkShare ?? [])) continue;
    const candidate = cleanedSignal(signal);
    if (countWords(candidate.paragraphs) >= MIN_ARTICLE_WORDS) return candidate;
  }
  return readable.paragraphs.length > 0 && proseWords(readable.raw) >= MIN_ARTICLE_WORDS ? { paragraphs: readable.paragraphs, captions: readable.raw.captions } : undefined;
}

// ---------------------------------------------------------------------------
// Document and Readability

function parseDocument(html: string): Document {
  // linkedom builds a document from a fragment too, but then <html> and <body> may be missing.
  const hasRoot = /<html[\s>]/i.test(html);
  const { document } = parseHTML(hasRoot ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`);
  return document;
}

function runReadability(document: Document, options: ReadabilityOptions): ReadabilityResult | null {
  if (!document.documentElement || !document.body) return null;
  try {
    return new Readability<Node>(document, { ...options, serializer: (node: Node) => node }).parse();
  } catch {
    // Readability throws on some malformed documents; for us that is simply "no article".
    return null;
  }
}

// ---------------------------------------------------------------------------
// Text blocks from Readability's article element

interface Blocks {
  paragraphs: string[];
  captions: string[];
  /** For each paragraph, the share of its characters that sit inside links. */
  linkShare?: number[];
}

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'CAPTION', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P',
  'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TFOOT', 'THEAD', 'TR', 'UL',
]);
/** Table cells: one paragraph per row, cells separated by a space. */
const CELL_TAGS = new Set(['TD', 'TH']);
const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'CANVAS', 'BUTTON', 'SELECT',
  'TEXTAREA', 'INPUT', 'VIDEO', 'AUDIO', 'PICTURE', 'IMG', 'SOURCE', 'MATH',
]);

function extractBlocks(root: Node | null | undefined): Blocks {
  const paragraphs: string[] = [];
  const captions: string[] = [];
  const linkShare: number[] = [];
  if (!root) return { paragraphs, captions, linkShare };
  let current = '';
  let linked = 0;
  const flush = (): void => {
    const text = normaliseSpace(current);
    if (text !== '') {
      paragraphs.push(text);
      linkShare.push(Math.min(1, normaliseSpace(current).length === 0 ? 0 : linked / text.length));
    }
    current = '';
    linked = 0;
  };
  const walk = (node: Node, inLink: boolean): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        const text = child.nodeValue ?? '';
        current += text;
        if (inLink) linked += normaliseSpace(text).length;
        continue;
      }
      if (child.nodeType !== ELEMENT_NODE) continue;
      const tag = (child as Element).tagName.toUpperCase();
      if (SKIPPED_TAGS.has(tag)) continue;
      if (tag === 'FIGCAPTION') {
        const caption = normaliseSpace(child.textContent ?? '');
        if (caption !== '') captions.push(caption);
        continue;
      }
      const link = inLink || tag === 'A';
      if (BLOCK_TAGS.has(tag)) {
        flush();
        walk(child, link);
        flush();
      } else if (CELL_TAGS.has(tag)) {
        current += ' ';
        walk(child, link);
        current += ' ';
      } else {
        walk(child, link);
      }
    }
  };
  walk(root, false);
  flush();
  return { paragraphs, captions, linkShare };
}

// ---------------------------------------------------------------------------
// Boilerplate

/** Page furniture, anywhere in the body (only short paragraphs are tested). */
const BOILERPLATE: RegExp[] = [
  /^(advertisement|advertising|sponsored( content)?|ad|ads|promoted|story continues below( advertisement)?|continue reading( below)?|scroll to continue( with content)?)$/i,
  /^advertisement\W+(continue reading|story continues)/i,
  /^(share|tweet|pin|email|print|comment|save)( (this|the))?( (article|story|post|page))?( (on|via) [\w ]+)?$/i,
  /^(share|sharing) (this|on)\b/i,
  /^(related|read more|more|see also|recommended|most (popular|read|viewed)|trending|you (may|might) also like|further reading|related (articles|stories|coverage|content|posts|links|topics))( (stories|articles|coverage|content|news|reading))?\W*$/i,
  /^(read|see|watch|listen)( more| also| next)?\s*:/i,
  /^related\s*:/i,
  /^(click|tap) here to\b/i,
  /^(sign up|subscribe)\b.{0,80}\b(newsletter|inbox|updates|alerts|digest)\b/i,
  /^(get|receive) (our|the) .{0,60}\bnewsletter\b/i,
  /\b(we|this (site|website)) uses? cookies\b/i,
  /^(photo|image|picture|illustration|graphic|video)s?( credit)?\s*(:|©|\/|by\b)/i,
  /^(credit|source|copyright)\s*:/i,
  /^(getty images|ap photo|reuters|afp|shutterstock|epa)\b/i,
  /^follow (us|me|\w+) on\b/i,
  /^(leave|post|add) a comment\b/i,
  /^your email address will not be published\b/i,
  /^(comments?|\d+ comments?)$/i,
  /^(updated|published|posted|last updated)\s*:?\s*\w+ \d/i,
  /^image \d+ of\b/i,
  /^(caption|close|menu|search|home|skip to (main )?content|toggle navigation|loading\W*)$/i,
  /^(tags?|topics?|filed under|categories|keywords)\s*:/i,
  /\b(comments?|coment[aá]rios?|kommentare?)\b.{0,120}\b(moderat\w*|approv\w*|aprovad\w*)/i,
];

/** A label that introduces a list of tags; the comma-separated list after it goes too. */
const TAG_LABEL = /^(tags?|topics?|filed under|categories|keywords)\s*:?$/i;
const isTagList = (text: string): boolean => text.split(',').length >= 3 && !/[.!?]$/.test(text) && text.split(',').every((item) => wordCount(item.trim()) <= 6);

/** Credits, bios and promotions that close an article (tested on the last few paragraphs). */
const TAIL_BOILERPLATE: RegExp[] = [
  /^\(?(reporting|additional reporting|writing|editing) by\b/i,
  /\bcontributed (reporting )?(to )?(this|the) (report|story|article)\b/i,
  /^citation\s*:/i,
  /^this document is subject to copyright\b/i,
  /^(join|follow) (us|our|@)/i,
  /^if you (enjoyed|liked|value) this (article|story|post|piece)\b/i,
  /^[\p{Lu}][\p{L}.'’-]+( [\p{Lu}][\p{L}.'’-]+){0,3}( \([^)]*\))? (is|was) (a|an|the) [^.]{0,80}\b(editor|writer|reporter|correspondent|journalist|author|contributor|columnist|freelancer?|producer|analyst)\b/u,
];

/** A caption that was not marked up as one: it ends with a photo credit. */
const PHOTO_CREDIT = /(\((ap |afp |reuters |epa |getty )?(photo|foto|image|picture|credit)s?\b[^()]*\)|\b(photo|image|picture)( credit)?\s*:\s*[^.]{1,60}|\/\s*(getty images|shutterstock|ap|afp|reuters|epa))\s*$/i;

const DATE_WORD =
  /^(\d{1,4}(st|nd|rd|th|h)?|jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?|mon(day)?|tue(s|sday)?|wed(nesday)?|thu(r|rs|rsday)?|fri(day)?|sat(urday)?|sun(day)?|am|pm|a\.?m|p\.?m|at|on|utc|gmt|[a-z][sd]t|updated|published|posted|last|modified|[0-9:.]+)$/i;

function isDateLine(paragraph: string): boolean {
  const words = paragraph.split(/[\s,|·•/()]+/).filter((word) => word !== '' && word !== '-' && word !== '—');
  return words.length > 0 && words.length <= 12 && /\d/.test(paragraph) && words.every((word) => DATE_WORD.test(word.replace(/\.$/, '')));
}

/** Language-aware (CJK and Thai are segmented), so a Chinese page is not "a page without words". */
const wordCount = wordsIn;
/** A paragraph that reads as running text rather than a label. */
const isProse = (text: string): boolean => wordCount(text) >= 15 && !/^(https?:\/\/|www\.)\S*$/i.test(text);

function linkRuns(paragraphs: string[], linkShare: number[]): Set<number> {
  const found = new Set<number>();
  let run: number[] = [];
  const end = (): void => {
    if (run.length >= 3) run.forEach((index) => found.add(index));
    run = [];
  };
  paragraphs.forEach((paragraph, index) => {
    if ((linkShare[index] ?? 0) >= 0.9 && wordCount(paragraph) <= 8) run.push(index);
    else end();
  });
  end();
  return found;
}

function cleanParagraphs(paragraphs: string[], linkShare: number[], meta: ArticleMetadata): Blocks {
  const title = meta.title ? comparable(meta.title) : '';
  const author = meta.author ? comparable(meta.author) : '';
  const firstProse = Math.max(0, paragraphs.findIndex(isProse));
  // Runs of three or more short lines that are nothing but links are navigation or teasers.
  const navigation = linkRuns(paragraphs, linkShare);

  const kept: string[] = [];
  const captions: string[] = [];
  paragraphs.forEach((paragraph, index) => {
    const words = wordCount(paragraph);
    const key = comparable(paragraph);
    if (key === '') return;
    const inLead = index < firstProse;
    if (inLead || index < 3) {
      // The headline and a byline repeated at the top of the body.
      if (title !== '' && key === title) return;
      if (words <= 12 && (/^by\s/i.test(paragraph) || (author !== '' && key.includes(author)))) return;
    }
    if (navigation.has(index)) return;
    if (TAG_LABEL.test(paragraph)) return;
    if (index > 0 && TAG_LABEL.test(paragraphs[index - 1] ?? '') && isTagList(paragraph)) return;
    if (inLead && /^\S+$/.test(paragraph) && /^(https?:\/\/|www\.)/i.test(paragraph)) return;
    if (isDateLine(paragraph)) return;
    if (words <= 25 && BOILERPLATE.some((pattern) => pattern.test(paragraph))) return;
    if (index >= paragraphs.length - 5 && words <= 70 && TAIL_BOILERPLATE.some((pattern) => pattern.test(paragraph))) return;
    if (words <= 60 && PHOTO_CREDIT.test(paragraph)) {
      captions.push(paragraph);
      return;
    }
    kept.push(paragraph);
  });
  return { paragraphs: kept, captions };
}

/**
 * When JSON-LD carries the article's text and it covers most of what Readability
 * found, paragraphs absent from it are page furniture; when it is clearly fuller
 * than Readability's text, it replaces it.
 */
function preferStructuredBody(paragraphs: string[], articleBody: string | undefined): string[] {
  if (!articleBody) return paragraphs;
  const structured = structuredParagraphs(articleBody);
  const structuredShingles = shingleSet(structured.join(' '));
  if (structuredShingles.size < 20) return paragraphs;
  const ours = shingleSet(paragraphs.join(' '));
  const ourCoverage = share(ours, structuredShingles);
  // We hold almost none of the page's declared body: the extractor missed it (a body in a "comment" box).
  if (share(structuredShingles, ours) < 0.2 && countWords(structured) >= 80) return structured;
  if (ourCoverage < 0.6) return paragraphs;
  const filtered = keepWithin(paragraphs, structuredShingles);
  const filteredShingles = shingleSet(filtered.join(' '));
  // JSON-LD text that is much fuller than ours, and in real paragraphs, is the better body.
  if (structured.length > 1 && share(structuredShingles, filteredShingles) < 0.8) return structured;
  return filtered;
}

/** The paragraphs that belong to a declared body; those too short to tell (a subheading) stay. */
function keepWithin(paragraphs: string[], body: Set<string>): string[] {
  return paragraphs.filter((paragraph) => {
    const own = shingleSet(paragraph);
    return own.size === 0 || share(own, body) >= 0.2;
  });
}

function structuredParagraphs(articleBody: string): string[] {
  const isHtml = /<[a-z][^>]*>/i.test(articleBody);
  if (isHtml || /&[a-z#0-9]+;/i.test(articleBody)) {
    // Markup or entities: let the parser read it. In plain text with entities, line breaks separate paragraphs.
    const markup = isHtml ? articleBody : articleBody.replace(/\n+/g, '<p>');
    checkMarkupSource(markup, 'JSON-LD article body');
    const { document } = parseHTML(`<!DOCTYPE html><html><body>${markup}</body></html>`);
    checkMarkupBudget(document.documentElement, 'JSON-LD article body');
    return extractBlocks(document.body).paragraphs;
  }
  return articleBody
    .split(/\n+/)
    .map(normaliseSpace)
    .filter((line) => line !== '');
}

function shingleSet(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? [];
  const set = new Set<string>();
  for (let i = 0; i + 4 <= words.length; i++) set.add(`${words[i]} ${words[i + 1]} ${words[i + 2]} ${words[i + 3]}`);
  return set;
}

/** The share of `part` found in `whole`. */
function share(part: Set<string>, whole: Set<string>): number {
  if (part.size === 0) return 0;
  let found = 0;
  for (const item of part) if (whole.has(item)) found++;
  return found / part.size;
}

// ---------------------------------------------------------------------------
// Metadata

interface PageMetadata {
  values: Map<string, string>;
  canonical?: string;
  lang?: string;
  dir?: string;
  documentTitle?: string;
}

function readPageMetadata(document: Document): PageMetadata {
  const values = new Map<string, string>();
  for (const element of Array.from(document.querySelectorAll('meta'))) {
    const content = element.getAttribute('content');
    if (content === null || content.trim() === '') continue;
    // `property` may hold several names ("dc:description og:description").
    const keys = (element.getAttribute('property') ?? element.getAttribute('name') ?? element.getAttribute('itemprop') ?? '')
      .toLowerCase()
      .split(/\s+/)
      .filter((key) => key !== '');
    for (const key of keys) if (!values.has(key)) values.set(key, content);
  }
  const canonical = document.querySelector('link[rel~="canonical"]')?.getAttribute('href') ?? undefined;
  const root = document.documentElement;
  return {
    values,
    canonical,
    lang: root?.getAttribute('lang') ?? root?.getAttribute('xml:lang') ?? undefined,
    dir: root?.getAttribute('dir') ?? undefined,
    documentTitle: document.querySelector('title')?.textContent ?? undefined,
  };
}

interface JsonLdArticle {
  headline?: string;
  articleBody?: string;
  author?: string;
  datePublished?: string;
  section?: string;
  url?: string;
  image?: string;
  publisher?: string;
}

const ARTICLE_TYPE = /^(\w*Article|BlogPosting|LiveBlogPosting|Report|SocialMediaPosting)$/;

function readJsonLd(document: Document): JsonLdArticle {
  const found: JsonLdArticle = {};
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    try {
      data = JSON.parse((script.textContent ?? '').replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, ''));
    } catch {
      continue;
    }
    for (const node of jsonLdNodes(data)) {
      const types = ([] as unknown[]).concat(node['@type']).filter((type): type is string => typeof type === 'string');
      if (!types.some((type) => ARTICLE_TYPE.test(type))) continue;
      found.headline ??= firstString(node.headline) ?? firstString(node.name);
      const body = firstString(node.articleBody) ?? firstString(node.text);
      if (body && body.length > (found.articleBody?.length ?? 0)) found.articleBody = body;
      found.author ??= names(node.author);
      found.datePublished ??= firstString(node.datePublished) ?? firstString(node.dateCreated);
      found.section ??= firstString(node.articleSection);
      found.url ??= firstString(node.url) ?? firstString(node.mainEntityOfPage);
      found.image ??= imageUrl(node.image);
      found.publisher ??= names(node.publisher);
    }
  }
  return found;
}

type JsonObject = Record<string, unknown>;

function jsonLdNodes(data: unknown, depth = 0): JsonObject[] {
  if (depth > 4 || data === null || typeof data !== 'object') return [];
  if (Array.isArray(data)) return data.flatMap((item) => jsonLdNodes(item, depth + 1));
  const node = data as JsonObject;
  return [node, ...jsonLdNodes(node['@graph'], depth + 1), ...jsonLdNodes(node.mainEntity, depth + 1)];
}

function firstString(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  if (Array.isArray(value)) return value.map(firstString).find((item) => item !== undefined);
  if (value !== null && typeof value === 'object') return firstString((value as JsonObject)['@id']);
  return undefined;
}

function names(value: unknown): string | undefined {
  const list = (Array.isArray(value) ? value : [value])
    .map((item) => (typeof item === 'string' ? item : item && typeof item === 'object' ? (item as JsonObject).name : undefined))
    .filter((item): item is string => typeof item === 'string' && item.trim() !== '');
  return list.length > 0 ? list.join(', ') : undefined;
}

function imageUrl(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(imageUrl).find((item) => item !== undefined);
  if (value !== null && typeof value === 'object') return firstString((value as JsonObject).url);
  return undefined;
}

function buildMetadata(
  page: PageMetadata,
  jsonLd: JsonLdArticle,
  result: ReadabilityResult | null,
  options: HtmlArticleOptions,
): ArticleMetadata {
  const value = (...keys: string[]): string | undefined => {
    for (const key of keys) {
      const found = page.values.get(key);
      if (found !== undefined) return found;
    }
    return undefined;
  };
  const meta: ArticleMetadata = {};
  const fallbackUrl = httpUrl(options.url);
  const url =
    httpUrl(page.canonical, fallbackUrl) ?? httpUrl(value('og:url'), fallbackUrl) ?? httpUrl(jsonLd.url, fallbackUrl) ?? fallbackUrl;
  if (url) meta.url = url;

  const source = firstText(value('og:site_name'), result?.siteName, jsonLd.publisher, value('application-name'));
  const hostname = url ? new URL(url).hostname.replace(/^www\./, '') : undefined;
  if (source ?? hostname) meta.source = source ?? hostname;

  const rawTitle = firstText(result?.title, value('og:title'), value('twitter:title'), jsonLd.headline, page.documentTitle);
  const title = rawTitle ? stripSiteSuffix(rawTitle, [source, value('og:site_name'), hostname]) : undefined;
  if (title) meta.title = title;

  // A byline is a name or a short list of names: not a URL (article:author often is one), not a paragraph.
  const author = [result?.byline, value('author'), value('article:author'), value('dc.creator'), value('parsely-author'), jsonLd.author]
    .map((candidate) => plain(candidate)?.replace(/^by\s+/i, '').trim())
    .find((candidate) => candidate && candidate.length <= 100 && !/^https?:\/\//i.test(candidate));
  if (author) meta.author = author;

  const published = isoDate(
    value('article:published_time', 'og:article:published_time', 'datepublished', 'pubdate', 'date', 'dc.date') ??
      result?.publishedTime ??
      jsonLd.datePublished,
  );
  if (published) meta.publishedAt = published;

  const section = plain(value('article:section', 'og:article:section') ?? jsonLd.section);
  if (section) meta.section = section;

  const image = httpUrl(value('og:image:secure_url', 'og:image', 'og:image:url', 'twitter:image', 'twitter:image:src') ?? jsonLd.image, url);
  if (image) {
    meta.image = image;
    const alt = plain(value('og:image:alt', 'twitter:image:alt'));
    if (alt) meta.imageAlt = alt;
  }

  const lang = languageTag(plain(page.lang ?? result?.lang ?? value('og:locale')));
  if (lang) meta.lang = lang;
  const dir = (page.dir ?? result?.dir ?? '').trim().toLowerCase();
  if (dir === 'rtl' || dir === 'ltr') meta.dir = dir;
  else if (meta.lang && /^(ar|he|iw|fa|ur|yi|ps|sd|ug|dv|ckb)\b/i.test(meta.lang)) meta.dir = 'rtl';
  return meta;
}

/** Drops a trailing " | Site" / " - Site" when the suffix is the site's name. */
function stripSiteSuffix(title: string, siteNames: Array<string | undefined>): string {
  const match = /^(.+?)\s+[|\-–—:·•]\s+([^|\-–—:·•]+)$/.exec(title);
  if (!match?.[1] || !match[2]) return title;
  const suffix = comparable(match[2]);
  const matches = siteNames.some((name) => {
    if (!name) return false;
    const site = comparable(name);
    return site !== '' && (site === suffix || site.replace(/ /g, '') === suffix.replace(/ /g, ''));
  });
  return matches ? match[1].trim() : title;
}

function httpUrl(value: string | undefined, base?: string): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(plain(value) ?? '', base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function isoDate(value: string | undefined): string | undefined {
  const text = plain(value);
  if (!text) return undefined;
  const time = Date.parse(text);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

function firstText(...values: Array<string | null | undefined>): string | undefined {
  for (const value of values) {
    const text = plain(value);
    if (text) return text;
  }
  return undefined;
}

const MAX_META_CHARS = 4_096;

/** Meta values are attribute text, never parsed: strip any markup they carry and normalise spaces. */
function plain(value: string | null | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  // No title, name or link needs more; a longer URL is dropped later with a note.
  let text = value.length > MAX_META_CHARS ? value.slice(0, MAX_META_CHARS) : value;
  for (let round = 0; round < 3 && /<[a-z!/?]/i.test(text); round++) {
    const { document } = parseHTML(`<!DOCTYPE html><html><body>${text}</body></html>`);
    checkMarkupBudget(document.documentElement, 'metadata value');
    for (const element of Array.from(document.querySelectorAll('script, style, noscript, template'))) element.remove();
    text = document.body?.textContent ?? '';
  }
  text = normaliseSpace(text.replace(/<(?=[a-z!/?])/gi, ''));
  return text === '' ? undefined : text;
}

// ---------------------------------------------------------------------------
// Text helpers

function normaliseSpace(text: string): string {
  return text.replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '').replace(/\s+/g, ' ').trim();
}

function comparable(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function countWords(paragraphs: string[]): number {
  return paragraphs.reduce((sum, paragraph) => sum + wordsIn(paragraph), 0);
}

function dedupe(items: string[]): string[] {
  return [...new Set(items)];
}
