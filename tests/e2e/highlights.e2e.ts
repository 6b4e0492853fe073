import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { setTimeout as pause } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectedFileOf, readExpectedFigures, textsOf } from '../harness/expected-figures';
import { ROOT } from '../harness/project-root';
import { BROWSERS, expected, highlightedTexts, type Journey, startJourney, waitForHighlights } from './journey';
import { pixelAt } from './pixel';

const ENGINE_FIXTURES = join(ROOT, 'tests/fixtures/pages');
const ENGINE_FIXTURE_PAGES = readdirSync(ENGINE_FIXTURES)
  .filter((f) => f.endsWith('.html'))
  .sort();

for (const { name, title } of BROWSERS) {
  describe(`highlights in real ${title}`, () => {
    let journey: Journey;
    beforeAll(async () => {
      journey = await startJourney(name);
    });
    afterAll(() => journey?.close());

    for (const page of ['article-light.html', 'article-dark.html', 'static-dom.html', 'live-blog.html', 'react-rerender.html']) {
      it(`marks exactly the expected figures of ${page}`, async () => {
        const tab = await journey.open(`tests/e2e/pages/${page}`);
        expect(await waitForHighlights(tab, expected(page).highlights!)).toEqual(expected(page).highlights);
        await tab.close();
      });
    }

    // The engine's fixture pages (tests/engine/fixture-pages.test.ts reads the same expected files): the browser marks what the checker finds.
    for (const page of ENGINE_FIXTURE_PAGES) {
      it(`marks the figures the engine's test expects on fixture page ${page}`, async () => {
        const path = join(ENGINE_FIXTURES, page);
        const wanted = textsOf(readExpectedFigures(expectedFileOf(path)).figures);
        const tab = await journey.open(relative(ROOT, path));
        expect(await waitForHighlights(tab, wanted)).toEqual(wanted);
        await tab.close();
      });
    }

    it('marks every figure of the demo article, and only those', async () => {
      const tab = await journey.open('assets/demo/article.html');
      const demo = [
        'about 3,000',
        'about 10,000',
        'about 12,000',
        'near 15,000',
        'more than 3,000',
        'around 1,100',
        'over 1 million',
        'more than 15,000',
        'roughly four million',
        'up to 40 percent',
        'approximately 60%',
        'as much as 75 percent',
      ];
      expect(await waitForHighlights(tab, demo)).toEqual(demo);
      await tab.close();
    });

    it('styles each figure by what the corpus says of it', async () => {
      const tab = await journey.open('tests/e2e/pages/article-light.html');
      await waitForHighlights(tab, expected('article-light.html').highlights!);
      const byName = await tab.evaluate(() =>
        Object.fromEntries([...CSS.highlights].map(([name, h]) => [name, ([...h] as Range[]).map((r) => r.toString())])),
      );
      expect(byName['rangefinder-matches']).toEqual(expect.arrayContaining(['about 12,000', 'millions', 'up to 40 percent']));
      expect(byName['rangefinder-within']).toEqual(expect.arrayContaining(['close to 4,300']));
      expect(byName['rangefinder-outside']).toEqual(['as high as 20,000']);
      // The page quotes the one document that gives this figure: no other source estimates it.
      expect(byName['rangefinder-none']).toEqual(['$576 million']);
      // Each stance is drawn in its own colour: sample the painted background just inside each figure.
      const points = await tab.evaluate(() =>
        ['matches', 'within', 'outside', 'none'].map((kind) => {
          const range = [...(CSS.highlights.get(`rangefinder-${kind}`) as Highlight)][0] as Range;
          const rect = range.getClientRects()[0]!;
          return { x: Math.round(rect.left + 2), y: Math.round(rect.top + 2) };
        }),
      );
      const pixels = [];
      for (const point of points) pixels.push(await pixelAt(tab, point));
      const background = await pixelAt(tab, { x: 2, y: 2 });
      for (const pixel of pixels) expect(pixel).not.toEqual(background);
      expect(new Set(pixels.map((p) => p.join())).size).toBe(4);
      await tab.close();
    });

    it('leaves a number-heavy page that never names North Korea alone: no scanner, no highlight', async () => {
      const tab = await journey.open('tests/e2e/pages/no-north-korea.html');
      // Nothing to wait for when nothing should happen: give the gate a second to (not) act.
      await pause(1_000);
      const names = await tab.evaluate(() => [...CSS.highlights.keys()]);
      // The scanner registers its highlight names when it loads; the gate alone registers none.
      expect(names).toEqual([]);
      expect(await highlightedTexts(tab)).toEqual([]);
      await tab.close();
    });
  });
}
