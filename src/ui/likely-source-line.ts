/**
 * The card's line on whose estimate the page reports: "This article reports the
 * estimate of 28 Oct 2024 by …", or why one estimate is likely its source, with
 * the original report at its sentence, or that it is one of a body's several
 * estimates. The comparison decided; this only shows it.
 */

import type { LikelySource } from '../compare/likely-source';
import type { CorpusIndex } from '../corpus/corpus-index';
import { h } from './h';
import { originalLink } from './original-link';
import { words } from './words';

export function likelySourceLine(doc: Document, likely: LikelySource, corpus: CorpusIndex): HTMLParagraphElement {
  // One of several: each is in the card's list with its own original; the line names no one of them.
  if (likely.basis === 'one-of') {
    const ids = likely.among.map((e) => e.id).join(' ');
    return h(doc, 'p', { class: 'likely-source', 'data-basis': likely.basis, 'data-claims': ids }, words(likely.text));
  }
  const { estimate } = likely;
  return h(
    doc,
    'p',
    { class: 'likely-source', 'data-basis': likely.basis, 'data-claim': estimate.id },
    words(likely.text),
    ' ',
    originalLink(doc, estimate, corpus.sourceById.get(estimate.source), 'action original'),
  );
}
