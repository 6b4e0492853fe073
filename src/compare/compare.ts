/**
 * Where a figure stands among the corpus's estimates of the same measure, and why
 * those estimates may differ. It states positions, never verdicts.
 */
import type { CorpusIndex } from '../corpus/corpus-index';
import type { OnRecord } from '../corpus/on-record';
import type { Body } from '../corpus/record';
import { dateKey, formatDate, formatValue, unitName } from '../engine/format-value';
import { MEASURE_IDS, MEASURES, type Measure, measureName, SCOPES, type Scope } from '../engine/measures';
import { BOUND_OF_QUALIFIER, writtenAfter } from '../engine/qualifiers';
import { sameValue as sameWithin, type Value, valueBounds } from '../engine/value';
import { joined, type Phrase, type PlainKey, phrase, plural, type Words } from '../words/phrase';
import { type LikelySource, likelySource } from './likely-source';

/** The part of a figure the comparison needs: what it measures and how much. */
export interface Measured {
  readonly measure: Measure;
  readonly value: Value;
  readonly scope?: Scope;
  /** Its unit; estimates in another unit (a share, another currency) are not compared with it. */
  readonly unit?: string;
  /** The sentence it stands in, to recognise a corpus claim quoted on the page. */
  readonly sentence?: string;
  /** The words that name who the page says made it (the engine's attribution). */
  readonly attribution?: { readonly text: string };
  /** The page's date, ISO, where it is known: a page reports no estimate made after it. */
  readonly published?: string;
}

export type Stance = 'matches' | 'within' | 'above' | 'below' | 'none';

export type ReasonKind = 'dates' | 'bounds' | 'vague' | 'scope' | 'planned_vs_sent' | 'derived';

export interface Reason {
  readonly kind: ReasonKind;
  readonly text: Phrase;
}

export interface RelatedEstimates {
  readonly measure: Measure;
  readonly scope?: Scope;
  readonly label: Phrase;
  readonly claims: readonly OnRecord[];
}

export interface Comparison {
  readonly measure: Measure;
  readonly stance: Stance;
  /** Estimates of the same measure (and scope), oldest first, restatements included. */
  readonly estimates: readonly OnRecord[];
  /** How many of them are distinct estimates, not repeats within a document. */
  readonly distinct: number;
  /** Estimates equal to the figure. */
  readonly matches: readonly OnRecord[];
  readonly lowest?: OnRecord;
  readonly highest?: OnRecord;
  /** The corpus claim whose own sentence this figure is, when the page quotes the corpus. */
  readonly quotes?: OnRecord;
  /** The one-line reading, said where it is shown (`words()` in the UI, `english` in Node). */
  readonly reading: Phrase;
  readonly reasons: readonly Reason[];
  readonly related: readonly RelatedEstimates[];
  /** The estimating body the page names for the figure, where its words name one on record. */
  readonly attributedTo?: Body;
  /** The estimate on record the page reports (it names the body) or likely reports (the only one that fits). */
  readonly likelySource?: LikelySource;
}

const TOLERANCE = 0.005;

/** How many matching estimates a reading names; the rest it counts. */
const MATCHES_NAMED = 3;
const BOUND_OF = BOUND_OF_QUALIFIER;
const SCOPE_WORDS: Record<Scope, PlainKey> = {
  killed: 'scope.killed',
  wounded: 'scope.wounded',
  killed_and_wounded: 'scope.killedAndWounded',
  captured: 'scope.captured',
};

/** The same value, allowing for rounding. */
const sameValue = (a: Value, b: Value) => sameWithin(a, b, TOLERANCE);

/** An amount given in words only ("tens of thousands"): shown as its source wrote it. */
function isVague(claim: OnRecord): boolean {
  return typeof claim.value !== 'number' && !/\d/.test(claim.figure) && !claim.derivation;
}

/** "about 12,000", "tens of thousands", "approximately 5,000"; the qualifier is quoted as the source wrote it. */
export function estimateLabel(claim: OnRecord): Words {
  if (isVague(claim)) return claim.figure;
  const amount = formatValue(claim.value, claim.unit);
  if (!claim.qualifier) return amount;
  const after = writtenAfter(claim.qualifier);
  return after ? `${amount}${after}` : phrase('estimate.qualified', claim.qualifier, amount);
}

/** Claims never change: each one's description is worked out once. */
const descriptions = new WeakMap<OnRecord, Phrase>();

/** "about 3,000 (the US, Oct 2024)". */
export function describeEstimate(claim: OnRecord): Phrase {
  let described = descriptions.get(claim);
  if (!described) described = phrase('estimate.described', estimateLabel(claim), claim.attributedTo, formatDate(claim.asOf));
  descriptions.set(claim, described);
  return described;
}

function byDate(a: OnRecord, b: OnRecord): number {
  const x = dateKey(a.asOf);
  const y = dateKey(b.asOf);
  return x < y ? -1 : x > y ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Each of the corpus's lists of claims, oldest first, sorted once: filtering it keeps the order. */
const sortedLists = new WeakMap<readonly OnRecord[], readonly OnRecord[]>();

function oldestFirst(claims: readonly OnRecord[]): readonly OnRecord[] {
  let sorted = sortedLists.get(claims);
  if (!sorted) {
    sorted = [...claims].sort(byDate);
    sortedLists.set(claims, sorted);
  }
  return sorted;
}

/** A quote shares at least this share of its words with a sentence that reproduces it… */
const MIN_WORD_OVERLAP = 0.6;
/** …and holds at least this share of the sentence's words, in the sentence's order. */
const MIN_IN_ORDER = 0.8;

function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The words of each corpus quote, worked out once. */
const quoteWords = new WeakMap<OnRecord, { readonly list: readonly string[]; readonly set: ReadonlySet<string> }>();

function wordsOfQuote(claim: OnRecord): { readonly list: readonly string[]; readonly set: ReadonlySet<string> } {
  let words = quoteWords.get(claim);
  if (!words) {
    const list = wordsOf(claim.quote);
    words = { list, set: new Set(list) };
    quoteWords.set(claim, words);
  }
  return words;
}

/** The share of `quote`'s words that `sentence` also has. */
function overlap(quote: ReadonlySet<string>, sentence: ReadonlySet<string>): number {
  if (quote.size === 0) return 0;
  let shared = 0;
  for (const word of quote) if (sentence.has(word)) shared++;
  return shared / quote.size;
}

/** How many of `a`'s words `b` has in the same order: their longest common subsequence, in one row of numbers. */
export function wordsInOrder(a: readonly string[], b: readonly string[]): number {
  const row = new Uint16Array(b.length + 1);
  for (const word of a) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = word === b[j - 1] ? diagonal + 1 : Math.max(above, row[j - 1]!);
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** The sentence last read, with its words: a sentence often holds several figures. */
let lastSentence: { readonly text: string; readonly list: readonly string[]; readonly set: ReadonlySet<string> } | null = null;

function wordsOfSentence(text: string): { readonly list: readonly string[]; readonly set: ReadonlySet<string> } {
  if (lastSentence?.text !== text) {
    const list = wordsOf(text);
    lastSentence = { text, list, set: new Set(list) };
  }
  return lastSentence;
}

/**
 * The corpus claim a page sentence reproduces: same measure and value, most of
 * the quote's words in the sentence, and the sentence's words nearly all in the
 * quote, in the same order (a quote may be longer than the sentence it is in).
 */
function quotedClaim(figure: Measured, candidates: readonly OnRecord[]): OnRecord | undefined {
  if (!figure.sentence) return undefined;
  let best: { claim: OnRecord; share: number } | undefined;
  let sentence: ReturnType<typeof wordsOfSentence> | undefined;
  for (const claim of candidates) {
    if (!sameValue(claim.value, figure.value)) continue;
    // The sentence is read into words only once an estimate of the same value could be quoted in it.
    sentence ??= wordsOfSentence(figure.sentence);
    if (sentence.list.length === 0) return undefined;
    const quote = wordsOfQuote(claim);
    if (overlap(quote.set, sentence.set) < MIN_WORD_OVERLAP) continue;
    const share = wordsInOrder(sentence.list, quote.list) / sentence.list.length;
    if (share >= MIN_IN_ORDER && (!best || share > best.share)) best = { claim, share };
  }
  return best?.claim;
}

/** "12,000 troops" and "3,000 troops" compare; "40 percent" and "3,000 people", or won and dollars, do not. */
function unitBase(unit: string): string {
  return unit.split(' per ')[0]!;
}

function reading(
  stance: Stance,
  quoted: boolean,
  estimates: readonly OnRecord[],
  distinct: number,
  matches: readonly OnRecord[],
  otherUnits: readonly string[],
  lowest?: OnRecord,
  highest?: OnRecord,
): Phrase {
  switch (stance) {
    case 'none':
      if (otherUnits.length > 0) return phrase('reading.otherUnitsOnly', joined(otherUnits.map(unitName), 'list.and'));
      return phrase(quoted ? 'reading.noOtherSource' : 'reading.noEstimate');
    case 'matches': {
      // A card is read at a glance: the first matches by name, how many more in a number.
      const named = matches.slice(0, MATCHES_NAMED);
      const rest = matches.length - named.length;
      const listed = joined(named.map(describeEstimate), 'list.and');
      const same = rest > 0 ? plural('reading.andMore', rest, listed) : listed;
      return estimates.length > matches.length && lowest && highest && lowest !== highest
        ? plural('reading.matchesAmong', distinct, same, describeEstimate(lowest), describeEstimate(highest))
        : phrase('reading.matches', same);
    }
    case 'within':
      return lowest === highest
        ? phrase('reading.withinOnly', describeEstimate(lowest!))
        : plural('reading.within', distinct, describeEstimate(lowest!), describeEstimate(highest!));
    case 'above':
      return plural('reading.above', distinct, describeEstimate(highest!));
    case 'below':
      return plural('reading.below', distinct, describeEstimate(lowest!));
  }
}

/** Each qualifier once, in quotation marks: “at least”, “more than”. */
function quotedOnce(texts: readonly string[]): Words {
  return joined(
    [...new Set(texts)].map((t) => phrase('list.quoted', t)),
    'list.comma',
  );
}

function reasons(measure: Measure, estimates: readonly OnRecord[], related: readonly RelatedEstimates[]): Reason[] {
  const found: Reason[] = [];
  const months = new Set(estimates.map((c) => c.asOf.date.slice(0, 7)));
  if (months.size > 1) {
    const first = estimates[0]!;
    const last = estimates[estimates.length - 1]!;
    found.push({ kind: 'dates', text: phrase('reason.dates', formatDate(first.asOf), formatDate(last.asOf)) });
  }
  const lower = estimates.filter((c) => c.qualifier && BOUND_OF.get(c.qualifier) === 'min');
  const upper = estimates.filter((c) => c.qualifier && BOUND_OF.get(c.qualifier) === 'max');
  if (lower.length > 0 || upper.length > 0) {
    const parts = [
      lower.length > 0 ? phrase('reason.lowerBounds', quotedOnce(lower.map((c) => c.qualifier!))) : '',
      upper.length > 0 ? phrase('reason.upperBounds', quotedOnce(upper.map((c) => c.qualifier!))) : '',
    ].filter(Boolean);
    found.push({ kind: 'bounds', text: phrase('reason.bounds', joined(parts, 'list.and')) });
  }
  const vague = estimates.filter(isVague);
  if (vague.length > 0) {
    found.push({ kind: 'vague', text: phrase('reason.vague', quotedOnce(vague.map((c) => c.figure))) });
  }
  for (const c of estimates.filter((e) => e.derivation)) {
    found.push({ kind: 'derived', text: phrase('reason.derived', describeEstimate(c), c.derivation!) });
  }
  for (const group of related) {
    const values = joined(group.claims.filter((c) => !c.restates).map(describeEstimate), 'list.semicolon');
    const kind: ReasonKind = group.measure !== measure && MEASURES[group.measure].family === 'troops' ? 'planned_vs_sent' : 'scope';
    found.push({ kind, text: phrase('reason.countedApart', group.label, values) });
  }
  return found;
}

/**
 * An estimate on record that counts part of the force (the engineers of one
 * deployment, the troops in one region), one period (a week, a year) or one
 * kind of a thing (122 mm shells only) is not
 * like a running total of all: it is shown apart, never set in the range.
 */
export function countsApart(claim: OnRecord): boolean {
  const counts = claim.record?.counts;
  return counts !== undefined && (counts.coverage === 'part' || counts.kind === 'period' || counts.subKind !== undefined);
}

/** Estimates of neighbouring measures that explain a difference: promised vs sent, killed vs killed and wounded. */
function relatedEstimates(corpus: CorpusIndex, figure: Measured, apart: readonly OnRecord[]): RelatedEstimates[] {
  const family = MEASURES[figure.measure].family;
  const groups: RelatedEstimates[] = [];
  if (apart.length > 0) groups.push({ measure: figure.measure, label: phrase('scope.partOrPeriod'), claims: apart });
  if (figure.measure === 'russian_casualties') {
    for (const scope of SCOPES) {
      if (scope === figure.scope || scope === 'captured') continue;
      const claims = oldestFirst(corpus.byMeasure.get('russian_casualties') ?? []).filter((c) => c.scope === scope);
      if (figure.scope && claims.length > 0)
        groups.push({ measure: 'russian_casualties', scope, label: phrase('scope.russianCasualties', phrase(SCOPE_WORDS[scope])), claims });
    }
    return groups;
  }
  if (family !== 'troops' && family !== 'nk_losses') return groups;
  for (const measure of MEASURE_IDS) {
    if (measure === figure.measure || MEASURES[measure].family !== family) continue;
    const claims = oldestFirst(corpus.byMeasure.get(measure) ?? []);
    if (claims.length > 0) groups.push({ measure, label: measureName(measure), claims });
  }
  return groups;
}

/** The stance in a few words, for tables and badges: "within 6 estimates". */
export function stanceInBrief(c: Comparison): Phrase {
  switch (c.stance) {
    case 'none':
      return phrase(c.quotes ? 'stance.noOtherEstimate' : 'stance.noEstimate');
    case 'matches': {
      // Counted as the estimates are: a repeat of an estimate in the same document is not another.
      const ids = new Set(c.estimates.map((e) => e.id));
      const same = c.matches.filter((m) => !m.restates || !ids.has(m.restates)).length;
      return plural('stance.matches', c.distinct, String(same));
    }
    case 'within':
      return plural('stance.within', c.distinct);
    case 'above':
      return plural('stance.above', c.distinct);
    case 'below':
      return plural('stance.below', c.distinct);
  }
}

/** Compares one figure with the corpus. */
export function compareFigure(figure: Measured, corpus: CorpusIndex): Comparison {
  const listed = corpus.byMeasure.get(figure.measure) ?? [];
  const ofMeasure = oldestFirst(listed);
  const base = figure.unit ? unitBase(figure.unit) : undefined;
  const all = base === undefined ? ofMeasure : ofMeasure.filter((c) => unitBase(c.unit) === base);
  // Named in the corpus's own order.
  const otherUnits = all.length === ofMeasure.length ? [] : [...new Set(listed.map((c) => unitBase(c.unit)).filter((u) => u !== base))];
  const quotes = quotedClaim(figure, all);
  const compared = all.filter(
    (c) =>
      (!quotes || c.source !== quotes.source) && (figure.measure !== 'russian_casualties' || !figure.scope || c.scope === figure.scope),
  );
  const apart = compared.filter(countsApart);
  const estimates = apart.length > 0 ? compared.filter((c) => !countsApart(c)) : compared;
  const ids = new Set(estimates.map((c) => c.id));
  const distinct = estimates.filter((c) => !c.restates || !ids.has(c.restates)).length;
  const matches = estimates.filter((c) => sameValue(c.value, figure.value));
  let lowest: OnRecord | undefined;
  let highest: OnRecord | undefined;
  for (const c of estimates) {
    if (!lowest || valueBounds(c.value).low < valueBounds(lowest.value).low) lowest = c;
    if (!highest || valueBounds(c.value).high > valueBounds(highest.value).high) highest = c;
  }
  const own = valueBounds(figure.value);
  let stance: Stance = 'none';
  if (lowest && highest) {
    if (matches.length > 0) stance = 'matches';
    else if (own.high < valueBounds(lowest.value).low) stance = 'below';
    else if (own.low > valueBounds(highest.value).high) stance = 'above';
    else stance = 'within';
  }
  const related = relatedEstimates(corpus, figure, apart);
  const { attributedTo, likely } = likelySource(
    figure,
    all.filter((c) => figure.measure !== 'russian_casualties' || !figure.scope || c.scope === figure.scope),
    corpus,
  );
  return {
    measure: figure.measure,
    stance,
    estimates,
    distinct,
    matches,
    ...(lowest ? { lowest } : {}),
    ...(highest ? { highest } : {}),
    ...(quotes ? { quotes } : {}),
    reading: reading(stance, quotes !== undefined, estimates, distinct, matches, estimates.length === 0 ? otherUnits : [], lowest, highest),
    reasons: reasons(figure.measure, estimates, related),
    related,
    ...(attributedTo ? { attributedTo } : {}),
    ...(likely ? { likelySource: likely } : {}),
  };
}
