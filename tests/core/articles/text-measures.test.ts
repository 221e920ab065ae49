import { describe, expect, it } from 'vitest';
import {
  comparable,
  countWordsIn,
  httpUrl,
  isoDate,
  normalizeSpace,
  shareIn,
  wordShingles,
} from '../../../functions/core/articles/text-measures.js';

describe('the shared text measures', () => {
  it('folds every kind of whitespace to one space and drops zero-width characters and soft hyphens', () => {
    expect(normalizeSpace(' a\u00a0\tb\n\u200bc\u00adde\r\n ')).toBe('a b cde');
  });

  it('compares text regardless of case and punctuation, in any script', () => {
    expect(comparable('“Hello”, World!')).toBe('hello world');
    expect(comparable('Привет — МИР')).toBe('привет мир');
  });

  it('counts the words of several paragraphs, Chinese included', () => {
    expect(countWordsIn(['one two', 'three'])).toBe(3);
    expect(countWordsIn(['北京是中国的首都'])).toBeGreaterThan(2);
  });

  it('makes word shingles that ignore spacing, case and full-width forms, and none for a shorter text', () => {
    expect(wordShingles('The  quick, brown FOX', 4)).toEqual(new Set(['the quick brown fox']));
    expect(wordShingles('ＡＢＣ def ghi jkl', 4)).toEqual(new Set(['abc def ghi jkl']));
    expect(wordShingles('too short', 4).size).toBe(0);
  });

  it('measures the share of one shingle set found in another', () => {
    expect(shareIn(new Set(['a', 'b']), new Set(['a', 'c']))).toBe(0.5);
    expect(shareIn(new Set(), new Set(['a']))).toBe(0);
  });

  it('reads dates as ISO instants and refuses what is not a date', () => {
    expect(isoDate('2026-11-28T10:00:00+01:00')).toBe('2026-11-28T09:00:00.000Z');
    expect(isoDate('yesterday-ish')).toBeUndefined();
    expect(isoDate('  ')).toBeUndefined();
  });

  it('lets only absolute http(s) URLs without credentials through, resolving relative ones against a base', () => {
    expect(httpUrl('https://example.com/a b')).toBe('https://example.com/a%20b');
    expect(httpUrl('/story', 'https://example.com/news/')).toBe('https://example.com/story');
    expect(httpUrl('/story')).toBeUndefined();
    expect(httpUrl('javascript:alert(1)')).toBeUndefined();
    expect(httpUrl('data:text/html,<b>x</b>')).toBeUndefined();
    expect(httpUrl('https://user:secret@example.com/')).toBeUndefined();
  });
});
