/**
 * The background's jobs: keep the gate registered where the settings let it
 * run, load the scanner into frames the gate found on topic or tabs the reader
 * asked about, count figures on the badge, the context menu, the source page,
 * and keyboard commands.
 */
import { browser } from 'wxt/browser';
import { listenInBackground } from '../messaging/background-rules';
import { type StepDirection, sendMessage } from '../messaging/protocol';
import { claimPageUrl } from '../names/page-urls';
import { readSettings, type Settings, scansBySelf, watchSettings } from '../settings/settings';
import { isSiteOff, siteOf } from '../settings/sites';
import { countFrame, watchTabsForBadge } from './badge';
import { createMenu, listenToMenu } from './context-menu';
import { applyHighlightStyle, gateOpenTabs, injectCardKit, injectScanner, syncGate } from './scanner-injection';

export const COMMAND_DIRECTIONS: Readonly<Record<string, StepDirection>> = {
  'next-figure': 'next',
  'previous-figure': 'previous',
};

/** The source page for a claim, as an address a tab can open. */
function claimPageAddress(claimId: string): string {
  return browser.runtime.getURL(`/${claimPageUrl(claimId)}` as '/source.html');
}

/** Steps through a tab's figures; in a tab not scanned yet (scanning only on request), scans it first. */
async function stepInTab(tabId: number, direction: StepDirection): Promise<void> {
  const step = () => sendMessage('stepFigure', { direction }, { tabId, frameId: 0 });
  try {
    await step();
  } catch {
    const [tab, settings] = await Promise.all([browser.tabs.get(tabId), readSettings()]);
    const site = siteOf(tab.url);
    if (!site || isSiteOff(settings.offSites, site) || settings.scanMode !== 'on-request') return;
    await injectScanner({ tabId, allFrames: true });
    await step().catch(() => false);
  }
}

export function registerBackground(): void {
  let previous: Settings | null = null;
  const settingsChanged = async (settings: Settings) => {
    await syncGate(settings);
    // Sites turned back on (or scanning everywhere again) get the gate in their open tabs now, without a reload.
    if (
      previous &&
      settings.scanMode === 'everywhere' &&
      (previous.scanMode !== 'everywhere' || previous.offSites.some((s) => !settings.offSites.includes(s)))
    ) {
      await gateOpenTabs(settings);
    }
    previous = settings;
  };
  void readSettings().then(settingsChanged);
  watchSettings((settings) => void settingsChanged(settings));

  browser.runtime.onInstalled.addListener(({ reason }) => {
    // Tabs open before the install get the gate too, not only tabs opened after.
    if (reason === 'install') void readSettings().then(gateOpenTabs);
  });

  // Every message is checked before its handler runs (src/messaging/accept.ts): from a
  // frame's script, the sender has a tab and a frame; from a page of the extension, it does not need one.
  const onMessage = listenInBackground();
  void createMenu();
  listenToMenu(onMessage);
  watchTabsForBadge();

  onMessage('scanFrame', async ({ sender }) => {
    const tabId = sender.tab.id;
    const settings = await readSettings();
    const site = siteOf(sender.tab?.url);
    // A gate that was already running when its site was turned off asks in vain.
    if (!site || !scansBySelf(settings, site)) return;
    await injectScanner({ tabId, frameIds: [sender.frameId] });
  });

  onMessage('loadCardKit', async ({ sender }) => {
    await injectCardKit({ tabId: sender.tab.id, frameIds: [sender.frameId] }, await readSettings());
  });

  onMessage('scanTab', async ({ data }) => {
    await injectScanner({ tabId: data.tabId, allFrames: true });
  });

  onMessage('restyleFrame', async ({ sender }) => {
    await applyHighlightStyle({ tabId: sender.tab.id, frameIds: [sender.frameId] }, await readSettings());
  });

  onMessage('figuresFound', ({ data, sender }) => {
    void countFrame(sender.tab.id, sender.frameId, data.count);
  });

  onMessage('openSource', async ({ data, sender }) => {
    await browser.tabs.create({ url: claimPageAddress(data.claimId), index: sender.tab.index + 1, openerTabId: sender.tab.id });
  });

  browser.commands.onCommand.addListener(async (command, tab) => {
    const direction = COMMAND_DIRECTIONS[command];
    if (!direction) return;
    const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (tabId !== undefined) await stepInTab(tabId, direction);
  });
}
