/**
 * The background's three jobs: load the scanner into frames the gate found on
 * topic, open the extension's source page, and turn keyboard commands into a
 * step through the active tab's figures.
 */
import { browser } from 'wxt/browser';
import { onMessage, sendMessage, type StepDirection } from '../messaging/protocol';

/** The runtime-registered content script built from entrypoints/scanner.content.ts, and its highlight styles. */
const SCANNER_FILE = '/content-scripts/scanner.js';
const SCANNER_CSS = '/content-scripts/scanner.css';

export const COMMAND_DIRECTIONS: Readonly<Record<string, StepDirection>> = {
  'next-figure': 'next',
  'previous-figure': 'previous',
};

/** The source page for a claim: `source.html?claim=<id>`. */
export function sourcePageUrl(claimId: string): string {
  return `${browser.runtime.getURL('/source.html')}?claim=${encodeURIComponent(claimId)}`;
}

export function registerBackground(): void {
  onMessage('scanFrame', async ({ sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    const target = { tabId, frameIds: [sender.frameId ?? 0] };
    await browser.scripting.insertCSS({ target, files: [SCANNER_CSS] });
    await browser.scripting.executeScript({ target, files: [SCANNER_FILE] });
  });

  onMessage('openSource', async ({ data, sender }) => {
    await browser.tabs.create({
      url: sourcePageUrl(data.claimId),
      ...(sender.tab?.index !== undefined ? { index: sender.tab.index + 1 } : {}),
      ...(sender.tab?.id !== undefined ? { openerTabId: sender.tab.id } : {}),
    });
  });

  browser.commands.onCommand.addListener(async (command, tab) => {
    const direction = COMMAND_DIRECTIONS[command];
    if (!direction) return;
    const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (tabId === undefined) return;
    // A page without figures has no scanner to answer; that is not an error.
    await sendMessage('stepFigure', { direction }, { tabId, frameId: 0 }).catch(() => false);
  });
}
