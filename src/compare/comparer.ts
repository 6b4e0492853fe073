/**
 * Comparisons for one page: a figure that says what an earlier one said (the
 * same measure, unit, scope and value, in the same sentence) gets the same
 * comparison without working it out again. Live blogs and long pages repeat
 * their boilerplate; comparisons never change, so sharing them is safe.
 */
import type { CorpusIndex } from '../corpus/corpus-index';
import { type Comparison, compareFigure, type Measured } from './compare';

/** Enough for any page; past it the memory starts again rather than grow without end. */
const REMEMBERED = 2_000;

/** Everything compareFigure reads of a figure, as one key. */
function keyOf(figure: Measured): string {
  const value = typeof figure.value === 'number' ? figure.value : `${figure.value.low}-${figure.value.high}`;
  return `${figure.measure}\u0000${figure.unit ?? ''}\u0000${figure.scope ?? ''}\u0000${value}\u0000${figure.sentence ?? ''}\u0000${figure.attribution?.text ?? ''}\u0000${figure.published ?? ''}`;
}

export function comparer(corpus: CorpusIndex): (figure: Measured) => Comparison {
  const remembered = new Map<string, Comparison>();
  return (figure) => {
    const key = keyOf(figure);
    let comparison = remembered.get(key);
    if (!comparison) {
      if (remembered.size >= REMEMBERED) remembered.clear();
      comparison = compareFigure(figure, corpus);
      remembered.set(key, comparison);
    }
    return comparison;
  };
}
