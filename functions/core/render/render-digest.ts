import mjml2html from 'mjml';
import type { Article } from '../articles/article.js';
import { DEFAULT_SECTION } from '../articles/article.js';
import { makeExcerpt } from '../articles/text-measures.js';
import { errorMessage, TemplateError } from '../errors.js';
import type { Issue } from '../issue/issue.js';
import { archiveIndexUrl, issuePageUrl } from '../archive/archive-layout.js';
import type { CompiledTemplates } from './digest-templates.js';
import { measureLayout, planLayout, rank, type Layout, type LayoutSizes } from './fit-budget.js';
import { tidyText, wrapParagraph } from './plain-text.js';
import { fillSlots, newSlotSet, slotMarker, subscriberMarkers, type SlotName, type SlotSet } from './slots.js';
import { labelsForStory } from './story-labels.js';
import { primarySubtag, storyLanguageDetector, type StoryLanguageDetector } from './story-language.js';
import { preheaderText, subjectLine } from './subject-line.js';
import { darkModeCss, lightColours } from './theme.js';

/**
 * Renders an issue: Handlebars → MJML → HTML, plus the plain-text part.
 * Per-recipient values stay as slot markers (see slots.ts). When the HTML
 * would pass the size budget (Gmail clips at ~102 KB), the layout degrades:
 * shorter excerpts, then overflow stories as a headline-only "More stories"
 * list, then a count of the stories left out. The layout is computed from
 * the byte sizes measured in the first render (fit-budget.ts) and checked
 * by rendering it, so fitting costs about three renders, not a bisection.
 */

export interface RenderSettings {
  listName: string;
  /** Put before the headline in the subject ("Prefix: Headline"); empty for none. */
  subjectPrefix: string;
  language: string;
  siteUrl: string;
  postalAddress: string;
  sizeBudgetBytes: number;
  /** Base URL of the web archive (`<archiveUrl>/<date>/` is the issue's page); unset: no "View in browser" link. */
  archiveUrl?: string;
}

export interface RenderOptions {
  /** Subscriber CSV columns, so templates can use them. */
  columns?: readonly string[];
  /** The standalone web page of the issue (archive): no subscriber fields, no unsubscribe link. */
  webVersion?: boolean;
}

export interface RenderedDigest {
  date: string;
  subject: string;
  preheader: string;
  /** HTML and text with slot markers; see slots.ts. */
  html: string;
  text: string;
  slots: SlotSet;
  /** Bytes of the HTML as a recipient gets it (markers filled with long sample values). */
  bytes: number;
  budgetBytes: number;
  trimmed: boolean;
  trimNotes: string[];
  layout: { cards: number; shortExcerpts: boolean; moreStories: number; omitted: number };
  /** How many times MJML ran to reach this layout. */
  renders: number;
}

const SHORT_EXCERPT = { minWords: 15, maxWords: 28 };
const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb']);
/** Zero-width joiners and non-breaking spaces after the preheader, so no body text leaks into the inbox preview. */
const PREHEADER_FILLER = '\u034f\u200c\u00a0'.repeat(60);
const CSS = `${darkModeCss()}.s img{max-width:100%;height:auto}`;
const COLOURS = lightColours();

/** One story, prepared once per issue: everything a card, a headline or the text part shows. */
interface Story {
  index: number;
  section: string;
  title: string;
  url: string | null;
  source: string | null;
  image: Article['image'];
  lang: string;
  dir: 'ltr' | 'rtl';
  labelLang: string | null;
  labelDir: 'ltr' | 'rtl';
  readingTime: string;
  readMore: string;
  excerpt: string;
  shortExcerpt: string;
}

export async function renderDigest(
  issue: Pick<Issue, 'date' | 'articles'>,
  templates: CompiledTemplates,
  settings: RenderSettings,
  options: RenderOptions = {},
): Promise<RenderedDigest> {
  if (issue.articles.length === 0) throw new TemplateError('There is nothing to render: the issue has no articles');
  const slots = newSlotSet(options.columns);
  const detect = issue.articles.some((article) => !article.lang) ? await storyLanguageDetector() : () => '';
  const stories = issue.articles.map((article, index) => prepareStory(article, index, settings.language, detect));
  const n = stories.length;
  const subject = subjectLine(stories[0]!.title, settings.subjectPrefix);
  const preheader = preheaderText(stories.slice(1, 4).map((story) => story.title));
  const shared = sharedContext(issue.date, n, subject, preheader, settings, slots, options.webVersion === true);
  const extraSlotBytes = slotGrowth(slots, settings);

  let renders = 0;
  const render = async (layout: Layout) => {
    renders += 1;
    const html = await renderHtml(templates, { ...shared, ...layoutContext(stories, layout) });
    return { layout, html, bytes: Buffer.byteLength(html) + countSlots(html, slots, extraSlotBytes) };
  };

  const budget = settings.sizeBudgetBytes;
  const notes: string[] = [];
  let best = await render({ cards: n, shortExcerpts: false, moreStories: 0 });
  if (best.bytes > budget) {
    notes.push(`full layout was ${best.bytes} bytes, over the ${budget}-byte budget`);
    // Plan from what the full render measured, render the plan, then re-plan once with what that render measured.
    const first = measure(best, stories);
    const second = await render(planLayout(first, budget));
    const measured = measure(second, stories, first);
    if (second.bytes <= budget) {
      best = second;
      const better = planLayout(measured, budget);
      if (rank(better) > rank(second.layout)) {
        const third = await render(better);
        if (third.bytes <= budget) best = third;
      }
    } else {
      // Rare: the plan was too optimistic. Step down until a render fits (each step re-measured).
      best = second;
      let sizes = measured;
      while (best.bytes > budget) {
        const smaller = planLayout(sizes, budget, best.layout);
        if (rank(smaller) >= rank(best.layout)) break;
        const next = await render(smaller);
        sizes = measure(next, stories, sizes);
        best = next;
      }
    }
    notes.push(...describe(best.layout, n, best.bytes));
    if (best.bytes > budget) notes.push(`still ${best.bytes} bytes, over the budget: the fixed parts alone are too large`);
  }

  const layout = best.layout;
  const text = tidyText(templates.text({ ...shared, ...layoutContext(stories, layout, true) }));
  return {
    date: issue.date,
    subject,
    preheader,
    html: best.html,
    text,
    slots,
    bytes: best.bytes,
    budgetBytes: budget,
    trimmed: notes.length > 0,
    trimNotes: notes,
    layout: { ...layout, omitted: n - layout.cards - layout.moreStories },
    renders,
  };
}

function measure(render: { html: string; bytes: number; layout: Layout }, stories: readonly Story[], previous?: LayoutSizes): LayoutSizes {
  // The template writes cards grouped by section, not in issue order.
  const cardOrder = groupBySection(stories.slice(0, render.layout.cards)).flatMap((group) => group.stories.map((story) => story.index));
  return measureLayout(render.html, render.bytes, render.layout, stories, cardOrder, previous);
}

function describe(layout: Layout, n: number, bytes: number): string[] {
  const notes: string[] = [];
  if (layout.shortExcerpts) notes.push(`shortened excerpts`);
  if (layout.moreStories > 0) notes.push(`${layout.moreStories} stories moved to "More stories"`);
  const omitted = n - layout.cards - layout.moreStories;
  if (omitted > 0) notes.push(`${omitted} stories left out of the email (linked to the site)`);
  notes.push(`${layout.cards} full cards: ${bytes} bytes`);
  return notes;
}

function prepareStory(article: Article, index: number, listLanguage: string, detect: StoryLanguageDetector): Story {
  const lang = article.lang ?? detect(`${article.title}\n${article.excerpt}`, listLanguage);
  const latin = /\p{Script=Latin}/u.test(article.title);
  const labels = labelsForStory(lang, listLanguage, latin);
  const labelDir = RTL_LANGUAGES.has(primarySubtag(labels.lang)) ? 'rtl' : 'ltr';
  const excerpt = article.excerpt;
  const shortExcerpt = makeExcerpt(article.paragraphs, SHORT_EXCERPT);
  return {
    index,
    section: article.section,
    title: article.title,
    url: article.url,
    source: article.source,
    image: article.image,
    lang,
    dir: article.dir,
    // The labels carry their own language only when it isn't the story's.
    labelLang: labels.lang === lang || primarySubtag(labels.lang) === primarySubtag(lang) ? null : labels.lang,
    labelDir,
    readingTime: labels.readingTime(article.readingMinutes),
    readMore: labels.readMore,
    excerpt,
    shortExcerpt: shortExcerpt.length < excerpt.length ? shortExcerpt : excerpt,
  };
}

function sharedContext(date: string, n: number, subject: string, preheader: string, settings: RenderSettings, slots: SlotSet, webVersion: boolean) {
  return {
    lang: settings.language,
    dir: RTL_LANGUAGES.has(primarySubtag(settings.language)) ? 'rtl' : 'ltr',
    subject,
    preheader,
    preheaderFiller: PREHEADER_FILLER,
    dateLabel: formatDate(date, settings.language),
    storyCount: n === 1 ? '1 story' : `${n} stories`,
    listName: settings.listName,
    siteUrl: settings.siteUrl,
    archiveUrl: settings.archiveUrl ? issuePageUrl(settings.archiveUrl, date) : undefined,
    archiveIndexUrl: settings.archiveUrl ? archiveIndexUrl(settings.archiveUrl) : undefined,
    webVersion,
    postalAddress: settings.postalAddress,
    unsubscribeUrl: slotMarker(slots, 'unsubscribeUrl'),
    subscriber: subscriberMarkers(slots),
    c: COLOURS,
    css: CSS,
  };
}

/** The stories of one layout: cards grouped by section, the headline list, the count left out. */
function layoutContext(stories: readonly Story[], layout: Layout, forText = false) {
  const cards = stories.slice(0, layout.cards).map((story) => cardView(story, layout.shortExcerpts, forText));
  const more = stories.slice(layout.cards, layout.cards + layout.moreStories).map((story) => ({
    title: forText ? indentWrapped(story.title) : story.title,
    url: story.url,
    source: story.source,
    lang: story.lang,
    dir: story.dir,
  }));
  return { sections: groupBySection(cards), moreStories: more, omittedCount: stories.length - cards.length - more.length };
}

function cardView(story: Story, short: boolean, forText: boolean) {
  const excerpt = short ? story.shortExcerpt : story.excerpt;
  const meta = [story.source, story.readingTime].filter(Boolean).join(' · ');
  return {
    ...story,
    title: forText ? wrapParagraph(story.title) : story.title,
    excerpt: forText ? wrapParagraph(excerpt) : excerpt,
    meta: forText ? wrapParagraph(meta) : meta,
  };
}

function indentWrapped(text: string): string {
  return wrapParagraph(text, 70).replace(/\n/g, '\n  ');
}

/**
 * Sections in the order of their best story, so the lead story (the
 * subject) opens the email. Stories without a section come last, as
 * "Other news", unless they hold the lead story or are all there is.
 */
export function groupBySection<T extends { section: string }>(cards: readonly T[]): Array<{ name: string; stories: T[] }> {
  const sections = new Map<string, T[]>();
  for (const card of cards) {
    const list = sections.get(card.section) ?? [];
    list.push(card);
    sections.set(card.section, list);
  }
  const groups = [...sections].map(([name, stories]) => ({ name, stories }));
  const fallback = groups.findIndex((group) => group.name === DEFAULT_SECTION);
  if (fallback > 0) {
    const [unsectioned] = groups.splice(fallback, 1);
    groups.push({ name: 'Other news', stories: unsectioned!.stories });
  }
  return groups;
}

async function renderHtml(templates: CompiledTemplates, context: object): Promise<string> {
  const mjml = templates.mjml(context);
  let html: string;
  try {
    const output = await mjml2html(mjml, {
      validationLevel: 'strict',
      // MJML's minifier (htmlnano) takes ~80 % of a render and saves only the indentation, which collapseLayout removes.
      minify: false,
      keepComments: false,
      // No web fonts: MJML would add a Google Fonts <link> and @import for names it knows.
      fonts: {},
    });
    html = output.html;
  } catch (error) {
    throw new TemplateError(`MJML rejected the rendered template: ${errorMessage(error)}`, { cause: error });
  }
  return collapseLayout(html);
}

/**
 * MJML's indentation, as one space. Only line breaks and the spaces and tabs
 * after them are touched (never U+00A0 or other Unicode spaces: the
 * preheader's filler is made of them), and the email has no preformatted
 * text, so what a reader sees is unchanged.
 */
export function collapseLayout(html: string): string {
  return html.replace(/[ \t]*(?:\r?\n)[ \t\r\n]*/g, ' ');
}

/** Long but realistic recipient values, so the size check covers the personalised message. */
const SAMPLE_VALUES: Record<string, string> = {
  email: 'a.rather-long-subscriber-address.2026@subdomain.example-company.com',
  name: 'Maximiliana Alexandrovna Featherstonehaugh',
};

function sampleValue(name: SlotName, settings: RenderSettings): string {
  if (name === 'unsubscribeUrl') return `${settings.siteUrl.replace(/\/$/, '')}/unsubscribe?token=${'x'.repeat(180)}`;
  return SAMPLE_VALUES[name] ?? 'sample value of a custom column';
}

/** How many bytes each slot grows by when filled with its sample value. */
function slotGrowth(slots: SlotSet, settings: RenderSettings): number[] {
  return slots.names.map((name) => Buffer.byteLength(sampleValue(name, settings)) - Buffer.byteLength(slotMarker(slots, name)));
}

function countSlots(html: string, slots: SlotSet, growth: readonly number[]): number {
  let extra = 0;
  fillSlots(html, slots, (name) => {
    extra += growth[slots.names.indexOf(name)] ?? 0;
    return '';
  });
  return extra;
}

const dateFormats = new Map<string, Intl.DateTimeFormat | null>();

export function formatDate(date: string, language: string): string {
  let format = dateFormats.get(language);
  if (format === undefined) {
    try {
      format = new Intl.DateTimeFormat(language, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    } catch {
      format = null;
    }
    dateFormats.set(language, format);
  }
  return format ? format.format(new Date(`${date}T12:00:00Z`)) : date;
}
