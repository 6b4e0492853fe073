/**
 * The popup's wiring: find its tab, sum the page up, and redraw when the reader
 * turns the site on or off. Logic lives in page-summary.ts and the views.
 */

import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { bundledWith } from '../corpus/bundled-corpus';
import { NOTHING_IMPORTED, readImportedFiles } from '../corpus/imported-store';
import { sendMessage } from '../messaging/protocol';
import { corpusSearch } from '../search/corpus-search';
import { readSettings, updateSettings, withSite } from '../settings/settings';
import { h } from '../ui/h';
import { measureLabel } from '../ui/words';
import { type PageSummary, type PopupTab, popupTab, summarise, summariseWhenReady } from './page-summary';
import { type PopupActions, renderPageSection } from './popup-view';
import { renderSearch } from './search-view';

export async function startPopup(root: HTMLElement, search: URLSearchParams): Promise<void> {
  const doc = root.ownerDocument;
  const tab = await popupTab(search);
  const pageSlot = h(doc, 'div', { id: 'page-slot', 'aria-live': 'polite' });

  const draw = (summary: PageSummary) => pageSlot.replaceChildren(renderPageSection(doc, summary, actions));
  const actions: PopupActions = {
    reveal: (figure) => {
      if (!tab) return;
      void sendMessage('revealFigure', { index: figure.index }, { tabId: tab.id, frameId: 0 }).then(() => window.close());
    },
    setSiteOn: (site, on) => void turnSite(tab, site, on).then(draw),
  };

  const browse = h(doc, 'a', { href: browser.runtime.getURL('/corpus.html'), target: '_blank', id: 'browse' }, i18n.t('popup.browse'));
  const settings = h(doc, 'button', { type: 'button', class: 'link', id: 'open-settings' }, i18n.t('popup.settings'));
  settings.addEventListener('click', () => void browser.runtime.openOptionsPage().then(() => window.close()));

  // Storage that cannot be read leaves the bundled corpus, which is always there.
  const imported = await readImportedFiles().catch(() => NOTHING_IMPORTED);
  const corpus = bundledWith(imported);
  root.replaceChildren(
    h(doc, 'header', {}, h(doc, 'h1', {}, i18n.t('extName'))),
    pageSlot,
    renderSearch(
      doc,
      corpus,
      corpusSearch(corpus, measureLabel),
      (path) => void browser.tabs.create({ url: browser.runtime.getURL(`/${path}` as '/source.html') }).then(() => window.close()),
    ),
    h(doc, 'footer', {}, browse, settings),
  );
  draw(await summarise(tab, await readSettings()));
}

async function turnSite(tab: PopupTab | null, site: string, on: boolean): Promise<PageSummary> {
  await updateSettings((current) => withSite(current, site, on));
  if (!tab) return { kind: 'unscannable' };
  // Turned off, the page's scanner leaves at once; turned on, the background brings the gate back.
  return on ? summariseWhenReady(tab) : summarise(tab);
}
