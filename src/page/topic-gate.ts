/**
 * The cheap gate every page passes through: one `textContent` read and one regex
 * test. A page that never names North Korea costs nothing more; content that
 * arrives later is tested as it comes, without rereading the page.
 */
import { NORTH_KOREA_ANY_CASE } from '../engine/topic-keywords';

export function mentionsNorthKorea(node: Node): boolean {
  return NORTH_KOREA_ANY_CASE.test(node.textContent ?? '');
}

/** Calls `onTopic` once, as soon as content added under `root` names North Korea. */
export function watchForTopic(root: Node, signal: AbortSignal, onTopic: () => void): void {
  const observer = new MutationObserver((records) => {
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
    }
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}
