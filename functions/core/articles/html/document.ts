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

/**
 * Elements by tag name: a plain walk of the tree, where linkedom's selector
 * engine costs about as much as parsing the page again.
 */
export function elementsNamed(root: Document | Element, tag: string): Element[] {
  return Array.from(root.getElementsByTagName(tag));
}
