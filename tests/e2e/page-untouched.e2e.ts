import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, expected, type Journey, startJourney, waitForHighlights } from './journey';

for (const { name, title } of BROWSERS) {
  describe(`the page is never changed by scanning, in real ${title}`, () => {
    let withExtension: Journey;
    let without: Journey;
    beforeAll(async () => {
      withExtension = await startJourney(name);
      without = await startJourney(name, { extension: false });
    });
    afterAll(async () => {
      await withExtension?.close();
      await without?.close();
    });

    for (const page of ['static-dom.html', 'article-light.html', 'live-blog.html']) {
      it(`${page}: the DOM is identical with and without the extension`, async () => {
        const a = await withExtension.open(`tests/e2e/pages/${page}`);
        expect(await waitForHighlights(a, expected(page).highlights!)).toEqual(expected(page).highlights);
        // `open` returns once the page has loaded.
        const b = await without.open(`tests/e2e/pages/${page}`);
        const html = (p: Page) => p.evaluate(() => document.documentElement.outerHTML);
        expect(await html(a)).toBe(await html(b));
        await a.close();
        await b.close();
      });
    }
  });
}
