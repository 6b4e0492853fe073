/** The corpus, checked and indexed for lookups by measure and by source. */
import type { Measure } from '../engine/measures';
import { bodyNamer } from './body-names';
import { type OnRecord, recordClaims } from './on-record';
import type { Body, BodyFile, CorpusRecord, EstimateOf } from './record';
import { type Corpus, type Source, type SourceFile, validateCorpus } from './schema';

export interface CorpusIndex extends Corpus {
  /** The seed documents' claims, then the estimates on record. */
  readonly claims: readonly OnRecord[];
  /** What a figure of each measure is set beside: a seed claim that restates an estimate on record gives way to it. */
  readonly byMeasure: ReadonlyMap<Measure, readonly OnRecord[]>;
  readonly sourceById: ReadonlyMap<string, Source>;
  readonly claimById: ReadonlyMap<string, OnRecord>;
  /** The estimating body a page's words name ("South Korea's spy agency" is the NIS), if they name one (body-names.ts). */
  readonly bodyNamed: (phrase: string) => Body | undefined;
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
export function indexOf({ sources, claims }: { readonly sources: readonly Source[]; readonly claims: readonly OnRecord[] }): CorpusIndex {
  const byMeasure = new Map<Measure, OnRecord[]>();
  const ids = new Set(claims.map((c) => c.id));
  for (const claim of claims) {
    // A seed's restatement of an estimate on record is that estimate: it is set beside a figure once.
    if (claim.estimate && ids.has(claim.estimate)) continue;
    const list = byMeasure.get(claim.measure) ?? [];
    list.push(claim);
    byMeasure.set(claim.measure, list);
  }
  const bodies = new Map<string, Body>();
  for (const claim of claims) if (claim.record) bodies.set(claim.record.body.id, claim.record.body);
  return {
    sources,
    claims,
    byMeasure,
    bodyNamed: bodyNamer([...bodies.values()]),
    sourceById: new Map(sources.map((s) => [s.id, s])),
    claimById: new Map(claims.map((c) => [c.id, c])),
  };
}

/** The seed documents' corpus with the estimates on record after its claims. */
export function withRecord(seeds: Corpus, record: CorpusRecord): CorpusIndex {
  return indexOf({ sources: seeds.sources, claims: [...seeds.claims, ...recordClaims(record)] });
}

/** A corpus with more (checked) source files after its own: the bundled corpus and what the reader imported. */
export function withSources(base: CorpusIndex, files: readonly SourceFile[]): CorpusIndex {
  return withImported(base, { bodies: [], files });
}

/** Each estimate of body files, with its body. */
export function estimatesOf(bodies: readonly BodyFile[]): EstimateOf[] {
  return bodies.flatMap((file) => file.estimates.map((e) => ({ ...e, body: file.body })));
}

/** A corpus with what the reader imported after its own: source files of the first format, and estimates on record. */
export function withImported(
  base: CorpusIndex,
  { bodies, files }: { readonly bodies: readonly BodyFile[]; readonly files: readonly SourceFile[] },
): CorpusIndex {
  return indexOf({
    sources: [...base.sources, ...files.map((f) => f.source)],
    claims: [
      ...base.claims,
      ...files.flatMap((f) => f.claims),
      ...recordClaims({ bodies: bodies.map((b) => b.body), estimates: estimatesOf(bodies) }),
    ],
  });
}
