/** The article model every input format is turned into. */

/** The section of an article that names none. */
export const DEFAULT_SECTION = 'Top stories';

export interface ArticleImage {
  url: string;
  alt: string;
}

/** Metadata an input file may carry (front matter, JSON fields, HTML meta tags). */
export interface ArticleMetadata {
  title?: string;
  url?: string;
  source?: string;
  author?: string;
  publishedAt?: string;
  section?: string;
  image?: string;
  imageAlt?: string;
  priority?: number;
  lang?: string;
  dir?: 'ltr' | 'rtl';
}

/** What a format parser yields before cleaning and enrichment. */
export interface ParsedArticle {
  meta: ArticleMetadata;
  /** Plain-text paragraphs, already free of markup. */
  paragraphs: string[];
  /** Photo captions found in the body, kept apart from it. */
  captions: string[];
}

export interface Article {
  /** Stable across runs: derived from the url when there is one, else from the file name and text. */
  id: string;
  /** The input file, relative to the day's folder. */
  file: string;
  title: string;
  url: string | null;
  source: string | null;
  author: string | null;
  publishedAt: string | null;
  section: string;
  image: ArticleImage | null;
  priority: number;
  /** 40–60 words ending at a sentence boundary (shorter only when the body is). */
  excerpt: string;
  words: number;
  readingMinutes: number;
  /** Cleaned body paragraphs. */
  paragraphs: string[];
  captions: string[];
  lang: string | null;
  dir: 'ltr' | 'rtl';
  /** The encoding the file was read in (`utf-8`, `windows-1251`, …): declared, or detected when the file said nothing. */
  encoding?: string;
  /** What was dropped or shortened to keep the story safe and within bounds (a link over 2,048 characters, a huge title), for the report. */
  notes?: string[];
}

export interface SkippedFile {
  file: string;
  reason: string;
}

export interface DuplicateArticle {
  file: string;
  duplicateOf: string;
}
