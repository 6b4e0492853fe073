/**
 * The quantity grammar's table: what `parseQuantities` must find in a piece of text, and nothing
 * else. The contract is docs/figures.md section 1; every row of it is exercised here.
 *
 * Each case is named "<theme>: <what it checks>"; the test file groups the cases by theme. An
 * expected quantity gives the span's text as written (qualifier, currency, number, scale word,
 * percent word, never the noun); the test finds it in the input, in order, and checks the offsets.
 * `unit` defaults to 'count', `qualifier` to null, `vague` to false.
 *
 * Invisible or look-alike characters (special spaces, hyphens and dashes) are written as \u
 * escapes so that a reader sees which one a case is about.
 */

export interface ExpectedQuantity {
  /** `input.slice(start, end)`: qualifier, currency, number, scale and percent word, no noun. */
  text: string;
  value: number | { low: number; high: number };
  /** Default 'count'. */
  unit?: string;
  /** Lower-cased, spaces folded; default null. */
  qualifier?: string | null;
  /** Default false. */
  vague?: boolean;
}

export interface GrammarCase {
  /** "<theme>: <description>", unique. */
  name: string;
  input: string;
  /** Every quantity in the input, in order; [] when there is none. */
  expect: ExpectedQuantity[];
}

const range = (low: number, high: number) => ({ low, high });

export const GRAMMAR_CASES: GrammarCase[] = [
  {
    name: 'dates: a month with punctuation stuck to its front is still read before its day',
    input: 'On Friday (Dec 27) the troops moved. The attack on "Dec. 14" killed 30 soldiers. From mid-October 2024 - 12,000 troops.',
    expect: [
      { text: '30', value: 30 },
      { text: '12,000', value: 12000 },
    ],
  },
  // ---------------------------------------------------------------------------------------------
  // Digits: thousands separators (comma, ordinary space, U+00A0, U+2007, U+2009, U+202F), plain
  // digits, decimals, fullwidth digits, punctuation right after a number.
  {
    name: 'digits: comma thousands',
    input: 'Pyongyang sent 12,000 soldiers to the Kursk region.',
    expect: [{ text: '12,000', value: 12000 }],
  },
  {
    name: 'digits: comma millions',
    input: 'North Korea has shipped 1,000,000 artillery shells to Russia.',
    expect: [{ text: '1,000,000', value: 1_000_000 }],
  },
  {
    name: 'digits: ordinary space thousands',
    input: 'Kyiv says 12 000 North Korean soldiers crossed into Russia.',
    expect: [{ text: '12 000', value: 12000 }],
  },
  {
    name: 'digits: ordinary space millions',
    input: 'Russia received 1 000 000 shells from Pyongyang last year.',
    expect: [{ text: '1 000 000', value: 1_000_000 }],
  },
  {
    name: 'digits: no-break space U+00A0',
    input: 'Ukrainian intelligence counted 11\u00a0000 North Korean soldiers in Kursk.',
    expect: [{ text: '11\u00a0000', value: 11000 }],
  },
  {
    name: 'digits: thin space U+2009',
    input: 'Seoul put the contingent at 10\u2009000 soldiers.',
    expect: [{ text: '10\u2009000', value: 10000 }],
  },
  {
    name: 'digits: narrow no-break space U+202F',
    input: 'The agency counted 3\u202f000 North Korean casualties.',
    expect: [{ text: '3\u202f000', value: 3000 }],
  },
  {
    name: 'digits: figure space U+2007',
    input: 'The battalion lost 4\u2007700 men in the winter offensive.',
    expect: [{ text: '4\u2007700', value: 4700 }],
  },
  {
    name: 'digits: narrow no-break space in millions',
    input: 'Le renseignement estime que 2\u202f500\u202f000 obus ont été livrés.',
    expect: [{ text: '2\u202f500\u202f000', value: 2_500_000 }],
  },
  {
    name: 'digits: plain three digits',
    input: 'Kyiv said 800 North Korean soldiers had been wounded.',
    expect: [{ text: '800', value: 800 }],
  },
  {
    name: 'digits: plain five digits without separator',
    input: 'The cargo ship carried 12000 shells to the port of Rajin.',
    expect: [{ text: '12000', value: 12000 }],
  },
  {
    name: 'digits: plain single digit',
    input: 'Ukrainian forces captured 2 North Korean soldiers in Kursk.',
    expect: [{ text: '2', value: 2 }],
  },
  {
    name: 'digits: plain digits, not a year-like number',
    input: 'Satellite images show 7500 containers at the Najin terminal.',
    expect: [{ text: '7500', value: 7500 }],
  },
  {
    name: 'digits: decimal',
    input: 'Analysts say each container holds 2.5 tonnes of ammunition.',
    expect: [{ text: '2.5', value: 2.5 }],
  },
  {
    name: 'digits: decimal below one',
    input: 'The strike destroyed 0.5 hectares of the depot.',
    expect: [{ text: '0.5', value: 0.5 }],
  },
  {
    name: 'digits: fullwidth digits',
    input: 'Reports said \uff11\uff11,\uff10\uff10\uff10 troops were deployed.',
    expect: [{ text: '\uff11\uff11,\uff10\uff10\uff10', value: 11000 }],
  },
  {
    name: 'digits: sentence start',
    input: '12,000 troops have arrived in Russia, officials said.',
    expect: [{ text: '12,000', value: 12000 }],
  },
  {
    name: 'digits: full stop after the number is not a decimal point',
    input: 'By March the toll had reached 3,000.',
    expect: [{ text: '3,000', value: 3000 }],
  },
  {
    name: 'digits: comma and space after the number',
    input: 'The contingent numbered 11,000, according to Seoul.',
    expect: [{ text: '11,000', value: 11000 }],
  },
  {
    name: 'digits: in parentheses',
    input: 'North Korean losses (3,800) were revised upward.',
    expect: [{ text: '3,800', value: 3800 }],
  },

  // ---------------------------------------------------------------------------------------------
  // Scale words and abbreviations after digits: million, billion, trillion, thousand, m, bn, k, mln.
  {
    name: 'scale: decimal billion',
    input: 'The arms deals are worth 5.5 billion, officials said.',
    expect: [{ text: '5.5 billion', value: 5.5e9 }],
  },
  {
    name: 'scale: m glued to a decimal',
    input: 'North Korea has sent 1.6m shells since August.',
    expect: [{ text: '1.6m', value: 1.6e6 }],
  },
  {
    name: 'scale: k glued to digits',
    input: 'Reports of 12k troops circulated on Telegram channels.',
    expect: [{ text: '12k', value: 12000 }],
  },
  {
    name: 'scale: mln',
    input: 'Pyongyang delivered 2.3 mln artillery rounds last year.',
    expect: [{ text: '2.3 mln', value: 2.3e6 }],
  },
  {
    name: 'scale: mil after a space',
    input: 'The depot held 2.4 mil rounds before the strike.',
    expect: [{ text: '2.4 mil', value: 2.4e6 }],
  },
  {
    name: 'scale: Mil capitalised, glued',
    input: 'Headline: 1.2Mil shells shipped by rail.',
    expect: [{ text: '1.2Mil', value: 1.2e6 }],
  },
  {
    name: 'scale: a word starting mil is no scale',
    input: 'They counted 40 military trucks at the port.',
    expect: [{ text: '40', value: 40 }],
  },
  {
    name: 'scale: trillion',
    input: 'The ministry requested 3 trillion for new air defences.',
    expect: [{ text: '3 trillion', value: 3e12 }],
  },
  {
    name: 'scale: decimal million',
    input: 'Estimates suggest 4.8 million shells crossed the border.',
    expect: [{ text: '4.8 million', value: 4.8e6 }],
  },
  {
    name: 'scale: integer million',
    input: 'North Korea may have supplied 12 million rounds in total.',
    expect: [{ text: '12 million', value: 12e6 }],
  },
  {
    name: 'scale: one million',
    input: 'The first trainloads carried 1 million shells.',
    expect: [{ text: '1 million', value: 1e6 }],
  },
  {
    name: 'scale: bn glued to a decimal',
    input: 'Trade with Moscow reached 1.2bn last year.',
    expect: [{ text: '1.2bn', value: 1.2e9 }],
  },
  {
    name: 'scale: k after three digits',
    input: 'The video was viewed 300k times in a day.',
    expect: [{ text: '300k', value: 300000 }],
  },
  {
    name: 'scale: thousand after digits',
    input: 'Estimates run to 10 thousand soldiers.',
    expect: [{ text: '10 thousand', value: 10000 }],
  },
  {
    name: 'scale: decimal thousand',
    input: 'Seoul said 2.5 thousand soldiers had been rotated out.',
    expect: [{ text: '2.5 thousand', value: 2500 }],
  },
  {
    name: 'scale: billion after a comma-free integer',
    input: 'The sanctions froze 2 billion in North Korean assets.',
    expect: [{ text: '2 billion', value: 2e9 }],
  },

  // ---------------------------------------------------------------------------------------------
  // Number words: units, teens, tens, hyphenated compounds (U+002D, U+2010, U+2011), "and",
  // scale words, "a dozen" / "a hundred" / "a thousand" / "a million", "half a million", case.
  {
    name: 'words: "another" before a scale word is one of it; before a noun it is no amount',
    input: 'About 100 were killed and another thousand wounded; another dozen went missing and another soldier deserted.',
    expect: [
      { text: 'About 100', value: 100, qualifier: 'about' },
      { text: 'another thousand', value: 1000 },
      { text: 'another dozen', value: 12 },
    ],
  },
  {
    name: 'not amounts: a model number after a space ("Hwasong 11", "KN 23")',
    input: 'Russia used a North Korean Hwasong 11 ballistic missile and two KN 23 missiles.',
    expect: [{ text: 'two', value: 2 }],
  },
  {
    name: 'not amounts: "times" as a multiplier after a change or before a comparison; trips counted in times stay',
    input: 'The number increased over nine times to 74, three times more than in 2023. The ship went there 32 times.',
    expect: [
      { text: '74', value: 74 },
      { text: '32', value: 32 },
    ],
  },
  {
    name: 'currency: a code glued to the digits ("USD540 million"); other letters glued make a word ("kn23")',
    input: 'It earned USD540 million and RUB500 million; the kn23 missile is no amount.',
    expect: [
      { text: 'USD540 million', value: 540000000, unit: 'USD' },
      { text: 'RUB500 million', value: 500000000, unit: 'RUB' },
    ],
  },
  {
    name: 'fractions: a ratio ("one in three", "1 in 4") before a word; not a score or a rate of one in a thousand',
    input: 'One in three soldiers and 1 in 4 troops were hit; the team won 3 in 2 games.',
    expect: [
      { text: 'One in three', value: 1 / 3, unit: 'fraction' },
      { text: '1 in 4', value: 0.25, unit: 'fraction' },
      { text: '3', value: 3 },
      { text: '2', value: 2 },
    ],
  },
  {
    name: 'words: unit',
    input: 'Ukrainian forces captured two North Korean soldiers in Kursk.',
    expect: [{ text: 'two', value: 2 }],
  },
  {
    name: 'words: unit at sentence start, capitalised',
    input: 'Seven North Korean officers were killed in a missile strike near Donetsk.',
    expect: [{ text: 'Seven', value: 7 }],
  },
  {
    name: 'words: teen',
    input: 'Satellite photos showed fifteen containers on the quay.',
    expect: [{ text: 'fifteen', value: 15 }],
  },
  {
    name: 'words: eleven',
    input: 'The ship made eleven voyages between Rajin and Dunai.',
    expect: [{ text: 'eleven', value: 11 }],
  },
  {
    name: 'words: tens',
    input: 'Analysts counted forty shipments over the summer.',
    expect: [{ text: 'forty', value: 40 }],
  },
  {
    name: 'words: tens, ninety',
    input: 'Russia has received ninety trainloads of munitions.',
    expect: [{ text: 'ninety', value: 90 }],
  },
  {
    name: 'words: hyphenated compound',
    input: 'Officials said twenty-five North Korean generals visited the front.',
    expect: [{ text: 'twenty-five', value: 25 }],
  },
  {
    name: 'words: compound with hyphen U+2010',
    input: 'Officials said twenty\u2010five North Korean generals visited the front.',
    expect: [{ text: 'twenty\u2010five', value: 25 }],
  },
  {
    name: 'words: compound with non-breaking hyphen U+2011',
    input: 'Kyiv counted thirty\u2011six North Korean rockets overnight.',
    expect: [{ text: 'thirty\u2011six', value: 36 }],
  },
  {
    name: 'words: spelled decimal before a scale',
    input: 'Officials put the total at one point two million rounds.',
    expect: [{ text: 'one point two million', value: 1.2e6 }],
  },
  {
    name: 'words: hyphenated spelled decimal',
    input: 'A broadcaster said one-point-five million shells had moved by rail.',
    expect: [{ text: 'one-point-five million', value: 1.5e6 }],
  },
  {
    name: 'words: two digits after the point',
    input: 'The bill came to two point seven five billion.',
    expect: [{ text: 'two point seven five billion', value: 2.75e9 }],
  },
  {
    name: 'words: "at one point" opening a clause is an idiom, not a decimal',
    input: 'Later, at one point two million rounds sat at the railhead.',
    expect: [{ text: 'two million', value: 2e6 }],
  },
  {
    name: 'words: a spelled point before a thousand is not read as a decimal',
    input: 'At one point two thousand men were cut off near the river.',
    expect: [{ text: 'two thousand', value: 2000 }],
  },
  {
    name: 'words: a point with no digit after it ends the number',
    input: 'Twelve points of the plan were agreed; the main point was money.',
    expect: [{ text: 'Twelve', value: 12 }],
  },
  {
    name: 'words: one hundred and twenty',
    input: 'The unit lost one hundred and twenty men in a single assault.',
    expect: [{ text: 'one hundred and twenty', value: 120 }],
  },
  {
    name: 'words: one hundred and twenty-five',
    input: 'Ukraine says it destroyed one hundred and twenty-five North Korean guns.',
    expect: [{ text: 'one hundred and twenty-five', value: 125 }],
  },
  {
    name: 'words: two hundred',
    input: 'Pyongyang sent two hundred engineers to rebuild Kursk.',
    expect: [{ text: 'two hundred', value: 200 }],
  },
  {
    name: 'words: three hundred thousand',
    input: 'Moscow has recruited three hundred thousand contract soldiers this year.',
    expect: [{ text: 'three hundred thousand', value: 300000 }],
  },
  {
    name: 'words: four million',
    input: 'North Korea may have shipped four million shells.',
    expect: [{ text: 'four million', value: 4e6 }],
  },
  {
    name: 'words: twelve thousand',
    input: 'Russia took in twelve thousand North Korean troops.',
    expect: [{ text: 'twelve thousand', value: 12000 }],
  },
  {
    name: 'words: Twelve thousand at sentence start',
    input: 'Twelve thousand North Korean troops are now in Russia.',
    expect: [{ text: 'Twelve thousand', value: 12000 }],
  },
  {
    name: 'words: headline title case',
    input: 'Ten Thousand North Korean Troops Reach Kursk',
    expect: [{ text: 'Ten Thousand', value: 10000 }],
  },
  {
    name: 'words: eleven thousand',
    input: 'Seoul said eleven thousand soldiers had left Wonsan by sea.',
    expect: [{ text: 'eleven thousand', value: 11000 }],
  },
  {
    name: 'words: a dozen',
    input: 'Kyiv intercepted a dozen North Korean ballistic missiles.',
    expect: [{ text: 'a dozen', value: 12 }],
  },
  {
    name: 'years: four plain digits before soldiers or shells are a count ("between 1200 and 2000 soldiers"), unless a preposition of time stands before them',
    input: 'Russia is losing between 1200 and 2000 soldiers a day; a force of 1900 troops; in 2000 soldiers died; the 2024 elections.',
    expect: [
      { text: 'between 1200 and 2000', value: { low: 1200, high: 2000 } },
      { text: '1900', value: 1900 },
    ],
  },
  {
    name: 'words and digits: a scale in the plural after a number is that scale ("twenty thousands", "3 millions"); alone it stays vague',
    input:
      'Russia sent aid in exchange for twenty thousands of troops and 3 millions shells, while thousands more wait; since 2022 millions fled.',
    expect: [
      { text: 'twenty thousands', value: 20000 },
      { text: '3 millions', value: 3000000 },
      { text: 'thousands', value: { low: 2000, high: 9000 }, vague: true },
      { text: 'millions', value: { low: 2000000, high: 9000000 }, vague: true },
    ],
  },
  {
    name: 'words: a couple of a scale is two of it ("a couple thousand", "a couple of hundred"); a couple alone is no amount',
    input: "A 'couple thousand' troops head to Kursk, a couple of hundred more wait, and a couple of days passed.",
    expect: [
      { text: 'couple thousand', value: 2000 },
      { text: 'a couple of hundred', value: 200 },
    ],
  },
  {
    name: 'words: A dozen at sentence start',
    input: 'A dozen containers were unloaded at Dunai overnight.',
    expect: [{ text: 'A dozen', value: 12 }],
  },
  {
    name: 'words: a hundred',
    input: 'Russia received a hundred KN-23 missiles, Kyiv said.',
    expect: [{ text: 'a hundred', value: 100 }],
  },
  {
    name: 'words: a thousand',
    input: 'The train carried a thousand tonnes of ammunition.',
    expect: [{ text: 'a thousand', value: 1000 }],
  },
  {
    name: 'words: a million',
    input: 'Pyongyang had shipped a million shells by October.',
    expect: [{ text: 'a million', value: 1e6 }],
  },
  {
    name: 'words: half a million',
    input: 'Russia may have used half a million North Korean rounds in Kursk alone.',
    expect: [{ text: 'half a million', value: 500000 }],
  },
  {
    name: 'words: "a half-million", hyphened to its scale, and "half million"',
    input:
      'More than a half-million Russian troops have been killed or wounded; a half-million shells came from North Korea, with half million rounds more.',
    expect: [
      { text: 'More than a half-million', value: 500000, qualifier: 'more than' },
      { text: 'a half-million', value: 500000 },
      { text: 'half million', value: 500000 },
    ],
  },
  {
    name: 'words: "two and half million", its "a" left out, is two and a half million',
    input: 'North Korea has sent Russia two and half million shells.',
    expect: [{ text: 'two and half million', value: 2500000 }],
  },
  {
    name: 'words: one and a half million',
    input: 'Moscow has already taken one and a half million shells from the North.',
    expect: [{ text: 'one and a half million', value: 1.5e6 }],
  },
  {
    name: 'words: four-and-a-half thousand, after a qualifier',
    input: 'Its losses came to over four-and-a-half thousand killed and wounded.',
    expect: [{ text: 'over four-and-a-half thousand', value: 4500, qualifier: 'over' }],
  },
  {
    name: 'words: a duration with its half is no amount',
    input: 'The talks lasted two and a half days, and 3 and a half hours more on Friday.',
    expect: [],
  },
  {
    name: 'words: a lone "one" is a count only with a bound ("at least one"), never a pronoun',
    input: 'At least one missile hit the city, and one of the most senior officers was there.',
    expect: [{ text: 'At least one', value: 1, qualifier: 'at least' }],
  },
  {
    name: 'qualifiers: closer to',
    input: 'The latest assessment places the toll closer to 2,500.',
    expect: [{ text: 'closer to 2,500', value: 2500, qualifier: 'closer to' }],
  },
  {
    name: 'digits: a decimal comma before a scale word, as European writers put it',
    input: 'Some 1,6 million shells and 2,25 billion dollars went north; 1,600 million is another matter.',
    expect: [
      { text: 'Some 1,6 million', value: 1.6e6, qualifier: 'some' },
      { text: '2,25 billion dollars', value: 2.25e9, unit: 'USD' },
      { text: '1,600 million', value: 1.6e9 },
    ],
  },
  {
    name: 'currency: a code after the amount, not where it repeats the sign before it; South Korean won',
    input: 'Arms worth between 5.6 and 9.8 billion USD went north; each soldier gets around 5 million South Korean won, or $3,700 USD.',
    expect: [
      { text: 'between 5.6 and 9.8 billion USD', value: range(5.6e9, 9.8e9), unit: 'USD' },
      { text: 'around 5 million South Korean won', value: 5e6, unit: 'KRW', qualifier: 'around' },
      { text: '$3,700', value: 3700, unit: 'USD' },
    ],
  },
  {
    name: 'words: "over" as a particle does not make "one" a count; "won\'t" after a vague amount is no currency',
    input: "Troops took over one of the villages, and thousands won't return home.",
    expect: [{ text: 'thousands', value: range(2000, 9000), vague: true }],
  },
  {
    name: 'words: one million',
    input: 'Seoul believes one million shells were sent in the first wave.',
    expect: [{ text: 'one million', value: 1e6 }],
  },
  {
    name: 'words: ten thousand',
    input: 'Kim Jong Un promised ten thousand more soldiers.',
    expect: [{ text: 'ten thousand', value: 10000 }],
  },

  // ---------------------------------------------------------------------------------------------
  // Vague amounts: each row of the vague table, read as a range with vague: true.
  {
    name: 'vague: several billion, with the currency word after it',
    input: 'The munitions sold are thought to be worth several billion dollars to the regime.',
    expect: [{ text: 'several billion dollars', value: range(3e9, 9e9), vague: true, unit: 'USD' }],
  },
  {
    name: 'vague: a few billion',
    input: 'Estimates of the trade run to a few billion a year.',
    expect: [{ text: 'a few billion', value: range(2e9, 5e9), vague: true }],
  },
  {
    name: 'vague: several hundred thousand, not several hundred',
    input: 'Analysts think several hundred thousand rounds crossed the border.',
    expect: [{ text: 'several hundred thousand', value: range(3e5, 9e5), vague: true }],
  },
  {
    name: 'vague: dozens',
    input: 'Dozens of North Korean soldiers were killed in the assault.',
    expect: [{ text: 'Dozens', value: range(24, 96), vague: true }],
  },
  {
    name: 'vague: plural scale words after "several", and "a few dozen"',
    input: 'Russia has received several dozens of missiles, several thousands of troops and a few dozen engineers.',
    expect: [
      { text: 'several dozens', value: range(36, 108), vague: true },
      { text: 'several thousands', value: range(3e3, 9e3), vague: true },
      { text: 'a few dozen', value: range(24, 60), vague: true },
    ],
  },
  {
    name: 'qualifier: "greater than" bounds from below',
    input: 'after sending greater than 10,000 troopers',
    expect: [{ text: 'greater than 10,000', value: 10000, qualifier: 'greater than' }],
  },
  {
    name: 'not: the first of two ages, "20 and 26 years old"',
    input: 'The two prisoners, believed to be 20 and 26 years old, were captured.',
    expect: [{ text: 'two', value: 2 }],
  },
  {
    name: 'vague: a power of ten in digits, in the plural before "of"; not a plain thousand',
    input: 'Pyongyang sent 1000s of troops, 100’s of shells and 1000 engineers.',
    expect: [
      { text: '1000s', value: range(2e3, 9e3), vague: true },
      { text: '100’s', value: range(200, 900), vague: true },
      { text: '1000', value: 1000 },
    ],
  },
  {
    name: 'vague: "several hundreds of thousands" is not cut short, and "100s of thousands" is hundreds of thousands',
    input: 'Russia fired several hundreds of thousands of rounds; 100s of thousands more are stored.',
    expect: [
      { text: 'several hundreds of thousands', value: range(3e5, 9e5), vague: true },
      { text: '100s of thousands', value: range(2e5, 9e5), vague: true },
    ],
  },
  {
    name: 'not an age: a grouped count before "and 18-year-olds"',
    input: 'Losses have reached 4,000, and 18-year-olds make up many of the dead.',
    expect: [{ text: '4,000', value: 4000 }],
  },
  {
    name: 'vague: dozens mid-sentence',
    input: 'Drone footage shows dozens of North Korean troops crossing a field.',
    expect: [{ text: 'dozens', value: range(24, 96), vague: true }],
  },
  {
    name: 'vague: hundreds',
    input: 'Hundreds of North Korean soldiers have been wounded, Seoul says.',
    expect: [{ text: 'Hundreds', value: range(200, 900), vague: true }],
  },
  {
    name: 'vague: several hundred',
    input: 'Kyiv said several hundred North Korean troops had been killed.',
    expect: [{ text: 'several hundred', value: range(300, 900), vague: true }],
  },
  {
    name: 'vague: a few hundred',
    input: 'Only a few hundred of the soldiers had combat experience.',
    expect: [{ text: 'a few hundred', value: range(200, 500), vague: true }],
  },
  {
    name: 'vague: thousands',
    input: 'Thousands of North Korean troops are training in the Russian Far East.',
    expect: [{ text: 'Thousands', value: range(2000, 9000), vague: true }],
  },
  {
    name: 'vague: several thousand',
    input: 'Pyongyang has sent several thousand more workers to Russia.',
    expect: [{ text: 'several thousand', value: range(3000, 9000), vague: true }],
  },
  {
    name: 'vague: a few thousand',
    input: 'A few thousand of them are already at the front.',
    expect: [{ text: 'A few thousand', value: range(2000, 5000), vague: true }],
  },
  {
    name: 'vague: low thousands',
    input: 'Western officials put North Korean deaths in the low thousands.',
    expect: [{ text: 'low thousands', value: range(1000, 3000), vague: true }],
  },
  {
    name: 'vague: tens of thousands',
    input: 'Tens of thousands of North Korean workers may follow the troops.',
    expect: [{ text: 'Tens of thousands', value: range(20000, 90000), vague: true }],
  },
  {
    name: 'vague: hundreds of thousands',
    input: 'Russia has lost hundreds of thousands of soldiers since 2022.',
    expect: [{ text: 'hundreds of thousands', value: range(200000, 900000), vague: true }],
  },
  {
    name: 'vague: millions',
    input: 'North Korea has sent millions of shells to Russia.',
    expect: [{ text: 'millions', value: range(2e6, 9e6), vague: true }],
  },
  {
    name: 'vague: several million',
    input: 'Several million rounds have crossed the Tumen river by rail.',
    expect: [{ text: 'Several million', value: range(3e6, 9e6), vague: true }],
  },
  {
    name: 'vague: a few million',
    input: 'Only a few million of those shells are thought to be usable.',
    expect: [{ text: 'a few million', value: range(2e6, 5e6), vague: true }],
  },
  {
    name: 'vague: tens of millions',
    input: 'The contracts are worth tens of millions to Pyongyang.',
    expect: [{ text: 'tens of millions', value: range(2e7, 9e7), vague: true }],
  },
  {
    name: 'vague: tens of billions, hundreds of billions',
    input: 'It earned tens of billions of dollars, not hundreds of billions.',
    expect: [
      { text: 'tens of billions', value: range(2e10, 9e10), vague: true, unit: 'USD' },
      { text: 'hundreds of billions', value: range(2e11, 9e11), vague: true },
    ],
  },
  {
    name: 'vague: billions',
    input: 'The arms trade may be earning Pyongyang billions.',
    expect: [{ text: 'billions', value: range(2e9, 9e9), vague: true }],
  },
  {
    name: 'vague: in the thousands reads as thousands',
    input: 'North Korean casualties are in the thousands, officials say.',
    expect: [{ text: 'thousands', value: range(2000, 9000), vague: true }],
  },
  {
    name: 'vague: in the millions reads as millions',
    input: 'Shell deliveries now run in the millions.',
    expect: [{ text: 'millions', value: range(2e6, 9e6), vague: true }],
  },

  // ---------------------------------------------------------------------------------------------
  // Fractions: one-third (with U+002D, U+2010, U+2011), a third, two-thirds, half, a quarter,
  // three-quarters. The value is a share of one.
  {
    name: 'fractions: one-third',
    input: 'Kyiv says one-third of the North Korean contingent has been wounded.',
    expect: [{ text: 'one-third', value: 1 / 3, unit: 'fraction' }],
  },
  {
    name: 'fractions: one-third with hyphen U+2010',
    input: 'Kyiv says one\u2010third of the North Korean contingent has been wounded.',
    expect: [{ text: 'one\u2010third', value: 1 / 3, unit: 'fraction' }],
  },
  {
    name: 'fractions: one-third with non-breaking hyphen U+2011',
    input: 'Ukrainian gunners say one\u2011third of the shells were duds.',
    expect: [{ text: 'one\u2011third', value: 1 / 3, unit: 'fraction' }],
  },
  {
    name: 'fractions: a third',
    input: 'A third of the shells failed to explode, Ukrainian gunners said.',
    expect: [{ text: 'A third', value: 1 / 3, unit: 'fraction' }],
  },
  {
    name: 'fractions: a third mid-sentence',
    input: 'North Korea now supplies a third of the shells Russia fires.',
    expect: [{ text: 'a third', value: 1 / 3, unit: 'fraction' }],
  },
  {
    name: 'fractions: two-thirds',
    input: 'Pyongyang provides two-thirds of Russia’s artillery ammunition.',
    expect: [{ text: 'two-thirds', value: 2 / 3, unit: 'fraction' }],
  },
  {
    name: 'fractions: half of them',
    input: 'The officer said half of them had never seen combat.',
    expect: [{ text: 'half', value: 0.5, unit: 'fraction' }],
  },
  {
    name: 'ranges: between with a dash',
    input: 'Pyongyang is said to have dispatched between 10,000-12,000 troops.',
    expect: [{ text: 'between 10,000-12,000', value: { low: 10000, high: 12000 } }],
  },
  {
    name: 'ranges: the thousands written once, on the second end ("11-12,000"), not where the ends differ by more',
    input: 'Roughly half of the 11-12,000 strong contingent, some 2-3,000, were lost; a 300-12,000 spread.',
    expect: [
      { text: 'Roughly half', value: 0.5, unit: 'fraction', qualifier: 'roughly' },
      { text: '11-12,000', value: { low: 11000, high: 12000 } },
      { text: 'some 2-3,000', value: { low: 2000, high: 3000 }, qualifier: 'some' },
      { text: '300-12,000', value: { low: 300, high: 12000 } },
    ],
  },
  {
    name: 'fractions: a change by half',
    input: 'The force diminished by half in three months.',
    expect: [{ text: 'half', value: 0.5, unit: 'fraction' }],
  },
  {
    name: 'fractions: not a half that is a part of a word group',
    input: 'He spent half the day at the front.',
    expect: [],
  },
  {
    name: 'fractions: Half at sentence start',
    input: 'Half of Russia’s shells now come from North Korea.',
    expect: [{ text: 'Half', value: 0.5, unit: 'fraction' }],
  },
  {
    name: 'fractions: a quarter',
    input: 'A study found a quarter of the rounds were defective.',
    expect: [{ text: 'a quarter', value: 0.25, unit: 'fraction' }],
  },
  {
    name: 'fractions: three-quarters',
    input: 'Ukraine says three-quarters of the North Korean troops are still in Kursk.',
    expect: [{ text: 'three-quarters', value: 0.75, unit: 'fraction' }],
  },

  // ---------------------------------------------------------------------------------------------
  // Percents: "percent", "per cent", "%", number words, decimals, percent ranges.
  {
    name: 'percents: 40 percent',
    input: 'North Korean shells make up 40 percent of Russia’s supply.',
    expect: [{ text: '40 percent', value: 40, unit: 'percent' }],
  },
  {
    name: 'percents: 40 per cent',
    input: 'North Korean shells make up 40 per cent of Russia’s supply.',
    expect: [{ text: '40 per cent', value: 40, unit: 'percent' }],
  },
  {
    name: 'percents: 60%',
    input: 'By December, 60% of the artillery rounds fired in Kursk were North Korean.',
    expect: [{ text: '60%', value: 60, unit: 'percent' }],
  },
  {
    name: 'percents: forty percent in words',
    input: 'Officials estimate that forty percent of the shells are from Pyongyang.',
    expect: [{ text: 'forty percent', value: 40, unit: 'percent' }],
  },
  {
    name: 'percents: decimal percent',
    input: 'North Korea’s economy grew 3.7% last year, the central bank said.',
    expect: [{ text: '3.7%', value: 3.7, unit: 'percent' }],
  },
  {
    name: 'percents: range with hyphen and one percent sign',
    input: 'North Korean shells account for 40-60% of Russia’s stockpile.',
    expect: [{ text: '40-60%', value: range(40, 60), unit: 'percent' }],
  },
  {
    name: 'percents: range with en dash U+2013',
    input: 'North Korean shells account for 40\u201360% of Russia’s stockpile.',
    expect: [{ text: '40\u201360%', value: range(40, 60), unit: 'percent' }],
  },
  {
    name: 'percents: range with to and percent word',
    input: 'Kyiv says 40 to 60 percent of the rounds came from Pyongyang.',
    expect: [{ text: '40 to 60 percent', value: range(40, 60), unit: 'percent' }],
  },

  // ---------------------------------------------------------------------------------------------
  // Currency: sign or code before the number ($, US$, USD, ₩, KRW, €, EUR, £, ₽), word after it
  // (dollars, won, roubles); scale applied.
  {
    name: 'currency: $20 billion',
    input: 'Russia could pay North Korea $20 billion for its help.',
    expect: [{ text: '$20 billion', value: 2e10, unit: 'USD' }],
  },
  {
    name: 'currency: US$576 million',
    input: 'South Korea estimates Pyongyang earned US$576 million from the deal.',
    expect: [{ text: 'US$576 million', value: 5.76e8, unit: 'USD' }],
  },
  {
    name: 'currency: USD 5 million',
    input: 'The unit was paid USD 5 million in cash.',
    expect: [{ text: 'USD 5 million', value: 5e6, unit: 'USD' }],
  },
  {
    name: 'currency: USD 5m',
    input: 'A further USD 5m was transferred through a Russian bank.',
    expect: [{ text: 'USD 5m', value: 5e6, unit: 'USD' }],
  },
  {
    name: 'currency: 5 million dollars',
    input: 'Moscow reportedly paid 5 million dollars for the first shipment.',
    expect: [{ text: '5 million dollars', value: 5e6, unit: 'USD' }],
  },
  {
    name: 'currency: US dollars after the amount',
    input: 'The deal was valued at 2.5 billion US dollars by analysts.',
    expect: [{ text: '2.5 billion US dollars', value: 2.5e9, unit: 'USD' }],
  },
  {
    name: 'currency: U.S. dollars after the amount',
    input: 'Moscow transferred 300 million U.S. dollars, the report said.',
    expect: [{ text: '300 million U.S. dollars', value: 3e8, unit: 'USD' }],
  },
  {
    name: 'currency: $5.5bn',
    input: 'Pyongyang may have earned $5.5bn from arms sales.',
    expect: [{ text: '$5.5bn', value: 5.5e9, unit: 'USD' }],
  },
  {
    name: 'currency: $2,000',
    input: 'Each soldier is reportedly paid $2,000 a month.',
    expect: [{ text: '$2,000', value: 2000, unit: 'USD' }],
  },
  {
    name: 'currency: $9.8 billion',
    input: 'The estimate of $9.8 billion includes oil and food.',
    expect: [{ text: '$9.8 billion', value: 9.8e9, unit: 'USD' }],
  },
  {
    name: 'currency: ₩1 trillion',
    input: 'The ministry estimates the trade at ₩1 trillion a year.',
    expect: [{ text: '₩1 trillion', value: 1e12, unit: 'KRW' }],
  },
  {
    name: 'currency: 1 trillion won',
    input: 'The ministry estimates the trade at 1 trillion won a year.',
    expect: [{ text: '1 trillion won', value: 1e12, unit: 'KRW' }],
  },
  {
    name: 'currency: ₩ with comma digits',
    input: 'Defectors said the reward was ₩1,000,000 per family.',
    expect: [{ text: '₩1,000,000', value: 1e6, unit: 'KRW' }],
  },
  {
    name: 'currency: KRW code with decimal trillion',
    input: 'Seoul set aside KRW 1.5 trillion for counter-measures.',
    expect: [{ text: 'KRW 1.5 trillion', value: 1.5e12, unit: 'KRW' }],
  },
  {
    name: 'currency: €5m',
    input: 'The EU froze €5m in assets linked to the shipments.',
    expect: [{ text: '€5m', value: 5e6, unit: 'EUR' }],
  },
  {
    name: 'currency: EUR code',
    input: 'Brussels pledged EUR 300 million to Ukraine’s air defence.',
    expect: [{ text: 'EUR 300 million', value: 3e8, unit: 'EUR' }],
  },
  {
    name: 'currency: £2bn',
    input: 'Britain announced £2bn in new military aid.',
    expect: [{ text: '£2bn', value: 2e9, unit: 'GBP' }],
  },
  {
    name: 'currency: ₽1bn',
    input: 'Moscow budgeted ₽1bn for the North Korean contingent.',
    expect: [{ text: '₽1bn', value: 1e9, unit: 'RUB' }],
  },
  {
    name: 'currency: 1 billion roubles',
    input: 'Moscow budgeted 1 billion roubles for the North Korean contingent.',
    expect: [{ text: '1 billion roubles', value: 1e9, unit: 'RUB' }],
  },
  {
    name: 'currency: CN¥5 billion',
    input: 'Beijing lent Pyongyang CN¥5 billion last year.',
    expect: [{ text: 'CN¥5 billion', value: 5e9, unit: 'CNY' }],
  },

  // ---------------------------------------------------------------------------------------------
  // Ranges: every dash that reads as a hyphen, "to", "between … and", "from … to", a scale word
  // or currency written once applying to both ends.
  {
    name: 'ranges: "between … to", as often written',
    input: 'Pyongyang may be earning between $300 million to $1.2 billion a year from the deal.',
    expect: [{ text: 'between $300 million to $1.2 billion', value: range(3e8, 1.2e9), unit: 'USD' }],
  },
  {
    name: 'qualifiers after the amount: "or more", "-plus", "or so"; the later one is the qualifier',
    input: 'Some 2,000 or more arrived, joining the 9,000-plus already there and 40 or so officers.',
    expect: [
      { text: 'Some 2,000 or more', value: 2000, qualifier: 'or more' },
      { text: '9,000-plus', value: 9000, qualifier: '-plus' },
      { text: '40 or so', value: 40, qualifier: 'or so' },
    ],
  },
  {
    name: 'qualifiers after the amount: "or higher", "or thereabouts"',
    input: 'Estimates put the toll at 1,500 or higher, and the convoy at 300 or thereabouts.',
    expect: [
      { text: '1,500 or higher', value: 1500, qualifier: 'or higher' },
      { text: '300 or thereabouts', value: 300, qualifier: 'or thereabouts' },
    ],
  },
  {
    name: 'ranges: en dash U+2013',
    input: 'Seoul estimates 10,000\u201312,000 North Korean troops in Russia.',
    expect: [{ text: '10,000\u201312,000', value: range(10000, 12000) }],
  },
  {
    name: 'ranges: hyphen-minus',
    input: 'Seoul estimates 10,000-12,000 North Korean troops in Russia.',
    expect: [{ text: '10,000-12,000', value: range(10000, 12000) }],
  },
  {
    name: 'ranges: minus sign U+2212',
    input: 'Seoul estimates 10,000\u221212,000 North Korean troops in Russia.',
    expect: [{ text: '10,000\u221212,000', value: range(10000, 12000) }],
  },
  {
    name: 'ranges: small hyphen-minus U+FE63',
    input: 'Seoul estimates 10,000\ufe6312,000 North Korean troops in Russia.',
    expect: [{ text: '10,000\ufe6312,000', value: range(10000, 12000) }],
  },
  {
    name: 'ranges: hyphen U+2010',
    input: 'Seoul estimates 10,000\u201012,000 North Korean troops in Russia.',
    expect: [{ text: '10,000\u201012,000', value: range(10000, 12000) }],
  },
  {
    name: 'ranges: figure dash U+2012',
    input: 'Seoul estimates 10,000\u201212,000 North Korean troops in Russia.',
    expect: [{ text: '10,000\u201212,000', value: range(10000, 12000) }],
  },
  {
    name: 'ranges: em dash U+2014',
    input: 'Seoul estimates 10,000\u201412,000 North Korean troops in Russia.',
    expect: [{ text: '10,000\u201412,000', value: range(10000, 12000) }],
  },
  {
    name: 'ranges: fullwidth hyphen-minus U+FF0D',
    input: 'Seoul estimates 10,000\uff0d12,000 North Korean troops in Russia.',
    expect: [{ text: '10,000\uff0d12,000', value: range(10000, 12000) }],
  },
  {
    name: 'ranges: between … and',
    input: 'Pyongyang has sent between 10,000 and 12,000 troops.',
    expect: [{ text: 'between 10,000 and 12,000', value: range(10000, 12000) }],
  },
  {
    name: 'ranges: from … to',
    input: 'Estimates range from 10,000 to 12,000 troops.',
    expect: [{ text: 'from 10,000 to 12,000', value: range(10000, 12000) }],
  },
  {
    name: 'ranges: "from … to" after a verb of change is a change, two amounts',
    input: 'The U.S. revised its estimate from 3,000 to approximately 10,000. It doubled from the existing 15,000 to 30,000 personnel.',
    expect: [
      { text: '3,000', value: 3000 },
      { text: 'approximately 10,000', value: 10000, qualifier: 'approximately' },
      { text: '15,000', value: 15000 },
      { text: '30,000', value: 30000 },
    ],
  },
  {
    name: 'ranges: a dashed range after "from", "from" outside it',
    input: 'Troop numbers rose from 3,000-4,000 to 5,000.',
    expect: [
      { text: '3,000-4,000', value: range(3000, 4000) },
      { text: '5,000', value: 5000 },
    ],
  },
  {
    name: 'ranges: … to …',
    input: 'Kyiv counts 10,000 to 12,000 North Korean soldiers in Kursk.',
    expect: [{ text: '10,000 to 12,000', value: range(10000, 12000) }],
  },
  {
    name: 'ranges: scale word once, decimals, to',
    input: 'North Korea has shipped 5.7 to 6.7 million shells, analysts say.',
    expect: [{ text: '5.7 to 6.7 million', value: range(5.7e6, 6.7e6) }],
  },
  {
    name: 'ranges: currency and scale word once, en dash',
    input: 'The shells may have earned Pyongyang $1.7\u20135.5 billion.',
    expect: [{ text: '$1.7\u20135.5 billion', value: range(1.7e9, 5.5e9), unit: 'USD' }],
  },
  {
    name: 'ranges: thousand once, to',
    input: 'A further 10 to 12 thousand troops could follow.',
    expect: [{ text: '10 to 12 thousand', value: range(10000, 12000) }],
  },
  {
    name: 'ranges: million once, hyphen',
    input: 'Russia fires 1-2 million North Korean shells a year.',
    expect: [{ text: '1-2 million', value: range(1e6, 2e6) }],
  },
  {
    name: 'ranges: between with currency on both ends',
    input: 'Analysts put the revenue between $1.7 billion and $5.5 billion.',
    expect: [{ text: 'between $1.7 billion and $5.5 billion', value: range(1.7e9, 5.5e9), unit: 'USD' }],
  },
  {
    name: 'ranges: currency once with hyphen in millions',
    input: 'Pyongyang earns $500-700 million a year from the deal.',
    expect: [{ text: '$500-700 million', value: range(5e8, 7e8), unit: 'USD' }],
  },
  {
    name: 'ranges: number words with to',
    input: 'Seoul expects two to three thousand more soldiers.',
    expect: [{ text: 'two to three thousand', value: range(2000, 3000) }],
  },
  {
    name: 'ranges: small numbers with hyphen',
    input: 'Each brigade lost 3-4 tanks a week.',
    expect: [{ text: '3-4', value: range(3, 4) }],
  },
  {
    name: 'ranges: yen and hryvnia signs on both ends',
    input: 'Rations cost ¥500–¥1,200 in Tokyo and ₴2,000–₴3,000 in Kyiv.',
    expect: [
      { text: '¥500–¥1,200', value: range(500, 1200), unit: 'JPY' },
      { text: '₴2,000–₴3,000', value: range(2000, 3000), unit: 'UAH' },
    ],
  },
  {
    name: 'ranges: two decimals on both ends, not a phone number',
    input: 'The deal is worth $10.25-12.75 billion, or 60.97–924.68 million won a day.',
    expect: [
      { text: '$10.25-12.75 billion', value: range(10.25e9, 12.75e9), unit: 'USD' },
      { text: '60.97–924.68 million won', value: range(60.97e6, 924.68e6), unit: 'KRW' },
    ],
  },

  // ---------------------------------------------------------------------------------------------
  // Qualifiers, min list: kept lower-cased as written, inside the span.
  {
    name: 'qualifiers min: At least at sentence start',
    input: 'At least 3,000 North Korean soldiers have been killed or wounded.',
    expect: [{ text: 'At least 3,000', value: 3000, qualifier: 'at least' }],
  },
  {
    name: 'qualifiers min: a minimum of',
    input: 'Kyiv counted a minimum of 10,000 troops in the region.',
    expect: [{ text: 'a minimum of 10,000', value: 10000, qualifier: 'a minimum of' }],
  },
  {
    name: 'qualifiers min: minimum of',
    input: 'Kyiv: minimum of 10,000 North Korean troops now in Kursk',
    expect: [{ text: 'minimum of 10,000', value: 10000, qualifier: 'minimum of' }],
  },
  {
    name: 'qualifiers min: no fewer than',
    input: 'No fewer than 11,000 soldiers arrived in Vladivostok.',
    expect: [{ text: 'No fewer than 11,000', value: 11000, qualifier: 'no fewer than' }],
  },
  {
    name: 'qualifiers min: no less than',
    input: 'Pyongyang supplied no less than 1 million shells in the first months.',
    expect: [{ text: 'no less than 1 million', value: 1e6, qualifier: 'no less than' }],
  },
  {
    name: 'qualifiers min: more than',
    input: 'More than 10,000 North Korean troops are in Russia.',
    expect: [{ text: 'More than 10,000', value: 10000, qualifier: 'more than' }],
  },
  {
    name: 'qualifiers min: over',
    input: 'Zelensky said over 1,000 North Korean soldiers had been killed.',
    expect: [{ text: 'over 1,000', value: 1000, qualifier: 'over' }],
  },
  {
    name: 'qualifiers min: well over',
    input: 'North Korea has shipped well over 3 million shells.',
    expect: [{ text: 'well over 3 million', value: 3e6, qualifier: 'well over' }],
  },
  {
    name: 'qualifiers min: upwards of',
    input: 'Upwards of 12,000 troops may be deployed by spring.',
    expect: [{ text: 'Upwards of 12,000', value: 12000, qualifier: 'upwards of' }],
  },
  {
    name: 'qualifiers min: upward of',
    input: 'The pact could bring upward of 8,000 more soldiers.',
    expect: [{ text: 'upward of 8,000', value: 8000, qualifier: 'upward of' }],
  },
  {
    name: 'qualifiers min: in excess of, with currency',
    input: 'Payments in excess of $500 million have been traced.',
    expect: [{ text: 'in excess of $500 million', value: 5e8, unit: 'USD', qualifier: 'in excess of' }],
  },
  {
    name: 'qualifiers min: above, with percent',
    input: 'North Korea’s share rose above 30 percent of Russia’s supply.',
    expect: [{ text: 'above 30 percent', value: 30, unit: 'percent', qualifier: 'above' }],
  },
  {
    name: 'qualifiers min: exceeds',
    input: 'The number of North Korean casualties exceeds 3,000, Seoul said.',
    expect: [{ text: 'exceeds 3,000', value: 3000, qualifier: 'exceeds' }],
  },
  {
    name: 'qualifiers min: exceeded',
    input: 'North Korean losses exceeded 4,000 by January.',
    expect: [{ text: 'exceeded 4,000', value: 4000, qualifier: 'exceeded' }],
  },
  {
    name: 'qualifiers min: exceeding',
    input: 'Russia holds a stockpile exceeding 1 million North Korean shells.',
    expect: [{ text: 'exceeding 1 million', value: 1e6, qualifier: 'exceeding' }],
  },
  {
    name: 'qualifiers min: surpassing',
    input: 'Deployments surpassing 10,000 would double the contingent.',
    expect: [{ text: 'surpassing 10,000', value: 10000, qualifier: 'surpassing' }],
  },

  // Qualifiers, max list.
  {
    name: 'qualifiers max: up to',
    input: 'Pyongyang has sent up to 12,000 troops, Seoul says.',
    expect: [{ text: 'up to 12,000', value: 12000, qualifier: 'up to' }],
  },
  {
    name: 'qualifiers max: UP TO in an all-caps headline',
    input: 'UP TO 12,000 NORTH KOREAN TROOPS IN RUSSIA',
    expect: [{ text: 'UP TO 12,000', value: 12000, qualifier: 'up to' }],
  },
  {
    name: 'qualifiers max: as many as',
    input: 'As many as 15,000 North Korean troops could be sent.',
    expect: [{ text: 'As many as 15,000', value: 15000, qualifier: 'as many as' }],
  },
  {
    name: 'qualifiers max: at most',
    input: 'Seoul thinks at most 5,000 have seen combat.',
    expect: [{ text: 'at most 5,000', value: 5000, qualifier: 'at most' }],
  },
  {
    name: 'qualifiers max: a maximum of',
    input: 'The agreement allows a maximum of 25,000 soldiers.',
    expect: [{ text: 'a maximum of 25,000', value: 25000, qualifier: 'a maximum of' }],
  },
  {
    name: 'qualifiers max: no more than',
    input: 'No more than 300 North Korean soldiers have been captured.',
    expect: [{ text: 'No more than 300', value: 300, qualifier: 'no more than' }],
  },
  {
    name: 'qualifiers max: less than',
    input: 'Less than 1,000 of them have returned home.',
    expect: [{ text: 'Less than 1,000', value: 1000, qualifier: 'less than' }],
  },
  {
    name: 'qualifiers max: fewer than',
    input: 'Fewer than 1,000 North Korean troops remain in Kursk.',
    expect: [{ text: 'Fewer than 1,000', value: 1000, qualifier: 'fewer than' }],
  },
  {
    name: 'qualifiers max: under',
    input: 'The brigade is now under 500 men strong.',
    expect: [{ text: 'under 500', value: 500, qualifier: 'under' }],
  },
  {
    name: 'qualifiers max: below',
    input: 'North Korean losses fell below 2,000 a month in spring.',
    expect: [{ text: 'below 2,000', value: 2000, qualifier: 'below' }],
  },
  {
    name: 'qualifiers max: just under',
    input: 'The contingent numbered just under 11,000.',
    expect: [{ text: 'just under 11,000', value: 11000, qualifier: 'just under' }],
  },

  // Qualifiers, approx list.
  {
    name: 'qualifiers approx: about',
    input: 'About 3,000 North Korean soldiers have been killed or wounded.',
    expect: [{ text: 'About 3,000', value: 3000, qualifier: 'about' }],
  },
  {
    name: 'qualifiers approx: around',
    input: 'Russia has deployed around 11,000 North Korean troops.',
    expect: [{ text: 'around 11,000', value: 11000, qualifier: 'around' }],
  },
  {
    name: 'qualifiers approx: roughly',
    input: 'Roughly 12,000 soldiers were sent in the first wave.',
    expect: [{ text: 'Roughly 12,000', value: 12000, qualifier: 'roughly' }],
  },
  {
    name: 'qualifiers approx: approximately',
    input: 'Approximately 1,100 North Korean soldiers were wounded in December.',
    expect: [{ text: 'Approximately 1,100', value: 1100, qualifier: 'approximately' }],
  },
  {
    name: 'qualifiers approx: some',
    input: 'Some 11,000 North Korean soldiers are fighting in Kursk.',
    expect: [{ text: 'Some 11,000', value: 11000, qualifier: 'some' }],
  },
  {
    name: 'qualifiers approx: near',
    input: 'Kyiv reports near 15,000 troops in the Kursk region.',
    expect: [{ text: 'near 15,000', value: 15000, qualifier: 'near' }],
  },
  {
    name: 'qualifiers approx: nearly',
    input: 'North Korea has shipped nearly 6 million shells.',
    expect: [{ text: 'nearly 6 million', value: 6e6, qualifier: 'nearly' }],
  },
  {
    name: 'qualifiers approx: almost',
    input: 'Almost 5,000 North Korean soldiers have been wounded.',
    expect: [{ text: 'Almost 5,000', value: 5000, qualifier: 'almost' }],
  },
  {
    name: 'qualifiers approx: close to',
    input: 'Seoul says close to 12,000 troops have arrived.',
    expect: [{ text: 'close to 12,000', value: 12000, qualifier: 'close to' }],
  },
  {
    name: 'qualifiers approx: an estimated',
    input: 'An estimated 11,000 North Korean troops are in Russia.',
    expect: [{ text: 'An estimated 11,000', value: 11000, qualifier: 'an estimated' }],
  },
  {
    name: 'qualifiers approx: estimated without article',
    input: 'The estimated 11,000 North Korean soldiers in Kursk face heavy shelling.',
    expect: [{ text: 'estimated 11,000', value: 11000, qualifier: 'estimated' }],
  },
  {
    name: 'qualifiers approx: perhaps',
    input: 'Perhaps 3,000 of them have been killed.',
    expect: [{ text: 'Perhaps 3,000', value: 3000, qualifier: 'perhaps' }],
  },
  {
    name: 'qualifiers approx: circa',
    input: 'The unit numbered circa 1,000 men.',
    expect: [{ text: 'circa 1,000', value: 1000, qualifier: 'circa' }],
  },
  {
    name: 'qualifiers approx: tilde',
    input: 'OSINT accounts count ~12,000 DPRK troops in Kursk.',
    expect: [{ text: '~12,000', value: 12000, qualifier: '~' }],
  },

  // Qualifiers with ranges, vague amounts, number words, money, percents and fractions; spacing.
  {
    name: 'qualifiers with range: roughly … to …',
    input: 'Roughly 10,000 to 12,000 North Korean troops are in Russia.',
    expect: [{ text: 'Roughly 10,000 to 12,000', value: range(10000, 12000), qualifier: 'roughly' }],
  },
  {
    name: 'qualifiers with range: an estimated … en dash …',
    input: 'Pyongyang sent an estimated 10,000\u201312,000 soldiers.',
    expect: [{ text: 'an estimated 10,000\u201312,000', value: range(10000, 12000), qualifier: 'an estimated' }],
  },
  {
    name: 'qualifiers with range: about $ … billion',
    input: 'The munitions trade earned Pyongyang about $1.7\u20135.5 billion.',
    expect: [{ text: 'about $1.7\u20135.5 billion', value: range(1.7e9, 5.5e9), unit: 'USD', qualifier: 'about' }],
  },
  {
    name: 'qualifiers with range: some … percent range',
    input: 'North Korean rounds make up some 40-60% of the total.',
    expect: [{ text: 'some 40-60%', value: range(40, 60), unit: 'percent', qualifier: 'some' }],
  },
  {
    name: 'qualifiers with range: as many as … million',
    input: 'Russia could receive as many as 5\u20136 million shells a year.',
    expect: [{ text: 'as many as 5\u20136 million', value: range(5e6, 6e6), qualifier: 'as many as' }],
  },
  {
    name: 'qualifiers with vague: at least several thousand',
    input: 'At least several thousand North Korean soldiers have been wounded.',
    expect: [{ text: 'At least several thousand', value: range(3000, 9000), vague: true, qualifier: 'at least' }],
  },
  {
    name: 'qualifiers with vague: up to hundreds of thousands',
    input: 'North Korea could send up to hundreds of thousands of workers.',
    expect: [{ text: 'up to hundreds of thousands', value: range(200000, 900000), vague: true, qualifier: 'up to' }],
  },
  {
    name: 'qualifiers with vague: perhaps thousands',
    input: 'Perhaps thousands have been killed, a defector group said.',
    expect: [{ text: 'Perhaps thousands', value: range(2000, 9000), vague: true, qualifier: 'perhaps' }],
  },
  {
    name: 'qualifiers with vague: as many as several hundred',
    input: 'As many as several hundred North Korean officers are in Russia.',
    expect: [{ text: 'As many as several hundred', value: range(300, 900), vague: true, qualifier: 'as many as' }],
  },
  {
    name: 'qualifiers with vague: more than tens of thousands',
    input: 'Russia has taken in more than tens of thousands of North Korean labourers.',
    expect: [{ text: 'more than tens of thousands', value: range(20000, 90000), vague: true, qualifier: 'more than' }],
  },
  {
    name: 'qualifiers with words: about a dozen',
    input: 'About a dozen North Korean generals are in Russia.',
    expect: [{ text: 'About a dozen', value: 12, qualifier: 'about' }],
  },
  {
    name: 'qualifiers with words: well over a thousand',
    input: 'Well over a thousand North Korean soldiers have died.',
    expect: [{ text: 'Well over a thousand', value: 1000, qualifier: 'well over' }],
  },
  {
    name: 'qualifiers with words: more than a million',
    input: 'North Korea has sent more than a million shells.',
    expect: [{ text: 'more than a million', value: 1e6, qualifier: 'more than' }],
  },
  {
    name: 'qualifiers with money: about $5.5 billion',
    input: 'Pyongyang has earned about $5.5 billion, Seoul estimates.',
    expect: [{ text: 'about $5.5 billion', value: 5.5e9, unit: 'USD', qualifier: 'about' }],
  },
  {
    name: 'qualifiers with money: more than $20 billion',
    input: 'Russia may owe more than $20 billion in return.',
    expect: [{ text: 'more than $20 billion', value: 2e10, unit: 'USD', qualifier: 'more than' }],
  },
  {
    name: 'qualifiers with percent: up to 60%',
    input: 'North Korean shells supply up to 60% of Russia’s needs.',
    expect: [{ text: 'up to 60%', value: 60, unit: 'percent', qualifier: 'up to' }],
  },
  {
    name: 'qualifiers with fraction: nearly half',
    input: 'Nearly half of the shells Russia fires are North Korean.',
    expect: [{ text: 'Nearly half', value: 0.5, unit: 'fraction', qualifier: 'nearly' }],
  },
  {
    name: 'qualifiers with fraction: almost a third',
    input: 'Almost a third of the contingent has been wounded.',
    expect: [{ text: 'Almost a third', value: 1 / 3, unit: 'fraction', qualifier: 'almost' }],
  },
  {
    name: 'qualifiers with fraction: roughly two-thirds',
    input: 'Roughly two-thirds of the rounds fired in Kursk are North Korean.',
    expect: [{ text: 'Roughly two-thirds', value: 2 / 3, unit: 'fraction', qualifier: 'roughly' }],
  },
  {
    name: 'qualifiers spacing: no-break space inside the qualifier is folded',
    input: 'More\u00a0than 10,000 North Korean troops are in Russia.',
    expect: [{ text: 'More\u00a0than 10,000', value: 10000, qualifier: 'more than' }],
  },
  {
    name: 'qualifiers spacing: double space inside the qualifier is folded',
    input: 'Kyiv says at  least 3,000 have been killed.',
    expect: [{ text: 'at  least 3,000', value: 3000, qualifier: 'at least' }],
  },

  // ---------------------------------------------------------------------------------------------
  // Several quantities in one text, in order, each with its own span.
  {
    name: 'several: troops, shells and money',
    input: 'North Korea has sent about 11,000 troops and more than 5 million shells to Russia, which may pay up to $20 billion.',
    expect: [
      { text: 'about 11,000', value: 11000, qualifier: 'about' },
      { text: 'more than 5 million', value: 5e6, qualifier: 'more than' },
      { text: 'up to $20 billion', value: 2e10, unit: 'USD', qualifier: 'up to' },
    ],
  },
  {
    name: 'several: a count and a share of it',
    input: 'Kyiv says near 15,000 troops, of whom approximately one-third have been wounded or killed, are in Kursk.',
    expect: [
      { text: 'near 15,000', value: 15000, qualifier: 'near' },
      { text: 'approximately one-third', value: 1 / 3, unit: 'fraction', qualifier: 'approximately' },
    ],
  },
  {
    name: 'several: one number contains the digits of the next',
    input: 'Of the 11,000 soldiers deployed, 1,000 were killed and 3,000 wounded.',
    expect: [
      { text: '11,000', value: 11000 },
      { text: '1,000', value: 1000 },
      { text: '3,000', value: 3000 },
    ],
  },
  {
    name: 'several: fractions',
    input: 'About half of the shells Russia fires are North Korean, and a third of those are duds.',
    expect: [
      { text: 'About half', value: 0.5, unit: 'fraction', qualifier: 'about' },
      { text: 'a third', value: 1 / 3, unit: 'fraction' },
    ],
  },
  {
    name: 'several: counts around a model name',
    input: 'The deal covered 12,000 troops, 100 KN-23 missiles and 200 long-range guns.',
    expect: [
      { text: '12,000', value: 12000 },
      { text: '100', value: 100 },
      { text: '200', value: 200 },
    ],
  },
  {
    name: 'several: counts around a year',
    input: 'Russia lost 115,000 soldiers in 2024, while North Korea lost about 4,000 of its 11,000.',
    expect: [
      { text: '115,000', value: 115000 },
      { text: 'about 4,000', value: 4000, qualifier: 'about' },
      { text: '11,000', value: 11000 },
    ],
  },
  {
    name: 'several: two from … to ranges',
    input: 'Estimates range from 10,000 to 12,000 troops and from $1.7 billion to $5.5 billion.',
    expect: [
      { text: 'from 10,000 to 12,000', value: range(10000, 12000) },
      { text: 'from $1.7 billion to $5.5 billion', value: range(1.7e9, 5.5e9), unit: 'USD' },
    ],
  },
  {
    name: 'several: a word number and a vague amount',
    input: 'Two soldiers were captured and dozens killed.',
    expect: [
      { text: 'Two', value: 2 },
      { text: 'dozens', value: range(24, 96), vague: true },
    ],
  },
  {
    name: 'several: a list separated by commas',
    input: 'Ukraine’s intelligence counted 1,200, then 3,000, then 4,000 casualties.',
    expect: [
      { text: '1,200', value: 1200 },
      { text: '3,000', value: 3000 },
      { text: '4,000', value: 4000 },
    ],
  },
  {
    name: 'several: won and dollars',
    input: 'The ₩1 trillion deal, about $750 million, was signed in June.',
    expect: [
      { text: '₩1 trillion', value: 1e12, unit: 'KRW' },
      { text: 'about $750 million', value: 7.5e8, unit: 'USD', qualifier: 'about' },
    ],
  },
  {
    name: 'several: range, percent and fraction',
    input: 'Between 10,000 and 12,000 troops, 60% of the shells and two-thirds of the rockets came from Pyongyang.',
    expect: [
      { text: 'Between 10,000 and 12,000', value: range(10000, 12000) },
      { text: '60%', value: 60, unit: 'percent' },
      { text: 'two-thirds', value: 2 / 3, unit: 'fraction' },
    ],
  },
  {
    name: 'several: vague and exact amounts in a headline-style line',
    input: 'Tens of thousands of shells, 13,000 containers, 2.3 mln rounds',
    expect: [
      { text: 'Tens of thousands', value: range(20000, 90000), vague: true },
      { text: '13,000', value: 13000 },
      { text: '2.3 mln', value: 2.3e6 },
    ],
  },

  // ---------------------------------------------------------------------------------------------
  // Spans: the noun is never inside; offsets stay right after non-ASCII text (curly quotes, dashes,
  // emoji outside the BMP, Hangul, guillemets, no-break spaces), at the very start and end.
  {
    name: 'spans: after an opening curly quote',
    input: '\u201cAbout 3,000 North Korean soldiers have been killed,\u201d he said.',
    expect: [{ text: 'About 3,000', value: 3000, qualifier: 'about' }],
  },
  {
    name: 'spans: between em dashes',
    input: 'The toll\u2014more than 4,000\u2014is still rising.',
    expect: [{ text: 'more than 4,000', value: 4000, qualifier: 'more than' }],
  },
  {
    name: 'spans: after an emoji flag (surrogate pairs)',
    input: '🇺🇦 Kyiv: 12,000 North Korean troops now in Kursk',
    expect: [{ text: '12,000', value: 12000 }],
  },
  {
    name: 'spans: after a red-circle emoji and a colon',
    input: '🔴 BREAKING: about 3,000 more North Korean troops sent to Russia',
    expect: [{ text: 'about 3,000', value: 3000, qualifier: 'about' }],
  },
  {
    name: 'spans: after Hangul',
    input: 'Pyongyang (평양) sent 12,000 troops.',
    expect: [{ text: '12,000', value: 12000 }],
  },
  {
    name: 'spans: after guillemets and Cyrillic',
    input: 'Russian media call the operation «СВО»; Kyiv counts 11,000 North Koreans in it.',
    expect: [{ text: '11,000', value: 11000 }],
  },
  {
    name: 'spans: after a curly apostrophe',
    input: 'Pyongyang’s 11,000 troops are in Kursk.',
    expect: [{ text: '11,000', value: 11000 }],
  },
  {
    name: 'spans: no-break space before the noun stays out',
    input: 'Seoul counts 12,000\u00a0troops in Russia.',
    expect: [{ text: '12,000', value: 12000 }],
  },
  {
    name: 'spans: at the very start',
    input: '3,000 North Korean soldiers killed, Zelensky says',
    expect: [{ text: '3,000', value: 3000 }],
  },
  {
    name: 'spans: at the very end',
    input: 'The estimate of North Korean losses stands at 4,000',
    expect: [{ text: '4,000', value: 4000 }],
  },
  {
    name: 'spans: noun after a scale word stays out',
    input: 'Russia received 5 million shells from North Korea.',
    expect: [{ text: '5 million', value: 5e6 }],
  },
  {
    name: 'spans: noun after a percent word stays out',
    input: 'That is 40 percent of Russia’s shells.',
    expect: [{ text: '40 percent', value: 40, unit: 'percent' }],
  },
  {
    name: 'spans: noun glued with a hyphen stays out',
    input: 'A 12,000-strong North Korean force is fighting in Kursk.',
    expect: [{ text: '12,000', value: 12000 }],
  },
  {
    name: 'spans: two quantities around an emoji',
    input: '12,000 troops 🇰🇵 \u2192 3,000 casualties',
    expect: [
      { text: '12,000', value: 12000 },
      { text: '3,000', value: 3000 },
    ],
  },
  {
    name: 'spans: ellipsis and closing quote after the number',
    input: '\u2018Up to 15,000\u2026\u2019 read the caption.',
    expect: [{ text: 'Up to 15,000', value: 15000, qualifier: 'up to' }],
  },

  // ---------------------------------------------------------------------------------------------
  // A count of something else is still a quantity: the detector, not the grammar, judges relevance.
  {
    name: 'other counts: four oblasts',
    input: 'Russia claims to have annexed four oblasts of Ukraine.',
    expect: [{ text: 'four', value: 4 }],
  },
  {
    name: 'other counts: 12 comments',
    input: 'Show 12 comments',
    expect: [{ text: '12', value: 12 }],
  },
  {
    name: 'other counts: drones from another country',
    input: 'Iran has supplied 1,000 Shahed drones to Russia.',
    expect: [{ text: '1,000', value: 1000 }],
  },
  {
    name: 'other counts: a market percent',
    input: 'The rouble fell 2% against the dollar.',
    expect: [{ text: '2%', value: 2, unit: 'percent' }],
  },
  {
    name: 'other counts: Ukrainian losses',
    input: 'Ukraine lost 43,000 soldiers, Zelensky said.',
    expect: [{ text: '43,000', value: 43000 }],
  },

  // ---------------------------------------------------------------------------------------------
  // Mixed: a date, time, age, duration, model, calibre or ordinal next to a real figure: only the
  // figure is found.
  {
    name: 'mixed: date and figure',
    input: 'On October 16, 2024, about 3,000 troops arrived',
    expect: [{ text: 'about 3,000', value: 3000, qualifier: 'about' }],
  },
  {
    name: 'mixed: year and figure',
    input: 'In 2024, North Korea sent 12,000 troops to Russia.',
    expect: [{ text: '12,000', value: 12000 }],
  },
  {
    name: 'mixed: day-month date and figure',
    input: 'On 16 October 2024 Kyiv reported 11,000 North Korean soldiers in Russia.',
    expect: [{ text: '11,000', value: 11000 }],
  },
  {
    name: 'mixed: time and figure',
    input: 'At 4:08 pm officials confirmed 1,500 more casualties.',
    expect: [{ text: '1,500', value: 1500 }],
  },
  {
    name: 'mixed: age and figure',
    input: 'A 19-year-old prisoner said 3,000 of his comrades had died.',
    expect: [{ text: '3,000', value: 3000 }],
  },
  {
    name: 'mixed: duration and figure',
    input: 'Over two years, Russia has received 5 million shells.',
    expect: [{ text: '5 million', value: 5e6 }],
  },
  {
    name: 'mixed: model name and figure',
    input: 'Russia has fired 20 KN-23 missiles at Ukrainian cities.',
    expect: [{ text: '20', value: 20 }],
  },
  {
    name: 'mixed: calibre after a scaled figure',
    input: 'North Korea has shipped as many as 6 million 152mm shells.',
    expect: [{ text: 'as many as 6 million', value: 6e6, qualifier: 'as many as' }],
  },
  {
    name: 'mixed: hyphenated calibre after a figure',
    input: 'Russia received 9,000 122-mm rockets.',
    expect: [{ text: '9,000', value: 9000 }],
  },
  {
    name: 'mixed: ordinal and figure',
    input: 'The 11th Army Corps lost 1,000 soldiers in Kursk.',
    expect: [{ text: '1,000', value: 1000 }],
  },
  {
    name: 'mixed: month-abbreviation date and figure',
    input: 'Kyiv first said on Oct. 3 that six North Korean officers were killed.',
    expect: [{ text: 'six', value: 6 }],
  },
  {
    name: 'mixed: year range and figure',
    input: 'Across 2023-2024, Pyongyang shipped 13,000 containers.',
    expect: [{ text: '13,000', value: 13000 }],
  },

  // ---------------------------------------------------------------------------------------------
  // Not quantities: years.
  {
    name: 'not years: in 2024',
    input: 'North Korea began sending troops to Russia in 2024.',
    expect: [],
  },
  {
    name: 'not years: 2023-2024',
    input: 'The shipments of 2023-2024 went by rail and sea.',
    expect: [],
  },
  {
    name: 'not years: 2023–2024 with en dash U+2013',
    input: 'Arms transfers in 2023\u20132024 were unprecedented.',
    expect: [],
  },
  {
    name: 'not years: the early 90s',
    input: 'North Korea has not been this close to Moscow since the early 90s.',
    expect: [],
  },
  {
    name: 'not years: 1973',
    input: 'North Korean pilots flew for Egypt in 1973.',
    expect: [],
  },
  {
    name: 'not years: the 1990s',
    input: 'The famine of the 1990s still shapes the regime.',
    expect: [],
  },
  {
    name: 'not years: year at sentence start',
    input: '2025 began with a new North Korean deployment.',
    expect: [],
  },
  {
    name: 'not years: since a year',
    input: 'It is the first such treaty since 1961.',
    expect: [],
  },

  // Not quantities: dates.
  {
    name: 'not dates: October 16, 2024',
    input: 'The report was published on October 16, 2024.',
    expect: [],
  },
  {
    name: 'not dates: 16 October 2024',
    input: 'Zelensky spoke to reporters on 16 October 2024.',
    expect: [],
  },
  {
    name: 'not dates: Oct. 3',
    input: 'Kyiv first reported the deployment on Oct. 3.',
    expect: [],
  },
  {
    name: 'not dates: 16 October without year',
    input: 'The first troops were seen in Kursk on 16 October.',
    expect: [],
  },
  {
    name: 'not dates: Nov 4 without a full stop',
    input: 'Updated Nov 4, 2024 at Seoul desk',
    expect: [],
  },
  {
    name: 'not dates: weekday and date',
    input: 'The treaty took effect on Wednesday, December 4.',
    expect: [],
  },

  // Not quantities: times.
  {
    name: 'not times: 4:08 pm',
    input: 'The statement was issued at 4:08 pm local time.',
    expect: [],
  },
  {
    name: 'not times: 10 a.m.',
    input: 'The briefing starts at 10 a.m. in Seoul.',
    expect: [],
  },
  {
    name: 'not times: 14:00 GMT',
    input: 'Updated 14:00 GMT',
    expect: [],
  },
  {
    name: 'not times: 9 p.m.',
    input: 'The missile was launched at about 9 p.m. on Tuesday.',
    expect: [],
  },
  {
    name: 'not times: dateline with time and date',
    input: 'Updated 4:08 PM EDT, Tue October 15, 2024',
    expect: [],
  },

  {
    name: 'digits: grouped by full stops, as European writers put them, before a word',
    input: 'North Korea provided around 28.000 containers and 1.500 soldiers.',
    expect: [
      { text: 'around 28.000', value: 28000, unit: 'count', qualifier: 'around' },
      { text: '1.500', value: 1500, unit: 'count' },
    ],
  },
  {
    name: 'not dates: the later day of a list ("Dec. 14 and 15", "14 and 15 December"); "may" after a count is the verb',
    input: 'On Dec. 14 and 15, and on 14 and 15 December, 30 and 40 may be sent.',
    expect: [
      { text: '30', value: 30, unit: 'count' },
      { text: '40', value: 40, unit: 'count' },
    ],
  },
  {
    name: 'fractions: a share right before the count it is of ("roughly half the 11,000")',
    input: 'North Korea lost roughly half the 11,000 troops it sent.',
    expect: [
      { text: 'roughly half', value: 0.5, unit: 'fraction', qualifier: 'roughly' },
      { text: '11,000', value: 11000, unit: 'count' },
    ],
  },
  {
    name: "digits: grouped by full stops at a clause's end or the text's",
    input: 'Media believed it was at least 1.000. Kyiv said 11.000, not more. It was 3.000',
    expect: [
      { text: 'at least 1.000', value: 1000, unit: 'count', qualifier: 'at least' },
      { text: '11.000', value: 11000, unit: 'count' },
      { text: '3.000', value: 3000, unit: 'count' },
    ],
  },
  {
    name: 'digits: a decimal with three places stays a decimal before a scale word or a percent',
    input: 'They sent 2.500 million shells, a 1.250 percent rise.',
    expect: [
      { text: '2.500 million', value: 2500000, unit: 'count' },
      { text: '1.250 percent', value: 1.25, unit: 'percent' },
    ],
  },

  // Not quantities: ages.
  {
    name: 'not ages: aged 19',
    input: 'The prisoner, aged 19, said he had been told it was a training exercise.',
    expect: [],
  },
  {
    name: 'not ages: a 19-year-old soldier',
    input: 'A 19-year-old soldier was captured in Kursk.',
    expect: [],
  },
  {
    name: 'not ages: 19 years old',
    input: 'He is 19 years old and from Pyongyang.',
    expect: [],
  },
  {
    name: 'not ages: the 26-year-old',
    input: 'The 26-year-old was treated in a Kyiv hospital.',
    expect: [],
  },
  {
    name: 'not ages: aged in words',
    input: 'The sniper, aged twenty, was taken prisoner.',
    expect: [],
  },
  {
    name: 'not ages: a range of ages ("aged between 18 and 30", "between the ages of 20 and 35")',
    input: 'The men were aged between 18 and 30; their officers were between the ages of 20 and 35.',
    expect: [],
  },

  // Not quantities: durations.
  {
    name: 'not dates: a range of days before a month ("27-28 October")',
    input: 'Troops will be deployed on 27-28 October.',
    expect: [],
  },
  {
    name: 'not durations: a range of durations, in words or digits ("four to five days", "2-3 months")',
    input: 'They went four to five days without food; rotations come every 2-3 months.',
    expect: [],
  },
  {
    name: 'not durations: two years',
    input: 'The war has lasted more than two years.',
    expect: [],
  },
  {
    name: 'not durations: 11 months',
    input: 'The troops trained for 11 months before deploying.',
    expect: [],
  },
  {
    name: 'not durations: an eleven-year war',
    input: 'Veterans of an eleven-year war are advising Pyongyang.',
    expect: [],
  },
  {
    name: 'not durations: 100 days',
    input: 'Zelensky spoke 100 days after the first clashes.',
    expect: [],
  },
  {
    name: 'not durations: three weeks',
    input: 'The soldiers had three weeks of training.',
    expect: [],
  },
  {
    name: 'not durations: 48 hours',
    input: 'The unit held the village for 48 hours.',
    expect: [],
  },
  {
    name: 'not durations: the three-year war',
    input: 'Pyongyang’s role in the three-year war has grown.',
    expect: [],
  },
  {
    name: 'not durations: over the past months with a qualifier',
    input: 'Over the past 11 months, the shipments have not stopped.',
    expect: [],
  },
  {
    name: 'not durations: nearly 1,000 days',
    input: 'The war has raged for nearly 1,000 days.',
    expect: [],
  },

  // Not quantities: model names.
  {
    name: 'not models: KN-23',
    input: 'Russia has fired North Korean KN-23 missiles at Kharkiv.',
    expect: [],
  },
  {
    name: 'not models: KN‐23 with hyphen U+2010',
    input: 'Russia has fired North Korean KN\u201023 missiles at Kharkiv.',
    expect: [],
  },
  {
    name: 'not models: Hwasong-12',
    input: 'Pyongyang tested a Hwasong-12 over Japan.',
    expect: [],
  },
  {
    name: 'not models: Su-27',
    input: 'A Su-27 intercepted the drone over the Black Sea.',
    expect: [],
  },
  {
    name: 'not models: Su‑27 with non-breaking hyphen U+2011',
    input: 'A Su\u201127 intercepted the drone over the Black Sea.',
    expect: [],
  },
  {
    name: 'not models: S-400',
    input: 'Russia may give Pyongyang its S-400 air defence systems.',
    expect: [],
  },
  {
    name: 'not models: T-72 tanks',
    input: 'North Korean crews were seen with T-72 tanks.',
    expect: [],
  },
  {
    name: 'not models: KN-23s plural',
    input: 'The KN-23s proved inaccurate at first.',
    expect: [],
  },
  {
    name: 'not models: MiG-29',
    input: 'Moscow could upgrade North Korea’s MiG-29 fleet.',
    expect: [],
  },

  // Not quantities: calibres and lengths.
  {
    name: 'not calibres: 240 mm',
    input: 'North Korea sent 240 mm multiple rocket launchers.',
    expect: [],
  },
  {
    name: 'not calibres: 152mm',
    input: 'The depot held 152mm shells of North Korean make.',
    expect: [],
  },
  {
    name: 'not calibres: 122-mm',
    input: 'Kyiv says the 122-mm rockets came from Pyongyang.',
    expect: [],
  },
  {
    name: 'not calibres: 15-centimetre shells',
    input: 'It sent 5.2 million 15-centimetre shells.',
    expect: [{ text: '5.2 million', value: 5.2e6 }],
  },
  {
    name: 'not calibres: 155-millimetre shells',
    input: 'Europe struggles to produce 155-millimetre shells.',
    expect: [],
  },
  {
    name: 'not calibres: 170mm Koksan',
    input: 'Footage showed a 170mm Koksan gun near Kursk.',
    expect: [],
  },
  {
    name: 'not calibres: 240 m length',
    input: 'The shells landed within 240 m of the trench.',
    expect: [],
  },

  // Not quantities: ordinals and ranks.
  {
    name: 'not ordinals: 3rd',
    input: 'He served in the 3rd Battalion.',
    expect: [],
  },
  {
    name: 'not ordinals: 21st',
    input: 'It is the 21st century’s largest artillery war.',
    expect: [],
  },
  {
    name: 'not ordinals: the second-highest',
    input: 'North Korea has the second-highest share of Russia’s imported shells.',
    expect: [],
  },
  {
    name: 'not ordinals: No. 1',
    input: 'Russia is now Pyongyang’s No. 1 partner.',
    expect: [],
  },
  {
    name: 'not ordinals: a stage of a contest, "round of 16"; a round of thousands is a count',
    input: 'The DPRK team advanced into the Round of 16. Pyongyang sent a second round of 3,000 troops.',
    expect: [{ text: '3,000', value: 3000 }],
  },
  {
    name: 'fractions: "half" before a force after "the", or before a bare loss ("roughly half killed"); not "half the time"',
    input: 'Over half the initial deployment was lost, roughly half killed or wounded, half the time.',
    expect: [
      { text: 'Over half', value: 0.5, unit: 'fraction', qualifier: 'over' },
      { text: 'roughly half', value: 0.5, unit: 'fraction', qualifier: 'roughly' },
    ],
  },
  {
    name: 'not lengths: a size said as a hyphened adjective ("the 32-page report", "a 10-point plan"); pages counted are',
    input: 'The 32-page UN report and a 10-point plan ran to 40 pages.',
    expect: [{ text: '40', value: 40 }],
  },
  {
    name: 'not ages: an age between commas with the death after it ("Matsegora, 70, had died")',
    input: 'The ministry said Matsegora, 70, had died on Saturday. The regiment lost 40, said an officer.',
    expect: [{ text: '40', value: 40 }],
  },
  {
    name: 'not ordinals: #1',
    input: 'Russia is now Pyongyang’s #1 partner.',
    expect: [],
  },
  {
    name: 'not ordinals: Top 10',
    input: 'Top 10 stories this week',
    expect: [],
  },
  {
    name: 'not ordinals: "number 1" is a rank, but "to number" and "reserves number" are verbs',
    input: 'He was number 1 on the list; the troops, thought to number 12,000, and the reserves number 12,000 more.',
    expect: [
      { text: '12,000', value: 12000 },
      { text: '12,000', value: 12000 },
    ],
  },
  {
    name: 'not ordinals: a third batch',
    input: 'North Korea is preparing a third batch of troops for Russia.',
    expect: [],
  },
  {
    name: 'not ordinals: the second wave',
    input: 'The second wave of North Korean troops arrived in January.',
    expect: [],
  },
  {
    name: 'not ordinals: 1,000th day',
    input: 'Ukraine marked the war’s 1,000th day.',
    expect: [],
  },

  // Not quantities: phone numbers.
  {
    name: 'not phones: +44 20 7946 0958',
    input: 'Call our newsdesk on +44 20 7946 0958.',
    expect: [],
  },
  {
    name: 'not phones: (202) 555-0143',
    input: 'Tips: (202) 555-0143',
    expect: [],
  },
  {
    name: 'not phones: 1-800-555-0199',
    input: 'Subscribe by phone: 1-800-555-0199',
    expect: [],
  },

  // Not quantities: numbers inside words or codes.
  {
    name: 'not codes: COVID-19',
    input: 'North Korea closed its borders during COVID-19.',
    expect: [],
  },
  {
    name: 'not codes: G7',
    input: 'The G7 condemned the deployment.',
    expect: [],
  },
  {
    name: 'not codes: 5G',
    input: 'Pyongyang has no 5G network.',
    expect: [],
  },
  {
    name: 'not codes: B2B',
    input: 'Our B2B newsletter covers sanctions.',
    expect: [],
  },
  {
    name: 'not codes: G20',
    input: 'The G20 summit avoided the topic.',
    expect: [],
  },
  {
    name: 'not codes: more than 15 digits, an identifier (and once read as Infinity)',
    input: 'The crate 12345678901234567890 lists 999,999,999,999,999 shells.',
    expect: [{ text: '999,999,999,999,999', value: 999999999999999 }],
  },

  // No number at all.
  {
    name: 'no number: plain sentence',
    input: 'North Korea denied sending troops to Russia.',
    expect: [],
  },
  {
    name: 'no number: empty string',
    input: '',
    expect: [],
  },
  {
    name: 'no number: qualifier word without a number',
    input: 'Some soldiers were captured, and more than that, some defected.',
    expect: [],
  },
  {
    name: 'no number: many and several without an amount',
    input: 'Many North Korean troops and several officers were seen near Kursk.',
    expect: [],
  },
  {
    name: 'no number: a number of',
    input: 'A number of North Korean soldiers have been wounded.',
    expect: [],
  },
  {
    name: 'no number: words that contain number words',
    input: 'Someone often said the tone was weighty and the attention oftentimes lonely.',
    expect: [],
  },
  {
    name: 'not a quantity: a two-digit year after a word of time; a count in single quotes stays',
    input: "They went to Russia in '24 and since \u201925; '12 soldiers died,' he said.",
    expect: [{ text: '12', value: 12 }],
  },
  {
    name: 'grouping: thousands by an apostrophe or a low quote',
    input: "Over 10'000 and 10\u201A000 troops.",
    expect: [
      { text: "Over 10'000", value: 10000, qualifier: 'over' },
      { text: '10\u201A000', value: 10000 },
    ],
  },
  {
    name: 'qualifiers: "about" before a plural vague amount is a preposition, not a qualifier',
    input: 'A nurse was complaining about hundreds of soldiers, about 300 of them wounded, and about a dozen more.',
    expect: [
      { text: 'hundreds', value: range(200, 900), vague: true },
      { text: 'about 300', value: 300, qualifier: 'about' },
      { text: 'about a dozen', value: 12, qualifier: 'about' },
    ],
  },
  {
    name: 'a year, then an amount far above it after "to", is the amount alone ("in 2022 to 738,660"); "2023-24" stays no amount',
    input: 'Losses since the invasion in 2022 to 738,660 were counted in 2023-24.',
    expect: [{ text: '738,660', value: 738_660 }],
  },
  {
    name: 'not a share: a fraction after an ordinal is a part of a period ("in the second half of 2023", "the first quarter")',
    input: 'Russia received shells in the second half of 2023 and in the first quarter of 2024, a third of them from the North.',
    expect: [{ text: 'a third', value: 1 / 3, unit: 'fraction' }],
  },
  {
    name: 'a share in digits with a slash ("2/3 killed") is a fraction; "24/7" and a date ("5/6/2024") are not',
    input: '4,000 casualties, 2/3 killed, help 24/7, on 5/6/2024.',
    expect: [
      { text: '4,000', value: 4000 },
      { text: '2/3', value: 2 / 3, unit: 'fraction' },
      { text: '24', value: 24 },
      { text: '5', value: 5 },
    ],
  },
  {
    name: 'fractions in fourths, fifths and tenths ("one-fourth", "three-fourths", "two-fifths", "one-tenth of"); "a fourth batch", "a fourth was killed" and "a tenth of a second" are none',
    input:
      'One-fourth of the force, three-fourths of the shells, two-fifths of them and one-tenth of the troops, in a fourth batch; a fourth was killed in a tenth of a second.',
    expect: [
      { text: 'One-fourth', value: 1 / 4, unit: 'fraction' },
      { text: 'three-fourths', value: 3 / 4, unit: 'fraction' },
      { text: 'two-fifths', value: 2 / 5, unit: 'fraction' },
      { text: 'one-tenth', value: 1 / 10, unit: 'fraction' },
    ],
  },
  {
    name: 'scales abbreviated "bln" and "trln", spaced or attached ("$20 bln", "28 trln won", "$1.5bln")',
    input: 'Russia paid $20 bln, or 28 trln won, and $1.5bln more.',
    expect: [
      { text: '$20 bln', value: 20e9, unit: 'USD' },
      { text: '28 trln won', value: 28e12, unit: 'KRW' },
      { text: '$1.5bln', value: 1.5e9, unit: 'USD' },
    ],
  },
  {
    name: 'a floor said with "not" ("not less than 3,000", "not fewer than") is no ceiling; "not more than" and "north of" bound too',
    input: 'Not less than 3,000 troops, not more than 5,000 shells, not fewer than 40 ships and north of 2,000 containers.',
    expect: [
      { text: 'Not less than 3,000', value: 3000, qualifier: 'not less than' },
      { text: 'not more than 5,000', value: 5000, qualifier: 'not more than' },
      { text: 'not fewer than 40', value: 40, qualifier: 'not fewer than' },
      { text: 'north of 2,000', value: 2000, qualifier: 'north of' },
    ],
  },
  {
    name: 'a fraction of one of a scale is a count ("a quarter of a million shells", "three-quarters of a million", "a quarter of a trillion won")',
    input: 'A quarter of a million shells, then three-quarters of a million rounds, for a quarter of a trillion won.',
    expect: [
      { text: 'A quarter of a million', value: 250_000 },
      { text: 'three-quarters of a million', value: 750_000 },
      { text: 'a quarter of a trillion won', value: 250e9, unit: 'KRW' },
    ],
  },
];
