/**
 * The names Rangefinder uses inside web pages, in one place: the element that
 * hosts the card, the CSS highlights that draw figures and the kinds they come
 * in, and the keys it leaves on its isolated world's global object. The styles
 * for the highlights stand beside them (highlight.css, highlight-styles.ts).
 *
 * Highlights are registered under names that begin with `rangefinder` (the
 * styling and automation hook):
 *
 *   rangefinder-matches   equal to an estimate in the corpus
 *   rangefinder-within    inside the range of the corpus's estimates
 *   rangefinder-outside   above or below every estimate
 *   rangefinder-none      no estimate of that measure
 *   rangefinder-active    the figure whose card is open
 */
import type { Stance } from '../compare/compare';

/** Hovering this long over a figure opens its card. */
export const HOVER_OPEN_MS = 350;

/** The element that hosts the card's shadow root: the scanner leaves it out of what it reads. */
export const CARD_HOST = 'rangefinder-card';

export const HIGHLIGHT_PREFIX = 'rangefinder';

export type HighlightKind = 'matches' | 'within' | 'outside' | 'none';

export const HIGHLIGHT_KINDS: readonly HighlightKind[] = ['matches', 'within', 'outside', 'none'];

/** The highlight a stance is drawn with: above and below every estimate look alike. */
export function highlightKind(stance: Stance): HighlightKind {
  return stance === 'above' || stance === 'below' ? 'outside' : stance;
}

export function highlightName(kind: HighlightKind | 'active'): string {
  return `${HIGHLIGHT_PREFIX}-${kind}`;
}

/** Where the card kit's script leaves the kit for the scanner (card-kit.ts). */
export const CARD_KIT_KEY = '__rangefinderCardKit';

/** Where the newest scanner says it started (scanner-context.ts). */
export const SCANNER_CONTEXT_KEY = '__rangefinderScannerContext';
