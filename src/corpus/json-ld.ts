/**
 * The corpus as schema.org JSON-LD, for anyone who wants the estimates in
 * their own tools: every seed document a CreativeWork, every measure a
 * StatisticalVariable, every claim a Claim whose number is an Observation.
 * An estimate on record is a Claim whose author is the body that made it (an
 * Organization) and whose appearances are the pages that report it.
 * Only what the corpus records is written; an unknown author, outlet or
 * address is left out, never filled in.
 *
 * Dates: a date the corpus gives as stated or inferred "about" is written at
 * its precision ("2024-12"); a date known only as a lower bound ("after
 * Aug 2025") is left out, since schema.org has no way to say "or later".
 */
import type { Measure } from '../engine/measures';
import { BOUND_OF_QUALIFIER } from '../engine/qualifiers';
import type { ApproxDate } from '../engine/value';
import type { OnRecord } from './on-record';
import type { Report } from './record';
import type { Claim, Source } from './schema';

type Node = Record<string, unknown>;

export interface JsonLdDocument {
  readonly '@context': 'https://schema.org';
  readonly '@graph': readonly Node[];
}

/** Stable IRIs: the same claim has the same id in every export. Corpus ids hold "#", so they are encoded. */
export const claimIri = (id: string) => `urn:rangefinder:claim:${encodeURIComponent(id)}`;
export const sourceIri = (id: string) => `urn:rangefinder:source:${encodeURIComponent(id)}`;
export const measureIri = (measure: Measure) => `urn:rangefinder:measure:${measure}`;

/** Leaves out the keys whose value is unknown. */
function known(node: Node): Node {
  return Object.fromEntries(Object.entries(node).filter(([, value]) => value !== null && value !== undefined));
}

function dateOf(date: ApproxDate): string | undefined {
  return date.certainty === 'after' ? undefined : date.date;
}

function sourceNode(source: Source): Node {
  return known({
    '@type': 'CreativeWork',
    '@id': sourceIri(source.id),
    identifier: source.id,
    name: source.title,
    genre: source.kind,
    author: source.author,
    publisher: source.outlet,
    datePublished: dateOf(source.published),
    url: source.url,
    isBasedOn: source.basedOn
      ? known({ '@type': 'CreativeWork', name: source.basedOn.title, publisher: source.basedOn.outlet, url: source.basedOn.url })
      : undefined,
  });
}

function measureNode(measure: Measure, name: string): Node {
  return { '@type': 'StatisticalVariable', '@id': measureIri(measure), identifier: measure, name };
}

const BOUND_OF = BOUND_OF_QUALIFIER;

/** A range gives both ends; "over 15,000" a lower bound; "up to 40" an upper one; anything else the value. */
function amount(claim: Claim): Node {
  if (typeof claim.value !== 'number') return { minValue: claim.value.low, maxValue: claim.value.high };
  const bound = claim.qualifier ? BOUND_OF.get(claim.qualifier) : undefined;
  if (bound === 'min') return { minValue: claim.value };
  if (bound === 'max') return { maxValue: claim.value };
  return { value: claim.value };
}

/** A page that reports an estimate on record. */
function reportNode(report: Report): Node {
  return known({
    '@type': 'NewsArticle',
    url: report.url,
    headline: report.headline ?? undefined,
    publisher: { '@type': 'Organization', name: report.outlet },
    datePublished: report.published ? dateOf(report.published) : undefined,
    inLanguage: report.language,
    text: report.quote,
  });
}

function claimNode(claim: OnRecord, source: Source | undefined): Node {
  const reports = claim.record?.reports;
  return known({
    '@type': 'Claim',
    '@id': claimIri(claim.id),
    identifier: claim.id,
    text: claim.quote,
    author: claim.record
      ? { '@type': 'Organization', identifier: claim.record.body.id, name: claim.record.body.name }
      : claim.attributedTo === 'unattributed'
        ? undefined
        : claim.attributedTo,
    appearance: reports ? reports.map(reportNode) : { '@id': sourceIri(claim.source) },
    datePublished: source ? dateOf(source.published) : undefined,
    about: known({
      '@type': 'Observation',
      // The figure as the source wrote it: "approximately one‐third", "exceeds 3,000".
      name: claim.figure,
      variableMeasured: { '@id': measureIri(claim.measure) },
      ...amount(claim),
      unitText: claim.unit,
      observationDate: dateOf(claim.asOf),
    }),
  });
}

/**
 * The whole corpus as one JSON-LD document: sources, then the measures the
 * claims use, then the claims. `measureName` names a measure in the reader's
 * language (the engine names measures only as phrases).
 */
export function corpusJsonLd(
  corpus: { readonly sources: readonly Source[]; readonly claims: readonly OnRecord[] },
  measureName: (measure: Measure) => string,
): JsonLdDocument {
  const sources = new Map(corpus.sources.map((s) => [s.id, s]));
  const measures = [...new Set(corpus.claims.map((c) => c.measure))];
  return {
    '@context': 'https://schema.org',
    '@graph': [
      ...corpus.sources.map(sourceNode),
      ...measures.map((m) => measureNode(m, measureName(m))),
      ...corpus.claims.map((claim) => claimNode(claim, sources.get(claim.source))),
    ],
  };
}
