import { describe, expect, it } from 'vitest';
import { BACKGROUNDS, contrastRatio, darkModeCss, TEXT_ROLES } from '../../../functions/core/render/theme.js';

describe('the colour theme', () => {
  it.each(Object.entries(TEXT_ROLES))('gives %s at least 4.5:1 against its background, light and dark', (_, role) => {
    const background = BACKGROUNDS[role.on];
    expect(contrastRatio(role.light, background.light)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(role.dark, background.dark)).toBeGreaterThanOrEqual(4.5);
  });

  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#7cb7ff', '#eef1f5')).toBeCloseTo(1.84, 2);
  });

  it('has an Outlook.com rule for every dark-mode rule, with the same colour', () => {
    const css = darkModeCss();
    const end = css.indexOf('}}') + 1;
    const media = css.slice('@media (prefers-color-scheme:dark){'.length, end);
    const outlook = css.slice(end + 1);
    const rules = [...media.matchAll(/([^{}]+)\{([^:]+):([^!]+)!important\}/g)];
    expect(rules.length).toBeGreaterThanOrEqual(10);
    for (const [, selectors, property, value] of rules) {
      const marker = property === 'background-color' ? '[data-ogsb] ' : '[data-ogsc] ';
      const twin = selectors!.split(',').map((selector) => marker + selector).join(',');
      expect(outlook).toContain(`${twin}{${property}:${value}!important}`);
    }
  });

  it('darkens the page behind the wrapper and the footer, not only the body', () => {
    expect(darkModeCss()).toContain(`.b,.b>div{background-color:${BACKGROUNDS.page.dark}!important}`);
    expect(darkModeCss()).toMatch(/\.f div,\.f p,\.f a\{color:#[0-9a-f]{6}!important\}/);
  });
});
