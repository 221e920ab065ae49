/**
 * The choice between Readability's body and the page's own signals, by
 * agreement (shared shingles) and plausibility.
 */
import type { ArticleMetadata } from '../article.js';
import { shareIn } from '../text-measures.js';
import { bodyShingles, proseWords, totalWords, wordsOf, type Blocks } from './blocks.js';
import { removePageFurniture } from './furniture.js';
import type { Signal } from './page-signals.js';
import { keepWithin } from './structured-body.js';

/** Fewer words of text outside links than this is not an article (a navigation page, an empty shell). */
export const MIN_ARTICLE_WORDS = 10;

export interface Chosen {
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
function plausible(blocks: Blocks): boolean {
  const { paragraphs } = blocks;
  const linkShare = blocks.linkShare ?? [];
  const words = wordsOf(blocks);
  const total = words.reduce((sum, count) => sum + count, 0);
  const prose = words.reduce((sum, count, index) => sum + ((linkShare[index] ?? 0) < 0.5 ? count : 0), 0);
  if (prose < MIN_ARTICLE_WORDS || prose < total * 0.5) return false;
  if (total < 150 && IMPLAUSIBLE_BODY.some((pattern) => pattern.test(paragraphs.join(' ')))) return false;
  return true;
}

/**
 * Readability's body unless the page's own signals say otherwise:
 * - an `itemprop="articleBody"` that Readability's pick barely covers (it chose a bigger table, a comment thread) replaces it;
 * - the hAtom post body (`class="entry-content"`) that Readability's pick holds trims what lies outside it;
 * - on a page with several `<article>`s, the one matching the URL replaces a pick that is mostly elsewhere;
 * - an implausible pick (too short, mostly links, a banner or a bio) falls back to the first plausible signal.
 */
export function chooseBody(
  readable: { paragraphs: string[]; words: number[]; raw: Blocks },
  signals: Signal[],
  containers: () => Signal[],
  meta: ArticleMetadata,
): Chosen | undefined {
  const cleanedSignal = (signal: Signal): Blocks => {
    const cleaned = removePageFurniture(signal.blocks, meta);
    return { paragraphs: cleaned.paragraphs, captions: [...signal.blocks.captions, ...cleaned.captions], linkShare: [], words: cleaned.words };
  };
  // Shingling the whole body costs as much as Readability's scoring: only a page with signals needs it.
  let oursCache: Set<string> | undefined;
  const ours = (): Set<string> => (oursCache ??= bodyShingles(readable.paragraphs.join(' ')));
  const readableWords = readable.words.reduce((sum, count) => sum + count, 0);
  const readableOk = readable.paragraphs.length > 0 && plausible(readable.raw);
  for (const signal of signals) {
    const candidate = cleanedSignal(signal);
    if (!plausible(signal.blocks) || totalWords(candidate) < MIN_ARTICLE_WORDS) continue;
    // The page names its body: that wins over a guess, whether the guess missed it or added furniture around it,
    // unless the guess holds it whole and is much longer (the named element was only the lead).
    const theirs = bodyShingles(candidate.paragraphs.join(' '));
    if (!readableOk) return candidate;
    if (signal.kind === 'entry content') {
      // A class name is a weaker word than itemprop (themes reuse it for widgets): the hAtom post body trims a pick
      // that holds it (an about box, related posts or an author bio beside the post go) but never replaces one.
      // hAtom names an excerpt `entry-summary`, so `entry-content` is the whole post, never only its lead.
      if (shareIn(theirs, ours()) >= 0.5) {
        return { paragraphs: keepWithin(readable.paragraphs, theirs, new Set(signal.blocks.paragraphs)), captions: readable.raw.captions };
      }
    } else if (signal.kind === 'itemprop') {
      // Readability missed the named body: take it. Readability holds it: keep Readability's text (it
      // also has the lead and subheadings) without the blocks that lie outside the body, unless the
      // named element was only the lead of a much longer text.
      const held = shareIn(theirs, ours());
      // Readability's pick lies inside a much larger named element (a wrapper with comments): the pick is the refined body.
      const refined = shareIn(ours(), theirs) >= 0.8 && totalWords(candidate) > 1.5 * readableWords;
      if (held < 0.5 && !refined) return candidate;
      if (refined) return { paragraphs: readable.paragraphs, captions: readable.raw.captions };
      const isLead = held >= 0.8 && totalWords(candidate) < 0.6 * readableWords;
      const within = isLead ? readable.paragraphs : keepWithin(readable.paragraphs, theirs);
      return { paragraphs: within, captions: readable.raw.captions };
    } else if (shareIn(ours(), theirs) < 0.5) {
      // The <article> matching the URL is a whole story with its furniture: it wins only when the guess is mostly another story.
      return candidate;
    }
  }
  if (readableOk) return { paragraphs: readable.paragraphs, captions: readable.raw.captions };
  for (const signal of [...signals, ...containers()]) {
    if (!plausible(signal.blocks)) continue;
    const candidate = cleanedSignal(signal);
    if (totalWords(candidate) >= MIN_ARTICLE_WORDS) return candidate;
  }
  return readable.paragraphs.length > 0 && proseWords(readable.raw) >= MIN_ARTICLE_WORDS ? { paragraphs: readable.paragraphs, captions: readable.raw.captions } : undefined;
}
