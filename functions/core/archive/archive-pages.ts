import { archiveFeedUrl, archiveIndexUrl, issuePageUrl } from './archive-layout.js';

/**
 * The archive's index page and Atom feed, built from the entries the freeze
 * step records per issue. Every value is escaped here: subjects come from
 * article titles, which an article author typed.
 */

export interface ArchiveEntry {
  date: string;
  subject: string;
  preheader: string;
  /** ISO 8601, when the issue was published. */
  publishedAt: string;
  stories: number;
}

export interface ArchiveSite {
  archiveUrl: string;
  listName: string;
  language: string;
  dateLabel: (date: string) => string;
  /** Where readers sign up (the sign-up function serves its form on GET); unset: no link. */
  signupUrl?: string;
}

/** How many issues the feed carries; the index lists them all. */
export const FEED_ENTRIES = 30;

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes for HTML and XML text and attributes, and drops characters XML 1.0 forbids. */
export function escapeMarkup(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]!);
}

function newestFirst(entries: readonly ArchiveEntry[]): ArchiveEntry[] {
  return [...entries].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
}

export function renderArchiveIndex(entries: readonly ArchiveEntry[], site: ArchiveSite): string {
  const e = escapeMarkup;
  const items = newestFirst(entries)
    .map(
      (entry) => `    <li>
      <a href="${e(issuePageUrl(site.archiveUrl, entry.date))}"><time datetime="${e(entry.date)}">${e(site.dateLabel(entry.date))}</time></a>
      <span class="subject">${e(entry.subject)}</span>
      <span class="preheader">${e(entry.preheader)}</span>
    </li>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="${e(site.language)}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="color-scheme" content="light dark">
  <title>${e(site.listName)}: all issues</title>
  <link rel="alternate" type="application/atom+xml" title="${e(site.listName)}" href="${e(archiveFeedUrl(site.archiveUrl))}">
  <style>
    body { font: 16px/1.5 -apple-system, BlinkMacSystemFont, 'Segoe UI', Helvetica, Arial, sans-serif; margin: 0 auto; max-width: 44rem; padding: 2rem 1rem; color: #1f2933; background: #fff; }
    h1 { font-size: 1.75rem; margin: 0 0 1.5rem; }
    ol { list-style: none; padding: 0; margin: 0; }
    li { padding: 0.9rem 0; border-bottom: 1px solid #e4e7eb; display: grid; gap: 0.15rem; }
    a { color: #0b63b6; font-weight: 600; }
    .preheader { color: #52606d; font-size: 0.9rem; }
    @media (prefers-color-scheme: dark) { body { background: #111827; color: #e5e7eb; } a { color: #7cb7ff; } li { border-color: #374151; } .preheader { color: #9aa5b1; } }
  </style>
</head>
<body>
  <h1>${e(site.listName)}</h1>
  <p><a href="${e(archiveFeedUrl(site.archiveUrl))}">Atom feed</a>${site.signupUrl ? ` · <a href="${e(site.signupUrl)}">Subscribe</a>` : ''}</p>
  <ol reversed>
${items}
  </ol>
</body>
</html>
`;
}

export function renderAtomFeed(entries: readonly ArchiveEntry[], site: ArchiveSite): string {
  const e = escapeMarkup;
  const latest = newestFirst(entries).slice(0, FEED_ENTRIES);
  const updated = latest.reduce((max, entry) => (entry.publishedAt > max ? entry.publishedAt : max), '1970-01-01T00:00:00.000Z');
  const items = latest
    .map((entry) => {
      const url = issuePageUrl(site.archiveUrl, entry.date);
      return `  <entry>
    <title>${e(entry.subject)}</title>
    <id>${e(url)}</id>
    <link rel="alternate" type="text/html" href="${e(url)}"/>
    <published>${e(entry.publishedAt)}</published>
    <updated>${e(entry.publishedAt)}</updated>
    <summary>${e(entry.preheader)}</summary>
  </entry>`;
    })
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${e(site.language)}">
  <title>${e(site.listName)}</title>
  <id>${e(archiveIndexUrl(site.archiveUrl))}</id>
  <link rel="self" type="application/atom+xml" href="${e(archiveFeedUrl(site.archiveUrl))}"/>
  <link rel="alternate" type="text/html" href="${e(archiveIndexUrl(site.archiveUrl))}"/>
  <updated>${e(updated)}</updated>
  <author><name>${e(site.listName)}</name></author>
${items}
</feed>
`;
}
