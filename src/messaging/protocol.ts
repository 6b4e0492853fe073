/**
 * The one messaging contract between the extension's parts. Every message has a
 * typed payload and reply; nothing else travels between them, and anything
 * else that arrives is ignored (src/messaging/accept.ts).
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Stance } from '../compare/compare';
import type { Measure } from '../engine/measures';

export type StepDirection = 'next' | 'previous';

/** A figure marked on a page, as the toolbar popup lists it. */
export interface PageFigure {
  /** Its place in document order, for `revealFigure`. */
  readonly index: number;
  readonly text: string;
  readonly measure: Measure;
  readonly stance: Stance;
  /** What the corpus says of it, in the reader's language. */
  readonly reading: string;
}

/**
 * What the background answers. `scanFrame`, `loadCardKit`, `openSource`,
 * `figuresFound` and `restyleFrame` come from the extension's scripts in a
 * frame of a tab; `compareInTab` and `scanTab` from the extension's own pages.
 * Who may send each, and the shape of its data, is checked on arrival
 * (src/messaging/background-rules.ts).
 */
export interface BackgroundProtocol {
  /** The topic gate found North Korea on this frame's page: load the scanner into it. */
  scanFrame(): void;
  /** From a scanner with a figure to compare, or a card to open: load the card kit into its frame (src/page/card-kit.ts). */
  loadCardKit(): void;
  /** Open the extension's source page at a corpus claim, beside the sender's tab. */
  openSource(data: { claimId: string }): void;
  /** From a frame's scanner: how many figures it marks now, for the toolbar badge. */
  figuresFound(data: { count: number }): void;
  /**
   * What the context menu item does, asked by an extension page: compare a
   * frame's selected text. Headless browsers cannot open menus; the journeys
   * go through this to the menu's own handler.
   */
  compareInTab(data: { tabId: number; frameId: number; text: string }): void;
  /** From the popup, when the reader asked for this tab to be scanned (or turned its site back on). */
  scanTab(data: { tabId: number }): void;
  /** From a scanner whose highlight style changed: restyle its frame. */
  restyleFrame(): void;
}

/**
 * What a page's scanner answers, only ever from the extension itself (the
 * background or the popup), never from a page. Checked on arrival
 * (src/messaging/scanner-rules.ts).
 */
export interface ScannerProtocol {
  /** A keyboard command: step to the next or previous figure of the page and open its card. */
  stepFigure(data: { direction: StepDirection }): boolean;
  /** From the popup to a page's scanner: the figures it marks, in document order. */
  listFigures(): PageFigure[];
  /** From the popup: scroll to a figure and open its card for the keyboard. */
  revealFigure(data: { index: number }): boolean;
  /** The context menu's "Compare with Rangefinder": put the selected text through the engine and open its card. */
  compareSelection(data: { text: string }): void;
}

/** Every message: each is answered by exactly one side, the background or a page's scanner. */
export type ProtocolMap = BackgroundProtocol & ScannerProtocol;

/** The longest selected text the context menu sends to be compared; a longer selection is cut to it. */
export const MAX_SELECTION_TEXT = 10_000;

/**
 * Sending only. Each side listens through its checked listener
 * (src/messaging/accept.ts), never through the library's `onMessage` directly.
 */
export const { sendMessage } = defineExtensionMessaging<ProtocolMap>();
