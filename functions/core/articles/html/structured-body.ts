/**
 * A body the page declares in JSON-LD (`articleBody`), used to trim or replace
 * the extracted one.
 */
import { countWordsIn, normalizeSpace, shareIn } from '../text-measures.js';
import { bodyShingles, extractBlocks } from './blocks.js';
import { parseFragment } from './document.js';

/**
 * When JSON-LD carries the article's text and it covers most of what Readability
 * found, paragraphs absent from it are page furniture; when it is clearly fuller
 * than Readability's text, it replaces it.
 */
export function preferStructuredBody(paragraphs: string[], articleBody: string | undefined): string[] {
  if (!articleBody) return paragraphs;
  const structured = structuredParagraphs(articleBody);
  const structuredShingles = bodyShingles(structured.join(' '));
  if (structuredShingles.size < 20) return paragraphs;
  const ours = bodyShingles(paragraphs.join(' '));
  const ourCoverage = shareIn(ours, structuredShingles);
  // We hold almost none of the page's declared body: the extractor missed it (a body in a "comment" box).
  if (shareIn(structuredShingles, ours) < 0.2 && countWordsIn(structured) >= 80) return structured;
  if (ourCoverage < 0.6) return paragraphs;
  const filtered = keepWithin(paragraphs, structuredShingles);
  const filteredShingles = bodyShingles(filtered.join(' '));
  // JSON-LD text that is much fuller than ours, and in real paragraphs, is the better body.
  if (structured.length > 1 && shareIn(structuredShingles, filteredShingles) < 0.8) return structured;
  return filtered;
}

/**
 * The paragraphs that belong to a declared body. Those too short to tell (a subheading) stay, unless the body's own
 * paragraphs are known (`bodyParagraphs`) and do not hold them (an "About" label beside the body).
 */
export function keepWithin(paragraphs: string[], body: Set<string>, bodyParagraphs?: Set<string>): string[] {
  return paragraphs.filter((paragraph) => {
    const own = bodyShingles(paragraph);
    if (own.size === 0) return bodyParagraphs?.has(paragraph) ?? true;
    return shareIn(own, body) >= 0.2;
  });
}

function structuredParagraphs(articleBody: string): string[] {
  const isHtml = /<[a-z][^>]*>/i.test(articleBody);
  if (isHtml || /&[a-z#0-9]+;/i.test(articleBody)) {
    // Markup or entities: let the parser read it. In plain text with entities, line breaks separate paragraphs.
    const markup = isHtml ? articleBody : articleBody.replace(/\n+/g, '<p>');
    return extractBlocks(parseFragment(markup, 'JSON-LD article body')).paragraphs;
  }
  return articleBody
    .split(/\n+/)
    .map(normalizeSpace)
    .filter((line) => line !== '');
}
