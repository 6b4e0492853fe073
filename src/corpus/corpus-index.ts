/** The corpus, checked and indexed for lookups by measure and by source. */
import type { Measure } from '../engine/measures';
import { type Claim, type Corpus, type Source, type SourceFile, validateCorpus } from './schema';

export interface CorpusIndex extends Corpus {
  readonly byMeasure: ReadonlyMap<Measure, readonly Claim[]>;
  readonly sourceById: ReadonlyMap<string, Source>;
}

export class CorpusError extends Error {
  constructor(readonly issues: readonly string[]) {
    super(`The corpus is not valid:\n- ${issues.join('\n- ')}`);
    this.name = 'CorpusError';
  }
}

/** Validates source files as a whole and indexes them; throws CorpusError listing every problem. */
export function indexCorpus(files: readonly unknown[]): CorpusIndex {
  const result = validateCorpus(files);
  if (!('corpus' in result)) throw new CorpusError(result.issues);
  return indexOf(result.corpus);
}

/** Indexes a corpus already checked. */
export function indexOf({ sources, claims }: Corpus): CorpusIndex {
  const byMeasure = new Map<Measure, Claim[]>();
  for (const claim of claims) {
    const list = byMeasure.get(claim.measure) ?? [];
    list.push(claim);
    byMeasure.set(claim.measure, list);
  }
  return { sources, claims, byMeasure, sourceById: new Map(sources.map((s) => [s.id, s])) };
}

/** A corpus with more (checked) source files after its own: the bundled corpus and what the reader imported. */
export function withSources(base: Corpus, files: readonly SourceFile[]): CorpusIndex {
  return indexOf({
    sources: [...base.sources, ...files.map((f) => f.source)],
    claims: [...base.claims, ...files.flatMap((f) => f.claims)],
  });
}
