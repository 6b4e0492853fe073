import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareFigure } from '../../src/compare/compare';
import { readCorpus } from '../../src/corpus/read-corpus';
import { detectFigures } from '../../src/engine/detect-figures';
import { attributeOf, BROWSERS, type Journey, readingText, settledHighlights, startJourney, textOf, waitForCard } from './journey';
import { compareWithRangefinder, selectText } from './surfaces';

const PAGE = 'tests/e2e/pages/compare-selection.html';

for (const { name, title } of BROWSERS) {
  describe(`Compare with Rangefinder (context menu) in real ${title}`, () => {
    let journey: Journey;
    beforeAll(async () => {
      journey = await startJourney(name);
    });
    afterAll(() => journey?.close());

    it('compares a figure in a sentence that does not name North Korea, and opens its card there', async () => {
      const tab = await journey.open(PAGE);
      // The page never names North Korea: the gate lets it pass and nothing is marked.
      expect(await settledHighlights(tab)).toEqual([]);
      const selected = await selectText(tab, '#with-figure');
      await compareWithRangefinder(journey, tab, selected);
      await waitForCard(tab);
      const figure = detectFigures(selected, { assumeTopic: true })[0]!;
      expect(await textOf(tab, 'rangefinder-card >>> .card h2 .figure-text')).toBe('about 11,000');
      expect(await textOf(tab, 'rangefinder-card >>> .card .reading')).toBe(readingText(compareFigure(figure, readCorpus()).reading));
      expect(await attributeOf(tab, 'rangefinder-card >>> .card', 'role')).toBe('dialog');
      // The card stands at the figure: the active highlight is the figure within the selection.
      expect(await tab.evaluate(() => ([...CSS.highlights.get('rangefinder-active')!][0] as Range).toString())).toBe('about 11,000');
      await tab.close();
    });

    it('says so when the selection holds no figure', async () => {
      const tab = await journey.open(PAGE);
      const selected = await selectText(tab, '#without-figure');
      await compareWithRangefinder(journey, tab, selected);
      await waitForCard(tab);
      expect(await textOf(tab, 'rangefinder-card >>> .card.no-figure h2')).toBe('No figure to compare');
      expect(await textOf(tab, 'rangefinder-card >>> .card .reading')).toContain('The talks ended without agreement');
      await tab.keyboard.press('Escape');
      await tab.close();
    });
  });
}
