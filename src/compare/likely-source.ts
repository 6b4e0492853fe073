/**
 * Whose estimate a page reports. Where the page names the body that made a
 * figure and the record holds that body's estimate of the same measure and
 * value, the page reports that estimate; where several such estimates were
 * made by the page's date (or it gives none), one of them, said as such.
 * Where the page names no one and one estimate on record alone has that measure
 * and value, it is likely the one, and the card says why. A page that names
 * someone the record does not know, or a body whose estimates differ, gets
 * neither: nothing is guessed against the page's own words.
 */
import type { CorpusIndex } from '../corpus/corpus-index';
import type { OnRecord } from '../corpus/on-record';
import type { Body } from '../corpus/record';
import { dateKey, formatDate } from '../engine/format-value';
import { sameValue, type Value } from '../engine/value';
import { joined, type Phrase, phrase, plural } from '../words/phrase';

/** How a page's figure came to be tied to an estimate on record. */
export type SourceBasis = 'attributed' | 'only-fit' | 'one-of';

interface Said {
  readonly body: Body;
  /** What the card says: "This article reports the estimate of 13 Jan 2025 by …", or why it is likely, or that it is one of several. */
  readonly text: Phrase;
}

/**
 * The estimate the page reports or likely reports; or, where the page names a
 * body that made several estimates of the value and gives no date to tell
 * which it reports, those estimates, oldest first.
 */
export type LikelySource =
  | (Said & { readonly basis: 'attributed' | 'only-fit'; readonly estimate: OnRecord })
  | (Said & { readonly basis: 'one-of'; readonly among: readonly OnRecord[] });

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

/** Each estimate once (a figure may meet one estimate more than once), oldest first. */
function distinctByDate(estimates: readonly OnRecord[]): OnRecord[] {
  const byId = new Map(estimates.map((e) => [e.id, e]));
  return [...byId.values()].sort((a, b) => dateKey(a.asOf).localeCompare(dateKey(b.asOf)));
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
    const own = distinctByDate(fits.filter((c) => c.record!.body.id === body.id));
    if (own.length === 0) return { attributedTo: body };
    // Several of the body's estimates of this value stand by the page's date (or it gives none): the page's
    // words cannot tell which it reports, and the card does not pretend they can.
    if (own.length > 1) {
      const dates = joined(
        own.map((e) => formatDate(e.asOf)),
        'list.comma',
      );
      const key = published ? 'likely.oneOfByDate' : 'likely.oneOf';
      return { attributedTo: body, likely: { among: own, body, basis: 'one-of', text: plural(key, own.length, body.name, dates) } };
    }
    const estimate = own[0]!;
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
