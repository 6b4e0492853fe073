/**
 * The card's line on whose estimate the page reports: "This article reports the
 * estimate of 28 Oct 2024 by …", or why one estimate is likely its source, with
 * the original report at its sentence. The comparison decided; this only shows it.
 */

import type { LikelySource } from '../compare/likely-source';
import type { CorpusIndex } from '../corpus/corpus-index';
import { h } from './h';
import { originalLink } from './original-link';
import { words } from './words';

export function likelySourceLine(doc: Document, likely: LikelySource, corpus: CorpusIndex): HTMLParagraphElement {
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
