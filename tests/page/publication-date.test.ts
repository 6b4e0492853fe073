// @vitest-environment happy-dom
/**
 * The day a page says it was published, read by one set of rules
 * (publication-date.ts) from the DOM, as the extension reads it, and from the
 * HTML, as the checker does (src/cli/page-date.ts): each case is read both
 * ways, and every fixture page gives both readers the same date.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageDate } from '../../src/cli/page-date';
import { readPublicationDate } from '../../src/page/publication-date';

/** The page parsed into a template, whose content is inert: its frames load nothing. */
function fromDom(html: string): string | null {
  const template = document.createElement('template');
  template.innerHTML = html;
  return readPublicationDate(template.content);
}
const page = (head: string, body = '<p>Text.</p>') => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

/** Both readers' date of a page, which must agree. */
function dateOf(html: string): string | null {
  const checker = pageDate(html);
  expect(fromDom(html)).toBe(checker);
  return checker;
}

describe('the day a page says it was published', () => {
  it.each([
    ['an Open Graph article time', '<meta property="article:published_time" content="2024-11-20T09:15:00+09:00">', '2024-11-20'],
    ['its content before its name', "<meta content='2024-11-20' name='pubdate'>", '2024-11-20'],
    ['schema.org in a meta tag', '<meta itemprop="datePublished" content="2024-11-20">', '2024-11-20'],
    [
      'schema.org in JSON-LD',
      '<script type="application/ld+json">{"@type":"NewsArticle","datePublished": "2024-11-20T00:00:00Z"}</script>',
      '2024-11-20',
    ],
  ])('reads %s', (_, head, day) => {
    expect(dateOf(page(head))).toBe(day);
  });

  it('reads schema.org’s datePublished on an element of the body', () => {
    expect(
      dateOf(page('', '<article><p>By A. Writer, <time itemprop="datePublished" datetime="2024-11-20">20 Nov</time></p></article>')),
    ).toBe('2024-11-20');
  });

  it('reads the time in the article’s header, and no other time of the page', () => {
    const header =
      '<article><header><h1>Troops</h1><time datetime="2024-11-20T08:00:00Z">20 November</time></header><p>Text.</p></article>';
    expect(dateOf(page('', header))).toBe('2024-11-20');
    expect(dateOf(page('', '<article><p>Updated <time datetime="2024-11-21">21 Nov</time></p></article>'))).toBeNull();
    expect(dateOf(page('', '<header><time datetime="2024-11-21">Today</time></header><article><p>Text.</p></article>'))).toBeNull();
  });

  it('prefers the article’s time to a date of another kind', () => {
    expect(dateOf(page('<meta name="date" content="2025-01-02"><meta property="article:published_time" content="2024-11-20">'))).toBe(
      '2024-11-20',
    );
    const header = '<article><header><time datetime="2024-11-22">22 Nov</time></header></article>';
    expect(dateOf(page('<script type="application/ld+json">{"datePublished":"2024-11-20"}</script>', header))).toBe('2024-11-20');
  });

  it('is null where the page gives none, or none that is a day', () => {
    expect(dateOf('<html><head><title>20 November 2024</title></head></html>')).toBeNull();
    expect(dateOf(page('<meta property="article:published_time" content="yesterday">'))).toBeNull();
    expect(dateOf(page('<script>var x = {"datePublished":"2024-11-20"};</script>'))).toBeNull();
  });
});

const PAGES = ['tests/fixtures/pages', 'tests/e2e/pages', 'tests/e2e/pages/hostile'].flatMap((dir) =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.html'))
    .map((name) => join(dir, name)),
);

describe('the extension and the checker read a page’s date alike', () => {
  it('on pages that give a date and pages that give none', () => {
    const dates = PAGES.map((path) => pageDate(readFileSync(path, 'utf8')));
    expect(dates.filter(Boolean).length).toBeGreaterThan(2);
    expect(dates).toContain(null);
  });

  it.each(PAGES)('%s', (path) => {
    const html = readFileSync(path, 'utf8');
    expect(fromDom(html)).toBe(pageDate(html));
  });
});
