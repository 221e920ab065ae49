import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMParser } from 'linkedom';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runCommand } from '../../../functions/cli/run-command.js';
import { ARCHIVE_KEYS } from '../../../functions/core/archive/archive-layout.js';
import { ArchiveError, publishArchiveIssue, type PublishArchiveIssueOptions } from '../../../functions/core/archive/publish-archive-issue.js';
import { MemoryStore } from '../../../functions/core/memory-store.js';
import { makeArticle, makeIssue, realTemplates, testConfig, EXAMPLES_DIR, TEMPLATES_DIR } from '../../support/digest-fixtures.js';

const ARCHIVE = 'https://digest.example.org/archive';

async function publish(store: MemoryStore, date: string, titles: string[], now = '2026-11-26T05:00:00.000Z', extra: Partial<PublishArchiveIssueOptions> = {}) {
  const issue = makeIssue(titles.map((title, i) => makeArticle(i + 1, { title })), date);
  return publishArchiveIssue({
    store,
    issue,
    email: { subject: `Daily Digest: ${titles[0]}`, preheader: titles.join(' · ') },
    templates: await realTemplates(),
    settings: { ...testConfig(), archiveUrl: ARCHIVE },
    now: new Date(now),
    ...extra,
  });
}

const text = (store: MemoryStore, key: string) => store.objects.get(key)?.toString('utf8') ?? '';

describe('publishing an issue to the web archive', () => {
  it('writes the issue as a standalone page without any subscriber field, token or unsubscribe link', async () => {
    const store = new MemoryStore();
    const published = await publish(store, '2026-11-26', ['Harbour ferry returns', 'New library opens']);
    expect(published).toEqual({ url: `${ARCHIVE}/2026-11-26/`, pageKey: 'archive/2026-11-26/index.html', issues: 1 });
    const page = text(store, ARCHIVE_KEYS.page('2026-11-26'));
    expect(page).toMatch(/^<!doctype html>/i);
    expect(page).toContain('Harbour ferry returns');
    expect(page).toContain('New library opens');
    expect(page).toContain(`href="${ARCHIVE}/"`);
    expect(page).toContain('The web edition of Daily Digest');
    for (const personal of ['subscribed as', 'Unsubscribe', 'unsubscribe', 'token=', 'View in browser', 'subscriber@example.com']) expect(page).not.toContain(personal);
    expect(page).not.toMatch(/DD[0-9A-F]{20}S\d+E/);
  });

  it('lists every issue newest first in the index and the feed, and keeps the first publication time on a republish', async () => {
    const store = new MemoryStore();
    await publish(store, '2026-11-25', ['Tuesday story'], '2026-11-25T05:00:00.000Z');
    await publish(store, '2026-11-27', ['Thursday story'], '2026-11-27T05:00:00.000Z');
    await publish(store, '2026-11-26', ['Wednesday story'], '2026-11-26T05:00:00.000Z');
    const again = await publish(store, '2026-11-26', ['Wednesday story'], '2026-11-26T09:30:00.000Z');
    expect(again.issues).toBe(3);

    const index = new DOMParser().parseFromString(text(store, ARCHIVE_KEYS.index), 'text/html');
    const links = [...index.querySelectorAll('li a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual([`${ARCHIVE}/2026-11-27/`, `${ARCHIVE}/2026-11-26/`, `${ARCHIVE}/2026-11-25/`]);
    expect(index.querySelector('link[rel="alternate"]')?.getAttribute('href')).toBe(`${ARCHIVE}/feed.xml`);

    const feed = new DOMParser().parseFromString(text(store, ARCHIVE_KEYS.feed), 'text/xml');
    expect(feed.querySelector('feed')?.getAttribute('xmlns')).toBe('http://www.w3.org/2005/Atom');
    const entries = [...feed.querySelectorAll('entry')];
    expect(entries.map((entry) => entry.querySelector('id')?.textContent)).toEqual([`${ARCHIVE}/2026-11-27/`, `${ARCHIVE}/2026-11-26/`, `${ARCHIVE}/2026-11-25/`]);
    expect(entries[1]!.querySelector('published')?.textContent).toBe('2026-11-26T05:00:00.000Z');
    expect(feed.querySelector('feed > updated')?.textContent).toBe('2026-11-27T05:00:00.000Z');
    expect(feed.querySelector('link[rel="self"]')?.getAttribute('href')).toBe(`${ARCHIVE}/feed.xml`);
  });

  it('links readers from the index to the sign-up form when a sign-up URL is configured, and not otherwise', async () => {
    const withSignup = new MemoryStore();
    await publish(withSignup, '2026-11-26', ['A story'], undefined, { settings: { ...testConfig(), archiveUrl: ARCHIVE, signupUrl: 'https://news.example.org/subscribe?list=daily&x=1' } });
    const index = new DOMParser().parseFromString(text(withSignup, ARCHIVE_KEYS.index), 'text/html');
    const subscribe = [...index.querySelectorAll('a')].find((a) => a.textContent === 'Subscribe');
    expect(subscribe?.getAttribute('href')).toBe('https://news.example.org/subscribe?list=daily&x=1');

    const without = new MemoryStore();
    await publish(without, '2026-11-26', ['A story'], undefined, { settings: { ...testConfig(), archiveUrl: ARCHIVE, signupUrl: undefined } });
    expect(text(without, ARCHIVE_KEYS.index)).not.toContain('Subscribe');
  });

  it('escapes what an article author typed in the index and the feed', async () => {
    const store = new MemoryStore();
    const hostile = '<script>alert(1)</script> & "quotes" \u0001 <img src=x onerror=alert(2)>';
    await publish(store, '2026-11-26', [hostile]);
    for (const key of [ARCHIVE_KEYS.index, ARCHIVE_KEYS.feed]) {
      const body = text(store, key);
      expect(body).not.toContain('<script>');
      expect(body).not.toContain('<img');
      expect(body).not.toContain('\u0001');
      expect(body).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;');
    }
    const feed = new DOMParser().parseFromString(text(store, ARCHIVE_KEYS.feed), 'text/xml');
    expect(feed.querySelector('entry > title')?.textContent).toContain('<script>alert(1)</script> & "quotes"');
  });

  it('refuses a corrupt or foreign entry loudly, naming the object, instead of publishing a wrong index', async () => {
    for (const [key, body] of [
      [ARCHIVE_KEYS.entry('2026-11-20'), '{"date":"2026-11-20",'],
      [ARCHIVE_KEYS.entry('2026-11-20'), JSON.stringify({ date: '2026-11-21', subject: 's', preheader: 'p', publishedAt: '2026-11-20T05:00:00Z', stories: 1 })],
      [ARCHIVE_KEYS.entry('2026-11-20'), JSON.stringify({ date: '2026-11-20', subject: 's', preheader: 'p', publishedAt: 'yesterday', stories: 1 })],
      [ARCHIVE_KEYS.entry('2026-11-20'), 'x'.repeat(70_000)],
    ] as const) {
      const store = new MemoryStore();
      await store.put(key, body);
      await expect(publish(store, '2026-11-26', ['A story'])).rejects.toThrow(ArchiveError);
      await expect(publish(store, '2026-11-26', ['A story'])).rejects.toThrow(/archive\/2026-11-20\/entry\.json/);
    }
  });
});

describe('digest run and the archive', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'digest-archive-'));
    // The command prints its summary for people; the assertions read the files.
    vi.spyOn(console, 'log').mockImplementation(() => {});
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const options = (out: string, testTo?: string[]) => ({
    articles: join(EXAMPLES_DIR, 'articles'),
    subscribers: join(EXAMPLES_DIR, 'subscribers.csv'),
    out,
    templates: TEMPLATES_DIR,
    testTo,
  });

  it('publishes the archive with a real send, and every message links to the issue\'s page from both parts', async () => {
    const out = join(dir, 'real');
    await runCommand(options(out), testConfig({ archiveUrl: ARCHIVE }));
    expect((await readdir(join(out, 'archive'))).sort()).toEqual(['2026-11-26', 'feed.xml', 'index.html']);
    const page = await readFile(join(out, 'archive/2026-11-26/index.html'), 'utf8');
    expect(page).toContain('City council approves');

    const outbox = join(out, '2026-11-26/outbox');
    const files = await readdir(outbox);
    expect(files.length).toBe(6);
    for (const file of files) {
      const mail = await simpleParser(await readFile(join(outbox, file)));
      const html = String(mail.html);
      const viewInBrowser = html.match(/<a [^>]*href="([^"]+)"[^>]*>View in browser<\/a>/);
      const readOnline = html.match(/<a [^>]*href="([^"]+)"[^>]*>Read online<\/a>/);
      expect(viewInBrowser?.[1]).toBe(`${ARCHIVE}/2026-11-26/`);
      expect(readOnline?.[1]).toBe(`${ARCHIVE}/2026-11-26/`);
      expect(mail.text).toContain(`View in browser: ${ARCHIVE}/2026-11-26/`);
      expect(mail.text).toContain(`Read online: ${ARCHIVE}/2026-11-26/`);
    }
  });

  it('publishes nothing for a test send', async () => {
    const out = join(dir, 'test');
    await runCommand(options(out, ['editor@example.org']), testConfig({ archiveUrl: ARCHIVE }));
    expect(await readdir(out)).toEqual(['2026-11-26']);
    const mail = await simpleParser(await readFile(join(out, '2026-11-26/outbox-test/editor@example.org.eml')));
    expect(mail.text).toContain(`View in browser: ${ARCHIVE}/2026-11-26/`);
  });
});
