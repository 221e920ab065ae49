import mjml2html from 'mjml';
import type { Article } from '../articles/article.js';
import { makeExcerpt } from '../articles/text-measures.js';
import { errorMessage, TemplateError } from '../errors.js';
import type { Issue } from '../issue/issue.js';
import { archiveIndexUrl, issuePageUrl } from '../archive/archive-layout.js';
import type { CompiledTemplates } from './digest-templates.js';
import { fillSlots, newSlotSet, slotMarker, subscriberMarkers, type SlotName, type SlotSet } from './slots.js';

/**
 * Renders an issue once: Handlebars → MJML → HTML, plus the plain-text part.
 * Per-recipient values stay as slot markers (see slots.ts). When the HTML
 * would pass the size budget (Gmail clips at ~102 KB), the layout degrades
 * step by step: shorter excerpts, then overflow stories as a headline-only
 * "More stories" list, then a count of the stories left out.
 */

export interface RenderSettings {
  listName: string;
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
}

interface Layout {
  cards: number;
  shortExcerpts: boolean;
  moreStories: number;
}

const SHORT_EXCERPT = { minWords: 15, maxWords: 28 };

export async function renderDigest(
  issue: Pick<Issue, 'date' | 'articles'>,
  templates: CompiledTemplates,
  settings: RenderSettings,
  options: RenderOptions = {},
): Promise<RenderedDigest> {
  if (issue.articles.length === 0) throw new TemplateError('There is nothing to render: the issue has no articles');
  const slots = newSlotSet(options.columns);
  const articles = issue.articles;
  const n = articles.length;
  const render = (layout: Layout) => renderLayout(issue.date, articles, layout, templates, settings, slots, options.webVersion === true);

  const notes: string[] = [];
  let layout: Layout = { cards: n, shortExcerpts: false, moreStories: 0 };
  let result = await render(layout);
  if (result.bytes > settings.sizeBudgetBytes) {
    notes.push(`full layout was ${result.bytes} bytes, over the ${settings.sizeBudgetBytes}-byte budget`);
    layout = { cards: n, shortExcerpts: true, moreStories: 0 };
    result = await render(layout);
    notes.push(`shortened excerpts: ${result.bytes} bytes`);
  }
  if (result.bytes > settings.sizeBudgetBytes) {
    // The most cards that still fit, every other story as a headline: size grows with cards, so bisect.
    const fits = async (cards: number) => (await render({ cards, shortExcerpts: true, moreStories: n - cards })).bytes <= settings.sizeBudgetBytes;
    let low = 0;
    let high = n - 1;
    while (low < high) {
      const mid = Math.ceil((low + high) / 2);
      if (await fits(mid)) low = mid;
      else high = mid - 1;
    }
    layout = { cards: low, shortExcerpts: true, moreStories: n - low };
    result = await render(layout);
    notes.push(`${n - low} stories moved to "More stories": ${result.bytes} bytes`);
  }
  if (result.bytes > settings.sizeBudgetBytes) {
    const cards = layout.cards;
    const fits = async (more: number) => (await render({ cards, shortExcerpts: true, moreStories: more })).bytes <= settings.sizeBudgetBytes;
    let low = 0;
    let high = layout.moreStories;
    while (low < high) {
      const mid = Math.ceil((low + high) / 2);
      if (await fits(mid)) low = mid;
      else high = mid - 1;
    }
    layout = { cards, shortExcerpts: true, moreStories: low };
    result = await render(layout);
    notes.push(`${n - cards - low} stories left out of the email (linked to the site): ${result.bytes} bytes`);
  }
  if (result.bytes > settings.sizeBudgetBytes) notes.push(`still ${result.bytes} bytes, over the budget: the fixed parts alone are too large`);

  return {
    date: issue.date,
    subject: result.subject,
    preheader: result.preheader,
    html: result.html,
    text: result.text,
    slots,
    bytes: result.bytes,
    budgetBytes: settings.sizeBudgetBytes,
    trimmed: notes.length > 0,
    trimNotes: notes,
    layout: { ...layout, omitted: n - layout.cards - layout.moreStories },
  };
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

async function renderLayout(
  date: string,
  articles: readonly Article[],
  layout: Layout,
  templates: CompiledTemplates,
  settings: RenderSettings,
  slots: SlotSet,
  webVersion: boolean,
) {
  const cards = articles.slice(0, layout.cards);
  const more = articles.slice(layout.cards, layout.cards + layout.moreStories);
  const omittedCount = articles.length - cards.length - more.length;
  const top = articles[0]!;
  const dateLabel = formatDate(date, settings.language);
  const subject = `${settings.subjectPrefix} — ${dateLabel}: ${top.title}`.replace(/\s+/g, ' ').slice(0, 200);
  const preheader = truncate(articles.slice(0, 3).map((a) => a.title).join(' · '), 140);
  const context = {
    lang: settings.language,
    dir: 'ltr',
    subject,
    preheader,
    dateLabel,
    storyCount: articles.length === 1 ? '1 story' : `${articles.length} stories`,
    listName: settings.listName,
    siteUrl: settings.siteUrl,
    archiveUrl: settings.archiveUrl ? issuePageUrl(settings.archiveUrl, date) : undefined,
    archiveIndexUrl: settings.archiveUrl ? archiveIndexUrl(settings.archiveUrl) : undefined,
    webVersion,
    postalAddress: settings.postalAddress,
    unsubscribeUrl: slotMarker(slots, 'unsubscribeUrl'),
    subscriber: subscriberMarkers(slots),
    sections: groupBySection(cards.map((article) => card(article, layout.shortExcerpts))),
    moreStories: more.map((a) => ({ title: a.title, url: a.url, source: a.source, dir: a.dir })),
    omittedCount,
  };
  const mjml = templates.mjml(context);
  let html: string;
  try {
    const output = await mjml2html(mjml, {
      validationLevel: 'strict',
      minify: true,
      minifyOptions: { minifyCss: false },
      keepComments: false,
    });
    html = output.html;
  } catch (error) {
    throw new TemplateError(`MJML rejected the rendered template: ${errorMessage(error)}`, { cause: error });
  }
  const text = templates.text(context).replace(/\n{3,}/g, '\n\n').trim() + '\n';
  const personalised = fillSlots(html, slots, (name) => sampleValue(name, settings));
  return { subject, preheader, html, text, bytes: Buffer.byteLength(personalised) };
}

function card(article: Article, short: boolean) {
  const meta = [article.source, `${article.readingMinutes} min read`].filter(Boolean).join(' · ');
  return {
    section: article.section,
    title: article.title,
    url: article.url,
    meta,
    excerpt: short ? makeExcerpt(article.paragraphs, SHORT_EXCERPT) : article.excerpt,
    image: article.image,
    lang: article.lang,
    dir: article.dir,
  };
}

function groupBySection<T extends { section: string }>(cards: T[]): Array<{ name: string; articles: T[] }> {
  const sections = new Map<string, T[]>();
  for (const item of cards) {
    const list = sections.get(item.section) ?? [];
    list.push(item);
    sections.set(item.section, list);
  }
  return [...sections].map(([name, list]) => ({ name, articles: list }));
}

export function formatDate(date: string, language: string): string {
  const time = new Date(`${date}T12:00:00Z`);
  try {
    return new Intl.DateTimeFormat(language, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(time);
  } catch {
    return date;
  }
}

function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}
