import type { Counts } from '../../src/engine/counts';

export interface CountCase {
  /** The rule the case pins. */
  name: string;
  text: string;
  /** The figure, as written, whose counts are checked. */
  figure: string;
  counts: Counts;
}

const all = { kind: 'running_total', coverage: 'all' } as const;

/** Each text is one sentence or two of made-up reporting; the default is a running total of all forces. */
export const COUNT_CASES: CountCase[] = [
  // A running total, all forces: the default
  { name: 'total: a national figure', text: 'North Korea has sent about 11,000 troops to Russia.', figure: 'about 11,000', counts: all },
  {
    name: 'total: the region nearly all troops went to is not a part of them',
    text: 'Some 12,000 North Korean soldiers have been deployed to the Kursk region.',
    figure: 'Some 12,000',
    counts: all,
  },
  {
    name: "total: a span after a month is the month's year, a date",
    text: 'Since March of this year, North Korea has sent about 3,000 more troops to Russia.',
    figure: 'about 3,000',
    counts: { ...all, note: 'Since March of this year' },
  },
  {
    name: 'total: a month that dates the statement, after it',
    text: 'North Korea has sent about 11,000 troops to Russia, the NIS said last month.',
    figure: 'about 11,000',
    counts: all,
  },
  {
    name: 'total: a month that dates the statement, before it',
    text: 'Last month the NIS told lawmakers that about 300 North Korean soldiers had been killed.',
    figure: 'about 300',
    counts: all,
  },
  {
    name: 'total: a week right after the verb of saying, before the figure',
    text: 'The NIS told lawmakers last week that about 300 North Korean soldiers had been killed.',
    figure: 'about 300',
    counts: all,
  },
  {
    name: 'total: a statement in an annual report',
    text: 'The agency said in its annual report that 11,000 North Korean troops are in Russia.',
    figure: '11,000',
    counts: all,
  },
  {
    name: 'total: as of a month',
    text: 'As of last month, North Korea had sent 13,000 troops to Russia.',
    figure: '13,000',
    counts: all,
  },
  { name: 'total: a year ago is a moment', text: 'A year ago, North Korea sent 11,000 troops to Russia.', figure: '11,000', counts: all },
  {
    name: 'total: a year of supply is a duration',
    text: 'North Korea has shipped 12 million shells to Russia in more than a year of war.',
    figure: '12 million',
    counts: all,
  },
  {
    name: 'total: a year ago, after the figure, is a moment',
    text: 'North Korea sent 11,000 troops to Russia a year ago.',
    figure: '11,000',
    counts: all,
  },
  {
    name: "total: last year's deployment is a moment",
    text: "Last year's deployment of 11,000 North Korean troops surprised Kyiv.",
    figure: '11,000',
    counts: all,
  },
  {
    name: 'total: a region is all of the troops stationed in it',
    text: 'About 11,000 North Korean troops are stationed in the Kursk region.',
    figure: 'About 11,000',
    counts: all,
  },
  {
    name: 'total: a rate far past the noun phrase is not its rate',
    text: 'North Korea has sent 12 million shells to Russia, which fires a million a month.',
    figure: '12 million',
    counts: all,
  },
  {
    name: 'total: a rate past the noun phrase, in the same clause, is not its rate',
    text: 'North Korea has sent 3 million shells to Russia, whose guns fire far more than that a year.',
    figure: '3 million',
    counts: all,
  },
  {
    name: 'total: a week that dates a long statement',
    text: "About 300 North Korean soldiers were killed, Ukraine's intelligence agency said in a briefing for reporters last week.",
    figure: 'About 300',
    counts: all,
  },
  {
    name: 'total: an annual report is no annual count',
    text: 'Its annual assessment put the figure at 11,000 North Korean troops in Russia.',
    figure: '11,000',
    counts: all,
  },
  {
    name: 'total: from a start, with the start noted',
    text: 'Since December, North Korea has sent about 3,000 more troops to Russia.',
    figure: 'about 3,000',
    counts: { ...all, note: 'Since December' },
  },
  {
    name: 'total: since their deployment',
    text: 'North Korean troops have suffered 4,000 casualties since their deployment in October.',
    figure: '4,000',
    counts: { ...all, note: 'since their deployment in October' },
  },

  // A count for a period
  {
    name: 'period: last month, of what was sent',
    text: 'Last month, North Korea sent 3,000 more troops to Russia.',
    figure: '3,000',
    counts: { kind: 'period', period: 'month', coverage: 'all', note: 'Last month' },
  },
  {
    name: 'period: the past week',
    text: 'In the past week more than 1,000 North Korean soldiers were killed or wounded.',
    figure: 'more than 1,000',
    counts: { kind: 'period', period: 'week', coverage: 'all', note: 'In the past week' },
  },
  {
    name: 'period: a rate after the amount',
    text: 'North Korea ships around 3 million artillery shells a year to Russia.',
    figure: 'around 3 million',
    counts: { kind: 'period', period: 'year', coverage: 'all', note: 'a year' },
  },
  {
    name: 'period: annually, at the end of the clause',
    text: 'North Korea sends Russia 2 million shells annually, researchers believe.',
    figure: '2 million',
    counts: { kind: 'period', period: 'year', coverage: 'all', note: 'annually' },
  },
  {
    name: 'period: an annual supply of',
    text: 'An annual supply of 3 million shells comes from North Korea.',
    figure: '3 million',
    counts: { kind: 'period', period: 'year', coverage: 'all', note: 'annual' },
  },
  {
    name: 'period: of two, the nearer decides',
    text: 'This week North Korea was found to be shipping 3 million shells a year to Russia.',
    figure: '3 million',
    counts: { kind: 'period', period: 'year', coverage: 'all', note: 'a year' },
  },
  {
    name: 'period: a month, named, alone',
    text: 'In January alone, about 1,000 North Korean soldiers were killed.',
    figure: 'about 1,000',
    counts: { kind: 'period', period: 'month', coverage: 'all', note: 'In January alone' },
  },
  {
    name: 'period: during a month named',
    text: 'During March, North Korea shipped 400,000 shells to Russia.',
    figure: '400,000',
    counts: { kind: 'period', period: 'month', coverage: 'all', note: 'During March' },
  },
  {
    name: 'period: a single day',
    text: 'Ukraine says 200 North Korean soldiers were killed in a single day.',
    figure: '200',
    counts: { kind: 'period', period: 'other', coverage: 'all', note: 'in a single day' },
  },
  {
    name: 'period: pay per month, as its cue says',
    text: 'Each North Korean soldier is paid about $2,000 a month by Russia.',
    figure: 'about $2,000',
    counts: { kind: 'period', period: 'month', coverage: 'all', note: 'a month' },
  },
  {
    name: 'period: a monthly salary',
    text: 'North Korean soldiers receive a monthly salary of $2,000 from Russia.',
    figure: '$2,000',
    counts: { kind: 'period', period: 'month', coverage: 'all', note: 'monthly' },
  },

  // Part of the force: some units, one town, one battle, part of a figure just given
  {
    name: 'part: one battle, with its place',
    text: 'About 300 North Korean soldiers were killed in the battle for Pokrovsk.',
    figure: 'About 300',
    counts: { ...all, coverage: 'part', note: 'in the battle for Pokrovsk' },
  },
  {
    name: 'part: one assault',
    text: 'North Korean units lost 200 soldiers in one assault, Kyiv said.',
    figure: '200',
    counts: { ...all, coverage: 'part', note: 'in one assault' },
  },
  {
    name: 'part: one town',
    text: 'Some 500 North Korean troops are stationed in Sudzha.',
    figure: 'Some 500',
    counts: { ...all, coverage: 'part', note: 'in Sudzha' },
  },
  {
    name: 'part: near villages named',
    text: 'At least 40 North Korean soldiers were killed or wounded near the village of Lyubimovka.',
    figure: 'At least 40',
    counts: { ...all, coverage: 'part', note: 'near the village of Lyubimovka' },
  },
  {
    name: 'part: some units',
    text: 'Some units of North Korean troops have lost 400 soldiers, Ukraine says.',
    figure: '400',
    counts: { ...all, coverage: 'part', note: 'Some units' },
  },
  {
    name: 'part: members of the brigade',
    text: 'Thirty North Korean soldiers of the brigade were killed, Ukraine said.',
    figure: 'Thirty',
    counts: { ...all, coverage: 'part', note: 'the brigade' },
  },
  {
    name: 'part: a kind of troops',
    text: 'North Korea will send 1,000 sappers and 5,000 military builders to Russia.',
    figure: '5,000',
    counts: { ...all, coverage: 'part', note: 'military builders' },
  },
  {
    name: 'part: of whom, of the figure just given',
    text: 'North Korea has deployed 12,000 troops, of whom 3,000 are stationed at the front.',
    figure: '3,000',
    counts: { ...all, coverage: 'part', note: 'of whom' },
  },
  {
    name: 'part: of whom, after the part',
    text: 'North Korea has deployed 12,000 troops, 3,000 of whom are stationed at the front.',
    figure: '3,000',
    counts: { ...all, coverage: 'part', note: 'of whom' },
  },
  {
    name: 'part: a partitive far before the figure is not its own',
    text: 'North Korea sent 11,000 troops in the autumn, including officers, and in all 14,000 troops have been sent.',
    figure: '14,000',
    counts: all,
  },
  {
    name: 'part: the whole just given stays all',
    text: 'North Korea has deployed 12,000 troops, of whom 3,000 are stationed at the front.',
    figure: '12,000',
    counts: all,
  },
  {
    name: 'part: opened on the whole',
    text: 'Of the 11,000 North Korean troops sent to Russia, 2,000 have been moved to the front.',
    figure: '2,000',
    counts: { ...all, coverage: 'part', note: 'Of the 11,000' },
  },
  {
    name: 'part: of whom, of another measure, is all of that measure',
    text: 'North Korea has sent 11,000 troops, of whom 1,000 have been killed.',
    figure: '1,000',
    counts: all,
  },
  {
    name: 'part: a region of the war, for Russia’s own toll',
    text: 'As North Korean troops arrived, Russia had lost 38,000 soldiers in the Kursk region, Ukraine said.',
    figure: '38,000',
    counts: { ...all, coverage: 'part', note: 'in the Kursk region' },
  },
  {
    name: 'part: the war’s whole toll stays all beside a region named in another clause',
    text: 'Russia has lost 700,000 soldiers in the war, while North Korean troops fight in Kursk.',
    figure: '700,000',
    counts: all,
  },

  // A kind of the thing
  {
    name: 'kind: a calibre in words',
    text: 'North Korea has supplied 500,000 rounds of 122-millimeter artillery shells to Russia.',
    figure: '500,000',
    counts: { ...all, subKind: '122 mm shells' },
  },
  {
    name: 'kind: a calibre in figures',
    text: 'North Korea has sent 2 million 152mm shells to Russia.',
    figure: '2 million',
    counts: { ...all, subKind: '152 mm shells' },
  },
  {
    name: 'kind: two calibres are not one kind',
    text: 'North Korea has sent 1 million 152mm and 122mm shells to Russia.',
    figure: '1 million',
    counts: all,
  },
  {
    name: 'kind: mortar shells',
    text: 'North Korea sent Russia 100,000 mortar shells.',
    figure: '100,000',
    counts: { ...all, subKind: 'mortar shells' },
  },
  {
    name: 'kind: a missile model',
    text: 'North Korea has sent more than 50 KN-23 ballistic missiles to Russia.',
    figure: 'more than 50',
    counts: { ...all, subKind: 'KN-23 missiles' },
  },
  {
    name: 'kind: only munitions have kinds, not the containers that carry them',
    text: 'North Korea has sent 6,700 containers of 152mm shells to Russia.',
    figure: '6,700',
    counts: all,
  },
  {
    name: 'kind: a calibre past the noun phrase is not the kind',
    text: 'North Korea has sent 3 million shells to Russia for its 152mm guns.',
    figure: '3 million',
    counts: all,
  },
];
