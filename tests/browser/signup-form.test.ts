import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { simpleParser } from 'mailparser';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FileSubscriberStore } from '../../functions/adapters/file-subscriber-store.js';
import { SIGNUP_OUTBOX, startPreview, type StartedPreview } from '../../functions/cli/preview-command.js';
import { loadConfig } from '../../functions/config/config.js';
import { silentLog } from '../../functions/core/ports.js';
import { HAS_CHROMIUM, launchChromium, reportMissingChromium } from './chromium.js';

/**
 * The sign-up form as a reader meets it, in Debian's Chromium: typed into on
 * the preview page, the confirmation email read from the local outbox, its
 * link opened, the button pressed. The preview serves the same sign-up core
 * as the Lambda function, on the local store under --out.
 */

const ROOT = resolve(import.meta.dirname, '../..');

reportMissingChromium('the sign-up form in a real browser');

describe.runIf(HAS_CHROMIUM)('the sign-up form on the preview page, in Chromium', () => {
  let browser: Browser;
  let preview: StartedPreview;
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'digest-signup-browser-'));
    await cp(join(ROOT, 'examples/articles/2026-11-26'), join(dir, 'articles/2026-11-26'), { recursive: true });
    preview = await startPreview(
      { articles: join(dir, 'articles'), templates: join(ROOT, 'templates'), out: join(dir, 'out'), port: 0 },
      loadConfig({ env: { DIGEST_SIGNUP_URL: 'https://news.example.org/subscribe' } }),
      silentLog,
    );
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await preview?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('signs a reader up from the form, and the button behind the emailed link makes them confirmed in the local store', async () => {
    const reader = 'new.reader@example.org';
    const page = await browser.newPage();
    await page.goto(preview.url);
    // The snippet to paste points at the configured public URL; the live form at the preview.
    expect(await page.textContent('.signup pre')).toContain('action="https://news.example.org/subscribe"');
    await page.fill('.signup input[name="email"]', reader);
    await page.fill('.signup input[name="name"]', 'New Reader');
    await Promise.all([page.waitForURL(/\/subscribe\/$/), page.click('.signup button[type="submit"]')]);
    expect(await page.textContent('body')).toContain('Check your inbox');

    const store = new FileSubscriberStore(join(dir, 'out'));
    expect(await store.get(reader)).toMatchObject({ status: 'pending', name: 'New Reader', consent: { signedUpFrom: 'preview' } });
    const outbox = join(dir, 'out', SIGNUP_OUTBOX);
    const files = await readdir(outbox);
    expect(files).toEqual(['new.reader@example.org.eml']);
    const mail = await simpleParser(await readFile(join(outbox, files[0]!)));
    expect(mail.to).toMatchObject({ text: reader });
    const link = /http:\/\/\S+\/subscribe\/confirm\?token=[A-Za-z0-9._~%-]+/.exec(mail.text ?? '')?.[0];
    expect(link, mail.text).toBeDefined();

    // Opening the link changes nothing (mail scanners follow links); the button confirms.
    await page.goto(link!);
    expect(await store.get(reader)).toMatchObject({ status: 'pending' });
    await Promise.all([page.waitForLoadState('load'), page.click('button:has-text("Confirm my subscription")')]);
    await expect.poll(() => page.textContent('body')).toContain('You are subscribed');
    expect(await store.get(reader)).toMatchObject({ status: 'confirmed', consent: { confirmedAt: expect.any(String) } });
    await page.close();
  });
});
