import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FsStore } from '../../functions/adapters/fs-store.js';
import { loadArticles } from '../../functions/core/articles/load-articles.js';
import { renderDigest, type RenderedDigest } from '../../functions/core/render/render-digest.js';
import { fillSlots } from '../../functions/core/render/slots.js';
import { contrastRatio } from '../../functions/core/render/theme.js';
import { EXAMPLES_DIR, makeArticle, makeIssue, realTemplates, testConfig } from '../support/digest-fixtures.js';
import { HAS_CHROMIUM, launchChromium, reportMissingChromium } from './chromium.js';

/**
 * The email as a reader's client shows it: Debian's Chromium renders the
 * sample day and a 60-story day at phone and desktop widths, in light and
 * dark mode, and every promise the template makes is measured on the page.
 * Screenshots land in test-artifacts/ (git-ignored).
 */

const ARTIFACTS = resolve(import.meta.dirname, '../../test-artifacts');
const WIDTHS = [320, 375, 600] as const;
const SCHEMES = ['light', 'dark'] as const;
const MIN_CONTRAST = 4.5;
/** A 16:9 grey PNG served for every article image, so nothing leaves the machine. */
const PHOTO = solidPng(32, 18, [0x8a, 0x99, 0xa6]);

const SERBIAN_TITLE = 'Прва деоница београдског метроа биће пуштена у рад током пролећа';
const ARABIC_TITLE = 'افتتاح محطة جديدة لتحلية المياه على الساحل';

interface Sample {
  name: string;
  rendered: RenderedDigest;
  html: string;
  images: Set<string>;
}

interface TextPair {
  role: string;
  text: string;
  colour: string;
  background: string;
  fontSize: number;
}

interface PageFacts {
  scrollWidth: number;
  clientWidth: number;
  pairs: TextPair[];
  unsubscribeHeight: number;
  stories: Array<{ title: string; lang: string | null; dir: string | null; direction: string }>;
}

reportMissingChromium('the email in a real browser');

describe.runIf(HAS_CHROMIUM)('the email in Debian\'s Chromium', () => {
  let browser: Browser;
  const samples: Sample[] = [];
  /** The lowest contrast seen per role, sample and scheme: the table for the closing note. */
  const contrastTable = new Map<string, { role: string; scheme: string; sample: string; lowest: number; colour: string; background: string }>();

  beforeAll(async () => {
    browser = await launchChromium();
    await mkdir(ARTIFACTS, { recursive: true });
    const templates = await realTemplates();
    const config = testConfig();
    const loaded = await loadArticles(new FsStore(resolve(EXAMPLES_DIR, 'articles')), '2026-11-26/');
    const sixty = Array.from({ length: 60 }, (_, i) => {
      if (i === 7) return makeArticle(i + 1, { title: SERBIAN_TITLE, paragraphs: [`${SERBIAN_TITLE}, саопштили су у среду представници градске управе. Возови ће саобраћати на сваке четири минуте у шпицу.`] });
      if (i === 12) return makeArticle(i + 1, { title: ARABIC_TITLE, paragraphs: ['افتتحت السلطات المحلية يوم الأربعاء محطة جديدة لتحلية مياه البحر تعمل بالطاقة الشمسية، وتبلغ قدرتها الإنتاجية عشرين ألف متر مكعب يومياً.'] });
      return makeArticle(i + 1, { image: i % 4 === 0 ? `https://img.example.com/${i}.jpg` : undefined, section: ['Local', 'World', 'Business', 'Science', 'Culture'][i % 5] });
    });
    // The 60-story day fits whole in 95 KB; under 50 KB it also shows the "More stories" list.
    for (const [name, articles, budget] of [
      ['sample-day', loaded.included, config.sizeBudgetBytes],
      ['sixty-stories', sixty, config.sizeBudgetBytes],
      ['sixty-stories-50kb', sixty, 50_000],
    ] as const) {
      const rendered = await renderDigest(makeIssue(articles), templates, { ...config, sizeBudgetBytes: budget }, { columns: ['email', 'name'] });
      const html = fillSlots(rendered.html, rendered.slots, (slot) =>
        slot === 'unsubscribeUrl' ? 'https://digest.example.com/unsubscribe?token=abc' : slot === 'email' ? 'reader@example.com' : 'Reader',
      );
      const images = new Set(articles.flatMap((article) => (article.image ? [article.image.url] : [])));
      samples.push({ name, rendered, html, images });
    }
  });

  afterAll(async () => {
    await browser?.close();
    const rows = [...contrastTable.values()].sort((a, b) => a.role.localeCompare(b.role) || a.scheme.localeCompare(b.scheme) || a.sample.localeCompare(b.sample));
    if (rows.length > 0) {
      await writeFile(resolve(ARTIFACTS, 'contrast.json'), `${JSON.stringify(rows, null, 2)}\n`);
      console.log('[browser] lowest contrast per text role (all widths):');
      console.table(rows.map((row) => ({ ...row, lowest: Number(row.lowest.toFixed(2)) })));
    }
  });

  async function open(sample: Sample, width: number, scheme: 'light' | 'dark'): Promise<{ page: Page; blocked: string[]; images: string[] }> {
    const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
    const blocked: string[] = [];
    const images: string[] = [];
    await page.route('**/*', async (route) => {
      const url = route.request().url();
      if (sample.images.has(url)) {
        images.push(url);
        await route.fulfill({ status: 200, contentType: 'image/png', body: PHOTO });
      } else {
        blocked.push(url);
        await route.abort('blockedbyclient');
      }
    });
    await page.setContent(sample.html, { waitUntil: 'load' });
    return { page, blocked, images };
  }

  for (const scheme of SCHEMES) {
    for (const width of WIDTHS) {
      it(`holds at ${width} px in ${scheme} mode: no overflow, contrast ≥ ${MIN_CONTRAST}:1, 16 px body, 14 px footer, a 24 px unsubscribe target, no outside requests`, async () => {
        for (const sample of samples) {
          const { page, blocked, images } = await open(sample, width, scheme);
          try {
            const facts = await page.evaluate(readPage);
            await page.screenshot({ path: resolve(ARTIFACTS, `${sample.name}-${width}-${scheme}.png`), fullPage: true });
            if (width === 375) {
              // The last `.f` section is the footer (the first holds "View in browser").
              await page.locator('.f').last().screenshot({ path: resolve(ARTIFACTS, `${sample.name}-footer-${width}-${scheme}.png`) });
            }
            const where = `${sample.name} at ${width} px, ${scheme}`;
            expect(facts.scrollWidth, `${where}: horizontal overflow`).toBeLessThanOrEqual(facts.clientWidth);
            expect(blocked, `${where}: requests other than the articles' images`).toEqual([]);
            expect(new Set(images).size, `${where}: the cards' images load`).toBe(new Set([...sample.html.matchAll(/<img src="([^"]+)"/g)].map((match) => match[1])).size);
            expect(facts.pairs.length).toBeGreaterThan(20);
            if (sample.rendered.layout.moreStories > 0) expect(facts.pairs.some((pair) => pair.role === 'headline list')).toBe(true);
            for (const pair of facts.pairs) {
              const ratio = contrastRatio(pair.colour, pair.background);
              const key = `${pair.role}|${scheme}|${sample.name}`;
              const seen = contrastTable.get(key);
              if (!seen || ratio < seen.lowest) contrastTable.set(key, { role: pair.role, scheme, sample: sample.name, lowest: ratio, colour: pair.colour, background: pair.background });
              expect(ratio, `${where}: "${pair.text}" (${pair.role}) is ${pair.colour} on ${pair.background}`).toBeGreaterThanOrEqual(MIN_CONTRAST);
              if (pair.role === 'story text' || pair.role === 'headline list') expect(pair.fontSize, `${where}: "${pair.text}"`).toBeGreaterThanOrEqual(16);
              if (pair.role.startsWith('footer')) expect(pair.fontSize, `${where}: "${pair.text}"`).toBeGreaterThanOrEqual(14);
              expect(pair.fontSize, `${where}: "${pair.text}"`).toBeGreaterThanOrEqual(14);
            }
            expect(facts.unsubscribeHeight, `${where}: unsubscribe tap target`).toBeGreaterThanOrEqual(24);
          } finally {
            await page.close();
          }
        }
      });
    }
  }

  it('gives the Cyrillic and Arabic stories their language and direction', async () => {
    for (const sample of samples) {
      const { page } = await open(sample, 375, 'light');
      try {
        const { stories } = await page.evaluate(readPage);
        const serbian = stories.find((story) => story.title.startsWith(SERBIAN_TITLE.slice(0, 20)));
        const arabic = stories.find((story) => story.title.startsWith(ARABIC_TITLE.slice(0, 12)));
        expect(serbian, sample.name).toMatchObject({ lang: 'sr', dir: 'ltr', direction: 'ltr' });
        expect(arabic, sample.name).toMatchObject({ lang: 'ar', dir: 'rtl', direction: 'rtl' });
        for (const story of stories) expect(story.lang, `${sample.name}: "${story.title}"`).not.toBeNull();
        const listed = await page.evaluate(() => [...document.querySelectorAll('li')].map((item) => ({ lang: item.getAttribute('lang'), dir: item.getAttribute('dir') })));
        for (const item of listed) expect(item.lang).not.toBeNull();
      } finally {
        await page.close();
      }
    }
  });
});

/** Runs in the page: every visible text with its computed colour and the colour of the first opaque background behind it. */
function readPage(): PageFacts {
  const hex = (rgb: string): string => {
    const parts = rgb.match(/\d+(\.\d+)?/g)!.map(Number);
    return `#${parts.slice(0, 3).map((part) => Math.round(part).toString(16).padStart(2, '0')).join('')}`;
  };
  const backgroundOf = (element: Element | null): string => {
    for (let node = element; node; node = node.parentElement) {
      const colour = getComputedStyle(node).backgroundColor;
      const alpha = /rgba\(.*,\s*([\d.]+)\)/.exec(colour);
      if (colour !== 'transparent' && !(alpha && Number(alpha[1]) === 0)) return hex(colour);
    }
    return '#ffffff';
  };
  const roleOf = (element: Element): string => {
    if (element.closest('.h')) return element.closest('h1') ? 'masthead title' : 'masthead line';
    if (element.closest('.f')) return element.closest('a') ? 'footer link' : 'footer text';
    if (element.closest('h2')) return 'section heading';
    if (element.closest('h3')) return 'story headline';
    if (element.closest('.m')) return 'source and reading time';
    if (element.closest('li')) return 'headline list';
    if (element.closest('a')) return 'link';
    return 'story text';
  };
  const pairs: TextPair[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent?.trim() ?? '';
    const element = node.parentElement;
    if (!text || !element) continue;
    const style = getComputedStyle(element);
    if (element.closest('[aria-hidden="true"]') || element.getClientRects().length === 0 || style.visibility === 'hidden') continue;
    pairs.push({ role: roleOf(element), text: text.slice(0, 60), colour: hex(style.color), background: backgroundOf(element), fontSize: Number.parseFloat(style.fontSize) });
  }
  const unsubscribe = [...document.querySelectorAll('a')].find((link) => link.textContent?.trim() === 'Unsubscribe');
  const stories = [...document.querySelectorAll('.s')].map((story) => ({
    title: story.querySelector('h3')?.textContent?.trim() ?? '',
    lang: story.getAttribute('lang'),
    dir: story.getAttribute('dir'),
    direction: getComputedStyle(story.querySelector('p:last-child') ?? story).direction,
  }));
  return {
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
    pairs,
    unsubscribeHeight: unsubscribe?.getBoundingClientRect().height ?? 0,
    stories,
  };
}

/** A PNG of one colour, made here so the test needs no image file. */
function solidPng(width: number, height: number, [r, g, b]: [number, number, number]): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => [r, g, b]).flat())]);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: height }, () => row)));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', pixels), chunk('IEND', Buffer.alloc(0))]);
}
