/**
 * A corpus `scale` times the bundled one, for timing only: the seed sources
 * and claims, then `scale - 1` synthetic copies of each source with new ids,
 * shifted values and dates, other attributions and varied quotes. Every copy
 * says it is synthetic in its title and provenance. Nothing here is written
 * anywhere: the bundled corpus stays as it is.
 */
import { type CorpusIndex, indexCorpus } from '../src/corpus/corpus-index';
import type { Claim, Corpus, Source, SourceFile } from '../src/corpus/schema';
import type { ApproxDate, Value } from '../src/engine/value';

const WHO = [
  'South Korea’s National Intelligence Service',
  'the Pentagon',
  'Ukraine’s military intelligence',
  'a Seoul think tank',
  'the UK Ministry of Defence',
  'an open-source research group',
  'Volodymyr Zelensky',
];

const LEAD_INS = [
  '',
  'According to a later update, ',
  'In a revised estimate, ',
  'Officials said on Monday that ',
  'A new assessment found that ',
];

/** The seed corpus as the files it was read from. */
export function sourceFiles(corpus: Corpus): SourceFile[] {
  return corpus.sources.map((source) => ({ source, claims: corpus.claims.filter((c) => c.source === source.id) }));
}

/** A date `months` later, at the same precision. */
function shifted(date: ApproxDate, months: number): ApproxDate {
  const [year, month = '1', day] = date.date.split('-');
  const total = Number(year) * 12 + Number(month) - 1 + months;
  const y = String(Math.floor(total / 12));
  const m = String((total % 12) + 1).padStart(2, '0');
  const iso =
    date.precision === 'year'
      ? y
      : date.precision === 'month'
        ? `${y}-${m}`
        : `${y}-${m}-${String(Math.min(Number(day), 28)).padStart(2, '0')}`;
  return { ...date, date: iso, basis: `Synthetic: the seed's date moved ${months} months.` };
}

function scaled(value: Value, factor: number, unit: string): Value {
  const cap = unit === 'percent' ? 100 : Infinity;
  const one = (v: number) => Math.min(cap, Math.round(v * factor));
  return typeof value === 'number' ? one(value) : { low: one(value.low), high: Math.max(one(value.low) + 1, one(value.high)) };
}

function copyOf(file: SourceFile, k: number): SourceFile {
  const id = `synthetic${k}_${file.source.id}`;
  const months = k % 19;
  const source: Source = {
    ...file.source,
    id,
    document: `${id}.txt`,
    title: `Synthetic copy ${k} of: ${file.source.title}`,
    published: shifted(file.source.published, months),
    provenance: 'Synthetic: made by the benchmark from a seed source, for timing only. Not a real source.',
  };
  const newId = (claimId: string) => `${id}#${claimId.split('#')[1]}`;
  const factor = 1 + ((k % 11) - 5) * 0.04;
  const claims = file.claims.map(
    (claim, j): Claim => ({
      ...claim,
      id: newId(claim.id),
      source: id,
      value: scaled(claim.value, factor, claim.unit),
      attributedTo: (k + j) % 4 === 0 ? claim.attributedTo : WHO[(k + j) % WHO.length]!,
      asOf: shifted(claim.asOf, months),
      quote: `${LEAD_INS[(k + j) % LEAD_INS.length]}${claim.quote}`,
      ...(claim.restates ? { restates: newId(claim.restates) } : {}),
    }),
  );
  return { source, claims };
}

/** The seeds and `scale - 1` synthetic copies of them, checked and indexed as the extension indexes its corpus. */
export function syntheticCorpus(seeds: Corpus, scale: number): CorpusIndex {
  const files = sourceFiles(seeds);
  const copies = Array.from({ length: scale - 1 }, (_, i) => files.map((file) => copyOf(file, i + 1))).flat();
  return indexCorpus([...files, ...copies]);
}
