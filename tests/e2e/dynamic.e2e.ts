import { setTimeout as pause } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, expected, highlightedTexts, type Journey, startJourney, urlOf, waitForHighlights } from './journey';

for (const { name, title } of BROWSERS) {
  describe(`dynamic pages in real ${title}`, () => {
    let journey: Journey;
    beforeAll(async () => {
      journey = await startJourney(name);
    });
    afterAll(() => journey?.close());

    it('follows a page that re-renders its article the way React does, without duplicates or leftovers', async () => {
      const tab = await journey.open('tests/e2e/pages/react-rerender.html');
      const { highlights, nextStory } = expected('react-rerender.html');
      expect(await waitForHighlights(tab, highlights!)).toEqual(highlights);
      for (let i = 0; i < 3; i++) {
        await tab.evaluate(() => (window as unknown as { rerender(): void }).rerender());
        // Re-renders a moment apart, as a framework does them, not all in one task.
        await pause(100);
      }
      expect(await waitForHighlights(tab, highlights!)).toEqual(highlights);
      // The page's own button still works with the extension present.
      await tab.click('#rerender');
      expect(await waitForHighlights(tab, highlights!)).toEqual(highlights);
      await tab.click('#next-story');
      expect(await waitForHighlights(tab, nextStory!)).toEqual(nextStory);
      expect(await urlOf(tab)).toContain('story=2');
      await tab.close();
    });

    it('scans live-blog entries as they arrive, and only them', async () => {
      const tab = await journey.open('tests/e2e/pages/live-blog.html');
      const { highlights, afterAll: all } = expected('live-blog.html');
      expect(await waitForHighlights(tab, highlights!)).toEqual(highlights);
      for (let i = 0; i < 3; i++) {
        const added = await tab.evaluate(() => (window as unknown as { addEntry(): string | null }).addEntry());
        expect(added).not.toBeNull();
      }
      expect(await waitForHighlights(tab, all!)).toEqual(all);
      await tab.close();
    });

    it('drops the highlights of content the page removes', async () => {
      const tab = await journey.open('tests/e2e/pages/static-dom.html');
      const { highlights } = expected('static-dom.html');
      expect(await waitForHighlights(tab, highlights!)).toEqual(highlights);
      await tab.evaluate(() => {
        for (const p of document.querySelectorAll('p')) p.remove();
      });
      expect(await waitForHighlights(tab, [])).toEqual([]);
      expect(await highlightedTexts(tab)).toEqual([]);
      await tab.close();
    });
  });
}
