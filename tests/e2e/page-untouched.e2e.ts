import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expected, type Journey, startJourney, waitForHighlights } from './journey';

let withExtension: Journey;
let without: Journey;
beforeAll(async () => {
  withExtension = await startJourney();
  without = await startJourney({ extension: null });
});
afterAll(async () => {
  await withExtension?.close();
  await without?.close();
});

describe('the page is never changed by scanning', () => {
  for (const page of ['static-dom.html', 'article-light.html', 'live-blog.html']) {
    it(`${page}: the DOM is identical with and without the extension`, async () => {
      const a = await withExtension.open(`tests/e2e/pages/${page}`);
      expect(await waitForHighlights(a, expected(page).highlights!)).toEqual(expected(page).highlights);
      const b = await without.open(`tests/e2e/pages/${page}`);
      await b.waitForLoadState('load');
      const html = (p: typeof a) => p.evaluate(() => document.documentElement.outerHTML);
      expect(await html(a)).toBe(await html(b));
      await a.close();
      await b.close();
    });
  }
});
