/** Which estimating body a page's words name, read against the bundled bodies' aliases. */
import { describe, expect, it } from 'vitest';
import { bodyNamer } from '../../src/corpus/body-names';
import { readRecord } from '../../src/corpus/read-corpus';
import type { Body } from '../../src/corpus/record';
import { verifyRecord } from '../../src/corpus/verify-record';

const named = bodyNamer(readRecord().bodies);

describe('the body a page’s words name', () => {
  it.each([
    ['South Korea’s spy agency', 'nis'],
    ['the South’s spy agency', 'nis'],
    ['Seoul’s National Intelligence Service (NIS)', 'nis'],
    ['a South Korean military intelligence report', 'rok-dia'],
    ['South Korean intelligence', 'nis'],
    ['Ukraine’s military intelligence', 'hur'],
    ['Budanov', 'hur'],
    ['White House spokesperson John Kirby', 'us-white-house'],
    ['the U.S. State Department', 'us-state-dept'],
    ['Deputy Pentagon Press Secretary Sabrina Singh', 'us-dod'],
    ['Ukrainian President Volodymyr Zelenskyy', 'ukraine-president'],
    ['HUR’s statement', 'hur'],
    ['the Pentagon’s estimate', 'us-dod'],
    ['the South’s defense ministry', 'rok-mnd'],
    ['British intel', 'uk-mod'],
    ['Major General Vadym Skibitsky, deputy chief of Kyiv’s intelligence directorate', 'hur'],
    ['US Secretary of State Anthony Blinken', 'us-state-dept'],
    ['Defense Secretary Austin', 'us-dod'],
    // Beside a maker not on record, the body still named: not makers joined as adjectives of one noun.
    ['NATO and the Pentagon', 'us-dod'],
  ])('reads “%s” as %s', (phrase, id) => {
    expect(named(phrase)?.id).toBe(id);
  });

  it.each([
    ['a country, which has many bodies', 'South Korea'],
    ['unnamed officials', 'US officials'],
    ['two bodies at once', 'Zelensky and the SBU'],
    ['a name only inside a longer word', 'Kirbyville officials'],
    ['a person no body file lists', 'lawmaker Lee Seong-kweun'],
    [
      'a possessive no alias holds bare: "Ukraine\'s intelligence" is not "Ukraine intelligence"',
      'US, South Korean and Ukraine intelligence',
    ],
    ['makers joined as adjectives of one noun', 'South Korean and Ukrainian intelligence'],
    ['makers listed as adjectives of one noun', 'U.S., South Korean and Ukrainian intelligence agencies'],
  ])('reads %s as no body: “%s”', (_, phrase) => {
    expect(named(phrase)).toBeUndefined();
  });

  it('reads the longest name first: military intelligence is not the intelligence service', () => {
    const bodies: Body[] = [
      { id: 'a', name: 'A', country: null, kind: 'intelligence', aliases: { en: ['Korean intelligence'] } },
      { id: 'b', name: 'B', country: null, kind: 'military', aliases: { en: ['Korean military intelligence'] } },
    ];
    expect(bodyNamer(bodies)('Korean military intelligence report')?.id).toBe('b');
    expect(bodyNamer(bodies)('Korean intelligence report')?.id).toBe('a');
  });
});

describe('the aliases a body file lists', () => {
  const file = (id: string, aliases: unknown) => ({ body: { id, name: id, country: null, kind: 'other', aliases }, estimates: [] });

  it('are checked for shape: names by language tag, none empty, none twice', () => {
    expect(verifyRecord([file('a', ['NIS'])]).issues).toEqual([
      'body file 1 body.aliases: must be an object of language tags, each with a list of names: { "en": ["NIS", …] }',
    ]);
    expect(verifyRecord([file('a', { english: ['NIS'] })]).issues).toEqual([
      'body file 1 body.aliases: "english" is not a language tag such as "en"',
    ]);
    expect(verifyRecord([file('a', { en: ['NIS', ' '] })]).issues).toEqual([
      'body file 1 body.aliases.en: must be a list of non-empty names',
    ]);
    expect(verifyRecord([file('a', { en: ['NIS', 'NIS'] })]).issues).toEqual(['body file 1 body.aliases.en: lists a name twice']);
  });

  it('name one body each: a name two bodies list is refused, however it is written', () => {
    expect(verifyRecord([file('a', { en: ['U.S. officials'] }), file('b', { en: ['US Officials'] })]).issues).toEqual([
      'body b: the alias "us officials" is also body a\'s',
    ]);
  });
});
