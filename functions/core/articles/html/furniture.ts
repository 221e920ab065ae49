/**
 * Page furniture Readability leaves in a body: advertising and sharing labels,
 * navigation runs, tag lists, date lines, the repeated headline and byline,
 * closing credits and bios; photo credits become captions.
 */
import type { ArticleMetadata } from '../article.js';
import { comparable, countWords } from '../text-measures.js';
import { hostOf, wordsOf, type Blocks } from './blocks.js';

/** Page furniture, anywhere in the body (only short paragraphs are tested). */
const BOILERPLATE: RegExp[] = [
  /^(advertisement|advertising|adverts?|sponsored( content)?|ad|ads|promoted|story continues below( advertisement)?|continue reading( below| the (main )?story)?|scroll to continue( with content)?)$/i,
  /^advertisement\W+(continue reading|story continues)/i,
  /^(share|tweet|pin|email|print|comment|save)( (this|the))?( (article|story|post|page))?( (on|via) [\w ]+)?$/i,
  /^(share|sharing) (this|on)\b/i,
  /^(related|read more|more|see also|recommended|most (popular|read|viewed)|trending|you (may|might) also like|further reading|related (articles|stories|coverage|content|posts|links|topics))( (stories|articles|coverage|content|news|reading))?\W*$/i,
  /^(read|see|watch|listen)( more| also| next)?\s*:/i,
  /^related\s*:/i,
  /^(click|tap) here to\b/i,
  /^(sign up|subscribe)\b.{0,80}\b(newsletter|inbox|updates|alerts|digest)\b/i,
  /^to (receive|get) [^.]{0,60}, (sign up|subscribe) (for|to) (the |our )?[^.]{0,40}\bnewsletter\b/i,
  /^(get|receive) (our|the) .{0,60}\bnewsletter\b/i,
  // A newsletter prompt in any wording: an invitation to sign up, and where it goes.
  /^(?=.*\b(sign up|subscribe( now| today| here| to (our|the))|delivered|we send|meet your)\b).*\b(newsletters?|inbox|(daily|weekly) e-?mails?|send an e-?mail)\b/i,
  /^(subscribe|sign up|log in|register)( now| today| here)?\W*$/i,
  /\b(requires?|enable) javascript\b/i,
  /^like this (story|article|post)\?/i,
  // A promotion on the site's own name: "Also on example.com …", "On Example.com: headline".
  /^(also on [\w-]+(\.[\w-]+)+\b|on [\w-]+(\.[\w-]+)+\s*:)/i,
  /\b(we|this (site|website)) uses? cookies\b/i,
  /^(photo|image|picture|illustration|graphic|video)s?( credit)?\s*(:|©|\/|by\b)/i,
  /^(photo|image|picture)s? (copyright|credit|source)\b/i,
  // A photographer's credit: "© Ann Lee" (a copyright line with a year is the text's own notice, which some sites count as the article's).
  /^(©|\(c\))\s*[\p{L}][\p{L}.'’ -]{1,40}$/iu,
  /^(credit|source|copyright)\s*:/i,
  /^(getty images|ap photo|reuters|afp|shutterstock|epa)\b/i,
  /^follow (us|me|\w+) on\b/i,
  /^(leave|post|add) a (comment|reply|response)\b/i,
  /^your email address will not be published\b/i,
  /^(comments?|\d+ comments?)$/i,
  /^(updated|published|posted|last updated)\s*:?\s*\w+ \d/i,
  /^image \d+ of\b/i,
  /^(caption|close|menu|search|home|skip to (main )?content|toggle navigation|loading\W*)$/i,
  /^(tags?|topics?|filed (under|in)|posted in|categories|keywords)\s*:/i,
  // Share counters and page tools: "926 Tweets", "1k Facebook Likes", "Text size: A | A | A".
  /^[\d.,]+k?\s*(facebook |google\+? |google plus |linkedin )?(likes?|tweets?|shares?|comments?|pins?|views?|reads?|followers?)$/i,
  /^(text size|font size)\s*:?\s*(a\W*)*$/i,
  /^(a\s*\|\s*){1,3}a$/i,
  /^(via|h\/t|hat tip)\s*:/i,
  /^(previous|next|older|newer) (article|post|story|entry)\W*$/i,
  /\b(comments?|coment[aá]rios?|kommentare?)\b.{0,120}\b(moderat\w*|approv\w*|aprovad\w*)/i,
  // Breadcrumbs, and a blog's links to the neighbouring posts ("« Older post | Main | Newer post »").
  /^you are here\s*:/i,
  /^«[^»]*\|[^»]*»?$|^[^«]*\|[^«]*»$/,
  // What blog software prints around a post: "This entry was posted on …", "View all posts by Ann".
  /^this entry was posted (on|in)\b/i,
  /^you can follow any responses to this entry\b/i,
  /(^|\|\s*)view all posts by\b/i,
];

/** A label that introduces a list of tags; the comma-separated list after it goes too. */
const TAG_LABEL = /^(tags?|topics?|filed under|categories|keywords)\s*:?$/i;
const isTagList = (text: string): boolean => text.split(',').length >= 3 && !/[.!?]$/.test(text) && text.split(',').every((item) => countWords(item.trim()) <= 6);

/** Credits, bios and promotions that close an article (tested on the last few paragraphs). */
const TAIL_BOILERPLATE: RegExp[] = [
  /^\(?(reporting|additional reporting|writing|editing) by\b/i,
  /\bcontributed (reporting )?(to )?(this|the) (report|story|article)\b/i,
  /^citation\s*:/i,
  /^a version of this (article|story|review|column) appear(s|ed) in print\b/i,
  /^this document is subject to copyright\b/i,
  /^(join|follow) (us|our|@)/i,
  /^if you (enjoyed|liked|value) this (article|story|post|piece)\b/i,
  /^(have|got) a (news |story )?tip\b/i,
  /^follow (him|her|them|me|us) on\b/i,
  /^[\p{Lu}][\p{L}.'’-]+( [\p{Lu}][\p{L}.'’-]+){0,3}( \([^)]*\))? (is|was) (a|an|the) [^.]{0,80}\b(editor|writer|reporter|correspondent|journalist|author|contributor|columnist|freelancer?|producer|analyst)\b/u,
];

/** A caption that was not marked up as one: it ends with a photo credit. */
const PHOTO_CREDIT = /(\((ap |afp |reuters |epa |getty )?(photo|foto|image|picture|credit)s?\b[^()]*\)|\b(photo|image|picture)( credit)?\s*:\s*[^.]{1,60}|[/|]\s*(getty images|shutterstock|ap|afp|reuters|epa))\s*$/i;

const DATE_WORD =
  /^(\d{1,4}(st|nd|rd|th|h)?|jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?|mon(day)?|tue(s|sday)?|wed(nesday)?|thu(r|rs|rsday)?|fri(day)?|sat(urday)?|sun(day)?|am|pm|a\.?m|p\.?m|at|on|utc|gmt|[a-z][sd]t|updated|published|posted|last|modified|ago|(second|minute|hour|day|week|month)s?|[0-9:.]+(am|pm)?)$/i;
/** "3 hours" is a duration; only "3 hours ago" dates the page. */
const TIME_UNIT = /^(second|minute|hour|day|week|month)s?$/i;

function isDateLine(paragraph: string): boolean {
  // Twelve date words fit in far fewer characters: a longer paragraph is not split at all.
  if (paragraph.length > 200 || !/\d/.test(paragraph)) return false;
  const words = paragraph.split(/[\s,|·•/()]+/).filter((word) => word !== '' && word !== '-' && word !== '—');
  if (words.some((word) => TIME_UNIT.test(word)) && !words.some((word) => /^ago$/i.test(word))) return false;
  return words.length > 0 && words.length <= 12 && words.every((word) => DATE_WORD.test(word.replace(/[.:]$/, '')));
}

/** The heading that opens a comment thread ("12 Responses to “…”", "Leave a Reply", "Post a Comment"): what follows is the readers'. */
const THREAD_HEADING =
  /^((\d+|one|two|three|four|five|six|seven|eight|nine|ten|no) (thoughts?|responses?|comments?|replies)( (on|to)\b.{0,160})?|(leave|post|add|write) (a|your) (reply|comment)|join the (discussion|conversation)|comments? \(\d+\))\s*:?$/i;
/** A heading that may open a thread or a section of the article ("Comments", "Discussion"): a thread only when signatures follow. */
const SECTION_HEADING = /^(comments?|responses?|replies|reader comments|discussion)\s*:?$/i;
/** A comment's signature: "Posted by: Ann at November 10, 2012 5:39 PM", "Comment #3 - Posted by …", "Ann says:". */
const COMMENT_SIGNATURE =
  /^((comment\s*#?\d+\s*[-–—:|]\s*)?(posted|written|submitted) by:?\s.{1,80}?(\bat\b|\bon\b|\||[-–—]).{0,60}\d.*|[\p{L}][\p{L}\p{N} .'’_-]{0,40}\s(says|said|wrote)\s*:)$/iu;
/** A blog post's footer: who posted it and when, "Posted by Ann at November 10, 2012 5:39 PM". */
const POST_FOOTER = /^posted by:?\s.{1,60}?\s(at|on)\s.{0,60}\d/i;
/** Fewer words of article than this before a comment heading: the heading is a link in the lead ("Comments (3)"), not the thread. */
const MIN_WORDS_BEFORE_THREAD = 50;

/**
 * Where a comment thread starts, if the body runs into one: at a thread's
 * heading; at "Comments" or "Discussion" when two comment signatures follow
 * it; otherwise, when three or more signatures follow the article, after the
 * first of them (the post's own "Posted by" line, or the first comment's).
 * Comments are the readers', not the article, even when the page shows them
 * inside the article's container.
 */
function commentThreadStart(paragraphs: string[], words: number[]): number {
  const isShort = (index: number): boolean => (words[index] ?? 0) <= 24 && (paragraphs[index] ?? '').length <= 200;
  const signatureAt = paragraphs.map((paragraph, index) => isShort(index) && COMMENT_SIGNATURE.test(paragraph));
  let before = 0;
  let firstSignature = -1;
  let signatures = 0;
  for (let index = 0; index < paragraphs.length; index++) {
    const paragraph = paragraphs[index] ?? '';
    if (before >= MIN_WORDS_BEFORE_THREAD && isShort(index)) {
      if (THREAD_HEADING.test(paragraph)) return index;
      if (SECTION_HEADING.test(paragraph) && signatureAt.slice(index + 1).filter(Boolean).length >= 2) return index;
    }
    if (signatureAt[index]) {
      signatures++;
      if (firstSignature < 0 && before >= MIN_WORDS_BEFORE_THREAD) firstSignature = index;
    }
    before += words[index] ?? 0;
  }
  if (signatures >= 3 && firstSignature >= 0) return firstSignature + 1;
  // The post's own footer ("Posted by Ann at 5:00 PM") closes the post: what follows is the readers', signed or not.
  const footer = paragraphs.findIndex((paragraph, index) => index === firstSignature && POST_FOOTER.test(paragraph));
  return footer >= 0 ? footer + 1 : paragraphs.length;
}

/**
 * A heading that opens the page's tail (related stories, the author's box),
 * not a section of the article: cut with what follows when that is the
 * smaller part of the body.
 */
const TAIL_HEADING =
  /^(related|more|see also|recommended|trending|popular|most (popular|read|viewed|shared)|further reading|(you (may|might) also (like|enjoy))|we (also )?recommend|recently [\p{L}]+|featured( posts| stories| articles)?|don'?t miss|check out (more|these)\b.{0,40}|more (from|in|on|by|stories|articles|posts|news)\b.{0,40}|more [\p{L}'’ ]{1,30} (stories|articles|posts|reads)|about (the )?authors?|about this (blog|site)|(related|popular|recent|latest|top) (articles|stories|posts|coverage|content|links|topics|news|reads))\s*:?$/iu;
/** An author's box after the article: "Written by Ann Lee", "Author: Ann Lee", "About the author" (and "About" with the page's author). */
// Not a bare "By Ann Lee": that is also a teaser's byline on a list of stories.
const AUTHOR_BOX = /^((written|posted) by|author\s*:)\s+[\p{L}][\p{L}.'’ -]{1,60}$/iu;
/** What may follow an author's box line and still be the box (a bio, a follow link). */
const MAX_AUTHOR_BOX_WORDS = 160;

/** Longer than this and not mostly links, a paragraph is the article's prose, not a teaser under a "Related" heading. */
const MAX_TEASER_WORDS = 12;

/**
 * Where the page's tail (related stories, the author's box) starts after the
 * article, if it does: a tail heading followed only by teasers (links or
 * short lines), or an
 * author's line followed by a short bio. The same heading with prose after
 * it is an inline box inside the article (removed on its own elsewhere).
 */
function tailStart(paragraphs: string[], words: number[], linkShare: number[], from: number, author: string): number {
  const total = words.reduce((sum, count) => sum + count, 0);
  // For each index, whether prose follows from there to the end.
  const proseAfter = new Array<boolean>(paragraphs.length + 1).fill(false);
  for (let index = paragraphs.length - 1; index >= 0; index--) {
    proseAfter[index] = (proseAfter[index + 1] ?? false) || ((words[index] ?? 0) > MAX_TEASER_WORDS && (linkShare[index] ?? 0) < 0.5);
  }
  let before = 0;
  for (let index = 0; index < paragraphs.length; index++) {
    const count = words[index] ?? 0;
    const paragraph = paragraphs[index] ?? '';
    const after = total - before - count;
    // A heading, not a sentence: short and without a full stop.
    if (index > from && before >= MIN_WORDS_BEFORE_THREAD && count <= 10 && paragraph.length <= 120 && !/[.!?]$/.test(paragraph) && after < before) {
      if (TAIL_HEADING.test(paragraph) && (!proseAfter[index + 1] || teaserEntries(paragraphs, words, linkShare, index + 1))) return index;
      const authorBox = AUTHOR_BOX.test(paragraph) || (author !== '' && /^about\s/i.test(paragraph) && comparable(paragraph.slice(6)) === author);
      if (authorBox && after <= MAX_AUTHOR_BOX_WORDS) return index;
    }
    before += count;
  }
  return paragraphs.length;
}

/** A name on a line of its own: one to four capitalised words, no digits, no full stop. */
const NAME_LINE = /^[\p{Lu}][\p{L}'’-]+( [\p{Lu}][\p{L}'’-]+){0,3}$/u;
/** How a bio goes on after the name: "Ann is a…", "Ann Lee joined…". */
const BIO_VERB = /^(is|was|has|joined|writes|covers|reports|lives|works|teaches)\b/;
/** A bio after the author's name is short: longer, the paragraph is the story's. */
const MAX_BIO_WORDS = 80;

/**
 * Where the author's box starts at the end of the article, if it does: the
 * author's name on a line of its own, then one short paragraph that starts
 * with that name ("Ann Lee" / "Ann joined the paper in 2017…"), and nothing after them.
 */
function authorBoxStart(paragraphs: string[], words: number[], end: number): number {
  const name = end - 2;
  const bio = paragraphs[end - 1] ?? '';
  const line = paragraphs[name] ?? '';
  if (name < 1 || !NAME_LINE.test(line) || (words[end - 1] ?? 0) > MAX_BIO_WORDS) return end;
  const first = line.split(' ')[0]!;
  return bio.startsWith(`${first} `) && BIO_VERB.test(bio.slice(first.length + 1).replace(/^([\p{Lu}][\p{L}'’-]+ ){0,3}/u, '')) ? name : end;
}

/** A teaser's summary follows its linked headline within this many paragraphs (a byline, an image credit between). */
const TEASER_REACH = 3;

/**
 * Whether the paragraphs from `from` on are a list of other stories: linked
 * headlines, each followed by its summary, byline or bio, and no prose that
 * does not sit under a linked headline.
 */
function teaserEntries(paragraphs: string[], words: number[], linkShare: number[], from: number): boolean {
  let headlines = 0;
  let lastHeadline = -Infinity;
  for (let index = from; index < paragraphs.length; index++) {
    const count = words[index] ?? 0;
    if ((linkShare[index] ?? 0) >= 0.9 && count <= MAX_LINKED_LINE_WORDS) {
      headlines++;
      lastHeadline = index;
    } else if (count > MAX_TEASER_WORDS && (linkShare[index] ?? 0) < 0.5 && index - lastHeadline > TEASER_REACH) {
      return false;
    }
  }
  return headlines >= 2;
}

/** A list of the site's posts has at least this many linked headlines, the page's own among them. */
const MIN_OWN_LIST_HEADLINES = 3;
/** A linked teaser headline can run to a long sentence; longer, the link is a paragraph. */
const MAX_TEASER_HEADLINE_WORDS = 25;

/**
 * Where a list of the site's posts starts after the article, if it does: a
 * run of linked headlines (each with its summary, byline or bio within reach)
 * that holds the page's own headline, linked, with nothing but teasers after
 * it. The story never lists itself; a "Recent posts" list does, whatever its
 * heading says (or without one). Above the story, such a list is a menu.
 */
function ownPostsListStart(paragraphs: string[], words: number[], linkShare: number[], title: string, from: number): number {
  if (title === '') return paragraphs.length;
  const isHeadline = (index: number): boolean => (linkShare[index] ?? 0) >= 0.9 && (words[index] ?? 0) <= MAX_TEASER_HEADLINE_WORDS;
  for (let own = from + 1; own < paragraphs.length; own++) {
    if (!isHeadline(own) || comparable(paragraphs[own] ?? '') !== title) continue;
    let start = own;
    let headlines = 1;
    for (let index = own - 1; index > from && start - index <= TEASER_REACH + 1; index--) {
      if (!isHeadline(index)) continue;
      start = index;
      headlines++;
    }
    if (headlines < MIN_OWN_LIST_HEADLINES) continue;
    // The list is the page's tail: any prose after it is a teaser's summary, within reach of its headline.
    let lastHeadline = start;
    let onlyTeasers = true;
    for (let index = start; index < paragraphs.length && onlyTeasers; index++) {
      if (isHeadline(index)) lastHeadline = index;
      else if ((words[index] ?? 0) > MAX_TEASER_WORDS && (linkShare[index] ?? 0) < 0.5 && index - lastHeadline > TEASER_REACH) onlyTeasers = false;
    }
    if (!onlyTeasers) return paragraphs.length;
    // The list's heading goes with it: a short label, not a sentence.
    const label = start - 1;
    const heading = label > from && (words[label] ?? 0) <= MAX_LABEL_WORDS && (linkShare[label] ?? 0) < 0.5 && !/[.!?]$/.test(paragraphs[label] ?? '');
    return heading ? label : start;
  }
  return paragraphs.length;
}

/** A "Don't miss" or "Related" box inside the article: the heading and the linked teasers right after it. */
function inlineBoxes(paragraphs: string[], words: number[], linkShare: number[]): Set<number> {
  const found = new Set<number>();
  paragraphs.forEach((paragraph, index) => {
    if ((words[index] ?? 0) > 10 || paragraph.length > 120 || /[.!?]$/.test(paragraph) || !TAIL_HEADING.test(paragraph)) return;
    found.add(index);
    for (let next = index + 1; next < paragraphs.length && (words[next] ?? 0) <= MAX_TEASER_WORDS && (linkShare[next] ?? 0) >= 0.5; next++) found.add(next);
  });
  return found;
}

/** A linked line this long or shorter is a headline or a menu entry; longer, it is a sentence that happens to be a link. */
const MAX_LINKED_LINE_WORDS = 15;
/** A short unlinked label between linked lines ("Popular posts:", "Our shop") belongs to the list it heads. */
const MAX_LABEL_WORDS = 4;

/**
 * Runs of three or more short lines that are nothing but links (menus, lists of
 * other stories), with the short labels that head their sections.
 */
function linkRuns(paragraphs: string[], words: number[], linkShare: number[], citesSources: (run: number[]) => boolean): Set<number> {
  const found = new Set<number>();
  let run: number[] = [];
  let links = 0;
  let labels: number[] = [];
  const end = (): void => {
    if (links >= 3 && !citesSources(run)) run.forEach((index) => found.add(index));
    run = [];
    links = 0;
    labels = [];
  };
  paragraphs.forEach((paragraph, index) => {
    const count = words[index] ?? 0;
    if (linkedLine(paragraph, linkShare[index] ?? 0) && count <= MAX_LINKED_LINE_WORDS) {
      run.push(...labels, index);
      labels = [];
      links++;
    } else if (count <= MAX_LABEL_WORDS && !/[.!?]$/.test(paragraph)) {
      // Held until the next linked line: a label that no list follows is not one of them. Two labels in a row end the run.
      if (labels.length > 0) end();
      labels.push(index);
    } else {
      end();
    }
  });
  end();
  return found;
}

/** Each linked line of a list of sources is at least this long: a title, not a menu entry. */
const MIN_SOURCE_WORDS = 5;

/**
 * Whether a run of linked lines is part of the story: a list of titles that
 * all lead to one other site (the bugs a release note fixed, the papers a
 * post cites), with prose after it. A site's menus and its lists of other
 * stories lead back into the site; a share bar leads to several.
 */
function citesSources(blocks: Blocks, run: number[], pageUrl: string | undefined): boolean {
  const hosts = blocks.linkHosts ?? [];
  const linkShare = blocks.linkShare ?? [];
  const words = wordsOf(blocks);
  const lines = run.filter((index) => (linkShare[index] ?? 0) >= 0.9);
  const host = hosts[lines[0] ?? -1];
  if (!host || host === hostOf(pageUrl ?? '')) return false;
  if (!lines.every((index) => hosts[index] === host && (words[index] ?? 0) >= MIN_SOURCE_WORDS)) return false;
  const after = (run[run.length - 1] ?? 0) + 1;
  return words.slice(after).some((count, offset) => count > MAX_TEASER_WORDS && (linkShare[after + offset] ?? 0) < 0.5);
}

/** The count an archive or category list gives after each link: "Weekend Reading (48)", "October 2012 (15)". */
const ENTRY_COUNT = /\s*\(\d[\d,.]*\)$/;

/** Whether a line is nothing but a link, or a link and the count of what it leads to. */
function linkedLine(paragraph: string, share: number): boolean {
  if (share >= 0.9) return true;
  const count = ENTRY_COUNT.exec(paragraph);
  // The share is of the line's characters: without the count's, the link is (nearly) all of it.
  return count !== null && count.index > 0 && (share * paragraph.length) / count.index >= 0.9;
}

/** Another story's summary, cut short and linked to the rest: "… Read more...", "Read More »". */
const TEASER_END = /\b(read more|continue reading)\s*(\.\.\.|…|»|→|>>)\s*$/i;
/** A blog plugin's greeting for first-time visitors. */
const NEW_VISITOR = /^(welcome\b[^.!?]{0,80}[.!?]\s*)?if you(['’]re| are) new here\b/i;

const HAS_TEXT = /[\p{L}\p{N}]/u;
/** Written in capitals: letters, none of them lower-case. */
const isShouted = (text: string): boolean => /\p{Lu}.*\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
/** A line of links this short, before or after the prose, is a breadcrumb, a share bar or a list of tags; longer, it is a linked standfirst. */
const MAX_LINK_LINE_WORDS = 12;

export function removePageFurniture(blocks: Blocks, meta: ArticleMetadata): Blocks {
  const { paragraphs } = blocks;
  const linkShare = blocks.linkShare ?? [];
  const links = blocks.links ?? [];
  const title = meta.title ? comparable(meta.title) : '';
  const author = meta.author ? comparable(meta.author) : '';
  const words = wordsOf(blocks);
  // The first paragraph that reads as running text rather than a label.
  const firstProse = Math.max(
    0,
    paragraphs.findIndex((paragraph, index) => (words[index] ?? 0) >= 15 && !/^(https?:\/\/|www\.)\S*$/i.test(paragraph)),
  );
  // Runs of three or more short lines that are nothing but links are navigation or teasers.
  const navigation = linkRuns(paragraphs, words, linkShare, (run) => citesSources(blocks, run, meta.url));
  const boxes = inlineBoxes(paragraphs, words, linkShare);
  // The article ends where the comment thread or the page's tail begins, or at the author's box.
  const tail = Math.min(commentThreadStart(paragraphs, words), tailStart(paragraphs, words, linkShare, firstProse, author));
  const end = Math.min(authorBoxStart(paragraphs, words, tail), ownPostsListStart(paragraphs, words, linkShare, title, firstProse));

  const isProse = (index: number): boolean => (words[index] ?? 0) >= 15 && (linkShare[index] ?? 0) < 0.5;
  // A headline in capitals that is a link, alone after a paragraph of prose and before another or after the last: a promotion.
  const promoBetweenProse = (index: number): boolean =>
    (linkShare[index] ?? 0) >= 0.9 &&
    (words[index] ?? 0) <= MAX_LINKED_LINE_WORDS &&
    isShouted(paragraphs[index] ?? '') &&
    isProse(index - 1) &&
    (isProse(index + 1) || index > lastProse);
  // After the last paragraph of prose, a line of several links is the post's categories or tags.
  const isLinkLine = (index: number): boolean => (linkShare[index] ?? 0) >= 0.5 && (links[index] ?? 0) >= 2 && (words[index] ?? 0) <= MAX_LINK_LINE_WORDS;
  let lastProse = end - 1;
  while (lastProse >= 0 && !isProse(lastProse)) lastProse--;
  const kept: string[] = [];
  const keptWords: number[] = [];
  const captions: string[] = [];
  for (let index = 0; index < end; index++) {
    const paragraph = paragraphs[index] ?? '';
    const count = words[index] ?? 0;
    if (!HAS_TEXT.test(paragraph)) continue;
    const inLead = index < firstProse;
    if (inLead || index < 3) {
      // The headline and a byline repeated at the top of the body.
      const key = comparable(paragraph);
      if (title !== '' && key === title) continue;
      if (count <= 12 && (/^by\s/i.test(paragraph) || (author !== '' && key.includes(author)))) continue;
    }
    // Lines of several links above the first paragraph of prose are the page's: a breadcrumb, a share bar, the section's tags.
    // A single linked line there may be the post's own title, linked to itself.
    if (inLead && isLinkLine(index)) continue;
    if (navigation.has(index) || boxes.has(index)) continue;
    if (promoBetweenProse(index)) continue;
    if (index > lastProse && lastProse >= 0 && isLinkLine(index) && !/[.!?]$/.test(paragraph)) continue;
    if (TAG_LABEL.test(paragraph)) continue;
    if (index > 0 && TAG_LABEL.test(paragraphs[index - 1] ?? '') && isTagList(paragraph)) continue;
    if (inLead && /^\S+$/.test(paragraph) && /^(https?:\/\/|www\.)/i.test(paragraph)) continue;
    if (isDateLine(paragraph)) continue;
    if (count <= 25 && BOILERPLATE.some((pattern) => pattern.test(paragraph))) continue;
    if (count <= 80 && (TEASER_END.test(paragraph) || NEW_VISITOR.test(paragraph))) {
      // A teaser's linked headline goes with it.
      const previous = kept.length - 1;
      if (TEASER_END.test(paragraph) && previous >= 0 && kept[previous] === paragraphs[index - 1] && (linkShare[index - 1] ?? 0) >= 0.9 && (words[index - 1] ?? 0) <= MAX_LINKED_LINE_WORDS) {
        kept.pop();
        keptWords.pop();
      }
      continue;
    }
    if (index >= end - 5 && count <= 70 && TAIL_BOILERPLATE.some((pattern) => pattern.test(paragraph))) continue;
    if (count <= 60 && PHOTO_CREDIT.test(paragraph)) {
      captions.push(paragraph);
      continue;
    }
    kept.push(paragraph);
    keptWords.push(count);
  }
  return { paragraphs: kept, captions, words: keptWords };
}

/** A run of this many prose paragraphs that the body already holds is a second copy (a print or mobile layout), not more text. */
const MIN_REPEATED_PARAGRAPHS = 2;
/** Each paragraph of the run is prose this long: a list's short lines repeat in a meal plan or a timetable. */
const MIN_REPEATED_PROSE_WORDS = 20;

/**
 * The body without a second copy of a run of its own paragraphs: pages that
 * carry the story twice (one copy per layout) give it twice. A single
 * paragraph said again stays (an interview repeats its question), and so do
 * short lines (a meal plan repeats its days).
 */
export function withoutRepeatedRuns(paragraphs: string[]): string[] {
  const firstAt = new Map<string, number>();
  paragraphs.forEach((paragraph, index) => {
    if (!firstAt.has(paragraph)) firstAt.set(paragraph, index);
  });
  const dropped = new Set<number>();
  for (let index = 0; index < paragraphs.length; ) {
    const earlier = firstAt.get(paragraphs[index]!)!;
    let length = 0;
    // The run goes on while each next paragraph, prose, repeats the one after the earlier copy's.
    while (
      earlier < index &&
      index + length < paragraphs.length &&
      earlier + length < index &&
      paragraphs[earlier + length] === paragraphs[index + length] &&
      countWords(paragraphs[index + length]!) >= MIN_REPEATED_PROSE_WORDS
    ) {
      length++;
    }
    if (length >= MIN_REPEATED_PARAGRAPHS) {
      for (let offset = 0; offset < length; offset++) dropped.add(index + offset);
    }
    index += Math.max(1, length);
  }
  return dropped.size === 0 ? paragraphs : paragraphs.filter((_, index) => !dropped.has(index));
}
