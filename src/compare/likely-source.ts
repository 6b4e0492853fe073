/**
 * Whose estimate a page reports. Where the page names the body that made a
 * figure and the record holds that body's estimate of the same measure and
 * value, the page reports that estimate. Where the page names no one and one
 * estimate on record alone has that measure and value, it is likely the one,
 * and the card says why. A page that names someone the record does not know,
 * or a body whose estimates differ, gets neither: nothing is guessed against
 * the page's own words.
 */
import type { CorpusIndex } from '../corpus/corpus-index';
import type { OnRecord } from '../corpus/on-record';
import type { Body } from '../corpus/record';
import { dateKey, formatDate } from '../engine/format-value';
import { sameValue, type Value } from '../engine/value';
import { type Phrase, phrase } from '../words/phrase';

/** How a page's figure came to be tied to an estimate on record. */
export type SourceBasis = 'attributed' | 'only-fit';

export interface LikelySource {
  readonly estimate: OnRecord;
  readonly body: Body;
  readonly basis: SourceBasis;
  /** What the card says: "This article reports the estimate of 13 Jan 2025 by …", or why it is likely. */
  readonly text: Phrase;
}

/** What of a figure the answer needs: its value, the words that name its maker, and its page's date, if known. */
export interface Attributed {
  readonly value: Value;
  readonly attribution?: { readonly text: string };
  /** The day (or month, or year) the page was published, ISO: a page reports no estimate made after it. */
  readonly published?: string;
}

/** Values within half a percent are one figure (as the comparison has it). */
const TOLERANCE = 0.005;

/** Whether date `a` can be no later than date `b`, each known only to its precision (2024-10 is any day of October). */
function notAfter(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) <= b.slice(0, n);
}

/**
 * The one of several a page reports: the latest made by the page's date, the
 * nearest to it; with no date to go by, the first made, when the figure was new.
 */
function nearest(estimates: readonly OnRecord[], published: string | undefined): OnRecord {
  const later = (a: OnRecord, b: OnRecord) => dateKey(b.asOf) > dateKey(a.asOf);
  return estimates.reduce((a, b) => (published ? (later(a, b) ? b : a) : later(b, a) ? b : a));
}

/**
 * The body the page names for `figure`, and the estimate on record it reports
 * or likely reports. `candidates` are the estimates of the figure's measure
 * (and unit, and scope) that the comparison weighs it against.
 */
export function likelySource(
  figure: Attributed,
  candidates: readonly OnRecord[],
  corpus: CorpusIndex,
): { readonly attributedTo?: Body; readonly likely?: LikelySource } {
  const { published } = figure;
  const fits = candidates.filter(
    (c) => c.record && sameValue(c.value, figure.value, TOLERANCE) && (!published || notAfter(c.asOf.date, published)),
  );
  if (figure.attribution) {
    const body = corpus.bodyNamed(figure.attribution.text);
    if (!body) return {};
    const own = fits.filter((c) => c.record!.body.id === body.id);
    if (own.length === 0) return { attributedTo: body };
    const estimate = nearest(own, published);
    return {
      attributedTo: body,
      likely: { estimate, body, basis: 'attributed', text: phrase('likely.attributed', body.name, formatDate(estimate.asOf)) },
    };
  }
  const made = new Set(fits.map((c) => c.id));
  if (made.size !== 1) return {};
  const estimate = fits[0]!;
  const body = estimate.record!.body;
  return { likely: { estimate, body, basis: 'only-fit', text: phrase('likely.onlyFit', body.name, formatDate(estimate.asOf)) } };
}
