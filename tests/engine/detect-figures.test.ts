import { describe, expect, it } from 'vitest';
import { detectFigures } from '../../src/engine/detect-figures';
import { mentionsNorthKorea, mentionsTheWar, pageOnTopic } from '../../src/engine/topic-keywords';
import { english } from '../../src/words/english';
import { say } from '../../src/words/phrase';
import { DETECTOR_CASES } from './detect-figures.cases';

describe('the detector, case by case', () => {
  it.each(DETECTOR_CASES.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const found = detectFigures(c.text).map((f) => ({ text: f.text, measure: f.measure, value: f.value }));
    const expected = c.expect.map((e) => ({ text: e.text, measure: e.measure, value: e.value ?? expect.anything() }));
    expect(found, c.text).toEqual(expected);
  });

  it('has unique case names', () => {
    expect(new Set(DETECTOR_CASES.map((c) => c.name)).size).toBe(DETECTOR_CASES.length);
  });
});

describe('the gate', () => {
  it.each([
    'North Korea',
    'NORTH KOREAN troops',
    'the DPRK',
    'Pyongyang',
    'Kim Jong Un',
    'Kim Jong-un',
    "the Korean People's Army",
    'N. Korea',
    'Kim Jong\u00a0Un',
    'North\u2011Korean',
    'North Korea\u2019s',
  ])('opens on %s', (name) => expect(mentionsNorthKorea(`News: ${name} said.`)).toBe(true));

  it.each(['South Korea', 'Korea Herald', 'Seoul', 'Kim Kardashian', 'northern Korea’s mountains'])('stays shut on %s', (text) => {
    expect(mentionsNorthKorea(`News: ${text} said 3,000.`)).toBe(false);
  });
});

describe('the page gate: North Korea and the war', () => {
  it.each(['Russia', 'MOSCOW', 'the Kremlin', 'Putin\u2019s', 'Ukraine', 'Kyiv', 'Kursk', 'Pokrovsk'])(
    'opens on North Korea and %s',
    (name) => {
      expect(mentionsTheWar(`News: ${name} said.`)).toBe(true);
      expect(pageOnTopic(`North Korea sent troops. ${name} said.`)).toBe(true);
    },
  );

  it.each(['the Korean War', 'Kim sat in the front row', 'the war on drugs', 'South Korea'])('stays shut on North Korea and %s', (text) => {
    expect(pageOnTopic(`North Korea fired 3 missiles. ${text}.`)).toBe(false);
  });

  it('stays shut on the war without North Korea', () => expect(pageOnTopic('Russia fired 100 missiles at Kyiv.')).toBe(false));
});

describe('figures', () => {
  const text =
    'North Korea has supplied Russia with more than 8 million artillery shells.\nNear 15,000 North Korean troops, of whom a third were killed or wounded.';
  const figures = detectFigures(text);

  it('carry offsets into the input, the sentence they stand in, qualifier and bound', () => {
    const [shells] = figures;
    expect(text.slice(shells!.start, shells!.end)).toBe('more than 8 million');
    expect(shells).toMatchObject({ qualifier: 'more than', bound: 'min', unit: 'shells', sentenceStart: 0 });
    expect(shells!.sentence).toBe('North Korea has supplied Russia with more than 8 million artillery shells.');
  });

  it('work out a share of a force as a figure of its own, saying how', () => {
    expect(figures[2]).toMatchObject({ text: 'a third', measure: 'nk_casualties', value: 5000 });
    expect(say(figures[2]!.derivation!, english)).toBe('a third of near 15,000');
  });

  it('read a selection that does not name North Korea when the reader asks for it', () => {
    const selection = 'About 3,000 of the troops have been killed or wounded.';
    expect(detectFigures(selection)).toEqual([]);
    expect(detectFigures(selection, { assumeTopic: true }).map((f) => f.measure)).toEqual(['nk_casualties']);
  });

  it("reads no toll of the war in a disaster's dead, where the sentence names neither North Korea nor the war", () => {
    // A headline read alone, as a selection is: "Firefighters race to beat LA blazes as … death toll hits 16".
    const read = (t: string) => detectFigures(t, { assumeTopic: true }).map((f) => [f.text, f.measure]);
    expect(read('Firefighters race to contain wildfires as winds grow and the death toll hits 16')).toEqual([]);
    expect(read('The death toll among North Korean troops hits 600, Seoul says')).toEqual([['600', 'nk_killed']]);
  });

  it("read a hundred or more people lost in a selection as North Korea's soldiers, never a strike's, a famine's or Ukraine's toll", () => {
    const read = (t: string) => detectFigures(t, { assumeTopic: true }).map((f) => [f.text, f.measure]);
    expect(read('The agency estimates that about 300 people were killed and about 2,700 others were injured.')).toEqual([
      ['about 300', 'nk_killed'],
      ['about 2,700', 'nk_wounded'],
    ]);
    expect(read('At least 12 people were killed and 40 injured.')).toEqual([]);
    expect(read('Over 11,000 people have been killed in Ukraine since 2022.')).toEqual([]);
    expect(read('In Kursk, about 200 people were killed in a drone strike.')).toEqual([]);
    expect(read('More than 200,000 people died of starvation in the 1990s.')).toEqual([]);
  });

  it('read a number foreseen to grow as troops to come only where the growth is said right before it', () => {
    const read = (t: string) => detectFigures(t, { assumeTopic: true }).map((f) => [f.text, f.measure]);
    expect(read('The number of North Korean troops is expected to rise approximately to 12,000.')).toEqual([['12,000', 'troops_planned']]);
    expect(read('The deployment, which is expected to grow, now stands at 11,000 North Korean troops.')).toEqual([
      ['11,000', 'troops_deployed'],
    ]);
    expect(read('The total is expected to reach 12,000 North Korean troops, with 3,000 already employed.')).toEqual([
      ['12,000', 'troops_planned'],
      ['3,000', 'troops_deployed'],
    ]);
  });

  it("read no toll in a news digest's other stories, on a page about North Korea: disasters, other wars, a boat's passengers", () => {
    const read = (t: string) => detectFigures(t, { assumeTopic: true }).map((f) => [f.text, f.measure]);
    expect(read('As of the 11th, the fires have resulted in 16 deaths and at least 13 people missing.')).toEqual([]);
    expect(read('At Least Five Dead, 1,000 Plus Structures Destroyed In L.A. Fires')).toEqual([]);
    expect(read('At least 158 people are confirmed dead and an unknown number of others remain missing.')).toEqual([]);
    expect(read('Syria war monitor says more than 130 dead in army-jihadist clashes')).toEqual([]);
    expect(read('A boat carrying 64 men, 62 women and 20 children landed on Thursday.')).toEqual([]);
    expect(read('These soldiers find themselves thousands of kilometers from home.')).toEqual([]);
    expect(read('That comes as the death toll climbs to 16.')).toEqual([]);
    expect(read('Among Nepalese nationals, 70 were reported killed and over 50 remain missing.')).toEqual([]);
    expect(read('This is one of five prisoner of war camps in Ukraine.')).toEqual([]);
    // North Korea's own, with soldiers named, stay; so does a toll of hundreds.
    expect(read('The death toll among North Korean troops climbs to 16.')).toEqual([['16', 'nk_killed']]);
    expect(read('The death toll climbs to 600, Seoul says.')).toEqual([['600', 'nk_killed']]);
    expect(read('About 300 North Korean soldiers were killed and others remain missing.')).toEqual([['About 300', 'nk_killed']]);
  });

  it('read no toll of another story in a selection, told by a killing elsewhere and naming no North Korea', () => {
    const read = (t: string) => detectFigures(t, { assumeTopic: true }).map((f) => [f.text, f.measure]);
    expect(read("Yemen's Huthi rebel media says 68 killed in US strikes on migrant centre.")).toEqual([]);
    expect(read('Suspect charged with murder in Canada car attack that killed 11.')).toEqual([]);
    // Its people named before the toll: a shooting's, no soldiers'.
    expect(read('Virginia man fires at officers trying to serve warrant, injuring 3')).toEqual([]);
    expect(read('Hundreds have been killed by Ukrainian kamikaze drones.')).toEqual([['Hundreds', 'nk_killed']]);
  });

  it('give a share of a range that scales it to one number as that number, never a range whose ends are equal', () => {
    const shares = detectFigures('tens of thousands deployed 0% were killed or wounded', { assumeTopic: true });
    expect(shares.map((f) => [f.text, f.value])).toEqual([
      ['tens of thousands', { low: 20000, high: 90000 }],
      ['0%', 0],
    ]);
  });

  it("read a troop deal's worth in a selection that names no party, but not arms money, which may be North Korea's own", () => {
    const read = (t: string) => detectFigures(t, { assumeTopic: true }).map((f) => [f.text, f.measure]);
    expect(read('The value of the troop deal is estimated at $1 billion.')).toEqual([['$1 billion', 'payment_for_troops']]);
    expect(read('Missile tests costing about $1 billion in 2023.')).toEqual([]);
    expect(detectFigures('North Korean troops fight in Kursk.\n\nThe deal is worth $1 billion, a Ukrainian analyst said.')).toEqual([]);
  });

  it('read a group pointed back at in a selection as people, unless what is said of it is said of things', () => {
    const read = (t: string) => detectFigures(t, { assumeTopic: true }).map((f) => [f.text, f.measure]);
    expect(read('There are already 11,000 of them in Kursk Oblast.')).toEqual([['11,000', 'troops_deployed']]);
    expect(read('Of those, 55 were shot down, while another 30 veered off course.')).toEqual([]);
  });

  it('read "they" who lost people as North Korea\'s forces in a selection about them, unless another side is named', () => {
    const read = (t: string) => detectFigures(t, { assumeTopic: true }).map((f) => [f.text, f.measure]);
    expect(read('To date, they have lost 4,000 people," Zelenskyy stated.')).toEqual([['4,000', 'nk_casualties']]);
    expect(read('They say North Korea has lost 4,000 people.')).toEqual([['4,000', 'nk_casualties']]);
    expect(read('Russia has thrown them into assaults; they have lost 4,000 people.')).toEqual([]);
    expect(read('They have lost 4,000 people since arriving in Kursk, Ukrainian officials said.')).toEqual([['4,000', 'nk_casualties']]);
    expect(read('Refugees from Kursk say they have lost 300 people from their villages.')).toEqual([]);
    expect(read('They have lost 500 people to flooding in the north this year.')).toEqual([]);
    expect(detectFigures('To date, they have lost 4,000 people," Zelenskyy stated.')).toEqual([]);
  });

  it('take "NK" for North Korea only in a count\'s own words, never as the page\'s subject', () => {
    expect(detectFigures('The Russian firm NK Rosneft shipped 1 million barrels of oil to the refinery.')).toEqual([]);
    expect(detectFigures('Ukrainian forces captured two NK soldiers in Kursk.', { assumeTopic: true }).map((f) => f.measure)).toEqual([
      'nk_captured',
    ]);
  });

  it('read pay "a month to die" in a selected headline that names no one as a soldier’s pay', () => {
    const headline = '$2,000 a month to die in Ukraine?';
    expect(detectFigures(headline, { assumeTopic: true }).map((f) => [f.text, f.measure])).toEqual([['$2,000', 'soldier_pay']]);
  });
});
