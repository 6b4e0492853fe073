/** Who may send the background each message, and what its data must be (see accept.ts). */
import { ESTIMATE_ID } from '../corpus/record';
import { CLAIM_ID } from '../corpus/schema';
import { fields, fromContentScript, fromExtension, type Listen, listenChecked, nothing, type Rules, text, wholeNumber } from './accept';
import { type BackgroundProtocol, MAX_SELECTION_TEXT } from './protocol';

/** A seed claim's id or an estimate on record's: what a card's "Read the source" and "Read the reports" name. */
const ON_RECORD_ID = new RegExp(`${CLAIM_ID.source}|${ESTIMATE_ID.source}`);

export const BACKGROUND_RULES = {
  scanFrame: { from: fromContentScript, data: nothing },
  loadCardKit: { from: fromContentScript, data: nothing },
  openSource: { from: fromContentScript, data: fields({ claimId: text(120, ON_RECORD_ID) }) },
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
