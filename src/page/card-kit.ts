/**
 * The half of the in-page work that only a page with figures needs: the corpus,
 * the comparison and the card (with @floating-ui/dom). The scanner
 * that runs on every page naming North Korea stays small; the background loads
 * this kit into the frame (`/card-kit.js`) once the scanner has a figure to
 * compare or the reader asks for a card. Both scripts run in the extension's
 * isolated world of the frame, so the kit hands itself over on that world's
 * global object, which the page cannot see.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Comparison, Measured } from '../compare/compare';
import { CARD_KIT_KEY } from '../names/page-names';
import type { HighlightStyle } from '../settings/settings-values';
import type { Words } from '../words/phrase';
import type { HighlightRegistry, MarkedFigure } from './highlight-registry';

/** What the scanner asks of the open card. */
export interface Cards {
  readonly current: MarkedFigure | null;
  step(direction: 'next' | 'previous'): Promise<boolean>;
  reveal(marked: MarkedFigure): Promise<void>;
  show(marked: MarkedFigure, by: 'hover' | 'click' | 'keyboard'): Promise<void>;
  showNoFigure(range: Range, selected: string): Promise<void>;
  close(restoreFocus?: boolean): void;
}

export interface CardKit {
  /** Where a figure stands among the corpus's estimates (the page's date, where known, decides whose estimate it reports). */
  compare(figure: Measured): Comparison;
  /** Engine phrases in the reader's language (the messages stay out of the scanner too). */
  words(said: Words): string;
  /** The card for the registry's figures, listening to the page's pointer and keys until `ctx` ends. */
  cards(ctx: ContentScriptContext, registry: HighlightRegistry): Cards;
  /** The highlight styles for the page's open shadow roots (shadow-styles.ts), in the reader's style. */
  shadowStyles(style: HighlightStyle): ShadowStyler;
}

/** Gives shadow roots holding figures the highlight styles, follows the reader's style, and takes them away. */
export interface ShadowStyler {
  adopt(root: ShadowRoot): void;
  setStyle(style: HighlightStyle): void;
  clear(): void;
}

type Holder = { [CARD_KIT_KEY]?: Promise<CardKit> };

/**
 * Run by the kit's script: leave the kit where the scanner will take it. The
 * kit is a promise, since it reads the sources the reader imported before it
 * can compare.
 */
export function offerCardKit(kit: Promise<CardKit>): void {
  (globalThis as Holder)[CARD_KIT_KEY] = kit;
}

/** Run by the scanner once the background has loaded the kit's script: take it. */
export function takeCardKit(): Promise<CardKit> {
  const holder = globalThis as Holder;
  const kit = holder[CARD_KIT_KEY];
  if (!kit) throw new Error('Rangefinder: the card kit did not load into this frame.');
  delete holder[CARD_KIT_KEY];
  return kit;
}
