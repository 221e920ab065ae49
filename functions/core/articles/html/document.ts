/**
 * Parsing a page and running Readability on it. linkedom builds the DOM (no
 * script runs); Readability's failures on malformed pages mean "no article".
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { checkMarkupBudget, checkMarkupSource } from '../markup-budget.js';

export type ReadabilityOptions = NonNullable<ConstructorParameters<typeof Readability>[1]>;
export type ReadabilityResult = NonNullable<ReturnType<Readability<Node>['parse']>>;

export function parseDocument(html: string): Document {
  // linkedom builds a document from a fragment too, but then <html> and <body> may be missing.
  const hasRoot = /<html[\s>]/i.test(html);
  const { document } = parseHTML(hasRoot ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`);
  return document;
}

export function runReadability(document: Document, options: ReadabilityOptions): ReadabilityResult | null {
  if (!document.documentElement || !document.body) return null;
  try {
    return new Readability<Node>(document, { ...options, serializer: (node: Node) => node }).parse();
  } catch {
    // Readability throws on some malformed documents; for us that is simply "no article".
    return null;
  }
}

/**
 * An HTML fragment (a JSON-LD body, a meta value, a Markdown body) parsed into a
 * document's body, within the markup budget: a fragment nested too deep is
 * refused as `what` before and after the parser sees it.
 */
export function parseFragment(html: string, what: string): HTMLElement {
  checkMarkupSource(html, what);
  const { document } = parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`);
  checkMarkupBudget(document.documentElement, what);
  return document.body;
}

/** The elements the page's metadata and signals are read from, gathered in one walk. */
export interface PageElements {
  meta: Element[];
  link: Element[];
  title: Element[];
  script: Element[];
  article: Element[];
  /** Headings and paragraphs in document order, read before Readability moves them: where the lead is found (lead.ts). */
  text: Element[];
  /** Elements whose `itemprop` names `articleBody` (in any case); looked for only when asked. */
  itemprop: Element[];
  /** Elements of class `entry-content` (the hAtom post body); looked for only when asked. */
  entryContent: Element[];
}

/** Which attribute-named elements the walk also gathers: asked for only when the source names them, as most pages do not. */
export interface NamedLookups {
  itemprop?: boolean;
  entryContent?: boolean;
}

const GATHERED = new Set(['meta', 'link', 'title', 'script', 'article']);
const TEXT_BLOCKS = new Set(['h1', 'h2', 'p']);

/**
 * One walk of the tree for every tag the metadata and signals need: each
 * selector query or tag lookup in linkedom walks the whole page again, and
 * five of them cost as much as a tenth of Readability.
 */
export function pageElements(document: Document, lookups: NamedLookups = {}): PageElements {
  const found: PageElements = { meta: [], link: [], title: [], script: [], article: [], text: [], itemprop: [], entryContent: [] };
  if (!document.documentElement) return found;
  walkElements(document.documentElement, (element) => {
    const name = element.localName;
    if (GATHERED.has(name)) found[name as 'meta' | 'link' | 'title' | 'script' | 'article'].push(element);
    else if (TEXT_BLOCKS.has(name)) found.text.push(element);
    if (lookups.itemprop) {
      const itemprop = element.getAttribute('itemprop');
      if (itemprop && itemprop.toLowerCase().split(/\s+/).includes('articlebody')) found.itemprop.push(element);
    }
    if (lookups.entryContent) {
      const classes = element.getAttribute('class');
      if (classes && classes.toLowerCase().split(/\s+/).includes('entry-content')) found.entryContent.push(element);
    }
  });
  return found;
}

/** Every element under `root` (itself included), in document order; iterative, so safe at any depth. */
export function walkElements(root: Element, visit: (element: Element) => void): void {
  const stack: Element[] = [root];
  while (stack.length > 0) {
    const element = stack.pop()!;
    visit(element);
    // Children pushed last-first, so elements come out in document order.
    for (let child = element.lastElementChild; child; child = child.previousElementSibling) stack.push(child);
  }
}
