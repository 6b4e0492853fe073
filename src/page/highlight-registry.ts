/**
 * The figures marked on the page, each with its comparison and its live DOM
 * range, and the CSS highlights that draw them (named in src/names/page-names.ts).
 * No node of the page is touched.
 */
import type { Comparison } from '../compare/compare';
import type { Figure } from '../engine/detect-figures';
import type { Measure } from '../engine/measures';
import { HIGHLIGHT_KINDS, highlightKind, highlightName } from '../names/page-names';
import { compareStarts } from './composed-order';
import { readsAs } from './visible-text';

export interface MarkedFigure {
  readonly figure: Figure;
  readonly comparison: Comparison;
  readonly range: Range;
}

function supported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/** The text nodes a range touches, for finding the figure under the pointer. */
function textNodesOf(range: Range): Text[] {
  if (range.startContainer === range.endContainer) return range.startContainer.nodeType === 3 ? [range.startContainer as Text] : [];
  const root = range.commonAncestorContainer;
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (range.intersectsNode(n)) nodes.push(n as Text);
  return nodes;
}

/** The text a range covers; read straight from the node when it lies in one (most figures), without building a fragment. */
export function rangeText(range: Range): string {
  const node = range.startContainer;
  return node === range.endContainer && node.nodeType === 3
    ? (node as Text).data.slice(range.startOffset, range.endOffset)
    : range.toString();
}

/** A figure's range is gone once its text was removed or rewritten. */
function stale(marked: MarkedFigure): boolean {
  const { range, figure } = marked;
  return range.collapsed || !range.startContainer.isConnected || !readsAs(rangeText(range), figure.text);
}

export class HighlightRegistry {
  private marked: MarkedFigure[] = [];
  private readonly byNode = new Map<Text, MarkedFigure[]>();
  private readonly highlights = new Map<string, Highlight>();
  private active: MarkedFigure | null = null;
  /** Marked but not yet drawn: each change to a highlight repaints the page, so they are drawn in batches. */
  private pending: MarkedFigure[] = [];
  /** Measures the reader chose not to see: their figures stay known but are neither drawn nor stepped to. */
  private hidden: ReadonlySet<Measure> = new Set();
  /** The marks in shadow trees: the card looks for figures under the pointer there only if there are some. */
  private readonly inShadow = new Set<MarkedFigure>();

  /**
   * `onDrawn` hears how many figures are shown after each change to what is
   * drawn; `onShadowRoot`, of each shadow root a figure is marked in (for its styles).
   */
  constructor(
    private readonly onDrawn: (shown: number) => void = () => undefined,
    private readonly onShadowRoot: (root: ShadowRoot) => void = () => undefined,
  ) {
    if (!supported()) return;
    for (const kind of [...HIGHLIGHT_KINDS, 'active'] as const) {
      const highlight = new Highlight();
      // The open card's figure is drawn above its stance colour.
      if (kind === 'active') highlight.priority = 1;
      this.highlights.set(highlightName(kind), highlight);
      CSS.highlights.set(highlightName(kind), highlight);
    }
  }

  get size(): number {
    return this.marked.length;
  }

  /** Whether any figure is marked inside a shadow root. */
  get inShadowTrees(): boolean {
    return this.inShadow.size > 0;
  }

  /** Marks a figure, unless the same text is already marked. */
  add(marked: MarkedFigure): boolean {
    const nodes = textNodesOf(marked.range);
    const existing = nodes.flatMap((n) => this.byNode.get(n) ?? []);
    // The cheap test first: only a mark that starts where this one does can be the same figure.
    if (existing.some((m) => compareStarts(m.range, marked.range) === 0 && !stale(m))) return false;
    this.marked.push(marked);
    const root = marked.range.startContainer.getRootNode();
    if (root.nodeType === 11) {
      this.inShadow.add(marked);
      this.onShadowRoot(root as ShadowRoot);
    }
    for (const node of nodes) {
      const list = this.byNode.get(node);
      if (list) list.push(marked);
      else this.byNode.set(node, [marked]);
    }
    this.pending.push(marked);
    return true;
  }

  /** How many figures are shown; cheap, as it runs after every batch drawn. */
  private shownCount(): number {
    let n = 0;
    for (const marked of this.marked) if (this.shown(marked)) n++;
    return n;
  }

  private shown(marked: MarkedFigure): boolean {
    return !this.hidden.has(marked.figure.measure);
  }

  /** Hides the figures of some measures and shows the rest again, redrawing at once. */
  setHidden(measures: Iterable<Measure>): void {
    this.hidden = new Set(measures);
    for (const kind of HIGHLIGHT_KINDS) this.highlights.get(highlightName(kind))?.clear();
    this.pending = [...this.marked];
    this.flush();
    if (this.active && !this.shown(this.active)) this.setActive(null);
  }

  /** Draws the figures marked since the last call. */
  flush(): void {
    // Pending figures are all still marked: prune and clear take theirs out of `pending` too.
    for (const marked of this.pending) {
      if (this.shown(marked)) this.highlights.get(highlightName(highlightKind(marked.comparison.stance)))?.add(marked.range);
    }
    this.pending = [];
    this.onDrawn(this.shownCount());
  }

  /** Drops the figures whose text left the page or changed. Returns how many went. */
  prune(): number {
    const gone = new Set(this.marked.filter(stale));
    if (gone.size === 0) return 0;
    this.marked = this.marked.filter((m) => !gone.has(m));
    this.pending = this.pending.filter((m) => !gone.has(m));
    for (const marked of gone) {
      this.inShadow.delete(marked);
      this.highlights.get(highlightName(highlightKind(marked.comparison.stance)))?.delete(marked.range);
      if (this.active === marked) this.setActive(null);
    }
    for (const [node, list] of this.byNode) {
      const kept = list.filter((m) => !gone.has(m));
      if (kept.length === 0 || !node.isConnected) this.byNode.delete(node);
      else this.byNode.set(node, kept);
    }
    this.onDrawn(this.shownCount());
    return gone.size;
  }

  /** The marked figure at a caret position (a text node and offset), if any. */
  at(node: Node, offset: number): MarkedFigure | null {
    if (node.nodeType !== 3) return null;
    const candidates = this.byNode.get(node as Text) ?? [];
    return candidates.find((m) => !stale(m) && this.shown(m) && m.range.isPointInRange(node, offset)) ?? null;
  }

  /** The figures shown, in document order. */
  inOrder(): MarkedFigure[] {
    return this.marked.filter((m) => !stale(m) && this.shown(m)).sort((a, b) => compareStarts(a.range, b.range));
  }

  /** The figure after (or before) `from` in document order; wraps around. */
  step(from: MarkedFigure | null, direction: 'next' | 'previous'): MarkedFigure | null {
    const all = this.inOrder();
    if (all.length === 0) return null;
    const here = from ? all.indexOf(from) : -1;
    if (here === -1) return direction === 'next' ? all[0]! : all[all.length - 1]!;
    return all[(here + (direction === 'next' ? 1 : all.length - 1)) % all.length]!;
  }

  setActive(marked: MarkedFigure | null): void {
    this.active = marked;
    const highlight = this.highlights.get(highlightName('active'));
    highlight?.clear();
    if (marked) highlight?.add(marked.range);
  }

  getActive(): MarkedFigure | null {
    return this.active;
  }

  clear(): void {
    this.marked.length = 0;
    this.inShadow.clear();
    this.pending = [];
    this.byNode.clear();
    this.active = null;
    if (!supported()) return;
    for (const name of this.highlights.keys()) CSS.highlights.delete(name);
    this.highlights.clear();
  }
}
