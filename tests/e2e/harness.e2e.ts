import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, type Journey, startJourney, urlOf } from './journey';

// The harness itself, pinned in each browser, so that a journey that fails is about the extension.
for (const { name, title } of BROWSERS) {
  describe(`the journey harness in real ${title}`, () => {
    let journey: Journey;
    beforeAll(async () => {
      journey = await startJourney(name);
    });
    afterAll(() => journey?.close());

    it('opens a page of the extension at its own address', async () => {
      const page = await journey.openExtensionPage('source.html');
      expect(journey.extensionUrl('source.html')).toMatch(
        name === 'chromium' ? /^chrome-extension:\/\/[a-p]{32}\/source\.html$/ : /^moz-extension:\/\/[0-9a-f-]{36}\/source\.html$/,
      );
      expect(await urlOf(page)).toBe(journey.extensionUrl('source.html'));
      expect(await journey.tabIdOf(page)).toBeTypeOf('number');
      await page.close();
    });

    it('runs code with the extension’s privileges and returns its result', async () => {
      const result = await journey.inExtension(async (api, suffix) => {
        function named(text: string) {
          return `${text}${suffix}`;
        }
        return { name: named(api.runtime.getManifest().name), tabs: (await api.tabs.query({})).length > 0 };
      }, '!');
      expect(result).toEqual({ name: 'Rangefinder!', tabs: true });
    });

    it('finds the tab that shows a page, for the extension to message', async () => {
      const page = await journey.open('tests/e2e/pages/static-dom.html');
      const tabId = await journey.tabIdOf(page);
      const url = await journey.inExtension(async (api, tabId) => (await api.tabs.get(tabId)).url, tabId);
      expect(url).toBe(`${journey.base}/tests/e2e/pages/static-dom.html`);
      await page.close();
    });
  });
}
