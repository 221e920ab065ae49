import { DigestError, errorMessage } from '../errors.js';
import type { Issue } from '../issue/issue.js';
import { isIssueDate } from '../issue/issue.js';
import type { Log, ObjectStore } from '../ports.js';
import type { CompiledTemplates } from '../render/digest-templates.js';
import { formatDate, renderDigest, type RenderedDigest, type RenderSettings } from '../render/render-digest.js';
import { fillSlots } from '../render/slots.js';
import { BUCKET_PREFIXES } from '../../contracts/bucket-layout.js';
import { ARCHIVE_KEYS, issuePageUrl } from './archive-layout.js';
import { type ArchiveEntry, type ArchiveSite, renderArchiveIndex, renderAtomFeed } from './archive-pages.js';

/**
 * Publishes one issue to the web archive: its standalone page (the email's
 * web edition, rendered without any subscriber field or unsubscribe link),
 * then the index and the Atom feed rebuilt from every issue's entry.
 *
 * Called once the real send's recipients are frozen, never for a test send,
 * so the page the emails link to exists before the first one goes out.
 * Publishing again for the same date rewrites the same page and keeps the
 * first publication time, so a resumed run changes nothing a reader sees.
 */

export class ArchiveError extends DigestError {}

export interface PublishArchiveIssueOptions {
  /** The bucket (`archive/…`) or the local output folder (`out/archive/…`). */
  store: ObjectStore;
  issue: Pick<Issue, 'date' | 'articles'>;
  /** The email as it is frozen for sending: the archive shows its subject and preheader. */
  email: Pick<RenderedDigest, 'subject' | 'preheader'>;
  templates: CompiledTemplates;
  settings: RenderSettings & { archiveUrl: string; signupUrl?: string };
  now: Date;
  log?: Log;
}

export interface PublishedIssue {
  url: string;
  pageKey: string;
  issues: number;
}

/** A web page has no mail client clipping it: every story stays in full. */
const WEB_BUDGET_BYTES = 10_000_000;
/** An entry is a few hundred bytes; anything far larger was not written by us. */
const MAX_ENTRY_BYTES = 64 * 1024;

export async function publishArchiveIssue(options: PublishArchiveIssueOptions): Promise<PublishedIssue> {
  const { store, issue, settings } = options;
  const web = await renderDigest(issue, options.templates, { ...settings, sizeBudgetBytes: WEB_BUDGET_BYTES }, { webVersion: true });
  // The web edition's templates use no subscriber slot; an empty fill guarantees no marker survives.
  const page = fillSlots(web.html, web.slots, () => '');
  const pageKey = ARCHIVE_KEYS.page(issue.date);
  await store.put(pageKey, page, { contentType: 'text/html; charset=utf-8' });

  const previous = await readEntry(store, ARCHIVE_KEYS.entry(issue.date));
  const entry: ArchiveEntry = {
    date: issue.date,
    subject: options.email.subject,
    preheader: options.email.preheader,
    publishedAt: previous?.publishedAt ?? options.now.toISOString(),
    stories: issue.articles.length,
  };
  await store.put(ARCHIVE_KEYS.entry(issue.date), `${JSON.stringify(entry, null, 2)}\n`, { contentType: 'application/json' });

  const entries = await readEntries(store);
  const site: ArchiveSite = {
    archiveUrl: settings.archiveUrl,
    listName: settings.listName,
    language: settings.language,
    dateLabel: (date) => formatDate(date, settings.language),
    ...(settings.signupUrl ? { signupUrl: settings.signupUrl } : {}),
  };
  await store.put(ARCHIVE_KEYS.index, renderArchiveIndex(entries, site), { contentType: 'text/html; charset=utf-8' });
  await store.put(ARCHIVE_KEYS.feed, renderAtomFeed(entries, site), { contentType: 'application/atom+xml; charset=utf-8' });
  const url = issuePageUrl(settings.archiveUrl, issue.date);
  options.log?.info('issue published to the web archive', { url, issues: entries.length });
  return { url, pageKey, issues: entries.length };
}

/** Every published issue's entry, each verified. */
export async function readEntries(store: ObjectStore): Promise<ArchiveEntry[]> {
  const entries: ArchiveEntry[] = [];
  for await (const object of store.list(BUCKET_PREFIXES.archive)) {
    const [, date, file] = object.key.split('/');
    if (file !== 'entry.json' || !isIssueDate(date) || object.key !== ARCHIVE_KEYS.entry(date)) continue;
    const entry = await readEntry(store, object.key);
    if (entry) entries.push(entry);
  }
  return entries;
}

async function readEntry(store: ObjectStore, key: string): Promise<ArchiveEntry | null> {
  const bytes = await store.get(key);
  if (!bytes) return null;
  if (bytes.length > MAX_ENTRY_BYTES) throw new ArchiveError(`${store.locate(key)} is ${bytes.length} bytes, not an archive entry`);
  let value: unknown;
  try {
    value = JSON.parse(bytes.toString('utf8'));
  } catch (error) {
    throw new ArchiveError(`${store.locate(key)} is not JSON: ${errorMessage(error)}; restore its previous version or delete it`, { cause: error });
  }
  const problem = entryProblem(value, key);
  if (problem) throw new ArchiveError(`${store.locate(key)} is not a valid archive entry: ${problem}`);
  return value as ArchiveEntry;
}

function entryProblem(value: unknown, key: string): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not an object';
  const entry = value as Record<string, unknown>;
  if (!isIssueDate(entry.date) || ARCHIVE_KEYS.entry(entry.date) !== key) return 'its date does not match its key';
  for (const field of ['subject', 'preheader'] as const) {
    const value = entry[field];
    if (typeof value !== 'string' || value.length > 1000) return `${field} is not a short string`;
  }
  if (typeof entry.publishedAt !== 'string' || Number.isNaN(Date.parse(entry.publishedAt))) return 'publishedAt is not a time';
  if (!Number.isInteger(entry.stories) || (entry.stories as number) < 0) return 'stories is not a count';
  return null;
}
