/**
 * Plain-text paragraphs of an element: one paragraph per block, one per table
 * row, figure captions kept apart, and for each paragraph the share of its text
 * inside links (navigation and teasers are mostly links).
 */
import { countWords, normalizeSpace, wordShingles } from '../text-measures.js';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

export interface Blocks {
  paragraphs: string[];
  captions: string[];
  /** For each paragraph, the share of its characters that sit inside links. */
  linkShare?: number[];
  /** For each paragraph, how many links it holds (a breadcrumb or a share bar is several; a linked headline one). */
  links?: number[];
  /** For each paragraph, the host all its links lead to ('' for links within the page's site), undefined when they lead to several or there are none. */
  linkHosts?: Array<string | undefined>;
  /** For each paragraph, its words (see wordsOf). */
  words?: number[];
}

/** The words of each paragraph, counted once per body however often the choice asks. */
export function wordsOf(blocks: Blocks): number[] {
  return (blocks.words ??= blocks.paragraphs.map(countWords));
}

/** The words of a whole body. */
export function totalWords(blocks: Blocks): number {
  return wordsOf(blocks).reduce((sum, count) => sum + count, 0);
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

export function extractBlocks(root: Node | null | undefined): Blocks {
  const paragraphs: string[] = [];
  const captions: string[] = [];
  const linkShare: number[] = [];
  const links: number[] = [];
  const linkHosts: Array<string | undefined> = [];
  if (!root) return { paragraphs, captions, linkShare, links, linkHosts };
  let current = '';
  let linked = 0;
  let linkCount = 0;
  // null until the paragraph's first link; undefined once its links lead to different hosts.
  let host: string | null | undefined = null;
  const flush = (): void => {
    const text = normalizeSpace(current);
    if (text !== '') {
      paragraphs.push(text);
      linkShare.push(Math.min(1, linked / text.length));
      links.push(linkCount);
      linkHosts.push(host ?? undefined);
    }
    current = '';
    linked = 0;
    linkCount = 0;
    host = null;
  };
  const walk = (node: Node, inLink: boolean): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        const text = child.nodeValue ?? '';
        current += text;
        if (inLink) linked += normalizeSpace(text).length;
        continue;
      }
      if (child.nodeType !== ELEMENT_NODE) continue;
      const tag = (child as Element).tagName.toUpperCase();
      if (SKIPPED_TAGS.has(tag)) continue;
      if (tag === 'FIGCAPTION') {
        const caption = normalizeSpace(child.textContent ?? '');
        if (caption !== '') captions.push(caption);
        continue;
      }
      const link = inLink || tag === 'A';
      if (!inLink && tag === 'A') {
        linkCount++;
        const target = hostOf((child as Element).getAttribute('href') ?? '');
        host = host === null || host === target ? target : undefined;
      }
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
  return { paragraphs, captions, linkShare, links, linkHosts };
}

/** The host a link leads to, without "www."; '' for a link within the page (relative, a fragment). */
export function hostOf(href: string): string {
  return /^\s*(?:https?:)?\/\/(?:www\.)?([^/?#:\s]+)/i.exec(href)?.[1]?.toLowerCase() ?? '';
}

/** Several elements read as one body, in the order given. */
export function joinBlocks(parts: Blocks[]): Blocks {
  return {
    paragraphs: parts.flatMap((part) => part.paragraphs),
    captions: parts.flatMap((part) => part.captions),
    linkShare: parts.flatMap((part) => part.linkShare ?? part.paragraphs.map(() => 0)),
    links: parts.flatMap((part) => part.links ?? part.paragraphs.map(() => 0)),
    linkHosts: parts.flatMap((part) => part.linkHosts ?? part.paragraphs.map(() => undefined)),
    words: parts.flatMap(wordsOf),
  };
}

/** Words of the paragraphs that are not mostly links. */
export function proseWords(blocks: Blocks): number {
  return wordsOf(blocks).reduce((sum, count, index) => sum + ((blocks.linkShare?.[index] ?? 0) < 0.5 ? count : 0), 0);
}

/** What two bodies share is measured in word 4-shingles, the benchmarks' own unit. */
export function bodyShingles(text: string): Set<string> {
  return wordShingles(text, 4);
}
