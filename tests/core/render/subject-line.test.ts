import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cutText, preheaderText, subjectLine } from '../../../functions/core/render/subject-line.js';

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const boundaries = (text: string) => new Set([...graphemes.segment(text)].map((segment) => segment.index).concat(text.length));

describe('the subject line', () => {
  it('is the headline alone when it fits, and "Prefix: Headline" when a prefix is configured', () => {
    expect(subjectLine('Markets close higher')).toBe('Markets close higher');
    expect(subjectLine('Markets close higher', 'Morning Brief')).toBe('Morning Brief: Markets close higher');
    expect(subjectLine('  Markets\n close   higher ', '')).toBe('Markets close higher');
  });

  it('cuts a long headline at the last whole word that fits, with an ellipsis, never past 60 characters', () => {
    const subject = subjectLine('City council approves forty kilometres of protected bike lanes across the whole city');
    expect(subject).toBe('City council approves forty kilometres of protected bike…');
    expect(subject.length).toBeLessThanOrEqual(60);
    expect(subjectLine('City council approves forty kilometres of protected bike lanes across the whole city', 'The Springfield Evening Herald Daily Digest'))
      .toBe('The Springfield…: City council approves forty kilometres of…');
  });

  it('never splits an emoji, a flag, a surrogate pair or a letter from its accent', () => {
    const headline = `Festival ${'🎉'.repeat(3)} brings 🇷🇸 fans and 👩‍👩‍👧 families to the harbour: e\u0301vénement ${'𝒜'.repeat(30)}`;
    for (let max = 5; max <= 60; max += 1) {
      const cut = cutText(headline, max);
      expect(cut.length).toBeLessThanOrEqual(max);
      expect(boundaries(headline).has(cut.replace(/…$/, '').length)).toBe(true);
      expect(cut).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    }
  });

  it('stays within 60 code units and ends on a grapheme boundary for any headline and prefix (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 120 }), fc.string({ unit: 'grapheme-ascii', maxLength: 30 }), (headline, prefix) => {
        const subject = subjectLine(headline, prefix);
        expect(subject.length).toBeLessThanOrEqual(60);
        expect(subject).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
        const body = subject.replace(/…$/, '');
        const collapsed = headline.replace(/\s+/g, ' ').trim();
        const title = prefix.trim() ? body.slice(body.indexOf(': ') + 2) : body;
        if (!prefix.trim()) expect(collapsed.startsWith(title)).toBe(true);
        if (collapsed.startsWith(title)) expect(boundaries(collapsed).has(title.length)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('cuts text without spaces on word boundaries the segmenter knows, then on graphemes', () => {
    expect(cutText('市议会周二开会讨论明年的预算几位议员对新桥的费用表示担忧', 10).length).toBeLessThanOrEqual(10);
    expect(cutText('Supercalifragilisticexpialidocious', 10)).toBe('Supercali…');
  });
});

describe('the preheader', () => {
  it('joins the next headlines and cuts them to 140 characters', () => {
    expect(preheaderText(['One', 'Two', 'Three'])).toBe('One · Two · Three');
    const long = preheaderText(Array.from({ length: 10 }, (_, i) => `Headline number ${i} about a long day in the city`));
    expect(long.length).toBeLessThanOrEqual(140);
    expect(long.endsWith('…')).toBe(true);
  });
});
