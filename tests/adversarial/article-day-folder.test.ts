import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collect, dayFolder, includedTitles, ORDINARY, ORDINARY_TITLES, reasonFor } from './article-day.js';

describe('symbolic links in the day folder', () => {
  it('reports each as skipped ("symlink not followed") and never reads what it points to', async () => {
    const { root, day } = await dayFolder(ORDINARY);
    const secret = join(root, 'secret.md');
    await writeFile(secret, '---\ntitle: Private notes\n---\nThese are the private notes of the machine owner, never meant for subscribers.\n');
    await symlink(secret, join(day, 'linked.md'));
    await mkdir(join(root, 'elsewhere'));
    await writeFile(join(root, 'elsewhere', 'other.md'), '---\ntitle: Elsewhere\n---\nAn article from another folder.\n');
    await symlink(join(root, 'elsewhere'), join(day, 'linked-folder'));

    const loaded = await collect(root);
    expect(reasonFor(loaded, 'linked.md')).toBe('symlink not followed');
    expect(reasonFor(loaded, 'linked-folder')).toBe('symlink not followed');
    expect(includedTitles(loaded)).toEqual(ORDINARY_TITLES);
  });
});

describe('lang from .md and .json', () => {
  it('keeps a BCP 47 tag (canonicalised) and drops anything else, as for HTML pages', async () => {
    const { root } = await dayFolder({
      'tag.md': '---\ntitle: Tagged\nlang: pt_br\n---\nO conselho municipal aprovou quarenta quilómetros de ciclovias protegidas.\n',
      'junk.json': JSON.stringify({ title: 'Junk', lang: 'en" onload="alert(1)', body: 'The harbour festival opened on Saturday with tall ships and brass bands.' }),
      'word.md': '---\ntitle: Word\nlang: english\n---\nShop owners on Main Street worried aloud about deliveries and parking.\n',
      'arabic.json': JSON.stringify({ title: 'عنوان', lang: 'arabic <b>script</b>', body: 'افتتح مهرجان الميناء يوم السبت بالسفن الشراعية والفرق النحاسية والألعاب النارية فوق الماء.' }),
    });
    const loaded = await collect(root);
    const lang = Object.fromEntries(loaded.included.map((article) => [article.file, [article.lang, article.dir]]));
    expect(lang).toEqual({
      'tag.md': ['pt-BR', 'ltr'],
      'junk.json': [null, 'ltr'],
      'word.md': [null, 'ltr'],
      // An invalid tag falls back to what the script says.
      'arabic.json': ['ar', 'rtl'],
    });
  });
});
