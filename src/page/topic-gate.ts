/**
 * The cheap gate every page passes through: one `textContent` read and one regex
 * test. A page that never names North Korea costs nothing more; content that
 * arrives later is tested as it comes, without rereading the page.
 */
import { mentionsNorthKorea } from '../engine/topic-keywords';
import { followNewBodies, observeContent } from './follow-content';
import { withoutMarks } from './visible-text';

export function namesNorthKorea(node: Node): boolean {
  const text = node.textContent ?? '';
  // A name with a soft hyphen or a bidi mark in it ("Pyong&shy;yang") is the name the reader sees.
  if (mentionsNorthKorea(text)) return true;
  const seen = withoutMarks(text);
  return seen !== null && mentionsNorthKorea(seen);
}

/** The one extension API the gate touches; read bare so that the gate carries no polyfill. */
declare const chrome: { runtime?: { id?: string } } | undefined;

/** False once the extension was updated, disabled or removed under a running script. */
export function extensionAlive(): boolean {
  return typeof chrome !== 'undefined' && chrome.runtime?.id !== undefined;
}

/**
 * Calls `onTopic` once, as soon as content added under `root` names North
 * Korea. Stops watching then, or as soon as `alive()` turns false. When `root`
 * is the body, a whole new <body> the page swaps in is watched too.
 */
export function watchForTopic(root: Node, onTopic: () => void, alive: () => boolean): void {
  let html: Node | null = null;
  const observer = new MutationObserver((records) => {
    if (!alive()) {
      observer.disconnect();
      return;
    }
    for (const record of records) {
      const hit =
        record.type === 'characterData' ? namesNorthKorea(record.target) : [...record.addedNodes].some((node) => namesNorthKorea(node));
      if (hit) {
        observer.disconnect();
        onTopic();
        return;
      }
      if (record.target === html) followNewBodies(observer, record);
    }
  });
  html = observeContent(observer, root);
}
