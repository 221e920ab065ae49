import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FsStore } from '../../functions/adapters/fs-store.js';
import { loadArticles, type LoadedArticles } from '../../functions/core/articles/load-articles.js';

/** A day folder on disk, as an editor or a scraper leaves it, and what collecting it gives. */

export const DATE = '2026-11-26';

/** Two ordinary stories that must go out whatever else lands in the folder. */
export const ORDINARY = {
  'bike-lanes.md': `---
title: City council approves protected bike lanes
url: https://news.example.com/bike-lanes
---
The city council approved forty kilometres of protected bike lanes on Tuesday night after a four-hour debate.

Construction will start in the spring on the busiest streets of the old town and should be finished within two years.
`,
  'night-train.json': JSON.stringify({
    title: 'Night train links Vienna and Amsterdam',
    url: 'https://news.example.com/night-train',
    body: 'A new night train between Vienna and Amsterdam carried its first passengers on Sunday evening.\n\nThe service runs three times a week and offers sleeping cars, couchettes and ordinary seats.',
  }),
};
export const ORDINARY_TITLES = ['City council approves protected bike lanes', 'Night train links Vienna and Amsterdam'];

export async function dayFolder(files: Record<string, string | Buffer>): Promise<{ root: string; day: string }> {
  const root = await mkdtemp(join(tmpdir(), 'digest-adversarial-'));
  const day = join(root, DATE);
  await mkdir(day, { recursive: true });
  for (const [name, body] of Object.entries(files)) await writeFile(join(day, name), body);
  return { root, day };
}

export async function collect(root: string): Promise<LoadedArticles> {
  return loadArticles(new FsStore(root), `${DATE}/`);
}

export function reasonFor(loaded: LoadedArticles, file: string): string | undefined {
  return loaded.skipped.find((skip) => skip.file === file)?.reason;
}

export function includedTitles(loaded: LoadedArticles): string[] {
  return loaded.included.map((article) => article.title).sort();
}
