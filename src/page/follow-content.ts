/**
 * How Rangefinder follows what a page changes, set up one way for the gate
 * (topic-gate.ts) and the scanner (content-watcher.ts): added and removed nodes
 * and rewritten text anywhere under the root, and, when the root is the page's
 * body, a whole new <body> the page swaps in (as Turbo and its kin navigate).
 */

/** Nodes added and removed, and text rewritten, anywhere in the subtree. */
export const FOLLOWED: MutationObserverInit = { childList: true, subtree: true, characterData: true };

/**
 * Starts `observer` on `root` and, when `root` is the body, on the document
 * element's children. Returns that document element, whose records are about
 * bodies coming and going (see `followNewBodies`), or null.
 */
export function observeContent(observer: MutationObserver, root: Node): Node | null {
  observer.observe(root, FOLLOWED);
  const html = root.ownerDocument?.documentElement ?? null;
  if (!html || root.parentNode !== html) return null;
  observer.observe(html, { childList: true });
  return html;
}

/** Follows each <body> a record of the document element's children adds; returns them. */
export function followNewBodies(observer: MutationObserver, record: MutationRecord): Node[] {
  const bodies = [...record.addedNodes].filter((node) => node.nodeName === 'BODY');
  for (const body of bodies) observer.observe(body, FOLLOWED);
  return bodies;
}
