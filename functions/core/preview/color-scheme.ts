/**
 * Shows an email in light or dark mode whatever the editor's own system
 * setting: the email's `@media (prefers-color-scheme: dark)` rules are either
 * applied unconditionally (dark) or made unmatchable (light). This is what
 * Apple Mail and the Outlook apps do with them; Gmail's forced inversion
 * cannot be emulated. Only the email's own <style> blocks are touched.
 */

const DARK_QUERY = /@media\s*\(\s*prefers-color-scheme\s*:\s*dark\s*\)/gi;
const STYLE_BLOCK = /(<style\b[^>]*>)([\s\S]*?)(<\/style>)/gi;

export type ColorScheme = 'light' | 'dark';

export function withColorScheme(html: string, scheme: ColorScheme): string {
  if (scheme === 'light') {
    return html.replace(STYLE_BLOCK, (_, open: string, css: string, close: string) => `${open}${css.replace(DARK_QUERY, '@media not all')}${close}`);
  }
  const unconditional: string[] = [];
  html.replace(STYLE_BLOCK, (whole, _open: string, css: string) => {
    unconditional.push(...darkRules(css));
    return whole;
  });
  if (unconditional.length === 0) return html;
  const style = `<style data-preview="dark">${unconditional.join('\n')}</style>`;
  return /<\/head>/i.test(html) ? html.replace(/<\/head>/i, `${style}</head>`) : `${style}${html}`;
}

/** The bodies of every dark-scheme media block in a stylesheet, found by matching braces. */
function darkRules(css: string): string[] {
  const rules: string[] = [];
  for (const match of css.matchAll(DARK_QUERY)) {
    const open = css.indexOf('{', (match.index ?? 0) + match[0].length);
    if (open < 0) continue;
    let depth = 0;
    for (let at = open; at < css.length; at++) {
      if (css[at] === '{') depth++;
      else if (css[at] === '}' && --depth === 0) {
        rules.push(css.slice(open + 1, at));
        break;
      }
    }
  }
  return rules;
}
