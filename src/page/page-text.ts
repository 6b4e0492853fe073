/**
 * The page's text as the engine reads it: text nodes joined in document order, a
 * line break between blocks, and a map back from offsets to nodes. Reads
 * `textContent`-level data only, so it never forces layout.
 */
import { BLOCK_ELEMENTS, UNREAD_ELEMENTS } from './block-elements';

/** Besides the unread elements, the page's form fields and code are never scanned. */
const SKIP = new Set([...UNREAD_ELEMENTS, 'textarea', 'input', 'option', 'code', 'pre']);

export interface PageText {
  readonly text: string;
  readonly nodes: readonly Text[];
  /** Where each node's text starts in `text`. */
  readonly starts: readonly number[];
}

function skipped(element: Element): boolean {
  return (
    SKIP.has(element.tagName.toLowerCase()) ||
    element.getAttribute('aria-hidden') === 'true' ||
    element.hasAttribute('hidden') ||
    (element as HTMLElement).isContentEditable === true
  );
}

/** The parent of a node; for a shadow root, its host. */
function composedParent(node: Node): Node | null {
  return node.nodeType === 11 && (node as ShadowRoot).host ? (node as ShadowRoot).host : node.parentNode;
}

/** Whether a root to read lies inside text that is never read (a change inside an editor, a hidden box…). */
function insideSkipped(root: Node): boolean {
  for (let n: Node | null = root; n; n = composedParent(n)) if (n.nodeType === 1 && skipped(n as Element)) return true;
  return false;
}

function blockOf(node: Node, root: Node): Node {
  for (let n = node.parentNode; n && n !== root; n = n.parentNode) {
    if (n.nodeType === 1 && BLOCK_ELEMENTS.has((n as Element).tagName.toLowerCase())) return n;
  }
  return root;
}

export interface ReadOptions {
  /** A subtree not to read (already read on its own, such as the article read first). */
  readonly skip?: Node | null;
}

/** Reads the text under `root` in one go. */
export function readPageText(root: Node, options: ReadOptions = {}): PageText {
  const reading = readPageTextInSlices([root], options);
  for (let step = reading.next(); ; step = reading.next()) if (step.done) return step.value;
}

/** Text nodes read between two chances to pause. */
const NODES_PER_STEP = 200;

/**
 * Reads the text under each of `roots`, in order, as one text; a line break
 * separates roots. Yields every few hundred nodes so that a caller can pause.
 */
export function* readPageTextInSlices(roots: readonly Node[], options: ReadOptions = {}): Generator<void, PageText, void> {
  const nodes: Text[] = [];
  const starts: number[] = [];
  const parts: string[] = [];
  let length = 0;
  let count = 0;
  for (const root of roots) {
    if (insideSkipped(root)) continue;
    const doc = root.ownerDocument ?? (root as Document);
    const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
      acceptNode: (n) => {
        if (n.nodeType !== 1) return NodeFilter.FILTER_ACCEPT;
        return n === options.skip || skipped(n as Element) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP;
      },
    });
    let block: Node | null = null;
    if (length > 0) {
      parts.push('\n');
      length += 1;
    }
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const data = (n as Text).data;
      if (data.length === 0) continue;
      const here = blockOf(n, root);
      if (block !== null && here !== block) {
        parts.push('\n');
        length += 1;
      }
      block = here;
      nodes.push(n as Text);
      starts.push(length);
      parts.push(data);
      length += data.length;
      if (++count % NODES_PER_STEP === 0) yield;
    }
  }
  return { text: parts.join(''), nodes, starts };
}

/** The node holding offset `at`, by binary search. */
function locate(page: PageText, at: number, end: boolean): { node: Text; offset: number } {
  let lo = 0;
  let hi = page.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (page.starts[mid]! < at || (!end && page.starts[mid] === at)) lo = mid;
    else hi = mid - 1;
  }
  return { node: page.nodes[lo]!, offset: at - page.starts[lo]! };
}

/**
 * A DOM range over [start, end) of the page text, across inline elements if need
 * be; null when the page changed since it was read so that the range cannot be
 * had any more: a node left the page, or lost the text the offsets point into.
 */
export function rangeOf(page: PageText, start: number, end: number): Range | null {
  const from = locate(page, start, false);
  const to = locate(page, end, true);
  if (!from.node.isConnected || !to.node.isConnected || from.offset > from.node.length || to.offset > to.node.length) return null;
  const range = from.node.ownerDocument.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}
