import { describe, expect, it } from 'vitest';
import { pageDate } from '../../src/cli/page-date';

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
    expect(pageDate(`<html><head>${head}</head><body><p>Text.</p></body></html>`)).toBe(day);
  });

  it('prefers the article’s time to a date of another kind', () => {
    expect(pageDate('<meta name="date" content="2025-01-02"><meta property="article:published_time" content="2024-11-20">')).toBe(
      '2024-11-20',
    );
  });

  it('is null where the page gives none, or none that is a day', () => {
    expect(pageDate('<html><head><title>20 November 2024</title></head></html>')).toBeNull();
    expect(pageDate('<meta property="article:published_time" content="yesterday">')).toBeNull();
  });
});
