/** Who may send the background each message, and what its data must be (see accept.ts). */
import { CLAIM_ID } from '../corpus/schema';
import { fields, fromContentScript, fromExtension, type Listen, listenChecked, nothing, type Rules, text, wholeNumber } from './accept';
import { type BackgroundProtocol, MAX_SELECTION_TEXT } from './protocol';

export const BACKGROUND_RULES = {
  scanFrame: { from: fromContentScript, data: nothing },
  loadCardKit: { from: fromContentScript, data: nothing },
  openSource: { from: fromContentScript, data: fields({ claimId: text(80, CLAIM_ID) }) },
  figuresFound: { from: fromContentScript, data: fields({ count: wholeNumber }) },
  restyleFrame: { from: fromContentScript, data: nothing },
  compareInTab: { from: fromExtension, data: fields({ tabId: wholeNumber, frameId: wholeNumber, text: text(MAX_SELECTION_TEXT) }) },
  scanTab: { from: fromExtension, data: fields({ tabId: wholeNumber }) },
} as const satisfies Rules<BackgroundProtocol>;

export type BackgroundListen = Listen<BackgroundProtocol, typeof BACKGROUND_RULES>;

/** The background's listener: call once per background start, then register each handler on it. */
export function listenInBackground(): BackgroundListen {
  return listenChecked<BackgroundProtocol, typeof BACKGROUND_RULES>(BACKGROUND_RULES);
}
