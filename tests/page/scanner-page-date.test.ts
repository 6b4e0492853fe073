// @vitest-environment happy-dom
/**
 * The extension compares a page's figures as the checker does: with the date
 * the page gives (publication-date.ts), read once, so the card says of whose
 * estimate the page reports what the checker says.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { compareFigure, type Measured } from '../../src/compare/compare';
import { bundledCorpus } from '../../src/corpus/bundled-corpus';
import type { CardKit, Cards } from '../../src/page/card-kit';
import { ScannerContext } from '../../src/page/scanner-context';
import { ShadowStyles } from '../../src/page/shadow-styles';
import { startScanner } from '../../src/page/start-scanner';
import { english } from '../../src/words/english';
import { say } from '../../src/words/phrase';
import { deliver, frame, SENDERS } from '../messaging/deliver';

// An invented page in the shape of a report: the NIS's 11,000 on record was said after 20 November 2024.
const ARTICLE = '<article><p>Park said the NIS estimates the number of North Korean troops sent to Russia at around 11,000.</p></article>';

let ctx: ScannerContext;
beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(console, 'debug').mockImplementation(() => undefined);
});
afterEach(() => {
  ctx.notifyInvalidated();
  vi.restoreAllMocks();
  document.head.innerHTML = '';
});

/** Scans the article under `head`; gives every figure the kit was asked to compare. */
async function compared(head: string): Promise<Measured[]> {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL('https://news.example/article');
  document.head.innerHTML = head;
  document.body.innerHTML = ARTICLE;
  const asked: Measured[] = [];
  const kit: CardKit = {
    compare: (figure) => {
      asked.push(figure);
      return compareFigure(figure, bundledCorpus);
    },
    words: (said) => say(said, english),
    cards: () => ({}) as Cards,
    shadowStyles: (style) => new ShadowStyles(style),
  };
  ctx = new ScannerContext('scanner');
  await startScanner(ctx, async () => kit);
  await vi.waitFor(async () => expect((await deliver(frame('listFigures'), SENDERS.popup)).reply).toMatchObject({ res: [{}] }), {
    interval: 5,
  });
  return asked;
}

describe('the page’s date in the extension’s comparison', () => {
  it('goes with every figure of a page that gives one, as the checker reads it', async () => {
    const asked = await compared('<meta property="article:published_time" content="2024-11-20T10:00:00+09:00">');
    expect(asked.map((f) => f.published)).toEqual(['2024-11-20']);
    // No estimate of the NIS's made after the page is named as the one it reports.
    expect(compareFigure(asked[0]!, bundledCorpus).likelySource).toBeUndefined();
  });

  it('is left out where the page gives none', async () => {
    const asked = await compared('<title>20 November 2024</title>');
    expect(asked).toHaveLength(1);
    expect(asked[0]!.published).toBeUndefined();
  });
});
