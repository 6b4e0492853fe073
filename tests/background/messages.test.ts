import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerBackground } from '../../src/background/register-background';
import { type BackgroundProtocol, MAX_SELECTION_TEXT } from '../../src/messaging/protocol';
import { deliver, frame, SENDERS, type SenderName } from '../messaging/deliver';

/** Every call the background could make on a message's behalf: what "doing something" means here. */
function watchActions() {
  const scripting = fakeBrowser.scripting;
  return {
    executeScript: vi.spyOn(scripting, 'executeScript').mockResolvedValue([] as never),
    insertCSS: vi.spyOn(scripting, 'insertCSS').mockResolvedValue(undefined),
    removeCSS: vi.spyOn(scripting, 'removeCSS').mockResolvedValue(undefined),
    createTab: vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({ id: 99 } as never),
    // @webext-core/messaging sends to a tab with Chrome's callback form; the scanner there answers nothing.
    messageTab: vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(((
      _tabId: number,
      _message: unknown,
      _options: unknown,
      reply: (r: unknown) => void,
    ) => {
      reply({ res: undefined });
    }) as unknown as typeof fakeBrowser.tabs.sendMessage),
    setBadgeText: vi.spyOn(fakeBrowser.action, 'setBadgeText'),
    setTitle: vi.spyOn(fakeBrowser.action, 'setTitle'),
  };
}

let actions: ReturnType<typeof watchActions>;
/** The context menu's click handler, as the background registered it. */
let menuClicked: (info: unknown, tab: unknown) => void;

beforeEach(async () => {
  fakeBrowser.reset();
  // What the background does as it starts, which is not under test here.
  vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockResolvedValue([] as never);
  vi.spyOn(fakeBrowser.scripting, 'registerContentScripts').mockResolvedValue(undefined);
  vi.spyOn(fakeBrowser.contextMenus, 'removeAll').mockResolvedValue(undefined);
  vi.spyOn(fakeBrowser.contextMenus, 'create').mockReturnValue(1);
  vi.spyOn(fakeBrowser.contextMenus.onClicked, 'addListener').mockReturnValue(undefined);
  vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockReturnValue(undefined);
  actions = watchActions();
  registerBackground();
  await vi.waitFor(() => expect(fakeBrowser.scripting.registerContentScripts).toHaveBeenCalled(), { interval: 1 });
  menuClicked = vi.mocked(fakeBrowser.contextMenus.onClicked.addListener).mock.calls[0]![0] as typeof menuClicked;
  vi.clearAllMocks();
});

afterEach(() => vi.restoreAllMocks());

/** The data in a test's name: long text cut short. */
function label(data: unknown): string {
  const shown = JSON.stringify(data) ?? 'undefined';
  return shown.length > 60 ? `${shown.slice(0, 40)}… (${shown.length} characters)` : shown;
}

function nothingDone(): void {
  for (const [name, spy] of Object.entries(actions)) expect(spy, name).not.toHaveBeenCalled();
}

interface Case {
  /** Who sends it in the extension. */
  readonly sender: SenderName;
  /** Data of the message's type. */
  readonly data?: unknown;
  /** What the background does for it. */
  done(): void;
  /** Data of other shapes, each to be ignored. */
  readonly bad: readonly unknown[];
}

const FRAME_SENDERS: readonly SenderName[] = [
  'background',
  'popup',
  'otherExtension',
  'otherExtensionContentScript',
  'impostor',
  'anonymous',
  'none',
];
const PAGE_SENDERS: readonly SenderName[] = [
  'contentScript',
  'contentScriptInFrame',
  'otherExtension',
  'otherExtensionContentScript',
  'impostor',
  'anonymous',
  'none',
];
const NO_DATA_BAD = [null, 0, '', 'x', {}, [], { tabId: 1 }];

// One case per message the background answers: a new message needs its case here.
const CASES: { readonly [K in keyof BackgroundProtocol]: Case } = {
  scanFrame: {
    sender: 'contentScriptInFrame',
    done: () =>
      expect(actions.executeScript).toHaveBeenCalledWith({ target: { tabId: 7, frameIds: [3] }, files: ['/content-scripts/scanner.js'] }),
    bad: NO_DATA_BAD,
  },
  loadCardKit: {
    sender: 'contentScript',
    done: () => expect(actions.executeScript).toHaveBeenCalledWith({ target: { tabId: 7, frameIds: [0] }, files: ['/card-kit.js'] }),
    bad: NO_DATA_BAD,
  },
  openSource: {
    sender: 'contentScript',
    data: { claimId: '002_5eb9459cdb95d9f7#1' },
    done: () =>
      expect(actions.createTab).toHaveBeenCalledWith({
        url: 'chrome-extension://test-extension-id/source.html?claim=002_5eb9459cdb95d9f7%231',
        index: 3,
        openerTabId: 7,
      }),
    bad: [
      undefined,
      null,
      '002_5eb9459cdb95d9f7#1',
      {},
      { claimId: 1 },
      { claimId: '' },
      { claimId: 'javascript:alert(1)' },
      { claimId: '../options.html' },
      { claimId: '002_5eb9459cdb95d9f7#1&x=1' },
      { claimId: `${'a'.repeat(100)}#1` },
      { claimId: '002_5eb9459cdb95d9f7#1', url: 'https://evil.example/' },
    ],
  },
  figuresFound: {
    sender: 'contentScript',
    data: { count: 3 },
    done: () => expect(actions.setBadgeText).toHaveBeenCalledWith({ tabId: 7, text: '3' }),
    bad: [
      undefined,
      null,
      3,
      {},
      { count: -1 },
      { count: 1.5 },
      { count: '3' },
      { count: Number.NaN },
      { count: Number.POSITIVE_INFINITY },
      { count: 3, tabId: 1 },
    ],
  },
  restyleFrame: {
    sender: 'contentScript',
    // The default style: the underline is taken off the frame.
    done: () => expect(actions.removeCSS).toHaveBeenCalledWith(expect.objectContaining({ target: { tabId: 7, frameIds: [0] } })),
    bad: NO_DATA_BAD,
  },
  compareInTab: {
    sender: 'popup',
    data: { tabId: 7, frameId: 0, text: 'about 12,000 troops' },
    done: () =>
      expect(actions.messageTab).toHaveBeenCalledWith(
        7,
        expect.objectContaining({ type: 'compareSelection', data: { text: 'about 12,000 troops' } }),
        { frameId: 0 },
        expect.any(Function),
      ),
    bad: [
      undefined,
      { tabId: 7, frameId: 0 },
      { tabId: '7', frameId: 0, text: 'x' },
      { tabId: 7, frameId: -1, text: 'x' },
      { tabId: 7, frameId: 0, text: 42 },
      { tabId: 7, frameId: 0, text: 'x'.repeat(MAX_SELECTION_TEXT + 1) },
      { tabId: 7, frameId: 0, text: 'x', extra: true },
    ],
  },
  scanTab: {
    sender: 'popup',
    data: { tabId: 7 },
    done: () =>
      expect(actions.executeScript).toHaveBeenCalledWith({ target: { tabId: 7, allFrames: true }, files: ['/content-scripts/scanner.js'] }),
    bad: [undefined, 7, {}, { tabId: -7 }, { tabId: 7.5 }, { tabId: '7' }, { tabId: 7, allFrames: true }],
  },
};

const ONLY_FROM: { readonly [K in keyof BackgroundProtocol]: 'frames' | 'extension' } = {
  scanFrame: 'frames',
  loadCardKit: 'frames',
  openSource: 'frames',
  figuresFound: 'frames',
  restyleFrame: 'frames',
  compareInTab: 'extension',
  scanTab: 'extension',
};

describe('the background answers only its protocol, only from the extension', () => {
  for (const [type, c] of Object.entries(CASES) as [keyof BackgroundProtocol, Case][]) {
    describe(type, () => {
      it(`does its work for a well-formed message from ${c.sender}`, async () => {
        const { answered, reply } = await deliver(frame(type, c.data), SENDERS[c.sender]);
        expect(answered).toBe(true);
        expect(reply).not.toHaveProperty('err');
        c.done();
      });

      const foreign = ONLY_FROM[type] === 'frames' ? FRAME_SENDERS : PAGE_SENDERS;
      it.each(foreign)('ignores it from %s, without throwing', async (sender) => {
        const { reply } = await deliver(frame(type, c.data), SENDERS[sender]);
        expect(reply ?? {}).not.toHaveProperty('err');
        nothingDone();
      });

      it.each(c.bad.map((data) => [label(data), data]))('ignores it with data %s, without throwing', async (_, data) => {
        const { reply } = await deliver(frame(type, data), SENDERS[c.sender]);
        expect(reply ?? {}).not.toHaveProperty('err');
        nothingDone();
      });
    });
  }

  it('opens the page of an estimate on record, its id in the address as data, never as a path', async () => {
    await deliver(frame('openSource', { claimId: 'nis/2024-12-24/troops_deployed' }), SENDERS.contentScript);
    expect(actions.createTab).toHaveBeenCalledWith({
      url: 'chrome-extension://test-extension-id/source.html?claim=nis%2F2024-12-24%2Ftroops_deployed',
      index: 3,
      openerTabId: 7,
    });
  });

  it.each([
    'nis/../../options.html',
    'nis/2024-12-24/troops_deployed/x',
    'NIS/2024-12-24/troops_deployed',
    'nis/2024-12-24/troops_deployed#1',
  ])('ignores an estimate id of another shape: %s', async (claimId) => {
    await deliver(frame('openSource', { claimId }), SENDERS.contentScript);
    nothingDone();
  });

  it('the context menu cuts a selection longer than a message may carry, rather than send what would be refused', async () => {
    menuClicked({ menuItemId: 'rangefinder-compare', frameId: 0, selectionText: 'x'.repeat(MAX_SELECTION_TEXT + 50) }, { id: 7 });
    await vi.waitFor(() => expect(actions.messageTab).toHaveBeenCalled(), { interval: 1 });
    const [, message] = actions.messageTab.mock.calls[0]!;
    expect((message as { data: { text: string } }).data.text).toHaveLength(MAX_SELECTION_TEXT);
  });

  it.each([
    ['a string', 'scanTab'],
    ['null', null],
    ['a number', 7],
    ['an array', [frame('scanTab', { tabId: 7 })]],
    ['a frame without a timestamp', { id: 1, type: 'scanTab', data: { tabId: 7 } }],
    ['a frame of no known type', frame('stepFigure' as keyof BackgroundProtocol, { direction: 'next' })],
    ['a frame whose type is a name every object has', { ...frame('scanTab', { tabId: 7 }), type: 'toString' }],
    ['a frame whose type is __proto__', { ...frame('scanTab', { tabId: 7 }), type: '__proto__' }],
  ])('ignores %s, without throwing', async (_, message) => {
    await deliver(message, SENDERS.popup);
    nothingDone();
  });
});
