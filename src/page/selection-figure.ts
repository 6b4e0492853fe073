/**
 * A figure within a selected range: the range's text is its text nodes' data
 * joined as they are (what `Range.toString()` gives), so offsets in that text
 * lead straight back to nodes.
 */

function textNodesIn(range: Range): Text[] {
  const root = range.commonAncestorContainer;
  if (root.nodeType === 3) return [root as Text];
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (range.intersectsNode(node)) nodes.push(node as Text);
  return nodes;
}

/** The part of `range` from character `start` to `end` of `range.toString()`. */
export function subRange(range: Range, start: number, end: number): Range {
  const part = range.cloneRange();
  let seen = 0;
  let startSet = false;
  for (const node of textNodesIn(range)) {
    const from = node === range.startContainer ? range.startOffset : 0;
    const to = node === range.endContainer ? range.endOffset : node.data.length;
    const length = to - from;
    if (!startSet && start <= seen + length) {
      part.setStart(node, from + (start - seen));
      startSet = true;
    }
    if (startSet && end <= seen + length) {
      part.setEnd(node, from + (end - seen));
      return part;
    }
    seen += length;
  }
  return part;
}

/** Whether two ranges share any text; ranges in different trees (a shadow root's and the document's) never do. */
export function overlaps(a: Range, b: Range): boolean {
  if (a.startContainer.getRootNode() !== b.startContainer.getRootNode()) return false;
  return a.compareBoundaryPoints(Range.START_TO_END, b) > 0 && a.compareBoundaryPoints(Range.END_TO_START, b) < 0;
}
