/**
 * A page that tries to drive Rangefinder gets nowhere: it posts messages shaped
 * like the extension's own, sends them to the extension if it can reach it,
 * forges WXT's start event to end the scanner, dispatches pointer, mouse and
 * key events at a figure and at the open card, clicks the card's buttons from
 * its script and makes elements named like the card's. No card opens, no tab
 * opens, the badge and the marks stay as they were, nothing is posted to the
 * page and no error is raised; the reader's own click still works.
 */
import { setTimeout as pause } from 'node:timers/promises';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { poll } from '../harness/poll';
import {
  BROWSERS,
  card,
  clickInCard,
  expected,
  figurePoint,
  highlightedTexts,
  type Journey,
  startJourney,
  textOf,
  urlOf,
  waitForCard,
  waitForCardClosed,
  waitForHighlights,
} from './journey';
import { badgeOf } from './surfaces';

const PAGE = 'tests/e2e/pages/hostile.html';
const MARKS = expected('hostile.html').highlights!;
/** Longer than a hover takes to open a card, so that anything the page set off would have happened. */
const SETTLE_MS = 1_500;

/** Every message of the protocol, framed as @webext-core/messaging frames them, with data of its type. */
const FRAMES = [
  { type: 'stepFigure', data: { direction: 'next' } },
  { type: 'revealFigure', data: { index: 0 } },
  { type: 'listFigures' },
  { type: 'compareSelection', data: { text: 'North Korea has sent 99,999 troops.' } },
  { type: 'openSource', data: { claimId: '002_5eb9459cdb95d9f7#1' } },
  { type: 'figuresFound', data: { count: 999 } },
  { type: 'scanTab', data: { tabId: 1 } },
  { type: 'compareInTab', data: { tabId: 1, frameId: 0, text: 'North Korea has sent 99,999 troops.' } },
  { type: 'loadCardKit' },
  { type: 'scanFrame' },
  { type: 'restyleFrame' },
].map((frame, id) => ({ id, timestamp: Date.now(), ...frame }));

/**
 * Run in the page, as its own script: everything but the card's buttons.
 * Returns whether the page could reach the extension's messaging at all.
 */
async function attack(arg: {
  extensionId: string;
  point: { x: number; y: number };
  frames: typeof FRAMES;
}): Promise<{ reachable: boolean }> {
  const { extensionId, point, frames } = arg;
  const started = `${extensionId}:scanner:wxt:content-script-started`;
  // Messages to the window, as the messaging library's window messenger and WXT frame theirs.
  for (const frame of frames) {
    window.postMessage({ fromPage: true, ...frame }, '*');
    window.postMessage({ fromPage: true, namespace: 'rangefinder', ...frame }, '*');
  }
  window.postMessage({ fromPage: true, type: started, contentScriptName: 'scanner', messageId: 'forged' }, '*');
  // The extension's messaging, where a page can reach it (only with externally_connectable).
  const runtime = (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime;
  const reachable = typeof runtime?.sendMessage === 'function';
  if (reachable) {
    const send = runtime!.sendMessage as (id: string, message: unknown) => Promise<unknown>;
    for (const frame of frames)
      await Promise.resolve()
        .then(() => send(extensionId, frame))
        .catch(() => undefined);
  }
  // WXT's start event, which would end the scanner's context.
  document.dispatchEvent(new CustomEvent(started, { detail: { contentScriptName: 'scanner', messageId: 'forged' } }));
  // The pointer, the mouse and the keys, at the figure.
  const target = document.elementFromPoint(point.x, point.y)!;
  const at = { clientX: point.x, clientY: point.y, bubbles: true, cancelable: true, composed: true };
  target.dispatchEvent(new PointerEvent('pointermove', { ...at, pointerType: 'mouse' }));
  target.dispatchEvent(new PointerEvent('pointerdown', { ...at, pointerType: 'mouse' }));
  target.dispatchEvent(new MouseEvent('mousedown', at));
  target.dispatchEvent(new PointerEvent('pointerup', { ...at, pointerType: 'mouse' }));
  target.dispatchEvent(new MouseEvent('mouseup', at));
  target.dispatchEvent(new MouseEvent('click', at));
  for (const key of [
    { key: '.', code: 'Period' },
    { key: ',', code: 'Comma' },
  ]) {
    document.dispatchEvent(new KeyboardEvent('keydown', { ...key, altKey: true, shiftKey: true, bubbles: true }));
  }
  // Elements named like the card's host, one with a card and buttons of its own, one around a figure.
  const fake = document.createElement('rangefinder-card');
  fake.dataset.pageMade = '';
  fake.attachShadow({ mode: 'open' }).innerHTML = '<div class="card" role="dialog"><button class="source">Read the source</button></div>';
  document.body.append(fake);
  fake.shadowRoot!.querySelector('button')!.click();
  fake.dispatchEvent(new MouseEvent('click', at));
  const wrapper = document.createElement('rangefinder-card');
  wrapper.dataset.pageMade = '';
  wrapper.textContent = 'North Korea has sent as many as 25,000 troops.';
  document.querySelector('article')!.append(wrapper);
  return { reachable };
}

/** The card Rangefinder shows, as opposed to the page's look-alikes: its text, or null. */
function extensionCard(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const hosts = [...document.querySelectorAll('rangefinder-card:not([data-page-made])')];
    const shown = hosts.map((host) => host.shadowRoot?.querySelector('.card')).find(Boolean) as HTMLElement | undefined;
    return shown ? (shown.querySelector('h2 .figure-text')?.textContent ?? '') : null;
  });
}

for (const { name, title } of BROWSERS) {
  describe(`a hostile page cannot drive Rangefinder, in real ${title}`, () => {
    let journey: Journey;
    let extensionId: string;
    beforeAll(async () => {
      journey = await startJourney(name);
      extensionId = await journey.inExtension((api) => api.runtime.id, null);
    });
    afterAll(() => journey?.close());

    const tabCount = () => journey.inExtension(async (api) => (await api.tabs.query({})).length, null);

    /** Errors anyone raises in the page, the extension's scripts in it included. */
    function watchErrors(page: Page): string[] {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      page.on('console', (message) => {
        // The test server has no icon for the page: the browser's own request, not anyone's error.
        if (message.type() === 'error' && !message.location().url?.endsWith('/favicon.ico')) errors.push(message.text());
      });
      return errors;
    }

    it('messages, forged events and look-alike elements from the page do nothing', async () => {
      const tab = await journey.open(PAGE);
      const errors = watchErrors(tab);
      expect(await waitForHighlights(tab, MARKS)).toEqual(MARKS);
      await expect.poll(() => badgeOf(journey, tab)).toBe(String(MARKS.length));
      const tabs = await tabCount();

      const { reachable } = await tab.evaluate(attack, { extensionId, point: await figurePoint(tab, 'about 12,000'), frames: FRAMES });
      await pause(SETTLE_MS);

      expect(await extensionCard(tab)).toBeNull();
      expect(await tab.evaluate(() => CSS.highlights.get('rangefinder-active')?.size ?? 0)).toBe(0);
      // The scanner is still there, marking what it marked and nothing the page hid in a look-alike.
      expect(await highlightedTexts(tab)).toEqual(MARKS);
      expect(await badgeOf(journey, tab)).toBe(String(MARKS.length));
      expect(await tabCount()).toBe(tabs);
      // Nothing but the page's own messages reached its window: the scanner posts none.
      expect(
        await tab.evaluate(() => (window as unknown as { heard: { fromPage?: boolean }[] }).heard.filter((data) => !data?.fromPage)),
      ).toEqual([]);
      expect(errors).toEqual([]);
      // A page cannot reach the extension's messaging: no externally_connectable in the manifest.
      expect(reachable).toBe(false);

      // The reader's own click still opens the card (the page's look-alikes are still there: the probe tells them apart).
      const point = await figurePoint(tab, 'about 12,000');
      await tab.mouse.click(point.x, point.y);
      expect(
        await poll(
          () => extensionCard(tab),
          (text) => text !== null,
          { what: 'the card', timeout: 10_000 },
        ),
      ).toBe('about 12,000');
      await tab.keyboard.press('Escape');
      expect(
        await poll(
          () => extensionCard(tab),
          (text) => text === null,
          { what: 'the card to close', timeout: 10_000 },
        ),
      ).toBeNull();
      expect(errors).toEqual([]);
      await tab.close();
    });

    it('the page’s script cannot use the open card: its buttons and keys obey the reader only', async () => {
      const tab = await journey.open(PAGE);
      const errors = watchErrors(tab);
      expect(await waitForHighlights(tab, MARKS)).toEqual(MARKS);
      const point = await figurePoint(tab, 'about 12,000');
      await tab.mouse.click(point.x, point.y);
      await waitForCard(tab);
      const tabs = await tabCount();

      await tab.evaluate(() => {
        const host = document.querySelector('rangefinder-card')!;
        const root = host.shadowRoot!;
        // Every button of the card, clicked from the page's script: the source page, copy, stepping, closing.
        for (const button of root.querySelectorAll<HTMLButtonElement>('button')) button.click();
        const escapeKey = { key: 'Escape', code: 'Escape', bubbles: true, cancelable: true, composed: true };
        root.querySelector('.card')!.dispatchEvent(new KeyboardEvent('keydown', escapeKey));
        document.dispatchEvent(new KeyboardEvent('keydown', escapeKey));
        // A click elsewhere, which would close it.
        document.body.dispatchEvent(new MouseEvent('click', { clientX: 5, clientY: 400, bubbles: true }));
      });
      await pause(SETTLE_MS);

      expect(await tabCount()).toBe(tabs);
      expect(await extensionCard(tab)).toBe('about 12,000');
      expect(await textOf(tab, card('li.estimate button.copy'))).toBe('Copy citation');

      // The reader's own click on Read the source opens it.
      const source = await journey.nextPage(() => clickInCard(tab, 'li.estimate button.source'));
      expect(await urlOf(source)).toMatch(/\/source\.html\?claim=/);
      await source.close();
      await tab.bringToFront();
      await tab.keyboard.press('Escape');
      await waitForCardClosed(tab);
      expect(errors).toEqual([]);
      await tab.close();
    });
  });
}
