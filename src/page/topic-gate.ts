/**
 * The cheap gate every page passes through: one `textContent` read and one regex
 * test. A page that never names North Korea costs nothing more; content that
 * arrives later is tested as it comes, without rereading the page.
 */
import { NORTH_KOREA_ANY_CASE } from '../engine/topic-keywords';

export function mentionsNorthKorea(node: Node): boolean {
  return NORTH_KOREA_ANY_CASE.test(node.textContent ?? '');
}

/** The one extension API the gate touches; read bare so that the gate carries no polyfill. */
declare const chrome: { runtime?: { id?: string } } | undefined;

/** False once the extension was updated, disabled or removed under a running script. */
export function extensionAlive(): boolean {
  return typeof chrome !== 'undefined' && chrome.runtime?.id !== undefined;
}

const FOLLOWED: MutationObserverInit = { childList: true, subtree: true, characterData: true };

/**
 * Calls `onTopic` once, as soon as content added under `root` names North
 * Korea. Stops watching then, or as soon as `alive()` turns false. When `root`
 * is the body, a whole new <body> the page swaps in is watched too.
 */
export function watchForTopic(root: Node, onTopic: () => void, alive: () => boolean): void {
  const html = root.ownerDocument?.documentElement ?? null;
  const observer = new MutationObserver((records) => {
    if (!alive()) {
      observer.disconnect();
      return;
    }
    for (const record of records) {
      const hit =
        record.type === 'characterData'
          ? mentionsNorthKorea(record.target)
          : [...record.addedNodes].some((node) => mentionsNorthKorea(node));
      if (hit) {
        observer.disconnect();
        onTopic();
        return;
      }
      if (record.target === html) for (const node of record.addedNodes) if (node.nodeName === 'BODY') observer.observe(node, FOLLOWED);
    }
  });
  observer.observe(root, FOLLOWED);
  if (html && root.parentNode === html) observer.observe(html, { childList: true });
}
