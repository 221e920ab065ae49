import { BUCKET_PREFIXES } from '../../contracts/bucket-layout.js';

/**
 * Where the web archive lives: `archive/` in the bucket (served by the
 * CloudFront distribution, cdk/constructs/web-archive.ts) and `out/archive/`
 * locally. The same keys and URLs everywhere, so the "View in browser" link
 * in an email is the page the freeze step publishes.
 *
 *   archive/index.html               every issue, newest first
 *   archive/feed.xml                 Atom feed of the latest issues
 *   archive/<date>/index.html        one issue, as a standalone web page
 *   archive/<date>/entry.json        what the index and the feed list about it
 */
const ARCHIVE_PREFIX = BUCKET_PREFIXES.archive;

export const ARCHIVE_KEYS = {
  index: `${ARCHIVE_PREFIX}index.html`,
  feed: `${ARCHIVE_PREFIX}feed.xml`,
  page: (date: string) => `${ARCHIVE_PREFIX}${date}/index.html`,
  entry: (date: string) => `${ARCHIVE_PREFIX}${date}/entry.json`,
} as const;

function base(archiveUrl: string): string {
  return archiveUrl.replace(/\/+$/, '');
}

/** The issue's web page, e.g. `https://d111.cloudfront.net/archive/2026-11-26/`. */
export function issuePageUrl(archiveUrl: string, date: string): string {
  return `${base(archiveUrl)}/${date}/`;
}

export function archiveIndexUrl(archiveUrl: string): string {
  return `${base(archiveUrl)}/`;
}

export function archiveFeedUrl(archiveUrl: string): string {
  return `${base(archiveUrl)}/feed.xml`;
}
