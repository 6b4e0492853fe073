/**
 * Who the page says made a figure. The sentences are invented for the phrasing
 * each pins (shapes real reporting uses), not quoted from any page.
 */
import { describe, expect, it } from 'vitest';
import { detectFigures } from '../../src/engine/detect-figures';

/** The words named as the maker of the figure (whose text holds `figure`) in `text`, or null. */
function makerOf(text: string, figure: string): string | null {
  const found = detectFigures(text, { assumeTopic: true }).find((f) => f.text.includes(figure));
  if (!found) throw new Error(`no figure "${figure}" in: ${text}`);
  return found.attribution?.text ?? null;
}

const CASES: ReadonlyArray<readonly [string, string, string, string | null]> = [
  [
    'a maker before its verb',
    'North Korea has sent 11,000 troops to Russia, South Korea’s spy agency said on Monday.',
    '11,000',
    'South Korea’s spy agency',
  ],
  [
    'a maker before a verb at the sentence start',
    'The Pentagon estimates that 10,000 North Korean soldiers are in Russia.',
    '10,000',
    'Pentagon',
  ],
  [
    'a maker with words between it and its verb',
    'The NIS has also told lawmakers that 1,500 North Korean troops left for Russia.',
    '1,500',
    'NIS',
  ],
  ['a maker after "according to"', 'According to Zelensky, some 3,000 North Korean soldiers are fighting in Kursk.', '3,000', 'Zelensky'],
  [
    'a maker after its verb, after a quote',
    '“We assess that 3,000 North Korean soldiers moved into Russia,” said Kirby.',
    '3,000',
    'Kirby',
  ],
  ['a maker after "by"', 'Some 2,000 containers were shipped to Russia, as reported by the Korea Herald.', '2,000', 'Korea Herald'],
  [
    'a maker after "reported" at a clause\'s start (", reported South Korean media")',
    'Around 1,500 North Korean soldiers have arrived, with an estimated total of 12,000 to come, reported South Korean media.',
    '12,000',
    'South Korean media',
  ],
  [
    'a maker after "reported" at a clause\'s start, the clause before it no name',
    'Around 1,500 North Korean soldiers have already arrived in Russia, reported South Korean media.',
    'Around 1,500',
    'South Korean media',
  ],
  [
    'a maker after "by" ends before the charge it makes ("accused by Kyiv of sending")',
    'Pyongyang has been accused by Kyiv of sending 11,000 troops to Russia.',
    '11,000',
    'Kyiv',
  ],
  ['a maker before a time and its verb', 'The NIS last month said that about 300 North Korean soldiers had died.', 'about 300', 'NIS'],
  [
    'a maker whose short name in brackets stands before the rest of its name',
    'As of October 18, the National Intelligence Service (NIS) of South Korea reported that 1,500 North Korean soldiers had been transported to Vladivostok.',
    '1,500',
    'National Intelligence Service (NIS) of South Korea',
  ],
  [
    'a maker whose short name in brackets stands before "here" and its verb',
    'The National Intelligence Service (NIS) here said last Friday that North Korea decided to dispatch around 12,000 troops to Russia.',
    'around 12,000',
    'National Intelligence Service',
  ],
  [
    'a maker after a dateline and its agency in brackets, with a dash',
    'SEOUL (Reuters) - South Korea’s spy agency said on Wednesday that 1,500 North Korean soldiers had been sent.',
    '1,500',
    'South Korea’s spy agency',
  ],
  [
    'a maker after a dateline and its agency in brackets',
    'SEOUL (AFP) South Korea’s spy agency said on Wednesday that 1,500 North Korean soldiers had been sent.',
    '1,500',
    'South Korea’s spy agency',
  ],
  [
    "no maker for a verb of estimating that is the counted people's participle",
    'Austin said the 10,000 North Korean soldiers assessed to be in Russia are no match for the losses.',
    '10,000',
    'Austin',
  ],
  [
    'a maker after "by" whose name ends before "to be"',
    'North Korea receives money for each soldier deployed, estimated by some analysts to be as high as $2,000 per soldier.',
    'as high as $2,000',
    'some analysts',
  ],
  [
    'a maker whose verb of estimating has "to be" after it, the maker no counted people',
    'North Korean troops were hit, which South Korea’s spy agency believes to be around 3,000 killed and wounded.',
    'around 3,000',
    'South Korea’s spy agency',
  ],
  [
    'a maker before its short name in brackets and a place',
    'Ukraine’s intelligence agency (GUR) in Kyiv reported that 1,500 North Korean soldiers had arrived.',
    '1,500',
    'Ukraine’s intelligence agency',
  ],
  ['a maker before a day and its verb', 'Kirby on Monday said 3,000 North Korean troops had arrived in Kursk.', '3,000', 'Kirby'],
  [
    'the body a relay cites, not the relay',
    'North Korea has shipped 13,000 containers to Russia, a lawmaker said Tuesday, citing a military intelligence report.',
    '13,000',
    'military intelligence report',
  ],
  [
    'the body a speaker was briefed by, not the speaker',
    'About 300 North Korean soldiers have died, a lawmaker said, after a briefing from the country’s spy agency.',
    'About 300',
    'country’s spy agency',
  ],
  [
    'the speaker outside a quote, for "our information" within it',
    'Kirby stated, “Our information indicates that North Korea has provided Russia with more than a thousand containers.”',
    'more than a thousand',
    'Kirby',
  ],
  [
    'the maker a cue names within another cue’s words',
    'Russia has supplied North Korea with more than 1 million barrels of oil, according to an analysis of satellite images by the Open Source Center.',
    'more than 1 million',
    'Open Source Center',
  ],
  [
    'the owner of an estimate',
    'Ukraine says 3,000 North Korean soldiers were killed, far above Seoul’s estimate of 1,100 casualties.',
    '1,100',
    'Seoul',
  ],
  [
    'the nearest of two makers',
    'Ukraine says 3,000 North Korean soldiers were killed, far above Seoul’s estimate of 1,100 casualties.',
    '3,000',
    'Ukraine',
  ],
  ['a maker that puts a figure at a value', 'The NIS puts the number of North Korean troops in Russia at 11,000.', '11,000', 'NIS'],
  [
    'a maker named between commas before its verb',
    'Ukraine’s president, Volodymyr Zelensky, said 3,000 North Korean soldiers were killed or wounded.',
    '3,000',
    'Volodymyr Zelensky',
  ],
  [
    'the maker of the second of two verbs',
    'A lawmaker said the NIS estimates that 11,000 North Korean troops are in Russia.',
    '11,000',
    'NIS',
  ],
  [
    'a maker after a time word',
    'Later that month the Pentagon said 10,000 North Korean troops had arrived in Russia.',
    '10,000',
    'Pentagon',
  ],
  [
    'a maker after "and"',
    'North Korea sent 11,000 troops to Russia, Seoul said, and Kyiv said 3,000 of them were killed or wounded.',
    '3,000',
    'Kyiv',
  ],
  [
    'no maker for a noun before a verb, but the noun phrase',
    'Western estimates suggest 3,000 North Korean soldiers were killed or wounded.',
    '3,000',
    'Western estimates',
  ],
  [
    'no maker for an infinitive',
    'About 300 North Korean soldiers were killed in Kursk, though officials declined to say how.',
    '300',
    null,
  ],
  ['no maker for a verb in the passive', 'About 300 North Korean soldiers were reported killed in Kursk.', '300', null],
  [
    'no maker in a thing valued "estimated at"',
    'North Korea has received payments estimated at $1.2 billion for its military support.',
    '$1.2 billion',
    null,
  ],
  ['a maker who "estimated at least"', 'The NIS estimated at least 3,000 North Korean soldiers were killed.', '3,000', 'NIS'],
  [
    'no maker in a participle after a count\'s noun or a preposition ("casualties reported", "with reported casualties")',
    'December 2024 marked the deadliest month for Russian forces, with reported casualties reaching 48,670, continuing a trend.',
    '48,670',
    null,
  ],
  ['no maker in the noun of a count before "reported"', 'North Korean units suffered 1,200 casualties reported in January.', '1,200', null],
  [
    'a maker after a date\'s day ("On January 12, South Korean intelligence confirmed")',
    'On January 12, South Korean intelligence confirmed that Ukrainian soldiers captured two North Korean soldiers.',
    'two',
    'South Korean intelligence',
  ],
  [
    'no maker in things valued where they went ("exports to Russia estimated at")',
    "North Korea's arms exports to Russia estimated at $5.5B",
    '$5.5B',
    null,
  ],
  ["no maker in the people counted, as a headline's label", 'DPRK troops: 11K deployed, 4K casualties', '11K', null],
  [
    "no maker in losses named as a headline's label",
    'Russian Casualties Soar: Nearly 790,000 Losses Since Ukraine Invasion Began',
    '790,000',
    null,
  ],
  ['no maker in "claimed the lives of"', 'The fighting claimed the lives of 300 North Korean troops.', '300', null],
  [
    'a maker after "said by", its name ending at "to number"',
    'North Korean troops, said by Seoul to number 10,000, are in Kursk.',
    '10,000',
    'Seoul',
  ],
  ['no maker in the people "said to number" a count', 'North Korean troops, said to number 10,000, are in Kursk.', '10,000', null],
  [
    'a maker who "claimed victory", saying more',
    'Zelensky claimed victory in Kursk, saying 3,000 North Korean soldiers had been killed.',
    '3,000',
    'Zelensky',
  ],
  [
    'no maker in "say" set between commas as an example',
    'The deployment of, say, 100,000 North Korean troops could follow.',
    '100,000',
    null,
  ],
  [
    'a maker named before a relative pronoun ("The NIS, which estimates that…")',
    'The NIS, which estimates that 3,000 North Korean soldiers died, briefed lawmakers on Monday.',
    '3,000',
    'NIS',
  ],
  [
    'a relative pronoun\'s maker after "by" ("a briefing by South Korea\'s spy agency, which reported")',
    "That was in line with a briefing last week by South Korea's spy agency, which reported about 100 deaths.",
    'about 100',
    "South Korea's spy agency",
  ],
  [
    'not a relative pronoun\'s head that is a verb\'s object ("briefed lawmaker Lee, who said")',
    'The NIS briefed lawmaker Lee Seong-kweun, who said 1,100 North Korean soldiers were killed or wounded.',
    '1,100',
    'NIS',
  ],
  [
    'not the noun of a count before the comma as a maker ("lost 2,000 troops, briefed")',
    "South Korea's spy agency, which claims Pyongyang lost 2,000 troops, briefed lawmakers.",
    '2,000',
    "South Korea's spy agency",
  ],
  [
    'a maker whose verb is followed by "at" and no value ("said at the time")',
    "Ukraine's Special Operations Forces said at the time that 200 North Korean soldiers had been killed.",
    '200',
    "Ukraine's Special Operations Forces",
  ],
  [
    'no maker for a possessive before an adjective',
    'North Korea’s estimated 11,000 troops in Russia are fighting in Kursk.',
    '11,000',
    null,
  ],
  ['no maker where the sentence names none', 'North Korea has sent 11,000 troops to Russia.', '11,000', null],
  [
    'a maker before its short name in brackets and its verb',
    '“Of the 11,000 North Korean soldiers sent to Russia, 4,000 have died,” South Korea’s Joint Chiefs of Staff (JCS) said.',
    '4,000',
    'South Korea’s Joint Chiefs of Staff',
  ],
  [
    'the one "cited as saying" by an outlet, not the outlet',
    'North Korea will send 1,000 sappers to Kursk, Shoigu was cited as saying by the state news agency TASS.',
    '1,000',
    'Shoigu',
  ],
  [
    'a headline’s maker after a colon at its end',
    'North Korea could send up to 25,000 more troops: Zelenskyy',
    'up to 25,000',
    'Zelenskyy',
  ],
  [
    'no headline maker for a clause after a colon',
    'Zelensky confirmed he is ready to exchange captured North Korean soldiers, and hinted at another fate for the two captured men: a defector’s life.',
    'two',
    'Zelensky',
  ],
  [
    'the body that provided the data a lead-in names',
    'According to data provided in mid-January by the South Korean intelligence agency, at least 300 North Korean soldiers have died.',
    'at least 300',
    'South Korean intelligence agency',
  ],
  [
    'a headline’s maker before a colon at its start',
    'Zelenskyy: Russia plans to deploy 2,000–3,000 North Korean troops to Kursk',
    '2,000–3,000',
    'Zelenskyy',
  ],
  [
    'no maker in a dateline, where the sentence names one',
    'SEOUL: Around 300 North Korean soldiers have been killed, a South Korean lawmaker said.',
    'Around 300',
    'South Korean lawmaker',
  ],
  ['no maker in a page’s label before a colon', 'Quote: "Currently, 11,000 North Korean soldiers are in Kursk."', '11,000', null],
  ['no maker in a headline\'s "Report:" label', 'Report: Pyongyang earned $20bn from Russia war', '$20bn', null],
  [
    'a maker before its own analysis\'s colon ("NIS analysis:")',
    'NIS analysis: North Korea has lost 1,100 soldiers in Kursk',
    '1,100',
    'NIS analysis',
  ],
  [
    'no maker in a column\'s name before a headline\'s colon ("Ukraine war briefing:")',
    'Ukraine war briefing: North Korea sends another 5,000 into Kursk',
    '5,000',
    null,
  ],
  [
    'a maker before an aside naming the outlet it spoke to',
    'Kyrylo Budanov, in an interview with Bloomberg stated that North Korea supplies up to 40% of Russia’s ammunition.',
    'up to 40%',
    'Kyrylo Budanov',
  ],
  [
    'a maker after "an estimate from"',
    'The claim is higher than a Jan. 13 estimate from the NIS which said at least 300 North Korean soldiers have been killed.',
    'at least 300',
    'NIS',
  ],
  [
    'a maker of a verb of asserting',
    'Kirby asserted that at least 3,000 North Korean soldiers had moved into eastern Russia.',
    'at least 3,000',
    'Kirby',
  ],
  [
    'no maker in an article before "estimated", an adjective',
    'Around 1,500 soldiers have already arrived in Russia, with an estimated total of 12,000 expected by December.',
    'Around 1,500',
    null,
  ],
  [
    'no maker in a body named beside a noun: "the NIS estimate" is not the NIS saying',
    'Kyiv, which doubts the NIS estimate, thinks about 3,000 North Korean soldiers have been killed or wounded.',
    '3,000',
    null,
  ],
  [
    'the maker the sentence names before a news outlet that carries the figure',
    'The National Intelligence Service (NIS) of South Korea said Pyongyang is planning to send around 10,000 troops to Russia, according to the Yonhap News.',
    'around 10,000',
    'National Intelligence Service (NIS) of South Korea',
  ],
  [
    'a news outlet where the sentence names no other maker',
    'Pyongyang is planning to send around 10,000 troops to Russia, according to Yonhap.',
    'around 10,000',
    'Yonhap',
  ],
  [
    'a maker named again between dashes before its verb',
    'In a briefing, the National Intelligence Service \u2014 South Korea\u2019s main spy agency \u2014 said that more than a million North Korean artillery shells have been sent to Russia.',
    'more than a million',
    'South Korea\u2019s main spy agency',
  ],
  [
    'a maker before "analyzed"',
    'The National Intelligence Service also analyzed that North Korea has supplied more than 10 million artillery shells to Russia.',
    'more than 10 million',
    'National Intelligence Service',
  ],
  [
    'a maker before a bare "estimate that"',
    'South Korean intelligence agencies estimate that North Korea has dispatched over 1,500 special forces to Russia.',
    'over 1,500',
    'South Korean intelligence agencies',
  ],
  [
    'no maker in a preposition before reports as a noun ("amid reports of")',
    'Seoul said it would take in defectors, amid reports of thousands of North Korean soldiers sustaining casualties.',
    'thousands',
    'Seoul',
  ],
  [
    'the whole list where makers are listed as adjectives of one noun',
    'South Korean, U.S., and Ukrainian intelligence agencies estimate that between 10,000 and 12,000 North Korean soldiers were deployed to Russia.',
    'between 10,000 and 12,000',
    'South Korean, U.S., and Ukrainian intelligence agencies',
  ],
  [
    'a news outlet before a speaker in a clause of its own (review)',
    'North Korea has shipped about 28,000 containers to Russia, Reuters reported, while Kim Jong Un said his country would always stand with Moscow.',
    'about 28,000',
    'Reuters',
  ],
  [
    'the body an outlet relays, after the figure',
    'Reuters reported that about 600 North Korean troops had been killed fighting for Russia against Ukraine, citing South Korean intelligence.',
    'about 600',
    'South Korean intelligence',
  ],
  [
    'no maker in a noun "report that" after its determiner (review)',
    'Moscow denied a Ukrainian report that 3,000 North Korean troops had been killed.',
    '3,000',
    null,
  ],
  [
    'no maker in a noun "estimate that" after its owner (review)',
    'The NIS stood by its estimate that 11,000 North Korean soldiers are in Russia.',
    '11,000',
    null,
  ],
];

describe('who the page says made a figure', () => {
  it.each(CASES)('finds %s', (_, text, figure, maker) => {
    expect(makerOf(text, figure)).toBe(maker);
  });

  it('gives every figure of a sentence the maker it names', () => {
    const text = 'At least 100 North Korean soldiers were killed and 1,000 wounded in Kursk, according to the NIS.';
    expect(makerOf(text, 'At least 100')).toBe('NIS');
    expect(makerOf(text, '1,000')).toBe('NIS');
  });

  it('gives its offsets in the page’s text', () => {
    const text = 'North Korea has sent 11,000 troops to Russia, the Pentagon said.';
    const [figure] = detectFigures(text);
    expect(figure?.attribution).toEqual({
      text: 'Pentagon',
      start: text.indexOf('Pentagon'),
      end: text.indexOf('Pentagon') + 'Pentagon'.length,
    });
  });

  it('takes the maker from a sentence before it in the paragraph, the nearest first', () => {
    const text =
      'Zelensky spoke on Monday. The NIS briefed lawmakers on North Korea’s troops in Russia. Some 3,000 North Korean soldiers have been killed or wounded.';
    expect(makerOf(text, '3,000')).toBe('NIS');
  });

  it('never takes a maker from another paragraph', () => {
    const text =
      'The NIS briefed lawmakers on North Korea’s troops in Russia.\n\nSome 3,000 North Korean soldiers have been killed or wounded.';
    expect(makerOf(text, '3,000')).toBeNull();
  });

  it('reads a pronoun as the name before it', () => {
    const text =
      'Kirby briefed reporters about North Korea’s troops in Russia. He said at least 3,000 North Korean soldiers had moved into eastern Russia.';
    expect(makerOf(text, 'at least 3,000')).toBe('Kirby');
  });

  it('reads a pronoun after an opening adverb as the name before it ("Now we estimate")', () => {
    const text =
      'Miller briefed reporters about North Korea’s troops in Russia. Now we estimate that about 10,000 have gone there, he said.';
    expect(makerOf(text, 'about 10,000')).toBe('Miller');
  });

  it('takes no maker from the headline before it in a run of headlines joined by semicolons', () => {
    const text =
      'Lebanon: One Killed in Israeli Strikes on Beirut Suburb; Harris Took Questions on the Economy; At Least 3,000 North Korean Troops Inside Russia';
    expect(makerOf(text, 'At Least 3,000')).toBeNull();
  });

  it('keeps a pronoun where no name comes before it', () => {
    expect(makerOf('At least 3,000 North Korean soldiers have moved into Russia, he said.', 'At least 3,000')).toBe('he');
  });
});
