import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { describe, it } from 'vitest';

/**
 * Debian's Chromium, driven by playwright-core (which never downloads a
 * browser). A machine without it skips the browser tests with one line,
 * unless DIGEST_REQUIRE_BROWSER=1 (CI) turns the absence into a failure.
 */

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const HAS_CHROMIUM = existsSync(CHROMIUM_PATH);
export const BROWSER_REQUIRED = process.env.DIGEST_REQUIRE_BROWSER === '1';

const ARGS = ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS });
}

if (!HAS_CHROMIUM && !BROWSER_REQUIRED) {
  console.warn(`[browser tests] skipped: no Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium fonts-noto-core; DIGEST_REQUIRE_BROWSER=1 makes this a failure)`);
}

/** Without Chromium, a suite shows one skipped test, or, with DIGEST_REQUIRE_BROWSER=1, one failing test that says how to install it. */
export function reportMissingChromium(suite: string): void {
  if (HAS_CHROMIUM) return;
  describe(suite, () => {
    if (BROWSER_REQUIRED) {
      it('needs Chromium (DIGEST_REQUIRE_BROWSER=1)', () => {
        throw new Error(`DIGEST_REQUIRE_BROWSER=1 but there is no Chromium at ${CHROMIUM_PATH}: apt-get install -y chromium fonts-noto-core`);
      });
    } else {
      it.skip(`needs Chromium at ${CHROMIUM_PATH}`, () => {});
    }
  });
}
