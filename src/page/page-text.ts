/**
 * The page's text as the engine reads it: text nodes joined in document order, a
 * line break between blocks, and a map back from offsets to nodes. Reads
 * `textContent`-level data only, so it never forces layout.
 */

import { CARD_HOST } from '../names/page-names';
import { BLOCK_ELEMENTS, hiddenByAttributes, NOT_PROSE_ELEMENTS, UNREAD_ELEMENTS } from './block-elements';
import { collapse } from './visible-text';

/**
 * The unread elements and those that are no prose, as the checker skips them
 * too (block-elements.ts), and the card's own host (its shadow root is open).
 */
const SKIP = new Set([...UNREAD_ELEMENTS, ...NOT_PROSE_ELEMENTS, CARD_HOST]);

export interface PageText {
  readonly text: string;
  readonly nodes: readonly Text[];
  /** Where each node's text starts in `text`. */
  readonly starts: readonly number[];
  /** For a node whose text was read other than as written (see `collapse`), where its offsets shift; else null. */
  readonly cuts: readonly (readonly number[] | null)[];
  /** The lines that are all link (a menu item, a related story), in order: the detector reads them apart. */
  readonly links: readonly { readonly start: number; readonly end: number }[];
}

/** Whether a text node is part of a link. */
const linked = (node: Text) => node.parentElement?.closest('a[href]') != null;

function skipped(element: Element): boolean {
  return (
    SKIP.has(element.tagName.toLowerCase()) ||
    hiddenByAttributes(element) ||
    // Editable because an ancestor is: the attribute rule sees only the box itself.
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

/** The block a text node belongs to, within `root`; the top of a shadow tree is a block of its own. */
function blockOf(node: Node, root: Node): Node {
  let n = node.parentNode;
  for (; n && n !== root; n = n.parentNode) {
    if (n.nodeType === 1 && BLOCK_ELEMENTS.has((n as Element).tagName.toLowerCase())) return n;
    if (n.nodeType === 11) return n;
  }
  return root;
}

export interface ReadOptions {
  /** A subtree not to read (already read on its own, such as the article read first). */
  readonly skip?: Node | null;
  /** Hears of each open shadow root read, so that its changes can be followed. */
  readonly onShadowRoot?: (root: ShadowRoot) => void;
}

/** Reads the text under `root` in one go. */
export function readPageText(root: Node, options: ReadOptions = {}): PageText {
  const reading = readPageTextInSlices([root], options);
  for (let step = reading.next(); ; step = reading.next()) if (step.done) return step.value;
}

/** What one reading keeps across nested walks: text nodes met, and whether a block element stood since the last. */
interface Reading {
  count: number;
  broken: boolean;
}

/** Text nodes read between two chances to pause. */
const NODES_PER_STEP = 200;

/**
 * The text nodes under `root` in order, with the text of each open shadow root
 * where its host stands (before the host's own children, which only show where
 * the shadow tree places them). Yields null every few hundred nodes, for a pause.
 */
function* textNodesUnder(root: Node, options: ReadOptions, counter: Reading): Generator<Text | null, void, void> {
  const doc = root.ownerDocument ?? (root as Document);
  const hosts: ShadowRoot[] = [];
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => {
      if (n.nodeType !== 1) return NodeFilter.FILTER_ACCEPT;
      if (n === options.skip || skipped(n as Element)) return NodeFilter.FILTER_REJECT;
      // A block with no text of its own (`<br>`, `<img>`) breaks the line all the same, as the checker's reader has it.
      if (BLOCK_ELEMENTS.has((n as Element).tagName.toLowerCase())) counter.broken = true;
      // Only open shadow roots are seen; a closed one is the page's own business.
      const shadow = (n as Element).shadowRoot;
      if (shadow) hosts.push(shadow);
      return NodeFilter.FILTER_SKIP;
    },
  });
  // The walker never shows it its root: a root that hosts a shadow tree is read from that tree first.
  const own = root.nodeType === 1 ? (root as Element).shadowRoot : null;
  if (own) hosts.push(own);
  for (let n = walker.nextNode(); ; n = walker.nextNode()) {
    // The hosts met on the way to this node come before it.
    while (hosts.length > 0) {
      const shadow = hosts.shift()!;
      options.onShadowRoot?.(shadow);
      yield* textNodesUnder(shadow, options, counter);
    }
    if (!n) return;
    yield n as Text;
    if (++counter.count % NODES_PER_STEP === 0) yield null;
  }
}

/**
 * Reads the text under each of `roots`, in order, as one text; a line break
 * separates roots, blocks and shadow trees. Yields every few hundred nodes so
 * that a caller can pause.
 */
export function* readPageTextInSlices(roots: readonly Node[], options: ReadOptions = {}): Generator<void, PageText, void> {
  const nodes: Text[] = [];
  const starts: number[] = [];
  const cuts: (number[] | null)[] = [];
  const parts: string[] = [];
  const links: { start: number; end: number }[] = [];
  let length = 0;
  /** Whether the text so far ends in a space or a line break (or is empty): white space next collapses away. */
  let spaced = true;
  /** Where the current line starts, and whether all its text so far is link (null: it has none yet). */
  let lineStart = 0;
  let allLink: boolean | null = null;
  const breakLine = () => {
    if (allLink) links.push({ start: lineStart, end: length });
    parts.push('\n');
    length += 1;
    spaced = true;
    lineStart = length;
    allLink = null;
  };
  const counter: Reading = { count: 0, broken: false };
  for (const root of roots) {
    if (insideSkipped(root)) continue;
    let block: Node | null = null;
    if (length > 0) breakLine();
    for (const n of textNodesUnder(root, options, counter)) {
      if (n === null) {
        yield;
        continue;
      }
      if (n.data.length === 0) continue;
      const here = blockOf(n, root);
      if (block !== null && (here !== block || counter.broken)) breakLine();
      counter.broken = false;
      block = here;
      const read = collapse(n.data, spaced);
      if (read.text.length === 0) continue;
      nodes.push(n);
      starts.push(length);
      cuts.push(read.cuts);
      parts.push(read.text);
      length += read.text.length;
      spaced = read.text.charCodeAt(read.text.length - 1) === 32;
      if (read.text !== ' ') allLink = (allLink ?? true) && linked(n);
    }
  }
  if (allLink) links.push({ start: lineStart, end: length });
  return { text: parts.join(''), nodes, starts, cuts, links };
}

/** Which node holds offset `at`, by binary search. */
function nodeAt(page: PageText, at: number, end: boolean): number {
  let lo = 0;
  let hi = page.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (page.starts[mid]! < at || (!end && page.starts[mid] === at)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The offset in node `k`'s own data of offset `at` of its text as read. */
function writtenOffset(page: PageText, k: number, at: number): number {
  const cuts = page.cuts[k];
  if (!cuts) return at;
  // The last cut at or before `at`, by binary search over the pairs.
  let lo = -1;
  let hi = cuts.length / 2 - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (cuts[mid * 2]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo < 0 ? at : at + cuts[lo * 2 + 1]!;
}

/** The node and offset in its data of offset `at` of the page text: where a range starts, or (`end`) ends. */
function locate(page: PageText, at: number, end: boolean): { node: Text; offset: number } {
  const k = nodeAt(page, at, end);
  const local = at - page.starts[k]!;
  // An end lies just after the last character it takes, not before what collapsed after it.
  const offset = end && local > 0 ? writtenOffset(page, k, local - 1) + 1 : writtenOffset(page, k, local);
  return { node: page.nodes[k]!, offset };
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
