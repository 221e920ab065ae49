/**
 * Markup a scraper left in plain text. Only real markup goes: an HTML element
 * name written the way markup is written (all lower or all upper case), with
 * attribute syntax, or a comment. Angle brackets used as punctuation stay:
 * `<The Palace: Tale of Jang Noksu>` and `<Parasite>` (Korean-style titles),
 * `<Title>`, `a < b`, `x<y>z` in prose.
 */

const ELEMENTS = [
  'a', 'abbr', 'address', 'article', 'aside', 'audio', 'b', 'bdi', 'bdo', 'big', 'blockquote', 'body', 'br', 'button', 'canvas',
  'caption', 'center', 'cite', 'code', 'col', 'colgroup', 'dd', 'del', 'details', 'dfn', 'div', 'dl', 'dt', 'em', 'embed',
  'fieldset', 'figcaption', 'figure', 'font', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'header', 'hr',
  'html', 'i', 'img', 'input', 'ins', 'kbd', 'label', 'legend', 'li', 'link', 'main', 'mark', 'meta', 'nav', 'object', 'ol',
  'option', 'p', 'picture', 'pre', 'q', 's', 'samp', 'section', 'select', 'small', 'source', 'span', 'strike', 'strong', 'sub',
  'summary', 'sup', 'svg', 'table', 'tbody', 'td', 'textarea', 'tfoot', 'th', 'thead', 'time', 'title', 'tr', 'tt', 'u', 'ul',
  'var', 'video', 'wbr',
];

/**
 * Attributes written without a value are HTML's boolean ones; any other bare word makes the brackets a title
 * (`<A Quiet Place>`, `<I Am Sam>`, `<I love you>`, `<small print>`).
 */
const BOOLEAN_ATTRIBUTES = [
  'allowfullscreen', 'async', 'autofocus', 'autoplay', 'checked', 'controls', 'default', 'defer', 'disabled', 'download', 'hidden', 'inert',
  'ismap', 'itemscope', 'loop', 'multiple', 'muted', 'nomodule', 'novalidate', 'nowrap', 'open', 'playsinline', 'readonly', 'required',
  'reversed', 'selected',
];

const cased = (names: readonly string[]) => `(?:${names.join('|')}|${names.map((name) => name.toUpperCase()).join('|')})`;
const NAME = cased(ELEMENTS);
const VALUED = String.raw`[A-Za-z_:][\w:.-]*\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'<>=\x60]+)`;
const ATTRIBUTE = String.raw`\s+(?:${VALUED}|${cased(BOOLEAN_ATTRIBUTES)}(?![\w:.-]))`;
const TAG = new RegExp(String.raw`<\/?${NAME}(?:${ATTRIBUTE})*\s*\/?>`, 'g');
const CONTAINERS = /<(script|style|noscript|template|iframe)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;

export function stripTextMarkup(text: string): string {
  return text.replace(CONTAINERS, '').replace(COMMENT, '').replace(TAG, '');
}
