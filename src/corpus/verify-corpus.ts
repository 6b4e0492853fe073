/**
 * The whole check a corpus passes before anyone sees it: the schema (every
 * field present and well formed), and then each claim against its document
 * and the engine — the quote stands verbatim in the document, and the engine,
 * reading the quote, finds the claim's figure with the claim's value and
 * measure. The build runs it over the bundled corpus (corpus-check-plugin.ts)
 * and the corpus browser over anything a reader imports. Every problem is
 * named with its claim; nothing passes half-checked.
 */
import { detectFigures } from '../engine/detect-figures';
import type { Measure } from '../engine/measures';
import { sameValue, type Value } from '../engine/value';
import { type Claim, type Corpus, validateCorpus } from './schema';

/** A document's text by its file name (`002_5eb9459cdb95d9f7.txt`), or undefined when there is none. */
export type DocumentText = (fileName: string) => string | undefined;

export type Verified = { readonly corpus: Corpus; readonly issues: readonly [] } | { readonly issues: readonly string[] };

export function valueText(value: Value): string {
  return typeof value === 'number' ? String(value) : `${value.low}–${value.high}`;
}

/**
 * Whether the engine, reading `quote` with its topic taken as given, finds
 * `figure` in it with this measure and value: null when it does, else what it
 * reads instead. Claims of the seed documents and reports of the record pass
 * the same test.
 */
export function misreading(quote: string, figure: string, measure: Measure, value: Value): string | null {
  const read = detectFigures(quote, { assumeTopic: true }).filter((f) => f.text === figure);
  if (read.length === 0) return `the engine finds no figure "${figure}" in the quote`;
  if (read.some((f) => f.measure === measure && sameValue(f.value, value))) return null;
  const [first] = read;
  return `the engine reads "${figure}" in the quote as ${first!.measure} ${valueText(first!.value)}, not ${measure} ${valueText(value)}`;
}

/** What is wrong with `claim` against its document's text and the engine; nothing when it holds. */
export function claimProblems(claim: Claim, documentName: string, text: string | undefined): string[] {
  const at = `claim ${claim.id}`;
  if (text === undefined) return [`${at}: its document ${documentName} is missing`];
  if (!text.includes(claim.quote)) return [`${at}: the quote is not in its document ${documentName}`];
  const problem = misreading(claim.quote, claim.figure, claim.measure, claim.value);
  return problem ? [`${at}: ${problem}`] : [];
}

/**
 * Checks source files as a whole, schema first; when the schema holds, every
 * claim against its document and the engine. Returns the corpus, or every problem.
 */
export function verifyCorpus(files: readonly unknown[], documentText: DocumentText): Verified {
  const checked = validateCorpus(files);
  if (!('corpus' in checked)) return checked;
  const { corpus } = checked;
  const documents = new Map(corpus.sources.map((s) => [s.id, s.document]));
  const issues = corpus.claims.flatMap((claim) => {
    const name = documents.get(claim.source)!;
    return claimProblems(claim, name, documentText(name));
  });
  return issues.length > 0 ? { issues } : { corpus, issues: [] };
}
