/**
 * Page furniture Readability leaves in a body: advertising and sharing labels,
 * navigation runs, tag lists, date lines, the repeated headline and byline,
 * closing credits and bios; photo credits become captions.
 */
import type { ArticleMetadata } from '../article.js';
import { comparable, countWords } from '../text-measures.js';
import type { Blocks } from './blocks.js';

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
const isTagList = (text: string): boolean => text.split(',').length >= 3 && !/[.!?]$/.test(text) && text.split(',').every((item) => countWords(item.trim()) <= 6);

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


/** A paragraph that reads as running text rather than a label. */
const isProse = (text: string): boolean => countWords(text) >= 15 && !/^(https?:\/\/|www\.)\S*$/i.test(text);

function linkRuns(paragraphs: string[], linkShare: number[]): Set<number> {
  const found = new Set<number>();
  let run: number[] = [];
  const end = (): void => {
    if (run.length >= 3) run.forEach((index) => found.add(index));
    run = [];
  };
  paragraphs.forEach((paragraph, index) => {
    if ((linkShare[index] ?? 0) >= 0.9 && countWords(paragraph) <= 8) run.push(index);
    else end();
  });
  end();
  return found;
}

export function removePageFurniture(paragraphs: string[], linkShare: number[], meta: ArticleMetadata): Blocks {
  const title = meta.title ? comparable(meta.title) : '';
  const author = meta.author ? comparable(meta.author) : '';
  const firstProse = Math.max(0, paragraphs.findIndex(isProse));
  // Runs of three or more short lines that are nothing but links are navigation or teasers.
  const navigation = linkRuns(paragraphs, linkShare);

  const kept: string[] = [];
  const captions: string[] = [];
  paragraphs.forEach((paragraph, index) => {
    const words = countWords(paragraph);
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
