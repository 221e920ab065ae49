/**
 * The email's colours, light and dark, in one table. The light colours go
 * inline through the templates (`{{c.text}}` …); the dark ones become CSS
 * generated here, once for `prefers-color-scheme: dark` (Apple Mail, the
 * Outlook apps) and once more as Outlook.com's `[data-ogsc]`/`[data-ogsb]`
 * rules, so the two can't drift apart. Every text role names the background
 * it sits on, so its contrast can be checked in both schemes (WCAG AA: 4.5:1).
 */

export interface Swatch {
  light: string;
  dark: string;
}

/** Backgrounds: the page (body, MJML's wrapper div and the footer), the story cards, the masthead. */
export const BACKGROUNDS = {
  page: { light: '#eef1f5', dark: '#0b1018' },
  card: { light: '#ffffff', dark: '#161d29' },
  masthead: { light: '#12355b', dark: '#12355b' },
} satisfies Record<string, Swatch>;

export type Background = keyof typeof BACKGROUNDS;

interface TextRole extends Swatch {
  on: Background;
  /** Where the dark colour applies; `.k` is the card section, `.f` the footer, `.h` the masthead. */
  selectors: string[];
}

export const TEXT_ROLES = {
  text: { light: '#1f2933', dark: '#e4e7eb', on: 'card', selectors: ['.k div', '.k p', '.k li'] },
  headline: { light: '#111827', dark: '#f5f7fa', on: 'card', selectors: ['.k h3', '.k h3 a'] },
  link: { light: '#0b5cab', dark: '#8cc4ff', on: 'card', selectors: ['.k a'] },
  meta: { light: '#4f5b67', dark: '#a9b4c0', on: 'card', selectors: ['.k .m', '.k .m bdi'] },
  section: { light: '#b4232c', dark: '#ff8f8f', on: 'card', selectors: ['.k h2'] },
  mastheadTitle: { light: '#ffffff', dark: '#ffffff', on: 'masthead', selectors: ['.h h1', '.h h1 a'] },
  mastheadLine: { light: '#dbe7f3', dark: '#dbe7f3', on: 'masthead', selectors: ['.h p'] },
  footer: { light: '#46525e', dark: '#b4bfcc', on: 'page', selectors: ['.f div', '.f p', '.f a'] },
} satisfies Record<string, TextRole>;

/** Lines between stories: decoration, not text. */
export const RULE: Swatch & { selectors: string[] } = { light: '#dde2e8', dark: '#2c3646', selectors: ['.k .s'] };

const BACKGROUND_SELECTORS: Record<Background, string[]> = {
  // MJML 5 puts mj-body's css-class on <body> only; the wrapper div right inside carries the colour inline too.
  page: ['.b', '.b>div'],
  card: ['.k', '.k>table'],
  masthead: ['.h', '.h>table'],
};

/** The light colours, by role, for the templates. */
export function lightColours(): Record<string, string> {
  const colours: Record<string, string> = { rule: RULE.light };
  for (const [name, swatch] of Object.entries(BACKGROUNDS)) colours[`${name}Bg`] = swatch.light;
  for (const [name, role] of Object.entries(TEXT_ROLES)) colours[name] = role.light;
  return colours;
}

interface Rule {
  selectors: string[];
  property: 'color' | 'background-color' | 'border-color';
  value: string;
}

function darkRules(): Rule[] {
  const rules: Rule[] = [];
  for (const [name, swatch] of Object.entries(BACKGROUNDS)) {
    rules.push({ selectors: BACKGROUND_SELECTORS[name as Background], property: 'background-color', value: swatch.dark });
  }
  for (const role of Object.values(TEXT_ROLES)) rules.push({ selectors: role.selectors, property: 'color', value: role.dark });
  rules.push({ selectors: RULE.selectors, property: 'border-color', value: RULE.dark });
  return rules;
}

/**
 * The dark-scheme CSS: the media query, then the same rules for Outlook.com,
 * which marks a dark-mode message with `data-ogsc` (it changed a text colour)
 * and `data-ogsb` (it changed a background) on an ancestor.
 */
export function darkModeCss(): string {
  const rules = darkRules();
  const css = (prefix: string, list: Rule[]) =>
    list.map((rule) => `${rule.selectors.map((selector) => prefix + selector).join(',')}{${rule.property}:${rule.value}!important}`).join('');
  const media = `@media (prefers-color-scheme:dark){${css('', rules)}}`;
  const outlookText = css('[data-ogsc] ', rules.filter((rule) => rule.property !== 'background-color'));
  const outlookBackground = css('[data-ogsb] ', rules.filter((rule) => rule.property === 'background-color'));
  return media + outlookText + outlookBackground;
}

/** WCAG 2 contrast ratio of two `#rrggbb` colours. */
export function contrastRatio(foreground: string, background: string): number {
  const a = relativeLuminance(foreground);
  const b = relativeLuminance(background);
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

export function relativeLuminance(hex: string): number {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`Not a #rrggbb colour: ${hex}`);
  const [r, g, b] = match.slice(1).map((part) => {
    const channel = Number.parseInt(part, 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
