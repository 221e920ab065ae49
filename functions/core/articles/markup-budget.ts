import { ArticleParseError } from '../errors.js';

/**
 * Limits on the shape of a page, checked before any extractor walks it.
 *
 * Readability's conditional cleaning is worse than quadratic in nesting depth
 * (400 nested divs take seconds, 2,000 take minutes), and html-to-text and
 * marked recurse once per level until the stack overflows. No real article
 * comes near these limits: across the 800 pages of the benchmark sets the
 * deepest is 65 levels and the largest has about 5,000 elements.
 */
export const MAX_MARKUP_DEPTH = 250;
export const MAX_MARKUP_ELEMENTS = 60_000;
/** Markdown containers (`>` quotes, indented lists) nested deeper than this are refused before marked sees them. */
export const MAX_MARKDOWN_NESTING = 100;

/** Elements whose end tag may be left out (the parser closes them) and void elements: they do not deepen the tree. */
const NOT_NESTING = new Set([
  'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'thead', 'tbody', 'tfoot', 'colgroup', 'caption', 'rb', 'rt', 'rp',
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'basefont', 'frame', 'keygen',
]);
/** Elements whose content is text to the parser, not markup. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noembed', 'noframes', 'plaintext']);

/**
 * The same limit on the markup text, before any parser sees it: linkedom
 * itself takes time quadratic in depth (50,000 nested divs: seconds). Open and
 * close tags are counted with a scan that skips comments and script-like
 * content; a source nested four times deeper than the limit is refused here,
 * the rest is measured exactly on the parsed tree.
 */
export function checkMarkupSource(html: string, what = 'page'): { withinLimits: boolean } {
  const tag = /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-zA-Z][\w:-]*)\b[^>]*?(\/?)>/g;
  let depth = 0;
  let deepest = 0;
  let elements = 0;
  let rawText: string | undefined;
  for (let match = tag.exec(html); match; match = tag.exec(html)) {
    const name = match[2]?.toLowerCase();
    if (name === undefined) continue;
    const closing = match[1] === '/';
    if (rawText) {
      if (closing && name === rawText) rawText = undefined;
      continue;
    }
    if (closing) {
      if (!NOT_NESTING.has(name) && depth > 0) depth -= 1;
      continue;
    }
    elements += 1;
    if (RAW_TEXT.has(name)) rawText = name;
    else if (!NOT_NESTING.has(name) && match[3] !== '/') depth += 1;
    if (depth > deepest) deepest = depth;
    if (depth > MAX_MARKUP_DEPTH * 4) {
      throw new ArticleParseError(`the ${what} nests elements more than ${MAX_MARKUP_DEPTH} levels deep: refused before extraction`);
    }
    if (elements > MAX_MARKUP_ELEMENTS * 2) {
      throw new ArticleParseError(`the ${what} has more than ${MAX_MARKUP_ELEMENTS.toLocaleString('en')} elements: refused before extraction`);
    }
  }
  // Elements whose end tag is implied are not counted, so one counted level can be up to four in the
  // tree (table > tbody > tr > td): a source within a quarter of the limit gives a tree within it, and
  // the exact walk can be skipped.
  return { withinLimits: deepest * 4 <= MAX_MARKUP_DEPTH && elements <= MAX_MARKUP_ELEMENTS };
}

interface TreeNode {
  firstElementChild?: TreeNode | null;
  nextElementSibling?: TreeNode | null;
}

/**
 * Refuses a parsed document that is too deep or has too many elements. The
 * walk is iterative (an explicit stack), so it is itself safe at any depth.
 */
export function checkMarkupBudget(root: TreeNode | null | undefined, what = 'page'): void {
  if (!root) return;
  let elements = 0;
  let deepest = 0;
  const stack: Array<[TreeNode, number]> = [[root, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    elements += 1;
    if (depth > deepest) deepest = depth;
    if (depth > MAX_MARKUP_DEPTH) {
      throw new ArticleParseError(`the ${what} nests elements more than ${MAX_MARKUP_DEPTH} levels deep: refused before extraction`);
    }
    if (elements > MAX_MARKUP_ELEMENTS) {
      throw new ArticleParseError(`the ${what} has more than ${MAX_MARKUP_ELEMENTS.toLocaleString('en')} elements: refused before extraction`);
    }
    for (let child = node.firstElementChild; child; child = child.nextElementSibling) stack.push([child, depth + 1]);
  }
}

/**
 * Refuses Markdown whose block containers nest deeper than any article does
 * (marked recurses once per `>` and overflows the stack near 20,000).
 */
export function checkMarkdownBudget(markdown: string): void {
  for (const line of markdown.split('\n')) {
    // Only the line's opening can nest: quote markers, list markers and indentation.
    const opening = /^[\s>*+\-\d.)]*/.exec(line.length > 4_000 ? line.slice(0, 4_000) : line)?.[0] ?? '';
    const quotes = opening.split('>').length - 1;
    const indent = opening.replace(/\t/g, '    ').replace(/\S.*$/, '').length;
    if (quotes > MAX_MARKDOWN_NESTING || indent / 2 > MAX_MARKDOWN_NESTING) {
      throw new ArticleParseError(`the Markdown nests quotes or lists more than ${MAX_MARKDOWN_NESTING} levels deep: refused before extraction`);
    }
  }
}
