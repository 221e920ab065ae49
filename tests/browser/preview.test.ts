import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../functions/config/config.js';
import { startPreview, type StartedPreview } from '../../functions/cli/preview-command.js';
import { silentLog } from '../../functions/core/ports.js';

/**
 * The preview in a real browser: Debian's Chromium driven by playwright-core
 * (no browser download). Skipped with a notice where /usr/bin/chromium is
 * missing, unless DIGEST_REQUIRE_BROWSER=1 makes its absence a failure.
 * Screenshots go to out/screenshots/preview/ (git-ignored).
 */
const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available && process.env.DIGEST_REQUIRE_BROWSER === '1') throw new Error(`DIGEST_REQUIRE_BROWSER=1 but ${CHROMIUM} is missing (apt-get install chromium)`);
if (!available) console.warn(`tests/browser/preview.test.ts skipped: ${CHROMIUM} not found (apt-get install chromium; DIGEST_REQUIRE_BROWSER=1 makes this fail)`);

const ROOT = resolve(import.meta.dirname, '../..');
const SHOTS = join(ROOT, 'out/screenshots/preview');

/** Both email frames have finished loading their current document. */
async function framesReady(page: import('playwright-core').Page): Promise<void> {
  await page.waitForFunction(() =>
    [...document.querySelectorAll('iframe')].every((frame) => frame.contentDocument?.readyState === 'complete' && frame.contentDocument.querySelector('.s')),
  );
}

describe.skipIf(!available)('the preview page in Chromium', () => {
  let browser: Browser;
  let preview: StartedPreview;
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'digest-preview-browser-'));
    await cp(join(ROOT, 'examples/articles/2026-11-26'), join(dir, 'articles/2026-11-26'), { recursive: true });
    await mkdir(SHOTS, { recursive: true });
    preview = await startPreview(
      { articles: join(dir, 'articles'), subscribers: join(ROOT, 'examples/subscribers.csv'), templates: join(ROOT, 'templates'), out: join(dir, 'out'), port: 0 },
      loadConfig({ env: { DIGEST_TEST_RECIPIENTS: 'editor@example.org' } }),
      silentLog,
    );
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  });

  afterAll(async () => {
    await browser?.close();
    await preview?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('shows the email at both widths, toggles dark mode and the width, and screenshots each', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 }, colorScheme: 'light' });
    await page.goto(preview.url);
    await page.waitForSelector('body[data-version]');
    await expect.poll(() => page.textContent('#subject')).toContain('City council approves');

    const phone = page.frameLocator('#frame-phone');
    const desktop = page.frameLocator('#frame-desktop');
    await expect.poll(() => phone.locator('text=View in browser').count()).toBe(1);
    expect(await page.locator('#frame-phone').evaluate((frame) => frame.getBoundingClientRect().width)).toBeCloseTo(375, -1);
    expect(await page.locator('#frame-desktop').evaluate((frame) => frame.getBoundingClientRect().width)).toBeCloseTo(700, -1);
    // The phone frame gets MJML's stacked layout, the desktop frame the 600 px body.
    const cardWidth = (frame: typeof phone) => frame.locator('.s').first().evaluate((el) => el.getBoundingClientRect().width);
    expect(await cardWidth(phone)).toBeLessThanOrEqual(375);
    expect(await cardWidth(desktop)).toBeGreaterThan(500);
    await framesReady(page);
    await page.screenshot({ path: join(SHOTS, 'light-both.png') });

    const cardBackground = () => phone.locator('.k').first().evaluate((el) => getComputedStyle(el).backgroundColor);
    const light = await cardBackground();
    await page.click('#scheme');
    await expect.poll(cardBackground).not.toBe(light);
    expect(await cardBackground()).toBe('rgb(22, 29, 41)');
    expect(await page.getAttribute('#scheme', 'aria-pressed')).toBe('true');
    await framesReady(page);
    await page.screenshot({ path: join(SHOTS, 'dark-both.png') });

    await page.click('#width');
    expect(await page.isVisible('#frame-desktop')).toBe(false);
    expect(await page.isVisible('#frame-phone')).toBe(true);
    await page.screenshot({ path: join(SHOTS, 'dark-phone.png') });
    await page.click('#width');
    expect(await page.isVisible('#frame-phone')).toBe(false);
    expect(await page.isVisible('#frame-desktop')).toBe(true);

    await page.click('#send-test');
    await expect.poll(() => page.textContent('#status')).toContain('Test sent to editor@example.org');
    await page.close();
  });
});
