/**
 * How an estimate is cited and linked: a plain-text citation (who, what, when,
 * where, URL) and a link to the exact quote on the original page through a
 * text fragment (`#:~:text=`).
 */

import type { OnRecord } from '../corpus/on-record';
import type { Report } from '../corpus/record';
import type { Claim, Source } from '../corpus/schema';
import { formatCalendarDate, formatDate } from '../engine/format-value';
import { measureName } from '../engine/measures';
import { joined, type Phrase, phrase, plural, type Words } from '../words/phrase';
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

/** A report's page at its sentence. */
export function reportUrl(report: Report): string {
  return textFragmentUrl(report.url, report.quote);
}

/** Where the estimate can be read online at its sentence, if anywhere: an estimate on record's lead report, or the source's page. */
export function originalUrl(claim: OnRecord, source: Source | undefined): string | null {
  const lead = claim.record?.reports[0];
  if (lead) return reportUrl(lead);
  return source?.url ? textFragmentUrl(source.url, claim.quote) : null;
}

/** Where and when a report appeared: "Headline", outlet, date (what the page gives of them). */
export function describeReport(report: Report): Words {
  const published = report.published ? formatDate(report.published) : null;
  const parts = [report.headline ? phrase('list.quoted', report.headline) : null, report.outlet, published];
  return joined(
    parts.filter((part): part is Words => Boolean(part)),
    'list.comma',
  );
}

/** Where an estimate appeared, in words: its source, or its lead report and how many more carry it. */
export function describeOrigin(claim: OnRecord, source: Source | undefined): Words {
  const reports = claim.record?.reports;
  if (reports)
    return reports.length > 1
      ? plural('estimate.moreReports', reports.length - 1, describeReport(reports[0]!))
      : describeReport(reports[0]!);
  return source ? describeSource(source) : '';
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

/** The day a reader copied a citation, as the citation's access date: "5 Dec 2026". */
export function accessDate(now: Date): Words {
  return formatDate({ date: now.toISOString().slice(0, 10), precision: 'day', certainty: 'stated', basis: '' });
}

/**
 * A plain citation, one fact a line: "about 12,000: North Korean troops sent to
 * Russia. South Korea's NIS, as of Dec 2024." / the quote / "In: “Headline”,
 * outlet, date." / the address at the sentence / whose copy it is, how a
 * worked-out figure was worked out, and the day it was copied (`accessed`).
 */
export function citationOf(claim: OnRecord, source: Source | undefined, accessed: Date): Words {
  const lines: Words[] = [
    phrase('citation.claim', estimateLabel(claim), measureName(claim.measure), claim.attributedTo, asOfWords(claim)),
    phrase('list.quoted', claim.quote),
  ];
  const lead = claim.record?.reports[0];
  if (lead) {
    lines.push(phrase('citation.in', describeReport(lead)), reportUrl(lead));
    if (!lead.firstHand) lines.push(phrase('citation.copy', lead.provenance));
  } else if (source) {
    lines.push(phrase('citation.in', describeSource(source)));
    const url = originalUrl(claim, source);
    if (url) lines.push(url);
    else if (source.basedOn?.url) lines.push(phrase('citation.rewrites', source.basedOn.title, source.basedOn.outlet, source.basedOn.url));
  }
  if (claim.derivation) lines.push(phrase('estimate.workedOut', claim.derivation));
  lines.push(phrase('citation.accessed', accessDate(accessed)));
  return joined(lines, 'list.line');
}
