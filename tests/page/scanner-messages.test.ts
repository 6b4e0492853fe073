// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { compareFigure } from '../../src/compare/compare';
import { bundledCorpus } from '../../src/corpus/bundled-corpus';
import { MAX_SELECTION_TEXT, type ScannerProtocol } from '../../src/messaging/protocol';
import type { CardKit, Cards } from '../../src/page/card-kit';
import { ScannerContext } from '../../src/page/scanner-context';
import { ShadowStyles } from '../../src/page/shadow-styles';
import { startScanner } from '../../src/page/start-scanner';
import { english } from '../../src/words/english';
import { say } from '../../src/words/phrase';
import { deliver, frame, SENDERS, type SenderName } from '../messaging/deliver';

const ARTICLE = '<article><p>North Korea has sent about 11,000 troops to Russia.</p><p>Pyongyang promised 7,000 more troops.</p></article>';

let ctx: ScannerContext;
let cards: { [K in keyof Cards]: K extends 'current' ? null : ReturnType<typeof vi.fn> };

/** Starts a scanner on the test article, with the card kit's cards standing in for the card; settles once it has started. */
function start(): Promise<void> {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL('https://news.example/article');
  document.body.innerHTML = ARTICLE;
  cards = {
    current: null,
    step: vi.fn(async () => true),
    reveal: vi.fn(async () => undefined),
    show: vi.fn(async () => undefined),
    showNoFigure: vi.fn(async () => undefined),
    close: vi.fn(),
  };
  const kit: CardKit = {
    compare: (figure) => compareFigure(figure, bundledCorpus),
    words: (said) => say(said, english),
    cards: () => cards as unknown as Cards,
    shadowStyles: (style) => new ShadowStyles(style),
  };
  ctx = new ScannerContext('scanner');
  return startScanner(ctx, async () => kit);
}

/** Starts a scanner on the test article and waits until its figures are marked. */
async function scan(): Promise<void> {
  await start();
  // The figures are marked once the extension can list them.
  await vi.waitFor(async () => expect((await deliver(frame('listFigures'), SENDERS.popup)).reply).toMatchObject({ res: [{}, {}] }), {
    interval: 5,
  });
  vi.clearAllMocks();
}

beforeEach(async () => {
  fakeBrowser.reset();
  // WXT says, outside production builds, when a context ends.
  vi.spyOn(console, 'debug').mockImplementation(() => undefined);
  await scan();
});

afterEach(() => {
  ctx.notifyInvalidated();
  vi.restoreAllMocks();
});

describe('listFigures', () => {
  it('answers with the page’s figures when asked as the scanner starts, before it has read its settings', async () => {
    ctx.notifyInvalidated();
    const started = start();
    // The popup asks right after loading the scanner, as when Rangefinder scans only on request.
    const { reply } = await deliver(frame('listFigures'), SENDERS.popup);
    expect((reply as { res: { text: string }[] }).res.map((f) => f.text)).toEqual(['about 11,000', '7,000']);
    await started;
  });
});

/** The data in a test's name: long text cut short. */
function label(data: unknown): string {
  const shown = JSON.stringify(data) ?? 'undefined';
  return shown.length > 60 ? `${shown.slice(0, 40)}… (${shown.length} characters)` : shown;
}

function nothingDone(): void {
  for (const [name, spy] of Object.entries(cards)) if (spy) expect(spy, name).not.toHaveBeenCalled();
}

interface Case {
  readonly sender: SenderName;
  readonly data?: unknown;
  /** Checks what the scanner did, given its answer. */
  done(res: unknown): void;
  readonly bad: readonly unknown[];
}

const FOREIGN: readonly SenderName[] = [
  'contentScript',
  'contentScriptInFrame',
  'otherExtension',
  'otherExtensionContentScript',
  'impostor',
  'anonymous',
  'none',
];

// One case per message a page's scanner answers: a new message needs its case here.
const CASES: { readonly [K in keyof ScannerProtocol]: Case } = {
  stepFigure: {
    sender: 'background',
    data: { direction: 'previous' },
    done: (res) => {
      expect(cards.step).toHaveBeenCalledWith('previous');
      expect(res).toBe(true);
    },
    bad: [undefined, 'next', {}, { direction: 'up' }, { direction: 'NEXT' }, { direction: ['next'] }, { direction: 'next', index: 0 }],
  },
  listFigures: {
    sender: 'popup',
    done: (res) => expect((res as { text: string }[]).map((f) => f.text)).toEqual(['about 11,000', '7,000']),
    bad: [null, 0, {}, { index: 0 }],
  },
  revealFigure: {
    sender: 'popup',
    data: { index: 1 },
    done: (res) => {
      expect(cards.reveal).toHaveBeenCalledWith(expect.objectContaining({ figure: expect.objectContaining({ text: '7,000' }) }));
      expect(res).toBe(true);
    },
    bad: [undefined, 1, {}, { index: -1 }, { index: 0.5 }, { index: '1' }, { index: 1, claimId: 'x' }],
  },
  compareSelection: {
    sender: 'background',
    data: { text: 'Officials said some 9,500 troops had arrived.' },
    done: () =>
      expect(cards.show).toHaveBeenCalledWith(
        expect.objectContaining({ figure: expect.objectContaining({ text: 'some 9,500' }) }),
        'keyboard',
      ),
    bad: [undefined, 'x', {}, { text: 42 }, { text: null }, { text: 'x'.repeat(MAX_SELECTION_TEXT + 1) }, { text: 'x', tabId: 1 }],
  },
};

describe('a page’s scanner answers only its protocol, only from the extension', () => {
  for (const [type, c] of Object.entries(CASES) as [keyof ScannerProtocol, Case][]) {
    describe(type, () => {
      it(`does its work for a well-formed message from ${c.sender}`, async () => {
        const { answered, reply } = await deliver(frame(type, c.data), SENDERS[c.sender]);
        expect(answered).toBe(true);
        expect(reply).not.toHaveProperty('err');
        c.done((reply as { res: unknown }).res);
      });

      it.each(FOREIGN)('ignores it from %s, without throwing', async (sender) => {
        const { reply } = await deliver(frame(type, c.data), SENDERS[sender]);
        expect(reply ?? {}).toEqual({ res: undefined });
        nothingDone();
      });

      it.each(c.bad.map((data) => [label(data), data]))('ignores it with data %s, without throwing', async (_, data) => {
        const { reply } = await deliver(frame(type, data), SENDERS[c.sender]);
        expect(reply ?? {}).toEqual({ res: undefined });
        nothingDone();
      });
    });
  }

  it.each([
    ['a string', 'stepFigure'],
    ['null', null],
    ['a frame without a timestamp', { id: 1, type: 'stepFigure', data: { direction: 'next' } }],
    ['a message for the background', frame('openSource', { claimId: '002_5eb9459cdb95d9f7#1' })],
    ['a frame whose type is a name every object has', { ...frame('stepFigure', { direction: 'next' }), type: 'constructor' }],
  ])('ignores %s, without throwing', async (_, message) => {
    await deliver(message, SENDERS.background);
    nothingDone();
  });
});
