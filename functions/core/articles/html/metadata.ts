/**
 * Article metadata from the page: meta tags, `<link rel=canonical>`, JSON-LD
 * and Readability's findings. Every value is attribute or script text: it is
 * stripped of markup and normalised, never rendered.
 */
import type { ArticleMetadata } from '../article.js';
import { languageTag } from '../language-tag.js';
import { comparable, httpUrl, isoDate, normalizeSpace } from '../text-measures.js';
import { parseFragment, type PageElements, type ReadabilityResult } from './document.js';

export interface PageMetadataOptions {
  /** Where the page came from; used when the page names no http(s) URL itself. */
  url?: string;
}

export interface PageMetadata {
  values: Map<string, string>;
  canonical?: string;
  lang?: string;
  dir?: string;
  documentTitle?: string;
}

export function readPageMetadata(document: Document, elements: PageElements): PageMetadata {
  const values = new Map<string, string>();
  for (const element of elements.meta) {
    const content = element.getAttribute('content');
    if (content === null || content.trim() === '') continue;
    // `property` may hold several names ("dc:description og:description").
    const keys = (element.getAttribute('property') ?? element.getAttribute('name') ?? element.getAttribute('itemprop') ?? '')
      .toLowerCase()
      .split(/\s+/)
      .filter((key) => key !== '');
    for (const key of keys) if (!values.has(key)) values.set(key, content);
  }
  const canonical =
    elements.link
      .find((link) => (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).includes('canonical'))
      ?.getAttribute('href') ?? undefined;
  const root = document.documentElement;
  return {
    values,
    canonical,
    lang: root?.getAttribute('lang') ?? root?.getAttribute('xml:lang') ?? undefined,
    dir: root?.getAttribute('dir') ?? undefined,
    documentTitle: elements.title[0]?.textContent ?? undefined,
  };
}

export interface JsonLdArticle {
  headline?: string;
  articleBody?: string;
  author?: string;
  datePublished?: string;
  section?: string;
  url?: string;
  image?: string;
  publisher?: string;
}

const ARTICLE_TYPE = /^(\w*Article|BlogPosting|LiveBlogPosting|Report|SocialMediaPosting)$/;

export function readJsonLd(elements: PageElements): JsonLdArticle {
  const found: JsonLdArticle = {};
  const scripts = elements.script.filter((script) => script.getAttribute('type')?.trim().toLowerCase() === 'application/ld+json');
  for (const script of scripts) {
    let data: unknown;
    try {
      data = JSON.parse((script.textContent ?? '').replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, ''));
    } catch {
      continue;
    }
    for (const node of jsonLdNodes(data)) {
      const types = ([] as unknown[]).concat(node['@type']).filter((type): type is string => typeof type === 'string');
      if (!types.some((type) => ARTICLE_TYPE.test(type))) continue;
      found.headline ??= firstString(node.headline) ?? firstString(node.name);
      const body = firstString(node.articleBody) ?? firstString(node.text);
      if (body && body.length > (found.articleBody?.length ?? 0)) found.articleBody = body;
      found.author ??= names(node.author);
      found.datePublished ??= firstString(node.datePublished) ?? firstString(node.dateCreated);
      found.section ??= firstString(node.articleSection);
      found.url ??= firstString(node.url) ?? firstString(node.mainEntityOfPage);
      found.image ??= imageUrl(node.image);
      found.publisher ??= names(node.publisher);
    }
  }
  return found;
}

type JsonObject = Record<string, unknown>;

function jsonLdNodes(data: unknown, depth = 0): JsonObject[] {
  if (depth > 4 || data === null || typeof data !== 'object') return [];
  if (Array.isArray(data)) return data.flatMap((item) => jsonLdNodes(item, depth + 1));
  const node = data as JsonObject;
  return [node, ...jsonLdNodes(node['@graph'], depth + 1), ...jsonLdNodes(node.mainEntity, depth + 1)];
}

function firstString(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  if (Array.isArray(value)) return value.map(firstString).find((item) => item !== undefined);
  if (value !== null && typeof value === 'object') return firstString((value as JsonObject)['@id']);
  return undefined;
}

function names(value: unknown): string | undefined {
  const list = (Array.isArray(value) ? value : [value])
    .map((item) => (typeof item === 'string' ? item : item && typeof item === 'object' ? (item as JsonObject).name : undefined))
    .filter((item): item is string => typeof item === 'string' && item.trim() !== '');
  return list.length > 0 ? list.join(', ') : undefined;
}

function imageUrl(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(imageUrl).find((item) => item !== undefined);
  if (value !== null && typeof value === 'object') return firstString((value as JsonObject).url);
  return undefined;
}

export function buildMetadata(
  page: PageMetadata,
  jsonLd: JsonLdArticle,
  result: ReadabilityResult | null,
  options: PageMetadataOptions,
): ArticleMetadata {
  const value = (...keys: string[]): string | undefined => {
    for (const key of keys) {
      const found = page.values.get(key);
      if (found !== undefined) return found;
    }
    return undefined;
  };
  const meta: ArticleMetadata = {};
  // URLs and dates are attribute text too: plain first.
  const link = (candidate: string | undefined, base?: string): string | undefined => httpUrl(plain(candidate), base);
  const fallbackUrl = link(options.url);
  const url =
    link(page.canonical, fallbackUrl) ?? link(value('og:url'), fallbackUrl) ?? link(jsonLd.url, fallbackUrl) ?? fallbackUrl;
  if (url) meta.url = url;

  const source = firstText(value('og:site_name'), result?.siteName, jsonLd.publisher, value('application-name'));
  const hostname = url ? new URL(url).hostname.replace(/^www\./, '') : undefined;
  if (source ?? hostname) meta.source = source ?? hostname;

  const rawTitle = firstText(result?.title, value('og:title'), value('twitter:title'), jsonLd.headline, page.documentTitle);
  const title = rawTitle ? stripSiteSuffix(rawTitle, [source, value('og:site_name'), hostname]) : undefined;
  if (title) meta.title = title;

  // A byline is a name or a short list of names: not a URL (article:author often is one), not a paragraph.
  const author = [result?.byline, value('author'), value('article:author'), value('dc.creator'), value('parsely-author'), jsonLd.author]
    .map((candidate) => plain(candidate)?.replace(/^by\s+/i, '').trim())
    .find((candidate) => candidate && candidate.length <= 100 && !/^https?:\/\//i.test(candidate));
  if (author) meta.author = author;

  const published = isoDate(
    plain(
      value('article:published_time', 'og:article:published_time', 'datepublished', 'pubdate', 'date', 'dc.date') ??
        result?.publishedTime ??
        jsonLd.datePublished,
    ),
  );
  if (published) meta.publishedAt = published;

  const section = plain(value('article:section', 'og:article:section') ?? jsonLd.section);
  if (section) meta.section = section;

  const image = link(value('og:image:secure_url', 'og:image', 'og:image:url', 'twitter:image', 'twitter:image:src') ?? jsonLd.image, url);
  if (image) {
    meta.image = image;
    const alt = plain(value('og:image:alt', 'twitter:image:alt'));
    if (alt) meta.imageAlt = alt;
  }

  const lang = languageTag(plain(page.lang ?? result?.lang ?? value('og:locale')));
  if (lang) meta.lang = lang;
  const dir = (page.dir ?? result?.dir ?? '').trim().toLowerCase();
  if (dir === 'rtl' || dir === 'ltr') meta.dir = dir;
  else if (meta.lang && /^(ar|he|iw|fa|ur|yi|ps|sd|ug|dv|ckb)\b/i.test(meta.lang)) meta.dir = 'rtl';
  return meta;
}

/** Drops a trailing " | Site" / " - Site" when the suffix is the site's name. */
function stripSiteSuffix(title: string, siteNames: Array<string | undefined>): string {
  const match = /^(.+?)\s+[|\-–—:·•]\s+([^|\-–—:·•]+)$/.exec(title);
  if (!match?.[1] || !match[2]) return title;
  const suffix = comparable(match[2]);
  const matches = siteNames.some((name) => {
    if (!name) return false;
    const site = comparable(name);
    return site !== '' && (site === suffix || site.replace(/ /g, '') === suffix.replace(/ /g, ''));
  });
  return matches ? match[1].trim() : title;
}



function firstText(...values: Array<string | null | undefined>): string | undefined {
  for (const value of values) {
    const text = plain(value);
    if (text) return text;
  }
  return undefined;
}

const MAX_META_CHARS = 4_096;

/** Meta values are attribute text, never parsed: strip any markup they carry and normalise spaces. */
function plain(value: string | null | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  // No title, name or link needs more; a longer URL is dropped later with a note.
  let text = value.length > MAX_META_CHARS ? value.slice(0, MAX_META_CHARS) : value;
  for (let round = 0; round < 3 && /<[a-z!/?]/i.test(text); round++) {
    const body = parseFragment(text, 'metadata value');
    for (const element of Array.from(body.querySelectorAll('script, style, noscript, template'))) element.remove();
    text = body.textContent ?? '';
  }
  text = normalizeSpace(text.replace(/<(?=[a-z!/?])/gi, ''));
  return text === '' ? undefined : text;
}
