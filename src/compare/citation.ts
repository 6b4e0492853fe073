/**
 * How an estimate is cited and linked: a plain-text citation (who, what, when,
 * where, URL) and a link to the exact quote on the original page through a
 * text fragment (`#:~:text=`).
 */

import type { Claim, Source } from '../corpus/schema';
import { formatCalendarDate, formatDate } from '../engine/format-value';
import { measureName } from '../engine/measures';
import { joined, type Phrase, phrase, type Words } from '../words/phrase';
import { estimateLabel } from './compare';

/** Quotes longer than this many words are linked by their first and last words. */
const FRAGMENT_EDGE_WORDS = 4;

/** Text fragments reserve these characters; everything else is percent-encoded as usual. */
function encodeFragmentPart(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
}

/** `url` pointing at `quote` on the page, through a text fragment; the page's own fragment is replaced. */
export function textFragmentUrl(url: string, quote: string): string {
  const base = url.replace(/#.*$/, '');
  const words = quote.trim().split(/\s+/);
  const directive =
    words.length <= FRAGMENT_EDGE_WORDS * 2
      ? encodeFragmentPart(words.join(' '))
      : `${encodeFragmentPart(words.slice(0, FRAGMENT_EDGE_WORDS).join(' '))},${encodeFragmentPart(words.slice(-FRAGMENT_EDGE_WORDS).join(' '))}`;
  return `${base}#:~:text=${directive}`;
}

/** Where the source can be read online at the quote, if anywhere. */
export function originalUrl(claim: Claim, source: Source): string | null {
  return source.url ? textFragmentUrl(source.url, claim.quote) : null;
}

/** When an estimate holds, in words: "as of Dec 2024", "as of Aug 2025 or later". */
export function asOfWords(claim: Claim): Phrase {
  const date = formatCalendarDate(claim.asOf);
  return claim.asOf.certainty === 'after' ? phrase('citation.asOfOrLater', date) : phrase('citation.asOf', date);
}

/** Where and when a source appeared: outlet, author, date. */
export function publication(source: Source): Words {
  return joined(
    [source.outlet, source.author, formatDate(source.published)].filter((part): part is Words => Boolean(part)),
    'list.comma',
  );
}

/** Where a source appeared, in words: "Title", outlet, author, date. */
export function describeSource(source: Source): Phrase {
  return phrase('list.comma', phrase('list.quoted', source.title), publication(source));
}

/**
 * A plain citation, one fact a line: "about 12,000: North Korean troops sent to
 * Russia. South Korea's NIS, as of Dec 2024." / the quote / "In: “Title”, outlet, date." / URL.
 */
export function citationOf(claim: Claim, source: Source): Words {
  const lines: Words[] = [
    phrase('citation.claim', estimateLabel(claim), measureName(claim.measure), claim.attributedTo, asOfWords(claim)),
    phrase('list.quoted', claim.quote),
    phrase('citation.in', describeSource(source)),
  ];
  const url = originalUrl(claim, source);
  if (url) lines.push(url);
  else if (source.basedOn?.url) lines.push(phrase('citation.rewrites', source.basedOn.title, source.basedOn.outlet, source.basedOn.url));
  return joined(lines, 'list.line');
}
