import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { waitForGate } from './extension-access';
import { BROWSERS, expected, type Journey, settledHighlights, startJourney, textOf, waitForHighlights } from './journey';
import { pixelAt } from './pixel';
import { badgeOf, openPopupFor, resetSettings, waitForPopupState } from './surfaces';

const ARTICLE = 'tests/e2e/pages/article-light.html';
const ALL = expected('article-light.html').highlights!;

for (const { name, title } of BROWSERS) {
  describe(`the settings page in real ${title}`, () => {
    let journey: Journey;
    beforeAll(async () => {
      journey = await startJourney(name);
    });
    afterEach(() => resetSettings(journey));
    afterAll(() => journey?.close());

    async function openArticle() {
      const tab = await journey.open(ARTICLE);
      expect(await waitForHighlights(tab, ALL)).toEqual(ALL);
      return tab;
    }

    it('an unticked measure leaves the open tab at once, and comes back when ticked, without a reload', async () => {
      const tab = await openArticle();
      const options = await journey.openExtensionPage('options.html');
      await options.click('#measure-troops_deployed');
      const withoutTroops = ALL.filter((text) => text !== 'about 12,000');
      expect(await waitForHighlights(tab, withoutTroops)).toEqual(withoutTroops);
      await expect.poll(() => badgeOf(journey, tab)).toBe(String(withoutTroops.length));
      await options.click('#measure-troops_deployed');
      expect(await waitForHighlights(tab, ALL)).toEqual(ALL);
      await options.close();
      await tab.close();
    });

    it('underline only takes the tint off the figures in the open tab', async () => {
      const tab = await openArticle();
      const corner = await tab.evaluate(() => {
        const range = [...CSS.highlights.get('rangefinder-within')!][0] as Range;
        (range.startContainer.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
        const rect = range.getClientRects()[0]!;
        return { x: Math.round(rect.left + 2), y: Math.round(rect.top + 2) };
      });
      const background = await pixelAt(tab, { x: 2, y: 2 });
      expect(await pixelAt(tab, corner)).not.toEqual(background);
      const options = await journey.openExtensionPage('options.html');
      await options.click('#highlight-style-underline');
      await tab.bringToFront();
      await expect.poll(() => pixelAt(tab, corner)).toEqual(background);
      await options.close();
      await tab.close();
    });

    it('a site turned off is cleared in the open tab and left alone on new pages; removed from the list, Rangefinder is back', async () => {
      const tab = await openArticle();
      const options = await journey.openExtensionPage('options.html');
      await options.type('#add-site', new URL(journey.base).hostname);
      await options.click('.add-site button[type=submit]');
      await options.waitForSelector(`.sites li[data-site="${new URL(journey.base).hostname}"]`);
      expect(await waitForHighlights(tab, [])).toEqual([]);
      await waitForGate(journey, [`*://*.${new URL(journey.base).hostname}/*`]);
      const fresh = await journey.open(ARTICLE);
      expect(await settledHighlights(fresh)).toEqual([]);
      await options.bringToFront();
      await options.click(`.sites li[data-site="${new URL(journey.base).hostname}"] button`);
      expect(await waitForHighlights(tab, ALL)).toEqual(ALL);
      expect(await waitForHighlights(fresh, ALL)).toEqual(ALL);
      await Promise.all([options.close(), fresh.close(), tab.close()]);
    });

    it('refuses a site name that is not one, says why, and keeps what was typed', async () => {
      const options = await journey.openExtensionPage('options.html');
      await options.type('#add-site', 'not a site');
      await options.click('.add-site button[type=submit]');
      expect(await textOf(options, '#site-error')).toBe(
        '“not a site” is not a site name. Type a name such as example.com, or paste an address.',
      );
      expect(await options.$eval('#add-site', (input) => (input as HTMLInputElement).value)).toBe('not a site');
      expect(await options.$('.sites li')).toBeNull();
      await options.close();
    });

    it('scanning only when asked leaves a page alone until the popup is opened on it', async () => {
      const options = await journey.openExtensionPage('options.html');
      await options.click('#scan-mode-on-request');
      await waitForGate(journey, null);
      await options.close();
      const tab = await journey.open(ARTICLE);
      expect(await settledHighlights(tab)).toEqual([]);
      const popup = await openPopupFor(journey, tab);
      expect(await waitForPopupState(popup, 'figures')).toBe('figures');
      expect(await waitForHighlights(tab, ALL)).toEqual(ALL);
      await popup.close();
      await tab.close();
    });
  });
}
