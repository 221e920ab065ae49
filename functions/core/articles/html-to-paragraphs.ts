import { convert } from 'html-to-text';
import { parseFragment } from './html/document.js';
import { normalizeSpace } from './text-measures.js';

/**
 * Turns an HTML fragment (a JSON `html` field, Markdown rendered to HTML)
 * into plain-text paragraphs. html-to-text drops scripts, styles and every
 * attribute, so nothing executable survives; images are kept only as data.
 */

const heading = { uppercase: false, leadingLineBreaks: 2, trailingLineBreaks: 2 };

const options = {
  wordwrap: false as const,
  preserveNewlines: false,
  selectors: [
    { selector: 'a', options: { ignoreHref: true } },
    { selector: 'img', format: 'skip' },
    { selector: 'script', format: 'skip' },
    { selector: 'style', format: 'skip' },
    { selector: 'noscript', format: 'skip' },
    { selector: 'iframe', format: 'skip' },
    { selector: 'h1', options: heading },
    { selector: 'h2', options: heading },
    { selector: 'h3', options: heading },
    { selector: 'h4', options: heading },
    { selector: 'h5', options: heading },
    { selector: 'h6', options: heading },
    { selector: 'table', format: 'dataTable' },
    { selector: 'ul', options: { itemPrefix: '• ' } },
  ],
};

export interface HtmlText {
  paragraphs: string[];
  captions: string[];
}

/** Paragraphs of an HTML fragment, with `<figcaption>` texts kept apart as captions. */
export function htmlToParagraphs(html: string): HtmlText {
  // html-to-text recurses once per level: a body nested thousands deep would overflow the stack after seconds.
  const body = parseFragment(html, 'article body');
  const captions: string[] = [];
  for (const caption of body.querySelectorAll('figcaption')) {
    const text = normalizeSpace(caption.textContent ?? '');
    if (text) captions.push(text);
    caption.remove();
  }
  const text = convert(body.innerHTML, options);
  const paragraphs = text
    .split(/\n+/)
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .filter((line) => line.length > 0);
  return { paragraphs, captions };
}
