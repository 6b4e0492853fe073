/**
 * The scanner's content-script context, which a page cannot end.
 *
 * WXT's context ends an older copy of a script when a newer one starts in the
 * frame (the scanner is loaded again when the reader asks for a scan, or by the
 * context menu) by a `CustomEvent` on `document`. A page sees that document too:
 * by dispatching the same event, named after the extension's id, which is no
 * secret, it could end the scanner and wipe its marks. Here the newer copy also
 * says so in the extension's isolated world, which the page cannot reach, and
 * the event is heeded only when that says a newer copy started, or when the
 * extension is gone (updated or removed under the page), which is the case the
 * event exists for.
 */
import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { SCANNER_CONTEXT_KEY } from '../names/page-names';

/** The isolated world's global object: the extension's scripts in this frame share it, the page does not. */
type World = { [SCANNER_CONTEXT_KEY]?: ContentScriptContext };

export class ScannerContext extends ContentScriptContext {
  override stopOldScripts(): void {
    (globalThis as World)[SCANNER_CONTEXT_KEY] = this;
    super.stopOldScripts();
  }

  override verifyScriptStartedEvent(event: CustomEvent): boolean {
    return super.verifyScriptStartedEvent(event) && ((globalThis as World)[SCANNER_CONTEXT_KEY] !== this || !browser.runtime?.id);
  }
}
