import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { englishMessage } from '../../src/words/english';

// The fake browser has no messages; the unit tests read the extension's words
// in English from locales/en.yml, as the browser would from _locales/en.
beforeEach(() => {
  fakeBrowser.i18n.getMessage = ((key: string, subs?: string | string[]) =>
    englishMessage(key, subs)) as typeof fakeBrowser.i18n.getMessage;
});
