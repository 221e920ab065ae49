import { normalizeSpace } from './decode-text.js';

/**
 * Cleaning shared by every input format: takes plain-text paragraphs as a
 * scraper delivers them and removes what is not the article — related-article
 * teasers at the tail, comment forms, share/subscribe/advertisement furniture —
 * and separates photo captions from the body.
 */

export interface CleanedParagraphs {
  paragraphs: string[];
  captions: string[];
}

/** Splits raw text into paragraphs at blank lines; lines inside a block are joined. */
export function splitParagraphs(text: string): string[] {
  return text
    .split(/\n[ \t]*\n+/)
    .map(normalizeSpace)
    .filter((paragraph) => paragraph.length > 0);
}

const CAPTION = /^(.{0,300}?)\s*[[(]\s*(?:Photo|Image|Picture|Foto|Photograph|Credit|Source)\s*(?:credit)?\s*[:：]\s*([^\])]{1,120})[\])]\s*$/i;
const CAPTION_PREFIX = /^(?:Photo|Image|Picture|Photograph)\s*(?:credit)?\s*[:：]\s*\S/i;

/** The start of the comment form: everything from here on is page furniture. */
const COMMENT_FORM_START = [
  /^leave a (?:comment|reply)\b/i,
  /^(?:\d+\s+)?comments?\s*(?:\(\d+\))?$/i,
  /^your email address will not be published/i,
  /^post a comment$/i,
  /^join the (?:conversation|discussion)$/i,
];

const FURNITURE = [
  /^required fields are marked\b/i,
  /^(?:name|email|website|comment)\s*\*?$/i,
  /^save my name, email,? and website/i,
  /^(?:post|submit) comment$/i,
  /^(?:advertisement|advertising|sponsored(?: content)?|ad)$/i,
  /^share(?: this(?: article| story)?)?\s*[:：]?$/i,
  /^share (?:on|via|to) (?:facebook|twitter|x|linkedin|whatsapp|email|telegram|reddit)\b.{0,40}$/i,
  /^(?:click to )?(?:share|tweet|email|print)(?: this)?(?: on| to| via)? ?(?:facebook|twitter|x|linkedin|whatsapp|email|telegram|reddit|pinterest)?\s*(?:\(opens in new window\))?$/i,
  /^(?:facebook|twitter|linkedin|whatsapp|telegram|reddit|pinterest|email|print)(?:\s*[|·•,]\s*(?:facebook|twitter|x|linkedin|whatsapp|telegram|reddit|pinterest|email|print))+$/i,
  /^(?:subscribe|sign up)(?: now| today)?(?: to| for)? (?:our|the) (?:newsletter|daily|weekly)\b.{0,80}$/i,
  /^(?:subscribe|sign up)(?: now| today)?[.!]?$/i,
  /^follow us on\b.{0,60}$/i,
  /^like this:?$/i,
  /^loading\.{0,3}$/i,
  /^related(?: articles| stories| posts)?\s*:?$/i,
  /^(?:tags|filed under|categories)\s*:.{0,200}$/i,
  /^(?:keep|continue) reading\.{0,3}$/i,
  /^read more\.{0,3}$/i,
  /^(?:skip to (?:main )?content|back to top)$/i,
  /^(?:all rights reserved|©|copyright ©?\s*\d{4}).{0,120}$/i,
];

const READ_MORE = /^(?:keep reading|read more|continue reading|read the full (?:story|article))\s*[.…›»→>]*$/i;
const CUT_OFF = /(?:…|\.\.\.)\s*$/;

export function cleanParagraphs(input: readonly string[]): CleanedParagraphs {
  let paragraphs = [...input];

  const formStart = paragraphs.findIndex((p) => COMMENT_FORM_START.some((re) => re.test(p)));
  // A comment form only ever follows the article; one found in the first half is more likely text.
  if (formStart >= Math.ceil(paragraphs.length / 2)) paragraphs = paragraphs.slice(0, formStart);

  paragraphs = removeTeasers(paragraphs);

  const captions: string[] = [];
  const body: string[] = [];
  for (const paragraph of paragraphs) {
    if (FURNITURE.some((re) => re.test(paragraph))) continue;
    const caption = CAPTION.exec(paragraph);
    if (caption && wordCount(caption[1] ?? '') <= 30) {
      captions.push(paragraph);
      continue;
    }
    if (CAPTION_PREFIX.test(paragraph) && wordCount(paragraph) <= 30) {
      captions.push(paragraph);
      continue;
    }
    body.push(paragraph);
  }
  return { paragraphs: dropTrailingTeaserHeadlines(body), captions };
}

/**
 * Related-article teasers: an optional headline line, a paragraph cut off
 * with an ellipsis, then "Keep reading" / "Read more". Each such group goes.
 */
function removeTeasers(paragraphs: string[]): string[] {
  const out: string[] = [];
  for (const paragraph of paragraphs) {
    if (!READ_MORE.test(paragraph)) {
      out.push(paragraph);
      continue;
    }
    if (out.length > 0 && CUT_OFF.test(out[out.length - 1] ?? '')) {
      out.pop();
      if (out.length > 0 && looksLikeHeadline(out[out.length - 1] ?? '')) out.pop();
    }
  }
  return out;
}

/** After the teasers go, a lone headline-like line left dangling at the end is a teaser heading too. */
function dropTrailingTeaserHeadlines(paragraphs: string[]): string[] {
  const out = [...paragraphs];
  while (out.length > 1 && /^(?:related|more from|you may also like|recommended|most read)\b/i.test(out[out.length - 1] ?? '')) out.pop();
  return out;
}

export function looksLikeHeadline(paragraph: string): boolean {
  const words = wordCount(paragraph);
  return words > 0 && words <= 30 && !/[.!?"”»)]$/.test(paragraph.trim());
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
