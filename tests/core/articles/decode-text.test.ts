import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../functions/core/articles/decode-text.js';

/** Bytes in the encodings real scrapes arrive in, made with TextEncoder's inverse: a table of the few characters used. */
const WINDOWS_1251: Record<string, number> = { П: 0xcf, р: 0xf0, в: 0xe2, а: 0xe0, д: 0xe4, е: 0xe5, о: 0xee, н: 0xed, и: 0xe8, ц: 0xf6, б: 0xe1, г: 0xe3, с: 0xf1, к: 0xea, м: 0xec, т: 0xf2, ђ: 0x90, ћ: 0x9e, у: 0xf3, ш: 0xf8, л: 0xeb, ј: 0xbc, ч: 0xf7, з: 0xe7, п: 0xef, њ: 0x9c, х: 0xf5, ж: 0xe6, ф: 0xf4, џ: 0x9f, љ: 0x9a };
const WINDOWS_1250: Record<string, number> = { ë: 0xeb, ç: 0xe7, Ë: 0xcb, ě: 0xec, š: 0x9a, č: 0xe8, ř: 0xf8, ž: 0x9e, ý: 0xfd, á: 0xe1, í: 0xed, é: 0xe9, ů: 0xf9, ú: 0xfa, Č: 0xc8, Ř: 0xd8, Š: 0x8a };

function encode(text: string, table: Record<string, number>): Buffer {
  return Buffer.from([...text].map((char) => (char.charCodeAt(0) < 0x80 ? char.charCodeAt(0) : (table[char] ?? 0x3f))));
}

const serbian = 'Прва деоница београдског метроа биће пуштена у рад током пролећа, а градња друге почиње следеће године.';
const czech = 'Městská rada schválila čtyřicet kilometrů chráněných cyklostezek, stavba začne na jaře v historickém centru.';
const albanian = 'Këshilli bashkiak miratoi dyzet kilometra korsi të mbrojtura për biçikleta, ndërtimi fillon në pranverë.';

describe('decoding article bytes', () => {
  it('honours a <meta charset> declaration (windows-1251) and reports it', () => {
    const page = encode(`<html><head><meta charset="windows-1251"><title>Метро</title></head><body><p>${serbian}</p></body></html>`, WINDOWS_1251);
    const decoded = decodeBytes(page, { html: true });
    expect(decoded).toEqual(expect.objectContaining({ encoding: 'windows-1251', by: 'declared' }));
    expect(decoded.text).toContain(serbian);
  });

  it('honours an http-equiv Content-Type declaration (windows-1250)', () => {
    const page = encode(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1250"></head><body><p>${czech}</p><p>${albanian}</p></body></html>`, WINDOWS_1250);
    const decoded = decodeBytes(page, { html: true });
    expect(decoded).toEqual(expect.objectContaining({ encoding: 'windows-1250', by: 'declared' }));
    expect(decoded.text).toContain(czech);
    expect(decoded.text).toContain(albanian);
  });

  it('detects an undeclared legacy encoding instead of refusing the file', () => {
    const text = Array.from({ length: 6 }, () => serbian).join('\n\n');
    const decoded = decodeBytes(encode(text, WINDOWS_1251));
    expect(decoded).toEqual(expect.objectContaining({ encoding: 'windows-1251', by: 'detected' }));
    expect(decoded.text).toContain(serbian);
  });

  it('reads a page that declares UTF-8 but is Latin-1 through the detector', () => {
    const page = Buffer.from(`<html><head><meta charset="utf-8"></head><body><p>Café au lait and crème brûlée at the école, déjà vu.</p></body></html>`, 'latin1');
    const decoded = decodeBytes(page, { html: true });
    expect(decoded.by).toBe('detected');
    expect(decoded.text).toContain('crème brûlée');
  });

  it('reads valid UTF-8 as UTF-8 even under a stale legacy declaration (a scraper re-saved the page)', () => {
    const page = Buffer.from(`<html><head><meta charset="windows-1251"></head><body><p>${serbian}</p></body></html>`, 'utf8');
    const decoded = decodeBytes(page, { html: true });
    expect(decoded).toEqual(expect.objectContaining({ encoding: 'utf-8', by: 'utf-8' }));
    expect(decoded.text).toContain(serbian);
  });

  it('uses the byte order mark first: UTF-8 and UTF-16', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`<p>${serbian}</p>`, 'utf16le')]);
    expect(decodeBytes(utf16, { html: true })).toEqual(expect.objectContaining({ encoding: 'utf-16le', by: 'bom' }));
    expect(decodeBytes(utf16, { html: true }).text).toBe(`<p>${serbian}</p>`);
    const utf8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<meta charset="windows-1251">ok', 'utf8')]);
    expect(decodeBytes(utf8, { html: true })).toEqual(expect.objectContaining({ encoding: 'utf-8', by: 'bom', text: '<meta charset="windows-1251">ok' }));
  });

  it('still refuses binary files', () => {
    expect(() => decodeBytes(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]))).toThrow('the file is binary (contains NUL bytes)');
  });
});
