import { describe, expect, it } from 'vitest';
import { parseJsonArticle, parseMarkdownArticle } from '../../../functions/core/articles/parse-structured-article.js';
import { ArticleParseError } from '../../../functions/core/errors.js';

const body =
  'The city council approved forty kilometres of protected bike lanes on Tuesday night. ' +
  'Construction starts in the spring and should be finished within two years.';

function parseError(parse: () => unknown): ArticleParseError {
  try {
    parse();
  } catch (error) {
    expect(error).toBeInstanceOf(ArticleParseError);
    return error as ArticleParseError;
  }
  throw new Error('expected an ArticleParseError');
}

describe('parseMarkdownArticle', () => {
  const markdown = `---
title: Bike lanes approved
url: https://news.example.com/city/bike-lanes
source: City Paper
author: Jane Doe
publishedAt: 2026-11-26T08:00:00Z
section: City
image: https://cdn.example.com/bike-lanes.jpg
priority: 3
unknownField: ignored
---
## What changes

The council **approved** the plan after a [long debate](https://example.com/debate).

- forty kilometres of lanes
- new crossings

${body}
`;

  it('reads every front matter field', () => {
    expect(parseMarkdownArticle(markdown).meta).toEqual({
      title: 'Bike lanes approved',
      url: 'https://news.example.com/city/bike-lanes',
      source: 'City Paper',
      author: 'Jane Doe',
      publishedAt: '2026-11-26T08:00:00.000Z',
      section: 'City',
      image: 'https://cdn.example.com/bike-lanes.jpg',
      priority: 3,
    });
  });

  it('turns the Markdown body into plain paragraphs', () => {
    expect(parseMarkdownArticle(markdown).paragraphs).toEqual([
      'What changes',
      'The council approved the plan after a long debate.',
      '• forty kilometres of lanes',
      '• new crossings',
      body,
    ]);
  });

  it('reads a YAML date (no quotes, no time) as an ISO timestamp', () => {
    expect(parseMarkdownArticle(`---\ntitle: T\npublishedAt: 2026-11-26\n---\n${body}`).meta.publishedAt).toBe('2026-11-26T00:00:00.000Z');
  });

  it('derives the title from the body when the front matter has none', () => {
    expect(parseMarkdownArticle(body).meta.title).toBe('The city council approved forty kilometres of protected bike lanes on Tuesday night');
  });

  it('keeps {{…}} and {{{…}}} typed by the author as literal text', () => {
    const article = parseMarkdownArticle(`---\ntitle: "Never render {{ twice }}"\n---\nAn author typed {{unsubscribeUrl}} and {{{html}}} here. ${body}`);
    expect(article.meta.title).toBe('Never render {{ twice }}');
    expect(article.paragraphs[0]).toContain('{{unsubscribeUrl}} and {{{html}}}');
  });

  it('drops scripts, event handlers and javascript: links from the body and the front matter', () => {
    const article = parseMarkdownArticle(`---
title: "<script>alert(1)</script>Bike lanes <img src=x onerror=alert(2)>approved"
author: "<a href='javascript:alert(3)'>Jane</a>"
---
Before the vote <script>alert(4)</script><img src="x" onerror="alert(5)"> the mayor spoke. [The plan](javascript:alert(6)) is online.

${body}`);
    expect(JSON.stringify(article)).not.toMatch(/<script|onerror|javascript:|alert\(/i);
    expect(article.meta.title).toBe('Bike lanes approved');
    expect(article.meta.author).toBe('Jane');
    expect(article.paragraphs[0]).toBe('Before the vote the mayor spoke. The plan is online.');
  });

  it('refuses front matter that is not valid YAML, saying so', () => {
    const error = parseError(() => parseMarkdownArticle(`---\ntitle: [unclosed\nsection: City\n---\n${body}`));
    expect(error.message).toMatch(/^the front matter is not valid YAML: /);
    expect(error.message).not.toContain('\n');
    expect(error.cause).toBeDefined();
  });

  it('refuses a file with front matter but no body', () => {
    const error = parseError(() => parseMarkdownArticle('---\ntitle: Only a title\n---\n\n'));
    expect(error.message).toBe('the article has no body text');
  });
});

describe('parseJsonArticle', () => {
  const fields = {
    title: 'Bike lanes approved',
    url: 'https://news.example.com/city/bike-lanes',
    source: 'City Paper',
    author: 'Jane Doe',
    publishedAt: '2026-11-26T08:00:00Z',
    section: 'City',
    image: 'https://cdn.example.com/bike-lanes.jpg',
    priority: 2,
  };

  it('reads the metadata fields and a plain-text body', () => {
    const article = parseJsonArticle(JSON.stringify({ ...fields, body: `${body}\n\nA second paragraph.` }));
    expect(article.meta).toEqual(fields);
    expect(article.paragraphs).toEqual([body, 'A second paragraph.']);
  });

  it('reads the body from "text"', () => {
    expect(parseJsonArticle(JSON.stringify({ title: 'T', text: body })).paragraphs).toEqual([body]);
  });

  it('reads the body from "html", with figcaptions as captions', () => {
    const html = `<h2>What changes</h2><p>${body}</p><figure><img src="lanes.jpg"><figcaption>The new lanes on Main Street</figcaption></figure><p>More to come.</p>`;
    const article = parseJsonArticle(JSON.stringify({ title: 'T', html }));
    expect(article.paragraphs).toEqual(['What changes', body, 'More to come.']);
    expect(article.captions).toEqual(['The new lanes on Main Street']);
  });

  it('treats a "body" that holds markup as HTML', () => {
    const article = parseJsonArticle(JSON.stringify({ title: 'T', body: `<p>${body}</p><p>Second <b>paragraph</b>.</p>` }));
    expect(article.paragraphs).toEqual([body, 'Second paragraph.']);
  });

  it('accepts published_at and a numeric priority given as a string', () => {
    const article = parseJsonArticle(JSON.stringify({ title: 'T', published_at: '2026-11-25', priority: '5', body }));
    expect(article.meta.publishedAt).toBe('2026-11-25');
    expect(article.meta.priority).toBe(5);
  });

  it('derives a title when none is given', () => {
    expect(parseJsonArticle(JSON.stringify({ body: `WASHINGTON (Reuters) - ${body}` })).meta.title).toBe(
      'The city council approved forty kilometres of protected bike lanes on Tuesday night',
    );
  });

  it('drops markup from metadata and a plain body, but keeps url fields for the loader to vet', () => {
    const article = parseJsonArticle(
      JSON.stringify({ title: '<b onmouseover="alert(1)">Bike</b> lanes', url: 'javascript:alert(2)', body: `Hello <script>alert(3)</script>world. ${body}` }),
    );
    expect(article.meta.title).toBe('Bike lanes');
    expect(article.paragraphs[0]).toBe(`Hello world. ${body}`);
    expect(JSON.stringify(article.paragraphs)).not.toMatch(/<script|alert\(/);
  });

  it('refuses invalid JSON, saying so', () => {
    const error = parseError(() => parseJsonArticle('{"title": "Bike lanes", "body": '));
    expect(error.message).toMatch(/^the file is not valid JSON: /);
    expect(error.cause).toBeInstanceOf(SyntaxError);
  });

  it.each([['[1, 2]'], ['null'], ['"a string"'], ['42']])('refuses JSON that is not an object: %s', (json) => {
    expect(parseError(() => parseJsonArticle(json)).message).toBe('the JSON is not an object with article fields');
  });

  it.each([
    ['no body field', { title: 'T' }],
    ['an empty body', { title: 'T', body: '' }],
    ['a whitespace body', { title: 'T', body: '  \n ', text: '\t' }],
    ['a non-string body', { title: 'T', body: 42, html: ['<p>x</p>'] }],
  ])('refuses JSON with %s', (_case, record) => {
    expect(parseError(() => parseJsonArticle(JSON.stringify(record))).message).toBe('the JSON has no body, text or html field');
  });

  it('refuses html with no text in it', () => {
    expect(parseError(() => parseJsonArticle(JSON.stringify({ title: 'T', html: '<script>alert(1)</script><img src=x>' }))).message).toBe(
      'the article has no body text',
    );
  });
});
