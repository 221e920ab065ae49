import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';

/**
 * linkedom is installed with patches/linkedom+0.18.15.patch (applied by `patch-package` on `npm ci`): a node's
 * event-listener map is created when a listener is first added instead of for every node, which takes about a
 * quarter off parsing a page and running Readability on it (`npm run bench:extract`, "own work ×").
 */
describe('the DOM the HTML extractor runs on', () => {
  const linkedomDir = dirname(createRequire(import.meta.url).resolve('linkedom/package.json'));

  it.each(['esm', 'cjs'])('is linkedom with the listener-map fix applied (%s build)', (build) => {
    const source = readFileSync(join(linkedomDir, build, 'interface', 'event-target.js'), 'utf8');
    expect(source, 'run `npm ci` (its postinstall applies patches/): linkedom is not patched').not.toContain('wm.set(this, new Map)');
    expect(source).toContain('wm.set(this, map = new Map)');
  });

  it('still delivers events to listeners, in order, a once-listener once, and none after removal', () => {
    const { document } = parseHTML('<html><body><div id="box"><p id="inner">text</p></div></body></html>');
    const box = document.getElementById('box')!;
    const inner = document.getElementById('inner')!;
    const { Event } = document.defaultView!;
    const heard: string[] = [];
    const first = () => heard.push('first');
    box.addEventListener('ping', first);
    box.addEventListener('ping', () => heard.push('second'));
    box.addEventListener('ping', () => heard.push('once'), { once: true });
    inner.dispatchEvent(new Event('ping', { bubbles: true }));
    box.dispatchEvent(new Event('ping'));
    box.removeEventListener('ping', first);
    box.dispatchEvent(new Event('ping'));
    expect(heard).toEqual(['first', 'second', 'once', 'first', 'second', 'second']);
  });

  it('removes a listener that was never added without throwing', () => {
    const { document } = parseHTML('<p>text</p>');
    expect(() => document.body.removeEventListener('ping', () => undefined)).not.toThrow();
  });
});
