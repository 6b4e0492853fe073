/**
 * What a page's scanner accepts (see accept.ts): only messages from the
 * extension itself, the background or the popup, never from any script in a
 * web page, each with data of its type.
 */
import { fields, fromExtension, type Listen, listenChecked, nothing, oneOf, type Rules, text, wholeNumber } from './accept';
import { MAX_SELECTION_TEXT, type ScannerProtocol } from './protocol';

export const SCANNER_RULES = {
  stepFigure: { from: fromExtension, data: fields({ direction: oneOf('next', 'previous') }) },
  listFigures: { from: fromExtension, data: nothing },
  revealFigure: { from: fromExtension, data: fields({ index: wholeNumber }) },
  compareSelection: { from: fromExtension, data: fields({ text: text(MAX_SELECTION_TEXT) }) },
} as const satisfies Rules<ScannerProtocol>;

/** The scanner's listener: call once per scanner, then register each handler on it. */
export function listenInScanner(): Listen<ScannerProtocol, typeof SCANNER_RULES> {
  return listenChecked<ScannerProtocol, typeof SCANNER_RULES>(SCANNER_RULES);
}
