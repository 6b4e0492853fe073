/**
 * Document order across shadow trees. `Range.compareBoundaryPoints` throws for
 * ranges in different trees (the document's and a shadow root's), so a figure
 * in a shadow tree is placed where its host stands, before the host's own
 * children: where the page text reads it (see page-text.ts).
 */

/** A range's start as points from the document's tree down: each shadow host, then the start itself. */
function chainOf(range: AbstractRange): [Node, number][] {
  const chain: [Node, number][] = [[range.startContainer, range.startOffset]];
  for (
    let root = range.startContainer.getRootNode();
    root.nodeType === 11 && (root as ShadowRoot).host;
    root = (root as ShadowRoot).host.getRootNode()
  ) {
    chain.unshift([(root as ShadowRoot).host, 0]);
  }
  return chain;
}

/** Negative when `a` starts before `b`, positive after, zero at the same point; never throws for ranges in different trees. */
export function compareStarts(a: Range, b: Range): number {
  if (a.startContainer.getRootNode() === b.startContainer.getRootNode()) return a.compareBoundaryPoints(Range.START_TO_START, b);
  const ca = chainOf(a);
  const cb = chainOf(b);
  for (let i = 0; i < Math.min(ca.length, cb.length); i++) {
    const [na, oa] = ca[i]!;
    const [nb, ob] = cb[i]!;
    if (na === nb && oa === ob) continue;
    // Both points of this level are in one tree: the first level is the document's, each next one a host's shadow tree.
    if (na.getRootNode() !== nb.getRootNode()) return 0;
    const at = (na.ownerDocument ?? (na as Document)).createRange();
    at.setStart(na, oa);
    // comparePoint says where b's point lies against a's: -1 before, 1 after.
    return -at.comparePoint(nb, ob) || ca.length - cb.length;
  }
  return ca.length - cb.length;
}
