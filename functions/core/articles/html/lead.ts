/**
 * The lead that sits in a plugin `<object>` above the article's container: a
 * video player whose fallback text (what every browser shows now that Flash and
 * its kin are gone) is the story's first paragraph. Readability removes
 * objects and reads one container, so that paragraph is lost.
 *
 * The evidence is position and the fallback together: running text inside an
 * `<object>`, after the headline and before the body's first paragraph, not in
 * a list, a menu or a caption. Prose in that place outside an object is not
 * taken: a standfirst or a summary there is the story's lead on some sites and
 * a teaser on others, and the benchmarks' golds disagree on it as sites do.
 */
import { comparable, countWords, normalizeSpace } from '../text-measures.js';

/** A lead is running text: at least this many words, ending as a sentence. */
const MIN_LEAD_WORDS = 15;
const SENTENCE_END = /[.!?…]["'”’»)\]]*$/u;
/** More prose than this between the headline and the body is another part of the page (teasers, a summary box), not a lead. */
const MAX_LEAD_PARAGRAPHS = 3;
/** Where a paragraph is not the story's text: menus, lists of links, asides, captions, forms. */
const NOT_THE_STORY = 'nav, aside, footer, li, form, figure, figcaption, a, button, table';
/** The body's first paragraphs to look for on the page: the first may be a block Readability rewrote. */
const BODY_ANCHORS = 3;

/**
 * Paragraphs of running text in an `<object>`'s fallback between the page's headline (an `<h1>`/`<h2>`
 * reading as the title) and the body's first paragraph, in page order, that
 * the body does not hold already. `blocks` are the page's headings and
 * paragraphs in document order, gathered before Readability moved them.
 */
export function leadOutsideBody(blocks: readonly Element[], paragraphs: readonly string[], title: string | undefined): string[] {
  const headline = title ? comparable(title) : '';
  if (headline.length < 10 || paragraphs.length === 0) return [];
  const inBody = new Set(paragraphs);
  const anchors = new Set(paragraphs.slice(0, BODY_ANCHORS));
  const texts: string[] = [];
  const textAt = (index: number): string => (texts[index] ??= normalizeSpace(blocks[index]?.textContent ?? ''));
  let start = -1;
  let headlineAt = -1;
  for (let index = 0; index < blocks.length; index++) {
    const element = blocks[index]!;
    if (element.localName === 'p') {
      if (anchors.has(textAt(index))) {
        start = index;
        break;
      }
    } else if (isHeadline(comparable(textAt(index)), headline)) {
      headlineAt = index;
    }
  }
  if (start < 0 || headlineAt < 0) return [];
  const lead: string[] = [];
  for (let index = headlineAt + 1; index < start; index++) {
    const element = blocks[index]!;
    const text = textAt(index);
    if (element.localName !== 'p' || inBody.has(text) || !readsAsLead(element, text)) continue;
    lead.push(text);
  }
  return lead.length <= MAX_LEAD_PARAGRAPHS ? lead : [];
}

/** A heading is the headline when it reads as the title, give or take the site's name after it (both `comparable`). */
export function isHeadline(heading: string, title: string): boolean {
  if (heading.length < 10) return false;
  return heading === title || title.startsWith(`${heading} `) || heading.startsWith(`${title} `);
}

function readsAsLead(element: Element, text: string): boolean {
  if (countWords(text) < MIN_LEAD_WORDS || !SENTENCE_END.test(text) || !element.closest('object') || element.closest(NOT_THE_STORY)) return false;
  let linked = 0;
  for (const link of Array.from(element.getElementsByTagName('a'))) linked += normalizeSpace(link.textContent ?? '').length;
  return linked < text.length * 0.3;
}
