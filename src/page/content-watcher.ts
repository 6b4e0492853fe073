/**
 * Follows a dynamic page (infinite scroll, live blogs, single-page navigation,
 * re-rendering frameworks): mutations are gathered and, once the page is quiet
 * for a moment, only what was added or rewritten is handed on to be scanned;
 * figures of removed content are dropped. Nothing rereads the whole page.
 */
import { BLOCK_ELEMENTS } from './block-elements';
import { FOLLOWED, followNewBodies, observeContent } from './follow-content';

/** Wait this long after the last mutation… */
export const QUIET_MS = 150;
/** …but never longer than this after the first. */
export const MAX_WAIT_MS = 1000;

export interface ContentChanges {
  /** The added or rewritten subtrees, outermost only, in document order. */
  readonly added: readonly Node[];
  /** Whether anything was removed or rewritten (figures may have gone). */
  readonly removed: boolean;
}

/** The block an inline change belongs to, so that its sentence is read whole; at most its whole shadow tree. */
export function blockAround(node: Node): Node {
  for (let n: Node | null = node; n; n = n.parentNode) {
    if (n.nodeType === 1 && BLOCK_ELEMENTS.has((n as Element).tagName.toLowerCase())) return n;
    if (n.nodeType === 11) return n;
  }
  return node;
}

/** Keeps the outermost of `nodes` that are still on the page, in document order. */
export function outermost(nodes: Iterable<Node>): Node[] {
  const connected = [...new Set(nodes)].filter((n) => n.isConnected);
  const kept = connected.filter((n) => !connected.some((other) => other !== n && other.contains(n)));
  return kept.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
}

/** What a watch can be told after it started. */
export interface ContentWatch {
  /** Follows the changes under one more root too: an open shadow root the scanner read. */
  observe(root: Node): void;
}

/**
 * Watches `root` (the page's body), the open shadow roots it is told of, and,
 * when `root` is the body, the document element's children: a page that swaps
 * in a whole new <body> (as Turbo and its kin navigate) is followed into it.
 */
export function watchContent(
  root: Node,
  signal: AbortSignal,
  onChanges: (changes: ContentChanges) => void,
  ignore: (node: Node) => boolean = () => false,
): ContentWatch {
  let added = new Set<Node>();
  let removed = false;
  let quiet: ReturnType<typeof setTimeout> | undefined;
  let deadline: ReturnType<typeof setTimeout> | undefined;
  let html: Node | null = null;
  const isBody = (node: Node) => node.nodeName === 'BODY';

  const flush = () => {
    clearTimeout(quiet);
    clearTimeout(deadline);
    quiet = deadline = undefined;
    const changes = { added: outermost(added), removed };
    added = new Set();
    removed = false;
    if (changes.added.length > 0 || changes.removed) onChanges(changes);
  };

  const observer = new MutationObserver((records) => {
    let relevant = false;
    for (const record of records) {
      if (record.target === html) {
        // The document element's own children: only a body coming or going matters.
        for (const body of followNewBodies(observer, record)) {
          added.add(body);
          relevant = true;
        }
        if ([...record.removedNodes].some(isBody)) removed = relevant = true;
        continue;
      }
      if (record.type === 'characterData') {
        const parent = record.target.parentNode;
        if (parent && !ignore(parent)) {
          added.add(blockAround(parent));
          removed = relevant = true;
        }
        continue;
      }
      for (const node of record.addedNodes) {
        if (ignore(node)) continue;
        added.add(blockAround(node));
        relevant = true;
      }
      if ([...record.removedNodes].some((n) => !ignore(n))) removed = relevant = true;
    }
    if (!relevant) return;
    clearTimeout(quiet);
    quiet = setTimeout(flush, QUIET_MS);
    deadline ??= setTimeout(flush, MAX_WAIT_MS);
  });
  html = observeContent(observer, root);
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      clearTimeout(quiet);
      clearTimeout(deadline);
    },
    { once: true },
  );
  return {
    observe(node) {
      if (!signal.aborted) observer.observe(node, FOLLOWED);
    },
  };
}
