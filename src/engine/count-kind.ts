/**
 * What a figure counts, read from its sentence: a running total or a count for a
 * period, of all forces or a part, of a thing or one kind of it (counts.ts). The
 * default is a running total of all: a national total wrongly marked a part would
 * be hidden from comparison, so only words that say so mark a period, part or kind.
 */
import type { Counts, Period } from './counts';
import { alternation } from './lexicon/compile';
import * as en from './lexicon/en/counts';
import { MEASURES, type Measure } from './measures';
import { MONTHS } from './not-quantities';

export interface CountSite {
  /** The sentence folded (fold-text.ts) and as written: an offset is the same place in both. */
  readonly folded: string;
  readonly written: string;
  /** The figure's span in the sentence. */
  readonly start: number;
  readonly end: number;
  readonly measure: Measure;
  /** The period a money cue already gave ("per month"); it decides. */
  readonly per?: 'month' | 'year';
  /** Where the quantities either side end and begin: words past them are theirs. */
  readonly prevEnd: number;
  readonly nextStart: number;
  /** The latest figure of the same measure before this one in the sentence. */
  readonly sameBefore?: { readonly start: number; readonly end: number };
}

const any = (words: readonly string[]) => `(?:${alternation(words)})`;
const PERIOD_NAMES = Object.keys(en.RATES) as Period[];
/** How far from the figure, at most, a word about it stands. */
const REACH = 100;

/** Where a period phrase may stand: either side of the amount, only after it, or as an adjective of its noun. */
type Placement = 'either' | 'after' | 'adjective';
const month = `${any(MONTHS)}\\.?`;
/** Each phrase, and whether it is a rate ("a month": so much per month) or a span ("last month"). */
const PERIOD_PHRASES: readonly { period: Period; placement: Placement; rate: boolean; re: RegExp }[] = [
  ...PERIOD_NAMES.flatMap((period) => [
    { period, placement: 'either' as const, rate: true, re: new RegExp(`\\b${any(en.RATES[period])}\\b`, 'g') },
    { period, placement: 'after' as const, rate: true, re: new RegExp(`\\b${any(en.RATES_AFTER[period])}\\b`, 'g') },
    { period, placement: 'adjective' as const, rate: true, re: new RegExp(`\\b${any(en.RATE_ADJECTIVES[period])}\\b`, 'g') },
    {
      period,
      placement: 'either' as const,
      rate: false,
      re: new RegExp(`\\b(?:${any(en.SPANS[period])}|${any(en.SPAN_PREPOSITIONS)} ${any(en.SPANS_AFTER_PREPOSITION[period])})\\b`, 'g'),
    },
  ]),
  {
    period: 'month',
    placement: 'either',
    rate: false,
    re: new RegExp(
      `\\b(?:${any(en.MONTH_PREPOSITIONS)} ${month}|${any(en.MONTH_EMPHASIS_PREPOSITIONS)} ${month} ${any(en.EMPHASIS)})(?![a-z])`,
      'g',
    ),
  },
];
const MOMENT_BEFORE = new RegExp(`\\b${any(en.MOMENT_BEFORE)}[ -]$`);
/** A span after a month is that month's year: "since March of this year" dates, it counts no period. */
const MONTH_DATE_BEFORE = new RegExp(`\\b${month}(?: ${any(en.DATE_LINKS)})? $`);
const MOMENT_AFTER = new RegExp(`^(?:'s|,? ${any(en.MOMENT_AFTER)}\\b)`);
const STATEMENT = new RegExp(`\\b${any(en.STATEMENT_VERBS)}\\b`);
const STATEMENT_JUST_BEFORE = new RegExp(`\\b${any(en.STATEMENT_VERBS)}(?: [a-z']+){0,3} $`);
/** From a rate after the amount back to it: a few words of its noun phrase. */
const NEAR_AFTER = /^(?: [^\s,;:.()]+){0,4} $/;
const ADJECTIVE_TO_AMOUNT = new RegExp(`^(?:(?: [a-z-]+){0,3} ${any(en.RATE_LINKS)})? $`);

const SINCE = new RegExp(`\\b${any(en.SINCE)} (?:${any(en.SINCE_STARTS)}|${month}|\\d{4})(?:\\b|(?= ))(?: [^\\s,;:()]+){0,7}`);
/** The place or thing a battle or settlement phrase names after it: "for Pokrovsk", "of Plekhovo". */
const NAMED = `(?: (?!${any(en.PHRASE_ENDS)}\\b)[^\\s,;:.()]+){0,2}`;
const BATTLE = new RegExp(`\\b${any(en.BATTLES)}\\b${NAMED}`);
const SOME_UNITS = new RegExp(`\\b${any(en.SOME_UNITS)}\\b`);
const TOWN = new RegExp(
  `\\b${any(en.PLACE_PREPOSITIONS)} (?:${any(en.TOWNS)}|(?:${any(en.REGION_DETERMINERS)} )?(?:[a-z'-]+ ){0,2}?${any(en.SETTLEMENTS)}\\b${NAMED})`,
);
const REGION = new RegExp(
  `\\b${any(en.REGION_PREPOSITIONS)} (?:${any(en.REGION_DETERMINERS)} )?${any(en.REGIONS)}\\b(?: ${any(en.REGION_NOUNS)}\\b)?`,
);
const TROOP_KIND = new RegExp(`\\b${any(en.TROOP_KINDS)}\\b`);
const PARTITIVE = new RegExp(`\\b${any(en.PARTITIVES)},? $`);
const PARTITIVE_AFTER = new RegExp(`^ ${any(en.PARTITIVES_AFTER)}\\b`);
const OPENER_REACH = 16;
const PARTITIVE_OPENER = new RegExp(`[,;:] ${any(en.PARTITIVE_OPENERS)} $`);
const PARTITIVE_OPENER_FIRST = new RegExp(`(?:^|[,;:] )${any(en.PARTITIVE_OPENERS)} $`);
const PHRASE_END = new RegExp(`[,;:.()!?\u2014]|\\b${any(en.PHRASE_ENDS)}\\b`);
const CLAUSE_BREAK = new RegExp(`[;:\u2014]| - |, ${any(en.CLAUSE_OPENERS)}\\b`, 'g');
const FIRST_CLAUSE_BREAK = new RegExp(CLAUSE_BREAK.source);
const CALIBRE = new RegExp(`\\b(\\d{2,3}) ?-?${any(en.CALIBRE_UNITS)}\\b`, 'g');
const MUNITION_KIND = new RegExp(`\\b${any(en.MUNITION_KINDS)}\\b`, 'g');
const MODEL = new RegExp(`\\b${any(en.MODEL_PREFIXES)}[- ]?\\d+[a-z]?\\b`, 'g');

/** Any word that could mark a figure at all: most figures have none, and are read with this one search. */
const ANY_CUE = new RegExp(
  [...PERIOD_PHRASES.map((p) => p.re), SINCE, BATTLE, SOME_UNITS, TOWN, REGION, TROOP_KIND, CALIBRE, MUNITION_KIND, MODEL]
    .map((re) => re.source)
    .join('|'),
);

interface Found {
  readonly at: number;
  readonly text: string;
}

/** The figure's clause, within reach: from the last break before it to the first after it. */
function clauseOf(s: CountSite): { lo: number; hi: number } {
  const from = Math.max(s.prevEnd, s.start - REACH);
  let lo = from;
  for (const m of s.folded.slice(from, s.start).matchAll(CLAUSE_BREAK)) lo = from + m.index + m[0].length;
  const rest = s.folded.slice(s.end, Math.min(s.nextStart, s.end + REACH));
  const next = rest.search(FIRST_CLAUSE_BREAK);
  return { lo, hi: s.end + (next < 0 ? rest.length : next) };
}

/** The period the figure counts for, and its words; null for a running total. */
function periodOf(s: CountSite, lo: number, hi: number): { period: Period; rate: boolean; found: Found } | null {
  let best: { period: Period; rate: boolean; found: Found; distance: number } | null = null;
  const window = s.folded.slice(lo, hi);
  for (const { period, placement, rate, re } of PERIOD_PHRASES) {
    for (const m of window.matchAll(re)) {
      const a = lo + m.index;
      const b = a + m[0].length;
      const after = a >= s.end;
      const between = after ? s.folded.slice(s.end, a) : s.folded.slice(b, s.start);
      if (placement === 'after' && !(after && NEAR_AFTER.test(between))) continue;
      if (placement === 'adjective' && (after || !ADJECTIVE_TO_AMOUNT.test(between))) continue;
      const before = s.folded.slice(Math.max(lo, a - 40), a);
      if (MOMENT_BEFORE.test(before) || MONTH_DATE_BEFORE.test(before) || MOMENT_AFTER.test(s.folded.slice(b, b + 12))) continue;
      // "said last month": the month dates the saying, not what was counted.
      if (STATEMENT.test(between) || STATEMENT_JUST_BEFORE.test(before)) continue;
      const distance = between.length;
      if (!best || distance < best.distance) best = { period, rate, found: { at: a, text: s.written.slice(a, b) }, distance };
    }
  }
  return best;
}

/** The noun phrase the figure counts: "rounds of 122 mm artillery shells". */
function nounPhrase(s: CountSite): string {
  const rest = s.folded.slice(s.end, Math.min(s.nextStart, s.end + 60));
  const stop = rest.search(PHRASE_END);
  return stop < 0 ? rest : rest.slice(0, stop);
}

/** A part of a figure of the same measure just given: "12,000 troops, of whom 3,000", "Of the 12,000 sent, 3,000". */
function partitiveOf(s: CountSite): string | null {
  if (!s.sameBefore) return null;
  const between = s.folded.slice(s.sameBefore.end, s.start);
  const m = PARTITIVE.exec(between);
  if (m) return s.written.slice(s.sameBefore.end + m.index, s.start).replace(/,? $/, '');
  const after = PARTITIVE_AFTER.exec(s.folded.slice(s.end, s.end + OPENER_REACH));
  if (after) return s.written.slice(s.end + 1, s.end + after[0].length);
  // Only the few characters before it: the sentence's whole head, read for each figure, would cost its square.
  const from = Math.max(0, s.sameBefore.start - OPENER_REACH);
  const opener = (from === 0 ? PARTITIVE_OPENER_FIRST : PARTITIVE_OPENER).exec(s.folded.slice(from, s.sameBefore.start));
  return opener ? s.written.slice(from + opener.index, s.sameBefore.end).replace(/^[,;:] /, '') : null;
}

/** The words that make the figure a part of the whole: a battle, a town, some units, a kind of troops, a part of a figure just given. */
function partOf(s: CountSite, lo: number, hi: number): string | null {
  const clause = s.folded.slice(lo, hi);
  const written = (m: RegExpExecArray | null, from: number) => (m ? s.written.slice(from + m.index, from + m.index + m[0].length) : null);
  const family = MEASURES[s.measure].family;
  const partitive = partitiveOf(s);
  if (partitive) return partitive;
  return (
    written(BATTLE.exec(clause), lo) ??
    written(TOWN.exec(clause), lo) ??
    (family === 'russian_losses' ? written(REGION.exec(clause), lo) : null) ??
    written(SOME_UNITS.exec(clause), lo) ??
    written(TROOP_KIND.exec(nounPhrase(s)), s.end)
  );
}

/** One kind of munition named in the figure's noun phrase ("152mm shells"); none where two are ("122mm and 152mm"). */
function subKindOf(s: CountSite): string | undefined {
  if (MEASURES[s.measure].family !== 'munitions' || MEASURES[s.measure].unit === 'percent') return undefined;
  const phrase = nounPhrase(s);
  const kinds = new Set<string>();
  for (const m of phrase.matchAll(CALIBRE)) kinds.add(`${m[1]} mm`);
  for (const m of phrase.matchAll(MUNITION_KIND)) kinds.add(m[0]);
  for (const m of phrase.matchAll(MODEL)) kinds.add(s.written.slice(s.end + m.index, s.end + m.index + m[0].length));
  return kinds.size === 1 ? `${[...kinds][0]} ${MEASURES[s.measure].unit}` : undefined;
}

export interface CountReading {
  readonly counts: Counts;
  /** The period of a rate its words give ("$2,000 a month"), which its unit says too. */
  readonly rate?: Period;
}

const PLAIN: CountReading = { counts: { kind: 'running_total', coverage: 'all' } };

/** What the figure at `s` counts. */
export function countsOf(s: CountSite): CountReading {
  const near = s.folded.slice(Math.max(s.prevEnd, s.start - REACH), Math.min(s.nextStart, s.end + REACH));
  if (!s.per && !ANY_CUE.test(near)) {
    const partitive = partitiveOf(s);
    return partitive ? { counts: { ...PLAIN.counts, coverage: 'part', note: partitive } } : PLAIN;
  }
  const { lo, hi } = clauseOf(s);
  const period = periodOf(s, lo, hi);
  const since = period ? null : SINCE.exec(s.folded.slice(lo, hi));
  const part = partOf(s, lo, hi);
  const subKind = subKindOf(s);
  const notes = [
    period?.found.text,
    since ? s.written.slice(lo + since.index, lo + since.index + since[0].length).replace(/\.$/, '') : undefined,
    part ?? undefined,
  ].filter((n): n is string => Boolean(n));
  const kind = s.per
    ? { kind: 'period' as const, period: s.per }
    : period
      ? { kind: 'period' as const, period: period.period }
      : { kind: 'running_total' as const };
  const counts: Counts = {
    ...kind,
    coverage: part ? 'part' : 'all',
    ...(subKind ? { subKind } : {}),
    ...(notes.length > 0 ? { note: notes.join('; ') } : {}),
  };
  const rate = s.per ?? (period?.rate ? period.period : undefined);
  return rate ? { counts, rate } : { counts };
}
