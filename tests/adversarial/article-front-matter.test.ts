import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collect, dayFolder, includedTitles, ORDINARY, ORDINARY_TITLES, reasonFor } from './article-day.js';

/**
 * gray-matter evaluates `---js` / `---coffee` front matter with `require` in
 * reach. Every spelling of a non-YAML language is refused before any engine
 * sees it; the proof that nothing ran is the marker file the code would write.
 */

const TAGS = ['js', 'JS', ' JavaScript', 'javascript  ', '\tjs', 'Js', 'coffee', 'CoffeeScript', 'cson', 'ruby', 'toml', 'yaml!'];

describe('front matter in another language than YAML', () => {
  it('skips every such file with "front matter must be YAML", runs none of it, and keeps the rest of the day', async () => {
    const { root, day } = await dayFolder(ORDINARY);
    const marker = join(day, 'evaluated.marker');
    const files: Record<string, string> = {};
    TAGS.forEach((tag, index) => {
      const code = tag.toLowerCase().includes('coffee') || tag.includes('cson')
        ? `title: require('fs').writeFileSync(${JSON.stringify(marker)}, 'ran')`
        : `{ title: (require('fs').writeFileSync(${JSON.stringify(marker)}, 'ran'), 'owned') }`;
      files[`attack-${index}.md`] = `---${tag}\n${code}\n---\nThe body of an article whose front matter tries to run code on the collect machine.\n`;
    });
    const { writeFile } = await import('node:fs/promises');
    for (const [name, body] of Object.entries(files)) await writeFile(join(day, name), body);

    const loaded = await collect(root);

    for (const name of Object.keys(files)) expect(reasonFor(loaded, name), name).toMatch(/^front matter must be YAML/);
    expect(existsSync(marker)).toBe(false);
    expect(includedTitles(loaded)).toEqual(ORDINARY_TITLES);
  });

  it('reads YAML front matter however the tag is written, and JSON front matter as JSON', async () => {
    const { root } = await dayFolder({
      'yaml.md': '---yaml\ntitle: Tagged YAML\n---\nThe harbour festival opened with tall ships, brass bands and fireworks over the water.\n',
      'yml.md': '--- YML \ntitle: Tagged YML\n---\nThe central library will stay open until midnight during the exam season.\n',
      'json.md': '---json\n{ "title": "JSON front matter" }\n---\nEuropean shares closed higher as investors cheered softer inflation figures.\n',
    });
    const loaded = await collect(root);
    expect(loaded.skipped).toEqual([]);
    expect(loaded.duplicates).toEqual([]);
    expect(includedTitles(loaded)).toEqual(['JSON front matter', 'Tagged YAML', 'Tagged YML']);
  });

  it('refuses YAML tags that would construct code (js-yaml safe schema)', async () => {
    const { root } = await dayFolder({
      'tagged.md': '---\ntitle: !!js/function "function () { return 1 }"\n---\nThe body of the article goes here, in plain words.\n',
    });
    const loaded = await collect(root);
    expect(reasonFor(loaded, 'tagged.md')).toMatch(/^the front matter is not valid YAML: /);
  });
});
