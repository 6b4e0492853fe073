import type { Measure } from '../../src/engine/measures';
import type { Value } from '../../src/engine/value';

export interface ExpectedFigure {
  text: string;
  measure: Measure;
  value?: Value;
}

export interface DetectorCase {
  name: string;
  text: string;
  expect: ExpectedFigure[];
}

/** Each text is a whole input: paragraphs are separated by line breaks. */
export const DETECTOR_CASES: DetectorCase[] = [
  // Troops sent, promised, added
  {
    name: 'troops: sent',
    text: 'North Korea has sent about 11,000 troops to Russia.',
    expect: [{ text: 'about 11,000', measure: 'troops_deployed', value: 11000 }],
  },
  {
    name: 'troops: soldiers deployed in Kursk',
    text: 'Some 12,000 North Korean soldiers have been deployed to the Kursk region.',
    expect: [{ text: 'Some 12,000', measure: 'troops_deployed', value: 12000 }],
  },
  {
    name: 'troops: range',
    text: 'Pyongyang has deployed between 10,000 and 12,000 troops, Seoul says.',
    expect: [{ text: 'between 10,000 and 12,000', measure: 'troops_deployed', value: { low: 10000, high: 12000 } }],
  },
  {
    name: 'troops: a party in a "where" clause after the count does not own it',
    text: 'North Korea is sending troops. He added that the first unit of 2,600 soldiers is en route to Kursk, where Ukraine has established a stronghold.',
    expect: [{ text: '2,600', measure: 'troops_deployed', value: 2600 }],
  },
  {
    name: 'troops: a change from one estimate to another gives both; a change to come begins with troops there',
    text: 'In addition, they have revised their estimated troop deployment from 3,000 last week to approximately 10,000. According to Ukrainian intelligence, the number of North Korean soldiers can quickly grow from 3,000 to 12,000. North Korea has doubled the scale of its troop deployment to Russia from the existing 15,000 to 30,000 personnel.',
    expect: [
      { text: '3,000', measure: 'troops_deployed', value: 3000 },
      { text: 'approximately 10,000', measure: 'troops_deployed', value: 10000 },
      { text: '3,000', measure: 'troops_deployed', value: 3000 },
      { text: '12,000', measure: 'troops_planned', value: 12000 },
      { text: '15,000', measure: 'troops_deployed', value: 15000 },
      { text: '30,000', measure: 'troops_deployed', value: 30000 },
    ],
  },
  {
    name: 'troops: an earlier estimate named after the figure, with a determiner, a change noun or "than"',
    text: 'The Pentagon said 10,000 North Korean troops are in Russia, up from the American estimate of 3,000 given last week. The U.S. now believes approximately 10,000 North Korean troops are in Russia, a significant increase from the previous estimate of 3,000. Pyongyang had sent about 10,000 soldiers to train in eastern Russia, a far higher figure than its estimate of 3,000 last week. The U.S. has raised its estimate of North Korean troops to 12,000.',
    expect: [
      { text: '10,000', measure: 'troops_deployed', value: 10000 },
      { text: '3,000', measure: 'troops_deployed', value: 3000 },
      { text: 'approximately 10,000', measure: 'troops_deployed', value: 10000 },
      { text: '3,000', measure: 'troops_deployed', value: 3000 },
      { text: 'about 10,000', measure: 'troops_deployed', value: 10000 },
      { text: '3,000', measure: 'troops_deployed', value: 3000 },
      { text: '12,000', measure: 'troops_deployed', value: 12000 },
    ],
  },
  {
    name: 'troops: a party told is no owner; a speaker three words off; a unit said to be so strong; soldiers counted before a bare count',
    text: 'Kim Jong Un told Moscow in August that his country was ready to send up to 100,000 troops. South Korea has provided different figures, stating 1,500 special forces troops were already in Russia. North Korea sent troops to Kursk. This unit is about 3,000 strong and is expected to receive weapons. Reports suggest about 1,500 men are already in Vladivostok for advanced training, with an additional 10,500 set to follow.',
    expect: [
      { text: 'up to 100,000', measure: 'troops_planned', value: 100000 },
      { text: '1,500', measure: 'troops_deployed', value: 1500 },
      { text: 'about 3,000', measure: 'troops_deployed', value: 3000 },
      { text: 'about 1,500', measure: 'troops_deployed', value: 1500 },
      { text: '10,500', measure: 'troops_planned', value: 10500 },
    ],
  },
  {
    name: 'losses: said after an adverb or "believed"; suffered injuries; deaths and injuries of; no count of a group one of whom was hurt',
    text: 'Of the roughly 11,000 North Koreans initially deployed, about 300 of those soldiers are already believed dead. During the 120-day deployment, nine soldiers from the engineering regiment tragically lost their lives. At least 100 soldiers from North Korea have lost their lives and at least 1,000 have suffered injuries. Kim mourned the reported deaths and injuries of approximately 6,000 North Korean troops. Major General Shin Geum Chul, one of three North Korean generals sent to the battlefield, was heavily injured by the missile attack.',
    expect: [
      { text: 'roughly 11,000', measure: 'troops_deployed', value: 11000 },
      { text: 'about 300', measure: 'nk_killed', value: 300 },
      { text: 'nine', measure: 'nk_killed', value: 9 },
      { text: 'At least 100', measure: 'nk_killed', value: 100 },
      { text: 'at least 1,000', measure: 'nk_wounded', value: 1000 },
      { text: 'approximately 6,000', measure: 'nk_casualties', value: 6000 },
    ],
  },
  {
    name: 'not the war: a sentence dated only before it; a whole a North Korean part is in; tests fired toward the sea',
    text: 'More than 40 North Korean soldiers were killed or wounded when South Korea returned fire on Yeonpyeong Island in November 2010, a media report said. Officials said over 20 military personnel, including the North Korean officers, were killed in the strike on Kursk. North Korea fired two ballistic missiles toward the sea Wednesday, as Kim rolled through Russia. North Korea sent about 11,000 troops to Russia, its first participation in a large-scale conflict since the 1950-1953 Korean War.',
    expect: [{ text: 'about 11,000', measure: 'troops_deployed', value: 11000 }],
  },
  {
    name: "not the war: a clash between the two Koreas, undated, where no side or place of the war is named; not the border or South Korea's troops named",
    text: 'The North fired around 170 artillery shells onto Yeonpyeong and its surrounding waters. Despite killing six South Korean soldiers, the North Korean navy suffered over a dozen deaths. North Korea has sent about 11,000 troops to Russia, some of them from units on the demarcation line. Experts warn that the combat experience gained by some 14,000 North Korean soldiers could pose a threat to South Korean troops. The NIS estimates North Korea has suffered 4,700 casualties, Yonhap reported from Panmunjom. North Korean soldiers have suffered dozens of casualties from mine explosions while working near the DMZ. Kim inspected the North Korean navy as some 12,000 troops were sent abroad.',
    expect: [
      { text: 'about 11,000', measure: 'troops_deployed', value: 11000 },
      { text: 'some 14,000', measure: 'troops_deployed', value: 14000 },
      { text: '4,700', measure: 'nk_casualties', value: 4700 },
      { text: 'some 12,000', measure: 'troops_deployed', value: 12000 },
    ],
  },
  {
    name: 'not troops: "of these dairy goats" points back at no people',
    text: 'North Korea sent troops to Russia last year. A hundred of these dairy goats arrived from Saint Petersburg, bound for North Korea.',
    expect: [],
  },
  {
    name: 'not troops: a crowd in an auditorium at home',
    text: 'North Korea sent troops to Russia last year. Thousands of North Koreans stood to attention in the vast auditorium.',
    expect: [],
  },
  {
    name: 'russian losses: lives lost, or a war said to cost a side them; not lives a strike, a famine or another war cost',
    text: 'North Korea sent troops to Kursk. The war has cost Russia somewhere between 164,223 to 237,211 lives. A Russian missile strike on Kyiv cost 12 lives. The famine cost 2,000 lives in North Korea. The 1990s famine cost North Korea up to 3 million lives, a tragedy Kim vows never to repeat as he supplies Russia. Moscow lost 15,000 lives in its war in Afghanistan, a figure dwarfed in Ukraine. The war has cost Russia more than 250,000 lives, the most of any conflict since World War II. North Korea has lost at least 600 lives since sending its soldiers.',
    expect: [
      { text: 'between 164,223 to 237,211', measure: 'russian_casualties', value: { low: 164223, high: 237211 } },
      { text: 'more than 250,000', measure: 'russian_casualties', value: 250000 },
      { text: 'at least 600', measure: 'nk_killed', value: 600 },
    ],
  },
  {
    name: 'russian losses: "Mad Vlad", as tabloids name Putin, owns what he lost and amassed',
    text: 'To date, Mad Vlad has lost 766,690 soldiers dead or wounded, and now he is throwing North Korean troops into his meat grinder. Mad Vlad has meanwhile amassed 40,000 of his soldiers and 10,000 North Koreans to attack Kursk.',
    expect: [
      { text: '766,690', measure: 'russian_casualties', value: 766690 },
      { text: '10,000', measure: 'troops_deployed', value: 10000 },
    ],
  },
  {
    name: 'owner: a loss in a clause opened by "having" is the subject\'s after its comma; not a count with its own sender',
    text: 'Having already lost an estimated 350,000 troops in battle over the last two years, Russia has made policy changes. Having lost about 4,000 soldiers in Kursk, North Korea sent more. Having deployed about 12,000 soldiers sent by Kim, Russia launched its counteroffensive in Kursk.',
    expect: [
      { text: 'an estimated 350,000', measure: 'russian_casualties', value: 350000 },
      { text: 'about 4,000', measure: 'nk_casualties', value: 4000 },
      { text: 'about 12,000', measure: 'troops_deployed', value: 12000 },
    ],
  },
  {
    name: 'money: billions "for its weapons programs" and money stolen are no payment for arms; money paid first is',
    text: 'The sanctions report says cyber theft allowed the DPRK to obtain billions of dollars for its weapons programs. North Korea earned billions of dollars from its weapons sales to Russia. Arms sales to Russia earned North Korea $5.5 billion, enough to fund its nuclear programme for years. North Korean hackers stole $1.5 billion in cryptocurrency from Bybit, while Russia paid $5 billion for munitions. North Korean hackers made off with $1.5 billion in Ethereum, and Russia paid Pyongyang for its shells.',
    expect: [
      { text: 'billions', measure: 'payment_for_weapons', value: { low: 2000000000, high: 9000000000 } },
      { text: '$5.5 billion', measure: 'payment_for_weapons', value: 5500000000 },
      { text: '$5 billion', measure: 'payment_for_weapons', value: 5000000000 },
    ],
  },
  {
    name: 'troops: "already on Russian soil" are there, whatever is planned before; "already on standby" are to come',
    text: 'The agency believes Pyongyang plans to dispatch an additional 6,000 troops, with approximately 1,000 combat soldiers already on Russian soil. Seoul says 5,000 more North Korean troops are already on standby to be sent to Russia.',
    expect: [
      { text: '6,000', measure: 'troops_planned', value: 6000 },
      { text: 'approximately 1,000', measure: 'troops_deployed', value: 1000 },
      { text: '5,000', measure: 'troops_planned', value: 5000 },
    ],
  },
  {
    name: "russian losses: soldiers treated in North Korean hospitals are wounded, and Russia's",
    text: 'Hundreds of Russian soldiers are being treated in North Korean hospitals, a Russian diplomat said. Matsegora confirmed that “hundreds” of Russian troops are receiving medical treatment there.',
    expect: [
      { text: 'Hundreds', measure: 'russian_casualties', value: { low: 200, high: 900 } },
      { text: 'hundreds', measure: 'russian_casualties', value: { low: 200, high: 900 } },
    ],
  },
  {
    name: 'russian losses: "a half-million" killed or wounded; "lost an average of 1,500 troops every day"',
    text: 'U.S. officials estimate that more than a half-million Russian troops have been killed or wounded. Radakin claimed Russia lost an average of 1,500 troops every day in October, as North Korea sent more.',
    expect: [
      { text: 'more than a half-million', measure: 'russian_casualties', value: 500000 },
      { text: '1,500', measure: 'russian_casualties', value: 1500 },
    ],
  },
  {
    name: "troops: the force more are sent to join is there, though the sending is planned; not where its own words say it is to come, nor another side's",
    text: 'Pyongyang is planning to send 3,000 more soldiers to join the 11,000 already there. Pyongyang is planning to send more soldiers to add to the 12,000 deployment. Another 5,000 troops will join the 4,000 expected to arrive by December. North Korean troops are to join the 500 Russian marines in Sudzha.',
    expect: [
      { text: '3,000', measure: 'troops_planned', value: 3000 },
      { text: '11,000', measure: 'troops_deployed', value: 11000 },
      { text: '12,000', measure: 'troops_deployed', value: 12000 },
      { text: '5,000', measure: 'troops_planned', value: 5000 },
      { text: '4,000', measure: 'troops_planned', value: 4000 },
    ],
  },
  {
    name: 'troops: a total "possibly reaching" a number in the coming months, or beyond a smaller count, is to come; alone, there',
    text: 'Approximately 3,000 North Korean troops are already en route to Russia, with the total contingent possibly reaching 12,000 soldiers in the coming months. The number of North Korean troops in Russia is unclear, possibly reaching 15,000, Kyiv says. North Korea has sent about 11,000 troops, with the total possibly reaching 16,000 as more arrive.',
    expect: [
      { text: 'Approximately 3,000', measure: 'troops_deployed', value: 3000 },
      { text: '12,000', measure: 'troops_planned', value: 12000 },
      { text: '15,000', measure: 'troops_deployed', value: 15000 },
      { text: 'about 11,000', measure: 'troops_deployed', value: 11000 },
      { text: '16,000', measure: 'troops_planned', value: 16000 },
    ],
  },
  {
    name: 'not figures: missile tests counted, and a war\'s length in "two-and-a-half-year-long"',
    text: "Last year, North Korea conducted 47 ballistic missile tests, a number expected to fall with Russia's aid. Putin's army has suffered nearly 1 million casualties in the two-and-a-half-year-long war.",
    expect: [{ text: 'nearly 1 million', measure: 'russian_casualties', value: 1000000 }],
  },
  {
    name: 'owner: the party whose losses they are owns them, by its institution too ("the losses of the Armed Forces of Ukraine")',
    text: 'North Korean troops took part in the Kursk operation. According to Gerasimov, the total losses of the Armed Forces of Ukraine during the Kursk operation exceeded 76,000 people killed and wounded. The losses of the Russian army in Kursk exceeded 38,000.',
    expect: [{ text: 'exceeded 38,000', measure: 'russian_casualties', value: 38000 }],
  },
  {
    name: 'owner: people "from overseas" or "from abroad" are many countries\', not North Korea\'s alone',
    text: "North Korea sent troops to Kursk. Some 20,000 men from overseas are now estimated to have joined Russia's invasion. North Korea's first overseas deployment numbers 12,000 troops.",
    expect: [{ text: '12,000', measure: 'troops_deployed', value: 12000 }],
  },
  {
    name: "not supplies: shells North Korea fires itself, a warhead's tonnes; but its shells sent, and an arms ship's transits",
    text: 'North Korea fires 200+ artillery shells towards the South Korean island. North Korea fired more than 200 artillery shells into the sea near the maritime border with Russia watching. It tested a missile that can fire a 4.5 ton “super-large” warhead. North Korea has sent more than 200,000 artillery shells to Russia. The Angara ferried North Korean munitions to Russia in at least 11 transits.',
    expect: [
      { text: 'more than 200,000', measure: 'artillery_shells', value: 200000 },
      { text: 'at least 11', measure: 'shipments', value: 11 },
    ],
  },
  {
    name: 'not troops: North Koreans "expected to work" in Russia, entries that records show, laborers sent',
    text: 'More than 50,000 North Koreans are expected to work in Russia, with many at construction sites. In 2024 alone, records show that over 13,000 North Koreans entered Russia. Many North Koreans, numbering in the thousands, were sent to Russia, six North Korean laborers who fled said. About 12,000 North Koreans were sent to fight in Kursk.',
    expect: [{ text: 'About 12,000', measure: 'troops_deployed', value: 12000 }],
  },
  {
    name: 'owner: a party in an aside about the sender owns nothing counted after it',
    text: 'North Korea, which has armed the Houthis, has sent about 11,000 troops to Russia. North Korea, long a supplier to Syria and Libya, has shipped 5 million shells to Russia.',
    expect: [
      { text: 'about 11,000', measure: 'troops_deployed', value: 11000 },
      { text: '5 million', measure: 'artillery_shells', value: 5000000 },
    ],
  },
  {
    name: 'not troops: drills as Kim prepares "to send more"; but "pledged to send another 6,000" at a rally',
    text: 'North Korean drills involving about 10,000 troops near the border come as Kim prepares to send more. At a mass rally, Kim pledged to send another 6,000 soldiers abroad.',
    expect: [{ text: '6,000', measure: 'troops_planned', value: 6000 }],
  },
  {
    name: 'troops to come: a force "that\'s set to reinforce", troops "are to be in Russia by December", as a speaker "expects that"',
    text: "They're the vanguard of an initial force of potentially 11,000 North Korean troops that's set to reinforce Russia's war. Seoul expects that 10,000 troops are to be in Russia by December. The 12,000 North Korean troops that are set to return home have fought in Kursk. Some 13,000 North Korean soldiers are to be in Kursk until the end of the year. Russia warned it had lost 1,200 soldiers in Kursk.",
    expect: [
      { text: '11,000', measure: 'troops_planned', value: 11000 },
      { text: '10,000', measure: 'troops_planned', value: 10000 },
      { text: '12,000', measure: 'troops_deployed', value: 12000 },
      { text: 'Some 13,000', measure: 'troops_deployed', value: 13000 },
      { text: '1,200', measure: 'russian_casualties', value: 1200 },
    ],
  },
  {
    name: 'captives: soldiers "apprehended" by Ukraine\'s forces, held "as prisoners of war"; not men police apprehended',
    text: 'The two North Korean soldiers, both wounded, were reportedly apprehended by Ukrainian special forces. Ukraine holds 2 North Korean soldiers as prisoners of war. Police apprehended three men in Seoul.',
    expect: [
      { text: 'two', measure: 'nk_captured', value: 2 },
      { text: '2', measure: 'nk_captured', value: 2 },
    ],
  },
  {
    name: "missiles: remnants of North Korean missiles examined are the war's; debris of a test into the sea is not",
    text: "Researchers on the ground examined remnants of four North Korean missiles found in July and August 2024. North Korea fired two ballistic missiles into the sea; debris fell near Japan. South Korea's military said it detected 3 short-range ballistic missiles fired from the Pyongyang area; debris fell in the East Sea.",
    expect: [{ text: 'four', measure: 'missiles_rockets', value: 4 }],
  },
  {
    name: 'owner: soldiers "deployed by North Korea" are its own; "the Ukraine-Russia conflict" names the war, not "the Russian-led offensive"; a party before a speaker\'s "with" clause keeps its losses',
    text: "North Korean forces joined Russia in October, with the United States estimating at least 10,000 soldiers were deployed by North Korea. Reports indicate that approximately 600 North Korean soldiers have died in the Ukraine-Russia conflict, with total casualties at around 4,700. 3,000 soldiers died in the Russian-led offensive. Russia has lost heavily in Kursk, with Ukraine's General Staff saying 38,000 soldiers were killed or wounded.",
    expect: [
      { text: 'at least 10,000', measure: 'troops_deployed', value: 10000 },
      { text: 'approximately 600', measure: 'nk_killed', value: 600 },
      { text: 'around 4,700', measure: 'nk_casualties', value: 4700 },
      { text: '3,000', measure: 'russian_casualties', value: 3000 },
      { text: '38,000', measure: 'russian_casualties', value: 38000 },
    ],
  },
  {
    name: 'troops: "a contingent of 2,600, he says, is due to be transferred" is to come; not North Koreans forcibly repatriated, nor drones "of them" shot down',
    text: 'A contingent of 2,600 North Korean soldiers, he says, is due to be transferred to Kursk by the end of October. China has forcibly repatriated over 400 North Koreans since last year. Ukraine shot down 94 drones sent by Russia. 60 of them were shot down over Kyiv.',
    expect: [{ text: '2,600', measure: 'troops_planned', value: 2600 }],
  },
  {
    name: 'aid: animals and pure-bred horses Putin gives',
    text: "Russian President Vladimir Putin has gifted North Korea's main zoo more than 70 animals, including a lion and two brown bears. Earlier this year, Putin gifted North Korean leader Kim Jong Un 24 pure-bred horses, reportedly as thanks for artillery shells provided by North Korea.",
    expect: [
      { text: 'more than 70', measure: 'aid_to_nk', value: 70 },
      { text: '24', measure: 'aid_to_nk', value: 24 },
    ],
  },
  {
    name: 'troops planned: "could be joining", "would end up supporting", numbers expected to rise',
    text: 'Western officials estimate up to 10,000 North Korean troops could be joining Russia’s armed forces. A total of 12,000 North Korean soldiers would end up supporting the invasion. Approximately 3,000 North Korean soldiers are already stationed in Kursk, with numbers expected to rise to 12,000.',
    expect: [
      { text: 'up to 10,000', measure: 'troops_planned', value: 10000 },
      { text: '12,000', measure: 'troops_planned', value: 12000 },
      { text: 'Approximately 3,000', measure: 'troops_deployed', value: 3000 },
      { text: '12,000', measure: 'troops_planned', value: 12000 },
    ],
  },
  {
    name: 'troops planned: the verb read past an aside between dashes; thoroughbred horses Moscow shipped',
    text: 'North Korea is sending troops. It is estimated that by the end of the year up to 12,000 troops – a force of 20 battalions – will join Russian forces. This move follows Moscow’s previous shipment of 30 grey thoroughbred horses to Pyongyang in 2022.',
    expect: [
      { text: 'up to 12,000', measure: 'troops_planned', value: 12000 },
      { text: '30', measure: 'aid_to_nk', value: 30 },
    ],
  },
  {
    name: 'troops: a sending "said to be" under way is to come; a bare count that "has reached Kursk" is there',
    text: 'North Korea’s Kim Jong Un is now said to be sending thousands of troops to Russia. "We now believe that 10,000 have reached Kursk and may join the fighting in the coming days," the American official said.',
    expect: [
      { text: 'thousands', measure: 'troops_planned', value: { low: 2000, high: 9000 } },
      { text: '10,000', measure: 'troops_deployed', value: 10000 },
    ],
  },
  {
    name: 'troops: a bare count that "has gone there" after the troops were named is there',
    text: 'The State Department said North Korean soldiers are in Russia. "Now we estimate that about 10,000 have gone there and may enter the battle in the coming days," Miller said.',
    expect: [{ text: 'about 10,000', measure: 'troops_deployed', value: 10000 }],
  },
  {
    name: 'troops there: more "seem to be training in Russia", additional ones "stationed at" facilities; captives Ukraine "held"',
    text: 'Thousands more seem to be training in Russia’s far east. Ukrainian intelligence reported an additional 7,000 soldiers stationed at training facilities in Russia’s Far East. In January 2025, Ukraine confirmed it held two North Korean soldiers.',
    expect: [
      { text: 'Thousands', measure: 'troops_deployed', value: { low: 2000, high: 9000 } },
      { text: '7,000', measure: 'troops_deployed', value: 7000 },
      { text: 'two', measure: 'nk_captured', value: 2 },
    ],
  },
  {
    name: 'money: arms named before the revenue they generated; troops that "could bring in" a sum',
    text: 'The arms trade with Russia generated revenue of $5.5 billion for North Korea. Experts estimate that the deployment of North Korean soldiers could bring in about $200 million annually. North Korea’s state revenue of $5 billion is small.',
    expect: [
      { text: '$5.5 billion', measure: 'payment_for_weapons', value: 5500000000 },
      { text: 'about $200 million', measure: 'payment_for_troops', value: 200000000 },
    ],
  },
  {
    name: 'not troops: North Koreans counted by border officials, by the quarter, visiting to study; the Institute for the Study of War still speaks of troops',
    text: 'More than 3,700 North Koreans visited Russia during the third quarter this year for "study" purposes. Border officials reported that 3,765 North Koreans arrived in Russia from July to September. The Institute for the Study of War said 11,000 North Koreans are fighting in Kursk.',
    expect: [{ text: '11,000', measure: 'troops_deployed', value: 11000 }],
  },
  {
    name: 'not troops: defectors who fled, risked their lives to flee, or are known to have returned',
    text: 'North Korea sent troops to Russia. Since the late 1990s, some 28,000 North Koreans have fled to South Korea. More than 33,000 North Koreans have risked their lives to flee their oppressive homeland. Officially, about 30 North Koreans are known to have returned after settling in the South.',
    expect: [],
  },
  {
    name: 'changes and ranges: a range after "range" or "anywhere"; a change\'s first end takes the noun after its second; "In May" is no modal',
    text: 'Seoul issued revised estimates that range from 10,000 to 12,000 North Korean troops. The toll rose from 3,000 to 4,000 North Korean casualties. In May, the number of North Korean troops rose from 3,000 to 10,000.',
    expect: [
      { text: 'from 10,000 to 12,000', measure: 'troops_deployed', value: { low: 10000, high: 12000 } },
      { text: '3,000', measure: 'nk_casualties', value: 3000 },
      { text: '4,000', measure: 'nk_casualties', value: 4000 },
      { text: '3,000', measure: 'troops_deployed', value: 3000 },
      { text: '10,000', measure: 'troops_deployed', value: 10000 },
    ],
  },
  {
    name: "kept: an old year in a sentence on the war; a North Korean part of North Korea's own force; troops sent who will support",
    text: 'Kim Jong Un, who took power in 2011, has sent 11,000 troops to Russia. Pyongyang has sent about 11,000 troops, including North Korean special forces known as the Storm Corps, to Russia. North Korea has sent 11,000 troops, who will support Russian forces in Kursk.',
    expect: [
      { text: '11,000', measure: 'troops_deployed', value: 11000 },
      { text: 'about 11,000', measure: 'troops_deployed', value: 11000 },
      { text: '11,000', measure: 'troops_deployed', value: 11000 },
    ],
  },
  {
    name: 'not a figure: a group one of whom was lost; animals that died; captives are "one of the two" taken',
    text: 'North Korean troops fought in Kursk. Ukraine says one of the 300 wounded soldiers was killed. More than 100 animals died at the Kharkiv zoo after Russian shelling. One of the two North Korean soldiers was taken prisoner by Ukraine’s Special Operations Forces.',
    expect: [{ text: 'two', measure: 'nk_captured', value: 2 }],
  },
  {
    name: 'troops planned: the verb read past a part between commas; sent troops with such a part stay sent',
    text: 'Up to 12,000 North Korean troops, including 500 officers, will be sent to Russia. North Korea has sent 12,000 troops, including 500 officers, to Russia.',
    expect: [
      { text: 'Up to 12,000', measure: 'troops_planned', value: 12000 },
      { text: '500', measure: 'troops_planned', value: 500 },
      { text: '12,000', measure: 'troops_deployed', value: 12000 },
      { text: '500', measure: 'troops_deployed', value: 500 },
    ],
  },
  {
    name: 'troops: North Koreans as the noun',
    text: 'Ukraine says 11,000 North Koreans are fighting in Kursk.',
    expect: [{ text: '11,000', measure: 'troops_deployed', value: 11000 }],
  },
  {
    name: 'troops: received from North Korea',
    text: 'Russia has received more than 10,000 troops from North Korea.',
    expect: [{ text: 'more than 10,000', measure: 'troops_deployed', value: 10000 }],
  },
  {
    name: 'troops: promised',
    text: 'Kim Jong Un has promised Russia another 6,000 troops, the Kremlin said.',
    expect: [{ text: '6,000', measure: 'troops_planned', value: 6000 }],
  },
  {
    name: 'troops: additional sent',
    text: 'North Korea sent an additional 3,000 troops to Russia in January and February.',
    expect: [{ text: '3,000', measure: 'troops_deployed', value: 3000 }],
  },
  {
    name: 'troops: more after the number',
    text: 'Seoul believes Pyongyang will dispatch 3,000 more soldiers.',
    expect: [{ text: '3,000', measure: 'troops_planned', value: 3000 }],
  },
  {
    name: 'troops: pledge of engineers',
    text: 'North Korea pledged to send 1,000 deminers and 5,000 military builders to Kursk.',
    expect: [
      { text: '1,000', measure: 'troops_planned', value: 1000 },
      { text: '5,000', measure: 'troops_planned', value: 5000 },
    ],
  },
  {
    name: 'troops: vague',
    text: 'Thousands of North Korean troops are now on the front line.',
    expect: [{ text: 'Thousands', measure: 'troops_deployed', value: { low: 2000, high: 9000 } }],
  },
  {
    name: 'troops: deployment of N',
    text: 'The deployment of 10,000 North Korean soldiers marks a new phase.',
    expect: [{ text: '10,000', measure: 'troops_deployed', value: 10000 }],
  },

  // Losses
  {
    name: 'losses: members of a unit, said as the count opens the sentence',
    text: 'Eleven members of the North Korean brigade were killed in Kursk.',
    expect: [{ text: 'Eleven', measure: 'nk_killed', value: 11 }],
  },
  {
    name: 'losses: members of a unit captured',
    text: 'Thirty members of the North Korean brigade were captured, Kyiv said.',
    expect: [{ text: 'Thirty', measure: 'nk_captured', value: 30 }],
  },
  {
    name: 'losses: members of a delegation are no troops',
    text: 'Five members of the North Korean delegation visited Moscow in June.',
    expect: [],
  },
  {
    name: 'losses: killed or wounded',
    text: 'About 3,000 North Korean soldiers have been killed or wounded, Zelensky said.',
    expect: [{ text: 'About 3,000', measure: 'nk_casualties', value: 3000 }],
  },
  {
    name: 'losses: killed and wounded apart',
    text: 'South Korea said 300 North Korean soldiers had been killed and 2,700 wounded.',
    expect: [
      { text: '300', measure: 'nk_killed', value: 300 },
      { text: '2,700', measure: 'nk_wounded', value: 2700 },
    ],
  },
  {
    name: 'losses: casualties noun',
    text: "North Korea's troops have suffered around 4,700 casualties, the NIS said.",
    expect: [{ text: 'around 4,700', measure: 'nk_casualties', value: 4700 }],
  },
  {
    name: 'losses: at least N killed',
    text: 'At least 100 North Korean soldiers were killed in December, according to Seoul.',
    expect: [{ text: 'At least 100', measure: 'nk_killed', value: 100 }],
  },
  {
    name: 'losses: captured in words',
    text: 'Ukraine captured two North Korean soldiers in Kursk.',
    expect: [{ text: 'two', measure: 'nk_captured', value: 2 }],
  },
  {
    name: 'losses: death toll before the number',
    text: 'The number of North Korean dead has risen to about 2,000, Seoul estimates.',
    expect: [{ text: 'about 2,000', measure: 'nk_killed', value: 2000 }],
  },
  {
    name: 'losses: share of a force',
    text: 'Of the 11,000 North Korean troops sent, roughly 40 percent have been killed or wounded.',
    expect: [
      { text: '11,000', measure: 'troops_deployed', value: 11000 },
      { text: 'roughly 40 percent', measure: 'nk_casualties', value: 4400 },
    ],
  },
  {
    name: 'losses: Russian toll',
    text: 'Russia has lost more than 600,000 soldiers killed or wounded, while North Korea sends reinforcements.',
    expect: [{ text: 'more than 600,000', measure: 'russian_casualties', value: 600000 }],
  },
  {
    name: 'losses: Ukrainian toll is no figure',
    text: 'North Korean troops have killed 500 Ukrainian soldiers, Moscow claims.',
    expect: [],
  },
  {
    name: 'losses: Soviet toll is no figure',
    text: "North Korea's losses dwarf the Soviet Union's 15,000 casualties in Afghanistan.",
    expect: [],
  },

  // Munitions and logistics
  {
    name: 'shells: millions supplied',
    text: 'North Korea has supplied Russia with more than 8 million artillery shells.',
    expect: [{ text: 'more than 8 million', measure: 'artillery_shells', value: 8000000 }],
  },
  {
    name: 'shells: rounds',
    text: 'Pyongyang shipped some 3.7 million rounds of ammunition to Russia.',
    expect: [{ text: 'some 3.7 million', measure: 'artillery_shells', value: 3700000 }],
  },
  {
    name: 'shells: Russia firing is no figure',
    text: 'Russia fires about 10,000 shells a day, many of them made in North Korea.',
    expect: [],
  },
  {
    name: 'missiles: ballistic',
    text: 'North Korea has sent at least 100 KN-23 ballistic missiles to Russia.',
    expect: [{ text: 'at least 100', measure: 'missiles_rockets', value: 100 }],
  },
  { name: 'missiles: launchers are no figure', text: 'North Korea also supplied 120 multiple rocket launchers to Russia.', expect: [] },
  {
    name: 'containers: shipped',
    text: 'Satellite images show North Korea shipped over 20,000 containers of munitions to Russia.',
    expect: [{ text: 'over 20,000', measure: 'containers', value: 20000 }],
  },
  {
    name: 'shipments: voyages',
    text: 'Russian ships made 64 voyages between Rajin and Russian ports carrying North Korean arms.',
    expect: [{ text: '64', measure: 'shipments', value: 64 }],
  },
  {
    name: 'tons: equipment',
    text: 'Pyongyang delivered 7,000 tons of military equipment to Russia in 2023.',
    expect: [{ text: '7,000', measure: 'equipment_tons', value: 7000 }],
  },
  {
    name: 'share: percent of ammunition',
    text: 'North Korean shells now make up about half of Russia\u2019s artillery ammunition.',
    expect: [{ text: 'about half', measure: 'share_of_russian_ammo', value: 50 }],
  },
  {
    name: 'share: percent sign',
    text: 'Up to 60% of the shells Russia fires come from North Korea.',
    expect: [{ text: 'Up to 60%', measure: 'share_of_russian_ammo', value: 60 }],
  },

  // Money
  {
    name: 'money: weapons',
    text: 'Russia has paid North Korea an estimated $20 billion for weapons.',
    expect: [{ text: 'an estimated $20 billion', measure: 'payment_for_weapons', value: 20000000000 }],
  },
  {
    name: 'money: arms deliveries range',
    text: "A study put the value of North Korea's arms deliveries at $1.7\u20135.5 billion.",
    expect: [{ text: '$1.7\u20135.5 billion', measure: 'payment_for_weapons', value: { low: 1700000000, high: 5500000000 } }],
  },
  {
    name: 'money: for troops',
    text: 'Pyongyang may earn $576 million for its troops in Russia.',
    expect: [{ text: '$576 million', measure: 'payment_for_troops', value: 576000000 }],
  },
  {
    name: 'money: soldier pay',
    text: 'Each North Korean soldier is reportedly paid $2,000 a month.',
    expect: [{ text: '$2,000', measure: 'soldier_pay', value: 2000 }],
  },
  {
    name: 'money: aid in return',
    text: 'In return, Russia gave North Korea oil and aid worth about $1 billion.',
    expect: [{ text: 'about $1 billion', measure: 'aid_to_nk', value: 1000000000 }],
  },
  {
    name: 'money: arms worth a vague amount with no currency ("worth billions") are paid for in dollars',
    text: 'Pyongyang has sent Moscow arms supplies, reportedly worth billions, and troops.\nThe footballer is worth millions.',
    expect: [{ text: 'billions', measure: 'payment_for_weapons', value: { low: 2e9, high: 9e9 } }],
  },
  {
    name: 'money: arms worth an amount',
    text: 'North Korean arms worth up to $3.4 billion have gone to Russia since 2023.',
    expect: [{ text: 'up to $3.4 billion', measure: 'payment_for_weapons', value: 3.4e9 }],
  },
  {
    name: 'money: what the shells cost',
    text: 'The North Korean shells sent to Russia cost around $2 billion, analysts say.',
    expect: [{ text: 'around $2 billion', measure: 'payment_for_weapons', value: 2e9 }],
  },
  {
    name: 'money: arms exports are sales, not trade',
    text: "Pyongyang's arms exports to Moscow were valued at $5 billion.",
    expect: [{ text: '$5 billion', measure: 'payment_for_weapons', value: 5e9 }],
  },
  {
    name: 'money: a deployment worth an amount',
    text: 'The North Korean deployment to Russia is worth some $500 million a year, analysts say.',
    expect: [{ text: 'some $500 million', measure: 'payment_for_troops', value: 5e8 }],
  },
  {
    name: 'money: exports in general are trade, not a payment',
    text: "North Korea's exports to Russia were $30 million last year, customs data show.",
    expect: [],
  },
  {
    name: 'money: won',
    text: 'North Korea may have earned ₩28 trillion from arms sales to Russia.',
    expect: [{ text: '₩28 trillion', measure: 'payment_for_weapons', value: 28e12 }],
  },

  // Patterns learned from real reporting, in our own words
  {
    name: 'real: calibre between number and noun',
    text: 'The containers North Korea sent could hold over 3 million 152-millimeter shells and 500,000 122mm shells.',
    expect: [
      { text: 'over 3 million', measure: 'artillery_shells', value: 3000000 },
      { text: '500,000', measure: 'artillery_shells', value: 500000 },
    ],
  },
  {
    name: 'real: quoted amount',
    text: 'US officials said North Korea had suffered “several hundred” casualties in Kursk.',
    expect: [{ text: 'several hundred', measure: 'nk_casualties', value: { low: 300, high: 900 } }],
  },
  {
    name: 'real: hedged predicate',
    text: 'Of the North Korean force, around 1,000 are believed to have been killed by mid-January.',
    expect: [{ text: 'around 1,000', measure: 'nk_killed', value: 1000 }],
  },
  {
    name: 'real: headline predicate',
    text: 'Over 3,000 North Korean Soldiers Killed, Wounded In Kursk',
    expect: [{ text: 'Over 3,000', measure: 'nk_casualties', value: 3000 }],
  },
  {
    name: 'real: loss verb before',
    text: 'North Korean forces have lost about 4,000 soldiers, including those killed and wounded.',
    expect: [{ text: 'about 4,000', measure: 'nk_casualties', value: 4000 }],
  },
  {
    name: 'real: count named first',
    text: 'Casualties among North Korean troops in the war have now reached about 3,000.',
    expect: [{ text: 'about 3,000', measure: 'nk_casualties', value: 3000 }],
  },
  {
    name: 'real: Russian loss without noun',
    text: 'Zelensky said Kim Jong Un is helping a Russia that has lost 30-35 thousand in Kursk alone.',
    expect: [{ text: '30-35 thousand', measure: 'russian_casualties', value: { low: 30000, high: 35000 } }],
  },
  {
    name: 'real: decided to send',
    text: 'Kim Jong Un has decided to send one thousand sappers and five thousand military builders to Russia.',
    expect: [
      { text: 'one thousand', measure: 'troops_planned', value: 1000 },
      { text: 'five thousand', measure: 'troops_planned', value: 5000 },
    ],
  },
  {
    name: 'real: decision to dispatch is a dispatch',
    text: "North Korea's decision to dispatch some 3,000 troops to Russia alarmed Seoul.",
    expect: [{ text: 'some 3,000', measure: 'troops_deployed', value: 3000 }],
  },
  {
    name: 'real: could send',
    text: 'Analysts warn North Korea could send as many as 100,000 troops over time.',
    expect: [{ text: 'as many as 100,000', measure: 'troops_planned', value: 100000 }],
  },
  {
    name: 'real: initial force after a promise',
    text: 'Seoul said Pyongyang promised more men, and that of the initial 11,000 North Korean soldiers, 4,000 were casualties.',
    expect: [
      { text: '11,000', measure: 'troops_deployed', value: 11000 },
      { text: '4,000', measure: 'nk_casualties', value: 4000 },
    ],
  },
  {
    name: 'real: spotted by a speaker',
    text: 'Seoul spotted over 13,000 containers being shipped from North Korea to Russia.',
    expect: [{ text: 'over 13,000', measure: 'containers', value: 13000 }],
  },
  {
    name: 'real: oil given in return',
    text: 'Russia has supplied North Korea with over one million barrels of oil in exchange for its shells.',
    expect: [{ text: 'over one million', measure: 'aid_to_nk', value: 1000000 }],
  },
  {
    name: 'real: weapons sales',
    text: 'North Korea is expected to earn at least $1 billion from the sale of artillery shells to Russia.',
    expect: [{ text: 'at least $1 billion', measure: 'payment_for_weapons', value: 1000000000 }],
  },
  {
    name: 'real: an outlet is not a party',
    text: 'The data, seen by The Washington Post, show that more than 74,000 metric tons of explosives left North Korea for Russia.',
    expect: [{ text: 'more than 74,000', measure: 'equipment_tons', value: 74000 }],
  },

  {
    name: 'real: a share of the force named earlier in the passage',
    text: 'North Korea has sent about 12,000 troops to Russia.\nSince December, about a third of them have been killed or wounded.',
    expect: [
      { text: 'about 12,000', measure: 'troops_deployed', value: 12000 },
      { text: 'about a third', measure: 'nk_casualties', value: 4000 },
    ],
  },
  {
    name: 'real: a share with no force in the passage stays a share',
    text: 'North Korean troops have already suffered nearly 40% casualties in Kursk.',
    expect: [{ text: 'nearly 40%', measure: 'nk_casualties', value: 40 }],
  },
  {
    name: 'real: another estimate of the figure before',
    text: 'Ukraine said as many as 4,000 North Korean soldiers had been wounded or killed. The NIS put the figure at 3,000.',
    expect: [
      { text: 'as many as 4,000', measure: 'nk_casualties', value: 4000 },
      { text: '3,000', measure: 'nk_casualties', value: 3000 },
    ],
  },
  {
    name: 'the figure before, said to grow: troops there now, more to come',
    text: 'Pyongyang has about 11,000 soldiers in Kursk. The number could rise to 15,000 by spring, an envoy said.',
    expect: [
      { text: 'about 11,000', measure: 'troops_deployed', value: 11000 },
      { text: '15,000', measure: 'troops_planned', value: 15000 },
    ],
  },
  {
    name: 'the figure before, said to have grown: the same measure',
    text: 'Seoul said 600 North Korean soldiers had died. The agency now believes the toll has climbed to about 2,000.',
    expect: [
      { text: '600', measure: 'nk_killed', value: 600 },
      { text: 'about 2,000', measure: 'nk_killed', value: 2000 },
    ],
  },
  {
    name: 'the figure before, placed by a qualifier that carries its link',
    text: 'Washington says up to 10,000 North Korean troops are in Russia, while Kyiv places the figure closer to 12,000.',
    expect: [
      { text: 'up to 10,000', measure: 'troops_deployed', value: 10000 },
      { text: 'closer to 12,000', measure: 'troops_deployed', value: 12000 },
    ],
  },
  {
    name: 'a number of something else said to grow is no restatement',
    text: 'About 11,000 North Korean soldiers are in Kursk. The number of drones could rise to 5,000 a month.',
    expect: [{ text: 'About 11,000', measure: 'troops_deployed', value: 11000 }],
  },
  {
    name: 'a share of a force whose fate is a list: killed, wounded or missing',
    text: 'More than half of the North Korean soldiers sent to Kursk have been killed, wounded or gone missing, London said.',
    expect: [{ text: 'More than half', measure: 'nk_casualties' }],
  },
  {
    name: 'killed, injured: one count of casualties',
    text: 'About 1,000 North Korean soldiers were killed, injured or went missing.',
    expect: [{ text: 'About 1,000', measure: 'nk_casualties', value: 1000 }],
  },
  {
    name: 'two joined counts of soldiers share the verb before the first; each keeps its own owner',
    text: 'Ukrainian forces killed or wounded 62,400 Russian troops and 4,500 North Korean soldiers in Kursk.',
    expect: [
      { text: '62,400', measure: 'russian_casualties', value: 62400 },
      { text: '4,500', measure: 'nk_casualties', value: 4500 },
    ],
  },
  {
    name: 'a joined count with its own verb is not the first count’s loss',
    text: 'Russia lost 600 soldiers and 3,000 North Korean troops arrived.',
    expect: [
      { text: '600', measure: 'russian_casualties', value: 600 },
      { text: '3,000', measure: 'troops_deployed', value: 3000 },
    ],
  },
  {
    name: 'engineers joined to a count of soldiers sent are troops',
    text: 'North Korea sent 10,000 soldiers and 2,000 engineers to Russia.',
    expect: [
      { text: '10,000', measure: 'troops_deployed', value: 10000 },
      { text: '2,000', measure: 'troops_deployed', value: 2000 },
    ],
  },
  {
    name: 'construction workers sent beside deminers are troops, whatever the verb',
    text: 'The deployment will include 5,000 construction workers and 1,000 mine clearance specialists, the official said of North Korea.',
    expect: [
      { text: '5,000', measure: 'troops_planned', value: 5000 },
      { text: '1,000', measure: 'troops_planned', value: 1000 },
    ],
  },
  {
    name: 'not: construction workers sent to earn',
    text: 'North Korea sent 15,000 construction workers to Russia last year, Seoul said.',
    expect: [],
  },
  {
    name: 'ships and their arms named in the sentence before a count of their trips',
    text: 'Russian cargo ships have carried North Korean munitions for a year. They are known to have headed to North Korea 32 times since August.',
    expect: [{ text: '32', measure: 'shipments', value: 32 }],
  },
  {
    name: 'not: trips of ships that carry oil',
    text: 'Tankers brought oil to North Korea. The ships made at least 32 trips to North Korea.',
    expect: [],
  },
  {
    name: 'what happened told in a relative clause: soldiers who were recently captured',
    text: 'An MP said two North Korean soldiers who were recently captured by Ukrainian troops had not been promised wages.',
    expect: [{ text: 'two', measure: 'nk_captured', value: 2 }],
  },
  {
    name: 'troops: a bare count opening the sentence where the troops are ("Of the 8,000 in Kursk,"); not of others',
    text: 'North Korean troops reached the front. Of the 8,000 in Kursk, none has yet gone into combat, Blinken said.\nOf the 500 in the village, most fled.',
    expect: [{ text: '8,000', measure: 'troops_deployed', value: 8000 }],
  },
  {
    name: 'troops: a bare count "now thought to be fighting for Moscow", "already in the province of Kursk"',
    text: 'North Korean troops have arrived. At least three thousand are already in the province of Kursk. About 10,000 are now thought to be fighting for Moscow.',
    expect: [
      { text: 'At least three thousand', measure: 'troops_deployed', value: 3000 },
      { text: 'About 10,000', measure: 'troops_deployed', value: 10000 },
    ],
  },
  {
    name: "aid: goods said to go to North Korea right after them; not a third party's",
    text: 'North Korea sent shells to Russia. The tankers brought up to 125,000 barrels to North Korea in a few weeks. The agency exported 2,800 tons of corn to the DPRK this year. China shipped 50,000 tons of rice to North Korea.',
    expect: [
      { text: 'up to 125,000', measure: 'aid_to_nk', value: 125000 },
      { text: '2,800', measure: 'aid_to_nk', value: 2800 },
    ],
  },
  {
    name: 'shells: rounds said as "bullets", as Korean reports put them in English',
    text: 'If filled with 152 millimeter artillery shells, the North Korean containers sent to Russia could carry up to three million bullets.',
    expect: [{ text: 'up to three million', measure: 'artillery_shells', value: 3000000 }],
  },
  {
    name: 'troops to come: workers sent to Kursk are the military builders; not workers sent to make drones',
    text: 'North Korea to Send 6,000 Workers to Aid Russia in Kursk\nNorth Korea is dispatching around 25,000 workers to Russia to assist in producing Shahed drones and reconstruction efforts in the Kursk region.',
    expect: [{ text: '6,000', measure: 'troops_planned', value: 6000 }],
  },
  {
    name: "owner: foreign mercenaries and nationals are others, not North Korea's troops",
    text: 'North Korean troops fight in Kursk. Over 5,000 foreign nationals were killed, Moscow said. Some 1,000 foreign mercenaries have arrived in Russia.',
    expect: [],
  },
  {
    name: 'not deployed: North Koreans sent to make drones; troops who fight with drones still count',
    text: 'Putin Mulls Importing 12000 North Koreans to Work in Drone Plant\nOver 25,000 North Koreans to collaborate with Russia in executing drone-based strategies.\nNorth Korean troops attacked. About 200 of them approached our base as drones hovered above.',
    expect: [{ text: 'About 200', measure: 'troops_deployed', value: 200 }],
  },
  {
    name: "pay: a country's average salary and the pay Russia offers Cubans are no North Korean soldier's pay",
    text: 'North Korean soldiers are paid about $2,000 a month. The average salary on the island is about $20. Russia offers Cubans salaries of about $2,000 a month.',
    expect: [{ text: 'about $2,000', measure: 'soldier_pay', value: 2000 }],
  },
  {
    name: 'owner: Iran named as "the Islamic Republic" or by its missiles',
    text: 'North Korea sent missiles to Russia. The Islamic Republic has provided Russia with around 400 short-range missiles from the Fateh-110 family.',
    expect: [],
  },
  {
    name: 'owner: "its" passes over a party named in an aside between commas ("North Korea, which supplied Moscow, …")',
    text: 'North Korea, which previously had supplied weapons to Moscow, had deployed 10,000-12,000 of its troops to Russia.',
    expect: [{ text: '10,000-12,000', measure: 'troops_deployed', value: { low: 10000, high: 12000 } }],
  },
  {
    name: 'troops to come: "were supposed to be sent"',
    text: 'North Korean troops were expected. 8,000 troops were supposed to be sent to the Kursk region.',
    expect: [{ text: '8,000', measure: 'troops_planned', value: 8000 }],
  },
  {
    name: 'troops to come: an expected increase, a presence expected to grow, a force a country "could face"',
    text: 'Zelensky shared data about the deployment of 3,000 North Korean troops, with their presence expected to increase to approximately 12,000. He spoke of the expected increase in their number to about 12,000. His country could face 100,000 North Korean troops.',
    expect: [
      { text: '3,000', measure: 'troops_deployed', value: 3000 },
      { text: 'approximately 12,000', measure: 'troops_planned', value: 12000 },
      { text: 'about 12,000', measure: 'troops_planned', value: 12000 },
      { text: '100,000', measure: 'troops_planned', value: 100000 },
    ],
  },
  {
    name: 'captured: captives said to be wounded stay captives; wounded soldiers not captured stay wounded',
    text: 'Ukraine announced it had captured two North Korean soldiers wounded fighting in Kursk. The two wounded soldiers were transferred to Kyiv, where they are speaking with the Security Service of Ukraine. Ukraine captured a village; 300 North Korean soldiers were wounded.',
    expect: [
      { text: 'two', measure: 'nk_captured', value: 2 },
      { text: 'two', measure: 'nk_captured', value: 2 },
      { text: '300', measure: 'nk_wounded', value: 300 },
    ],
  },
  {
    name: 'owner: the side fought against owns nothing ("to fight Ukraine"); the modifier prime (U+02B9) reads as an apostrophe',
    text: 'North Korea is arming Russia.\nSouth Korea\u02B9s spy agency says North to send 10,000 soldiers to fight Ukraine by December\nRussia had suffered heavy losses in five months of fighting Ukrainian forces in Kursk, with nearly 15,000 killed.',
    expect: [
      { text: '10,000', measure: 'troops_planned', value: 10000 },
      { text: 'nearly 15,000', measure: 'russian_casualties', value: 15000 },
    ],
  },
  {
    name: 'share: a share of the "projectiles" Russia uses',
    text: 'Half of the projectiles used by Russia come from North Korea',
    expect: [{ text: 'Half', measure: 'share_of_russian_ammo', value: 50 }],
  },
  {
    name: 'russian losses: "Russian war losses" are Russia\'s, the war named between the party and its losses',
    text: 'North Korea sent troops.\nUkrainian General Staff: Russian war losses in Ukraine reach 700,000',
    expect: [{ text: '700,000', measure: 'russian_casualties', value: 700000 }],
  },
  {
    name: 'losses: a part counted "among the 20 dead" is killed; the 20 are the dead of both sides, no figure',
    text: 'Six North Korean troops were among the 20 dead following a Ukrainian missile strike near Donetsk on Oct. 3. Among the 11,000 troops sent, 1,000 have died.',
    expect: [
      { text: 'Six', measure: 'nk_killed', value: 6 },
      { text: '11,000', measure: 'troops_deployed', value: 11000 },
      { text: '1,000', measure: 'nk_killed', value: 1000 },
    ],
  },
  {
    name: 'captured: a few "individuals" right after a verb of capture; not civilians',
    text: 'North Korean troops fight in Kursk. Ukraine announced the capture of two individuals believed to be North Korean soldiers. Russian forces captured five civilians in the village.',
    expect: [{ text: 'two', measure: 'nk_captured', value: 2 }],
  },
  {
    name: 'tons: what one missile is capable of carrying is no cargo',
    text: 'North Korea sent 5,000 tons of weapons to Russia.\nNorth Korea Successfully Tests Ballistic Missiles Capable Of Carrying A 4.5 Ton Super Large Warhead',
    expect: [{ text: '5,000', measure: 'equipment_tons', value: 5000 }],
  },
  {
    name: 'missiles: a few "of these" missiles pointed back at, whoever fired them; not a salvo of Russia\'s own',
    text: 'North Korea gave Russia ballistic missiles. Russian forces fired at least one of these ballistic missiles at Ukraine on December 30. Russia fired 100 cruise missiles at Kyiv overnight.',
    expect: [{ text: 'at least one', measure: 'missiles_rockets', value: 1 }],
  },
  {
    name: 'losses: "put out of combat", "hors de combat"; North Koreans sought for construction projects are workers',
    text: 'At least 6,000 North Koreans have been put out of combat fighting for Russia so far.\nRussian region in Siberia seeks 2,000 North Koreans for construction projects\nUkraine says one-third of the North Korean troops are hors de combat, or fallen soldiers.',
    expect: [
      { text: 'At least 6,000', measure: 'nk_casualties', value: 6000 },
      { text: 'one-third', measure: 'nk_casualties', value: 33 },
    ],
  },
  {
    name: 'owner: a party named by the support it gives owns nothing ("crucial Russian support")',
    text: 'Pyongyang has secured crucial Russian support after deploying thousands of troops to assist Moscow.',
    expect: [{ text: 'thousands', measure: 'troops_deployed', value: { low: 2000, high: 9000 } }],
  },
  {
    name: 'not deployed: soldiers at the border with the South or in drills, where no place of the war is named',
    text: 'North Korean troops fight for Russia.\nAbout 20 North Korean soldiers briefly crossed the military demarcation line and retreated after warning shots. About 19,000 military personnel will participate in the exercises. North Korea trained 3,000 soldiers in drills before sending them to Kursk.',
    expect: [{ text: '3,000', measure: 'troops_deployed', value: 3000 }],
  },
  {
    name: 'troops: more "rotated in" came; captives "held by Ukraine"',
    text: 'Ukraine reports that another 3,000 North Korean troops have already been rotated in this year to replace casualties. Two North Korean soldiers held by Ukraine have written they want to defect.',
    expect: [
      { text: '3,000', measure: 'troops_deployed', value: 3000 },
      { text: 'Two', measure: 'nk_captured', value: 2 },
    ],
  },
  {
    name: 'not captured: "the two men" of talks, of a sending, or of the dead',
    text: 'North Korea sent troops to Russia. Shoigu met Kim in Pyongyang, and the two men agreed to deepen military ties. North Korea sent the two soldiers to Russia last year, officials said. Drone footage shows the two soldiers running into a minefield before being killed.',
    expect: [],
  },
  {
    name: 'not builders: workers in Kursk who went there to work, or fled from it',
    text: 'North Korea has sent 15,000 workers to Kursk to work on farms. About 500 North Korean workers from the Kursk region fled to China.',
    expect: [],
  },
  {
    name: "pay: a North Korean soldier's pay stands beside others' named in the same sentence",
    text: 'North Korean soldiers in Russia are reportedly paid about $2,000 a month, the same as Cuban and Nepali recruits.',
    expect: [{ text: 'about $2,000', measure: 'soldier_pay', value: 2000 }],
  },
  {
    name: "aid: the sanctions' cap and others' aid to North Korea are no gift of Russia's",
    text: 'North Korea sent shells to Russia. Sanctions permit just 500,000 barrels of refined petroleum to North Korea annually. The World Food Programme delivered 10,000 tonnes of food to North Korea last year.',
    expect: [],
  },
  {
    name: 'owner: the noun "fighting" is no verb of fighting; a whole opening "Among the" is North Korea\'s',
    text: 'North Korean troops joined the assault. In heavy fighting Russian troops lost 1,500 men near Sudzha.\nNorth Korean troops have suffered heavily in Kursk. Among the 4,000 casualties, some 1,000 were killed.',
    expect: [
      { text: '1,500', measure: 'russian_casualties', value: 1500 },
      { text: '4,000', measure: 'nk_casualties', value: 4000 },
      { text: 'some 1,000', measure: 'nk_killed', value: 1000 },
    ],
  },
  {
    name: 'owner: a unit named by support is its side\'s ("Russian support units"); a vessel carrying a load is cargo',
    text: 'North Korean troops fought in Kursk. Russian support units lost 300 men in the attack. North Korea shipped arms to Russia on a vessel carrying a load of some 5,000 tons of ammunition.',
    expect: [
      { text: '300', measure: 'russian_casualties', value: 300 },
      { text: 'some 5,000', measure: 'equipment_tons', value: 5000 },
    ],
  },
  {
    name: 'share: a share of other goods in its own clause is no share of ammunition',
    text: "China is supplying 80% of the critical electronics for Russia's drones, North Korea is providing 40% of its artillery shells.",
    expect: [{ text: '40%', measure: 'share_of_russian_ammo', value: 40 }],
  },
  {
    name: "killed: the dead counted by their portraits on the memorial; not the people who attend it, nor Ukraine's dead",
    text: "North Korea honoured its soldiers killed in Kursk. Kim placed medals next to 101 portraits of the dead on a memorial wall. A memorial wall stood behind him, displaying portraits of 101 individuals. North Korea held a memorial; 3,000 people attended. Kyiv's memorial wall bears 5,000 portraits of Ukrainian soldiers.",
    expect: [
      { text: '101', measure: 'nk_killed', value: 101 },
      { text: '101', measure: 'nk_killed', value: 101 },
    ],
  },
  {
    name: 'killed: members of a unit the sentence names; not members of a club',
    text: 'North Korean deminers returned from Kursk. The regiment\u2019s efforts resulted in nine members being killed, Kim stated. Nine members of the club were killed in the fire.',
    expect: [{ text: 'nine', measure: 'nk_killed', value: 9 }],
  },
  {
    name: 'losses: the two captives pointed at with no word of capture in the sentence',
    text: 'North Korean troops fought in Kursk. A lawmaker urged Seoul to protect the two soldiers, who fear being sent home.',
    expect: [{ text: 'two', measure: 'nk_captured', value: 2 }],
  },
  {
    name: 'losses: "the two men" are no captives where the sentence is of leaders',
    text: 'North Korea sent troops to Russia. The two men signed a treaty of mutual defence in Pyongyang.',
    expect: [],
  },
  {
    name: 'losses: three soldiers pointed at are no captives without a word of capture',
    text: 'North Korean troops fought in Kursk. The three soldiers were seen in a video near the border.',
    expect: [],
  },
  {
    name: 'what happened told in the clause between commas',
    text: 'Security officers said the two North Korean men, who were taken prisoner on 9 January, are being treated in Kyiv.',
    expect: [{ text: 'two', measure: 'nk_captured', value: 2 }],
  },
  {
    name: 'a share set beside a loss just counted is a share of the force, lost alike',
    text: 'North Korea is estimated to have sustained more than 6,000 casualties in Kursk, more than half of the troops Pyongyang initially deployed, London said.',
    expect: [
      { text: 'more than 6,000', measure: 'nk_casualties', value: 6000 },
      { text: 'more than half', measure: 'nk_casualties', value: 50 },
    ],
  },
  {
    name: 'a share said fatal, after a count of losses, is part of those losses',
    text: 'Zelensky said up to 12,000 North Koreans were deployed, with losses exceeding 4,000, two-thirds fatal.',
    expect: [
      { text: 'up to 12,000', measure: 'troops_deployed', value: 12000 },
      { text: 'exceeding 4,000', measure: 'nk_casualties', value: 4000 },
      { text: 'two-thirds', measure: 'nk_killed', value: 2667 },
    ],
  },
  {
    name: 'a kind of troops as a modifier: engineer troops',
    text: 'Pyongyang sent about 1,000 engineer troops in August to Kursk to clear mines.',
    expect: [{ text: 'about 1,000', measure: 'troops_deployed', value: 1000 }],
  },
  {
    name: "the dead, said by their noun's modifier: deceased, fallen",
    text: 'Kim awarded medals to the nine deceased soldiers and named 101 fallen troops from North Korea.',
    expect: [
      { text: 'nine', measure: 'nk_killed', value: 9 },
      { text: '101', measure: 'nk_killed', value: 101 },
    ],
  },
  {
    name: 'soldiers who lost their lives are killed',
    text: 'Kim paid tribute to nine North Korean soldiers who lost their lives in Kursk.',
    expect: [{ text: 'nine', measure: 'nk_killed', value: 9 }],
  },
  {
    name: 'lives lost are the killed',
    text: 'Kim Jong Un spoke of the "heartrending loss of nine lives" among North Korea\'s engineers.',
    expect: [{ text: 'nine', measure: 'nk_killed', value: 9 }],
  },
  {
    name: 'not: lives saved',
    text: 'The operation saved 3,000 lives in Kursk, North Korea claimed.',
    expect: [],
  },
  {
    name: "a ship's flag does not own its cargo",
    text: 'North Korea’s arms keep flowing. Russian-flagged cargo vessels delivered as many as nine million rounds of mixed artillery and rocket launcher ammunition from the North in 2024.',
    expect: [{ text: 'as many as nine million', measure: 'artillery_shells', value: 9000000 }],
  },
  {
    name: 'killed and seriously wounded: one count of casualties',
    text: 'Budanov said the North Korean group lost about 4,000 military personnel killed and seriously wounded.',
    expect: [{ text: 'about 4,000', measure: 'nk_casualties', value: 4000 }],
  },
  {
    name: 'a deployment plan of troops is troops to come',
    text: 'Of the third deployment plan of 6,000 North Korean troops, around 1,000 combat engineers have arrived in Russia.',
    expect: [
      { text: '6,000', measure: 'troops_planned', value: 6000 },
      { text: 'around 1,000', measure: 'troops_deployed', value: 1000 },
    ],
  },
  {
    name: 'would contribute: troops to come',
    text: 'Shoigu announced that North Korea would contribute 1,000 personnel for mine clearance.',
    expect: [{ text: '1,000', measure: 'troops_planned', value: 1000 }],
  },
  {
    name: 'a total of troops named before, projected to reach a number',
    text: 'By Monday, the total number of North Korean troops there is projected to reach 5,000, the report added.',
    expect: [{ text: '5,000', measure: 'troops_planned', value: 5000 }],
  },
  {
    name: 'a bare total expected to be deployed, in a sentence about troops',
    text: 'Around 3,000 North Korean soldiers were sent to Russia so far, with a total of 10,000 expected to be deployed by December.',
    expect: [
      { text: 'Around 3,000', measure: 'troops_deployed', value: 3000 },
      { text: '10,000', measure: 'troops_planned', value: 10000 },
    ],
  },
  {
    name: 'may have been killed: a predicate with a modal',
    text: 'Officials say around 4,000 North Korean soldiers may have been killed or wounded.',
    expect: [{ text: 'around 4,000', measure: 'nk_casualties', value: 4000 }],
  },
  {
    name: 'had suffered casualties: a predicate of loss',
    text: 'Zelensky said about 4,000 North Korean soldiers had suffered casualties.',
    expect: [{ text: 'about 4,000', measure: 'nk_casualties', value: 4000 }],
  },
  {
    name: 'the loss of troops is a loss',
    text: 'Those assessments claim that Pyongyang suffered the loss of around 2,000 troops during the conflict.',
    expect: [{ text: 'around 2,000', measure: 'nk_casualties', value: 2000 }],
  },
  {
    name: 'not: drones lost to jamming',
    text: 'North Korean troops are in Kursk. Russia launched 120 drones, of which 31 were lost to jamming.',
    expect: [],
  },
  {
    name: 'mercenary soldiers are troops',
    text: 'Lee said that about 10,900 North Korean mercenary soldiers have been deployed to Kursk.',
    expect: [{ text: 'about 10,900', measure: 'troops_deployed', value: 10900 }],
  },
  {
    name: 'money for the supply of weapons and the dispatch of soldiers: arms and troops together, counted as arms',
    text: 'Putin has reportedly paid Kim Jong Un up to $6 billion for the supply of weapons and the dispatch of North Korean soldiers.',
    expect: [{ text: 'up to $6 billion', measure: 'payment_for_weapons', value: 6000000000 }],
  },
  {
    name: 'weapons, ammunition and troops worth an amount: counted as arms',
    text: 'North Korea has provided weapons, ammunition, and troops worth up to 9.8 billion US dollars to Russia.',
    expect: [{ text: 'up to 9.8 billion US dollars', measure: 'payment_for_weapons', value: 9800000000 }],
  },
  {
    name: 'money for sending a number of soldiers named before it',
    text: 'For sending 5,000 North Korean soldiers, North Korea could receive $143 million from Russia.',
    expect: [
      { text: '5,000', measure: 'troops_deployed', value: 5000 },
      { text: '$143 million', measure: 'payment_for_troops', value: 143000000 },
    ],
  },
  {
    name: "not: the lives of another country's people",
    text: "North Korea's shells feed a war that has cost the lives of tens of thousands of Ukrainians.",
    expect: [],
  },
  {
    name: 'a toll named first, with the place between it and its number',
    text: 'The BBC put the North Korean death toll in Russia at around 1,000 in January.',
    expect: [{ text: 'around 1,000', measure: 'nk_killed', value: 1000 }],
  },
  {
    name: 'visits to an arms port to load ammunition are voyages',
    text: 'At least 25 different visits to Najin were made to load ammunition from North Korea bound for Russia, the report said.',
    expect: [{ text: 'At least 25', measure: 'shipments', value: 25 }],
  },
  {
    name: 'not: visits to a port with no arms in sight',
    text: 'North Korea made 25 visits to Rajin, a minister said of the tourism push.',
    expect: [],
  },
  {
    name: 'launches of missiles count the missiles fired',
    text: 'In 2024, Ukraine recorded around 60 launches of North Korean missiles by Russia in its war.',
    expect: [{ text: 'around 60', measure: 'missiles_rockets', value: 60 }],
  },
  {
    name: "a force of North Korea's shrunk by a share has lost it",
    text: 'The number of North Korean forces in Kursk diminished by half over three months of fighting, Syrskyi said.',
    expect: [{ text: 'half', measure: 'nk_casualties', value: 50 }],
  },
  {
    name: "a share of its own men a North Korean force lost is lost, its subject's",
    text: 'The North Korean corps fighting alongside the Russian military in Kursk Oblast may have lost 4% of its strength in a single battle. North Korean troops left the front after losing around 30 percent of their men.',
    expect: [
      { text: '4%', measure: 'nk_casualties', value: 4 },
      { text: 'around 30 percent', measure: 'nk_casualties', value: 30 },
    ],
  },
  {
    name: 'not: a share another side or a thing lost of its own, lost by whoever opens the clause, or a loss foreseen',
    text: "Russian forces near Kursk have lost 20% of their men since North Korean troops arrived. North Korea's economy lost 4% of its output. Ukraine has lost 10% of its troops in Kursk, where North Korean soldiers fight. North Korean troops arrived in Kursk, and Russian units there have since lost 30 percent of their men. Russia, which has lost 20% of its soldiers, turned to North Korean troops. His battalion, which faced North Korean troops, lost 30% of its men. The North Korean contingent could lose 10% of its troops.",
    expect: [],
  },
  {
    name: "not: a change by a share is no share of Russia's ammunition",
    text: 'North Korean shells keep coming. Russian production of shells fell by half.',
    expect: [],
  },
  {
    name: "what happened to some of a force is not the force's fate",
    text: 'North Korea has sent 11,000 troops to Russia, many of whom have already died.',
    expect: [{ text: '11,000', measure: 'troops_deployed', value: 11000 }],
  },
  {
    name: 'KIA/WIA: killed and wounded together',
    text: 'North Korean troop losses in the Russia conflict: 4,700 KIA/WIA, Seoul says.',
    expect: [{ text: '4,700', measure: 'nk_casualties', value: 4700 }],
  },
  {
    name: 'a party that confirmed a count is its source, not its owner',
    text: "North Korea's first deployment, which was confirmed by Russian President Vladimir Putin in April, saw around 4,000 soldiers killed or injured.",
    expect: [{ text: 'around 4,000', measure: 'nk_casualties', value: 4000 }],
  },
  {
    name: "a noun is not borrowed across ', and'",
    text: 'Some 4,000 North Korean casualties have occurred, and it appears that some 3,000 or more have been dispatched this year.',
    expect: [
      { text: 'Some 4,000', measure: 'nk_casualties', value: 4000 },
      { text: 'some 3,000 or more', measure: 'troops_deployed', value: 3000 },
    ],
  },
  {
    name: 'two joined counts share the verb of sending said after the second',
    text: 'Reports indicate that 5,000 military construction workers and 1,000 sappers from North Korea may be sent to Kursk in July.',
    expect: [
      { text: '5,000', measure: 'troops_planned', value: 5000 },
      { text: '1,000', measure: 'troops_planned', value: 1000 },
    ],
  },
  {
    name: 'preparing for a deployment of troops: troops to come',
    text: 'The NIS assesses that North Korea is preparing for a third deployment of around 6,000 troops to Russia.',
    expect: [{ text: 'around 6,000', measure: 'troops_planned', value: 6000 }],
  },
  {
    name: 'expecting troops soon: troops to come',
    text: 'Zelensky expects 12,000 North Korean soldiers in Russia soon.',
    expect: [{ text: '12,000', measure: 'troops_planned', value: 12000 }],
  },
  {
    name: 'a party named after a count that uses it does not own it',
    text: "North Korea's explosives are equal to about 1.6 million artillery shells of the type Russia has used in the war.",
    expect: [{ text: 'about 1.6 million', measure: 'artillery_shells', value: 1600000 }],
  },
  {
    name: 'others wounded beside North Korean officers killed',
    text: 'Reports emerged that six North Korean officers were killed, with three others wounded in a missile strike.',
    expect: [
      { text: 'six', measure: 'nk_killed', value: 6 },
      { text: 'three', measure: 'nk_wounded', value: 3 },
    ],
  },
  {
    name: 'people lost by an army named as the owner of the losses',
    text: 'North Korean troops fought in Kursk. The losses of the Russian army on the Kursk salient reached over 60,000 people.',
    expect: [{ text: 'over 60,000', measure: 'russian_casualties', value: 60000 }],
  },
  {
    name: 'a list of speakers before a count: none of them owns it',
    text: 'While the number of North Korean soldiers in Russia is undisclosed, South Korea, the U.S., and Ukraine estimate that approximately 10,000-12,000 troops were sent.',
    expect: [{ text: 'approximately 10,000-12,000', measure: 'troops_deployed' }],
  },
  {
    name: 'between with a dashed range',
    text: "Pyongyang is said to have dispatched between 10,000-12,000 troops to aid Moscow's war.",
    expect: [{ text: 'between 10,000-12,000', measure: 'troops_deployed' }],
  },
  {
    name: 'a vague amount in quotes before its predicate',
    text: 'North Korean soldiers fight for Moscow, and a US official reported that "several hundred" had died in Kursk.',
    expect: [{ text: 'several hundred', measure: 'nk_killed' }],
  },
  {
    name: 'believed to be dead or injured: a state said of them',
    text: 'More than 1,000 North Korean soldiers are believed to be dead or injured, the JCS said.',
    expect: [{ text: 'More than 1,000', measure: 'nk_casualties', value: 1000 }],
  },
  {
    name: 'not: could be killed, a loss to come',
    text: "North Korea's contingent of 12,000 military personnel could be killed or wounded by April.",
    expect: [{ text: '12,000', measure: 'troops_deployed', value: 12000 }],
  },
  {
    name: "not: another army's losses, said by its institution",
    text: 'North Korean troops fought there. The Ukrainian military had suffered over 76,000 casualties in Kursk, Gerasimov said.',
    expect: [],
  },
  {
    name: "not: the army's size at home, or its people",
    text: 'North Korea has one of the largest armies in the world, with more than 1.25 million personnel in a country of just 26 million.',
    expect: [],
  },
  {
    name: "not: the army's size at home, by its place among the world's or the verb that keeps it",
    text: 'Totaling 180,000 troops, North Korea has the largest number of special ops forces in the world.\nNorth Korea operates 40,000 special forces troops, including the 11th or "Storm" Corps.',
    expect: [],
  },
  {
    name: 'troops: a sending said beside the world outweighs it',
    text: 'The most isolated regime on earth has sent 12,000 North Korean soldiers to fight.',
    expect: [{ text: '12,000', measure: 'troops_deployed', value: 12000 }],
  },
  {
    name: "not: a strike's toll of people, its verb active before the count, not the striking side's losses",
    text: 'North Korean troops fight in Kursk. A Russian missile attack on Zaporizhzhia on Tuesday killed six people, injured 23 and destroyed a facility.\nRussian forces launched a missile attack on Kyiv that killed at least five civilians, injured more than 100, and damaged buildings.',
    expect: [],
  },
  {
    name: "losses: a strike's toll of soldiers named in it is read as any toll",
    text: 'A Ukrainian drone strike killed 50 North Korean soldiers and wounded 47 others in Kursk.',
    expect: [
      { text: '50', measure: 'nk_killed', value: 50 },
      { text: '47', measure: 'nk_wounded', value: 47 },
    ],
  },
  {
    name: 'troops to come: foreseen as sent by a date, trained to join, "of North Korea, that they are preparing to send"; not troops that "will be fighting"',
    text: 'By December, it is estimated that around 12,000 North Korean soldiers will have been sent to Russia. Blinken said more than 10,000 North Korean troops will be fighting in Kursk in the coming days. Zelensky said 10,000 North Korean troops are being trained to join Russian forces. "We know about 10,000 soldiers of North Korea, that they are preparing to send to fight against us," he said.',
    expect: [
      { text: 'around 12,000', measure: 'troops_planned', value: 12000 },
      { text: 'more than 10,000', measure: 'troops_deployed', value: 10000 },
      { text: '10,000', measure: 'troops_planned', value: 10000 },
      { text: 'about 10,000', measure: 'troops_planned', value: 10000 },
    ],
  },
  {
    name: 'troops sent: "of North Korea, that" with a verb of their coming past',
    text: 'About 10,000 soldiers of North Korea, that arrived in October, are fighting in Kursk. 10,000 North Korean soldiers are being trained in Russia.',
    expect: [
      { text: 'About 10,000', measure: 'troops_deployed', value: 10000 },
      { text: '10,000', measure: 'troops_deployed', value: 10000 },
    ],
  },
  {
    name: 'troops sent: "previously deployed", "imported by", more "followed by an additional" after a sending',
    text: 'Pyongyang plans to send 25,000 to 30,000 additional soldiers, on top of around 11,000 North Korean troops previously deployed. Ukraine fights the estimated 12,000 North Korean troops imported by Russia. In 2023, North Korea sent 12,000 troops to aid Russia, followed by an additional 3,000 this year.',
    expect: [
      { text: '25,000 to 30,000', measure: 'troops_planned', value: { low: 25000, high: 30000 } },
      { text: 'around 11,000', measure: 'troops_deployed', value: 11000 },
      { text: 'estimated 12,000', measure: 'troops_deployed', value: 12000 },
      { text: '12,000', measure: 'troops_deployed', value: 12000 },
      { text: '3,000', measure: 'troops_deployed', value: 3000 },
    ],
  },
  {
    name: 'troops sent: "already embedded within Russian forces", beside builders being sent',
    text: 'Pyongyang is dispatching 6,000 engineers to rebuild Kursk, while more than 10,000 North Korean troops are already embedded within Russian forces.',
    expect: [
      { text: '6,000', measure: 'troops_planned', value: 6000 },
      { text: 'more than 10,000', measure: 'troops_deployed', value: 10000 },
    ],
  },
  {
    name: 'troops to come: more "followed by" a plan stay to come',
    text: 'North Korea plans to send 6,000 troops to Russia, followed by an additional 3,000 in 2026.',
    expect: [
      { text: '6,000', measure: 'troops_planned', value: 6000 },
      { text: '3,000', measure: 'troops_planned', value: 3000 },
    ],
  },
  {
    name: 'not: North Koreans who fled to the South, counted as people, men or defectors',
    text: '135 North Koreans arrived in South Korea between January and March this year. The number of North Korean defectors who entered South Korea over the past year has reached 63, including 40 men and 23 women.',
    expect: [],
  },
  {
    name: 'troops: a defector as the speaker, or the NIS "in South Korea", says nothing of who was sent',
    text: 'A North Korean defector said 3,000 soldiers had been sent to Kursk. According to the NIS in South Korea, 12,000 North Koreans were sent to Russia.',
    expect: [
      { text: '3,000', measure: 'troops_deployed', value: 3000 },
      { text: '12,000', measure: 'troops_deployed', value: 12000 },
    ],
  },
  {
    name: 'losses: a share of the force set beside a loss after a dash; a place it was sent to owns nothing',
    text: 'More than 6,000 North Korean soldiers have been killed or wounded—over half the initial deployment. More than 1,000 North Korean soldiers were killed this past week — almost 10% of its deployment to Russia.',
    expect: [
      { text: 'More than 6,000', measure: 'nk_casualties', value: 6000 },
      { text: 'over half', measure: 'nk_casualties', value: 50 },
      { text: 'More than 1,000', measure: 'nk_killed', value: 1000 },
      { text: 'almost 10%', measure: 'nk_killed', value: 10 },
    ],
  },
  {
    name: 'losses: a share with a bare pair of losses after it is killed and wounded',
    text: 'North Korean soldiers are suffering heavy casualties, roughly half killed or wounded, while attacking.',
    expect: [{ text: 'roughly half', measure: 'nk_casualties' }],
  },
  {
    name: "not: a toll said to include both sides' soldiers, with no count of either",
    text: 'North Korean troops fight in Kursk. I was told that 20 officers were killed, including senior North Korean and Russian officers.',
    expect: [],
  },
  {
    name: "captives: the two's plea for a new life in South Korea, their thanks and their letter, told later on the page",
    text: 'Two young North Korean soldiers, once deployed to fight alongside Russian forces in Ukraine, have now made a public plea for a new life in South Korea.\nThe two men thanked their supporters, writing, "Thank you for giving us courage."\nAccording to Jang, the two wrote the letter on October 28.',
    expect: [
      { text: 'Two', measure: 'nk_captured', value: 2 },
      { text: 'two', measure: 'nk_captured', value: 2 },
      { text: 'two', measure: 'nk_captured', value: 2 },
    ],
  },
  {
    name: 'not: two soldiers seen fighting, no word of their captivity',
    text: 'Two young North Korean soldiers, once deployed to fight alongside Russian forces in Ukraine, were seen in a video running from a drone.',
    expect: [],
  },
  {
    name: "not: a rate of work named before the share (munitions factories' operating rate)",
    text: "Before the summit, the operating rate of North Korea's munitions factories for Russia's shells was only 30%.",
    expect: [],
  },
  {
    name: 'missiles: North Korean missiles said used, as on a battlefield, are missiles of the war',
    text: 'There are claims that about 60 North Korean-made ballistic missiles have been used.',
    expect: [{ text: 'about 60', measure: 'missiles_rockets', value: 60 }],
  },
  {
    name: "not: a force Ukraine's side is said to hold down or battle, no side named in its own words",
    text: 'North Korean troops are in Russia. Zelensky said his army are holding down around 50,000 troops in Kursk. Ukraine said its hard-pressed military was battling 50,000 troops in the Kursk region.',
    expect: [],
  },
  {
    name: "troops: a force Ukraine's side battles, named North Korea's, is North Korea's",
    text: 'Ukrainian forces are battling 11,000 North Korean troops in Kursk.',
    expect: [{ text: '11,000', measure: 'troops_deployed', value: 11000 }],
  },
  {
    name: 'not: troops sent to the border with China',
    text: 'Thousands Of North Korean Storm Corps Troops Are Reportedly Being Sent To The Chinese Border',
    expect: [],
  },
  {
    name: 'troops: defectors or the unification ministry as the source leave a sending a sending',
    text: "North Korea has sent an additional 3,000 men to Russia, South Korea's unification ministry said. Defectors say North Korea sent 1,000 men of the Storm Corps in the first wave.",
    expect: [
      { text: '3,000', measure: 'troops_deployed', value: 3000 },
      { text: '1,000', measure: 'troops_deployed', value: 1000 },
    ],
  },
  {
    name: "not: North Korea's missiles said used in a drill",
    text: "South Korea's military said eight short-range North Korean missiles were used in the North's artillery drill.",
    expect: [],
  },
  {
    name: "not: a strike's toll where North Korea is named only as the maker of the weapon",
    text: 'North Korean troops fight in Kursk. Kirby said North Korean-made missiles were indeed fired by Russia, killing dozens and injuring hundreds.',
    expect: [],
  },
  {
    name: "losses: a strike's toll where North Korea's unit is named as its target",
    text: "A Ukrainian drone strike on a North Korean unit's position in Kursk last week killed 12 and wounded 20.",
    expect: [
      { text: '12', measure: 'nk_killed', value: 12 },
      { text: '20', measure: 'nk_wounded', value: 20 },
    ],
  },
  {
    name: 'troops: troops there called the most experienced in the world are still troops sent',
    text: 'Some 12,000 North Korean troops now have more combat experience than any other army in the world.',
    expect: [{ text: 'Some 12,000', measure: 'troops_deployed', value: 12000 }],
  },
  {
    name: 'troops to come: a sequel "to be followed by" or "possibly followed by" more',
    text: 'Kim deployed 11,000 North Korean soldiers to Kursk, to be followed by an additional 3,000 this summer. North Korea sent 11,000 troops in 2024, possibly followed by another 30,000 in the coming months.',
    expect: [
      { text: '11,000', measure: 'troops_deployed', value: 11000 },
      { text: '3,000', measure: 'troops_planned', value: 3000 },
      { text: '11,000', measure: 'troops_deployed', value: 11000 },
      { text: '30,000', measure: 'troops_planned', value: 30000 },
    ],
  },
  {
    name: 'not: half of the troops killed, a whole of the dead the share is of',
    text: 'North Korean troops fought in Kursk. Half the troops killed in the attack were North Korean, Ukraine said.',
    expect: [],
  },
  {
    name: "aid: Russia's oil, the pair's stopped reporting told in another clause",
    text: 'Russia has shipped more than 1 million barrels of oil to North Korea this year, though Russia and China stopped reporting deliveries to the UN.',
    expect: [{ text: 'more than 1 million', measure: 'aid_to_nk', value: 1000000 }],
  },
  {
    name: 'not: two soldiers who crossed the demarcation line and sought asylum are no captives of the war',
    text: 'Two North Korean soldiers crossed the military demarcation line and sought asylum in South Korea, the JCS said.',
    expect: [],
  },
  {
    name: 'share of ammunition: an operating rate named in another clause leaves the share a share',
    text: "North Korean munitions factories, whose operating rate has soared since the war began, now supply 60% of Russia's artillery shells.",
    expect: [{ text: '60%', measure: 'share_of_russian_ammo', value: 60 }],
  },
  {
    name: 'losses: both sides named as those fought beside, not as the toll, leave the toll',
    text: 'North Korea has suffered about 4,000 casualties in assaults including North Korean and Russian marines.',
    expect: [{ text: 'about 4,000', measure: 'nk_casualties', value: 4000 }],
  },
  {
    name: 'troops: a share of the troops just counted, said to be in Kursk, is troops there',
    text: 'US says North Korea has deployed 10,000 troops in Russia, with more than half of them in the Kursk region. Of the 11,000 North Korean troops, 40% are in Kursk.',
    expect: [
      { text: '10,000', measure: 'troops_deployed', value: 10000 },
      { text: 'more than half', measure: 'troops_deployed', value: 5000 },
      { text: '11,000', measure: 'troops_deployed', value: 11000 },
      { text: '40%', measure: 'troops_deployed', value: 4400 },
    ],
  },
  {
    name: 'losses: a share of the troops just counted, said lost, stays a loss',
    text: 'North Korea sent 12,000 troops, and half of them were killed.',
    expect: [
      { text: '12,000', measure: 'troops_deployed', value: 12000 },
      { text: 'half', measure: 'nk_killed', value: 6000 },
    ],
  },
  {
    name: 'losses: the number of soldiers "to have died or been injured", the amount in a quote opened on an adverb',
    text: 'Ukraine put the total number of North Korean soldiers to have died or been injured at a figure that "already exceeds 3,000," ABC News reported. The number of North Korean soldiers who have died or been injured exceeds 4,000.',
    expect: [
      { text: 'exceeds 3,000', measure: 'nk_casualties', value: 3000 },
      { text: 'exceeds 4,000', measure: 'nk_casualties', value: 4000 },
    ],
  },
  {
    name: 'troops to come: a unit "expected to include" its troops',
    text: 'The battalion is expected to include up to 3,000 North Korean troops.',
    expect: [{ text: 'up to 3,000', measure: 'troops_planned', value: 3000 }],
  },
  {
    name: 'money: arms "valued between" two sums; a unit\'s price "per barrel" is no sum',
    text: 'North Korea has supplied Russia with arms valued between £1.4 billion and £4.5 billion. Russia sent North Korea oil estimated at approximately $67 million at a price of $67 per barrel.',
    expect: [
      { text: 'between £1.4 billion and £4.5 billion', measure: 'payment_for_weapons', value: { low: 1400000000, high: 4500000000 } },
      { text: 'approximately $67 million', measure: 'aid_to_nk', value: 67000000 },
    ],
  },
  {
    name: 'not: losses among a list of sides',
    text: 'North Korean troops fight in Kursk. Both sides are sustaining heavy losses, with thousands of casualties among Russian, North Korean, and Ukrainian forces.',
    expect: [],
  },
  {
    name: 'missiles: "dozens of its latest short-range ballistic missiles" beside ammunition; troops that "could fight" are to come',
    text: 'The DPRK has sent a huge amount of artillery ammunition and dozens of its latest short-range ballistic missiles to Russia. As many as 12,000 North Koreans could fight on the front in the coming year.',
    expect: [
      { text: 'dozens', measure: 'missiles_rockets' },
      { text: 'As many as 12,000', measure: 'troops_planned', value: 12000 },
    ],
  },
  {
    name: 'losses: the counted\'s predicate read past an aside that holds another count, between dashes or after ", or"',
    text: 'The NIS said approximately 4,700 North Korean soldiers—including 600 deaths—have been killed or wounded. Zelensky said more than 3,000 North Korean troops, or about a quarter of the North Korean special forces sent to Russia, had been killed or injured.',
    expect: [
      { text: 'approximately 4,700', measure: 'nk_casualties', value: 4700 },
      { text: '600', measure: 'nk_killed', value: 600 },
      { text: 'more than 3,000', measure: 'nk_casualties', value: 3000 },
      { text: 'about a quarter', measure: 'nk_casualties' },
    ],
  },
  {
    name: "captives: the war's two captives counted as wounded, their captivity told beside",
    text: 'DPRK soldiers were captured in Kursk region, two wounded soldiers were taken to Kyiv and are talking to SBU investigators. Ukrainian drones wounded two North Korean soldiers near Sudzha.',
    expect: [
      { text: 'two', measure: 'nk_captured', value: 2 },
      { text: 'two', measure: 'nk_wounded', value: 2 },
    ],
  },
  {
    name: 'captives: a pair "born in 1999 and 2005 … serving since 2016 and 2021" is no story told before the war',
    text: 'The two captured North Korean soldiers, born in 1999 and 2005, have been serving in the North Korean military since 2016 and 2021, respectively.',
    expect: [{ text: 'two', measure: 'nk_captured', value: 2 }],
  },
  {
    name: 'munitions: "possible North Korean-supplied" missiles; "missiles and shells" bought are shells',
    text: 'Russia fired at least six possible North Korean-supplied ballistic missiles. Russia is buying millions of missiles and shells from North Korea.',
    expect: [
      { text: 'at least six', measure: 'missiles_rockets', value: 6 },
      { text: 'millions', measure: 'artillery_shells' },
    ],
  },
  {
    name: 'not a share of troops there: of a force of all sides, of losses, or of those there who were lost',
    text: 'North Korea has sent about 11,000 troops, who now make up about 20% of the troops in the Kursk region. Of the roughly 11,000 troops North Korea sent, some 4,000 have been killed or wounded, about half of them in the Kursk region.',
    expect: [
      { text: 'about 11,000', measure: 'troops_deployed', value: 11000 },
      { text: 'roughly 11,000', measure: 'troops_deployed', value: 11000 },
      { text: 'some 4,000', measure: 'nk_casualties', value: 4000 },
    ],
  },
  {
    name: 'losses: two wounded soldiers evacuated after a village was captured are the wounded',
    text: 'Russian and North Korean forces captured the village of Plekhovo, and two wounded North Korean soldiers were evacuated.',
    expect: [{ text: 'two', measure: 'nk_wounded', value: 2 }],
  },
  {
    name: 'losses: a fronted phrase naming the Russians is no list of both sides',
    text: 'Fighting alongside the Russians, North Korean troops have suffered about 4,000 casualties.',
    expect: [{ text: 'about 4,000', measure: 'nk_casualties', value: 4000 }],
  },
  {
    name: 'troops: a clause of the aside\'s own people ("some of whom were killed") leaves the whole sent',
    text: 'North Korea has sent about 11,000 troops, including 500 officers, some of whom were killed in a missile strike.',
    expect: [
      { text: 'about 11,000', measure: 'troops_deployed', value: 11000 },
      { text: '500', measure: 'troops_deployed', value: 500 },
    ],
  },
  {
    name: 'troops: a group "expected to number" 1,500 that arrived is there',
    text: 'The first group of North Korean soldiers, expected to number 1,500, arrived in Vladivostok last week.',
    expect: [{ text: '1,500', measure: 'troops_deployed', value: 1500 }],
  },
  {
    name: 'not: a ratio',
    text: 'Russia has assigned one translator to every 30 North Korean soldiers.',
    expect: [],
  },
  {
    name: 'not: the losses of a force of both sides',
    text: 'HUR said a contingent of Russian and North Korean servicemen in Kursk lost 200 personnel.',
    expect: [],
  },
  {
    name: 'money earned from military support to Moscow: arms and troops together, counted as arms',
    text: 'KIDA reported that North Korea had earned over $20 billion from its military support to Moscow, including weapons and manpower.',
    expect: [{ text: 'over $20 billion', measure: 'payment_for_weapons', value: 20000000000 }],
  },
  {
    name: 'a party planning to receive a count does not own it',
    text: 'In 2025, the Russian Federation plans to receive several million more such munitions from North Korea.',
    expect: [{ text: 'several million', measure: 'artillery_shells' }],
  },
  {
    name: "troops joining a party are not that party's",
    text: 'The total number of North Korean troops joining Russia is expected to reach 10,000, including the 3,000 already deployed.',
    expect: [
      { text: '10,000', measure: 'troops_planned', value: 10000 },
      { text: '3,000', measure: 'troops_deployed', value: 3000 },
    ],
  },
  {
    name: 'the figure before, given as where a new one began',
    text: 'The NIS said 2,000 North Korean soldiers had been killed, up from earlier estimates of about 600.',
    expect: [
      { text: '2,000', measure: 'nk_killed', value: 2000 },
      { text: 'about 600', measure: 'nk_killed', value: 600 },
    ],
  },
  {
    name: 'a count of losses named first, far before its number; a war named by both its sides owns nothing',
    text: 'The number of North Korean military casualties deployed to the Russia-Ukraine war is estimated to have exceeded 6,000, according to British intelligence.',
    expect: [{ text: 'exceeded 6,000', measure: 'nk_casualties', value: 6000 }],
  },
  {
    name: 'the death of soldiers is a loss',
    text: 'A North Korean strike resulted in the death of eight Russian soldiers.',
    expect: [{ text: 'eight', measure: 'russian_casualties', value: 8 }],
  },
  {
    name: 'weapons and ammunition pieces are counted as shells',
    text: 'In addition to soldiers, North Korea also supplied millions of weapons and ammunition pieces to Russia.',
    expect: [{ text: 'millions', measure: 'artillery_shells' }],
  },
  {
    name: 'not: a missile’s warhead weight',
    text: 'North Korea tested a missile for its war aid to Russia, with a warhead weighing 4.5 tons.',
    expect: [],
  },
  {
    name: "another army's institution after a preposition is no owner: forces fighting against it lost",
    text: 'North Korean forces fighting alongside Russian troops against the Ukrainian military have sustained 4,000 casualties.',
    expect: [{ text: '4,000', measure: 'nk_casualties', value: 4000 }],
  },
  {
    name: 'North Korea named as the one that lost people, with the war and its troops in sight',
    text: 'Zelensky said North Korea had lost four-thousand people since its troops joined Russia’s war.',
    expect: [{ text: 'four-thousand', measure: 'nk_casualties', value: 4000 }],
  },
  {
    name: 'not: people North Korea lost to floods',
    text: 'North Korea lost about 4,000 people in the floods that hit Sinuiju last summer.',
    expect: [],
  },
  {
    name: 'not: people killed by North Korean weapons',
    text: 'The use of North Korean weapons in Ukraine killed 24 people and injured 115 others.',
    expect: [],
  },
  {
    name: "missiles fired by one party, made in another, are the maker's",
    text: 'The Russian army has fired at least 24 ballistic missiles that may have been made in North Korea since December.',
    expect: [{ text: 'at least 24', measure: 'missiles_rockets', value: 24 }],
  },
  {
    name: 'troops reported killed or wounded',
    text: 'Roughly 4,000 of those North Korean troops were reported killed or wounded.',
    expect: [{ text: 'Roughly 4,000', measure: 'nk_casualties', value: 4000 }],
  },
  {
    name: 'a party troops were sent to back up is not their owner',
    text: 'Pyongyang has deployed thousands of troops to back up Russian forces, and Zelensky has estimated that almost 3,000 had been killed or wounded so far.',
    expect: [
      { text: 'thousands', measure: 'troops_deployed' },
      { text: 'almost 3,000', measure: 'nk_casualties', value: 3000 },
    ],
  },
  {
    name: 'a minister named before a count speaks of it, he does not own it',
    text: 'South Korean Defense Minister Shin Won-sik told reporters the containers might carry more than three million 152mm shells from North Korea.',
    expect: [{ text: 'more than three million', measure: 'artillery_shells', value: 3000000 }],
  },
  {
    name: "losses of North Korea's military personnel named first, before their number",
    text: 'Zelensky stated that the losses of North Korean military personnel in Kursk amounted to 4,000 people.',
    expect: [{ text: '4,000', measure: 'nk_casualties', value: 4000 }],
  },
  {
    name: 'lost their lives or been wounded: casualties',
    text: 'At least 3,000 North Koreans have lost their lives or been wounded in fighting in Kursk.',
    expect: [{ text: 'At least 3,000', measure: 'nk_casualties', value: 3000 }],
  },
  {
    name: 'soldiers in total expected to be deployed are troops to come',
    text: 'North Korea sent an additional 1,500 troops to Russia, with around 10,000 soldiers total expected to be deployed by December.',
    expect: [
      { text: '1,500', measure: 'troops_deployed', value: 1500 },
      { text: 'around 10,000', measure: 'troops_planned', value: 10000 },
    ],
  },
  {
    name: 'soldiers dying every day are killed',
    text: 'According to the UK, up to 1,500 Russian soldiers are dying every day as North Korean troops join the fight.',
    expect: [{ text: 'up to 1,500', measure: 'russian_casualties', value: 1500 }],
  },
  {
    name: "not: a bare 'down from' of another trend, money after a count",
    text: 'North Korea has sent about 11,000 troops to Russia. Its trade with China fell to $2 billion last year, down from $2.5 billion.',
    expect: [{ text: 'about 11,000', measure: 'troops_deployed', value: 11000 }],
  },
  {
    name: "not: 'down from' in another party's losses",
    text: "North Korea's troops suffered 4,000 casualties. Ukraine lost 500 soldiers last week, down from 700 the week before.",
    expect: [{ text: '4,000', measure: 'nk_casualties', value: 4000 }],
  },
  {
    name: "not: another party's toll said to stand or climb",
    text: 'North Korea has lost about 4,000 troops, Seoul says, while the toll for Russia has climbed to 790,000.',
    expect: [{ text: 'about 4,000', measure: 'nk_casualties', value: 4000 }],
  },
  {
    name: 'a first count with its own verb of sending keeps it, whatever the count joined after it',
    text: 'North Korea has sent 11,000 soldiers and 3,000 more could follow, Seoul says.',
    expect: [
      { text: '11,000', measure: 'troops_deployed', value: 11000 },
      { text: '3,000', measure: 'troops_planned', value: 3000 },
    ],
  },
  {
    name: 'expecting troops already there to act is no plan',
    text: 'Ukraine expects the 11,000 North Korean troops already in Kursk to join assaults.',
    expect: [{ text: '11,000', measure: 'troops_deployed', value: 11000 }],
  },
  {
    name: "a count of losses named first is not read across ', but'",
    text: 'The number of North Korean soldiers killed in Kursk is still unclear, but since then Pyongyang has sent about 3,000 more troops to Russia.',
    expect: [{ text: 'about 3,000', measure: 'troops_deployed', value: 3000 }],
  },
  {
    name: 'not: lives claimed by a famine',
    text: "North Korea's famine in the 1990s claimed as many as 2 million lives.",
    expect: [],
  },
  {
    name: 'not: the losses of another army, owned by its name',
    text: 'North Korean troops fought there. The losses of the Ukrainian army in Kursk, Pyongyang claims, reached 60,000 people.',
    expect: [],
  },
  {
    name: 'an institution that is the object of a verb is no owner of losses',
    text: 'North Korean troops facing the Ukrainian army have suffered about 4,000 casualties.',
    expect: [{ text: 'about 4,000', measure: 'nk_casualties', value: 4000 }],
  },
  {
    name: 'not: troops that lost momentum',
    text: 'The roughly 12,000 North Korean troops lost momentum in March.',
    expect: [{ text: 'roughly 12,000', measure: 'troops_deployed', value: 12000 }],
  },
  {
    name: 'not: troops that later captured a village',
    text: 'About 3,000 North Korean troops later captured the village of Plekhovo.',
    expect: [{ text: 'About 3,000', measure: 'troops_deployed', value: 3000 }],
  },
  {
    name: 'not: a change of something a force did',
    text: 'Ukraine said the number of attacks by North Korean forces declined by 60 percent in February.',
    expect: [],
  },
  {
    name: "not: a share of another army's losses set beside a loss",
    text: 'North Korea has lost 4,000 soldiers, half of the troops Russia lost in a single week.',
    expect: [{ text: '4,000', measure: 'nk_casualties', value: 4000 }],
  },
  {
    name: 'not: troops expected to be killed are no troops to come',
    text: 'North Korea has sent 11,000 troops to Russia, with 3,000 expected to be killed or wounded by spring.',
    expect: [{ text: '11,000', measure: 'troops_deployed', value: 11000 }],
  },
  {
    name: 'not: construction workers sent beside soldiers to work',
    text: "North Korea has sent 11,000 soldiers to Kursk and 15,000 construction workers to Moscow's building sites.",
    expect: [{ text: '11,000', measure: 'troops_deployed', value: 11000 }],
  },
  {
    name: 'troops that joined another army do not make its losses theirs',
    text: 'Troops from North Korea joined Russian forces, which lost 1,000 soldiers.',
    expect: [{ text: '1,000', measure: 'russian_casualties', value: 1000 }],
  },
  {
    name: 'a pair of both sides in another clause owns nothing here',
    text: 'After Russian and North Korean forces retook Sudzha, Pyongyang said it had lost 600 soldiers.',
    expect: [{ text: '600', measure: 'nk_casualties', value: 600 }],
  },
  {
    name: 'a debt of another era is no owner',
    text: 'For sending its troops, North Korea got air-defence systems, and Russia also forgave $10 billion of Soviet-era debt.',
    expect: [{ text: '$10 billion', measure: 'aid_to_nk', value: 10000000000 }],
  },
  {
    name: "two armies that fight are no army's size",
    text: 'The two armies, with 11,000 North Korean troops fighting beside Russian units, retook Sudzha.',
    expect: [{ text: '11,000', measure: 'troops_deployed', value: 11000 }],
  },
  {
    name: "not: pay of another army's recruits to fight",
    text: 'North Korea has sent about 11,000 troops. Recruits in Ukraine get $1,000 a month to fight at the front.',
    expect: [{ text: 'about 11,000', measure: 'troops_deployed', value: 11000 }],
  },
  {
    name: 'troops soon moved on were sent all the same',
    text: 'North Korea has sent 11,000 troops who were soon deployed to the front.',
    expect: [{ text: '11,000', measure: 'troops_deployed', value: 11000 }],
  },
  {
    name: 'not: the side of an army whose losses they are',
    text: 'Losses on the side of the Russian army reached 1,500 in one day, as North Korean troops joined.',
    expect: [{ text: '1,500', measure: 'russian_casualties', value: 1500 }],
  },
  {
    name: 'a toll after a count of troops restates no troop count',
    text: 'North Korea has deployed some 11,000 soldiers to Kursk. The toll has risen to about 4,000, the NIS said.',
    expect: [{ text: 'some 11,000', measure: 'troops_deployed', value: 11000 }],
  },
  {
    name: 'not: money in another clause than the troops paid for',
    text: 'For sending 11,000 troops, North Korea gets air-defence systems, and it has spent $500 million on new warships.',
    expect: [{ text: '11,000', measure: 'troops_deployed', value: 11000 }],
  },
  {
    name: "a minister of Russia is Russia's, not a speaker that loses it its losses",
    text: "Russia's defense minister Belousov said his forces lost 2,000 soldiers last week, as North Korean troops arrived.",
    expect: [{ text: '2,000', measure: 'russian_casualties', value: 2000 }],
  },
  {
    name: 'troops that went somewhere in a hypothesis were not sent',
    text: 'If 30,000 more North Korean troops went to Russia, the war could change.',
    expect: [{ text: '30,000', measure: 'troops_planned', value: 30000 }],
  },
  {
    name: 'not: shells not made in North Korea',
    text: 'Russia used 200,000 shells that were not made in North Korea, Ukraine said.',
    expect: [],
  },
  {
    name: 'real: broadcast style numbers',
    text: 'The North sent a total of 15-thousand troops; some 300 North Korean soldiers were killed and roughly 27-hundred wounded.',
    expect: [
      { text: '15-thousand', measure: 'troops_deployed', value: 15000 },
      { text: 'some 300', measure: 'nk_killed', value: 300 },
      { text: 'roughly 27-hundred', measure: 'nk_wounded', value: 2700 },
    ],
  },
  {
    name: 'real: a count with a plus',
    text: 'N. Korea this year sent 1,000+ more troops to Russia.',
    expect: [{ text: '1,000+', measure: 'troops_deployed', value: 1000 }],
  },
  {
    name: 'real: a recipient is not an owner',
    text: 'Moscow had received several dozen North Korean ballistic missiles by January.',
    expect: [{ text: 'several dozen', measure: 'missiles_rockets', value: { low: 36, high: 108 } }],
  },
  {
    name: 'real: losses that prompted a deployment',
    text: 'The losses prompted Moscow to deploy 10,000 North Korean troops.',
    expect: [{ text: '10,000', measure: 'troops_deployed', value: 10000 }],
  },
  {
    name: 'real: wounded as a modifier of the captured',
    text: 'Ukrainian forces have captured two wounded North Korean soldiers.',
    expect: [{ text: 'two', measure: 'nk_captured', value: 2 }],
  },
  {
    name: 'real: an outlet named after a country',
    text: 'North Korean troops fought on. According to BBC Ukraine, nearly a thousand soldiers have died.',
    expect: [{ text: 'nearly a thousand', measure: 'nk_killed', value: 1000 }],
  },
  {
    name: 'not: another army\u2019s share of losses',
    text: 'About 60 percent of the losses suffered by Ukrainian units were caused by North Korean shells.',
    expect: [],
  },
  {
    name: 'losses: the two captives in a story, pointed at',
    text: 'The SBU released a video of the two North Korean men in hospital beds.',
    expect: [{ text: 'two', measure: 'nk_captured', value: 2 }],
  },
  {
    name: 'not: a mixed force',
    text: 'North Korean soldiers were part of a combined force of 50,000 Russian and North Korean troops.',
    expect: [],
  },
  {
    name: 'not: the size of the army at home',
    text: 'The North Korean armed forces, numbering 1.2 million, are among the largest in the world.',
    expect: [],
  },
  {
    name: 'not: a civilian toll',
    text: 'North Korea is helping Russia.\nUkraine reports two dead in Russian missile attacks on Kharkiv.',
    expect: [],
  },
  {
    name: 'not: workers\u2019 pay',
    text: 'About 4,000 North Korean workers are in Russia, earning an average of $800 per month.',
    expect: [],
  },

  // Numbers that are not figures, in passages that name North Korea
  {
    name: 'not: years and dates',
    text: 'North Korea began sending troops in October 2024, and on 16 October 2024 Seoul raised the alarm.',
    expect: [],
  },
  { name: 'not: ages', text: 'The captured North Korean soldiers are aged 20 and 26; a 19-year-old died.', expect: [] },
  { name: 'not: durations', text: 'North Korean troops trained for two months before fighting for 100 days.', expect: [] },
  {
    name: 'not: model names and calibres',
    text: 'North Korea supplied KN-23 and KN-24 missiles, Koksan 170mm guns and 240 mm rocket launchers.',
    expect: [],
  },
  {
    name: 'not: counts of places and occasions',
    text: 'North Korean units fought in three oblasts and two sectors, Kim visited four times, and ships used two ports.',
    expect: [],
  },
  {
    name: 'not: ordinals and ranks',
    text: 'It was the second time North Korea ranked No. 1 among suppliers, and the 3rd shipment this month.',
    expect: [],
  },
  { name: 'not: Iran drones', text: 'Not only has North Korea intervened, but Iran has sent thousands of Shahed drones.', expect: [] },
  {
    name: 'not: Stalin deportations',
    text: "During the Korean War North Korea's invasion was backed by Stalin, who also deported tens of thousands of Koreans.",
    expect: [],
  },
  { name: 'not: North Korean workers', text: 'Some 15,000 North Korean workers have gone to Russian construction sites.', expect: [] },

  // Context
  {
    name: 'context: no North Korea, no figures',
    text: 'Russia has lost 600,000 soldiers killed or wounded.\nIt fires 10,000 shells a day and has 700,000 troops in Ukraine.',
    expect: [],
  },
  {
    name: 'context: a following prose paragraph continues the passage',
    text: 'North Korea sent troops to Russia last autumn.\nUkrainian officials say about 3,000 of them have been killed or wounded so far.',
    expect: [{ text: 'about 3,000', measure: 'nk_casualties', value: 3000 }],
  },
  {
    name: 'context: the passage ends after two paragraphs without a mention',
    text: [
      'North Korea has sent 12,000 troops to Russia, officials say.',
      'The troops were flown to Vladivostok and then moved west by train.',
      'Analysts expect the fighting to continue through the winter.',
      'Separately, markets fell sharply on Monday as oil rose.',
      'Russia has lost more than 600,000 soldiers killed or wounded in the war so far.',
    ].join('\n'),
    expect: [{ text: '12,000', measure: 'troops_deployed', value: 12000 }],
  },
  // Phrasings learnt from the tuning set of real reporting (tests/tuning); the sentences here are the project's own.
  {
    name: 'losses: a predicate further on in the clause',
    text: 'More than 4,000 North Korean soldiers fighting alongside Russian troops have been killed or wounded.',
    expect: [{ text: 'More than 4,000', measure: 'nk_casualties', value: 4000 }],
  },
  {
    name: 'losses: a predicate after "after" belongs to another clause',
    text: 'Ukraine captured two North Korean soldiers alive after they were wounded in Kursk.',
    expect: [{ text: 'two', measure: 'nk_captured', value: 2 }],
  },
  {
    name: 'losses: verbs of killing and wounding before the count',
    text: 'Ukrainian drones eliminated 30 North Korean soldiers and wounded 25 near Kursk.',
    expect: [
      { text: '30', measure: 'nk_killed', value: 30 },
      { text: '25', measure: 'nk_wounded', value: 25 },
    ],
  },
  {
    name: "losses: what the noun's own words say happened",
    text: 'Kyiv says it is holding two captured North Korean soldiers.',
    expect: [{ text: 'two', measure: 'nk_captured', value: 2 }],
  },
  {
    name: 'losses: the capture of',
    text: 'Zelensky announced the capture of two North Korean soldiers in Kursk.',
    expect: [{ text: 'two', measure: 'nk_captured', value: 2 }],
  },
  {
    name: 'troops: more, already dispatched',
    text: 'Seoul says some 2,000 more North Korean troops have been dispatched to Russia.',
    expect: [{ text: 'some 2,000', measure: 'troops_deployed', value: 2000 }],
  },
  {
    name: 'troops: additional, still to come',
    text: 'Pyongyang is expected to send an additional 5,000 troops to Russia.',
    expect: [{ text: '5,000', measure: 'troops_planned', value: 5000 }],
  },
  {
    name: 'troops: additional, named after a deployment of others',
    text: 'After the deployment of 11,000 North Korean troops, reports hint at an additional 4,000 troops being organised.',
    expect: [
      { text: '11,000', measure: 'troops_deployed', value: 11000 },
      { text: '4,000', measure: 'troops_planned', value: 4000 },
    ],
  },
  {
    name: 'shipments: freight railcars',
    text: 'Satellite images show about 60 freight railcars at North Korea’s border rail facility, suggesting arms shipments to Russia.',
    expect: [{ text: 'about 60', measure: 'shipments', value: 60 }],
  },
  {
    name: 'shells: a calibre in inches',
    text: 'The containers North Korea sent could hold about 2 million 6-inch artillery shells, Seoul says.',
    expect: [{ text: 'about 2 million', measure: 'artillery_shells', value: 2000000 }],
  },
  {
    name: 'losses: a part of the whole counted next',
    text: 'Around 3,000 of the 12,000 North Korean soldiers sent to Kursk are thought to have been wounded.',
    expect: [
      { text: 'Around 3,000', measure: 'nk_wounded', value: 3000 },
      { text: '12,000', measure: 'troops_deployed', value: 12000 },
    ],
  },
  {
    name: "losses: another country's military speaks of the count, it does not own it",
    text: "South Korea's military raised the estimated casualties to 5,000 among North Korean troops.",
    expect: [{ text: '5,000', measure: 'nk_casualties', value: 5000 }],
  },
  {
    name: 'losses: a casualty tally revised',
    text: "Seoul revised North Korea's casualty tally to 3,500.",
    expect: [{ text: '3,500', measure: 'nk_casualties', value: 3500 }],
  },
  {
    name: 'missiles: made in North Korea',
    text: 'Russia has fired at least 20 North Korean-made ballistic missiles at Kharkiv.',
    expect: [{ text: 'at least 20', measure: 'missiles_rockets', value: 20 }],
  },
  {
    name: 'missiles: a part of the other side\'s missiles said to be "from North Korea" is North Korea\'s; not a whole some of which are',
    text: '2 out of 5 missiles Russia launched at Kharkiv are from North Korea, the prosecutor said. Russia fired 70 missiles overnight and Ukraine believes that several were from North Korea.',
    expect: [{ text: '2', measure: 'missiles_rockets', value: 2 }],
  },
  {
    name: 'missiles: a part of "enemy missiles" said produced in the DPRK; not where it was not made there',
    text: 'Two of the five enemy missiles fired at Kharkiv were produced in the DPRK. Two of the five Russian missiles fired at Kyiv were not made in North Korea.',
    expect: [{ text: 'Two', measure: 'missiles_rockets', value: 2 }],
  },
  {
    name: 'money: paid for sending the troops',
    text: 'North Korea could earn up to $1 billion from Russia for sending its troops to Kursk.',
    expect: [{ text: 'up to $1 billion', measure: 'payment_for_troops', value: 1000000000 }],
  },
  {
    name: 'losses: a share of the force named next',
    text: 'More than half of the 12,000 North Korean soldiers deployed to Kursk have been killed or wounded.',
    expect: [
      { text: 'More than half', measure: 'nk_casualties', value: 6000 },
      { text: '12,000', measure: 'troops_deployed', value: 12000 },
    ],
  },
  {
    name: 'losses: a share of the force named next, the loss said before it',
    text: 'The total casualties amount to nearly half of the initial 11,000 North Korean troops.',
    expect: [
      { text: 'nearly half', measure: 'nk_casualties', value: 5500 },
      { text: '11,000', measure: 'troops_deployed', value: 11000 },
    ],
  },
  {
    name: 'troops: people sent as troops',
    text: "North Korea will send 6,000 people to Russia's Kursk region to help with mine removal.",
    expect: [{ text: '6,000', measure: 'troops_planned', value: 6000 }],
  },
  {
    name: 'troops: construction workers sent for the deployment',
    text: "North Korea has sent 5,000 construction workers to Russia's Kursk region for reconstruction.",
    expect: [{ text: '5,000', measure: 'troops_deployed', value: 5000 }],
  },
  {
    name: 'not a figure: workers sent to earn',
    text: 'North Korea has sent 5,000 construction workers to Russian cities to earn foreign currency.',
    expect: [],
  },
  {
    name: 'money: earned from sending troops',
    text: 'North Korea earns hundreds of millions of dollars from sending troops to Russia.',
    expect: [{ text: 'hundreds of millions', measure: 'payment_for_troops' }],
  },
  {
    name: 'not a figure: North Koreans at work in Russia',
    text: 'Some 40,000 North Koreans are currently working in Russia, a business daily reported.',
    expect: [],
  },
  {
    name: 'not a figure: a share of shells that work',
    text: 'North Korea sent Russia a million shells, but only 20% are in working condition.',
    expect: [{ text: 'a million', measure: 'artillery_shells', value: 1000000 }],
  },
  {
    name: "not a figure: a factory's capacity, and the factories",
    text: 'North Korea runs some 200 munitions factories at 30% capacity to make shells for Russia.',
    expect: [],
  },
  {
    name: 'losses: a loss verb, "another" and the count',
    text: 'Ukrainian drones killed 40 North Korean soldiers and injured another 35 over two days.',
    expect: [
      { text: '40', measure: 'nk_killed', value: 40 },
      { text: '35', measure: 'nk_wounded', value: 35 },
    ],
  },
  {
    name: 'losses: fatalities and injuries together, and injuries alone',
    text: 'North Korean fatalities and injuries have exceeded 5,000, including about 900 deaths and 4,100 injuries.',
    expect: [
      { text: 'exceeded 5,000', measure: 'nk_casualties', value: 5000 },
      { text: 'about 900', measure: 'nk_killed', value: 900 },
      { text: '4,100', measure: 'nk_wounded', value: 4100 },
    ],
  },
  {
    name: 'troops: "approaching" and "exceed" bound the count',
    text: 'Kyiv puts North Korean troops in Kursk at approaching 13,000.\nThe number of North Korean soldiers in Russia may exceed 15,000.',
    expect: [
      { text: 'approaching 13,000', measure: 'troops_deployed', value: 13000 },
      { text: 'exceed 15,000', measure: 'troops_deployed', value: 15000 },
    ],
  },
  {
    name: 'money: what troops sent earn North Korea',
    text: 'Some 12,000 North Korean soldiers are in Russia, bringing Pyongyang yearly revenue of about $300 million.',
    expect: [
      { text: 'Some 12,000', measure: 'troops_deployed', value: 12000 },
      { text: 'about $300 million', measure: 'payment_for_troops', value: 300000000 },
    ],
  },
  {
    name: "not a figure: revenue of North Korea's trade",
    text: "North Korea's export revenue was $2 billion last year as trade with Russia grew.",
    expect: [],
  },
  {
    name: 'money: earned by supplying weapons',
    text: 'North Korea could earn about $4 billion by supplying weapons to Russia.',
    expect: [{ text: 'about $4 billion', measure: 'payment_for_weapons', value: 4000000000 }],
  },
  {
    name: 'russian losses: a daily average',
    text: 'Russian casualties are averaging about 1,000 per day since North Korean troops joined the fight.',
    expect: [{ text: 'about 1,000', measure: 'russian_casualties', value: 1000 }],
  },
  {
    name: 'shipments: a think tank is a source, not an owner',
    text: 'RUSI, a British think tank, counted 30 shipments between the North Korean port of Rajin and Russian ports.',
    expect: [{ text: '30', measure: 'shipments', value: 30 }],
  },
  {
    name: 'troops: "scheduled to send" is a plan; "led" inside "scheduled" is no exception',
    text: 'North Korea is scheduled to send 2,000 troops to Russia.',
    expect: [{ text: '2,000', measure: 'troops_planned', value: 2000 }],
  },
  {
    name: "not a figure: North Korea's missile tests, with no war in sight",
    text: 'North Korea fired three short-range ballistic missiles into the sea on Saturday, Seoul said.',
    expect: [],
  },
  {
    name: 'shipments: arms transfers',
    text: 'North Korea has made at least 12 arms transfers to Russia since August, officials say.',
    expect: [{ text: 'at least 12', measure: 'shipments', value: 12 }],
  },
  {
    name: 'russian losses: occupiers neutralised',
    text: 'Beside North Korean troops, Ukrainian forces neutralised 50,000 Russian occupiers in Kursk.',
    expect: [{ text: '50,000', measure: 'russian_casualties', value: 50000 }],
  },
  {
    name: 'troops: a modal with an adverb is a plan ("could also send")',
    text: 'Pyongyang could also send as many as 25,000 of its soldiers to Russia, analysts say.',
    expect: [{ text: 'as many as 25,000', measure: 'troops_planned', value: 25000 }],
  },
  {
    name: 'troops: a modal after them is a plan ("may be sent", "might soon enter")',
    text: 'Up to 8,000 North Korean troops may be sent to Kursk, and 4,000 more North Korean soldiers might soon enter the fight.',
    expect: [
      { text: 'Up to 8,000', measure: 'troops_planned', value: 8000 },
      { text: '4,000', measure: 'troops_planned', value: 4000 },
    ],
  },
  {
    name: 'troops: "another 7,000 expected" with no noun, in a sentence about troops',
    text: 'About 2,000 North Korean troops are in Russia already, with another 7,000 expected soon.',
    expect: [
      { text: 'About 2,000', measure: 'troops_deployed', value: 2000 },
      { text: '7,000', measure: 'troops_planned', value: 7000 },
    ],
  },
  {
    name: 'losses: a part of a whole that "have become casualties"',
    text: 'Over 2,500 of the roughly 9,000 North Korean soldiers sent to the front have become casualties.',
    expect: [
      { text: 'Over 2,500', measure: 'nk_casualties', value: 2500 },
      { text: 'roughly 9,000', measure: 'troops_deployed', value: 9000 },
    ],
  },
  {
    name: 'losses: "sustained injuries" are wounds, said past a long participle phrase',
    text: 'About 1,500 of the 12,000 North Korean troops stationed along the front line in the war against Ukraine are said to have sustained injuries.',
    expect: [
      { text: 'About 1,500', measure: 'nk_wounded', value: 1500 },
      { text: '12,000', measure: 'troops_deployed', value: 12000 },
    ],
  },
  {
    name: 'losses: a part with its noun, then its whole ("2,000 troops out of a total of 10,000 were killed")',
    text: 'Some 2,000 North Korean troops out of a total of 10,000 were killed near Sudzha, Kyiv says.',
    expect: [
      { text: 'Some 2,000', measure: 'nk_killed', value: 2000 },
      { text: '10,000', measure: 'troops_deployed', value: 10000 },
    ],
  },
  {
    name: 'owner: a place held by Russia is no owner ("territory occupied by Russia")',
    text: 'Pyongyang has sent officers to land occupied by Russia and is getting ready to send 8,000 troops too.',
    expect: [{ text: '8,000', measure: 'troops_planned', value: 8000 }],
  },
  {
    name: 'owner: "in western Russia" is a place, not an owner',
    text: "Pyongyang's generals, after a pause in the Kursk region in western Russia, sent 2,500 soldiers to the front again.",
    expect: [{ text: '2,500', measure: 'troops_deployed', value: 2500 }],
  },
  {
    name: 'troops: a long noun phrase ("engineering and military construction personnel")',
    text: 'Kim agreed to send 4,000 North Korean engineering and military construction personnel to the Kursk region.',
    expect: [{ text: '4,000', measure: 'troops_planned', value: 4000 }],
  },
  {
    name: 'troops: special operation forces',
    text: 'Russian ships carried 1,200 North Korean special operation forces to Vladivostok last week.',
    expect: [{ text: '1,200', measure: 'troops_deployed', value: 1200 }],
  },
  {
    name: 'missiles: a part whose whole names no owner is the North Korean share; the whole is not theirs',
    text: 'Three out of 8 missiles that hit Zaporizhzhia overnight were North Korean, officials said.',
    expect: [{ text: 'Three', measure: 'missiles_rockets', value: 3 }],
  },
  {
    name: 'missiles: some of a whole named North Korean are counted as missiles, and so is the whole',
    text: 'Investigators examined 15 of some 40 North Korean missiles fired at Ukraine this winter.',
    expect: [
      { text: '15', measure: 'missiles_rockets', value: 15 },
      { text: 'some 40', measure: 'missiles_rockets', value: 40 },
    ],
  },
  {
    name: 'missiles: "at least one" is a count',
    text: 'Russia launched at least one North Korean ballistic missile at Kyiv on Tuesday.',
    expect: [{ text: 'at least one', measure: 'missiles_rockets', value: 1 }],
  },
  {
    name: 'owner: the speaker after a closing quotation owns nothing in it',
    text: '"At least 4 million shells have been shipped," South Korean Defense Minister Kim told reporters about North Korea.',
    expect: [{ text: 'At least 4 million', measure: 'artillery_shells', value: 4e6 }],
  },
  {
    name: "owner: Russia's supplier is no owner of what Russia is given",
    text: "North Korea, Russia's main arms supplier, has handed it more than 2 million artillery shells.",
    expect: [{ text: 'more than 2 million', measure: 'artillery_shells', value: 2e6 }],
  },
  {
    name: 'money: the nearer cue decides, before the amount as well as after it',
    text: 'One analyst puts the value of the arms deal at $4 billion, calling the help for North Korea a lifeline.',
    expect: [{ text: '$4 billion', measure: 'payment_for_weapons', value: 4e9 }],
  },
  {
    name: 'losses: a casualty noun before the number is read with the words joined to it',
    text: 'North Korean deaths and injuries in Kursk have passed 2,500, with at least 200 deaths and the wounded close to 2,300.',
    expect: [
      { text: '2,500', measure: 'nk_casualties', value: 2500 },
      { text: 'at least 200', measure: 'nk_killed', value: 200 },
      { text: 'close to 2,300', measure: 'nk_wounded', value: 2300 },
    ],
  },
  {
    name: 'missiles: a model name without its hyphen ("KN23")',
    text: 'Air defences shot down three North Korean KN23 missiles over Kyiv.',
    expect: [{ text: 'three', measure: 'missiles_rockets', value: 3 }],
  },
  {
    name: 'owner: a one-word aside in brackets does not end the clause',
    text: 'Vladimir Putin (pictured) has lost some 500,000 troops since his invasion began, as North Korea sends him more.',
    expect: [{ text: 'some 500,000', measure: 'russian_casualties', value: 500000 }],
  },
  {
    name: 'owner: a party named before its troops is no speaker where something "is believed" of them',
    text: 'Busan, May 2 (Yonhap) North Korean troops are believed to have suffered over 3,000 casualties.',
    expect: [{ text: 'over 3,000', measure: 'nk_casualties', value: 3000 }],
  },
  {
    name: 'names: "N Korean" without its full stop, as headlines write it',
    text: 'At least 50 N Korean troops killed near Sudzha',
    expect: [{ text: 'At least 50', measure: 'nk_killed', value: 50 }],
  },
  {
    name: 'losses: a death toll "closer to" a number',
    text: 'Seoul now places the North Korean death toll closer to 1,800.',
    expect: [{ text: 'closer to 1,800', measure: 'nk_killed', value: 1800 }],
  },
  {
    name: 'losses: a qualifier that is the clause\'s verb ("have already exceeded 300 troops")',
    text: "North Korea's losses near Kursk have already exceeded 300 troops.",
    expect: [{ text: 'exceeded 300', measure: 'nk_casualties', value: 300 }],
  },
  {
    name: 'troops: some of those to come already there ("already thought to have arrived", "have entered")',
    text: 'Pyongyang plans to send another 4,000 troops, with about 800 already thought to have arrived and another 500 North Korean soldiers who have entered Russia.',
    expect: [
      { text: '4,000', measure: 'troops_planned', value: 4000 },
      { text: 'about 800', measure: 'troops_deployed', value: 800 },
      { text: '500', measure: 'troops_deployed', value: 500 },
    ],
  },
  {
    name: 'troops: "more recently deployed" came',
    text: 'Pyongyang sent 9,000 troops last year, with 2,000 more recently deployed.',
    expect: [
      { text: '9,000', measure: 'troops_deployed', value: 9000 },
      { text: '2,000', measure: 'troops_deployed', value: 2000 },
    ],
  },
  {
    name: 'troops: "will reportedly send" is a plan',
    text: 'North Korea will reportedly send 4K builders to Kursk',
    expect: [{ text: '4K', measure: 'troops_planned', value: 4000 }],
  },
  {
    name: 'troops: a planned or eventual deployment is to come',
    text: 'Of the planned fourth deployment of 5,000 troops, about 700 sappers are thought to have already entered Russia; an eventual deployment of 8,000 North Korean troops is due by spring.',
    expect: [
      { text: '5,000', measure: 'troops_planned', value: 5000 },
      { text: 'about 700', measure: 'troops_deployed', value: 700 },
      { text: '8,000', measure: 'troops_planned', value: 8000 },
    ],
  },
  {
    name: 'shipments: arms deliveries',
    text: 'There have been about 12 arms deliveries from North Korea to Russia since spring.',
    expect: [{ text: 'about 12', measure: 'shipments', value: 12 }],
  },
  {
    name: 'shipments: trips and visits are voyages where ships carry arms, and nothing else',
    text: "Three Russian cargo ships called at Rajin 40 times to load ammunition for Russia, while North Korea's foreign minister made two trips to Moscow.",
    expect: [{ text: '40', measure: 'shipments', value: 40 }],
  },
  {
    name: 'losses: "600 of those North Korean soldiers died" counts the soldiers named after "of those"',
    text: 'Seoul says about 500 of those North Korean soldiers died in Kursk.',
    expect: [{ text: 'about 500', measure: 'nk_killed', value: 500 }],
  },
  {
    name: 'losses: "more" before what happened ("about 1,900 more have been wounded")',
    text: 'Of the North Korean troops, 250 have been killed, and about 1,900 more have been wounded.',
    expect: [
      { text: '250', measure: 'nk_killed', value: 250 },
      { text: 'about 1,900', measure: 'nk_wounded', value: 1900 },
    ],
  },
  {
    name: 'owner: speakers listed with commas ("South Korean, Ukrainian, and Western sources reporting")',
    text: 'North Korea sent 12,000 soldiers, with South Korean, Ukrainian, and Western sources reporting over 5,000 killed.',
    expect: [
      { text: '12,000', measure: 'troops_deployed', value: 12000 },
      { text: 'over 5,000', measure: 'nk_killed', value: 5000 },
    ],
  },
  {
    name: 'shells: artillery and rocket shells are shells; cargo shipments are shipments',
    text: 'Some seven million artillery and rocket shells went from North Korea to Russia in 40 cargo shipments.',
    expect: [
      { text: 'Some seven million', measure: 'artillery_shells', value: 7e6 },
      { text: '40', measure: 'shipments', value: 40 },
    ],
  },
  {
    name: 'losses: what is said of a share of the casualties decides its scope ("a third … were fatalities")',
    text: 'Of the North Korean losses, a third of the casualties were fatalities, and half of the casualties came from drones.',
    expect: [
      { text: 'a third', measure: 'nk_killed', value: 33 },
      { text: 'half', measure: 'nk_casualties', value: 50 },
    ],
  },
  {
    name: "not a figure: the troops North Korea's army keeps",
    text: 'North Korea maintains about 1.2 million active troops, and fields a standing army of 1.1 million soldiers.',
    expect: [],
  },
  {
    name: 'captured: wounded soldiers taken prisoner are prisoners',
    text: 'Kyiv says it is holding three wounded North Korean soldiers who were taken prisoner near Sudzha.',
    expect: [{ text: 'three', measure: 'nk_captured', value: 3 }],
  },
  {
    name: 'troops: "preparing" troops, troops from North Korea "being readied", troops that "could spike to"',
    text: 'Kyiv says North Korea is preparing 7,000 troops; 3,000 soldiers from North Korea are being readied, and the force could spike to 20,000.',
    expect: [
      { text: '7,000', measure: 'troops_planned', value: 7000 },
      { text: '3,000', measure: 'troops_planned', value: 3000 },
      { text: '20,000', measure: 'troops_planned', value: 20000 },
    ],
  },
  {
    name: 'owner: the country troops are sent to is no owner ("promised to send Russia 8,000 soldiers")',
    text: 'Pyongyang has promised to send Russia 8,000 soldiers in all.',
    expect: [{ text: '8,000', measure: 'troops_planned', value: 8000 }],
  },
  {
    name: 'owner: a party that names the war owns nothing ("killed in the Ukraine conflict, with 900 wounded")',
    text: 'Seoul says 90 North Korean soldiers have been killed in the Ukraine conflict, with about 900 wounded.',
    expect: [
      { text: '90', measure: 'nk_killed', value: 90 },
      { text: 'about 900', measure: 'nk_wounded', value: 900 },
    ],
  },
  {
    name: 'losses: "the death toll of North Korean soldiers at 300"; "taken two North Koreans prisoner"',
    text: 'Reports put the death toll of North Korean soldiers at 300, and Kyiv has taken three North Koreans prisoner.',
    expect: [
      { text: '300', measure: 'nk_killed', value: 300 },
      { text: 'three', measure: 'nk_captured', value: 3 },
    ],
  },
  {
    name: 'troops: engineers, in a headline',
    text: 'North Korea to Send 4,000 Engineers to Russia',
    expect: [{ text: '4,000', measure: 'troops_planned', value: 4000 }],
  },
  {
    name: 'troops: a running total after those who came ("bringing the total to 4,000")',
    text: 'Seoul says 2,000 more North Korean troops have arrived in Russia, bringing the total to 4,000.',
    expect: [
      { text: '2,000', measure: 'troops_deployed', value: 2000 },
      { text: '4,000', measure: 'troops_deployed', value: 4000 },
    ],
  },
  {
    name: 'losses: "hurt" is wounded',
    text: 'About 400 North Korean soldiers died and some 3,000 others were hurt, Seoul says.',
    expect: [
      { text: 'About 400', measure: 'nk_killed', value: 400 },
      { text: 'some 3,000', measure: 'nk_wounded', value: 3000 },
    ],
  },
  {
    name: 'owner: a party with a speaker set off in commas still owns its losses ("Russia, Ukraine says, has lost")',
    text: 'Russia, Western officials say, has lost more than 600,000 troops in the war North Korea has joined.',
    expect: [{ text: 'more than 600,000', measure: 'russian_casualties', value: 600000 }],
  },
  {
    name: 'a change "from … to" is two amounts, the noun before it counted in both',
    text: 'The number of North Korean troops in Russia has risen from 11,000 to 13,000.',
    expect: [
      { text: '11,000', measure: 'troops_deployed', value: 11000 },
      { text: '13,000', measure: 'troops_deployed', value: 13000 },
    ],
  },
  {
    name: 'not a figure: "times" as a multiplier, or a repeated act, where ships and arms are named',
    text: 'Russian ships now carry 10 times more North Korean ammunition than in 2023, and Kyiv struck vessels carrying North Korean missiles 4 times.',
    expect: [],
  },
  {
    name: 'not a loss: "hurt" as an active verb; not a plan: "expects" troops there to stay',
    text: "The 12,000 North Korean troops hurt Ukraine's position in Kursk, and Seoul expects North Korea's 9,000 troops to stay.",
    expect: [
      { text: '12,000', measure: 'troops_deployed', value: 12000 },
      { text: '9,000', measure: 'troops_deployed', value: 9000 },
    ],
  },
  {
    name: 'sent: where the counted came from stands between them and their verb ("11,000 from North Korea have been deployed")',
    text: 'Kyiv says 12,000 from North Korea have been deployed to the Kursk front.',
    expect: [{ text: '12,000', measure: 'troops_deployed', value: 12000 }],
  },
  {
    name: 'sent: "having been deployed" after a count with no noun of its own',
    text: 'The North Korean contingent may grow to 15,000, officials said, with 4,000 having been deployed already.',
    expect: [
      { text: '15,000', measure: 'troops_planned', value: 15000 },
      { text: '4,000', measure: 'troops_deployed', value: 4000 },
    ],
  },
  {
    name: 'owner: "with" a party doing something opens its clause; the party is its subject, not a partner',
    text: 'Washington condemned the pact, with North Korea sending tens of thousands of troops to Russia.',
    expect: [{ text: 'tens of thousands', measure: 'troops_deployed', value: { low: 20000, high: 90000 } }],
  },
  {
    name: 'aid: animals Russia airlifted to Pyongyang, or that a zoo there received from Putin, are given',
    text: 'Russia airlifted 75 animals to the Pyongyang Zoo; the zoo received more than 70 animals from Putin last year.',
    expect: [
      { text: '75', measure: 'aid_to_nk', value: 75 },
      { text: 'more than 70', measure: 'aid_to_nk', value: 70 },
    ],
  },
  {
    name: 'troops: an editor\'s gloss in square brackets that is the noun itself ("[North Korean troop]")',
    text: 'The JCS said "some 3,000 or more [North Korean troop] have been additionally dispatched [to Russia]".',
    expect: [{ text: 'some 3,000 or more', measure: 'troops_deployed', value: 3000 }],
  },
  {
    name: 'troops: additional soldiers who "were transferred" went; those who "will be transferred" are to come',
    text: 'Nearly 3,000 additional North Korean soldiers were transferred to Russia, and 2,000 more will be transferred to Kursk.',
    expect: [
      { text: 'Nearly 3,000', measure: 'troops_deployed', value: 3000 },
      { text: '2,000', measure: 'troops_planned', value: 2000 },
    ],
  },
  {
    name: 'shells: "artillery and missile munitions" are munitions, not missiles',
    text: 'Up to nine million artillery and missile munitions have been delivered from North Korea to Russia.',
    expect: [{ text: 'Up to nine million', measure: 'artillery_shells', value: 9000000 }],
  },
  {
    name: 'no figure: the places troops train at, after the troops ("taking place at five military bases")',
    text: 'Around 12,000 North Korean troops were in Russia, and training was taking place at five military bases.',
    expect: [{ text: 'Around 12,000', measure: 'troops_deployed', value: 12000 }],
  },
  {
    name: 'casualties: troops that "have lost their combat capability", a share of them too',
    text: 'About 3,000 North Korean troops have lost their combat capability. That is nearly 30% of the North Korean troops deployed to Russia, who have lost their combat capability.',
    expect: [
      { text: 'About 3,000', measure: 'nk_casualties', value: 3000 },
      { text: 'nearly 30%', measure: 'nk_casualties', value: 30 },
    ],
  },
  {
    name: 'troops: another\'s estimate of the figure before, "more conservative, at 11,000"',
    text: "Pyongyang had sent 12,000 soldiers to Russia, while Seoul's estimate was more conservative, at 11,000.",
    expect: [
      { text: '12,000', measure: 'troops_deployed', value: 12000 },
      { text: '11,000', measure: 'troops_deployed', value: 11000 },
    ],
  },
  {
    name: 'shipments: trips said to carry arms themselves, no ships named; not trips that carry gifts',
    text: 'North Korea is funnelling weapons to Russia: six trips have carried arms since August. Kim made two trips to Russia, carrying gifts.',
    expect: [{ text: 'six', measure: 'shipments', value: 6 }],
  },
  {
    name: 'no figure: pits for munitions are dug, not munitions sent ("over 100 new munitions pits")',
    text: 'Images of the North Korean port show excavators digging over 100 new munitions pits for shells bound for Russia.',
    expect: [],
  },
  {
    name: 'owner: a party that "has alleged" or "argues" a count speaks of it, and does not own it',
    text: 'The deliveries from Rajin included hundreds of thousands of artillery shells, the US has alleged. US and South Korean services argue that the trade with North Korea involves 1 million shells.',
    expect: [
      { text: 'hundreds of thousands', measure: 'artillery_shells', value: { low: 200000, high: 900000 } },
      { text: '1 million', measure: 'artillery_shells', value: 1000000 },
    ],
  },
  {
    name: "no figure: another's output set beside Russia's (\"less than half of Russia's monthly production\")",
    text: "The US aims to make 100,000 shells a month, less than half of Russia's monthly production, while North Korea supplies half of Russia's shells.",
    expect: [{ text: 'half', measure: 'share_of_russian_ammo', value: 50 }],
  },
  {
    name: 'no figure: Russia\'s dead with North Korea\'s among them ("20 occupiers died, including six officers from North Korea")',
    text: 'A strike near Donetsk, when 20 occupiers died, including six officers from North Korea.',
    expect: [{ text: 'six', measure: 'nk_killed', value: 6 }],
  },
  {
    name: 'troops there: reinforcements Russia "rushed" in, though "reinforcements" alone says more to come',
    text: 'Russia rushed reinforcements to the area - including thousands of troops from its ally North Korea.',
    expect: [{ text: 'thousands', measure: 'troops_deployed', value: { low: 2000, high: 9000 } }],
  },
  {
    name: 'troops to come: the "potential arrival" of North Korean soldiers',
    text: 'Landsbergis said the potential arrival of thousands of North Korean soldiers to support Russia could escalate the war.',
    expect: [{ text: 'thousands', measure: 'troops_planned', value: { low: 2000, high: 9000 } }],
  },
  {
    name: 'no figure: "rounds" of ballistic missiles launched are launches, no rounds of ammunition',
    text: 'This year alone, North Korea launched two rounds of ballistic missiles while it armed Russia.',
    expect: [],
  },
  {
    name: 'aid: "exotic animals" Putin is sending to Pyongyang',
    text: 'Putin thanked Kim Jong Un for his troops by sending dozens of exotic animals to Pyongyang.',
    expect: [{ text: 'dozens', measure: 'aid_to_nk', value: { low: 24, high: 96 } }],
  },
  {
    name: "no figure: goods China and Russia supplied together to North Korea, no gift of Russia's alone",
    text: 'China and Russia legally supplied more than 100,000 barrels to North Korea from January to May this year.',
    expect: [],
  },
  {
    name: 'no figure: the pair\'s trade named as a noun ("Russia and China have reported legitimate sales of")',
    text: 'Only Russia and China have reported legitimate sales of some 14,000 tons of refined petroleum to North Korea this year.',
    expect: [],
  },
  {
    name: 'Russia\'s losses: troops that "were lost last month", a time after the verb',
    text: 'As North Korean troops fought in Kursk, Ukraine said 48,240 Russian troops were lost last month.',
    expect: [{ text: '48,240', measure: 'russian_casualties', value: 48240 }],
  },
  {
    name: 'troops: a bare count "deploying" after soldiers sent, with no noun of its own',
    text: 'North Korea sent 10,000 soldiers to Russia, with 3,000 deploying to the front.',
    expect: [
      { text: '10,000', measure: 'troops_deployed', value: 10000 },
      { text: '3,000', measure: 'troops_deployed', value: 3000 },
    ],
  },
  {
    name: 'owner: a party sending right before the count does the sending, though "to" stands before it',
    text: 'NATO chief Mark Rutte and Yoon discussed a joint response to North Korea sending 10,000 soldiers to Russia.',
    expect: [{ text: '10,000', measure: 'troops_deployed', value: 10000 }],
  },
  {
    name: 'money for arms: earned "from the weapons it sent", the arms after a determiner',
    text: 'North Korea earned $9.8 billion from the weapons it sent to Russia.',
    expect: [{ text: '$9.8 billion', measure: 'payment_for_weapons', value: 9800000000 }],
  },
  {
    name: 'missiles: the remains of some of North Korea\'s missiles count missiles, no dead ("remains of 21 of the … missiles")',
    text: 'Experts analysed the remains of 21 of the approximately 50 North Korean ballistic missiles launched by Russia. Two of the five Russian missiles hit Kharkiv.',
    expect: [
      { text: '21', measure: 'missiles_rockets', value: 21 },
      { text: 'approximately 50', measure: 'missiles_rockets', value: 50 },
    ],
  },
  {
    name: 'casualties: North Koreans who "have perished or been injured"',
    text: 'Over 3,000 North Koreans have perished or been injured since they were sent to Kursk.',
    expect: [{ text: 'Over 3,000', measure: 'nk_casualties', value: 3000 }],
  },
  {
    name: 'owner: losses "among North Korean troops" are theirs, though Ukraine\'s forces are named before',
    text: 'Ukrainian forces are responsible for over 3,000 casualties among North Korean troops, Zelensky said.',
    expect: [{ text: 'over 3,000', measure: 'nk_casualties', value: 3000 }],
  },
  {
    name: 'captured: a headline\'s present "detain" outweighs the captives\' wounds',
    text: 'Ukraine authorities detain two injured North Korean soldiers in Russia',
    expect: [{ text: 'two', measure: 'nk_captured', value: 2 }],
  },
  {
    name: 'troops there: "might have been killed" is no plan for the force counted after it',
    text: 'Up to 1,000 North Korean soldiers might have been killed, a heavy toll on the 11,000 to 12,000-strong force.',
    expect: [
      { text: 'Up to 1,000', measure: 'nk_killed', value: 1000 },
      { text: '11,000 to 12,000', measure: 'troops_deployed', value: { low: 11000, high: 12000 } },
    ],
  },
  {
    name: 'troops to come: a contingent "which North Korea plans to deploy", the plan said after it',
    text: 'They are part of a contingent of up to 10,000 individuals, which North Korea plans to deploy on the Russian side.',
    expect: [{ text: 'up to 10,000', measure: 'troops_planned', value: 10000 }],
  },
  {
    name: 'aid: "expensive" horses North Korea imported from Russia, the adjective passed over',
    text: 'North Korea has reportedly imported 24 expensive horses from Russia.',
    expect: [{ text: '24', measure: 'aid_to_nk', value: 24 }],
  },
  {
    name: 'not aid: animals that died, a verb of giving only in another clause ("While Russia keeps sending oil…")',
    text: 'While Russia keeps sending oil to Pyongyang, around 100 animals died at the Kharkiv zoo after shelling.',
    expect: [],
  },
  {
    name: 'Russia\'s losses: "Russian armed services lost 1,200 soldiers", the services no speaker',
    text: 'Russian armed services lost 1,200 soldiers on Tuesday alone, Kyiv said, as North Korean troops joined the assault.',
    expect: [{ text: '1,200', measure: 'russian_casualties', value: 1200 }],
  },
  {
    name: 'troops there: troops sent "which Russia plans to deploy" on a front are no plan to send them',
    text: 'North Korea has already sent 11,000 troops, which Russia plans to deploy on the front line in Kursk.',
    expect: [{ text: '11,000', measure: 'troops_deployed', value: 11000 }],
  },
  {
    name: "no figure: Korean soldiers of the Korean War, or Russia's own Koreans, are not North Korea's in this war",
    text: 'Nearly 1.8 million Korean soldiers died in the Korean War, as Kim now sends troops to Russia. Russia drafted 300 Korean men from Sakhalin.',
    expect: [],
  },
  {
    name: 'troops to come: part of a pledge "deploying as early as next month"',
    text: 'Pyongyang has promised 6,000 more soldiers, with 1,000 deploying as early as next month.',
    expect: [
      { text: '6,000', measure: 'troops_planned', value: 6000 },
      { text: '1,000', measure: 'troops_planned', value: 1000 },
    ],
  },
  {
    name: 'aid: "China and Russia" blocking sanctions elsewhere in the sentence leaves Russia\'s oil its own',
    text: 'Russia delivered 1 million barrels of oil to North Korea in return for troops, while China and Russia blocked new sanctions.',
    expect: [{ text: '1 million', measure: 'aid_to_nk', value: 1000000 }],
  },
  {
    name: 'no figure: visits that "brought" a deal closer are no shipments',
    text: "Shoigu's three visits brought North Korea closer to supplying artillery shells to Russia.",
    expect: [],
  },
  {
    name: 'troops there: soldiers who "lost every skirmish" are no losses; "were lost last month" are',
    text: 'The 12,000 North Korean soldiers lost every skirmish in their first weeks in Kursk. Ukraine said 48,240 Russian troops were lost last month.',
    expect: [
      { text: '12,000', measure: 'troops_deployed', value: 12000 },
      { text: '48,240', measure: 'russian_casualties', value: 48240 },
    ],
  },
  {
    name: 'no figure: the dead and wounded of Russian "attacks" in the plural, strikes on Ukraine\'s towns',
    text: 'Russian attacks killed at least three in Donetsk, wound 10 in Kharkiv, as North Korean troops fought in Kursk.',
    expect: [],
  },
  {
    name: 'shells: "artillery shots", as translated copies put them',
    text: 'He estimated that North Korea had likely provided up to 3 million artillery shots to Russia.',
    expect: [{ text: 'up to 3 million', measure: 'artillery_shells', value: 3000000 }],
  },
  {
    name: 'aid: horses Putin gifted Kim, though another clause tells of dogs Kim sent Putin',
    text: 'Putin gifted North Korean leader Kim Jong-un 24 purebred horses in August, while Kim sent Putin a pair of Pungsan dogs in June.',
    expect: [{ text: '24', measure: 'aid_to_nk', value: 24 }],
  },
  {
    name: 'aid: oil given again in tonnes after "or roughly", as after a bracket',
    text: 'Russia sent 1 million barrels, or roughly 56,000 tons, of oil to North Korea.',
    expect: [
      { text: '1 million', measure: 'aid_to_nk', value: 1000000 },
      { text: 'roughly 56,000', measure: 'aid_to_nk', value: 56000 },
    ],
  },
  {
    name: 'missiles: counted among "the shipments", which North Korea\'s own tests are not',
    text: "The shipments include nine million rounds of artillery and more than 100 ballistic missiles, North Korea's envoy said.",
    expect: [
      { text: 'nine million', measure: 'artillery_shells', value: 9000000 },
      { text: 'more than 100', measure: 'missiles_rockets', value: 100 },
    ],
  },
  {
    name: 'missiles: "KN-23 and KN-24 models" named as the noun',
    text: 'Pyongyang has delivered ballistic missiles to Russia, including 148 KN-23 and KN-24 models by early 2025.',
    expect: [{ text: '148', measure: 'missiles_rockets', value: 148 }],
  },
  {
    name: 'captured: "who captured these two people", the pair pointed at right after the verb',
    text: 'I am grateful to our paratroopers who captured these two people," Zelensky wrote of the North Korean soldiers.',
    expect: [{ text: 'two', measure: 'nk_captured', value: 2 }],
  },
  {
    name: 'captured: Ukraine\'s forces "had apprehended two" of the North Korean soldiers sent',
    text: 'Ukrainian forces had apprehended two of approximately 10,000 North Korean soldiers dispatched to assist Russia.',
    expect: [
      { text: 'two', measure: 'nk_captured', value: 2 },
      { text: 'approximately 10,000', measure: 'troops_deployed', value: 10000 },
    ],
  },
  {
    name: 'casualties: soldiers who "were disabled", as translated copies put it',
    text: 'Around 3,000 North Korean soldiers were disabled in Kursk.',
    expect: [{ text: 'Around 3,000', measure: 'nk_casualties', value: 3000 }],
  },
  {
    name: 'owner: Russia after "to" stays the one sent to, though a verb of sending follows it',
    text: 'North Korea shipped its arms to Russia providing 1 million rounds for the war in Ukraine.',
    expect: [{ text: '1 million', measure: 'artillery_shells', value: 1000000 }],
  },
  {
    name: 'owner: a force called only "Korean" is North Korea\'s, though Russia is the subject',
    text: 'Russia has deployed about 11,000 Korean servicemen on its territory, mainly around Kursk, as Pyongyang denies it.',
    expect: [{ text: 'about 11,000', measure: 'troops_deployed', value: 11000 }],
  },
  {
    name: 'owner: a force called only "Korean" is not North Korea\'s where the sentence names South Korea',
    text: 'Seoul sent 300 Korean soldiers to the UN mission while North Korea armed Russia.',
    expect: [],
  },
  {
    name: 'owner: "with Russia losing 40,000 troops": the party doing something after "with" owns its count',
    text: 'Ukraine fought alongside Poland during the offensive, with Russia losing 40,000 troops in Kursk as North Korea joined it.',
    expect: [{ text: '40,000', measure: 'russian_casualties', value: 40000 }],
  },
  {
    name: 'owner: a party that killed or captured the counted is the agent, not the owner ("killed by Ukrainian drones")',
    text: 'Hundreds have been killed by Ukrainian drones since the North Korean units reached the front.',
    expect: [{ text: 'Hundreds', measure: 'nk_killed', value: { low: 200, high: 900 } }],
  },
  {
    name: 'owner: a party that launched missiles still owns them; only an agent of a loss is passed over',
    text: 'Air defences downed 30 of the 45 missiles launched by Russia overnight, including North Korean KN-23s.',
    expect: [],
  },
  {
    name: 'owner: a party before "points out" or "stating" is a source',
    text: 'Of the North Korean troops in Kursk, Seoul pointed out that about 2,000 were killed, with Kyiv stating 3,000 more were wounded.',
    expect: [
      { text: 'about 2,000', measure: 'nk_killed', value: 2000 },
      { text: '3,000', measure: 'nk_wounded', value: 3000 },
    ],
  },
  {
    name: 'noun: "Pyongyang troops" and "Pyongyang\'s soldiers" are North Korea\'s',
    text: "More than 2,000 Pyongyang troops were moved to Russia by ship, on top of 11,000 of Pyongyang's soldiers sent earlier.",
    expect: [
      { text: 'More than 2,000', measure: 'troops_deployed', value: 2000 },
      { text: '11,000', measure: 'troops_deployed', value: 11000 },
    ],
  },
  {
    name: 'killed: "others" joined to a count of the dead are more of the same people',
    text: 'Of the North Korean force, the spy agency believes around 500 were killed and roughly 3,500 others were wounded.',
    expect: [
      { text: 'around 500', measure: 'nk_killed', value: 500 },
      { text: 'roughly 3,500', measure: 'nk_wounded', value: 3500 },
    ],
  },
  {
    name: 'not a loss of soldiers: "others" joined to people or civilians killed by a strike',
    text: 'A North Korean missile killed 9 civilians in Kharkiv and injured 35 others; another strike killed 4 people and wounded 20 others.',
    expect: [],
  },
  {
    name: 'killed: the bodies or corpses of the counted, and soldiers who "lay slain"',
    text: 'Ukrainian scouts found the bodies of 14 North Korean soldiers near Sudzha, where about 20 North Korean troops lay slain after the assault.',
    expect: [
      { text: '14', measure: 'nk_killed', value: 14 },
      { text: 'about 20', measure: 'nk_killed', value: 20 },
    ],
  },
  {
    name: 'killed and wounded: casualties "inflicted on" the counted',
    text: 'Kyiv said its brigades had inflicted casualties on some 5,000 North Korean soldiers.',
    expect: [{ text: 'some 5,000', measure: 'nk_casualties', value: 5000 }],
  },
  {
    name: 'not troops: North Koreans "already working" in Russia, and workers who arrived',
    text: 'Some 15,000 North Koreans were already working in Russian factories, and a study of North Korean workers found about 10,000 arrived each year.',
    expect: [],
  },
  {
    name: 'a part of the whole counted after it, with a word for the whole between ("of the original 11,000")',
    text: 'Some 3,000 of the initial 12,000 North Korean troops were killed or wounded by March.',
    expect: [
      { text: 'Some 3,000', measure: 'nk_casualties', value: 3000 },
      { text: '12,000', measure: 'troops_deployed', value: 12000 },
    ],
  },
  {
    name: 'noun: "troopers", as rewritten copies of wire reports say soldiers',
    text: 'Pyongyang sent more than 11,000 troopers to Russia last autumn.',
    expect: [{ text: 'more than 11,000', measure: 'troops_deployed', value: 11000 }],
  },
  {
    name: 'planned: sending "authorized" or "approved", and an arrival "scheduled"',
    text: 'Kim Jong Un approved sending 6,000 military builders to Kursk; the arrival of 1,000 North Korean sappers is scheduled for August.',
    expect: [
      { text: '6,000', measure: 'troops_planned', value: 6000 },
      { text: '1,000', measure: 'troops_planned', value: 1000 },
    ],
  },
  {
    name: 'owner: a party\'s place ("Russia\'s Kursk") owns nothing counted after it',
    text: "North Korea, which fought to retake Russia's Kursk region, sent about 2,000 engineering troops there.",
    expect: [{ text: 'about 2,000', measure: 'troops_deployed', value: 2000 }],
  },
  {
    name: 'killed and wounded: "they have lost" people, where the sentence before names North Korean soldiers',
    text: 'Kyiv says North Korean soldiers are still thrown into assaults. So far, they have lost about 5,000 people, Zelensky said.',
    expect: [{ text: 'about 5,000', measure: 'nk_casualties', value: 5000 }],
  },
  {
    name: 'not a loss of soldiers: "they have lost" people where no North Korean soldiers are named',
    text: 'North Korean missiles struck the city again. They have lost 40 people this month, the mayor said.',
    expect: [],
  },
  {
    name: 'not North Korea\'s losses: a share of losses "caused by" North Korean fire',
    text: 'Kyiv says 40% of the losses in its brigades near Kursk last month were caused by North Korean artillery.',
    expect: [],
  },
  {
    name: 'owner: a clause opened by "with" holds no count past its comma, and "with" after a noun opens none',
    text: 'Moscow, with Pyongyang providing troops, has lost some 45,000 soldiers in Kursk, and North Korea, after a treaty with Moscow pledging aid, sent 11,000 troops.',
    expect: [
      { text: 'some 45,000', measure: 'russian_casualties', value: 45000 },
      { text: '11,000', measure: 'troops_deployed', value: 11000 },
    ],
  },
  {
    name: "not a figure: soldiers killed by Russian or North Korean fire are the other side's",
    text: 'About 200 soldiers were killed by Russian artillery in Kharkiv as North Korean troops massed in Kursk. Around 30 soldiers were wounded by North Korean drones, a brigade said.',
    expect: [],
  },
  {
    name: 'not a figure: losses inflicted by North Korean troops on another army, or on both sides at once',
    text: 'North Korean troops have inflicted casualties on 500 soldiers of the Ukrainian army, and Kyiv inflicted losses on 1,000 Russian and North Korean troops.',
    expect: [],
  },
  {
    name: 'owner: a party whose losses "suggest" a count owns it; only "point out", "saying", "stating" and "claiming" are added speakers',
    text: 'Russian losses suggest that more than 1,000 soldiers a day are being killed, while North Korea keeps sending men.',
    expect: [{ text: 'more than 1,000', measure: 'russian_casualties', value: 1000 }],
  },
  {
    name: 'troops: sappers "already working" in Kursk, and a count sent with workers beside it',
    text: 'About 1,000 North Korean sappers are already working in Kursk, and North Korea has dispatched an additional 3,000 to Russia, along with thousands of construction workers.',
    expect: [
      { text: 'About 1,000', measure: 'troops_deployed', value: 1000 },
      { text: '3,000', measure: 'troops_deployed', value: 3000 },
    ],
  },
  {
    name: 'not troops: people "from North Korea" who arrived to work, or were sent back home',
    text: 'Some 15,000 from North Korea have arrived in Russia this year to work on building sites, and 30 from North Korea were sent back home.',
    expect: [],
  },
  {
    name: 'troops: "the ages of" soldiers does not hide their count',
    text: 'Records show the ages of 11,000 North Korean soldiers sent to Russia ranged from 18 to 35.',
    expect: [{ text: '11,000', measure: 'troops_deployed', value: 11000 }],
  },
  {
    name: "not a share of Russia's ammunition: a share of North Korea's shells said later to be defective or inoperable",
    text: 'Kyiv says well over half of the two million artillery shells sent to Russia from North Korea were found to be defective.',
    expect: [{ text: 'two million', measure: 'artillery_shells', value: 2000000 }],
  },
  {
    name: "a part said to be from North Korea is the count; the whole it is part of is not North Korea's",
    text: 'Three of the seven missiles fired at Zaporizhzhia were from North Korea, prosecutors said.',
    expect: [{ text: 'Three', measure: 'missiles_rockets', value: 3 }],
  },
  {
    name: 'owner: what North Korea "provided", "supplied" or "delivered" is North Korea\'s, whoever used it',
    text: 'Russia has fired at least 80 ballistic missiles supplied by North Korea at Ukrainian cities.',
    expect: [{ text: 'at least 80', measure: 'missiles_rockets', value: 80 }],
  },
  {
    name: "shells: a launcher's own shells are shells; the launchers are no figure",
    text: 'North Korea sent 300,000 multiple rocket launcher shells and 120 multiple rocket launchers to Russia.',
    expect: [{ text: '300,000', measure: 'artillery_shells', value: 300000 }],
  },
  {
    name: 'containers: "ammunition containers" are containers, not shells',
    text: 'Satellite images show about 3,000 ammunition containers moved from North Korea to Russia.',
    expect: [{ text: 'about 3,000', measure: 'containers', value: 3000 }],
  },
  {
    name: 'not North Korea\'s losses: casualties "from both sides" of the war',
    text: 'As North Korean troops joined the fighting, military casualties from both sides passed one million.',
    expect: [],
  },
  {
    name: 'shipments: journeys of a named arms ship',
    text: 'The Angara carried North Korean ammunition to Russia on at least 11 journeys in 2024.',
    expect: [{ text: 'at least 11', measure: 'shipments', value: 11 }],
  },
  {
    name: 'killed and wounded: two counts joined by "and" share the noun and owner said after the second',
    text: 'A Ukrainian drone unit says it killed 45 and wounded 60 North Korean soldiers in a week.',
    expect: [
      { text: '45', measure: 'nk_killed', value: 45 },
      { text: '60', measure: 'nk_wounded', value: 60 },
    ],
  },
  {
    name: "not North Korea's: more people than its forces could have, where no party is named",
    text: "Reports on North Korea's troops note that casualties in the Russia-Ukraine war have now passed 1.2 million.",
    expect: [],
  },
  {
    name: "a count named North Korea's keeps its size however large",
    text: 'Zelensky warned that North Korea could send as many as 150,000 soldiers to Russia.',
    expect: [{ text: 'as many as 150,000', measure: 'troops_planned', value: 150000 }],
  },
  {
    name: 'not aid: a sanctions cap on the oil North Korea may import',
    text: 'Russia now gives North Korea more oil than the UN cap of 500,000 barrels a year.',
    expect: [],
  },
  {
    name: 'owner: the party after "the number of" or "the casualties of" owns the count',
    text: 'The number of Russian soldiers killed in Kursk exceeded 20,000 as North Korea sent troops, and the total casualties of Russian troops have surpassed one million.',
    expect: [
      { text: 'exceeded 20,000', measure: 'russian_casualties', value: 20000 },
      { text: 'one million', measure: 'russian_casualties', value: 1000000 },
    ],
  },
  {
    name: "owner: a pair of both sides joined by a hyphen or a slash owns neither side's losses",
    text: 'Kyiv says joint Russian-North Korean units suffered about 300 casualties, and North Korean/Russian forces lost 200 more.',
    expect: [],
  },
  {
    name: 'owner: a place named by a party\'s adjective ("to demine Russian territory") owns nothing counted after it',
    text: 'Kim Jong Un will send 1,000 sappers to demine Russian territory, as well as 5,000 military builders.',
    expect: [
      { text: '1,000', measure: 'troops_planned', value: 1000 },
      { text: '5,000', measure: 'troops_planned', value: 5000 },
    ],
  },
  {
    name: 'owner: "supplied by North Korea" said of a part ("including dozens supplied by…") does not make the whole North Korea\'s',
    text: 'Russia has launched more than 1,000 ballistic missiles, including dozens supplied by North Korea. Russia has lost 50,000 troops, including some sent by North Korea.',
    expect: [{ text: '50,000', measure: 'russian_casualties', value: 50000 }],
  },
  {
    name: 'not a figure: the whole a share of "came from" North Korea is Russia\'s fire, not North Korea\'s',
    text: 'About half of the 10 million shells Russia fired last year came from North Korea. Half of the 40 missiles fired at Kyiv came from North Korea.',
    expect: [{ text: 'About half', measure: 'share_of_russian_ammo', value: 50 }],
  },
  {
    name: 'share of Russia\'s ammunition: shells said defective in another clause, or factories "working", leave the share',
    text: "North Korea now supplies about half of Russia's artillery shells, though many of them are defective, and its factories are working at full capacity.",
    expect: [{ text: 'about half', measure: 'share_of_russian_ammo', value: 50 }],
  },
  {
    name: 'owner: forces made up for ("to replenish the ranks of Russian forces", "the losses of Russian forces") are no owner',
    text: 'North Korea has sent troops to make up for the losses of Russian forces, about 11,000 so far. It sent 3,000 more troops to replenish the ranks of Russian forces.',
    expect: [
      { text: 'about 11,000', measure: 'troops_deployed', value: 11000 },
      { text: '3,000', measure: 'troops_deployed', value: 3000 },
    ],
  },
  {
    name: 'owner: losses "are put at" a number belong to the party before them; casualties "are estimated at" one too',
    text: 'Casualties of Russian troops in Kursk are estimated at 40,000, while North Korean losses are put at 4,000.',
    expect: [
      { text: '40,000', measure: 'russian_casualties', value: 40000 },
      { text: '4,000', measure: 'nk_casualties', value: 4000 },
    ],
  },
  {
    name: 'troops: "the number of" active-duty or fresh troops is a count of troops there',
    text: 'The number of active-duty North Korean soldiers fighting in Kursk is about 11,000, and the number of fresh North Korean troops arriving has reached 3,000.',
    expect: [
      { text: 'about 11,000', measure: 'troops_deployed', value: 11000 },
      { text: '3,000', measure: 'troops_deployed', value: 3000 },
    ],
  },
  {
    name: 'owner: a hyphenated pair before an alliance or a trade owns nothing; "both sides" as speakers owns nothing either',
    text: 'The Russian-North Korean alliance has brought some 11,000 troops to Kursk, and both sides now admit that 3 million shells were sent.',
    expect: [
      { text: 'some 11,000', measure: 'troops_deployed', value: 11000 },
      { text: '3 million', measure: 'artillery_shells', value: 3000000 },
    ],
  },
  {
    name: 'not North Korea\'s: losses "on both sides", of "each side" or of "both armies"',
    text: 'As North Korean troops fought in Kursk, casualties on both sides exceeded 1,000, each side lost about 500 soldiers and both armies lost 200 tanks.',
    expect: [],
  },
  {
    name: 'troops to come may exceed what North Korea has sent; no party named',
    text: 'North Korea may send more: up to 200,000 soldiers could eventually be dispatched, according to Ukrainian estimates.',
    expect: [{ text: 'up to 200,000', measure: 'troops_planned', value: 200000 }],
  },
  {
    name: 'killed and wounded: joined counts with a comma or "another"; not people at large',
    text: 'Ukrainian forces killed 77, and wounded another 40 North Korean soldiers. North Korean missiles killed 25 and injured 100 people in Kyiv.',
    expect: [
      { text: '77', measure: 'nk_killed', value: 77 },
      { text: '40', measure: 'nk_wounded', value: 40 },
    ],
  },
  {
    name: "owner: a Russian official before a count of troops speaks of them; Russia's own losses stay Russia's",
    text: 'Russian Security Council Secretary Sergei Shoigu mentioned the deployment of 5,000 construction workers and 1,000 North Korean sappers. Russian Defence Minister Andrei Belousov said 30,000 troops were lost in Kursk as North Korean troops arrived.',
    expect: [
      { text: '5,000', measure: 'troops_deployed', value: 5000 },
      { text: '1,000', measure: 'troops_deployed', value: 1000 },
      { text: '30,000', measure: 'russian_casualties', value: 30000 },
    ],
  },
  {
    name: 'sent: "another" troops joined to a count sent just before were sent too, unless a verb to come is their own',
    text: 'North Korea sent over 11,000 troops to Russia in 2024, and another 3,000 in the early months of this year. It has sent 15,000 troops and plans to send another 6,000.',
    expect: [
      { text: 'over 11,000', measure: 'troops_deployed', value: 11000 },
      { text: '3,000', measure: 'troops_deployed', value: 3000 },
      { text: '15,000', measure: 'troops_deployed', value: 15000 },
      { text: '6,000', measure: 'troops_planned', value: 6000 },
    ],
  },
  {
    name: 'troops: a unit\'s size hyphened to its number ("a 1,500-strong special operations unit")',
    text: 'A 1,500-strong North Korean special operations unit has already been deployed near Kursk.',
    expect: [{ text: '1,500', measure: 'troops_deployed', value: 1500 }],
  },
  {
    name: 'sent: a verb in quotes after the count; a party that "believed" a count, or that troops "entered", owns none',
    text: 'Of the 10,000 North Korean troops believed by the United States to have entered Russia, up to 8,000 "have been deployed to the Kursk region".',
    expect: [
      { text: '10,000', measure: 'troops_deployed', value: 10000 },
      { text: 'up to 8,000', measure: 'troops_deployed', value: 8000 },
    ],
  },
  {
    name: 'not a figure: places "captured" are no people, whoever captured them',
    text: 'Kyiv captured dozens of border settlements in the operation, as North Korean troops arrived.',
    expect: [],
  },
  {
    name: "owner: a part said to be made in or developed by North Korea is North Korea's, whoever fired the whole",
    text: 'Three of the eight missiles Russia launched at Zaporizhzhia on March 3 were developed by North Korea, police said.',
    expect: [{ text: 'Three', measure: 'missiles_rockets', value: 3 }],
  },
  {
    name: 'losses: up to two words between the verb of a toll and its number ("has surpassed a staggering")',
    text: "As North Korea sends troops, Russia's military death toll has surpassed a staggering 250,000.",
    expect: [{ text: '250,000', measure: 'russian_casualties', value: 250000 }],
  },
  {
    name: "not a figure: a Russian official's count of Russia's own troops, North Korea named only in another clause",
    text: 'Russian Defence Minister Andrei Belousov said 70,000 troops are deployed in Kursk, in a speech that thanked North Korea.',
    expect: [],
  },
  {
    name: "not a deployment: a unit's size that is an army's, or a unit of workers",
    text: "North Korea's 600,000-strong reserve force stays home, and a 250-strong contingent of North Korean workers arrived in Vladivostok.",
    expect: [],
  },
  {
    name: 'planned: "another" troops joined to troops sent, with a verb of their own to come',
    text: 'North Korea sent 11,000 troops and another 3,000 are preparing to leave for Russia.',
    expect: [
      { text: '11,000', measure: 'troops_deployed', value: 11000 },
      { text: '3,000', measure: 'troops_planned', value: 3000 },
    ],
  },
  {
    name: 'owner: a speaker before losses it reports ("Ukraine\'s special forces said they killed 50") is no owner of them',
    text: "Ukraine's special forces said they killed 50 in an ambush in the Kursk region, where North Korean troops attack.",
    expect: [{ text: '50', measure: 'nk_killed', value: 50 }],
  },
  {
    name: 'troops: "members from its special forces unit"; wounded: "sustaining injuries"',
    text: 'North Korea plans to send about 12,000 members from its special forces unit; 300 North Korean soldiers died, with another 2,700 sustaining injuries.',
    expect: [
      { text: 'about 12,000', measure: 'troops_planned', value: 12000 },
      { text: '300', measure: 'nk_killed', value: 300 },
      { text: '2,700', measure: 'nk_wounded', value: 2700 },
    ],
  },
  {
    name: "not troops: foreigners Russia recruits are no side's troops the measures count",
    text: 'Russia recruits tens of thousands of foreigners to fight in Ukraine, while North Korea sends its own soldiers.',
    expect: [],
  },
  {
    name: 'share of Russia\'s ammunition: a whole in grouped digits keeps its clause ("half of the 2,000,000 shells … are defective")',
    text: 'Over half of the 2,000,000 artillery shells sent to Russia from North Korea are defective, Kyiv says.',
    expect: [{ text: '2,000,000', measure: 'artillery_shells', value: 2000000 }],
  },
  {
    name: 'owner: a party something else came from ("support from Moscow") owns no troops counted after it',
    text: 'Kim Jong Un has gained, winning support from Moscow after sending thousands of troops to the front.',
    expect: [{ text: 'thousands', measure: 'troops_deployed' }],
  },
  {
    name: 'troops: a bare count said to fight for Russia ("about 10,000 are thought to be fighting for Moscow"); not for Ukraine',
    text: 'Some 10,000 are thought to be fighting for Moscow in Kursk, North Korea admits. Some 20,000 are fighting for Ukraine there.',
    expect: [{ text: 'Some 10,000', measure: 'troops_deployed', value: 10000 }],
  },
  {
    name: 'troops: people sent to Russia are troops; not people sent there to work',
    text: 'About 12,000 people have been sent to Russia so far, Seoul says. North Korea sent 3,000 people to Russia to work in factories.',
    expect: [{ text: 'About 12,000', measure: 'troops_deployed', value: 12000 }],
  },
  {
    name: 'shipments: voyages and wagons on the arms route need not name their cargo; not oil, not a rate of port calls',
    text: 'The ships made at least 32 trips to North Korea. Satellite images show 73 freight cars at the Tumangang rail station. North Korean oil tankers made 43 trips to Rajin. Russian ships called at Rason at least three times a month.',
    expect: [
      { text: 'at least 32', measure: 'shipments', value: 32 },
      { text: '73', measure: 'shipments', value: 73 },
    ],
  },
  {
    name: 'troops: the force a loss was counted of ("out of a total deployment of 15,000", "out of the 12,000 initially deployed")',
    text: 'About 600 North Korean troops have been killed out of a total deployment of 15,000, lawmakers said. Some 4,000 troops were reported killed or injured out of the 12,000 initially deployed to Russia.',
    expect: [
      { text: 'About 600', measure: 'nk_killed', value: 600 },
      { text: '15,000', measure: 'troops_deployed', value: 15000 },
      { text: 'Some 4,000', measure: 'nk_casualties', value: 4000 },
      { text: '12,000', measure: 'troops_deployed', value: 12000 },
    ],
  },
  {
    name: 'losses: a noun\'s modifiers that rate it ("600 confirmed deaths", "100 of its best troops"); "reported as battle casualties"',
    text: "North Korea has suffered around 600 confirmed deaths. More than 100 of North Korea's best troops have been killed. Of the 11,000 troops sent from North Korea, 4,000 have been reported as battle casualties.",
    expect: [
      { text: 'around 600', measure: 'nk_killed', value: 600 },
      { text: 'More than 100', measure: 'nk_killed', value: 100 },
      { text: '11,000', measure: 'troops_deployed', value: 11000 },
      { text: '4,000', measure: 'nk_casualties', value: 4000 },
    ],
  },
  {
    name: 'not troops: North Koreans counted entering Russia in migration figures; troops where the sentence says so',
    text: 'Immigration figures show that 13,221 North Koreans entered Russia in 2024, up from 1,117 in 2023. About 10,000 North Koreans are fighting for Russia in Kursk.',
    expect: [{ text: 'About 10,000', measure: 'troops_deployed', value: 10000 }],
  },
  {
    name: 'payment for weapons: money "from arms and military assistance", and what the war earned ("a $20 billion bonanza")',
    text: 'Pyongyang pocketed more than $20 billion from arms and military assistance. How North Korea turned the war into a $20 billion bonanza.',
    expect: [
      { text: 'more than $20 billion', measure: 'payment_for_weapons', value: 20e9 },
      { text: '$20 billion', measure: 'payment_for_weapons', value: 20e9 },
    ],
  },
  {
    name: 'owner: a pair a relation is between owns nothing ("the arms trade between Pyongyang and Moscow"); "given Moscow" is a recipient',
    text: 'The arms trade between Pyongyang and Moscow is active, with more than a million artillery shells given to Russia. The North has given Moscow "some 11,000 troops," an official said.',
    expect: [
      { text: 'more than a million', measure: 'artillery_shells', value: 1e6 },
      { text: 'some 11,000', measure: 'troops_deployed', value: 11000 },
    ],
  },
  {
    name: 'troops: soldiers said to be sent are no losses though a count of casualties stands earlier in the sentence',
    text: "While North Korea hasn't confirmed the number of casualties, reports suggest that over 10,000 soldiers were dispatched.",
    expect: [{ text: 'over 10,000', measure: 'troops_deployed', value: 10000 }],
  },
  {
    name: 'troops: a bare count fighting on the front lines is troops there, not where it fights for Ukraine; "eight more neutralized" were killed',
    text: 'As many as 8,000 North Koreans remain, and some 7,000 are fighting on the front lines in Kursk. Some 20,000 are fighting on the front lines for Ukraine. Five North Korean soldiers were killed and eight more neutralized by drones.',
    expect: [
      { text: 'As many as 8,000', measure: 'troops_deployed', value: 8000 },
      { text: 'some 7,000', measure: 'troops_deployed', value: 7000 },
      { text: 'Five', measure: 'nk_killed', value: 5 },
      { text: 'eight', measure: 'nk_killed', value: 8 },
    ],
  },
  {
    name: 'owner: ", sending thousands of troops" is said of the sentence\'s subject, not of a party named between',
    text: "North Korea has become one of Russia's main allies since it invaded Ukraine, sending thousands of troops to help the Kremlin. Russia launched an offensive in Kharkiv, sending 10,000 troops across the border.",
    expect: [{ text: 'thousands', measure: 'troops_deployed' }],
  },
  {
    name: "owner: soldiers killed by North Korea's forces are not its dead; Russia's where its side is named (Chechen, allies)",
    text: 'North Korean troops opened fire on the Chechen detachment in Kursk, accidentally killing eight servicemen. North Korean mercenaries killed eight of their Russian partners. North Korean troops killed 30 soldiers in Kursk, Pyongyang claims. Ukraine says it killed 50 North Korean soldiers.',
    expect: [
      { text: 'eight', measure: 'russian_casualties', value: 8 },
      { text: 'eight', measure: 'russian_casualties', value: 8 },
      { text: '50', measure: 'nk_killed', value: 50 },
    ],
  },
  {
    name: 'russian casualties: Chechen and Kadyrovite soldiers are Russia\'s; a friendly fire "fatal for" them',
    text: 'The friendly fire by North Korean troops proved fatal for eight Chechen fighters, and the deaths of two Kadyrovite soldiers followed.',
    expect: [
      { text: 'eight', measure: 'russian_casualties', value: 8 },
      { text: 'two', measure: 'russian_casualties', value: 2 },
    ],
  },
  {
    name: 'casualties: "have died or been injured" is killed and wounded together, not killed',
    text: 'About 4,000 North Koreans have died or been injured since last month, and 3,800 North Korean soldiers had "died or been wounded" in Kursk.',
    expect: [
      { text: 'About 4,000', measure: 'nk_casualties', value: 4000 },
      { text: '3,800', measure: 'nk_casualties', value: 3800 },
    ],
  },
  {
    name: 'captured: a few soldiers told of as prisoners in their own clause, or pointed back at in a sentence on prisoners',
    text: 'As with all prisoners of war, these two North Korean soldiers are receiving care. The two wounded soldiers are in the custody of the SBU. A video shows two North Korean soldiers being interrogated after their capture.',
    expect: [
      { text: 'two', measure: 'nk_captured', value: 2 },
      { text: 'two', measure: 'nk_captured', value: 2 },
      { text: 'two', measure: 'nk_captured', value: 2 },
    ],
  },
  {
    name: 'not captured: soldiers in the next sentence or another clause, doing something else; a captured village',
    text: 'Ukraine captured two North Korean soldiers in January. Another six soldiers escaped, the SBU said. Two North Korean prisoners of war said they had seen 10 soldiers die. Ukraine says it holds two North Korean POWs, and that four soldiers had asked to defect. Ukraine captured a village as 30 soldiers advanced.',
    expect: [
      { text: 'two', measure: 'nk_captured', value: 2 },
      { text: 'Two', measure: 'nk_captured', value: 2 },
      { text: 'two', measure: 'nk_captured', value: 2 },
    ],
  },
  {
    name: 'owner: a kill\'s doer is no party the strike fell on, nor the object of a verb joined before it; "executed" soldiers were killed',
    text: 'HIMARS strikes on North Korean troops in Kursk killed 100 last week. Russian commanders had executed 20 North Korean soldiers and killed 5 who tried to surrender.',
    expect: [
      { text: '100', measure: 'nk_killed', value: 100 },
      { text: '20', measure: 'nk_killed', value: 20 },
      { text: '5', measure: 'nk_killed', value: 5 },
    ],
  },
  {
    name: 'missiles: given as assistance, or of the models sent to Russia, are in the war; not tests into the sea',
    text: "North Korea's assistance also included rocket launchers and at least 100 ballistic missiles. These are in addition to over 100 KN-23 and KN-24 missiles.",
    expect: [
      { text: 'at least 100', measure: 'missiles_rockets', value: 100 },
      { text: 'over 100', measure: 'missiles_rockets', value: 100 },
    ],
  },
  {
    name: 'casualties: North Korea named as having lost people in a sentence on the war, soldiers unnamed',
    text: "Ukraine's president said North Korea does not value its people and had lost four-thousand people.",
    expect: [{ text: 'four-thousand', measure: 'nk_casualties', value: 4000 }],
  },
  {
    name: "not: North Korea's missile tests into the sea, nor its people lost to floods",
    text: 'North Korea fired two ballistic missiles into the sea on Tuesday.\n\nNorth Korea lost 4,000 people in the floods.',
    expect: [],
  },
  {
    name: 'owner: people from a party are its own ("units from Russia lost 40,000 men"); a pair without North Korea still owns its count',
    text: "While North Korea sent 11,000 troops, units from Russia lost 40,000 men in Kursk. Clashes between Russian and Ukrainian troops near Sudzha killed 300 soldiers before North Korea's troops arrived.",
    expect: [
      { text: '11,000', measure: 'troops_deployed', value: 11000 },
      { text: '40,000', measure: 'russian_casualties', value: 40000 },
    ],
  },
  {
    name: 'not troops: others fighting for Russia, people sent to Russia on tours or to study, wagons of coal, fuel voyages',
    text: "Kyiv says about 15,000 are fighting for Russia, besides North Korea's troops. Around 400 people were sent to Russia on a tourist charter from North Korea. Satellite images show 40 railcars at Khasan loaded with coal for North Korea. Russian tankers made 40 voyages to North Korea to deliver fuel.",
    expect: [],
  },
  {
    name: 'not payment: what the war earned or cost others ("Russia has lost $1 trillion from the war", "from the war chest")',
    text: "Russia has lost $1 trillion from the war, while North Korea profits. The Kremlin has spent $100 billion from the war chest since North Korea's troops arrived.",
    expect: [],
  },
  {
    name: "owner: North Korea's forces killing their own; the dead of a kill by them after Russia's side is named elsewhere are the other side's",
    text: "North Korea's army killed 40 of its own soldiers to prevent their capture. Fighting alongside Russian forces, North Korean troops killed 200 soldiers near Sudzha, Pyongyang claimed.",
    expect: [{ text: '40', measure: 'nk_killed', value: 40 }],
  },
  {
    name: 'planned: a quotation opening after "will", "should … soon arrive", "projected to begin", "who were set to serve"',
    text: 'Shoigu said North Korea will "send 1,000 sappers to Russia." A contingent of 2,600 North Korean troops should allegedly soon arrive in Kursk. The dispatch of 6,000 more North Korean military personnel is projected to begin in July. They were the first of around 11,000 North Korean troops who were set to serve alongside Russian forces.',
    expect: [
      { text: '1,000', measure: 'troops_planned', value: 1000 },
      { text: '2,600', measure: 'troops_planned', value: 2600 },
      { text: '6,000', measure: 'troops_planned', value: 6000 },
      { text: 'around 11,000', measure: 'troops_planned', value: 11000 },
    ],
  },
  {
    name: 'russian casualties: "paramilitary" soldiers, and "the elimination of" servicemen',
    text: 'Eight Russian paramilitary soldiers were killed by North Korean troops. A strike resulted in the elimination of 18 Russian servicemen near North Korean positions.',
    expect: [
      { text: 'Eight', measure: 'russian_casualties', value: 8 },
      { text: '18', measure: 'russian_casualties', value: 18 },
    ],
  },
  {
    name: 'nouns: "service personnel", "total casualties"; engineers "assigned to mine-clearing"; ", with up to 5,000 troops" of the subject',
    text: 'About 2,000 North Korean service personnel sent to Russia have been killed. North Korea has suffered approximately 4,700 total casualties. The NIS confirmed that approximately 1,000 North Korean engineers have been assigned to mine-clearing tasks. North Korean troops have been gathering in a region that borders Ukraine, with up to 5,000 troops expected to assemble by Monday.',
    expect: [
      { text: 'About 2,000', measure: 'nk_killed', value: 2000 },
      { text: 'approximately 4,700', measure: 'nk_casualties', value: 4700 },
      { text: 'approximately 1,000', measure: 'troops_deployed', value: 1000 },
      { text: 'up to 5,000', measure: 'troops_planned', value: 5000 },
    ],
  },
  {
    name: "not troops sent: on parade, taken back home, a unit's size in general; foreign recruits are no North Korean troops",
    text: "Thousands of North Korean military personnel will march in formation through Kim Il Sung Square. Some 2,000 North Korean soldiers have been taken back to North Korea. The size of a North Korean battalion can vary, often ranging from 300 to 1,000 troops. The total number of foreign recruits beside North Korea's runs into the tens of thousands.",
    expect: [],
  },
  {
    name: 'troops sent: unless the count\'s own verb sends them; a headline\'s "sends an extra 3,000" was sent; "by deploying" is the subject\'s',
    text: 'North Korea has sent 11,000 troops to Russia, where they were seen in a parade. North Korea sends an extra 3,000 troops to help Russia. North Korea "supported Russia\'s recapture of Kursk by deploying 18,000 troops", Lee said.',
    expect: [
      { text: '11,000', measure: 'troops_deployed', value: 11000 },
      { text: '3,000', measure: 'troops_deployed', value: 3000 },
      { text: '18,000', measure: 'troops_deployed', value: 18000 },
    ],
  },
  {
    name: "owner: the people lost in a party's strike are the other side's, unless named; missiles used in its attacks stay North Korea's",
    text: 'At least 5 killed, 55 injured in Russian missile strike on Izium, near North Korean positions. Ten North Korean soldiers were killed in a Ukrainian drone strike. At least 24 missiles produced in North Korea have been used in Russian missile attacks on Ukraine.',
    expect: [
      { text: 'Ten', measure: 'nk_killed', value: 10 },
      { text: 'At least 24', measure: 'missiles_rockets', value: 24 },
    ],
  },
  {
    name: 'grammar and nouns: a multiplier is no count ("a 2.5-fold surge"); "pieces of artillery ammunition"; "the casualties of" soldiers',
    text: 'North Korean arrivals marked a 2.5-fold surge. About 1.5 million pieces of artillery ammunition were sent to Russia by North Korea. A briefing on the casualties of more than 1,000 North Korean soldiers shocked Seoul.',
    expect: [
      { text: 'About 1.5 million', measure: 'artillery_shells', value: 1.5e6 },
      { text: 'more than 1,000', measure: 'nk_casualties', value: 1000 },
    ],
  },
  {
    name: "troops sent stay sent though the sentence speaks of tactics, a division's size, a parade or recapture",
    text: "North Korea's 11,000 troops in Kursk typically fight in small assault groups. Some 14,000 North Korean soldiers are now in Russia, roughly the size of a division. The deployment of around 12,000 North Korean troops was celebrated at a military parade. Russia says it has taken back Kursk with the help of about 12,000 North Korean soldiers.",
    expect: [
      { text: '11,000', measure: 'troops_deployed', value: 11000 },
      { text: 'Some 14,000', measure: 'troops_deployed', value: 14000 },
      { text: 'around 12,000', measure: 'troops_deployed', value: 12000 },
      { text: 'about 12,000', measure: 'troops_deployed', value: 12000 },
    ],
  },
  {
    name: 'troops there, not to come: "should have 11,000 by now", losses "projected to rise", troops "expected to remain"',
    text: 'Analysts say North Korea should have about 11,000 troops in Kursk by now. Losses among the 11,000 North Korean troops are projected to rise.',
    expect: [
      { text: 'about 11,000', measure: 'troops_deployed', value: 11000 },
      { text: '11,000', measure: 'troops_deployed', value: 11000 },
    ],
  },
  {
    name: "owner: soldiers lost in a ground offensive or another's strike are not the striker's victims; another party as the origin",
    text: "Roughly 600 troops were lost in the Russian offensive in Kursk, most of them North Korean infantry. Russia received 2 million pieces of artillery ammunition from Iran and Belarus, compared with North Korea's 12 million.",
    expect: [{ text: 'Roughly 600', measure: 'nk_casualties', value: 600 }],
  },
  {
    name: 'planned: a sending announced as under way ("is sending another 6,000", "agreed to provide"); aid to another party is no aid to North Korea',
    text: 'Russia says Kim Jong Un is sending another 6,000 people to Kursk. Pyongyang had agreed to provide 1,000 North Korean sappers. Western backers said they would make $50 billion available to aid Ukraine against Russia.',
    expect: [
      { text: '6,000', measure: 'troops_planned', value: 6000 },
      { text: '1,000', measure: 'troops_planned', value: 1000 },
    ],
  },
  {
    name: 'losses: kills said as "kills", "wiped out", "mowed down"; troops "of Kim Jong-un\'s"',
    text: "Drone Warfare Kills 100 North Korean Troops. Ukrainian troops have wiped out at least 40 North Korean soldiers. At least 100 of Kim's men were mowed down this week. Some 4,000 of Kim Jong-un's troops have been killed or wounded.",
    expect: [
      { text: '100', measure: 'nk_killed', value: 100 },
      { text: 'at least 40', measure: 'nk_killed', value: 40 },
      { text: 'At least 100', measure: 'nk_killed', value: 100 },
      { text: 'Some 4,000', measure: 'nk_casualties', value: 4000 },
    ],
  },
  {
    name: "owner: the dead of a strike that is the kill's subject are the other side's, unless North Korea's forces are its target",
    text: 'A devastating missile strike killed 12 in Kyiv, where North Korean missiles had fallen before. HIMARS strikes on North Korean troops in Kursk killed 100 last week.',
    expect: [{ text: '100', measure: 'nk_killed', value: 100 }],
  },
  {
    name: "owner: soldiers killed or captured by Ukraine's side are the side named between the deed and them, or in their own clause; no one's where neither is",
    text: 'But Kyiv captured two soldiers in Kursk over the weekend who are thought to be North Korean. Ukrainian special forces attacked a column of North Korean soldiers, killing 21. Ukrainian forces killed 40 Russian soldiers near Sudzha. Ukrainian drones killed 300 soldiers near Kupiansk on Tuesday, days after North Korea sent more troops. Kyiv captured dozens of border settlements.',
    expect: [
      { text: 'two', measure: 'nk_captured', value: 2 },
      { text: '21', measure: 'nk_killed', value: 21 },
      { text: '40', measure: 'russian_casualties', value: 40 },
    ],
  },
  {
    name: 'captured: a few soldiers who survived, in a sentence naming the service that holds them; not soldiers who escaped',
    text: 'Zelensky said Ukraine captured North Korean soldiers. Two soldiers, though wounded, survived and were transported to Kyiv, where they are now communicating with the Security Service of Ukraine. Another six soldiers escaped, the SBU said.',
    expect: [{ text: 'Two', measure: 'nk_captured', value: 2 }],
  },
  {
    name: 'planned: a bare "number" said to rise or reach a count, in a sentence about troops; not the number of refugees',
    text: 'North Korean troops arrived in Kursk. The ambassador said that the number could rise to 15,000, with troops possibly being exchanged. The total number is expected to reach 12,000, he said, with 3,000 having been deployed already. Officials said the number of refugees could rise to 15,000.',
    expect: [
      { text: '15,000', measure: 'troops_planned', value: 15000 },
      { text: '12,000', measure: 'troops_planned', value: 12000 },
      { text: '3,000', measure: 'troops_deployed', value: 3000 },
    ],
  },
  {
    name: 'casualties: people or individuals counted after losses named in the passage on North Korea; not civilians',
    text: 'North Korea sent troops to Kursk. Western sources, however, estimate the number of losses at least 6,000 people. North Korean troop losses in the Kursk region have reached 4,000 individuals. Civilian casualties in the region have reached 12,000 people.',
    expect: [
      { text: 'at least 6,000', measure: 'nk_casualties', value: 6000 },
      { text: '4,000', measure: 'nk_casualties', value: 4000 },
    ],
  },
  {
    name: 'losses: soldiers who "got killed", a force that "loses" soldiers; "NK" soldiers are North Korea\'s',
    text: 'Some people think at least 1,000 North Korean soldiers got killed in three months. The North Korean contingent loses about 92 soldiers daily. Yet recently Ukrainians have successfully captured two NK soldiers alive.',
    expect: [
      { text: 'at least 1,000', measure: 'nk_killed', value: 1000 },
      { text: 'about 92', measure: 'nk_casualties', value: 92 },
      { text: 'two', measure: 'nk_captured', value: 2 },
    ],
  },
  {
    name: 'owner: "its" troops are not of a party something came from; a sender named right after the noun owns it',
    text: 'North Korea is set to receive fighter jets from Moscow as compensation for sending thousands of its troops to Russia. Russia will provide North Korea with jets in exchange for the thousands of troops Pyongyang has reportedly sent. North Korean troops make up a tiny fraction of the more than 600,000 soldiers Russia has deployed in Ukraine.',
    expect: [
      { text: 'thousands', measure: 'troops_deployed', value: { low: 2000, high: 9000 } },
      { text: 'thousands', measure: 'troops_deployed', value: { low: 2000, high: 9000 } },
    ],
  },
  {
    name: 'not a figure: half of "a year and a half", the second term of "one in three", an army\'s size as "a military force of"',
    text: 'After a year and a half of war, Russia needs North Korean shells. The WSJ said one in three ballistic missiles were made in North Korea. With a military force of 1.2 million soldiers, North Korea has little combat experience. North Korea is sending thousands of construction workers to help rebuild a war-torn Russian border region.',
    expect: [{ text: 'thousands', measure: 'troops_planned', value: { low: 2000, high: 9000 } }],
  },
  {
    name: 'planned: a total said to pass a number later, one a force "can" deploy, "will have sent"; not "may exceed", nor "would have sent" reported',
    text: 'Reports suggest the total number of North Korean troops could eventually exceed 100,000. Analysts say North Korea can deploy up to a total of 100,000 personnel. Including the engineers, North Korea will have sent a total of 21,000 personnel to Russia. The number of North Korean troops in Russia may exceed 12,000. Pyongyang would have sent some 10,000 soldiers last year, according to the report.',
    expect: [
      { text: 'exceed 100,000', measure: 'troops_planned', value: 100000 },
      { text: '100,000', measure: 'troops_planned', value: 100000 },
      { text: '21,000', measure: 'troops_planned', value: 21000 },
      { text: 'exceed 12,000', measure: 'troops_deployed', value: 12000 },
      { text: 'some 10,000', measure: 'troops_deployed', value: 10000 },
    ],
  },
  {
    name: 'aid: goods given again in another unit in brackets ("over one million barrels (56,000 tons) of oil")',
    text: 'Since March 2024, Russia has supplied North Korea with over one million barrels (56,000 tons) of oil. Russia shipped 3 million shells (56,000 tons) to the front, North Korea said.',
    expect: [
      { text: 'over one million', measure: 'aid_to_nk', value: 1000000 },
      { text: '56,000', measure: 'aid_to_nk', value: 56000 },
    ],
  },
  {
    name: 'not a figure: North Korea\'s whole army however said, a barrage of "missiles and drones", things "of its" lost',
    text: 'North Korea has 1.2 million troops, one of the largest militaries in the world. More than 200 missiles and drones were launched by Russia at Kyiv, days after North Korea sent 148 missiles to Russia. Russia has reportedly lost over 400 of its multiple-launch rocket vehicles. Russia has lost 40,000 of its soldiers in Kursk.',
    expect: [
      { text: '148', measure: 'missiles_rockets', value: 148 },
      { text: '40,000', measure: 'russian_casualties', value: 40000 },
    ],
  },
  {
    name: "restated: another's estimates said to stand lower or higher at a number give the same figure",
    text: 'Zelenskiy put the number of killed or wounded North Koreans at 4,000, although US estimates were lower at about 1,200. North Korea sent 11,000 troops; Russian estimates stood at 40,000 rubles.',
    expect: [
      { text: '4,000', measure: 'nk_casualties', value: 4000 },
      { text: 'about 1,200', measure: 'nk_casualties', value: 1200 },
      { text: '11,000', measure: 'troops_deployed', value: 11000 },
    ],
  },
  {
    name: 'grammar: thousands grouped by an apostrophe or a low quote; a modifier in brackets before the noun; "the total" said to climb',
    text: "Over 10\u201A000 DPRK soldiers have been sent to eastern Russia. Pyongyang sent over 10'000 troops, Kyiv says. Over 10,000 (North Korean) soldiers have been sent to eastern Russia, Patel said. North Korea sent some three-thousand troops to Russia so far, with the total likely to climb to around ten-thousand by December.",
    expect: [
      { text: 'Over 10\u201A000', measure: 'troops_deployed', value: 10000 },
      { text: "over 10'000", measure: 'troops_deployed', value: 10000 },
      { text: 'Over 10,000', measure: 'troops_deployed', value: 10000 },
      { text: 'some three-thousand', measure: 'troops_deployed', value: 3000 },
      { text: 'around ten-thousand', measure: 'troops_planned', value: 10000 },
    ],
  },
  {
    name: 'a ratio of a whole is a fraction ("one in three of the 11,000 troops"); SBU captives pointed back at; guns and vehicles "of its" are things; "put it higher at"',
    text: 'One in three of the 11,000 North Korean troops has been killed or wounded, the NIS said. The two North Korean soldiers who survived are being held by the SBU in Kyiv. North Korea has sent 100 of its 170mm Koksan guns to Russia and lost 400 of its rocket vehicles. The NIS said around 1,000 North Korean soldiers were killed, while Ukraine put it higher at 3,000.',
    expect: [
      { text: 'One in three', measure: 'nk_casualties', value: 3667 },
      { text: '11,000', measure: 'troops_deployed', value: 11000 },
      { text: 'two', measure: 'nk_captured', value: 2 },
      { text: 'around 1,000', measure: 'nk_killed', value: 1000 },
      { text: '3,000', measure: 'nk_killed', value: 3000 },
    ],
  },
  {
    name: 'losses and troops: a predicate past a relative clause\'s own auxiliary; "expect it to reach a total of"; "will be"; counts of a list "in groups of"',
    text: 'A thousand North Korean troops who have been fighting in the Kursk region of Russia have been killed, officials said. The number of North Korean troops moved to Russia has increased to over 3,000, and they expect it to reach a total of 10,000 by December. Video shows the first wave of what Ukraine says will be 12,000 North Korean troops. North Korean soldiers attacked in groups of 20, 40 or even 60 men.',
    expect: [
      { text: 'A thousand', measure: 'nk_killed', value: 1000 },
      { text: 'over 3,000', measure: 'troops_deployed', value: 3000 },
      { text: '10,000', measure: 'troops_planned', value: 10000 },
      { text: '12,000', measure: 'troops_planned', value: 12000 },
    ],
  },
  {
    name: 'planned: troops a party "intends to" train or send',
    text: 'Zelenskyy says that Russia and North Korea intend to train 10,000 soldiers from various branches of the military.',
    expect: [{ text: '10,000', measure: 'troops_planned', value: 10000 }],
  },
  {
    name: 'payment for weapons: an amount "of arms and ammunition" shipped',
    text: 'North Korea has shipped as much as US$5.5 billion of arms and ammunition to Russia.',
    expect: [{ text: 'as much as US$5.5 billion', measure: 'payment_for_weapons', value: 5.5e9 }],
  },
  {
    name: 'planned and sent: a planned deployment "between Russia and North Korea", a sending expected; troops that "seem to have been dispatched"',
    text: 'We anticipate that the planned deployment of around 10,000 troops between Russia and North Korea will occur by December. The NIS said North Korea has deployed around 3,000 troops to Russia, with an expectation of sending an additional 10,000 by December. Approximately 1,500 additional North Korean troops seem to have been dispatched recently.',
    expect: [
      { text: 'around 10,000', measure: 'troops_planned', value: 10000 },
      { text: 'around 3,000', measure: 'troops_deployed', value: 3000 },
      { text: '10,000', measure: 'troops_planned', value: 10000 },
      { text: 'Approximately 1,500', measure: 'troops_deployed', value: 1500 },
    ],
  },
  {
    name: "casualties: a share of the force that North Korea's losses are said to reach; not Russia's losses, nor exports",
    text: 'The number of casualties among North Korean troops deployed on the Ukrainian front could reach up to 50% of the total deployed forces. Russian losses have reached 40% of the forces it committed. North Korean exports reached 40% of the total.',
    expect: [{ text: 'up to 50%', measure: 'nk_casualties', value: 50 }],
  },
  {
    name: "casualties: a casualty figure that accounts for a share of North Korea's deployment named in three words",
    text: "North Korean troops have lost heavily in Kursk. The casualty figure accounts for about a third of North Korea's total deployment.",
    expect: [{ text: 'about a third', measure: 'nk_casualties', value: 33 }],
  },
  {
    name: 'casualties: a share of troops whose fate is told past a long verb of sending',
    text: 'Up to 50 percent of North Korean troops deployed to support Russia in its ongoing war against Ukraine may have been injured or killed.',
    expect: [{ text: 'Up to 50 percent', measure: 'nk_casualties', value: 50 }],
  },
  {
    name: 'troops: a bare count "they will have", in a passage about troops, is to come',
    text: 'North Korean troops are arriving in Kursk. "We think that they will have 12,000 soon," Zelensky said.',
    expect: [{ text: '12,000', measure: 'troops_planned', value: 12000 }],
  },
  {
    name: 'not: a bare count "they will have" where no North Korean troops are spoken of, or another party is named',
    text: 'They will have 12,000 soon, the company said of its shares. Russia has massed 50,000 troops near Kursk, including North Korean soldiers, and by spring they will have 70,000.',
    expect: [],
  },
  {
    name: 'munitions: a bare count North Korea delivered, of the rounds or missiles the sentence before names',
    text: 'The EU promised Ukraine 1,000,000 artillery rounds. Meanwhile, North Korea delivered 350,000 to Russia. North Korea has fired ballistic missiles at Ukraine. North Korea shipped 40 to Russia last year.',
    expect: [
      { text: '350,000', measure: 'artillery_shells', value: 350000 },
      { text: '40', measure: 'missiles_rockets', value: 40 },
    ],
  },
  {
    name: 'not: a bare count delivered by another, or where shells and missiles, or containers or launchers, are named too',
    text: 'The EU promised Ukraine 1,000,000 artillery rounds. So far, we have delivered only 300,000. North Korea has sent missiles and shells. It delivered 500 to Russia. North Korea sent multiple rocket launchers and shells. North Korea delivered 120 to the Kursk front.',
    expect: [],
  },
  {
    name: 'containers: a bare count shipped after containers of munitions is not read as shells',
    text: 'North Korea has shipped 13,000 containers of munitions to Russia. In January alone, North Korea shipped 2,000.',
    expect: [{ text: '13,000', measure: 'containers', value: 13000 }],
  },
  {
    name: 'captured: a bare count "taken as prisoners of war" after a toll of North Korea\'s',
    text: 'About 4,000 North Korean troops had died or been wounded, and two were recently taken as prisoners of war.',
    expect: [
      { text: 'About 4,000', measure: 'nk_casualties', value: 4000 },
      { text: 'two', measure: 'nk_captured', value: 2 },
    ],
  },
  {
    name: 'troops: "ground troops"; a force "a significant number of whom" were lost is still the force sent',
    text: 'Sources stated that over 10,000 North Korean ground troops have been deployed to eastern Russia. The North sent an estimated 11,000 troops to the Ukraine conflict, a significant number of whom have been killed or wounded.',
    expect: [
      { text: 'over 10,000', measure: 'troops_deployed', value: 10000 },
      { text: 'an estimated 11,000', measure: 'troops_deployed', value: 11000 },
    ],
  },
  {
    name: 'not captured: soldiers a video or footage "captured"',
    text: 'A video surfaced recently that captured dozens of North Korean recruits lining up to collect Russian military fatigues. Drone footage captured 30 North Korean soldiers crossing a field.',
    expect: [
      { text: 'dozens', measure: 'troops_deployed', value: { low: 24, high: 96 } },
      { text: '30', measure: 'troops_deployed', value: 30 },
    ],
  },
  {
    name: 'killed: soldiers a memorial honoured, names added there, faces shown there',
    text: 'The first memorial event held last week honored about 100 soldiers and this time more than 200 additional names were mentioned. At the memorial, a screen showed the faces of 101 North Korean soldiers.',
    expect: [
      { text: 'about 100', measure: 'nk_killed', value: 100 },
      { text: 'more than 200', measure: 'nk_killed', value: 200 },
      { text: '101', measure: 'nk_killed', value: 101 },
    ],
  },
  {
    name: 'not widened: soldiers honoured where no memorial is named are not the dead',
    text: 'Kim honored 1,000 North Korean soldiers who fought in Kursk at a ceremony in Pyongyang.',
    expect: [{ text: '1,000', measure: 'troops_deployed', value: 1000 }],
  },
  {
    name: 'owner: the first origin named after a count is its own ("180,000 shells from Iran and 1.8 million from the DPRK")',
    text: 'Additionally, Russia received 180,000 shells from Iran and 1.8 million from the DPRK.',
    expect: [{ text: '1.8 million', measure: 'artillery_shells', value: 1800000 }],
  },
  {
    name: 'not: shells fired at the border islands as other outlets spell them, and railway cars that carried horses (the horses are aid)',
    text: 'The North Korean military launched more than 200 shells in the northern part of Bengjong Island and in the northern areas of Yongpyong Island. The first train of three special railway cars has shipped 30 pedigreed horse to North Korea from Khasan.',
    expect: [{ text: '30', measure: 'aid_to_nk', value: 30 }],
  },
  {
    name: 'not lost: North Koreans who killed others, the verb active with its object',
    text: 'Three North Koreans are said to have killed Russians. Three North Koreans killed five Russian soldiers. 300 North Korean soldiers were reportedly killed and 2,700 wounded.',
    expect: [
      { text: 'five', measure: 'russian_casualties', value: 5 },
      { text: '300', measure: 'nk_killed', value: 300 },
      { text: '2,700', measure: 'nk_wounded', value: 2700 },
    ],
  },
  {
    name: 'russian losses: soldiers North Koreans are wanted for the murder of',
    text: '"Armed and dangerous": Three North Koreans are wanted for the murder of five Russian soldiers.',
    expect: [{ text: 'five', measure: 'russian_casualties', value: 5 }],
  },
  {
    name: 'not: a loss told in a relative clause after the share\'s own verb ("are replacements for soldiers that have been killed")',
    text: 'Some 20% of the North Korean troops deployed to support Russia in its war are replacements for soldiers that have been killed.',
    expect: [],
  },
  {
    name: 'money: received "in return for its military support" is paid for arms and troops, counted as arms; goods valued right before stay aid',
    text: 'North Korea likely received around 28 trillion won ($20 billion) in return for its military support. Russia supplied North Korea with oil worth $500 million in return for its military support.',
    expect: [
      { text: 'around 28 trillion won', measure: 'payment_for_weapons', value: 28e12 },
      { text: '$20 billion', measure: 'payment_for_weapons', value: 2e10 },
      { text: '$500 million', measure: 'aid_to_nk', value: 5e8 },
    ],
  },
  {
    name: "aid: things Russia gave North Korea's leader, counted where he is named receiving them",
    text: 'Kim was also gifted five one-way attack drones and a reconnaissance drone. The "leader of the DPRK received five kamikaze drones," TASS said. North Korean leader Kim Jong-un received three gifts from Russian President Vladimir Putin.',
    expect: [
      { text: 'five', measure: 'aid_to_nk', value: 5 },
      { text: 'five', measure: 'aid_to_nk', value: 5 },
      { text: 'three', measure: 'aid_to_nk', value: 3 },
    ],
  },
  {
    name: 'not aid: drones North Korea received from another country, or sent',
    text: 'North Korea received 100 drones from Iran. North Korea sent 1,000 drones to Russia.',
    expect: [],
  },
  {
    name: 'money: earned "by providing military equipment" is paid for arms',
    text: 'The report also estimates that North Korea earned approximately $5.4 billion by providing military equipment to Russia.',
    expect: [{ text: 'approximately $5.4 billion', measure: 'payment_for_weapons', value: 5.4e9 }],
  },
  {
    name: 'not troops: North Koreans a firm expects to employ, or sent to assist in various sectors',
    text: 'A Moscow-based construction firm expects to employ 300 North Koreans. South Korean intelligence suggests that over 50,000 North Koreans are expected to be dispatched to assist in various sectors, particularly construction.',
    expect: [],
  },
  {
    name: 'russian losses: a quote opened after the loss verb; a monthly casualty rate in servicemembers',
    text: "North Korean forces kill Russian troops as Putin loses '1,000 soldiers' in past day. Officials estimated that the Russian monthly casualty rate is between 20,000 and 35,000 servicemembers, while North Korea sent troops.",
    expect: [
      { text: '1,000', measure: 'russian_casualties', value: 1000 },
      { text: 'between 20,000 and 35,000', measure: 'russian_casualties', value: { low: 20000, high: 35000 } },
    ],
  },
  {
    name: 'not: a toll of civilians, passengers or crew in a round-up that names North Korea elsewhere',
    text: 'North Korean troops fought on in Kursk. Elsewhere, Russia struck Ukrainian cities overnight. In the southern Odesa region, one person died and three were injured according to prosecutors there. Of the 62 passengers and five crew, 38 were killed. One person was killed and nine wounded in a Russian attack in the town of Kupiansk.',
    expect: [],
  },
  {
    name: "not missiles: an air force's tally of a night's barrage, missiles beside drones, North Korea named nowhere",
    text: "North Korea's troops are in Kursk.\n\nAir defences intercepted two incoming cruise missiles, two ballistic missiles and 37 drones across the country, the air force said. Russia fired two North Korean KN-23 ballistic missiles and 37 drones; air defences intercepted the drones.",
    expect: [{ text: 'two', measure: 'missiles_rockets', value: 2 }],
  },
  {
    name: 'not widened: a speaker before a lost share, a time after a loss verb, a speaker or place before "they will have"',
    text: 'Zelensky said North Korean soldiers had lost 30% of their men. Over 100 North Korean soldiers killed a week after arriving at the front. North Korean troops are in Russia. Budanov said that in Russia they will have 12,000 soon.',
    expect: [
      { text: '30%', measure: 'nk_casualties', value: 30 },
      { text: 'Over 100', measure: 'nk_killed', value: 100 },
      { text: '12,000', measure: 'troops_planned', value: 12000 },
    ],
  },
  {
    name: 'not widened: drones North Korea delivered to Russia, names on a Russian memorial; technology valued stays aid; "from abroad, mostly from North Korea"',
    text: 'North Korea has delivered 100 drones to Russia. At a memorial in Kursk, Russia listed 3,000 names of its soldiers. Russia gave North Korea technology worth $1 billion in return for its military support. Russia bought 2 million shells from abroad, mostly from North Korea.',
    expect: [
      { text: '$1 billion', measure: 'aid_to_nk', value: 1e9 },
      { text: '2 million', measure: 'artillery_shells', value: 2e6 },
    ],
  },
  {
    name: 'owner: an aside in dashes restating the losses before it is read with their clause',
    text: 'As Russia grapples with substantial losses\u2014estimated at over 700,000 killed or wounded since the conflict began\u2014these North Korean reinforcements may provide critical support.',
    expect: [{ text: 'over 700,000', measure: 'russian_casualties', value: 700000 }],
  },
  {
    name: 'troops: "its" after a participle is the subject\'s, not the party named last ("ties with Russia, sending … its soldiers")',
    text: 'North Korea has deepened its military ties with Russia \u2014 sending thousands of its soldiers to aid Moscow\u2019s war. North Korea is pumping Ukraine with ammunition, while also sending 11,000 troops to the Kursk region. Russia has deepened its ties with North Korea, receiving thousands of its shells.',
    expect: [
      { text: 'thousands', measure: 'troops_deployed', value: { low: 2000, high: 9000 } },
      { text: '11,000', measure: 'troops_deployed', value: 11000 },
      { text: 'thousands', measure: 'artillery_shells', value: { low: 2000, high: 9000 } },
    ],
  },
  {
    name: 'aid: horses sent to North Korea, past an aside or on a train bound there; by sex only where not counted whole',
    text: 'Rosselkhoznadzor oversaw the export of 24 Orlov Trotter horses, known for their speed, to North Korea. The first train has shipped 30 pedigreed horse to the North Korea. 30 purebred Orlov Trotter horses were loaded on the train heading towards North Korea. The 30 horses, five stallions and 25 mares, were quarantined in Suzdal. A batch of 30 Orel trotters was sent to the DPRK. Putin sent Kim 19 stallions and five mares in return for shells.',
    expect: [
      { text: '24', measure: 'aid_to_nk', value: 24 },
      { text: '30', measure: 'aid_to_nk', value: 30 },
      { text: '30', measure: 'aid_to_nk', value: 30 },
      // The quarantined horses are not said to be given; their parts by sex are not counted either.
      { text: '30', measure: 'aid_to_nk', value: 30 },
      { text: '19', measure: 'aid_to_nk', value: 19 },
      { text: 'five', measure: 'aid_to_nk', value: 5 },
    ],
  },
  {
    name: "aid: animals presented to a zoo, the verb of giving a zoo's name before them",
    text: 'During a visit to North Korea, the Russian minister presented the Pyongyang Central Zoo with over 70 animals from the Moscow Zoo.',
    expect: [{ text: 'over 70', measure: 'aid_to_nk', value: 70 }],
  },
  {
    name: 'missiles: the party struck with them owns none ("hit Ukraine with at least six such missiles")',
    text: 'Russia has fired North Korean KN-23 ballistic missiles at Ukraine since December. On February 14, Russia hit Ukraine with at least six such missiles. Russia fired Iskander missiles at Kharkiv on Monday. Russia hit Ukraine with at least five such missiles.',
    expect: [{ text: 'at least six', measure: 'missiles_rockets', value: 6 }],
  },
  {
    name: 'captured: a few people after a verb of capture and a pointing word ("captured these two people")',
    text: 'North Korean soldiers fought in Kursk. I am grateful to our paratroopers who captured these two people, the Head of State stressed.',
    expect: [{ text: 'two', measure: 'nk_captured', value: 2 }],
  },
  {
    name: 'not North Korea\'s: an institution said to have lost, opening what a speaker says ("Zelensky said Ukraine\'s military had lost")',
    text: 'North Korean troops are in Kursk. Zelensky said Ukraine\u2019s military had lost 45,100 troops. Zelensky said North Korean troops had lost 4,000 soldiers.',
    expect: [{ text: '4,000', measure: 'nk_casualties', value: 4000 }],
  },
  {
    name: 'russian losses: a rate after a dash restates the losses before it ("October- a daily average of 1,354")',
    text: 'North Korean troops are in Kursk. Healey said Russia suffered 41,980 killed and wounded during October- a daily average of 1,354.',
    expect: [
      { text: '41,980', measure: 'russian_casualties', value: 41980 },
      { text: '1,354', measure: 'russian_casualties', value: 1354 },
    ],
  },
  {
    name: 'troops: members of a force named in four words; to come, past the army they are from',
    text: 'A total of 1,500 members of the North Korean special operations forces have reportedly been deployed to the Russian Far East. Moreover, 10,000 troops from the North Korean Army are expected to be deployed next month.',
    expect: [
      { text: '1,500', measure: 'troops_deployed', value: 1500 },
      { text: '10,000', measure: 'troops_planned', value: 10000 },
    ],
  },
  {
    name: 'not losses: a toll in a city Ukraine holds, no soldiers named ("13 killed in Zaporizhzhia")',
    text: 'North Korean troops fought in Kursk, with 1,000 dead, Ukrainian officials said in Kyiv. Russia has lost more than 790,000 killed and wounded since 2022, the General Staff said in Kyiv. US warns North Korea becoming better prepared for war as 13 killed in Zaporizhzhia. \u201cThirteen killed in enemy attack on Zaporizhia,\u201d the governor wrote. More than a dozen people have been killed after a Russian glide bomb hit a street in the Ukrainian city of Zaporizhzhia. Ukrainian media report 500 North Korean soldiers killed in Kyiv\u2019s missile strike on Kursk.',
    expect: [
      { text: '1,000', measure: 'nk_killed', value: 1000 },
      { text: 'more than 790,000', measure: 'russian_casualties', value: 790000 },
      { text: '500', measure: 'nk_killed', value: 500 },
    ],
  },
  {
    name: 'troops: a sending under way that puts them into battle now is of troops there; into battle later, to come',
    text: 'The U.S. alleges that Russia is deploying approximately 11,000 North Korean soldiers in \u201chuman wave\u201d assaults in Kursk. Russia is deploying 3,000 North Korean soldiers to Kursk. Russia is deploying 4,000 North Korean soldiers in battle. Zelensky said North Korea was sending 30,000 troops into battle. Kim is sending 6,000 troops into battle next month. Kim is sending another 2,000 troops into battle.',
    expect: [
      { text: 'approximately 11,000', measure: 'troops_deployed', value: 11000 },
      { text: '3,000', measure: 'troops_planned', value: 3000 },
      { text: '4,000', measure: 'troops_deployed', value: 4000 },
      { text: '30,000', measure: 'troops_planned', value: 30000 },
      { text: '6,000', measure: 'troops_planned', value: 6000 },
      { text: '2,000', measure: 'troops_planned', value: 2000 },
    ],
  },
  {
    name: 'troops, not losses: the losses they replace are another\'s ("won\'t come close to replacing the numbers Moscow has lost")',
    text: 'Austin said the 10,000 North Korean soldiers assessed to be in Russia won\u2019t come close to replacing the numbers Moscow has lost.',
    expect: [{ text: '10,000', measure: 'troops_deployed', value: 10000 }],
  },
  {
    name: "troops: a unit counted by its size, its people named North Korea's after it, whoever formed it",
    text: 'According to Ukrainian media, the Russian military has formed a roughly 3,000-strong unit of North Korean soldiers. Ukraine has formed a 2,000-strong unit of foreign volunteers.',
    expect: [{ text: 'roughly 3,000', measure: 'troops_deployed', value: 3000 }],
  },
  {
    name: 'troops: an appositive number that could rise is to come; a bare count hedged where it is, there',
    text: 'Around 1,500 troops from North Korea\u2019s special forces have already been deployed to Russia, a number that could eventually rise to 10,000. There are 11,000 North Korean troops in Russia, with 8,000 thought to be in Kursk.',
    expect: [
      { text: 'Around 1,500', measure: 'troops_deployed', value: 1500 },
      { text: '10,000', measure: 'troops_planned', value: 10000 },
      { text: '11,000', measure: 'troops_deployed', value: 11000 },
      { text: '8,000', measure: 'troops_deployed', value: 8000 },
    ],
  },
  {
    name: 'payment for troops: a sum the state receives per soldier, said after it; a sum no soldier is paid',
    text: 'North Korean troops are in Kursk. That is little beside the $30,000 the state is receiving from Russia for each soldier killed. If he can earn $80 million per month by sending 40,000 soldiers to the battlefields, Kim will welcome it. Each North Korean soldier is paid $2,000 a month.',
    expect: [
      { text: '$30,000', measure: 'payment_for_troops', value: 30000 },
      { text: '$80 million', measure: 'payment_for_troops', value: 80000000 },
      { text: '40,000', measure: 'troops_deployed', value: 40000 },
      { text: '$2,000', measure: 'soldier_pay', value: 2000 },
    ],
  },
  {
    name: 'russian losses: a dash\'s daily average after losses told in a relative clause ("…, who told The Telegraph that Russia suffered")',
    text: 'North Korean troops are in Kursk. This is higher than the figure given by Defence Secretary John Healey, who told The Telegraph on Nov. 8 that Russia suffered 41,980 killed and wounded during October- a daily average of 1,354.',
    expect: [
      { text: '41,980', measure: 'russian_casualties', value: 41980 },
      { text: '1,354', measure: 'russian_casualties', value: 1354 },
    ],
  },
  {
    name: 'troops: to come past an aside of those included with a count\'s comma; sent "so far"',
    text: 'It is expected that a force of about 12,000 North Korean troops, including the initial 1,500 deployed in the first phase, will be sent. The decision by Kim to send so far at least 3,000 of his soldiers to Russia raises concerns.',
    expect: [
      { text: 'about 12,000', measure: 'troops_planned', value: 12000 },
      { text: '1,500', measure: 'troops_deployed', value: 1500 },
      { text: 'at least 3,000', measure: 'troops_deployed', value: 3000 },
    ],
  },
  {
    name: 'troops: bare counts sent "earlier this year", or said to take part in offensive operations',
    text: 'North Korea is preparing to deploy approximately 3,500 troops to the Kursk frontline after sending over 1,000 earlier this year. Some 11,000 North Korean troops have been deployed to Kursk, and hundreds have recently taken part in offensive operations.',
    expect: [
      { text: 'approximately 3,500', measure: 'troops_planned', value: 3500 },
      { text: 'over 1,000', measure: 'troops_deployed', value: 1000 },
      { text: 'Some 11,000', measure: 'troops_deployed', value: 11000 },
      { text: 'hundreds', measure: 'troops_deployed', value: { low: 200, high: 900 } },
    ],
  },
  {
    name: 'not losses: a toll in a city past a second count in its clause; not things sent earlier, drills, or a hedge among the wounded',
    text: 'North Korean troops are in Kursk. At least 13 were killed and 30 wounded in Zaporizhzhia. 13 dead and 30 wounded after Russian strike on Kyiv. Russia delivered 150 self-propelled howitzers after sending 50 earlier this year. Thousands took part in combat drills near Pyongyang. Another 3,000 are estimated to be among the wounded.',
    expect: [],
  },
  {
    name: 'money: a sum no soldier is paid is for the troops only where their sending is named',
    text: 'North Korean troops are in Kursk. Russia paid out $30 billion in salaries last year, including to North Korean soldiers. If he can earn $80 million per month by sending 40,000 soldiers, Kim will welcome it.',
    expect: [
      { text: '$30 billion', measure: 'soldier_pay', value: 30000000000 },
      { text: '$80 million', measure: 'payment_for_troops', value: 80000000 },
      { text: '40,000', measure: 'troops_deployed', value: 40000 },
    ],
  },
  {
    name: 'troops to come in a question a modal opens with a verb of giving or growing; casualties "killing or injuring"',
    text: 'Can North Korea provide 11,000-12,000 troops to support Russia, and is it sustainable? Will the 3,000 North Korean troops in Kursk be withdrawn? Kyiv claims killing or injuring 30 North Korean soldiers in Kursk region.',
    expect: [
      { text: '11,000-12,000', measure: 'troops_planned', value: { low: 11000, high: 12000 } },
      { text: '3,000', measure: 'troops_deployed', value: 3000 },
      { text: '30', measure: 'nk_casualties', value: 30 },
    ],
  },
  {
    name: 'troops there: troops expected to be withdrawn or rotated home are there now; expected to be sent to Kursk, to come',
    text: 'About 3,000 troops from the North Korean military are expected to be rotated home. Some 2,000 of the North Korean troops are to be withdrawn. About 4,000 North Korean troops are expected to be sent to Kursk.',
    expect: [
      { text: 'About 3,000', measure: 'troops_deployed', value: 3000 },
      { text: 'Some 2,000', measure: 'troops_deployed', value: 2000 },
      { text: 'About 4,000', measure: 'troops_planned', value: 4000 },
    ],
  },
  {
    name: 'not losses: a part of things counted next ("destroyed 36 of 63 drones")',
    text: 'North Korean troops are in Kursk. The Ukrainian Air Force said it destroyed 36 of 63 drones launched by Russia. Ukraine said it killed 300 of the 11,000 North Korean soldiers.',
    expect: [
      { text: '300', measure: 'nk_killed', value: 300 },
      { text: '11,000', measure: 'troops_deployed', value: 11000 },
    ],
  },
  {
    name: 'troops: a bare count committed to the war; one a modal commits is to come',
    text: "Ukraine maintains that North Korea's dictator, Kim Jong-un, has decided to commit at least 11,000 to the war. Kim has committed 500 to the front. North Korea could commit up to 100,000 to the war.",
    expect: [
      { text: 'at least 11,000', measure: 'troops_planned', value: 11000 },
      { text: '500', measure: 'troops_deployed', value: 500 },
      { text: 'up to 100,000', measure: 'troops_planned', value: 100000 },
    ],
  },
  {
    name: 'not: a bare count committed to anything but the war, or by Russia',
    text: 'North Korea has committed 500 to the project. Russia has committed 600,000 to the war, while North Korea sent troops.',
    expect: [],
  },
  {
    name: 'troops: the adjective standing for its people before a verb or "to" ("3,000 North Korean are already fighting")',
    text: 'Zelenskyy said that 3,000 North Korean are already fighting on the side of Russia. The Pentagon reported the deployment of approximately 10,000 North Korean to Russia for training.',
    expect: [
      { text: '3,000', measure: 'troops_deployed', value: 3000 },
      { text: 'approximately 10,000', measure: 'troops_deployed', value: 10000 },
    ],
  },
  {
    name: 'troops: an army\'s word as its soldiers ("North Korean military deployed", "North Korean infantry were"); not "military vehicles"',
    text: 'The GUR reported that the number of North Korean military deployed to Russia now stands at about 12,000. Budanov said 11,000 North Korean infantry were training in eastern Russia. North Korea sent 200 North Korean military vehicles.',
    expect: [
      { text: 'about 12,000', measure: 'troops_deployed', value: 12000 },
      { text: '11,000', measure: 'troops_deployed', value: 11000 },
    ],
  },
  {
    name: 'troops: "members of the North Korean special forces", and infantrymen',
    text: 'The NIS stated that about 1,500 members of the North Korean special forces had moved to Vladivostok. Budanov claimed that about 11,000 North Korean infantrymen were training in eastern Russia.',
    expect: [
      { text: 'about 1,500', measure: 'troops_deployed', value: 1500 },
      { text: 'about 11,000', measure: 'troops_deployed', value: 11000 },
    ],
  },
  {
    name: 'troops: a bare count that "would be sent", or "more" on their way, in a passage about them',
    text: "North Korea's troops are training in Russia's Far East. At least 2,600 would be sent to Russia's Kursk region, he was quoted as saying. A couple of thousand more were heading there, the Pentagon said. About 2,000 were heading home after the storm.",
    expect: [
      { text: 'At least 2,600', measure: 'troops_planned', value: 2600 },
      { text: 'A couple of thousand', measure: 'troops_planned', value: 2000 },
    ],
  },
  {
    name: 'restated: "had assessed the number to be", "the number is estimated to be" another estimate of the figure before',
    text: 'North Korea has sent 10,000 troops to Russia. Previously, Ukrainian sources had assessed the number to be around 2,000. The number is estimated to be between 1,000 and 3,000.',
    expect: [
      { text: '10,000', measure: 'troops_deployed', value: 10000 },
      { text: 'around 2,000', measure: 'troops_deployed', value: 2000 },
      { text: 'between 1,000 and 3,000', measure: 'troops_deployed', value: { low: 1000, high: 3000 } },
    ],
  },
  {
    name: "aid: North Korea's frozen assets released; not the whole they were part of, nor Russia's frozen assets",
    text: 'Russia has released $9 million of the $30 million frozen assets belonging to North Korea. G7 leaders agreed some $50bn in loans to Ukraine backed by the earnings from frozen Russian assets while North Korea sent shells.',
    expect: [{ text: '$9 million', measure: 'aid_to_nk', value: 9e6 }],
  },
  {
    name: 'aid: goods allowed or needed are no goods given ("Quotas allow over 60,000 tonnes", "needs 5 million tons of grain")',
    text: 'Quotas set by the United Nations allow over 60,000 tonnes of oil products from Russia to North Korea. He said North Korea needs 5 million tons of grain, and Russia may provide 600,000 tons of rice.',
    expect: [{ text: '600,000', measure: 'aid_to_nk', value: 600000 }],
  },
  {
    name: "soldier pay: one North Korean soldier said to earn an amount; not a Russian soldier's",
    text: 'Each North Korean soldier sent to Russia is reported to earn $2,000, and there are around 4,000 North Korean workers in Russia. Each Russian soldier is paid $2,000 while North Korea earns more.',
    expect: [{ text: '$2,000', measure: 'soldier_pay', value: 2000 }],
  },
  {
    name: 'casualties: a list of losses counted together that names the dead and the wounded is both',
    text: 'The BBC noted that the total number of wounded, killed, missing and captured DPRK army soldiers was about four thousand, of whom about a thousand were killed.',
    expect: [
      { text: 'about four thousand', measure: 'nk_casualties', value: 4000 },
      { text: 'about a thousand', measure: 'nk_killed', value: 1000 },
    ],
  },
  {
    name: 'casualties: a loss joined to a count of people at large is theirs, on a page about North Korea',
    text: "North Korea has sent troops to Russia.\nAt least eight people have been killed and more than 80 injured after drones and missiles struck Ukraine's capital.",
    expect: [],
  },
  {
    name: "missiles: launches of North Korean missiles counted in times; not North Korea's own tests",
    text: 'The Russian Federation has launched ballistic missiles of North Korean origin on Ukrainian territory at least nine times. North Korea has fired ballistic missiles into the sea 30 times this year.',
    expect: [{ text: 'at least nine', measure: 'missiles_rockets', value: 9 }],
  },
  {
    name: 'missiles: a leader given them is no owner ("shipped Russian President Vladimir Putin dozens of missiles"); large containers',
    text: 'The North Koreans shipped Russian President Vladimir Putin dozens of missiles that have already been used in the war against Ukraine. Shin said they monitored at least 10,000 large shipping containers on their way to Russia from North Korea.',
    expect: [
      { text: 'dozens', measure: 'missiles_rockets' },
      { text: 'at least 10,000', measure: 'containers', value: 10000 },
    ],
  },
  {
    name: 'restated: a plan to increase the number is troops to come; a change "by" so many times is no figure',
    text: 'South Korea reports that 3,000 North Korean troops are training in Russia, with a plan to increase the number to 10,000 by December. Kim may soon increase that number by up to three times.',
    expect: [
      { text: '3,000', measure: 'troops_deployed', value: 3000 },
      { text: '10,000', measure: 'troops_planned', value: 10000 },
    ],
  },
  {
    name: 'casualties: "who sustained injuries", forces "lost over the course of" months',
    text: 'Among the 3,600 North Korean soldiers who sustained injuries, many returned. North Korea sent 11,000 troops, but half of those forces were lost over the course of three months.',
    expect: [
      { text: '3,600', measure: 'nk_wounded', value: 3600 },
      { text: '11,000', measure: 'troops_deployed', value: 11000 },
      { text: 'half', measure: 'nk_casualties', value: 5500 },
    ],
  },
  {
    name: 'grammar: thousands broken by a comma and a space before "000"; not a year before a comma',
    text: 'The roughly 12, 000 North Korean troops are special operations forces. In 2024, 000 units were made by North Korea.',
    expect: [{ text: 'roughly 12, 000', measure: 'troops_deployed', value: 12000 }],
  },
  {
    name: 'grammar: thousands broken by a space before the comma ("3 ,000"); not a list of small numbers',
    text: 'According to Ukrainian data, more than 3 ,000 North Korean soldiers were killed or wounded. Items 3 ,4 and 5 were read.',
    expect: [{ text: 'more than 3 ,000', measure: 'nk_casualties', value: 3000 }],
  },
  {
    name: 'losses: a headline count with "Amid" after it',
    text: 'North Korean Casualties in Ukraine Conflict Exceed 4,000 Amid Conscription Fears',
    expect: [{ text: 'Exceed 4,000', measure: 'nk_casualties', value: 4000 }],
  },
  {
    name: 'captured: "the two" pointing back at the captives last counted, in later paragraphs; not "the two countries"',
    text: 'Ukraine captured two North Korean soldiers in Kursk.\nIn February, lawmaker Yu met with the two men.\nThe two said they were sent to Russia in 2024.\nThe two countries signed a treaty in June.',
    expect: [
      { text: 'two', measure: 'nk_captured', value: 2 },
      { text: 'two', measure: 'nk_captured', value: 2 },
      { text: 'two', measure: 'nk_captured', value: 2 },
    ],
  },
  {
    name: "not counts: a titled name's age between commas, a weight in pounds, a unit's size in general",
    text: 'North Korean prisoners of war Mr. Ri, 27, and Mr. Baek, 22, were interviewed. The rockets with 1,100-pound warheads were identified as North Korean KN-23s. According to military estimates, a North Korean battalion typically consists of several hundred soldiers.',
    expect: [],
  },
  {
    name: 'losses: "its" in a count named before the number points back from the noun, not to the estimate\'s maker',
    text: 'Pyongyang has not confirmed the number of its soldiers that died fighting for Russia, though Seoul estimates around 600, with thousands more wounded.',
    expect: [
      { text: 'around 600', measure: 'nk_killed', value: 600 },
      { text: 'thousands', measure: 'nk_wounded' },
    ],
  },
  {
    name: 'losses and troops: a share "of the country\'s deployed forces", KPA soldiers wounded then captured, troops "already having arrived", soldiers who "could serve"',
    text: "North Korea is experiencing losses, with the White House claiming casualties amount to nearly 10 percent of the country's deployed forces. Zelenskyy announced that two wounded KPA soldiers had been captured. Lee said North Korea plans to send an additional 6,000 troops and engineers to Russia, with approximately 1,000 already having arrived. He said a cumulative 100,000 North Korean soldiers could serve in Russia within a year.",
    expect: [
      { text: 'nearly 10 percent', measure: 'nk_casualties', value: 10 },
      { text: 'two', measure: 'nk_captured', value: 2 },
      { text: '6,000', measure: 'troops_planned', value: 6000 },
      { text: 'approximately 1,000', measure: 'troops_deployed', value: 1000 },
      { text: '100,000', measure: 'troops_planned', value: 100000 },
    ],
  },
  {
    name: 'money: a conversion in brackets of an amount that is no figure is none; trade statistics are trade',
    text: 'Russia allowed the withdrawal of $9 million out of the $30 million (approximately 40 billion KRW) of funds held for North Korea. Trade figures collated by the ITC Trade Map show Russian shipments to North Korea falling from $8.4 million in April.',
    expect: [],
  },
  {
    name: 'losses: "the enemy", as Ukraine\'s officials name Russia, owns its losses; North Korea\'s only by its own words',
    text: "The enemy's irretrievable losses amounted to 25,200 soldiers, while North Korea's troops fought in Kursk. The enemy lost 300 North Korean soldiers.",
    expect: [
      { text: '25,200', measure: 'russian_casualties', value: 25200 },
      { text: '300', measure: 'nk_casualties', value: 300 },
    ],
  },
  {
    name: 'money: the arms trade and military cooperation as earners, revenue from supplying weapons, arms valued far after them',
    text: "The arms trade may have netted Pyongyang as much as $20 billion. North Korea's military cooperation with Russia has brought in some $20 billion. North Korea's revenue from supplying weapons to Russia reached $5.6 billion. The shells North Korea shipped to Russia are valued at $5.5 billion. Pyongyang stands to gain hundreds of millions of dollars from the deployment.",
    expect: [
      { text: 'as much as $20 billion', measure: 'payment_for_weapons', value: 2e10 },
      { text: 'some $20 billion', measure: 'payment_for_weapons', value: 2e10 },
      { text: '$5.6 billion', measure: 'payment_for_weapons', value: 5.6e9 },
      { text: '$5.5 billion', measure: 'payment_for_weapons', value: 5.5e9 },
      { text: 'hundreds of millions', measure: 'payment_for_troops' },
    ],
  },
  {
    name: "money: trade is the economy's, North Korea's revenue from its economy no payment",
    text: "North Korea's trade with Russia reached $34 million last year. North Korea's revenue from tourism reached $90 million. Russia's revenue rose to $10 million from exports to North Korea.",
    expect: [],
  },
  {
    name: 'troops to come: workers sent to rebuild Kursk are its military builders; not workers sent to work, nor to occupied Ukraine',
    text: 'North Korea To Send Thousands Of Workers To Help Russia Rebuild Kursk. Shoigu said Kim is now sending 1,000 sappers and 5,000 workers to rebuild the oblast. About 15,000 North Korean workers were sent to Russia last year to work on construction sites. Pyongyang sent about 150 new workers to reconstruction works in the territories captured by Russia.',
    expect: [
      { text: 'Thousands', measure: 'troops_planned' },
      { text: '1,000', measure: 'troops_planned', value: 1000 },
      { text: '5,000', measure: 'troops_planned', value: 5000 },
    ],
  },
  {
    name: 'troops: a sending said as the participle of a plan is to come; troops "currently training" are there',
    text: "North Korea intends to triple the number of its troops fighting on Russia's side, sending an additional 25,000 to 30,000 soldiers to help Moscow. Pyongyang has deployed more troops, sending an additional 3,000 soldiers in January. \u201cThey will be ready on Nov. 1,\u201d said Budanov, adding that nearly 11,000 soldiers from North Korea are currently training in eastern Russia.",
    expect: [
      { text: '25,000 to 30,000', measure: 'troops_planned', value: { low: 25000, high: 30000 } },
      { text: '3,000', measure: 'troops_deployed', value: 3000 },
      { text: 'nearly 11,000', measure: 'troops_deployed', value: 11000 },
    ],
  },
  {
    name: 'shells: projectiles handed over in the war, not "over" as a bound; not those North Korea tests, nor a calibre; containers of food are aid',
    text: 'North Korea launched at least two projectiles into the sea on Tuesday.\nNorth Korea has already handed over 1.5 million projectiles to the Russians. North Korea had supplied Moscow with shells of 122 and 152 mm calibers. In exchange, North Korea has received some 9,000 containers mostly containing food supplies from Russia.',
    expect: [
      { text: '1.5 million', measure: 'artillery_shells', value: 1.5e6 },
      { text: 'some 9,000', measure: 'aid_to_nk', value: 9000 },
    ],
  },
  {
    name: 'owners: the aggressor is Russia, Western partners another side, a place "bordering Ukraine" no owner',
    text: 'North Korea sends Russia shells. This year the aggressor wants to produce 2.7 million shells. Western partners, who promised to deliver a million rounds to Ukraine, have so far sent fewer than 300,000, as North Korea ships its own. The number of troops from North Korea in Kursk has risen by about 2,000, bringing the total in the area bordering Ukraine to some 10,000.',
    expect: [
      { text: 'about 2,000', measure: 'troops_deployed', value: 2000 },
      { text: 'some 10,000', measure: 'troops_deployed', value: 10000 },
    ],
  },
  {
    name: 'money: the one paid named says less than what for ("a troop deal … to Pyongyang"); a monthly sum for a count of troops is no pay',
    text: 'The troop deal could be worth as much as $1.5 billion a year to Pyongyang. Moscow is estimated to pay Pyongyang $22 million a month for 11,000 troops. The mercenary deal brings Pyongyang an estimated $200 million annually.',
    expect: [
      { text: 'as much as $1.5 billion', measure: 'payment_for_troops', value: 1.5e9 },
      { text: '$22 million', measure: 'payment_for_troops', value: 2.2e7 },
      { text: '11,000', measure: 'troops_deployed', value: 11000 },
      { text: 'an estimated $200 million', measure: 'payment_for_troops', value: 2e8 },
    ],
  },
  {
    name: "money: earnings from support for Russia, from the war named by Kim's regime, from the sale of shells",
    text: "North Korea may earn up to 28 trillion won from its support for Russia. Kim's regime has made about $20 billion from the war, according to a South Korean study. Pyongyang's income from the sale of shells is estimated at $5.5 billion.",
    expect: [
      { text: 'up to 28 trillion won', measure: 'payment_for_weapons', value: 2.8e13 },
      { text: 'about $20 billion', measure: 'payment_for_weapons', value: 2e10 },
      { text: '$5.5 billion', measure: 'payment_for_weapons', value: 5.5e9 },
    ],
  },
  {
    name: "missiles: North Korea's missiles named by model are its own, whoever fires them",
    text: 'Russia launched 24 KN-23 missiles in January. Moscow used around 50 Hwasong-11 missiles against Ukraine. Russia fired 30 Iskander missiles at Kyiv while North Korea watched.',
    expect: [
      { text: '24', measure: 'missiles_rockets', value: 24 },
      { text: 'around 50', measure: 'missiles_rockets', value: 50 },
    ],
  },
  {
    name: 'troops: demining experts, builders sent to rebuild, "to arrive" to come, a dispatch "of" a bare count, troops reinforced',
    text: "North Korea deploys 1,000 demining experts to Russia's Kursk region. Kim decided to dispatch one-thousand engineers to remove landmines in Russia and five-thousand construction workers to rebuild infrastructure. Seoul warns thousands of North Koreans to arrive in Russia as early as July. An additional dispatch of approximately 3,000 North Korean soldiers in January buttressed the first. Pyongyang has already reinforced its troops in the region with thousands of additional soldiers.",
    expect: [
      { text: '1,000', measure: 'troops_deployed', value: 1000 },
      { text: 'one-thousand', measure: 'troops_planned', value: 1000 },
      { text: 'five-thousand', measure: 'troops_planned', value: 5000 },
      { text: 'thousands', measure: 'troops_planned' },
      { text: 'approximately 3,000', measure: 'troops_deployed', value: 3000 },
      { text: 'thousands', measure: 'troops_deployed' },
    ],
  },
  {
    name: 'troops that are no sending: a parade, a unit\'s size "in each unit", visitors for education, kinds of explosive devices',
    text: 'Dozens of North Korean servicemen are expected to participate in the event. A commander said six men faced 50 North Koreans in each unit. Among North Koreans who entered Russia last year, 7,887 of them said their visit was for education purposes. North Korean teams are removing hundreds of different types of explosive devices left by Ukrainian forces.',
    expect: [],
  },
  {
    name: 'captured: "could only capture two of them alive"; not villages to capture',
    text: 'Ukraine had killed several North Korean soldiers and could only capture two of them alive. Ukraine hopes to capture 300 more villages from North Korean and Russian forces.',
    expect: [{ text: 'two', measure: 'nk_captured', value: 2 }],
  },
  {
    name: "not counts: a rate of fire, a unit's size made up of troops in general, people said not to be soldiers, an average age",
    text: 'The North Korean M1989 Koksan manages only one to two rounds every five minutes. A battalion can vary in size but is generally made up of several hundred North Korean troops. The 25,000 North Koreans in question are not soldiers, though. The average age of DPRK soldiers arriving in Russia is 23–27.',
    expect: [],
  },
  {
    name: "owners: invaders and occupiers, as Ukraine's officials name Russia's troops, unless named North Korean",
    text: '"In January alone, our soldiers killed more than 15,000 invaders," Syrskyi said, as North Korean units fought nearby. Ukraine killed 200 North Korean occupiers in Kursk.',
    expect: [
      { text: 'more than 15,000', measure: 'russian_casualties', value: 15000 },
      { text: '200', measure: 'nk_killed', value: 200 },
    ],
  },
  {
    name: 'troops: a part of the force that has moved on; more "heading in that direction"; a decision "to commit"; lakh grouping',
    text: 'Blinken said that about 8,000 of the 10,000 North Korean troops believed to be in Russia have made their way to the Kursk border region. Ryder said a few North Korean troops are now in Kursk, and a couple thousand more are heading in that direction. Kim Jong Un has decided to commit at least 11,000 troops to the war. North Korea has expressed willingness to send 1,00,000 soldiers to Moscow.',
    expect: [
      { text: 'about 8,000', measure: 'troops_deployed', value: 8000 },
      { text: '10,000', measure: 'troops_deployed', value: 10000 },
      { text: 'a couple thousand', measure: 'troops_planned', value: 2000 },
      { text: 'at least 11,000', measure: 'troops_planned', value: 11000 },
      { text: '1,00,000', measure: 'troops_planned', value: 100000 },
    ],
  },
  {
    name: 'losses: a part of the force sent that lost lives is no part moved on; assessments "lower, around" restate the figure before',
    text: 'Zelensky stated that at least 3,000 of the 10,000 North Korean soldiers sent to the front had been killed. Zelenskyy placed the total number of killed or wounded North Koreans at 4,000, while U.S. assessments were lower, around 1,200.',
    expect: [
      { text: 'at least 3,000', measure: 'nk_killed', value: 3000 },
      { text: '10,000', measure: 'troops_deployed', value: 10000 },
      { text: '4,000', measure: 'nk_casualties', value: 4000 },
      { text: 'around 1,200', measure: 'nk_casualties', value: 1200 },
    ],
  },
  {
    name: 'captured: "the two" with no noun, in a sentence telling of their capture; not "the two countries" swapping prisoners',
    text: 'The two said they were sent to Russia in 2024 before being taken prisoner in Ukraine, according to North Korea watchers. The two \u2014 the only North Koreans known to have been captured alive \u2014 have said little. The two countries exchanged prisoners of war while North Korea watched.',
    expect: [
      { text: 'two', measure: 'nk_captured', value: 2 },
      { text: 'two', measure: 'nk_captured', value: 2 },
    ],
  },
  {
    name: 'losses and supplies: a loss "at a staggering" number out of a force, more troops "joining", the Russians given shells "badly needed"; not a refinery\'s oil',
    text: "South Korea's intelligence pegs the total casualties at a staggering 4,700 out of the 15,000 troops sent since last year. Up to 12,000 North Korean troops were deployed there in 2024, with another 3,000 joining early this year. Kim Jong-un is providing the Russians with millions of badly needed artillery shells as well as thousands of troops. Ukraine's drones hit a Russian refinery processing 7.5 million tons of oil a year, as North Korea watched.",
    expect: [
      { text: '4,700', measure: 'nk_casualties', value: 4700 },
      { text: '15,000', measure: 'troops_deployed', value: 15000 },
      { text: 'Up to 12,000', measure: 'troops_deployed', value: 12000 },
      { text: '3,000', measure: 'troops_deployed', value: 3000 },
      { text: 'millions', measure: 'artillery_shells' },
      { text: 'thousands', measure: 'troops_deployed' },
    ],
  },
  {
    name: "money: a monthly sum for the soldiers larger than any soldier's pay pays for the troops; a soldier's own stays pay",
    text: 'Experts estimate that North Korea receives roughly $20 million a month for its soldiers. North Korean soldiers are paid around $2,000 a month for their service.',
    expect: [
      { text: 'roughly $20 million', measure: 'payment_for_troops', value: 2e7 },
      { text: 'around $2,000', measure: 'soldier_pay', value: 2000 },
    ],
  },
  {
    name: 'captured: "the captivity of" soldiers counts them captured',
    text: "The NIS said it had verified the captivity of two North Korean soldiers by the Ukrainian military in Russia's Kursk region.",
    expect: [{ text: 'two', measure: 'nk_captured', value: 2 }],
  },
  {
    name: 'losses: "irrecoverable losses" are losses, of whichever side the words name',
    text: 'In Kursk, Russian forces have sustained 15,000 irrecoverable losses, while North Korean troops fought beside them.',
    expect: [{ text: '15,000', measure: 'russian_casualties', value: 15000 }],
  },
  {
    name: 'money: revenue "from sending troops" is what the troops earned; what its support and its part in the war earned is counted as arms',
    text: "North Korea's revenue from sending troops reached an estimated $1 billion last year. Russia has paid North Korea an estimated $20 billion for its support. North Korea may have received up to $20 billion in total from its involvement in the war.",
    expect: [
      { text: 'an estimated $1 billion', measure: 'payment_for_troops', value: 1e9 },
      { text: 'an estimated $20 billion', measure: 'payment_for_weapons', value: 2e10 },
      { text: 'up to $20 billion', measure: 'payment_for_weapons', value: 2e10 },
    ],
  },
  {
    name: 'losses: a headline\'s present tense ("tops", "surpasses", "jump to"), "top" after a count as a verb, a verb qualifier after a toll\'s place',
    text: "N. Korea's Death Toll In Ukraine War Tops 2,000. North Korean casualties top 4,700. North Korean casualties jump to 4,700, Seoul says. North Korea's death toll in the war exceeds 2,000. Top 10 stories of the year.",
    expect: [
      { text: '2,000', measure: 'nk_killed', value: 2000 },
      { text: '4,700', measure: 'nk_casualties', value: 4700 },
      { text: '4,700', measure: 'nk_casualties', value: 4700 },
      { text: 'exceeds 2,000', measure: 'nk_killed', value: 2000 },
    ],
  },
  {
    name: 'troops: a unit size with "strong" after a space, a range whose thousands are written once; shells "heavy" or of a calibre in centimetres',
    text: 'Syrskyi said that roughly half of the 11-12,000 strong North Korean contingent deployed to the region have been killed or wounded. North Korea sent at least 6 million heavy artillery rounds and 5.2 million 15-centimetre artillery shells to Russia.',
    expect: [
      { text: 'roughly half', measure: 'nk_casualties', value: { low: 5500, high: 6000 } },
      { text: '11-12,000', measure: 'troops_deployed', value: { low: 11000, high: 12000 } },
      { text: 'at least 6 million', measure: 'artillery_shells', value: 6e6 },
      { text: '5.2 million', measure: 'artillery_shells', value: 5.2e6 },
    ],
  },
  {
    name: 'aid: containers of aid, or mostly of food, that North Korea received are aid in containers; not containers of military aid',
    text: 'In return, North Korea has received approximately 9,000 containers, primarily containing food supplies. Shin stated that Pyongyang likely received over 9,000 containers of aid in exchange for military support. North Korea sent 7,000 containers of military aid to Russia.',
    expect: [
      { text: 'approximately 9,000', measure: 'aid_to_nk', value: 9000 },
      { text: 'over 9,000', measure: 'aid_to_nk', value: 9000 },
      { text: '7,000', measure: 'containers', value: 7000 },
    ],
  },
  {
    name: 'not figures: a share of a budget; workers sent to make drones; a force of both sides named as peoples',
    text: "Russia is now spending some 40% of its budget on defence, and relies on North Korea's shells. North Korea is dispatching around 25,000 workers to Russia to assist in producing Shahed drones and reconstruction efforts in the Kursk region. Together, the Russians and North Koreans have amassed 50,000 troops for their counteroffensive.",
    expect: [],
  },
  {
    name: 'losses: "casualties among these troops exceeding"; a side that "lost on average" people; a rate "a day" or "daily"; a toll put "at" far after it; fighting that "cost" a side its troops',
    text: 'The deployment of North Korean forces has now reached the Kursk region, with total casualties among these troops exceeding 3,000. Tony Radakin told the BBC Russia lost "on average over 1,500 people either killed or wounded every single day." Radakin stated that Russian casualties in October averaged 1,500 daily. Ukraine\'s General Staff released the statistics, estimating Russia\'s total casualties since the start of the full-scale invasion at over 710,000. Zelensky claimed the fighting has cost Russia thousands of troops as North Korean soldiers arrived. Russia lost 300 people in the floods, as North Korean soldiers arrived.',
    expect: [
      { text: 'exceeding 3,000', measure: 'nk_casualties', value: 3000 },
      { text: 'over 1,500', measure: 'russian_casualties', value: 1500 },
      { text: '1,500', measure: 'russian_casualties', value: 1500 },
      { text: 'over 710,000', measure: 'russian_casualties', value: 710000 },
      { text: 'thousands', measure: 'russian_casualties' },
    ],
  },
  {
    name: 'lists: two counts joined by "and" share the noun after the second, or the measure of the first; not a range\'s ends, nor a count of things',
    text: 'Both Ukrainian and South Korean intelligence agencies have confirmed the transfer, citing troop numbers of 11,000 and 12,000, respectively. Agencies cited 11,000 and 12,000 troops. North Korea sent 11,000 troops and 200 tanks. These are the second batch of deployed troops, estimated to be between 1,000 and as many as 3,000. North Korea lost 1,000 and 2,000 tanks.',
    expect: [
      { text: '11,000', measure: 'troops_deployed', value: 11000 },
      { text: '12,000', measure: 'troops_deployed', value: 12000 },
      { text: '11,000', measure: 'troops_deployed', value: 11000 },
      { text: '12,000', measure: 'troops_deployed', value: 12000 },
      { text: '11,000', measure: 'troops_deployed', value: 11000 },
      { text: '1,000', measure: 'troops_deployed', value: 1000 },
    ],
  },
  {
    name: 'owner: losses "for" a side are that side\'s: "the average daily casualties for Moscow"',
    text: 'NATO estimates the average daily casualties for Moscow reached 1,271, more than 38,000 for the month, as North Korean troops fought in Kursk.',
    expect: [
      { text: '1,271', measure: 'russian_casualties', value: 1271 },
      { text: 'more than 38,000', measure: 'russian_casualties', value: 38000 },
    ],
  },
  {
    name: 'money: paid "for the North Korean arms", "for every 10,000 troops"; oil North Korea got "in return", Russia unnamed',
    text: 'Russia paid between $1.7 billion and $5.5 billion for the North Korean arms. The regime could receive as much as $140 million for every 10,000 troops. North Korea received about 1 million barrels of oil in return.',
    expect: [
      { text: 'between $1.7 billion and $5.5 billion', measure: 'payment_for_weapons', value: { low: 1.7e9, high: 5.5e9 } },
      { text: 'as much as $140 million', measure: 'payment_for_troops', value: 1.4e8 },
      { text: 'about 1 million', measure: 'aid_to_nk', value: 1e6 },
    ],
  },
  {
    name: 'not figures: missiles North Korea fired "off its east coast", however near Russia is named; trade "from a month earlier"',
    text: 'Kim Jong Un began his summit with Russian President Vladimir Putin, shortly after North Korea fired two short-range ballistic missiles off its east coast. Trade in dollar terms with North Korea rose about 12 percent in June from a month earlier to $499 million.',
    expect: [],
  },
  {
    name: 'troops: special forces "already in" Russia are there, whatever is planned around them; a part "including" after a force counts it',
    text: 'North Korea has decided to send a large-scale troop deployment to support Moscow’s war in Ukraine, with 1,500 special forces already in Russia’s Far East. The total number of North Korean service members in Russia could be between 11,000 to 12,000, including about 10,000 currently in the Kursk region.',
    expect: [
      { text: '1,500', measure: 'troops_deployed', value: 1500 },
      { text: 'between 11,000 to 12,000', measure: 'troops_deployed', value: { low: 11000, high: 12000 } },
      { text: 'about 10,000', measure: 'troops_deployed', value: 10000 },
    ],
  },
  {
    name: 'losses: "were among those killed"; "the number of killed and injured" read across a long clause; "including" deaths stay a part',
    text: "Ukrainian media reported that six North Koreans were among those killed after a Ukrainian missile strike. The number of killed and injured North Korean soldiers fighting alongside Russian forces in Russia's Kursk Oblast has surpassed 3,000, Zelensky said. North Korea's casualties in the war have reached about 4,700, including 600 deaths.",
    expect: [
      { text: 'six', measure: 'nk_killed', value: 6 },
      { text: '3,000', measure: 'nk_casualties', value: 3000 },
      { text: 'about 4,700', measure: 'nk_casualties', value: 4700 },
      { text: '600', measure: 'nk_killed', value: 600 },
    ],
  },
  {
    name: 'losses: a headline\'s participle after the troops\' place ("in Kursk Oblast Killed or Wounded"), not an active verb; soldiers who "have become casualties"',
    text: "4,000 North Korean Troops In Russia's Kursk Region Killed Or Wounded. 300 North Korean troops in Kursk killed in drone strikes. 1,000 North Korean troops in Kursk killed Ukrainians in a raid. Some 4,000 North Korean soldiers have become casualties.",
    expect: [
      { text: '4,000', measure: 'nk_casualties', value: 4000 },
      { text: '300', measure: 'nk_killed', value: 300 },
      { text: '1,000', measure: 'troops_deployed', value: 1000 },
      { text: 'Some 4,000', measure: 'nk_casualties', value: 4000 },
    ],
  },
  {
    name: 'troops: "brigades of 6,000 people each" are soldiers; "an intention to train", "will accumulate", "will be gathered", and a second noun before "would be sent" are to come',
    text: 'Zelensky said Ukraine had intelligence about two brigades of 6,000 people each from North Korea. There is an intention to train 10 thousand North Korean soldiers. Russia will accumulate up to 5,000 North Korean soldiers in Kursk. Around 5,000 North Korean troops will be gathered in the Kursk area. Russian media said that 6,000 military engineers and construction troops would be sent to the Kursk region.',
    expect: [
      { text: '6,000', measure: 'troops_deployed', value: 6000 },
      { text: '10 thousand', measure: 'troops_planned', value: 10000 },
      { text: 'up to 5,000', measure: 'troops_planned', value: 5000 },
      { text: 'Around 5,000', measure: 'troops_planned', value: 5000 },
      { text: '6,000', measure: 'troops_planned', value: 6000 },
    ],
  },
  {
    name: 'losses: "with some 2,700 others wounded"; "N.K. soldiers"; "caught alive"; "casualty estimates among … surpassing"; troops "on the Russian side" are North Korea\'s',
    text: "Of the North Korean troops, about 300 are believed to have been killed, with some 2,700 others wounded. Around 300 N.K. soldiers killed, 2,700 wounded during fight against Ukraine. Two North Korean soldiers were caught alive on the warfront of Kursk. Casualty estimates among North Korean forces are now surpassing 3,000, Lee added. The treaty led to North Korea's deployment of thousands of troops on the Russian side.",
    expect: [
      { text: 'about 300', measure: 'nk_killed', value: 300 },
      { text: 'some 2,700', measure: 'nk_wounded', value: 2700 },
      { text: 'Around 300', measure: 'nk_killed', value: 300 },
      { text: '2,700', measure: 'nk_wounded', value: 2700 },
      { text: 'Two', measure: 'nk_captured', value: 2 },
      { text: 'surpassing 3,000', measure: 'nk_casualties', value: 3000 },
      { text: 'thousands', measure: 'troops_deployed' },
    ],
  },
  {
    name: 'supplies: a figure restated "updating a figure of"; containers sent "back to North Korea in return" are aid; cruise missiles, ticket prices are no figure',
    text: "North Korea has shipped around 7,000 containers of munitions to Russia since July, Shin said, updating a figure of 6,700 he had given in February. Russia has sent more than 9,000 containers back to North Korea in return, Shin said. Ukraine said it had intercepted 149 of the 166 cruise missiles Russia fired, as North Korea's ballistic missiles struck Kyiv. The first flight departed Moscow for Pyongyang, with tickets priced at 45,000 rubles ($570).",
    expect: [
      { text: 'around 7,000', measure: 'containers', value: 7000 },
      { text: '6,700', measure: 'containers', value: 6700 },
      { text: 'more than 9,000', measure: 'aid_to_nk', value: 9000 },
    ],
  },
  {
    name: 'supplies and losses: ships\' "round trips"; goods "supplied to North Korea"; Russia "burning through" troops; a headline that "Eliminates 18"; no third party\'s rice',
    text: 'The Russian cargo vessels carrying North Korean munitions made at least five round trips. The estimated amount that has been supplied to North Korea is more than a million barrels of oil. China shipped 50,000 tons of rice to North Korea. Russia is now burning through roughly 30,000 troops every month, as North Koreans join. Storm Shadow Strike in Kursk Region Eliminates 18 Russian Officers, Including North Korean Personnel',
    expect: [
      { text: 'at least five', measure: 'shipments', value: 5 },
      { text: 'more than a million', measure: 'aid_to_nk', value: 1e6 },
      { text: 'roughly 30,000', measure: 'russian_casualties', value: 30000 },
      { text: '18', measure: 'russian_casualties', value: 18 },
    ],
  },
  {
    name: 'troops and losses: a pair\'s owner passed on across a long noun phrase; instructors; missiles of a "class"; "thought to number"; frozen "N. Korean" assets',
    text: 'The MP reported that 300 North Korean soldiers fighting in the Russian army were killed and 2,700 were injured. Approximately 40 North Korean instructors were stationed in the Komutovka area of Kursk Oblast. More than 100 Hwasong-11 class missiles have been shipped from North Korea to Russia. They hide the recruitment of Pyongyang fighters, which are thought to number 12,000. NYT: Russia Allowed Release of $9 Mln in Frozen N. Korean Assets',
    expect: [
      { text: '300', measure: 'nk_killed', value: 300 },
      { text: '2,700', measure: 'nk_wounded', value: 2700 },
      { text: 'Approximately 40', measure: 'troops_deployed', value: 40 },
      { text: 'More than 100', measure: 'missiles_rockets', value: 100 },
      { text: '12,000', measure: 'troops_deployed', value: 12000 },
      { text: '$9 Mln', measure: 'aid_to_nk', value: 9e6 },
    ],
  },
  {
    name: 'headlines: "N. Koreans dead or hurt", troops that "die in a week", Pyongyang that "pockets" a sum from a troop deal',
    text: '3,000 N. Koreans dead or hurt, Zelensky says. Up to 1,000 North Korean troops die in a week. Pyongyang pockets $500m a year from troop deal.',
    expect: [
      { text: '3,000', measure: 'nk_casualties', value: 3000 },
      { text: 'Up to 1,000', measure: 'nk_killed', value: 1000 },
      { text: '$500m', measure: 'payment_for_troops', value: 5e8 },
    ],
  },
  {
    name: 'troops: those "preparing to fight" right after their count are to come; those "in Russia preparing to fight" are there',
    text: 'We are aware that about 10,000 soldiers from North Korea are preparing to fight against us. Some 3,000 North Korean troops are in Russia preparing to fight in Ukraine, South Korea says.',
    expect: [
      { text: 'about 10,000', measure: 'troops_planned', value: 10000 },
      { text: 'Some 3,000', measure: 'troops_deployed', value: 3000 },
    ],
  },
  {
    name: 'missiles: "of North Korean origin" after the missiles says whose they are, whoever fired them',
    text: 'Russia launched 20 missiles of North Korean origin at Ukraine in January.',
    expect: [{ text: '20', measure: 'missiles_rockets', value: 20 }],
  },
  {
    name: 'money: "tens of billions of dollars" read whole; "the value of North Korea\'s support" counted as arms; not another\'s support',
    text: "North Korea has earned tens of billions of dollars from supporting Russia's war, Budanov said. The value of North Korea's support to Russia is estimated at $20 billion. The value of Western support to Ukraine is $200 billion, as North Korea helps Russia.",
    expect: [
      { text: 'tens of billions', measure: 'payment_for_weapons', value: { low: 2e10, high: 9e10 } },
      { text: '$20 billion', measure: 'payment_for_weapons', value: 2e10 },
    ],
  },
  {
    name: 'killed: soldiers counted by their funerals or coffins',
    text: 'Pyongyang held funerals for some 100 North Korean soldiers. Footage showed the coffins of 20 North Korean soldiers.',
    expect: [
      { text: 'some 100', measure: 'nk_killed', value: 100 },
      { text: '20', measure: 'nk_killed', value: 20 },
    ],
  },
  {
    name: 'containers of a size: "20-foot" is a size, no number of its own',
    text: 'North Korea sent 5 million 152-mm shells and 300 20-foot containers of arms to Russia.',
    expect: [
      { text: '5 million', measure: 'artillery_shells', value: 5e6 },
      { text: '300', measure: 'containers', value: 300 },
    ],
  },
  {
    name: 'losses: soldiers "burnt through" are lost killed and wounded alike, not only killed',
    text: 'North Korea is burning through 1,000 soldiers a week in Kursk.',
    expect: [{ text: '1,000', measure: 'nk_casualties', value: 1000 }],
  },
  {
    name: 'troops: a party\'s own "deployment of" after "in response to" or "led to" is the sender, not a destination',
    text: "Yoon met a Ukrainian delegation and called for countermeasures in response to North Korea's dispatch of thousands of troops to Russia. Kim may visit Russia for a summit, a year after the treaty that led to North Korea's deployment of 11,000 troops.",
    expect: [
      { text: 'thousands', measure: 'troops_deployed', value: { low: 2000, high: 9000 } },
      { text: '11,000', measure: 'troops_deployed', value: 11000 },
    ],
  },
  {
    name: 'revisions: "up from 3,000" after a figure is the same measure\'s earlier value, its noun left out',
    text: 'Casualties among North Korean troops have increased to over 4,000, up from 3,000 since January, the NIS said.',
    expect: [
      { text: 'over 4,000', measure: 'nk_casualties', value: 4000 },
      { text: '3,000', measure: 'nk_casualties', value: 3000 },
    ],
  },
  {
    name: 'captured: the two soldiers asked about asylum or defecting are prisoners',
    text: "South Korea's spy agency told lawmakers that the two North Korean soldiers had not sought asylum in South Korea. The spokesperson said the two soldiers have yet to express a wish to defect.",
    expect: [
      { text: 'two', measure: 'nk_captured', value: 2 },
      { text: 'two', measure: 'nk_captured', value: 2 },
    ],
  },
  {
    name: 'Russia\'s losses: "Russia\'s suffering an estimated" is no speaker; a total restated after a dash keeps its owner',
    text: "North Korea's troops fight in Kursk. Russia's suffering an estimated 1,200 casualties per day \u2014 more than 600,000 since February 2022.",
    expect: [
      { text: 'an estimated 1,200', measure: 'russian_casualties', value: 1200 },
      { text: 'more than 600,000', measure: 'russian_casualties', value: 600000 },
    ],
  },
  {
    name: 'grammar: "another thousand" is one of the scale, as "a thousand" is',
    text: 'At least 100 North Korean soldiers were killed and another thousand were wounded.',
    expect: [
      { text: 'At least 100', measure: 'nk_killed', value: 100 },
      { text: 'another thousand', measure: 'nk_wounded', value: 1000 },
    ],
  },
  {
    name: 'nouns: "tonnes of refined oil", "arms shipments", "KN-23 (Hwasong-11Ga) model short range ballistic missiles"',
    text: 'In March alone, Russia supplied North Korea with approximately 22,000 tonnes of refined oil. North Korea has sent around ten arms shipments to Russia. Pyongyang has also shipped dozens of KN-23 (Hwasong-11Ga) model short range ballistic missiles to Moscow.',
    expect: [
      { text: 'approximately 22,000', measure: 'aid_to_nk', value: 22000 },
      { text: 'around ten', measure: 'shipments', value: 10 },
      { text: 'dozens', measure: 'missiles_rockets', value: { low: 24, high: 96 } },
    ],
  },
  {
    name: 'owners: "Ukrainian civilian infrastructure" is what was attacked, not who owns the count after it',
    text: 'North Korea enabled Russia to increase missile attacks against critical Ukrainian civilian infrastructure and supplied more than 20,000 containers of munitions.',
    expect: [{ text: 'more than 20,000', measure: 'containers', value: 20000 }],
  },
  {
    name: 'Russia\'s losses: "15,000 Russians have been killed" counts Russia\'s people',
    text: "Ukraine's Zelensky says nearly 15,000 Russians have been killed in Kursk region, where North Korean troops fight.",
    expect: [{ text: 'nearly 15,000', measure: 'russian_casualties', value: 15000 }],
  },
  {
    name: 'troops to come: "intended to involve"; "from an elite unit will arrive"; ", will be deployed" after a comma',
    text: 'Russia intended to involve about 10,000 soldiers from North Korea in the war. 5,000 North Korean soldiers from an elite unit will arrive in Kursk by Monday. Umerov expects that five North Korean units, each of about 3,000 soldiers, will be deployed to Kursk.',
    expect: [
      { text: 'about 10,000', measure: 'troops_planned', value: 10000 },
      { text: '5,000', measure: 'troops_planned', value: 5000 },
      { text: 'about 3,000', measure: 'troops_planned', value: 3000 },
    ],
  },
  {
    name: 'revisions: "the number increased over nine times to 74" restates the figure before, the multiple no count',
    text: 'Russia launched eight North Korean missiles in the first half of the year, but the number increased over nine times to 74 in the second half.',
    expect: [
      { text: 'eight', measure: 'missiles_rockets', value: 8 },
      { text: '74', measure: 'missiles_rockets', value: 74 },
    ],
  },
  {
    name: 'losses: a force that "had already sustained losses" is counted whole; a quote before the predicate is passed',
    text: 'Zelensky said 11,000 North Korean troops were in Kursk and had already sustained "losses". Russia had deployed around 12,000 North Korean troops to Kursk, of whom more than 4,000 "had been lost."',
    expect: [
      { text: '11,000', measure: 'troops_deployed', value: 11000 },
      { text: 'around 12,000', measure: 'troops_deployed', value: 12000 },
      { text: 'more than 4,000', measure: 'nk_casualties', value: 4000 },
    ],
  },
  {
    name: 'money: a state paid a large sum for each soldier is paid for troops; the monthly pay it gets for one is pay',
    text: 'Experts estimate that Pyongyang could receive as much as $200,000 for each soldier sent to Russia. Officials estimated that North Korea would receive up to $2,000 from Russia for each soldier it deployed.',
    expect: [
      { text: 'as much as $200,000', measure: 'payment_for_troops', value: 200000 },
      { text: 'up to $2,000', measure: 'soldier_pay', value: 2000 },
    ],
  },
  {
    name: 'money: a currency code glued to digits ("USD540 million"); earned "from exporting munitions" is paid for arms',
    text: 'North Korea made USD1.35 billion from illicit cyber activities and USD540 million from exporting munitions to Russia.',
    expect: [{ text: 'USD540 million', measure: 'payment_for_weapons', value: 540000000 }],
  },
  {
    name: 'troops: "the loss of" soldiers is a loss; troops welcomed home or returned to North Korea are no deployment',
    text: 'Kim mourned the loss of nine personnel. Kim Jong-un welcomed around 1,000 engineer troops from the 528th Regiment at a ceremony. About 1,100 North Korean soldiers returned to North Korea in December.',
    expect: [{ text: 'nine', measure: 'nk_casualties', value: 9 }],
  },
  {
    name: 'troops to come: "are planned to be deployed"; "was sending" in reported speech',
    text: '2,600 North Korean soldiers are planned to be deployed in Kursk by the end of October. Zelensky said North Korea was sending close to 10,000 troops to fight alongside Russian forces.',
    expect: [
      { text: '2,600', measure: 'troops_planned', value: 2600 },
      { text: 'close to 10,000', measure: 'troops_planned', value: 10000 },
    ],
  },
  {
    name: 'troops: a part after ", with" measures what the count before it does',
    text: 'The number of North Korean troops in Russia may be closer to 11,000 to 12,000, with approximately 10,000 now in the Kursk region.',
    expect: [
      { text: 'closer to 11,000 to 12,000', measure: 'troops_deployed', value: { low: 11000, high: 12000 } },
      { text: 'approximately 10,000', measure: 'troops_deployed', value: 10000 },
    ],
  },
  {
    name: 'revisions: "puts the figure slightly higher, at"; "putting the total at"; "up from an earlier U.S. assessment of"',
    text: 'There are 10,000 North Korean troops in Russia, though Ukrainian intelligence puts the figure slightly higher, at 12,000. The NIS estimates 10,000 North Korean troops are in Kursk, with other reporting putting the total at about 11,000. Miller said up to 10,000 North Korean troops have gone to Kursk, up from an earlier U.S. assessment of 8,000.',
    expect: [
      { text: '10,000', measure: 'troops_deployed', value: 10000 },
      { text: '12,000', measure: 'troops_deployed', value: 12000 },
      { text: '10,000', measure: 'troops_deployed', value: 10000 },
      { text: 'about 11,000', measure: 'troops_deployed', value: 11000 },
      { text: 'up to 10,000', measure: 'troops_deployed', value: 10000 },
      { text: '8,000', measure: 'troops_deployed', value: 8000 },
    ],
  },
  {
    name: 'losses: "the other two have suffered losses" counts no loss; "about 4,000 had suffered casualties" does',
    text: 'Of three North Korean brigades, the other two have suffered losses. Zelensky said about 4,000 North Korean troops had suffered casualties.',
    expect: [{ text: 'about 4,000', measure: 'nk_casualties', value: 4000 }],
  },
  {
    name: 'troops: those who "are in" a place are there, whatever another clause foresees',
    text: "Blinken says North Korean soldiers are expected to deploy in combat in the coming days, while Robert Wood said 8,000 of Pyongyang's soldiers are in the Kursk region.",
    expect: [{ text: '8,000', measure: 'troops_deployed', value: 8000 }],
  },
  {
    name: 'goods: horses Russia gives North Korea in return are aid, counted in horses; no gift, no figure',
    text: 'Putin gifted Kim Jong-un 24 horses in exchange for artillery shells. The consignment includes 19 stallions and five mares, sent from Russia. China sold 30 horses to South Korea.',
    expect: [
      { text: '24', measure: 'aid_to_nk', value: 24 },
      { text: '19', measure: 'aid_to_nk', value: 19 },
      { text: 'five', measure: 'aid_to_nk', value: 5 },
    ],
  },
  {
    name: 'not: "Russia and North Korea lost dozens of officers" is both sides\' loss, neither alone',
    text: 'Zelensky said Russia and North Korea had lost dozens of officers in a Ukrainian strike. North Korea lost 300 soldiers in Kursk.',
    expect: [{ text: '300', measure: 'nk_casualties', value: 300 }],
  },
  {
    name: 'not: shells produced, expended or stored by a gun are none sent; those shipped still are',
    text: "North Korea's plant aims to produce 6000 shells per month. Russia may expend an additional 7 million rounds this year. The M1989 has storage for 12 rounds. North Korea has shipped containers that can store about 5 million shells.",
    expect: [{ text: 'about 5 million', measure: 'artillery_shells', value: 5000000 }],
  },
  {
    name: 'not: people struck by a North Korean missile, and more of them hurt, are no North Korean loss',
    text: 'At least 12 people were killed and over 100 injured after a suspected North Korean missile destroyed an apartment building in Kyiv. At least 100 North Korean soldiers were killed and over 1,000 injured.',
    expect: [
      { text: 'At least 100', measure: 'nk_killed', value: 100 },
      { text: 'over 1,000', measure: 'nk_wounded', value: 1000 },
    ],
  },
  {
    name: 'losses: the verb before "62,400 Russian occupiers and 4,500 North Korean soldiers" is said of both',
    text: 'During the Kursk operation, the Ukrainian Armed Forces neutralized 62,400 Russian occupiers and 4,500 North Korean soldiers.',
    expect: [
      { text: '62,400', measure: 'russian_casualties', value: 62400 },
      { text: '4,500', measure: 'nk_killed', value: 4500 },
    ],
  },
  {
    name: 'losses: soldiers "including" in a count of casualties are lost; a quoted predicate is read',
    text: 'Russian forces have sustained approximately 40,000 casualties in the region, including over 1,000 North Korean soldiers. Zelensky said 3,000 North Korean troops have been \u2018killed or wounded\u2019 in fight. North Korea sent 11,000 troops, including 500 officers.',
    expect: [
      { text: 'approximately 40,000', measure: 'russian_casualties', value: 40000 },
      { text: 'over 1,000', measure: 'nk_casualties', value: 1000 },
      { text: '3,000', measure: 'nk_casualties', value: 3000 },
      { text: '11,000', measure: 'troops_deployed', value: 11000 },
      { text: '500', measure: 'troops_deployed', value: 500 },
    ],
  },
  {
    name: 'owners: the parties of "Russia\'s war against Ukraine" own nothing counted; "Russia\'s war losses" do',
    text: "North Korean forces are taking mass casualties on the front lines of Russia's war against Ukraine, with a thousand of their troops killed or wounded last week. Kim vowed to support Russia's war in Ukraine, weeks after sending thousands of troops to fight for Russia. Russia's war losses exceed 600,000.",
    expect: [
      { text: 'a thousand', measure: 'nk_casualties', value: 1000 },
      { text: 'thousands', measure: 'troops_deployed', value: { low: 2000, high: 9000 } },
      { text: 'exceed 600,000', measure: 'russian_casualties', value: 600000 },
    ],
  },
  {
    name: 'revisions: "while Seoul estimates at 3,600" is another estimate of the figure before, its noun left out',
    text: 'Ukraine says 4,000 North Korean soldiers were killed or wounded, while Seoul estimates at 3,600.',
    expect: [
      { text: '4,000', measure: 'nk_casualties', value: 4000 },
      { text: '3,600', measure: 'nk_casualties', value: 3600 },
    ],
  },
  {
    name: 'revisions: "with some reports mentioning numbers up to 12,000" restates the figure before',
    text: 'North Korea has transferred at least 10,000 soldiers to Russia, with some reports mentioning numbers up to 12,000.',
    expect: [
      { text: 'at least 10,000', measure: 'troops_deployed', value: 10000 },
      { text: 'up to 12,000', measure: 'troops_deployed', value: 12000 },
    ],
  },
  {
    name: 'losses: a loss subject named far before its verb ("the losses of … since November have already reached")',
    text: 'Zelensky said the losses of North Korean soldiers in the Kursk region of Russia since November have already reached 4,000.',
    expect: [{ text: '4,000', measure: 'nk_casualties', value: 4000 }],
  },
  {
    name: 'lists: estimates each said with its maker ("4,000 for Zelensky, 3,000 for NIS, and 1,200 for the Pentagon")',
    text: 'The gap in North Korean casualties was 4,000 for Zelensky, 3,000 for NIS, and 1,200 for the U.S. Department of Defense.',
    expect: [
      { text: '4,000', measure: 'nk_casualties', value: 4000 },
      { text: '3,000', measure: 'nk_casualties', value: 3000 },
      { text: '1,200', measure: 'nk_casualties', value: 1200 },
    ],
  },
  {
    name: 'money: "shell deliveries netted", "deliveries of munitions earned", earned "since the war began" are paid for arms',
    text: 'Analysts estimate the shell deliveries netted Pyongyang at least $1.7 billion. Deliveries of munitions to Russia earned North Korea $540 million last year. North Korea has earned an estimated $20 billion since the war began. Russia has lost $300 billion since the war began.',
    expect: [
      { text: 'at least $1.7 billion', measure: 'payment_for_weapons', value: 1.7e9 },
      { text: '$540 million', measure: 'payment_for_weapons', value: 5.4e8 },
      { text: 'an estimated $20 billion', measure: 'payment_for_weapons', value: 2e10 },
    ],
  },
  {
    name: 'missiles: "69 missiles made in North Korea" are North Korea\'s; thousands whose words name no party are not',
    text: 'Prosecutors said Russia had launched 69 missiles made in North Korea. The KN-23s are a small share of the more than 10,000 missiles Russia has launched.',
    expect: [{ text: '69', measure: 'missiles_rockets', value: 69 }],
  },
  {
    name: 'money: a headline\'s "earned $20bn from war" is what the war earned North Korea; not Russia\'s losses',
    text: 'Pyongyang earned $20bn from war, report says. Russia lost $20bn from war, as North Korea sent troops.',
    expect: [{ text: '$20bn', measure: 'payment_for_weapons', value: 2e10 }],
  },
  {
    name: 'wounded: "hurt" where its clause ends or says where ("600 killed, 4,700 hurt"); not "hurt" with an object',
    text: 'Seoul: 600 North Korean troops killed, 4,700 hurt. About 300 North Korean soldiers were killed and 2,700 hurt in Kursk. The 11,000 North Korean troops hurt morale in Kyiv.',
    expect: [
      { text: '600', measure: 'nk_killed', value: 600 },
      { text: '4,700', measure: 'nk_wounded', value: 4700 },
      { text: 'About 300', measure: 'nk_killed', value: 300 },
      { text: '2,700', measure: 'nk_wounded', value: 2700 },
      { text: '11,000', measure: 'troops_deployed', value: 11000 },
    ],
  },
  {
    name: 'shares: "1 in 3 North Korean soldiers … killed or injured" is a share of the losses, as "a third of" is',
    text: '1 in 3 North Korean soldiers in Kursk killed or injured. Of the 11,000 North Korean troops sent, one in three have been killed or wounded.',
    expect: [
      { text: '1 in 3', measure: 'nk_casualties', value: 33 },
      { text: '11,000', measure: 'troops_deployed', value: 11000 },
      { text: 'one in three', measure: 'nk_casualties', value: 3667 },
    ],
  },
  {
    name: "nouns: an editor's gloss in square brackets and North Korea's full name are passed over to the noun",
    text: "The UK said casualties amount to more than half of the approximately 11,000 DPRK [Democratic People\u2019s Republic of Korea] troops initially deployed to Kursk. Around 10,000 Democratic People's Republic of Korea (DPRK) combat troops are in Russia.",
    expect: [
      { text: 'more than half', measure: 'nk_casualties', value: 5500 },
      { text: 'approximately 11,000', measure: 'troops_deployed', value: 11000 },
      { text: 'Around 10,000', measure: 'troops_deployed', value: 10000 },
    ],
  },
  {
    name: 'troops to come: a sending under way with an adverb, or by another verb ("is likely sending", "is deploying"); troops that "already fight" are there',
    text: 'Healey said North Korea is likely sending hundreds of combat troops to Russia. North Korea is deploying 6,000 engineers to Kursk, while over 10,000 North Korean troops already fight alongside Russian forces.',
    expect: [
      { text: 'hundreds', measure: 'troops_planned', value: { low: 200, high: 900 } },
      { text: '6,000', measure: 'troops_planned', value: 6000 },
      { text: 'over 10,000', measure: 'troops_deployed', value: 10000 },
    ],
  },
  {
    name: 'troops to come: a decision "made" to send is a plan; North Korea\'s "decision to send" as a noun names a sending',
    text: "Kim Jong-un has made the decision to send to Russia 1,000 mine clearance specialists. Seoul summoned the ambassador over North Korea's decision to send thousands of soldiers to Russia.",
    expect: [
      { text: '1,000', measure: 'troops_planned', value: 1000 },
      { text: 'thousands', measure: 'troops_deployed', value: { low: 2000, high: 9000 } },
    ],
  },
  {
    name: 'wounded: soldiers brought to a hospital; captives shown "in hospital beds" are captives, not wounded',
    text: 'More than 220 North Korean soldiers, who were deployed to Kursk, have been transferred to a hospital in Moscow. A nurse complained about hundreds of North Korean soldiers arriving at Moscow hospital. The SBU released a video of the two North Korean men in hospital beds.',
    expect: [
      { text: 'More than 220', measure: 'nk_wounded', value: 220 },
      { text: 'hundreds', measure: 'nk_wounded', value: { low: 200, high: 900 } },
      { text: 'two', measure: 'nk_captured', value: 2 },
    ],
  },
  {
    name: 'not deployed: soldiers on parade at home, or marching past; a parade of the troops sent still counts them',
    text: 'More than 50,000 North Koreans, including 13,000 troops, took part in a massive military parade in Pyongyang. Kim saluted as thousands of North Korean soldiers marched past. The deployment of around 12,000 North Korean troops was celebrated at a military parade.',
    expect: [{ text: 'around 12,000', measure: 'troops_deployed', value: 12000 }],
  },
  {
    name: 'troops to come: a modal after the troops ("will assist", "who he said would be moved") or with "actually" before its verb',
    text: 'Some 6,000 North Korean troops will assist in demining Kursk. Zelensky spoke of about 12,000 North Korean troops, who he said would be moved to Russian bases. Pyongyang may actually deploy as many as 100,000.',
    expect: [
      { text: 'Some 6,000', measure: 'troops_planned', value: 6000 },
      { text: 'about 12,000', measure: 'troops_planned', value: 12000 },
      { text: 'as many as 100,000', measure: 'troops_planned', value: 100000 },
    ],
  },
  {
    name: "missiles: thousands whose sender North Korea is named before them are its own; Russia's own launches are not",
    text: 'North Korea has exported thousands of short-range missiles to Russia. Russia has launched more than 10,000 missiles at Ukraine, including dozens from North Korea.',
    expect: [
      { text: 'thousands', measure: 'missiles_rockets', value: { low: 2000, high: 9000 } },
      { text: 'dozens', measure: 'missiles_rockets', value: { low: 24, high: 96 } },
    ],
  },
  {
    name: 'lists: a second count hedged past the first shares its noun or measure ("thousands, maybe hundreds of thousands of shells", "60,000 or even 100,000")',
    text: 'Paparo said North Korea is sending thousands, maybe hundreds of thousands of artillery shells to Russia. Pyongyang could be able to send up to 60,000 or even 100,000 troops.',
    expect: [
      { text: 'thousands', measure: 'artillery_shells', value: { low: 2000, high: 9000 } },
      { text: 'hundreds of thousands', measure: 'artillery_shells', value: { low: 200000, high: 900000 } },
      { text: 'up to 60,000', measure: 'troops_planned', value: 60000 },
      { text: '100,000', measure: 'troops_planned', value: 100000 },
    ],
  },
  {
    name: 'nouns: people said after a copula to be what its noun names, where nothing else gives the count a noun',
    text: 'Of the North Korean contingent, another thousand are engineering troops. Of those killed, 300 were North Korean soldiers.',
    expect: [
      { text: 'another thousand', measure: 'troops_deployed', value: 1000 },
      { text: '300', measure: 'nk_killed', value: 300 },
    ],
  },
  {
    name: 'nouns: a list item\'s label names the count right after it ("Ballistic Missiles: Dozens transferred")',
    text: 'Ballistic Missiles: Dozens transferred to aid Russia\u2019s war effort by North Korea.',
    expect: [{ text: 'Dozens', measure: 'missiles_rockets', value: { low: 24, high: 96 } }],
  },
  {
    name: 'shares: what "this amounts to" of the troops sent is the losses pointed back at; the whole is the troops sent',
    text: 'This amounts to almost half of the 11,000 North Korean troops initially sent to Russia. North Korean troops have incurred over 5,000 casualties in Kursk while fighting Ukrainian forces, nearly half of the 11,000 initially sent.',
    expect: [
      { text: 'almost half', measure: 'nk_casualties', value: 5500 },
      { text: '11,000', measure: 'troops_deployed', value: 11000 },
      { text: 'over 5,000', measure: 'nk_casualties', value: 5000 },
      { text: 'nearly half', measure: 'nk_casualties', value: 5500 },
      { text: '11,000', measure: 'troops_deployed', value: 11000 },
    ],
  },
  {
    name: 'troops: bomb disposal experts are sappers; "fighters" beside bombers and aircraft are planes',
    text: "Pyongyang will send 5,000 military construction workers and 1,000 bomb disposal experts to Russia. North Korea's air force consists of more than 400 fighters, 80 light bombers and 200 transport aircraft.",
    expect: [
      { text: '5,000', measure: 'troops_planned', value: 5000 },
      { text: '1,000', measure: 'troops_planned', value: 1000 },
    ],
  },
  {
    name: "soldier pay: not a government employee's salary, nor the price of a tour per person",
    text: "The average monthly salary of a North Korean government employee is just $1\u2013$3. A Russian travel agency offers tours to North Korea's Kalma resort at $1,840 per person.",
    expect: [],
  },
  {
    name: 'losses: "killed or incapacitated" are killed and wounded; troops "lost out of" a deployment are lost',
    text: 'More than half of the North Korean troops were killed or incapacitated. Around 4,000 North Korean troops had been lost out of the initial deployment.',
    expect: [
      { text: 'More than half', measure: 'nk_casualties', value: 50 },
      { text: 'Around 4,000', measure: 'nk_casualties', value: 4000 },
    ],
  },
  {
    name: 'owners: a side North Korea\'s troops "join" is not the owner of their dead; "the total" of a force is no count of losses',
    text: 'The arrival of 12,000 North Koreans to join Russia in combat has had devastating costs, with an estimated 4,000 troops killed in battle. The North Korean side took more than 6,000 casualties out of the total 11,000 soldiers it sent.',
    expect: [
      { text: '12,000', measure: 'troops_deployed', value: 12000 },
      { text: 'an estimated 4,000', measure: 'nk_killed', value: 4000 },
      { text: 'more than 6,000', measure: 'nk_casualties', value: 6000 },
      { text: '11,000', measure: 'troops_deployed', value: 11000 },
    ],
  },
  {
    name: 'parts: a part of the count before named later in its clause, and more of the same joined after it',
    text: 'Around 15,000 North Korean personnel have been sent to Russia \u2014 including 11,000 last year during fighting in Kursk, and a further 4,000 earlier this year.',
    expect: [
      { text: 'Around 15,000', measure: 'troops_deployed', value: 15000 },
      { text: '11,000', measure: 'troops_deployed', value: 11000 },
      { text: '4,000', measure: 'troops_deployed', value: 4000 },
    ],
  },
  {
    name: 'captives: a prisoner exchange tells the story of the soldiers counted; prisoners swapped with no North Korean named are not theirs',
    text: 'Lawmaker calls for 2 North Korean soldiers not included in prisoner exchange to be brought to South. Approximately 300 prisoners were swapped each day.',
    expect: [{ text: '2', measure: 'nk_captured', value: 2 }],
  },
  {
    name: 'losses: the missing are no loss counted; "knocked out of action" is killed and wounded; "with various injuries" is wounded',
    text: 'Some 30 North Korean soldiers were killed or wounded and three had gone missing. At least 200 North Korean troops had been knocked out of action. A Moscow hospital received over 100 North Korean soldiers with various injuries.',
    expect: [
      { text: 'Some 30', measure: 'nk_casualties', value: 30 },
      { text: 'At least 200', measure: 'nk_casualties', value: 200 },
      { text: 'over 100', measure: 'nk_wounded', value: 100 },
    ],
  },
  {
    name: 'nouns: the noun after an aside closed by a comma, a gloss first in the phrase, "the country\'s", a corps\' name in quotes, replacements',
    text: "The US confirmed that hundreds, possibly thousands, of North Korean troops have been deployed to Russia. Over 10,000 [North Korean] soldiers have been sent to eastern Russia. Around 12,000 of the country's elite soldiers were sent to Russia. More than 100 \u201cStorm\u201d Corps troops from North Korea have been killed. About 14,000 North Korean troops were deployed, including 3,000 replacements.",
    expect: [
      { text: 'hundreds', measure: 'troops_deployed', value: { low: 200, high: 900 } },
      { text: 'thousands', measure: 'troops_deployed', value: { low: 2000, high: 9000 } },
      { text: 'Over 10,000', measure: 'troops_deployed', value: 10000 },
      { text: 'Around 12,000', measure: 'troops_deployed', value: 12000 },
      { text: 'More than 100', measure: 'nk_killed', value: 100 },
      { text: 'About 14,000', measure: 'troops_deployed', value: 14000 },
      { text: '3,000', measure: 'troops_deployed', value: 3000 },
    ],
  },
  {
    name: 'troops: arriving or remaining troops are there; a plan with "ultimately", "initially", "potentially", "committed to dispatching", "expects … to take part", "could be rotated"',
    text: 'North Korea began deploying troops in October, with up to 11,000 reportedly arriving in Kursk. Roughly 5,000 North Korean troops have been killed or injured, but 6,000 remain in the region. North Korea could initially send up to 15,000 soldiers. Kim has committed to dispatching 1,000 North Korean sappers. Kyiv expects about 15,000 North Korean troops to take part in combat. Up to 15,000 North Korean troops could be rotated every few months.',
    expect: [
      { text: 'up to 11,000', measure: 'troops_deployed', value: 11000 },
      { text: 'Roughly 5,000', measure: 'nk_casualties', value: 5000 },
      { text: '6,000', measure: 'troops_deployed', value: 6000 },
      { text: 'up to 15,000', measure: 'troops_planned', value: 15000 },
      { text: '1,000', measure: 'troops_planned', value: 1000 },
      { text: 'about 15,000', measure: 'troops_planned', value: 15000 },
      { text: 'Up to 15,000', measure: 'troops_planned', value: 15000 },
    ],
  },
  {
    name: 'not supplied: shells North Korea is said "to have" are a stock; a force North Korea\'s troops are a part of is not theirs; a trip\'s price is no payment',
    text: 'North Korea is estimated to have tens of millions of artillery shells. Russia has assembled around 50,000 soldiers, including around 10,000 from North Korea. A week-long trip to North Korea costs around 1,800 USD.',
    expect: [{ text: 'around 10,000', measure: 'troops_deployed', value: 10000 }],
  },
  {
    name: "not supplied: a cargo North Korea's munitions are only a part of; officers are North Korea's though some are of its General Staff",
    text: "Ukraine struck a depot holding North Korean shells. The Ukrainian military said that 2,000 tons of munitions, including some from North Korea, had arrived at the depot before the strike. This contingent includes at least 500 officers, including three generals from North Korea's General Staff.",
    expect: [{ text: 'at least 500', measure: 'troops_deployed', value: 500 }],
  },
  {
    name: 'losses: a count said to peak later in the clause; "standing at"; "estimated losses"; a headline\'s participle after where troops were sent',
    text: "As North Korea sent troops, casualties for Moscow's troops averaged between 172 and 559 per day in 2022 and peaked at 967 in 2023. With North Korea's help, the total casualties of Russian troops are standing at over 771,000. Russia has now reached one million estimated losses since invading Ukraine. More Than Half Of North Korean Troops Sent To Russia Injured Or Killed, UK Says",
    expect: [
      { text: 'between 172 and 559', measure: 'russian_casualties', value: { low: 172, high: 559 } },
      { text: '967', measure: 'russian_casualties', value: 967 },
      { text: 'over 771,000', measure: 'russian_casualties', value: 771000 },
      { text: 'one million', measure: 'russian_casualties', value: 1000000 },
      { text: 'More Than Half', measure: 'nk_casualties', value: 50 },
    ],
  },
  {
    name: "losses: a participle with a number after it has that number as its object, not a headline's participle",
    text: '3,000 North Korean troops sent to Kursk killed 200 Ukrainians. 3,000 North Korean troops in Kursk killed 200 Ukrainians.',
    expect: [
      { text: '3,000', measure: 'troops_deployed', value: 3000 },
      { text: '3,000', measure: 'troops_deployed', value: 3000 },
    ],
  },
  {
    name: 'troops to come: "troop numbers in" a place that "could rise to" a count; the modifier apostrophe (U+02BC) reads as one',
    text: 'North Korean troop numbers in Russia\u02BCs Kursk region could rise to 15,000.',
    expect: [{ text: '15,000', measure: 'troops_planned', value: 15000 }],
  },
  {
    name: "not North Korea's: the dead of a strike with a weapon North Korea made; munitions that go to Ukraine",
    text: 'Zelensky claims North Korean missile used in Russian strike killed 12 in Kyiv. Russia used a ballistic missile manufactured in North Korea in an attack on Kyiv that killed 12 people and injured 90. Czech officials said the first 50,000 to 100,000 artillery shells would come to Ukraine in June. North Korea has sent 1 million shells to Russia for its war against Ukraine.',
    expect: [{ text: '1 million', measure: 'artillery_shells', value: 1000000 }],
  },
  {
    name: 'money: "billions of dollars worth of artillery shells", "billions in weapons sales" (dollars unsaid), what the war "brought its economy"',
    text: "North Korea sent billions of dollars worth of artillery shells to Russia. Seoul reports billions in weapons sales by North Korea to Moscow. North Korea\u2019s participation in Russia\u2019s war has brought its economy over $20 billion. North Korea's economy is worth about $30 billion.",
    expect: [
      { text: 'billions', measure: 'payment_for_weapons', value: { low: 2e9, high: 9e9 } },
      { text: 'billions', measure: 'payment_for_weapons', value: { low: 2e9, high: 9e9 } },
      { text: 'over $20 billion', measure: 'payment_for_weapons', value: 2e10 },
    ],
  },
  {
    name: 'missiles: "at least one of those North Korean ballistic missiles", "North Korean-supplied", "such missiles" Moscow fired',
    text: 'Russian forces fired at least one of those North Korean ballistic missiles into Ukraine. Russia launched two of the North Korean-supplied missiles at Kharkiv. Moscow fired 74 such missiles at Ukraine between July and December, as North Korea sent more. Russia fired 40 Iskander missiles at Kyiv.',
    expect: [
      { text: 'at least one', measure: 'missiles_rockets', value: 1 },
      { text: 'two', measure: 'missiles_rockets', value: 2 },
      { text: '74', measure: 'missiles_rockets', value: 74 },
    ],
  },
  {
    name: "restated: a number restating troops is no loss's; a number the grammar left half read restates nothing",
    text: 'North Korea has sent about 11,000 troops. The North Korean death toll has risen to 300, and officials put the number of wounded at 2,700.\n\nNorth Korea has sent 12,000 troops to Russia. On its economy, the figure was 82-point-three percent of the level of 2019.',
    expect: [
      { text: 'about 11,000', measure: 'troops_deployed', value: 11000 },
      { text: '300', measure: 'nk_killed', value: 300 },
      { text: '2,700', measure: 'nk_wounded', value: 2700 },
      { text: '12,000', measure: 'troops_deployed', value: 12000 },
    ],
  },
  {
    name: 'troops: the number of soldiers named first, "people" after the count; "uniformed personnel"',
    text: 'Ukraine assessed the number of North Korean soldiers in Russia to be about 12,000 people. The Pentagon estimated at around 10,000 the number of North Korean uniformed personnel deployed.',
    expect: [
      { text: 'about 12,000', measure: 'troops_deployed', value: 12000 },
      { text: 'around 10,000', measure: 'troops_deployed', value: 10000 },
    ],
  },
  {
    name: 'shares: "the number amounts to", "this marks", "this is" a share of the troops sent; "incapacitated" and "taken out of action" are losses',
    text: 'The number amounts to more than half of the 11,000 North Korean troops initially deployed. This marks nearly half of the original 11,000 North Korean troops sent to Russia. Of 11,000 North Korean troops deployed, more than a quarter are already incapacitated. A third of the North Korean troops brought over have been taken out of action.',
    expect: [
      { text: 'more than half', measure: 'nk_casualties', value: 5500 },
      { text: '11,000', measure: 'troops_deployed', value: 11000 },
      { text: 'nearly half', measure: 'nk_casualties', value: 5500 },
      { text: '11,000', measure: 'troops_deployed', value: 11000 },
      { text: '11,000', measure: 'troops_deployed', value: 11000 },
      { text: 'more than a quarter', measure: 'nk_casualties', value: 2750 },
      { text: 'A third', measure: 'nk_casualties', value: 3667 },
    ],
  },
  {
    name: "nouns: a list item's label names each count of the list after it, each after its maker",
    text: 'North Korean casualties: Zelensky 4,000, NIS 3,000, U.S. Department of Defense 1,200',
    expect: [
      { text: '4,000', measure: 'nk_casualties', value: 4000 },
      { text: '3,000', measure: 'nk_casualties', value: 3000 },
      { text: '1,200', measure: 'nk_casualties', value: 1200 },
    ],
  },
  {
    name: "aid: goods of years before the war are no return for it; goods of the war's years are",
    text: 'Records show that Russia exported 241,114 barrels of refined petroleum to North Korea in 2018 and 2019. Russia supplied North Korea with more than a million barrels of oil in 2024, far above the 2017 UN cap.',
    expect: [{ text: 'more than a million', measure: 'aid_to_nk', value: 1000000 }],
  },
  {
    name: 'troops to come: a modal\'s adverb in quotes ("could \\"soon\\" have"); troops "they are preparing to send" after them',
    text: 'Zelenskyy warned North Korea could "soon" have as many as 12,000 soldiers on Russian soil. "We know about 10,000 soldiers from North Korea they are preparing to send to fight against us," he added.',
    expect: [
      { text: 'as many as 12,000', measure: 'troops_planned', value: 12000 },
      { text: 'about 10,000', measure: 'troops_planned', value: 10000 },
    ],
  },
  {
    name: 'sending: every form of the verb sends builders ("is dispatching", "deploys"); "deploy a military force of" is a force sent, not an army\'s size',
    text: 'North Korea is dispatching 6,000 engineers to Kursk. North Korea deploys 1,000 engineers to Kursk. North Korea could ultimately deploy a military force of 100,000 troops. North Korea maintains a military force of 1.2 million troops.',
    expect: [
      { text: '6,000', measure: 'troops_planned', value: 6000 },
      { text: '1,000', measure: 'troops_deployed', value: 1000 },
      { text: '100,000', measure: 'troops_planned', value: 100000 },
    ],
  },
  {
    name: 'sending: Russia welcoming troops onto its soil receives them; Kim welcoming troops from a regiment has them home',
    text: 'Russia has turned to the DPRK for manpower, welcoming more than 12,000 DPRK troops onto its soil. Kim Jong-un welcomed around 1,000 engineer troops from the 528th Regiment.',
    expect: [{ text: 'more than 12,000', measure: 'troops_deployed', value: 12000 }],
  },
  {
    name: 'nouns: a unit sized with "-person" or "-strong" is read past its ordinal number ("11th Army Corps")',
    text: 'Hundreds were lost from the approximately 12,000-person North Korean 11th Army Corps. The 11,000-strong North Korean 94th brigade moved to Kursk.',
    expect: [
      { text: 'approximately 12,000', measure: 'troops_deployed', value: 12000 },
      { text: '11,000', measure: 'troops_deployed', value: 11000 },
    ],
  },
  {
    name: 'troops: "infantry" counts soldiers; "additionally sent"; the 10,000 "the US says were deployed"; people "in two brigades" are troops',
    text: 'More than 500 North Korean infantry managed to eject the Ukrainian troops. It appears that approximately 3 000 or more were additionally sent in January. The 8,000 North Korean troops now in Kursk represent a majority of the 10,000 the US says were deployed to Russia. Russia was training two military units from North Korea, involving around 12,000 individuals in two brigades.',
    expect: [
      { text: 'More than 500', measure: 'troops_deployed', value: 500 },
      { text: 'approximately 3 000 or more', measure: 'troops_deployed', value: 3000 },
      { text: '8,000', measure: 'troops_deployed', value: 8000 },
      { text: '10,000', measure: 'troops_deployed', value: 10000 },
      { text: 'around 12,000', measure: 'troops_deployed', value: 12000 },
    ],
  },
  {
    name: 'troops to come: "could escalate to"; "could be 100,000 North Korean troops sent"',
    text: 'The number of North Korean soldiers aiding Russia could escalate to 15,000. Zelensky said there could be 100,000 North Korean troops sent to Russia.',
    expect: [
      { text: '15,000', measure: 'troops_planned', value: 15000 },
      { text: '100,000', measure: 'troops_planned', value: 100000 },
    ],
  },
  {
    name: 'losses: "of these" points back; casualties "including the wounded" are casualties; a toll of both sides is no figure, its North Korean part is',
    text: 'About 11,000 North Korean soldiers were sent. At least 300 of these have been killed and 2,700 injured. Lawmakers said total North Korean casualties, including the wounded, number around 4,700. The Kyiv Post reported that 20 soldiers were killed in a missile strike on occupied Donetsk, including six North Korean military personnel advising the Russian army. Russia and North Korea may have lost around 400 troops in a single attempt to capture the village.',
    expect: [
      { text: 'About 11,000', measure: 'troops_deployed', value: 11000 },
      { text: 'At least 300', measure: 'nk_killed', value: 300 },
      { text: '2,700', measure: 'nk_wounded', value: 2700 },
      { text: 'around 4,700', measure: 'nk_casualties', value: 4700 },
      { text: 'six', measure: 'nk_killed', value: 6 },
    ],
  },
  {
    name: 'captives: "detained" soldiers, and soldiers "from North Korea, captured by" Ukraine; wounded "SVO fighters" are Russia\'s',
    text: 'A coalition petitioned Ukraine to protect two detained North Korean soldiers. Two soldiers from North Korea, captured by Ukrainian forces earlier this year, told a producer they want to go to the South. The rehabilitation of hundreds of wounded SVO fighters in North Korean sanatoriums goes on.',
    expect: [
      { text: 'two', measure: 'nk_captured', value: 2 },
      { text: 'Two', measure: 'nk_captured', value: 2 },
      { text: 'hundreds', measure: 'russian_casualties', value: { low: 200, high: 900 } },
    ],
  },
  {
    name: "money: a wage's own clause ends at a participle; the revenue it translates to pays for the troops",
    text: 'He said each North Korean soldier sent to fight for Russia would be paid a monthly wage of around $2,000, translating to yearly revenue of well over $200 million.',
    expect: [
      { text: 'around $2,000', measure: 'soldier_pay', value: 2000 },
      { text: 'well over $200 million', measure: 'payment_for_troops', value: 200000000 },
    ],
  },
  {
    name: "not troops: things named after \"of these\"; a battalion's size; civilians' toll with no noun; an age; days of a month's list",
    text: 'About 11,000 North Korean soldiers were sent. Officials said 24 of these drones were downed in Bryansk. One or two agents were assigned to each battalion of about 500 soldiers. A mass missile and drone attack on Kyiv unleashed 368 weapons, killing nine and injuring 33, including four children. These soldiers are primarily under the age of 20. At least 30 North Korean soldiers were killed or wounded on Dec. 14 and 15 near the villages.',
    expect: [
      { text: 'About 11,000', measure: 'troops_deployed', value: 11000 },
      { text: 'At least 30', measure: 'nk_casualties', value: 30 },
    ],
  },
  {
    name: 'not North Korea\'s shells: shells pledged to "support Ukraine with", a share "of the cost", a growth rate',
    text: "North Korea has sent shells to Russia. Despite pledging to support Ukraine with a million rounds of ammunition, the EU is behind. Russia produces artillery shells at roughly a quarter of the cost of its allies. Heavy chemicals posted 10.7 percent growth as North Korea began supplying munitions for Russia's war.",
    expect: [],
  },
  {
    name: 'troops: sent as "Pyongyang provided"; "are being sent" is a sending under way; half "the" force; a toll\'s North Korean part',
    text: 'Russia gave North Korea air defence equipment in exchange for the more than 10,000 troops Pyongyang provided. Around 10,000 North Korean soldiers are being sent to Russia. North Korea has lost roughly half the 11,000 troops it deployed. Reports said a missile strike on October 3 killed 20 soldiers, including six North Korean officers.',
    expect: [
      { text: 'more than 10,000', measure: 'troops_deployed', value: 10000 },
      { text: 'Around 10,000', measure: 'troops_planned', value: 10000 },
      { text: 'roughly half', measure: 'nk_casualties', value: 5500 },
      { text: '11,000', measure: 'troops_deployed', value: 11000 },
      { text: 'six', measure: 'nk_killed', value: 6 },
    ],
  },
  {
    name: 'munitions and money: missiles that struck "Kiev"; "railway cars"; "killed or sustained injuries"; weapons "worth 5.5 billion"',
    text: 'Our teams inspected three additional identical DPRK missiles that struck Kiev and Zaporizhia. Photos show five railway cars moving from Russia to North Korea. Over 3,000 North Korean soldiers have either been killed or sustained injuries. The foundation estimated that North Korea had sent to Russia weapons worth 5.5 billion.',
    expect: [
      { text: 'three', measure: 'missiles_rockets', value: 3 },
      { text: 'five', measure: 'shipments', value: 5 },
      { text: 'Over 3,000', measure: 'nk_casualties', value: 3000 },
      { text: '5.5 billion', measure: 'payment_for_weapons', value: 5500000000 },
    ],
  },
  {
    name: 'troops to come: "are reportedly being prepared to join", soldiers "of North Korea that they are preparing to send", "an agreement to ship", "will try to use"',
    text: 'Zelenskyy announced that 10,000 troops from North Korea are reportedly being prepared to join Russian forces. “We know about 10,000 soldiers of North Korea that they are preparing to send to fight against us,” he said. North Korea is accused of supplying manpower, with an agreement to ship up to 12,000 troops. If it works, maybe they will try to use 100,000 North Korean troops.',
    expect: [
      { text: '10,000', measure: 'troops_planned', value: 10000 },
      { text: 'about 10,000', measure: 'troops_planned', value: 10000 },
      { text: 'up to 12,000', measure: 'troops_planned', value: 12000 },
      { text: '100,000', measure: 'troops_planned', value: 100000 },
    ],
  },
  {
    name: 'troops: "were shipped"; a contingent "numbering" so many people; "members of" North Korean forces; mobilised by North Korea, not recruited by Ukraine',
    text: "The first 1,500 North Koreans were shipped on Russian navy vessels to Vladivostok. The North Korean military contingent numbering up to 12,000 people is training in Russia. At least 12,000 members of North Korean forces have been deployed by Russia. Ukraine and South Korea accused North Korea of mobilizing thousands of military personnel to help the Russian army. Ukraine's National Security Council revealed plans to recruit an additional 160,000 personnel.",
    expect: [
      { text: '1,500', measure: 'troops_deployed', value: 1500 },
      { text: 'up to 12,000', measure: 'troops_deployed', value: 12000 },
      { text: 'At least 12,000', measure: 'troops_deployed', value: 12000 },
      { text: 'thousands', measure: 'troops_deployed', value: { low: 2000, high: 9000 } },
    ],
  },
  {
    name: 'losses: "perished or sustained injuries"; "nine members of the regiment died"; "the two guys" in custody; no loss of "captured territory"',
    text: 'Over 3,000 North Korean soldiers had either perished or sustained injuries. Kim said nine members of the regiment died during the deployment. Ukraine captured North Korean soldiers in Kursk. Zelensky said the two guys are in the custody of the Security Service of Ukraine (SBU) in Kyiv and are receiving medical care. Ukraine loses 40% of captured territory in Kursk as North Korean troops advance.',
    expect: [
      { text: 'Over 3,000', measure: 'nk_casualties', value: 3000 },
      { text: 'nine', measure: 'nk_killed', value: 9 },
      { text: 'two', measure: 'nk_captured', value: 2 },
    ],
  },
  {
    name: 'troops: a bare count said to be there, or "that number" revised, after North Korean troops are named; not Russia\'s, nor a count with words of its own',
    text: 'North Korean troops are in Russia. At first, the US said only 3,000 were there but revised that number this week to 10,000.\nNorth Korean soldiers fight in Kursk. "There are already 11,000 in Kursk region," Zelenskiy said.\nRussian troops fight on. There were 3,000 in the region.\nNorth Korean soldiers train in Russia. The training was taking place at five military bases.',
    expect: [
      { text: '3,000', measure: 'troops_deployed', value: 3000 },
      { text: '10,000', measure: 'troops_deployed', value: 10000 },
      { text: '11,000', measure: 'troops_deployed', value: 11000 },
    ],
  },
  {
    name: 'troops: "that number" revised, or the number estimated, after North Korea is said to have sent troops',
    text: 'North Korea has sent troops to Russia to fight Ukraine. This week, the U.S. revised its initial estimate from 3,000 to 10,000.\nPyongyang has deployed more soldiers. Initially, the number was estimated at 1,500.',
    expect: [
      { text: '3,000', measure: 'troops_deployed', value: 3000 },
      { text: '10,000', measure: 'troops_deployed', value: 10000 },
      { text: '1,500', measure: 'troops_deployed', value: 1500 },
    ],
  },
  {
    name: 'losses: "the toll" or "the estimate" restated after North Korea\'s losses are named counts them',
    text: 'North Korean troops have suffered heavy losses in Kursk. The NIS estimated the toll at around 3,000.\nCasualties among North Korean soldiers are mounting. South Korea’s estimate is 1,100.',
    expect: [
      { text: 'around 3,000', measure: 'nk_casualties', value: 3000 },
      { text: '1,100', measure: 'nk_casualties', value: 1100 },
    ],
  },
  {
    name: 'losses: "the number" restated after North Korea\'s dead are named counts its dead',
    text: 'North Korean soldiers killed in Kursk are buried there. The Pentagon put the number at 400.',
    expect: [{ text: '400', measure: 'nk_killed', value: 400 }],
  },
  {
    name: 'not: "the estimate" restated after Russia\'s losses are named',
    text: 'Russian troops have suffered heavy losses in Kursk, where North Korea fights. The current estimate is about 3,000.',
    expect: [],
  },
  {
    name: 'troops: a bare count "observed in" Kursk, "a few thousands"; one "confirmed to be in training in" Russia',
    text: 'North Korea has sent soldiers. A few thousands have been observed in the Kursk region where Russia is fighting.\nUp to 10,000 elite North Korean forces are embedded with Russian troops, with at least 3,000 confirmed to be in training in Russia’s far east.',
    expect: [
      { text: 'A few thousands', measure: 'troops_deployed', value: { low: 2000, high: 5000 } },
      { text: 'Up to 10,000', measure: 'troops_deployed', value: 10000 },
      { text: 'at least 3,000', measure: 'troops_deployed', value: 3000 },
    ],
  },
  {
    name: 'owner: "members of Putin\'s forces" are Russia\'s; two North Korean soldiers before "their Ukrainian captors" are captives',
    text: '‘600 members of Putin’s forces killed in one day’ as North Korean troops fight on\nA video released by Ukraine featured two North Korean soldiers, answering questions from their Ukrainian captors.',
    expect: [
      { text: '600', measure: 'russian_casualties', value: 600 },
      { text: 'two', measure: 'nk_captured', value: 2 },
    ],
  },
  {
    name: 'not: an aircraft\'s model ("a Boeing 757"), nor a toll of a car ramming, on a page that names North Korea',
    text: 'North Korea sent troops to Russia.\nThe Royal New Zealand Air Force plane, a Boeing 757, broke down, forcing the Prime Minister to book a commercial flight.\nDriver who killed 35 in China car ramming sentenced to death',
    expect: [],
  },
  {
    name: 'not: North Koreans evacuated from a flood, or working in China, on a page that names the war',
    text: 'North Korea sent troops to Russia.\nTorrential downpours caused the Yalu River to overflow Sunday, prompting the evacuation of 5,000 North Koreans who remained at risk.\nAbout 50,000 North Koreans are thought to have been working in China before the UN sanctions.',
    expect: [],
  },
  {
    name: 'not: shells North Korea "was estimated to have fired" in a drill; fever deaths; arrivals by quarter; money sent "to Pyongyang\'s weapons programs"',
    text: "North Korea sent troops to fight Ukraine.\n\nNorth Korea was estimated to have fired about 20 shells as part of a training exercise on Friday.\n\nNorth Korea's Toll of 'Unknown Fever' Cases Nears 1.5Mln, Death Toll Reaches 56\n\nNorth Korea's cumulative total has reached 1,483,060 cases, with 819,090 recoveries and 56 deaths, the public health authority said.\n\nNorth Korean defectors keep coming. By quarter, 229 arrived in the first three months of the year, 320 in the second quarter.\n\nNorth Korean IT workers funnel millions of dollars to Pyongyang's weapons programs.",
    expect: [],
  },
  {
    name: 'troops: troops that "arrived in the first quarter" after they are named',
    text: 'North Korean troops are in Russia. About 3,000 arrived in the first quarter.',
    expect: [{ text: 'About 3,000', measure: 'troops_deployed', value: 3000 }],
  },
  {
    name: 'troops: soldiers described by their worth ("skilled", "highly trained", "well disciplined") are still the noun',
    text: 'Russia is bolstered by thousands of skilled North Korean soldiers. Russia gained 3,000 highly trained North Korean soldiers. Some 11,000 well disciplined North Korean troops are in Kursk.',
    expect: [
      { text: 'thousands', measure: 'troops_deployed', value: { low: 2000, high: 9000 } },
      { text: '3,000', measure: 'troops_deployed', value: 3000 },
      { text: 'Some 11,000', measure: 'troops_deployed', value: 11000 },
    ],
  },
  {
    name: 'owner: a party that "accused" North Korea is the accuser, not the supplier ("accused by the West and Ukraine of supplying Russia with")',
    text: 'North Korea has long been accused by the West and Ukraine of supplying Russia with millions of artillery shells and missile parts.',
    expect: [{ text: 'millions', measure: 'artillery_shells', value: { low: 2e6, high: 9e6 } }],
  },
  {
    name: 'troops to come: a bare count that "is expected to be deployed" is people, with no troops named; not where shells are named',
    text: 'North Korea is helping Russia. South Korean intelligence services say more than 10,000 are expected to be deployed in the coming weeks to the Ukrainian front.\nNorth Korea makes shells for Russia. 200,000 are expected to be sent there.',
    expect: [{ text: 'more than 10,000', measure: 'troops_planned', value: 10000 }],
  },
  {
    name: 'aid: drones given to Kim in the active, the receiver before the count or after the things; not drones North Korea or Iran sent',
    text: "Kim Jong Un toured Russia's Far East. A Geranium-25 reconnaissance drone and five kamikaze drones made in the same region also sent to Kim, according to TASS. A governor has given five explosive drones, a spy drone and a bulletproof jacket to Kim Jong as a gift. The governor gave Kim five kamikaze drones. North Korea sent 100 drones to Russia. Iran has sent 100 drones to Russia.",
    expect: [
      { text: 'five', measure: 'aid_to_nk', value: 5 },
      { text: 'five', measure: 'aid_to_nk', value: 5 },
      { text: 'five', measure: 'aid_to_nk', value: 5 },
    ],
  },
  {
    name: 'losses: "since the outbreak of" the war or hostilities is no disease\'s outbreak',
    text: "Russia's losses since the outbreak of the full-scale invasion have passed 1 million, Ukraine's General Staff says, as North Korea sends troops.\nNorth Korean casualties since the outbreak of hostilities stand at about 4,700, the JCS said.",
    expect: [
      { text: '1 million', measure: 'russian_casualties', value: 1e6 },
      { text: 'about 4,700', measure: 'nk_casualties', value: 4700 },
    ],
  },
  {
    name: "not: a number restated after North Korea kills, after both sides' losses, or where Russia's losses are named",
    text: "A North Korean missile killed 12 people in Kyiv on Thursday. Officials later raised the toll to 14.\nCasualties among North Korean and Russian troops in Kursk have been heavy. Kyiv put the toll at 50,000.\nNorth Korean troops have suffered heavy losses in Kursk. Russia's losses are far higher: Ukraine's General Staff put the total at 790,000.\nNorth Korean troops have inflicted heavy casualties on Ukrainian units, Russia claims. Moscow put the figure at 1,000.\nNorth Korea's famine killed hundreds of thousands in the 1990s. Some estimates put the figure at 3 million.",
    expect: [],
  },
  {
    name: 'not: a number restated after North Korea sent troops and shells, one another side counts, or a sending only considered',
    text: 'North Korea has sent troops and shells to Russia. Estimates put the number at 5 million.\nNorth Korea has dispatched soldiers to Russia. Russia has recruited 30,000 a month, and the number rose to 40,000 in May.\nNorth Korea is considering sending more troops. The NIS put the number at 3,000.',
    expect: [],
  },
  {
    name: 'not: bare counts expected to be sent elsewhere than the war, or drones; gone there or spotted where no North Korean troops are named',
    text: "North Korea is helping Russia. Some 3,000 drones have been built at Alabuga; 2,000 are expected to be sent to the front monthly.\nNorth Korea opened Wonsan. Some 50 Russian doctors visited Pyongyang; 20 are expected to be sent to Wonsan next month.\nKim Jong Un's regime has trained thousands of hackers; about 1,000 are expected to be dispatched abroad.\nNorth Korea backs Russia. Ukraine sent its best brigades into Kursk; about 10,000 have gone there since August.\nRussian tourists are flocking to North Korea's new resort; about 1,500 have gone there since July.\nNorth Korean Koksan howitzers have appeared on the front. Dozens have been spotted in the Kursk region.",
    expect: [],
  },
  {
    name: "money: Russia's money funnelled or transferred to North Korea's programs is still its payment",
    text: "In return for troops, Russia may be transferring $500 million to North Korea's missile programs.\nRussia could be funnelling hundreds of millions of dollars to Pyongyang's weapons programs in exchange for troops.",
    expect: [
      { text: '$500 million', measure: 'payment_for_troops', value: 5e8 },
      { text: 'hundreds of millions', measure: 'aid_to_nk', value: { low: 2e8, high: 9e8 } },
    ],
  },
  {
    name: 'captives: soldiers described by their state ("bedridden and apparently injured") questioned by Ukrainian forces',
    text: 'North Korean soldiers fight in Kursk. In a video, two bedridden and apparently injured North Korean soldiers are questioned by Ukrainian forces through an interpreter.',
    expect: [{ text: 'two', measure: 'nk_captured', value: 2 }],
  },
  {
    name: 'troops to come: "a total of 12,000 to come"; "Some 10,000 were expected in Russia"; what is to come makes no maker',
    text: 'Around 1,500 North Korean soldiers have already arrived in Russia, with an estimated total of 12,000 to come, reported South Korean media.\nNorth Korean troops are in Russia. Some 10,000 were expected in Russia by December, they said.',
    expect: [
      { text: 'Around 1,500', measure: 'troops_deployed', value: 1500 },
      { text: '12,000', measure: 'troops_planned', value: 12000 },
      { text: 'Some 10,000', measure: 'troops_planned', value: 10000 },
    ],
  },
  {
    name: 'troops there: "to come home", "to come to Russia\'s aid", "to come to the front" are no troops to come; nor guns "to come"',
    text: "Pyongyang sent some 11,000 troops to come to Russia's aid. North Korea dispatched 3,000 additional troops to come to the front.\nNorth Korea sent troops and 200 howitzers, with 100 to come.",
    expect: [
      { text: 'some 11,000', measure: 'troops_deployed', value: 11000 },
      { text: '3,000', measure: 'troops_deployed', value: 3000 },
    ],
  },
  {
    name: 'not: the number estimated after North Korea is said to have sent shells, not troops',
    text: 'North Korea has sent shells to Russia. The number was estimated at 3,000.',
    expect: [],
  },
  {
    name: 'captives: a few, a third party before them, on a page about North Korea\'s soldiers; Ukraine "detained" or "has taken" them; not Russia\'s, nor Russia detaining deserters, nor land taken',
    text: 'North Korean soldiers fight in Kursk. South Korea is willing to accept two POWs.\nNorth Korean troops are in Kursk. Zelenskyy said Kyiv forces captured two soldiers in Kursk Oblast. Ukraine had detained two North Korean soldiers. Ukrainian units have also taken two North Korean soldiers alive. Ukraine captured 5 Russian soldiers. Russia has detained 20 deserters. Ukrainian forces have taken 1,000 square kilometres of Kursk.',
    expect: [
      { text: 'two', measure: 'nk_captured', value: 2 },
      { text: 'two', measure: 'nk_captured', value: 2 },
      { text: 'two', measure: 'nk_captured', value: 2 },
      { text: 'two', measure: 'nk_captured', value: 2 },
    ],
  },
  {
    name: 'losses: people said killed or injured after North Korean troops are named in the sentence before; not where a strike is told, nor civilians',
    text: 'North Korean troops have suffered heavy losses. The agency estimates that about 300 people were killed and about 2,700 others were injured.\nNorth Korean soldiers are in Kursk. A missile struck Kharkiv. At least 12 people were killed.\nNorth Korean soldiers are in Kursk. Floods hit the north, and 400 civilians were killed.\nNorth Korean soldiers are in Kursk. More than 200,000 people died of starvation in the 1990s.',
    expect: [
      { text: 'about 300', measure: 'nk_killed', value: 300 },
      { text: 'about 2,700', measure: 'nk_wounded', value: 2700 },
    ],
  },
  {
    name: 'troops: given "in exchange for" or "in return of" what Russia sent to North Korea; not soldiers of a prisoner swap, whose own words name their side',
    text: 'Putin has sent S-400 surface-to-air missiles to North Korea in return of 20,000 troops. The Kremlin sent North Korea an S-400 air defence system in exchange for thousands of troops. Russia freed 90 Ukrainian soldiers in exchange for 90 Russian soldiers, while North Korea watched.',
    expect: [
      { text: '20,000', measure: 'troops_deployed', value: 20000 },
      { text: 'thousands', measure: 'troops_deployed', value: { low: 2000, high: 9000 } },
    ],
  },
  {
    name: 'troops: "a total of" more "expected by December" after North Koreans counted as sent',
    text: "South Korea's intelligence agency disclosed that 3,000 North Koreans have been sent to Russia, with a total of around 10,000 expected by December.",
    expect: [
      { text: '3,000', measure: 'troops_deployed', value: 3000 },
      { text: 'around 10,000', measure: 'troops_planned', value: 10000 },
    ],
  },
  {
    name: 'troops to come: the people of military units set beside them with a dash or "[of]"',
    text: 'North Korea would send "a division of builders, two military brigades \u2014 5,000 people" as well as 1,000 deminers to the Kursk region, Shoigu said. TASS quoted Shoigu as saying North Korea would send two military brigades [of] 5,000 people.',
    expect: [
      { text: '5,000', measure: 'troops_planned', value: 5000 },
      { text: '1,000', measure: 'troops_planned', value: 1000 },
      { text: '5,000', measure: 'troops_planned', value: 5000 },
    ],
  },
  {
    name: 'aid: horses Putin gives Kim, "purebred" or "Orlov Trotter horses"; not horses of no giver',
    text: 'Vladimir Putin keeps Kim Jong-un sweet by giving him 24 purebred horses. Putin has reportedly sent 24 Orlov Trotter horses to North Korean leader Kim Jong-un as partial payment for artillery shells. North Korea bred 40 horses in 2020.',
    expect: [
      { text: '24', measure: 'aid_to_nk', value: 24 },
      { text: '24', measure: 'aid_to_nk', value: 24 },
    ],
  },
  {
    name: 'shells: Russia as the one handed them ("accused North Korea of handing Russia millions of shells"); not what Russia secures from its own factories',
    text: 'Ukraine, the US, and the UN have all accused North Korea of handing Russia millions of shells and other weapons. Russia secured 3 million shells from its own factories, North Korea noted.',
    expect: [{ text: 'millions', measure: 'artillery_shells', value: { low: 2000000, high: 9000000 } }],
  },
  {
    name: 'troops to come "with plans to increase to" a number; captives whose long clause ends in a prisoner exchange',
    text: "South Korea's spy chief has said that about 3,000 North Korean troops are already being trained in Russia, with plans to increase to about 10,000 by December. Two North Korean soldiers who either expressed their intention to defect to South Korea or were considering it have reportedly been excluded from the Russia-Ukraine prisoner exchange list.",
    expect: [
      { text: 'about 3,000', measure: 'troops_deployed', value: 3000 },
      { text: 'about 10,000', measure: 'troops_planned', value: 10000 },
      { text: 'Two', measure: 'nk_captured', value: 2 },
    ],
  },
  {
    name: 'missiles: North Korea\'s own "testing and firing of" missiles named just before them is no supply, though the sentence speaks of the war',
    text: "A year of violations by the DPRK saw the testing and firing of fifty missiles, as well as their support to Russia, supplying weapons for Russia's war. North Korea supplied fifty missiles to Russia.",
    expect: [{ text: 'fifty', measure: 'missiles_rockets', value: 50 }],
  },
  {
    name: 'troops: "put the number at" a quote opened before the number, North Korean troops named before it',
    text: 'Austin did not say how many North Korean troops were in Russia, but the White House put the number at "at least 3,000."',
    expect: [{ text: 'at least 3,000', measure: 'troops_deployed', value: 3000 }],
  },
  {
    name: 'troops to come: engineers sent "to repair roads, bridges, and power lines"',
    text: 'According to the NIS, approximately 5,000 North Korean engineers are expected to arrive in Russia to repair roads, bridges, and power lines damaged during the ongoing conflict.',
    expect: [{ text: 'approximately 5,000', measure: 'troops_planned', value: 5000 }],
  },
  {
    name: 'shells: "millions of rockets and artillery shells" are artillery\'s; losses "suffered death or injury"; "a casualty rate of about 30%", not Russia\'s',
    text: "Russia is buying millions of rockets and artillery shells from North Korea for its war in Ukraine. About 4,700 North Korean soldiers have suffered death or injury. North Korean forces vanished from the area due to a casualty rate of about 30%. Russia's casualty rate is 20%.",
    expect: [
      { text: 'millions', measure: 'artillery_shells', value: { low: 2000000, high: 9000000 } },
      { text: 'About 4,700', measure: 'nk_casualties', value: 4700 },
      { text: 'about 30%', measure: 'nk_casualties', value: 30 },
    ],
  },
  {
    name: 'missiles: launches counted in times, the strike first and North Korea\'s missiles after ("attacked Ukraine at least nine times with ballistic missiles supplied by North Korea"), or "using" them; not missiles no one names North Korea\'s',
    text: 'Russia has attacked Ukraine at least nine times with ballistic missiles supplied by North Korea, a U.S. diplomat said. A US diplomat accused Russia of using North Korean ballistic missiles at least 9 times in Ukraine. Russia attacked Kyiv nine times with missiles last month.',
    expect: [
      { text: 'at least nine', measure: 'missiles_rockets', value: 9 },
      { text: 'at least 9', measure: 'missiles_rockets', value: 9 },
    ],
  },
  {
    name: 'losses: a headline\'s dead named with where they came from and where they fell ("Six officers from the DPRK died on the Ukrainian front"); troops "moving to" train, after North Korean troops are named',
    text: 'Six officers from the DPRK died on the Ukrainian front\nNorth Korean troops are in Russia. We estimate approximately 10,000 are moving to train in eastern Russia.',
    expect: [
      { text: 'Six', measure: 'nk_killed', value: 6 },
      { text: 'approximately 10,000', measure: 'troops_deployed', value: 10000 },
    ],
  },
  {
    name: 'troops: "the nuclear-armed North" as their sender; "its soldiers" after "the Russia-Ukraine war" are North Korea\'s; North Korean "citizens" of a battalion named in quotes',
    text: 'The United States and South Korea have also accused the nuclear-armed North of sending more than 10,000 soldiers to help Russia fight Ukraine. North Korea has reportedly entered the Russia-Ukraine war as thousands of its soldiers are expected to join Russian troops. Russia is creating a \u201cspecial Buryat battalion\u201d of up to 3,000 North Korean citizens. About 13,221 North Korean citizens entered Russia in 2024.',
    expect: [
      { text: 'more than 10,000', measure: 'troops_deployed', value: 10000 },
      { text: 'thousands', measure: 'troops_planned', value: { low: 2000, high: 9000 } },
      { text: 'up to 3,000', measure: 'troops_deployed', value: 3000 },
    ],
  },
  {
    name: 'losses: the count named first, then a quote opened before the qualified amount ("Casualties among North Koreans … \u201cexceeded 3,000,\u201d")',
    text: 'Casualties among North Koreans helping Russia \u201cexceeded 3,000,\u201d according to South Korean intelligence.',
    expect: [{ text: 'exceeded 3,000', measure: 'nk_casualties', value: 3000 }],
  },
  {
    name: "no figure: another side's casualty rate, Russia's own expected losses and \"on the other hand\", captives Russia took, men Ukraine's police detained, horses given to Putin, people in a region's hospitals",
    text: "North Korean troops are in Kursk. The Russian army's overall casualty rate was 25%. Russia expected 1,500 casualties in the assault. On the other hand Russia has lost 600,000 soldiers.\nNorth Korean troops are in Kursk. Two soldiers were captured by Russian forces near Sudzha. Ukrainian police detained three men. Kim Jong Un gave Putin 24 purebred horses.\nNorth Korean troops are in Kursk. There are about 200 in the region's hospitals.",
    expect: [
      { text: '1,500', measure: 'russian_casualties', value: 1500 },
      { text: '600,000', measure: 'russian_casualties', value: 600000 },
    ],
  },
  {
    name: 'a table\'s row as a label and its value; "September 6,700 containers" a count; "pioneers" as sappers who "will be headed" to Kursk; not container ships, drones "shot down", nor North Korea\'s launches named with its ICBMs',
    text: "North Korean troops in Kursk, by the numbers:\n| Killed | 3,200+ |\nSouth Korean intelligence claims that Pyongyang has sent since September 6,700 containers with some 3 million artillery shells to Moscow. Reports suggest that 1,000 North Korean pioneers will be headed to Russia's border region of Kursk. The four Russian container ships have not visited North Korea in recent times. The DPRK has launched 29 ballistic missiles this year, including four ICBMs, while arming Russia's war.",
    expect: [
      { text: '3,200+', measure: 'nk_killed', value: 3200 },
      { text: '6,700', measure: 'containers', value: 6700 },
      { text: 'some 3 million', measure: 'artillery_shells', value: 3000000 },
      { text: '1,000', measure: 'troops_planned', value: 1000 },
    ],
  },
  {
    name: 'an origin described before its name: "from old Cold-War ally North Korea", "from the manic state of North Korea"',
    text: 'Russia is buying millions of artillery shells and rockets from old Cold-War ally North Korea, according to US officials. Putin has resorted to the deployment of 10,000 troops from the manic state of North Korea.',
    expect: [
      { text: 'millions', measure: 'artillery_shells', value: { low: 2000000, high: 9000000 } },
      { text: '10,000', measure: 'troops_deployed', value: 10000 },
    ],
  },
  {
    name: 'troops to come: "will shortly join", "will be part of", "are anticipated to be deployed", builders who "would rebuild"',
    text: 'A battalion of 3,000 North Korean soldiers will shortly join Russian troops. Politico said 3,000 North Korean troops will be part of the Buryat Battalion. 12,000 North Korean troops are anticipated to be deployed. Shoigu said 5,000 North Korean construction workers would rebuild infrastructure.',
    expect: [
      { text: '3,000', measure: 'troops_planned', value: 3000 },
      { text: '3,000', measure: 'troops_planned', value: 3000 },
      { text: '12,000', measure: 'troops_planned', value: 12000 },
      { text: '5,000', measure: 'troops_planned', value: 5000 },
    ],
  },
  {
    name: 'troops sent: more said to be there ("1,500 more North Korean soldiers in Russia") or "transferred"; more still to come with a verb of their own',
    text: '1,500 more North Korean soldiers in Russia on front lines in battle against Ukraine: Lawmaker\nNorth Korea transferred approximately 3,000 additional soldiers to Russia in January and February. North Korea will send 3,000 more troops to Russia.',
    expect: [
      { text: '1,500', measure: 'troops_deployed', value: 1500 },
      { text: 'approximately 3,000', measure: 'troops_deployed', value: 3000 },
      { text: '3,000', measure: 'troops_planned', value: 3000 },
    ],
  },
  {
    name: 'losses: whose by the people of "the daily high of" or "the daily average of"',
    text: 'North Korean troops fight in Kursk. The new daily high of Russian soldiers killed or wounded in action hit a catastrophic 1,950 on Tuesday.',
    expect: [{ text: '1,950', measure: 'russian_casualties', value: 1950 }],
  },
  {
    name: 'money: paid "for North Korean artillery shells", the arms\' kind after their owner',
    text: 'Russia paid an estimated $500 million for North Korean artillery shells.',
    expect: [{ text: 'an estimated $500 million', measure: 'payment_for_weapons', value: 500000000 }],
  },
  {
    name: 'money: paid "for his soldiers", the troops\' owner a pronoun',
    text: 'Kim Jong Un gets about $2 billion a year for his soldiers.',
    expect: [{ text: 'about $2 billion', measure: 'payment_for_troops', value: 2000000000 }],
  },
  {
    name: 'money: earnings said after the amount to come from arms ("at least $1 billion in revenue from weapons sales"); not revenue from coal',
    text: 'The deal brought Pyongyang at least $1 billion in revenue from weapons sales. North Korea made $1 billion in revenue from coal.',
    expect: [{ text: 'at least $1 billion', measure: 'payment_for_weapons', value: 1000000000 }],
  },
  {
    name: 'missiles: North Korea named as the one that launched or test-fired them is its own launch, whatever war the passage names',
    text: 'Some two to four million Koreans were killed in the war. Ahead of the parade, North Korea launched two ballistic missiles. Russia fired North Korean missiles at Kyiv in the war. The North test-fired over 30 ballistic missiles this year. Seoul said North Korea fired two projectiles. Russia launched two North Korean ballistic missiles at Kharkiv.',
    expect: [{ text: 'two', measure: 'missiles_rockets', value: 2 }],
  },
  {
    name: 'missiles: hits, strikes and launches are counted, not missiles; nor the anti-tank missiles a vehicle carries',
    text: 'Russia fired North Korean missiles at Kharkiv. Three missile hits were recorded in the district. Some of the eight anti-tank missiles carried by the Bulsae-4 were destroyed. The North conducted two missile launches this month.',
    expect: [],
  },
  {
    name: 'restated: "this number" of another side\'s force counted just before, or another side\'s forces estimated, restates no figure of the passage',
    text: 'North Korea sent 10,000 troops. Russia currently has about 575,000 soldiers fighting in Ukraine and plans to increase this number to 690,000. Opposing them are Ukrainian forces, estimated at about 12,000. It all started with two thousand people, then the figure grew to three thousand.',
    expect: [
      { text: '10,000', measure: 'troops_deployed', value: 10000 },
      { text: 'three thousand', measure: 'troops_deployed', value: 3000 },
    ],
  },
  {
    name: 'restated: "that number" after people counted as no figure restates them, not troops in sight',
    text: 'North Korean laborers in Russia endure slave-like conditions, the BBC reported. An estimated 15,000 North Koreans are employed in Russia, mostly in construction. That number could rise to 50,000 by year’s end.',
    expect: [],
  },
  {
    name: 'troops sent: more joined with a verb of sending and no noun, then "between" two months',
    text: 'North Korea initially sent around 11,000 troops to Russia last year and dispatched an additional 3,000 between January and February this year.',
    expect: [
      { text: 'around 11,000', measure: 'troops_deployed', value: 11000 },
      { text: '3,000', measure: 'troops_deployed', value: 3000 },
    ],
  },
  {
    name: 'troops: a hyphened modifier before the troops ("combat-ready", "battle-hardened") is one word of the noun',
    text: 'Earlier reports indicated that Russia deployed over 10,000 combat-ready North Korean troops to Kursk Oblast. North Korea sent 3,000 battle-hardened soldiers.',
    expect: [
      { text: 'over 10,000', measure: 'troops_deployed', value: 10000 },
      { text: '3,000', measure: 'troops_deployed', value: 3000 },
    ],
  },
  {
    name: 'losses: of the North Korean force counted just before, joined by ", with" or ", resulting in", or after "among" the force',
    text: 'Russia has dispatched over 10,000 North Korean soldiers to the Ukraine warfront, with approximately 4,000 casualties reported. More than 10,000 North Korean soldiers have been deployed by Russia to Ukraine, resulting in around 4,000 casualties. It is estimated that among more than 10,000 soldiers sent by North Korea after Russia invaded Ukraine, about 4,000 have died or been injured.',
    expect: [
      { text: 'over 10,000', measure: 'troops_deployed', value: 10000 },
      { text: 'approximately 4,000', measure: 'nk_casualties', value: 4000 },
      { text: 'More than 10,000', measure: 'troops_deployed', value: 10000 },
      { text: 'around 4,000', measure: 'nk_casualties', value: 4000 },
      { text: 'more than 10,000', measure: 'troops_deployed', value: 10000 },
      { text: 'about 4,000', measure: 'nk_casualties', value: 4000 },
    ],
  },
  {
    name: 'restated: an earlier estimate after a change verb and its maker\'s possessive ("increased from the White House\'s previous estimate of 3,000")',
    text: 'Around 10,000 North Korean troops are undergoing military training in eastern Russia, a number that has increased from the White House’s previous estimate of 3,000, according to the Pentagon.',
    expect: [
      { text: 'Around 10,000', measure: 'troops_deployed', value: 10000 },
      { text: '3,000', measure: 'troops_deployed', value: 3000 },
    ],
  },
  {
    name: "troops planned: recruits named as coming from North Korea are its own; an army's own recruits are not",
    text: 'Zelenskyy said Russia intended to recruit about 10,000 soldiers from North Korea for the war against Ukraine. Ukraine plans to recruit an additional 160,000 personnel.',
    expect: [{ text: 'about 10,000', measure: 'troops_planned', value: 10000 }],
  },
  {
    name: 'shells: a need ("are needed per month") or a fit ("compatible with Ukrainian guns") is no supply',
    text: 'North Korea sends shells to Russia. Ukrainian officials stated that to simply hold the front, 75,000 shells are needed per month. The country also has 3.4 million 105mm shells compatible with some Ukrainian guns.',
    expect: [],
  },
  {
    name: 'not quantities: a name\'s own number ("as reported by AFP and France 24")',
    text: 'Ukraine confirmed the capture of two North Korean soldiers, as reported by AFP and France 24, following an announcement from the NIS.',
    expect: [{ text: 'two', measure: 'nk_captured', value: 2 }],
  },
  {
    name: 'troops sent: "already confirmed to have arrived" beside a plan; troops there "expected to soon enter combat"',
    text: 'North Korea plans to send an additional 6,000 troops to Russia, with 1,000 combat engineers already confirmed to have arrived. About 8,000 Korean People’s Army troops are expected to soon enter combat in the Kursk Oblast. North Korea is poised to send 10,000 soldiers to join the fight against Ukraine.',
    expect: [
      { text: '6,000', measure: 'troops_planned', value: 6000 },
      { text: '1,000', measure: 'troops_deployed', value: 1000 },
      { text: 'About 8,000', measure: 'troops_deployed', value: 8000 },
      { text: '10,000', measure: 'troops_planned', value: 10000 },
    ],
  },
  {
    name: 'owner: the parties before a verb of receiving received the things counted; a third party that received them owns them',
    text: 'Russia has intensified military ties with North Korea since February 2022, securing ballistic missiles and more than 2 million artillery rounds. Ukraine received 1 million shells. Kyiv is buying 500,000 shells.',
    expect: [{ text: 'more than 2 million', measure: 'artillery_shells', value: 2000000 }],
  },
  {
    name: "not figures: a vessel's displacement, foreigners killed, the pay promised to Iraqi recruits",
    text: 'North Korea sent troops to Russia. Experts estimate the vessel could displace 5,000–7,000 tons. The post added that at least 3,388 of these foreigners have been killed. Young Iraqis are being enticed to enlist through campaigns promising salaries of about £2,100.',
    expect: [],
  },
  {
    name: 'restated: another\'s estimate "is" or "\'s" a number, and troops "there were only" so many, after a figure of the passage',
    text: 'North Korean casualties exceed 3,000, Zelensky said. South Korea’s estimate is 1,100. The current estimate’s about 1,200.\nNorth Korea has sent 11,000 troops. The US initially said there were only 3,000. “There were forty of us,” he said. There are millions of them here.',
    expect: [
      { text: 'exceed 3,000', measure: 'nk_casualties', value: 3000 },
      { text: '1,100', measure: 'nk_casualties', value: 1100 },
      { text: 'about 1,200', measure: 'nk_casualties', value: 1200 },
      { text: '11,000', measure: 'troops_deployed', value: 11000 },
      { text: '3,000', measure: 'troops_deployed', value: 3000 },
    ],
  },
  {
    name: 'losses: a share "of those sent" said to have been killed or wounded',
    text: 'North Korea sent troops to Kursk. The casualty figure suggests that more than half of those sent have been injured or killed.',
    expect: [{ text: 'more than half', measure: 'nk_casualties', value: 50 }],
  },
  {
    name: 'captives: "the arrest of" two soldiers, and "two unnamed men" said to be captured',
    text: 'A spokesperson for the Security Service of Ukraine has said the arrest of two North Korean soldiers in Russia’s Kursk region is “indisputable evidence” of Pyongyang’s involvement in the war. The two unnamed men were captured by Ukrainian forces.',
    expect: [
      { text: 'two', measure: 'nk_captured', value: 2 },
      { text: 'two', measure: 'nk_captured', value: 2 },
    ],
  },
  {
    name: 'troops planned: "with plans for" so many, "considering a third deployment of"; losses "suffered deaths or injuries"; armour is no troops',
    text: 'Moscow is moving to use North Korean manpower beyond combat, with plans for 1,000 deminers and 5,000 construction workers. North Korea is now considering a third deployment of approximately 3,500 troops. The NIS says 4,700 of these troops have suffered deaths or injuries. The Russian military will have received 2,400 infantry fighting vehicles from the defense industry.',
    expect: [
      { text: '1,000', measure: 'troops_planned', value: 1000 },
      { text: '5,000', measure: 'troops_planned', value: 5000 },
      { text: 'approximately 3,500', measure: 'troops_planned', value: 3500 },
      { text: '4,700', measure: 'nk_casualties', value: 4700 },
    ],
  },
  {
    name: 'troops: more troops foreseen to join the fight are a plan; a plan for nothing counted, or a deployment considered, is none',
    text: 'Another 6,000 North Korean troops are expected to join the fight next spring. North Korea, which has no plans for withdrawal, has about 11,000 troops in Kursk. Seoul is weighing the deployment of 11,000 North Korean troops as a threat. Moscow plans to channel 10,000 North Korean troops into the Kursk region. The 11,000 North Korean soldiers deployed killed hundreds of Ukrainian troops.',
    expect: [
      { text: '6,000', measure: 'troops_planned', value: 6000 },
      { text: 'about 11,000', measure: 'troops_deployed', value: 11000 },
      { text: '11,000', measure: 'troops_deployed', value: 11000 },
      { text: '10,000', measure: 'troops_planned', value: 10000 },
      { text: '11,000', measure: 'troops_deployed', value: 11000 },
    ],
  },
  {
    name: 'restated: not a gap from another estimate, nor "there were" of other things, nor after a few people in a story; an estimate by another side\'s troops still restates',
    text: 'North Korean casualties exceed 3,000, Zelensky said. Seoul’s estimate is 1,000 lower than Kyiv’s.\nNorth Korea has sent 11,000 troops to Kursk. Drone units counted the tanks; there were 40 in the column.\nNorth Korean troops are fighting in Kursk, three Ukrainian soldiers told reporters. The Pentagon puts the number at 12,000.\nNorth Korea has sent 9,000 troops to Kursk. Ukrainian troops fighting there estimate the figure at 10,000.',
    expect: [
      { text: 'exceed 3,000', measure: 'nk_casualties', value: 3000 },
      { text: '11,000', measure: 'troops_deployed', value: 11000 },
      { text: '12,000', measure: 'troops_deployed', value: 12000 },
      { text: '9,000', measure: 'troops_deployed', value: 9000 },
      { text: '10,000', measure: 'troops_deployed', value: 10000 },
    ],
  },
  {
    name: 'supplies kept: shells that fit Russia\'s guns or are needed for its offensive, anti-tank missiles sent, missiles North Korea fired at Kyiv, pay of "North Korean mercenaries", containers in imagery',
    text: 'North Korea has shipped about 5 million shells compatible with Russia’s Soviet-era artillery. Pyongyang supplied 3 million shells needed for Russia’s summer offensive. North Korea has also supplied Russia with some 5,000 anti-tank missiles. The North fired 20 KN-23 missiles at Kyiv, Ukraine said. North Korean mercenaries are reportedly paid about $2,000 a month by Moscow. The US has obtained imagery showing some 13,000 containers of North Korean munitions delivered to Russia.',
    expect: [
      { text: 'about 5 million', measure: 'artillery_shells', value: 5000000 },
      { text: '3 million', measure: 'artillery_shells', value: 3000000 },
      { text: 'some 5,000', measure: 'missiles_rockets', value: 5000 },
      { text: '20', measure: 'missiles_rockets', value: 20 },
      { text: 'about $2,000', measure: 'soldier_pay', value: 2000 },
      { text: 'some 13,000', measure: 'containers', value: 13000 },
    ],
  },
  {
    name: 'not troops: a gap "between" two figures',
    text: 'Seoul says 11,000 North Korean troops are in Kursk, a gap of 2,000 between its figure and Kyiv’s.',
    expect: [{ text: '11,000', measure: 'troops_deployed', value: 11000 }],
  },
  {
    name: 'losses: a share of the troops "deployed since November" said to have been killed or injured',
    text: 'Syrsky estimated that nearly half of the North Korean troops deployed since November had been killed or injured.',
    expect: [{ text: 'nearly half', measure: 'nk_casualties', value: 50 }],
  },
  {
    name: 'captives: the two pointed back at as "individuals" in a story of prisoners of war',
    text: 'Jang Se-yul said, “We have recently obtained handwritten letters from the two individuals via a journalist who met the North Korean prisoners of war.”',
    expect: [{ text: 'two', measure: 'nk_captured', value: 2 }],
  },
  {
    name: 'missiles: "several dozens of such types of" North Korean missiles counts the missiles; "three types of missiles" counts kinds',
    text: 'Russia has received several dozens of such types of North Korean ballistic missiles. North Korea has sent three types of missiles to Russia.',
    expect: [{ text: 'several dozens', measure: 'missiles_rockets', value: { low: 36, high: 108 } }],
  },
  {
    name: 'containers named North Korean cargo after their count, though Washington showed them',
    text: 'In 2023, Washington also showed a map showing the movement of more than 1,000 containers of North Korean military equipment and ammunition.',
    expect: [{ text: 'more than 1,000', measure: 'containers', value: 1000 }],
  },
  {
    name: 'arms money: the value of "North Korean supplies" to Russia; not the value of its trade with China',
    text: 'Bloomberg wrote that the value of North Korean supplies to Russia could reach about $3 billion. The value of North Korean trade with China reached $2 billion.',
    expect: [{ text: 'about $3 billion', measure: 'payment_for_weapons', value: 3000000000 }],
  },
  {
    name: 'captives: two soldiers named North Korean in a sentence of their video, with no word of capture; not two leaders',
    text: 'Zelensky published a video of what Kyiv said were two North Korean soldiers, one lying on a bed with a bandaged face. The two North Korean leaders shook hands in the video.',
    expect: [{ text: 'two', measure: 'nk_captured', value: 2 }],
  },
  {
    name: 'captives: two men in a later sentence of their story, in photos, after two were counted captured; not 18 deserters',
    text: 'Ukraine captured two North Korean soldiers in Kursk.\n\nZelensky shared photos of two men resting on cots in a room with bars over the windows.\n\nUkrainian media reported that 18 North Korean soldiers had deserted.',
    expect: [
      { text: 'two', measure: 'nk_captured', value: 2 },
      { text: 'two', measure: 'nk_captured', value: 2 },
    ],
  },
  {
    name: 'containers: "munition containers" are arms cargo',
    text: 'Russia receives 6,700 munition containers from North Korea',
    expect: [{ text: '6,700', measure: 'containers', value: 6700 }],
  },
  {
    name: 'not: balloons sent across the DMZ, quoted or not, nor munitions facilities',
    text: 'Pyongyang sent some 260 “filth balloons” across the DMZ into South Korea. North Korea has sent over 7,000 trash balloons. He said hundreds of North Korean munitions facilities are operating at 30% of their capacity.',
    expect: [],
  },
  {
    name: 'not: a crowd at home greeting Putin; troops welcomed from Kursk as crowds cheered are no new figure either',
    text: 'Thousands of North Koreans dressed up in colorful costumes to greet Putin. Tens of thousands of North Koreans lined the streets of Pyongyang.',
    expect: [],
  },
  {
    name: 'aid: goods asked for are not given; goods given after a request are',
    text: 'DPRK authorities asked Russia to give them 50 thousand tons of wheat. Russia gave North Korea 40 thousand tons of wheat after Pyongyang asked for help.',
    expect: [{ text: '40 thousand', measure: 'aid_to_nk', value: 40000 }],
  },
  {
    name: 'captives: "injured prisoners of war" are counted captured; the first of two ages is no count',
    text: 'The two injured prisoners of war from North Korea, believed to be 20 and 26 years old, were captured in Russia’s Kursk region, Zelensky said.',
    expect: [{ text: 'two', measure: 'nk_captured', value: 2 }],
  },
  {
    name: 'deployed: "after sending greater than" a count, though more troops are being readied',
    text: 'North Korea could be making ready to deploy extra troops in July, after sending greater than 10,000 troopers to combat alongside Russia.',
    expect: [{ text: 'greater than 10,000', measure: 'troops_deployed', value: 10000 }],
  },
  {
    name: 'deployed: "special forces soldiers already sent", the second noun of people the head',
    text: 'North Korea had decided to deploy around 12,000 troops, with about 1,500 special forces soldiers already sent to Vladivostok for training.',
    expect: [
      { text: 'around 12,000', measure: 'troops_planned', value: 12000 },
      { text: 'about 1,500', measure: 'troops_deployed', value: 1500 },
    ],
  },
  {
    name: 'planned: "soon to be gathered" in a headline, and Russia "will soon secure" them',
    text: '12,000 N. Korean soldiers soon to be gathered in Russia\n\nZelensky said, "Russia will soon secure 12,000 North Korean soldiers."',
    expect: [
      { text: '12,000', measure: 'troops_planned', value: 12000 },
      { text: '12,000', measure: 'troops_planned', value: 12000 },
    ],
  },
  {
    name: 'planned: a second noun joined before "expected to arrive"; not a new clause whose subject "expected" more',
    text: 'With an estimated 6,000 North Korean military engineers and laborers expected to arrive this summer, Russia is preparing. North Korea has sent 11,000 troops and analysts expected more to follow. Ukraine expects losses of about 1,000 soldiers in Kursk.',
    expect: [
      { text: 'an estimated 6,000', measure: 'troops_planned', value: 6000 },
      { text: '11,000', measure: 'troops_deployed', value: 11000 },
    ],
  },
  {
    name: 'planned: troop numbers that "could rise sharply to" a count, an adverb between the verb and "to"',
    text: "North Korean troop numbers in Russia's Kursk region could rise sharply to 15,000.",
    expect: [{ text: '15,000', measure: 'troops_planned', value: 15000 }],
  },
  {
    name: 'restated: an estimate "revised from" one count to another, after troops were counted; not a bank\'s forecast',
    text: "North Korea has sent 3,000 troops to Russia, the Pentagon said. This week, the U.S. revised its initial estimate from 3,000 to 10,000.\nNorth Korea's economy grew, a bank said. The bank revised its forecast from 3,000 to 10,000.",
    expect: [
      { text: '3,000', measure: 'troops_deployed', value: 3000 },
      { text: '3,000', measure: 'troops_deployed', value: 3000 },
      { text: '10,000', measure: 'troops_deployed', value: 10000 },
    ],
  },
  {
    name: 'restated: "the number is actually higher, at" a count, and "media reports saying" another',
    text: 'North Korea has sent 11,000 troops to Russia, Seoul says. Western reports have said the number is actually higher, at 12,000. At least 1,000 more North Korean troops have been sent, with some regional media reports saying 3,000.',
    expect: [
      { text: '11,000', measure: 'troops_deployed', value: 11000 },
      { text: '12,000', measure: 'troops_deployed', value: 12000 },
      { text: 'At least 1,000', measure: 'troops_deployed', value: 1000 },
      { text: '3,000', measure: 'troops_deployed', value: 3000 },
    ],
  },
  {
    name: 'losses: "dead or maimed" are killed and wounded',
    text: 'Nearly half of the deployed North Korean troops are already dead or maimed.',
    expect: [{ text: 'Nearly half', measure: 'nk_casualties', value: 50 }],
  },
  {
    name: 'troops: "1000’s of troops" as thousands; "boots on the ground"; "upped that number to" restates',
    text: 'Pyongyang has despatched 1000’s of troops to Russia. The estimate of 11,000 North Korean boots on the ground in Kursk is in line with Ukraine. Zelenskyy upped that number to 12,000.',
    expect: [
      { text: '1000’s', measure: 'troops_deployed', value: { low: 2000, high: 9000 } },
      { text: '11,000', measure: 'troops_deployed', value: 11000 },
      { text: '12,000', measure: 'troops_deployed', value: 12000 },
    ],
  },
  {
    name: 'planned: "expecting the arrival of" a first batch; deployed: "dispatched reinforcements, including" troops',
    text: 'We are expecting the arrival of the first batch, about 1,200 North Korean military personnel, in the Kursk region. Progress stalled as Russia dispatched reinforcements, including thousands of troops from North Korea.',
    expect: [
      { text: 'about 1,200', measure: 'troops_planned', value: 1200 },
      { text: 'thousands', measure: 'troops_deployed', value: { low: 2000, high: 9000 } },
    ],
  },
  {
    name: 'losses: a part "of the deceased" or "of the wounded" opening a sentence on North Korea\'s dead; not another side\'s',
    text: 'North Korea lost about 2,000 soldiers in Kursk. Of the deceased, 600 have been cremated locally. North Korea flew its wounded home. Of the wounded, about 1,800 went by plane. Of the Ukrainian dead, 400 were buried.',
    expect: [
      { text: 'about 2,000', measure: 'nk_casualties', value: 2000 },
      { text: '600', measure: 'nk_killed', value: 600 },
      { text: 'about 1,800', measure: 'nk_wounded', value: 1800 },
    ],
  },
  {
    name: 'losses: half "of the initial deployment" killed or wounded; "the casualty count of" soldiers; "injuries or deaths"',
    text: 'Roughly half of the initial North Korean deployment has been killed or wounded. The NIS said the casualty count of North Korean soldiers in Ukraine has surpassed 4,000, up from an estimated 3,000 injuries or deaths in January.',
    expect: [
      { text: 'Roughly half', measure: 'nk_casualties', value: 50 },
      { text: '4,000', measure: 'nk_casualties', value: 4000 },
      { text: 'an estimated 3,000', measure: 'nk_casualties', value: 3000 },
    ],
  },
  {
    name: 'not: soldiers "have already been repatriated" or "returned to the DPRK"; nor the dead of floods',
    text: 'Around 2,000 North Korean soldiers have already been repatriated in 2025. Approximately 2,000 North Korean troops had been returned to the DPRK. Up to 1,500 dead in floods in North Korea.',
    expect: [],
  },
  {
    name: 'not widened: a video of two soldiers running, "several hundreds of thousands", kinds counted, aid requested and given',
    text: 'A video released by Ukraine shows two North Korean soldiers running across a snowy field. North Korea has sent several hundreds of thousands of artillery rounds to Russia. Russia has used at least two of the types of North Korean ballistic missiles. Russia has delivered the requested 50,000 tons of wheat to North Korea. The value of North Korean supplies to China fell to $20 million.',
    expect: [
      { text: 'several hundreds of thousands', measure: 'artillery_shells', value: { low: 300000, high: 900000 } },
      { text: '50,000', measure: 'aid_to_nk', value: 50000 },
    ],
  },
  {
    name: 'not widened: a rally or footage of waving beside a sending; a toll or visas revised after troops are no troops',
    text: 'At a mass rally in Pyongyang, Kim pledged to dispatch another 6,000 North Korean soldiers. North Korea has sent 11,000 troops to Russia, Seoul said. Kyiv revised the toll this week from 1,000 to 4,000. Moscow lowered its number of visas from 13,000 to 8,000.',
    expect: [
      { text: '6,000', measure: 'troops_planned', value: 6000 },
      { text: '11,000', measure: 'troops_deployed', value: 11000 },
    ],
  },
  {
    name: 'not: a toll of both sides whose North Korean part is told after a dash ("– six of them were officers from North Korea")',
    text: 'A total of 20 soldiers are said to have died in the attack on North Korean positions – six of them were officers from North Korea. North Korea lost 300 soldiers in the attack; 40 of them were wounded twice.',
    expect: [
      { text: '300', measure: 'nk_casualties', value: 300 },
      { text: '40', measure: 'nk_wounded', value: 40 },
    ],
  },
  {
    name: 'killed: members of a unit named at length ("members of the North Korean battalion died")',
    text: 'Eleven members of the North Korean battalion died in the strike.',
    expect: [{ text: 'Eleven', measure: 'nk_killed', value: 11 }],
  },
  {
    name: 'payments: who was paid yields to what for, after it ("received $2.5 billion for its arms", "to Pyongyang for the troops")',
    text: 'North Korea received 2.5 billion US dollars for its arms, the study says. Payments amounting to $1.1 billion were made by Moscow to Pyongyang for the troops. Russia has handed Pyongyang about 1 million barrels of oil in return.',
    expect: [
      { text: '2.5 billion US dollars', measure: 'payment_for_weapons', value: 2_500_000_000 },
      { text: '$1.1 billion', measure: 'payment_for_troops', value: 1_100_000_000 },
      { text: 'about 1 million', measure: 'aid_to_nk', value: 1_000_000 },
    ],
  },
  {
    name: 'payments: "for its military aid" is support paid for, counted as arms',
    text: 'Pyongyang has received payments estimated at $1.2 billion for its military aid.',
    expect: [{ text: '$1.2 billion', measure: 'payment_for_weapons', value: 1_200_000_000 }],
  },
  {
    name: 'losses: of the party a relative clause of loss is said of ("helped Russia, which lost"); not one that says it',
    text: "North Korea's shells helped Russia, which has lost 45,000 troops in Kursk. South Korea's spy agency, which claims Pyongyang lost 2,000 troops, briefed lawmakers.",
    expect: [
      { text: '45,000', measure: 'russian_casualties', value: 45000 },
      { text: '2,000', measure: 'nk_casualties', value: 2000 },
    ],
  },
  {
    name: 'not: a sum more than a soldier is paid "monthly", no soldiers named; nor a bare count evacuated ("forces North Korea to evacuate 5,000")',
    text: 'North Korea sends Russia $300-million worth of dual-use goods monthly. Flooding forces North Korea to evacuate 5,000. Pyongyang gets $20 million a month for its soldiers.',
    expect: [{ text: '$20 million', measure: 'payment_for_troops', value: 20_000_000 }],
  },
  {
    name: 'losses: a relative clause after the side fought for, or in the plural, is the troops\' ("fighting for Russia, who have lost")',
    text: "North Korean soldiers fighting for Russia, who have lost about 4,000 so far, are being replaced. North Korea's troops sent to Russia, which have lost about 1,000, are regrouping. The North Korean contingent fighting for Russia, which lost 3,000 men, is being reinforced.",
    expect: [
      { text: 'about 4,000', measure: 'nk_casualties', value: 4000 },
      { text: 'about 1,000', measure: 'nk_casualties', value: 1000 },
      { text: '3,000', measure: 'nk_casualties', value: 3000 },
    ],
  },
  {
    name: 'not widened: a unit\'s name read past a comma or a purpose, nor another side\'s unit ("of its 11th Corps, many of whom have died")',
    text: 'North Korea sent 11,000 soldiers of its 11th Corps, many of whom have died. North Korea has sent 3,000 more troops from the Storm Corps to replace those killed or wounded.',
    expect: [
      { text: '11,000', measure: 'troops_deployed', value: 11000 },
      { text: '3,000', measure: 'troops_deployed', value: 3000 },
    ],
  },
  {
    name: 'payments: troops and arms together are arms; aid or goods named first stay aid; a later clause says nothing of the sum',
    text: 'Russia paid $20 billion to North Korea for troops and weapons. Russia transferred $1 billion to Pyongyang as economic aid for its troops. Russia provided an estimated $2 billion in goods to North Korea for its troops. Russia pledged $100 million to North Korea to rebuild Sinuiju, and paid for the troops.',
    expect: [
      { text: '$20 billion', measure: 'payment_for_weapons', value: 20_000_000_000 },
      { text: '$1 billion', measure: 'aid_to_nk', value: 1_000_000_000 },
      { text: 'an estimated $2 billion', measure: 'aid_to_nk', value: 2_000_000_000 },
      { text: '$100 million', measure: 'aid_to_nk', value: 100_000_000 },
    ],
  },
  {
    name: 'restated: another\'s estimate set beside the figure before ("in line with Kyiv\'s estimate of 12,000")',
    text: "Seoul puts the number of North Korean troops in Russia at 11,000, in line with Kyiv\u2019s estimate of 12,000. The NIS said 1,100 North Korean soldiers were killed or wounded, close to the Pentagon's estimate of 1,200.",
    expect: [
      { text: '11,000', measure: 'troops_deployed', value: 11000 },
      { text: '12,000', measure: 'troops_deployed', value: 12000 },
      { text: '1,100', measure: 'nk_casualties', value: 1100 },
      { text: '1,200', measure: 'nk_casualties', value: 1200 },
    ],
  },
  {
    name: 'planned: the count\'s own modal read past a relative clause of what they did ("who returned home may be sent back")',
    text: 'About 1,100 soldiers who returned home in December may be sent back to Russia. The 12,000 troops that North Korea sent could be withdrawn.',
    expect: [
      { text: 'About 1,100', measure: 'troops_planned', value: 1100 },
      { text: '12,000', measure: 'troops_deployed', value: 12000 },
    ],
  },
  {
    name: "not pay: what the average worker earns; a soldier's pay set beside a worker's stays",
    text: 'Regardless of their profession, the average worker in North Korea earns around KPW 2,000 (USD 0.22 at the market rate) a month. North Korean soldiers earn about $2,000 a month, more than a worker at home.',
    expect: [{ text: 'about $2,000', measure: 'soldier_pay', value: 2000 }],
  },
  {
    name: "losses: a party's deadliest month names whose they are; not the foreign dead counted by their countries",
    text: 'North Korean troops fought in Kursk. Prior to this, October was the deadliest month overall for Russian troops, Kyiv said, with 41,980 casualties reported last month. According to the investigation, citizens of Tajikistan top the list of foreign casualties with 72 deaths, followed closely by Uzbekistan with 66.',
    expect: [{ text: '41,980', measure: 'russian_casualties', value: 41980 }],
  },
  {
    name: 'losses: a part of Russia\'s losses counted just before, the sentence opened on them ("Of that total, up to 250,000…")',
    text: 'North Korean troops fought in Kursk. CSIS estimates Russia has suffered nearly 1 million casualties. Of that total, up to 250,000 are believed to have been killed.',
    expect: [
      { text: 'nearly 1 million', measure: 'russian_casualties', value: 1_000_000 },
      { text: 'up to 250,000', measure: 'russian_casualties', value: 250_000 },
    ],
  },
  {
    name: 'losses: a pair of counts of people, their predicate after the second ("1,000 North Korean soldiers and 200 Russian soldiers were killed")',
    text: 'About 1,000 North Korean soldiers and 200 Russian soldiers were killed in the battle. North Korea sent 11,000 soldiers and 2,000 engineers to Russia.',
    expect: [
      { text: 'About 1,000', measure: 'nk_killed', value: 1000 },
      { text: '200', measure: 'russian_casualties', value: 200 },
      { text: '11,000', measure: 'troops_deployed', value: 11000 },
      { text: '2,000', measure: 'troops_deployed', value: 2000 },
    ],
  },
  {
    name: 'losses: a headline\'s label names whose losses follow its colon ("Russian Casualties Soar: Nearly 790,000 Losses")',
    text: 'North Korean troops fought in Kursk. Russian Casualties Soar: Nearly 790,000 Losses Since Ukraine Invasion Began',
    expect: [{ text: 'Nearly 790,000', measure: 'russian_casualties', value: 790_000 }],
  },
  {
    name: 'not: both sides of the war\'s losses named together ("combined Russian and Ukrainian military casualties"); one side\'s beside them stays',
    text: 'North Korean troops fought in Kursk. CSIS projects combined Russian and Ukrainian military casualties could reach two million by spring. Russia has lost 700,000 soldiers, and Russian and Ukrainian losses together exceed a million.',
    expect: [{ text: '700,000', measure: 'russian_casualties', value: 700_000 }],
  },
  {
    name: 'not troops: a whole whose part is then said North Korean ("Of those 50,000, at least 10,000 are North Korean"); entries in official data',
    text: 'Of those 50,000, at least 10,000 are North Korean soldiers who were recently sent by Kim Jong-un. Official Russian data shows that 13,221 North Koreans entered Russia in 2024. Of the 11,000 North Korean troops, 4,000 were killed.',
    expect: [
      { text: 'at least 10,000', measure: 'troops_deployed', value: 10000 },
      { text: '11,000', measure: 'troops_deployed', value: 11000 },
      { text: '4,000', measure: 'nk_killed', value: 4000 },
    ],
  },
  {
    name: "not widened: a pair's loss after a sending, \"of them\", a comma or an army's size is not the first count's",
    text: 'North Korea has sent more than 11,000 troops and nearly 4,000 of them have been killed or wounded. North Korea has 1.2 million soldiers and 4,000 troops were killed. Of the 11,000 troops and 3,000 engineers sent, about 4,000 soldiers were killed.',
    expect: [
      { text: 'more than 11,000', measure: 'troops_deployed', value: 11000 },
      { text: 'nearly 4,000', measure: 'nk_casualties', value: 4000 },
      { text: '4,000', measure: 'nk_killed', value: 4000 },
      { text: '11,000', measure: 'troops_deployed', value: 11000 },
      { text: '3,000', measure: 'troops_deployed', value: 3000 },
      { text: 'about 4,000', measure: 'nk_killed', value: 4000 },
    ],
  },
  {
    name: 'losses: a pair after a speaker\'s finding, its list of losses read past commas ("CSIS found … were killed, wounded, or missing")',
    text: 'North Korean troops fought in Kursk. CSIS found nearly 1.2 million Russian troops and close to 600,000 Ukrainian troops were killed, wounded, or missing.',
    expect: [{ text: 'nearly 1.2 million', measure: 'russian_casualties', value: 1_200_000 }],
  },
  {
    name: "not widened: soldiers' pay set beside the average worker's; losses beside foreign mercenaries named by nationality; a nearer North Korean part of a deadliest month",
    text: 'North Korean soldiers are paid about $2,000 a month, far more than the average worker in North Korea earns. North Korean soldiers fighting alongside Nepalese and Cuban mercenaries have lost about 4,000 men. October was the deadliest month for Russian troops, with North Korean soldiers accounting for 1,200 casualties.',
    expect: [
      { text: 'about $2,000', measure: 'soldier_pay', value: 2000 },
      { text: 'about 4,000', measure: 'nk_casualties', value: 4000 },
      { text: '1,200', measure: 'nk_casualties', value: 1200 },
    ],
  },
  {
    name: 'planned: not troops there said in a relative clause before a modal ("who are now in Kursk could be moved")',
    text: 'About 3,000 North Korean soldiers who are now in Kursk could be moved to the front.',
    expect: [{ text: 'About 3,000', measure: 'troops_deployed', value: 3000 }],
  },
  {
    name: 'planned: a number set as an example or foreseen ("the deployment of, say, 100,000", "we could be looking at maybe 100,000")',
    text: 'What could happen if the deployment of, say, 100,000 North Korean troops to Ukraine is allowed? Instead of using 10,000 North Korean troops, we could be looking at maybe 100,000.',
    expect: [
      { text: '100,000', measure: 'troops_planned', value: 100000 },
      { text: '10,000', measure: 'troops_deployed', value: 10000 },
      { text: '100,000', measure: 'troops_planned', value: 100000 },
    ],
  },
  {
    name: 'missiles: "according to Kyiv" after them names a maker, not Ukraine as the one supplied',
    text: 'Russia has used around 60 North Korean ballistic missiles, according to Kyiv. The US has supplied 500 missiles to Ukraine.',
    expect: [{ text: 'around 60', measure: 'missiles_rockets', value: 60 }],
  },
  {
    name: 'payments: an origin\'s words end at a comma ("from the war, Kyiv said" names no other source)',
    text: 'North Korea has earned up to $20 billion from the war, Kyiv said. Russia received 2 million pieces of artillery ammunition from Iran and Belarus.',
    expect: [{ text: 'up to $20 billion', measure: 'payment_for_weapons', value: 20_000_000_000 }],
  },
  {
    name: 'losses: lives claimed are the dead; soldiers taken alive are captives',
    text: 'The fighting claimed the lives of 300 North Korean troops. Two wounded North Korean soldiers were taken alive.',
    expect: [
      { text: '300', measure: 'nk_killed', value: 300 },
      { text: 'Two', measure: 'nk_captured', value: 2 },
    ],
  },
  {
    name: 'containers: North Korea named as sending them on a page about the war; not coal, nor to China',
    text: 'North Korean troops fought in Kursk. North Korea has sent about 28,000 containers, Seoul estimated. North Korea shipped 28,000 containers of coal to China last year. North Korea shipped 12,000 containers to China.',
    expect: [{ text: 'about 28,000', measure: 'containers', value: 28000 }],
  },
  {
    name: 'key facts: the number first, its label after a colon ("• 11,000: North Korean troops sent to Russia")',
    text: '• 11,000: North Korean troops sent to Russia\n\n600: North Korean soldiers killed in Kursk',
    expect: [
      { text: '11,000', measure: 'troops_deployed', value: 11000 },
      { text: '600', measure: 'nk_killed', value: 600 },
    ],
  },
  {
    name: 'troops: a party after "said by" made the figure, it owns nothing ("said by Seoul to number 10,000")',
    text: 'North Korean troops, said by Seoul to number 10,000, are in Kursk.',
    expect: [{ text: '10,000', measure: 'troops_deployed', value: 10000 }],
  },
  {
    name: 'losses: a part of a whole named only by its sending ("About 4,000 of the 12,000 sent were killed or wounded"); the whole is troops sent',
    text: 'North Korean troops fought in Kursk. About 4,000 of the 12,000 sent were killed or wounded.\n\nNorth Korean troops fought in Kursk. About 600 of the 11,000 who were deployed have been killed.',
    expect: [
      { text: 'About 4,000', measure: 'nk_casualties', value: 4000 },
      { text: '12,000', measure: 'troops_deployed', value: 12000 },
      { text: 'About 600', measure: 'nk_killed', value: 600 },
      { text: '11,000', measure: 'troops_deployed', value: 11000 },
    ],
  },
  {
    name: 'payments: what North Korea earns "from its support", said bare, is arms and troops together, counted as arms',
    text: 'North Korea could earn as much as 28 trillion won ($20 billion) from its support, the KIDA said.',
    expect: [
      { text: 'as much as 28 trillion won', measure: 'payment_for_weapons', value: 28_000_000_000_000 },
      { text: '$20 billion', measure: 'payment_for_weapons', value: 20_000_000_000 },
    ],
  },
  {
    name: 'not widened: a whole named only by its sending, another party\'s; troops there "faced" or given "for example"; containers of traded goods or to China',
    text: 'Nepal says at least 40 of the 200 sent to fight for Russia have been killed. We could be facing as many as 12,000 North Korean soldiers in Kursk. In Kursk, for example, 11,000 North Korean troops fought alongside Russians. North Korea shipped 2,000 containers of wigs and false eyelashes last year. North Korea has shipped 3,000 containers to China.',
    expect: [
      { text: '200', measure: 'troops_deployed', value: 200 },
      { text: 'as many as 12,000', measure: 'troops_deployed', value: 12000 },
      { text: '11,000', measure: 'troops_deployed', value: 11000 },
    ],
  },
  {
    name: "not: a famine's dead; a key fact that names a plan or Russia's own losses",
    text: 'A famine in the 1990s took the lives of as many as 2 million North Koreans.\n\n• 20,000: the number of North Korean troops Kim could send next\n\n• 12,000: troops Russia says it lost',
    expect: [],
  },
  {
    name: 'not: defections counted, things pointed back at ("80 of them" balloons), money North Koreans made for Pyongyang; a part of troops stays',
    text: 'North Korean troops fought in Kursk. The defections by 32 men and 164 women raised the total. North Korea launched about 330 balloons filled with trash, with about 80 of them landing in the South. He helped North Koreans get hired and generated five million dollars for Pyongyang. North Korea sent 11,000 troops, and about 4,000 of them have been killed or wounded.',
    expect: [
      { text: '11,000', measure: 'troops_deployed', value: 11000 },
      { text: 'about 4,000', measure: 'nk_casualties', value: 4000 },
    ],
  },
  {
    name: 'key facts: a source or captor named in the label keeps it; "more" and "number of" with no modal are no plan',
    text: 'North Korean troops fought in Kursk.\n\n• 4,000: North Korean troops killed or wounded, according to Ukraine\n\n• 2: North Korean soldiers captured by Ukraine\n\n• 14,000: total number of North Korean troops sent\n\n• 3,000: more North Korean troops sent',
    expect: [
      { text: '4,000', measure: 'nk_casualties', value: 4000 },
      { text: '2', measure: 'nk_captured', value: 2 },
      { text: '14,000', measure: 'troops_deployed', value: 14000 },
      { text: '3,000', measure: 'troops_deployed', value: 3000 },
    ],
  },
  {
    name: 'not narrowed too far: a speaker before a part of a whole sent; containers "to the front" and beside a coal ban; "of them" lost after things',
    text: 'North Korean troops fought in Kursk. Seoul said 4,000 of the 11,000 deployed were killed or wounded. North Korea has shipped 2,000 containers to the front, Seoul said. North Korea has sent 20,000 containers to Russia even as sanctions ban its coal exports. North Korea sent 15,000 soldiers and 12 million shells, and about 5,000 of them have been killed.',
    expect: [
      { text: '4,000', measure: 'nk_casualties', value: 4000 },
      { text: '11,000', measure: 'troops_deployed', value: 11000 },
      { text: '2,000', measure: 'containers', value: 2000 },
      { text: '20,000', measure: 'containers', value: 20000 },
      { text: '15,000', measure: 'troops_deployed', value: 15000 },
      { text: '12 million', measure: 'artillery_shells', value: 12_000_000 },
      { text: 'about 5,000', measure: 'nk_killed', value: 5000 },
    ],
  },
  {
    name: 'not aid: money North Korean laborers "generated" for Pyongyang, Russia named or not',
    text: 'North Korean laborers in Russia generated $500 million for Pyongyang.',
    expect: [],
  },
  {
    name: 'troops: the whole of losses counted before it, named by its sending ("casualties out of the roughly 12,000 who were originally deployed")',
    text: 'North Korean troops fought in Kursk. The tactic has likely contributed to between 1,000 and 4,000 casualties out of the roughly 12,000 who were originally deployed.',
    expect: [
      { text: 'between 1,000 and 4,000', measure: 'nk_casualties', value: { low: 1000, high: 4000 } },
      { text: 'roughly 12,000', measure: 'troops_deployed', value: 12000 },
    ],
  },
  {
    name: 'troops: a participle\'s list of what the sentence\'s subject gives, the count last ("providing artillery, shells and 12,000 soldiers")',
    text: "North Korea has become Moscow's leading supporter, providing artillery, shells, ballistic missiles, and up to 12,000 soldiers for deployment in Russia's Kursk Oblast.",
    expect: [{ text: 'up to 12,000', measure: 'troops_deployed', value: 12000 }],
  },
  {
    name: "casualties: a share of the force lost, read past the force's count set beside it, and past a long relative clause",
    text: 'About a third of the North Korean soldiers in Russia, roughly 4,700, have either been injured or killed. Up to 50 percent of North Korean troops, who were deployed to support Russia in its war against Ukraine, have been injured or killed.',
    expect: [
      { text: 'About a third', measure: 'nk_casualties', value: 33 },
      { text: 'roughly 4,700', measure: 'nk_casualties', value: 4700 },
      { text: 'Up to 50 percent', measure: 'nk_casualties', value: 50 },
    ],
  },
  {
    name: 'missiles: of North Korea\'s model, named after the noun; not of either of two models ("of the Iskander-M or the North Korean KN-23 model")',
    text: 'Russia fired five missiles of the North Korean KN-23 type at Kyiv. The capital was attacked with six ballistic missiles of the Iskander-M or the North Korean KN-23 model, all of which were shot down, the Air Force claimed.',
    expect: [{ text: 'five', measure: 'missiles_rockets', value: 5 }],
  },
  {
    name: 'troops to come: what a force will consist of, and a verb to come past an aside that names or breaks down the counted',
    text: 'North Korea is sending builders to Kursk. The second wave will consist of 2,000 North Korean sappers. A 4,000-strong North Korean brigade, made up of three battalions, will arrive in the spring. Moscow said 3,000 North Korean military builders and 500 deminers, known as sappers, will arrive next month.',
    expect: [
      { text: '2,000', measure: 'troops_planned', value: 2000 },
      { text: '4,000', measure: 'troops_planned', value: 4000 },
      { text: '3,000', measure: 'troops_planned', value: 3000 },
      { text: '500', measure: 'troops_planned', value: 500 },
    ],
  },
  {
    name: 'not to come: a force that consisted of its count, an aside naming troops there',
    text: 'The force North Korea sent last year consisted of 11,000 troops. North Korea has 11,000 troops, mostly special forces, fighting in Kursk.',
    expect: [
      { text: '11,000', measure: 'troops_deployed', value: 11000 },
      { text: '11,000', measure: 'troops_deployed', value: 11000 },
    ],
  },
  {
    name: 'no troops: people a poll asked ("a survey conducted among 1,001 men and women"), captives sent home to Russia',
    text: 'North Korea sent troops to Russia. A Gallup survey, conducted among 1,002 men and women, found most oppose it. Two captured North Korean soldiers were not among the 1,200 prisoners of war repatriated by Ukraine to Russia last week.',
    expect: [{ text: 'Two', measure: 'nk_captured', value: 2 }],
  },
  {
    name: 'not narrowed too far: troops among whom losses are counted, beside a survey named later; captives sent home to North Korea',
    text: 'North Korea sent 11,000 troops to Kursk, a survey of reports shows. About 2,000 wounded North Korean troops were repatriated to North Korea by train.',
    expect: [
      { text: '11,000', measure: 'troops_deployed', value: 11000 },
      { text: 'About 2,000', measure: 'nk_wounded', value: 2000 },
    ],
  },
  {
    name: 'troops to come "going to join"; losses said by a participle ("estimated killed")',
    text: 'Kyiv said 8,000 North Korean soldiers were going to join the Russian forces. About 1,500 North Korean troops were estimated killed in combat.',
    expect: [
      { text: '8,000', measure: 'troops_planned', value: 8000 },
      { text: 'About 1,500', measure: 'nk_killed', value: 1500 },
    ],
  },
  {
    name: 'troops to come: a sending under way past its adverb ("are reportedly being sent"), a verb to come past a breakdown ("split into four brigades")',
    text: 'About 3,000 North Korean soldiers are reportedly being sent to the front. Around 12,000 North Korean troops, split into four brigades, will be sent to Kursk.',
    expect: [
      { text: 'About 3,000', measure: 'troops_planned', value: 3000 },
      { text: 'Around 12,000', measure: 'troops_planned', value: 12000 },
    ],
  },
  {
    name: 'not to come: a gerund\'s sending, which may be done ("reports of 2,000 North Korean troops being deployed")',
    text: 'Seoul denounced reports of 2,000 North Korean troops being deployed to Russia.',
    expect: [{ text: '2,000', measure: 'troops_deployed', value: 2000 }],
  },
  {
    name: 'Russia\'s wounded, healed in North Korea: "the rehabilitation of hundreds of wounded soldiers in Korean sanatoriums"',
    text: 'North Korea has sent troops to Russia. The envoy praised the rehabilitation of hundreds of wounded soldiers in Korean sanatoriums. Moscow has sent 300 wounded soldiers to North Korea for rehabilitation.',
    expect: [
      { text: 'hundreds', measure: 'russian_casualties', value: { low: 200, high: 900 } },
      { text: '300', measure: 'russian_casualties', value: 300 },
    ],
  },
  {
    name: "not Russia's: North Korea's wounded sent home to heal, and troops sent to recover a region",
    text: 'About 2,000 wounded soldiers were returned to North Korea for rehabilitation. Russia used 11,000 North Korean troops to recover the Kursk region, and 600 were killed.',
    expect: [
      { text: 'About 2,000', measure: 'nk_wounded', value: 2000 },
      { text: '11,000', measure: 'troops_deployed', value: 11000 },
      { text: '600', measure: 'nk_killed', value: 600 },
    ],
  },
  {
    name: 'munitions listed up to their origin, each North Korea\'s ("several dozen ballistic missiles and millions of artillery shells from North Korea")',
    text: 'Russia has bought several dozen ballistic missiles and millions of artillery shells from North Korea. Russian cargo ships carried over one million shells, rockets, and missiles from North Korea to Russia.',
    expect: [
      { text: 'several dozen', measure: 'missiles_rockets', value: { low: 36, high: 108 } },
      { text: 'millions', measure: 'artillery_shells', value: { low: 2_000_000, high: 9_000_000 } },
      { text: 'over one million', measure: 'artillery_shells', value: 1_000_000 },
    ],
  },
  {
    name: 'no origin across a clause of its own: "Russia lost 1,000 troops, while shells from North Korea kept coming" are Russia\'s',
    text: 'Russia lost 1,000 troops and 300 tanks last week, while shells from North Korea kept coming.',
    expect: [{ text: '1,000', measure: 'russian_casualties', value: 1000 }],
  },
  {
    name: 'not narrowed too far (review): troops and dead told beside a poll are still figures',
    text: "North Korean troops are in Russia. In a Gallup Korea survey, 70 percent of respondents said the dispatch of 12,000 North Korean troops to Russia threatened South Korea's security. According to the poll, released as Seoul confirmed the deaths of 300 North Korean soldiers, most South Koreans back aid to Ukraine.",
    expect: [
      { text: '12,000', measure: 'troops_deployed', value: 12000 },
      { text: '300', measure: 'nk_killed', value: 300 },
    ],
  },
  {
    name: 'not to come (review): a force that would number its count, one already fighting, troops being sent home',
    text: "North Korea's contingent in Russia would number about 11,000, according to the NIS. Officials said the North Korean force will consist of 3,000 troops already fighting in Kursk. About 2,000 North Korean troops are now being sent home after heavy losses. About 1,000 North Korean troops were going to be sent home after the Kursk operation ended.",
    expect: [
      { text: 'about 11,000', measure: 'troops_deployed', value: 11000 },
      { text: '3,000', measure: 'troops_deployed', value: 3000 },
      { text: 'About 2,000', measure: 'troops_deployed', value: 2000 },
      { text: 'About 1,000', measure: 'troops_deployed', value: 1000 },
    ],
  },
  {
    name: "not losses (review): a force's count before a comma and its estimated losses; not captives: soldiers sent back to Russia's Kursk region",
    text: "Among the 11,000 North Korean soldiers, estimated casualties are around 4,000, Seoul said. About 1,000 North Korean soldiers have been sent back to Russia's Kursk region after recovering from their wounds.",
    expect: [
      { text: '11,000', measure: 'troops_deployed', value: 11000 },
      { text: 'around 4,000', measure: 'nk_casualties', value: 4000 },
      { text: 'About 1,000', measure: 'troops_deployed', value: 1000 },
    ],
  },
  {
    name: 'troops to come by a modal before the count: "there will be", "could lead to", a total a modal brings to it',
    text: 'Zelensky said there will be 10,000 more North Korean troops in Russia soon. Silence could lead to 50,000 North Korean troops fighting Ukraine. The new brigades will bring the total number of North Koreans in the war to 20,000.',
    expect: [
      { text: '10,000', measure: 'troops_planned', value: 10000 },
      { text: '50,000', measure: 'troops_planned', value: 50000 },
      { text: '20,000', measure: 'troops_planned', value: 20000 },
    ],
  },
  {
    name: 'not to come: "there could be" hedges troops there now; a total brought to its count by no modal',
    text: 'The Pentagon said there could be up to 12,000 North Korean troops inside Russia. The new arrivals bring the total number of North Korean troops to 13,000.',
    expect: [
      { text: 'up to 12,000', measure: 'troops_deployed', value: 12000 },
      { text: '13,000', measure: 'troops_deployed', value: 13000 },
    ],
  },
  {
    name: 'owner by "the latter": the second of two parties named before, troops it sent after a plan named before them',
    text: 'Moscow plans to give fighter jets to North Korea after the latter sent thousands of troops for the war.',
    expect: [{ text: 'thousands', measure: 'troops_deployed', value: { low: 2000, high: 9000 } }],
  },
  {
    name: 'troops to come: providing wanted or agreed ("wants to provide"), a quantity that "would finally rise to" a count',
    text: 'Pyongyang wants to provide up to 8,000 soldiers for the war. About 2,000 North Korean troops are in Russia, a quantity that would eventually rise to 9,000.',
    expect: [
      { text: 'up to 8,000', measure: 'troops_planned', value: 8000 },
      { text: 'About 2,000', measure: 'troops_deployed', value: 2000 },
      { text: '9,000', measure: 'troops_planned', value: 9000 },
    ],
  },
  {
    name: 'not to come: troops supplied already; a number that "could rise" is still a plan, one that "has risen" is not',
    text: 'North Korea has supplied 6,000 troops to Russia. The number of North Korean troops has risen to 11,000.',
    expect: [
      { text: '6,000', measure: 'troops_deployed', value: 6000 },
      { text: '11,000', measure: 'troops_deployed', value: 11000 },
    ],
  },
  {
    name: 'not to come (review): a total "would" bring after a sending done, idioms and other clauses before "to", troops foreseen to leave',
    text: 'North Korea had sent an additional 3,000 troops, which would bring the total to around 14,000. Seoul will raise its alert level in response to 11,000 North Korean troops sent to Russia. Kim will push for more after his troop numbers in Russia rose to 12,000. Talks could lead to 9,000 North Korean troops being withdrawn.',
    expect: [
      { text: '3,000', measure: 'troops_deployed', value: 3000 },
      { text: 'around 14,000', measure: 'troops_deployed', value: 14000 },
      { text: '11,000', measure: 'troops_deployed', value: 11000 },
      { text: '12,000', measure: 'troops_deployed', value: 12000 },
      { text: '9,000', measure: 'troops_deployed', value: 9000 },
    ],
  },
  {
    name: "no disaster (review): North Korea's Storm Corps, a hurricane of drone attacks, are words of the war",
    text: "North Korea's elite Storm Corps has suffered about 4,000 casualties. Casualties have mounted to about 5,000 amid a hurricane of drone attacks, the spy agency said.",
    expect: [
      { text: 'about 4,000', measure: 'nk_casualties', value: 4000 },
      { text: 'about 5,000', measure: 'nk_casualties', value: 5000 },
    ],
  },
  {
    name: 'owner by "the former" (review): not one that receives or speaks',
    text: 'Russia and North Korea are allies; the former says 3,000 North Korean troops have been killed.',
    expect: [{ text: '3,000', measure: 'nk_killed', value: 3000 }],
  },
  {
    name: 'troops: a military unit numbered by a bare count ("a contingent of 2,600 will arrive"); a sending begun is under way',
    text: 'A contingent of 2,600 will arrive in Kursk. North Korea has begun to move some 12,000 troops to Russia.',
    expect: [
      { text: '2,600', measure: 'troops_planned', value: 2600 },
      { text: 'some 12,000', measure: 'troops_planned', value: 12000 },
    ],
  },
  {
    name: 'no troops: a group numbered by a bare count where no troops are spoken of',
    text: 'North Korea hosted visitors. A group of 20 will visit Pyongyang next week.',
    expect: [],
  },
  {
    name: 'containers carrying North Korean weapons, whole ("10,000 containers with North Korean weapons"); not people a part of whom are North Korean',
    text: 'Seoul says 9,000 containers with North Korean weapons have been sent to Russia. Over 20 military personnel, including the North Korean officers, were killed.',
    expect: [{ text: '9,000', measure: 'containers', value: 9000 }],
  },
  {
    name: 'payment for troops: the sending said as the means or the condition of the money',
    text: 'North Korea could earn $90 million a year by sending engineering brigades to Russia. Pyongyang could get up to $120 million from Moscow if it sends three engineering brigades.',
    expect: [
      { text: '$90 million', measure: 'payment_for_troops', value: 90_000_000 },
      { text: 'up to $120 million', measure: 'payment_for_troops', value: 120_000_000 },
    ],
  },
  {
    name: 'payment for weapons, not troops: shells sent as the means of the money are arms sold',
    text: 'North Korea earned $500 million by sending shells to Russia.',
    expect: [{ text: '$500 million', measure: 'payment_for_weapons', value: 500_000_000 }],
  },
  {
    name: "Russia's losses in a country's relative clause after a dash (\"Putin's invading army – which has suffered nearly 1 million casualties\")",
    text: "North Korea may send 10,000 more soldiers to supplement Putin's invading army \u2014 which has suffered nearly 1 million casualties in the war.",
    expect: [
      { text: '10,000', measure: 'troops_planned', value: 10000 },
      { text: 'nearly 1 million', measure: 'russian_casualties', value: 1_000_000 },
    ],
  },
  {
    name: 'not narrowed too far (third review): a sending begun in the past, the Group of 20, missiles with North Korean parts',
    text: 'Russia began to move 5,000 North Korean soldiers to Kursk, the Pentagon said. Leaders of the Group of 20 will discuss the deployment of North Korean troops. Russia fired 20 missiles with North Korean parts at Kyiv.',
    expect: [{ text: '5,000', measure: 'troops_deployed', value: 5000 }],
  },
  {
    name: 'payment for troops: a sending as the condition of the money, said past the count of the brigades',
    text: 'The channel estimates that "North Korea could receive up to $115 million annually from Russia if it sends three to four engineering brigades to occupied Ukraine."',
    expect: [{ text: 'up to $115 million', measure: 'payment_for_troops', value: 115_000_000 }],
  },
  {
    name: 'no payment for troops: a sending said past another sum belongs to that sum',
    text: 'Pyongyang received $300 million from Moscow last year and $115 million more this year if it sends three engineering brigades.',
    expect: [{ text: '$115 million', measure: 'payment_for_troops', value: 115_000_000 }],
  },
  {
    name: 'Russia\'s losses counted "since" a year, then "to" their total',
    text: "This would bring Russia's total number of casualties since Vladimir Putin launched his full-scale invasion of Ukraine in 2022 to 738,660, Ukraine said of the war in which North Korea fights.",
    expect: [{ text: '738,660', measure: 'russian_casualties', value: 738_660 }],
  },
  {
    name: 'payment for troops: the words of an exchange name what was paid for next ("in return for the troops")',
    text: 'North Korea received an estimated $1.2 billion in return for the troops. Russia gave North Korea oil worth $500 million in return for its military support.',
    expect: [
      { text: 'an estimated $1.2 billion', measure: 'payment_for_troops', value: 1_200_000_000 },
      { text: '$500 million', measure: 'aid_to_nk', value: 500_000_000 },
    ],
  },
  {
    name: 'payment for weapons: military support for Russia and munitions shipments as what brought North Korea the sum',
    text: "North Korea's military support for Russia has generated about 28 trillion won, the institute said. The munitions shipments may have brought Pyongyang $540 million. The shells sold to Russia may have earned Pyongyang up to $5 billion.",
    expect: [
      { text: 'about 28 trillion won', measure: 'payment_for_weapons', value: 28_000_000_000_000 },
      { text: '$540 million', measure: 'payment_for_weapons', value: 540_000_000 },
      { text: 'up to $5 billion', measure: 'payment_for_weapons', value: 5_000_000_000 },
    ],
  },
  {
    name: 'payment for troops: a deployment that could bring North Korea the sum, said before it',
    text: 'The deployment of troops could bring North Korea more than $600 million annually.',
    expect: [{ text: 'more than $600 million', measure: 'payment_for_troops', value: 600_000_000 }],
  },
  {
    name: '"the enemy" in the words of Russia\'s side is Ukraine, no Russian loss; in Ukraine\'s words it is Russia',
    text: "According to the Russian Defense Ministry, the enemy lost more than 76,500 servicemen in Kursk, where North Korean troops fought. According to Ukraine's General Staff, the enemy lost more than 1,200 servicemen in the past day as North Korean troops fought in Kursk.",
    expect: [{ text: 'more than 1,200', measure: 'russian_casualties', value: 1200 }],
  },
  {
    name: 'payment for weapons: shipments valued, arms counted after "for", the value of North Korea\'s weapons, earnings beside arms',
    text: "The North Korean shipments to Russia are valued at about $1.5 billion. Moscow reportedly paid Pyongyang $1.2 billion for 5 million shells. The value of North Korea's weapons supplied to Russia was estimated at $9.8 billion. North Korea has supplied millions of shells, and it earned some $5 billion from Russia.",
    expect: [
      { text: 'about $1.5 billion', measure: 'payment_for_weapons', value: 1_500_000_000 },
      { text: '$1.2 billion', measure: 'payment_for_weapons', value: 1_200_000_000 },
      { text: '$9.8 billion', measure: 'payment_for_weapons', value: 9_800_000_000 },
      { text: 'millions', measure: 'artillery_shells' },
      { text: 'some $5 billion', measure: 'payment_for_weapons', value: 5_000_000_000 },
    ],
  },
  {
    name: 'no payment for weapons: earnings from coal beside shells sent',
    text: 'North Korea earned $300 million from coal exports to Russia and sent shells.',
    expect: [],
  },
  {
    name: 'no shells: those North Korea "lobbed" at South Korea\'s island, and a gun\'s ration "per gun"',
    text: "North Korea lobbed over 200 artillery shells near South Korea's Yeonpyeong Island on Friday. North Korean gunners in Kursk were given ten shells per gun, per day.",
    expect: [],
  },
  {
    name: 'troops planned: both countries the subject of the sending, and "the possibility of deploying"',
    text: 'North Korea and Russia had agreed to deploy a total of 12,000 troops, equivalent to four brigades. Zelensky suggested the possibility of deploying 10,000 North Korean troops.',
    expect: [
      { text: '12,000', measure: 'troops_planned', value: 12000 },
      { text: '10,000', measure: 'troops_planned', value: 10000 },
    ],
  },
  {
    name: "no troops: both countries sending troops named as another side's",
    text: 'Russia and North Korea deployed 50,000 Russian troops to Kursk.',
    expect: [],
  },
  {
    name: 'Russia\'s losses: a year between the losses and their verb ("losses since February 2022 amount to")',
    text: 'Total Russian combat losses since February 2022 amount to about 870,000 personnel, as North Korean troops fight beside them.',
    expect: [{ text: 'about 870,000', measure: 'russian_casualties', value: 870_000 }],
  },
  {
    name: 'troops, not casualties: a force said to be there, then to have suffered casualties; a bare "suffered casualties" stays losses',
    text: '11,000 North Korean troops were present in the Kursk region and had already suffered casualties. About 4,000 North Korean soldiers have suffered casualties.',
    expect: [
      { text: '11,000', measure: 'troops_deployed', value: 11000 },
      { text: 'About 4,000', measure: 'nk_casualties', value: 4000 },
    ],
  },
  {
    name: 'troops deployed: more "followed by" a sending done, earlier, as a range; not where it is "to be followed"',
    text: 'In late 2024, North Korea sent between 10,000 to 12,000 troops, followed by an additional 3,000 to 4,000 earlier in 2025. North Korea sent 8,000 troops, to be followed by an additional 2,000 later this year.',
    expect: [
      { text: 'between 10,000 to 12,000', measure: 'troops_deployed', value: { low: 10000, high: 12000 } },
      { text: '3,000 to 4,000', measure: 'troops_deployed', value: { low: 3000, high: 4000 } },
      { text: '8,000', measure: 'troops_deployed', value: 8000 },
    ],
  },
  {
    name: 'money earned "from Russia war", as headlines clip it; no share in "the second half of 2023"',
    text: 'Report: Pyongyang earned $20bn from Russia war. Russia received 1.6 million shells from North Korea in the second half of 2023 alone.',
    expect: [
      { text: '$20bn', measure: 'payment_for_weapons', value: 20_000_000_000 },
      { text: '1.6 million', measure: 'artillery_shells', value: 1_600_000 },
    ],
  },
  {
    name: 'troops deployed: "which may now number" a count',
    text: 'North Korean troops also appeared there, which may now number around 20,000 in the region.',
    expect: [{ text: 'around 20,000', measure: 'troops_deployed', value: 20000 }],
  },
  {
    name: 'troops planned: an arrival expected later, troops expected "to be at" the border, "wants to attract", "willing to expand", an "imminent deployment"',
    text: "This contingent comprises 1,000 deminers and 5,000 construction workers, with their arrival expected as early as July. Ukraine's ambassador said they expect up to 4,500 North Korean troops to be at their border this week. Russia wants to attract 10,000 North Korean soldiers. North Korea might be willing to expand its support to up to 100,000 troops. Ministers met amid imminent deployment of thousands of North Korean troops.",
    expect: [
      { text: '1,000', measure: 'troops_planned', value: 1000 },
      { text: '5,000', measure: 'troops_planned', value: 5000 },
      { text: 'up to 4,500', measure: 'troops_planned', value: 4500 },
      { text: '10,000', measure: 'troops_planned', value: 10000 },
      { text: 'up to 100,000', measure: 'troops_planned', value: 100000 },
      { text: 'thousands', measure: 'troops_planned' },
    ],
  },
  {
    name: 'not planned: "willing to accept" defectors, far before troops there; troops sent with no arrival to come',
    text: 'South Korea is willing to accept North Korean soldiers who defect, amid reports of thousands of North Korean soldiers in Kursk. North Korea has sent 1,000 deminers, with their work expected to last a year.',
    expect: [
      { text: 'thousands', measure: 'troops_deployed' },
      { text: '1,000', measure: 'troops_deployed', value: 1000 },
    ],
  },
  {
    name: 'troops deployed: a headline\'s bare count sent "under" a cover',
    text: 'North Korea Expands Military Support for Moscow, Sends Thousands Under Civilian Cover',
    expect: [{ text: 'Thousands', measure: 'troops_deployed' }],
  },
  {
    name: "not narrowed too far (fourth review): the enemy in Ukraine's words beside the Kremlin named; the missing of a loss; a deployment to last",
    text: 'Zelensky said the enemy had lost 15,000 troops in Kursk, a claim the Kremlin has not commented on. The NIS said about 300 North Korean soldiers had been killed and 2,700 wounded, and that an unknown number remain missing. North Korea has sent 11,000 troops to Russia, with the deployment expected to last until the end of the year.',
    expect: [
      { text: '15,000', measure: 'russian_casualties', value: 15000 },
      { text: 'about 300', measure: 'nk_killed', value: 300 },
      { text: '2,700', measure: 'nk_wounded', value: 2700 },
      { text: '11,000', measure: 'troops_deployed', value: 11000 },
    ],
  },
  {
    name: 'no payment (fourth review): a sum before another clause\'s sending, others\' earnings beside arms, shells bought for Ukraine, soldiers who "brought home" cash',
    text: "The war has cost Russia more than $200 billion, and Putin has sought to ease his manpower shortage by deploying North Korean troops. North Korea's IT workers earned about $600 million last year, even as Pyongyang shipped shells and missiles to Russia. Czech President Petr Pavel said the initiative had raised $1.6 billion for 800,000 shells for Ukraine, as North Korea supplies Russia. North Korean soldiers brought home $2,000 each after their tour in Kursk.",
    expect: [],
  },
  {
    name: 'not narrowed too far (fourth review): losses in snowfall, Russian men beside women and children fleeing, "later half", a range "from" a year-like count',
    text: "Advancing across open fields in heavy snowfall, the North Koreans suffered about 1,000 casualties in a week. Ukraine said 1,100 Russian men were killed, as Russia's women and children flee Kursk, where North Korean troops fight. Two weeks later half of the North Korean troops in Kursk had been killed or wounded. North Korea could send from 2000 to 30000 soldiers, the lawmaker said.",
    expect: [
      { text: 'about 1,000', measure: 'nk_casualties', value: 1000 },
      { text: '1,100', measure: 'russian_casualties', value: 1100 },
      { text: 'half', measure: 'nk_casualties' },
    ],
  },
  {
    name: 'troops deployed, not planned: a sentence opened by "Additionally,"; "will additionally send" stays to come',
    text: "Additionally, Moscow's ally supports the aggressor's forces with armoured weaponry and manpower, deploying over 10,000 soldiers. North Korea will additionally send 3,000 troops.",
    expect: [
      { text: 'over 10,000', measure: 'troops_deployed', value: 10000 },
      { text: '3,000', measure: 'troops_planned', value: 3000 },
    ],
  },
  {
    name: "no figure (review's older findings): another supplier's share named with it, Russia's own arms exports",
    text: "North Korea supplies about 60% of Russia's shells, followed by Iran with 20%. Russia's arms exports earned it about $15 billion in 2020, before North Korea's shells came.",
    expect: [{ text: 'about 60%', measure: 'share_of_russian_ammo', value: 60 }],
  },
  {
    name: 'shares and money of North Korea\'s own stay: a share said "with" a time, North Korea\'s arms exports',
    text: "North Korea supplies half of Russia's shells, with 40% coming in 2024. North Korea's arms exports to Russia earned it about $5 billion.",
    expect: [
      { text: 'half', measure: 'share_of_russian_ammo' },
      { text: '40%', measure: 'share_of_russian_ammo', value: 40 },
      { text: 'about $5 billion', measure: 'payment_for_weapons', value: 5_000_000_000 },
    ],
  },
  {
    name: 'owner: a helper named in an aside ("backed by North Korean troops") is not the party that lost',
    text: 'Kyiv says the enemy, backed by North Korean troops, has lost 40,000 soldiers. North Korean troops, backed by Russian artillery, have lost 4,000 soldiers.',
    expect: [
      { text: '40,000', measure: 'russian_casualties', value: 40000 },
      { text: '4,000', measure: 'nk_casualties', value: 4000 },
    ],
  },
  {
    name: 'owner: a party "supplied with" in the passive received the count; another side so supplied owns none',
    text: 'North Korea has armed Moscow. Russia was supplied with “several dozen ballistic missiles” thus far. Ukraine was supplied with 1 million shells by its allies.',
    expect: [{ text: 'several dozen', measure: 'missiles_rockets' }],
  },
  {
    name: 'owner: a side whose ranks the troops boost, after them, is not their sender',
    text: 'North Korea is paid for its help. The deal agreed with Russia to send 12,000 troops to boost Russian ranks matters to Kim.',
    expect: [{ text: '12,000', measure: 'troops_planned', value: 12000 }],
  },
  {
    name: "owner: another country's newspaper a speaker told is no side of the losses",
    text: 'An official told the British newspaper that North Korea has documented hundreds of casualties in the war in Ukraine.',
    expect: [{ text: 'hundreds', measure: 'nk_casualties' }],
  },
  {
    name: 'troops: a bare count sent "into" a place; a headline\'s sending under way, its auxiliary left out, is to come',
    text: 'North Korea sends another 5,000 into Kursk\n\nUkraine war briefing: North Korea sending another 3,000 into Kursk',
    expect: [
      { text: '5,000', measure: 'troops_deployed', value: 5000 },
      { text: '3,000', measure: 'troops_planned', value: 3000 },
    ],
  },
  {
    name: 'losses: a share in digits after losses counted ("2/3 killed"); a casualty rate of North Korea\'s troops is of their losses',
    text: "4,000 North Korean casualties in Russia's Kursk Oblast, 2/3 killed, Zelensky says. The daily casualty rate of North Korean troops could reach up to 92.",
    expect: [
      { text: '4,000', measure: 'nk_casualties', value: 4000 },
      { text: '2/3', measure: 'nk_killed', value: 2667 },
      { text: 'up to 92', measure: 'nk_casualties', value: 92 },
    ],
  },
  {
    name: 'captives: soldiers "held in Ukraine" are the captured',
    text: 'A lawmaker called on the president to bring two North Korean soldiers held in Ukraine to South Korea.',
    expect: [{ text: 'two', measure: 'nk_captured', value: 2 }],
  },
  {
    name: 'troops to come: North Korean "volunteers" offered or prepared to come, a quote closed after the noun',
    text: 'The 100,000 North Korean \u201cvolunteers\u201d reportedly being offered up to Russia would be forced to go. There are reports that 30,000 North Korean volunteers are prepared to come and take part in the conflict.',
    expect: [
      { text: '100,000', measure: 'troops_planned', value: 100000 },
      { text: '30,000', measure: 'troops_planned', value: 30000 },
    ],
  },
  {
    name: 'troops to come: a sending "on the brink of" being done, troops that "are deploying to"; a gerund\'s sending is done',
    text: 'Zelensky warned that Moscow is on the brink of deploying 10,000 North Korean soldiers in Ukraine. Thousands of North Korean soldiers are reportedly deploying to assist Russia. Reports of 3,000 North Korean troops deploying to Kursk caused an uproar.',
    expect: [
      { text: '10,000', measure: 'troops_planned', value: 10000 },
      { text: 'Thousands', measure: 'troops_planned' },
      { text: '3,000', measure: 'troops_deployed', value: 3000 },
    ],
  },
  {
    name: 'no figure: a headline\'s figure of speech ("A Million Reasons to Worry", "5 things to know")',
    text: 'Pyongyang\u2019s Ammunition: A Million Reasons to Worry\n\nNorth Korean troops in Russia: 5 things to know',
    expect: [],
  },
  {
    name: 'troops: a bare count in a with-clause, said to be in a place, is part of the troops counted before it',
    text: 'North Korea sent 11,000 soldiers, with 8,000 already in Kursk. North Korea may send 100,000 soldiers, with over 10,000 already reportedly in Russia. North Korea sent shells, with 8,000 already in Kursk.',
    expect: [
      { text: '11,000', measure: 'troops_deployed', value: 11000 },
      { text: '8,000', measure: 'troops_deployed', value: 8000 },
      { text: '100,000', measure: 'troops_planned', value: 100000 },
      { text: 'over 10,000', measure: 'troops_deployed', value: 10000 },
    ],
  },
  {
    name: 'restated: "the final figure could be" a number is the figure before, to come',
    text: 'North Korea sent 1,500 troops to Russia, and the final figure could be closer to 12,000.',
    expect: [
      { text: '1,500', measure: 'troops_deployed', value: 1500 },
      { text: 'closer to 12,000', measure: 'troops_planned', value: 12000 },
    ],
  },
  {
    name: "troops: people set between dashes beside North Korea's troops are the troops; beside another side's, no figure",
    text: 'Ukrainian intelligence expects the arrival of the first batch of North Korean military personnel \u2013 approximately 1,200 people \u2013 to Kursk Oblast. Russian troops, 1,200 people in all, left Kursk.',
    expect: [{ text: 'approximately 1,200', measure: 'troops_planned', value: 1200 }],
  },
  {
    name: 'money: the worth of goods given before the war is no aid, as the goods are not; "$2000 for each of its soldiers" is pay, not a year',
    text: 'In 2019, Russia sent 12 horses to North Korea, valued at over $75,500. In exchange, North Korea is reportedly receiving $2000 for each of its soldiers in Russia.',
    expect: [{ text: '$2000', measure: 'soldier_pay', value: 2000 }],
  },
  {
    name: 'troops to come: a force "eventually reaching Russia", or that "will eventually reach" it; the place reached owns none',
    text: "North Korea's deployment is expected to grow, with a total force of around 12,000 personnel eventually reaching Russia. A force of 3,000 North Korean soldiers will eventually reach Russia.",
    expect: [
      { text: 'around 12,000', measure: 'troops_planned', value: 12000 },
      { text: '3,000', measure: 'troops_planned', value: 3000 },
    ],
  },
  {
    name: "not captives: North Korea's soldiers captured by Russia's own forces (deserters); captured by Ukraine's, captives",
    text: 'Ukrainian media reported that 18 North Korean soldiers who deserted their posts in Kursk were captured and detained by Russian forces. Ukraine captured two North Korean soldiers.',
    expect: [{ text: 'two', measure: 'nk_captured', value: 2 }],
  },
  {
    name: "not: a toll of another country's civil war (its army and a paramilitary group)",
    text: 'North Korea sold arms abroad. Fighting spread in Khartoum. The conflict between the Sudanese army and a rival paramilitary group has left hundreds dead and the country on the verge of civil war.',
    expect: [],
  },
  {
    name: "not: a bare count after a dash beside a count just read as no figure (Russia's own output); beside a figure, one",
    text: 'Russia has been producing 250,000 shells per month \u2014 3 million per year \u2014 while NATO lags. North Korea has sent 250,000 shells per month \u2014 3 million per year \u2014 to Russia.',
    expect: [
      { text: '250,000', measure: 'artillery_shells', value: 250000 },
      { text: '3 million', measure: 'artillery_shells', value: 3000000 },
    ],
  },
  {
    name: 'not: technical personnel working on arms are no troops nor munitions; "Kim\'s choice to send" names a sending done',
    text: "North Korea's help ranges from artillery shells to thousands of technical personnel working in Russia's arms plants. Kim Jong-un\u2019s choice to send 12,000 men to support the Russian army has consequences.",
    expect: [{ text: '12,000', measure: 'troops_deployed', value: 12000 }],
  },
  {
    name: 'restated: a bare count another "mentioned" is another estimate of the figure before; not a few of anything',
    text: 'North Korean forces have already suffered over 1,100 dead and wounded. Zelensky even mentioned up to 3,000. He mentioned 3 to reporters.',
    expect: [
      { text: 'over 1,100', measure: 'nk_casualties', value: 1100 },
      { text: 'up to 3,000', measure: 'nk_casualties', value: 3000 },
    ],
  },
  {
    name: 'money: "income from the war" is earnings, no economy\'s size; "for every soldier" is pay; a deployment may "yield" a sum',
    text: "North Korea's income from the war amounts to $20 billion. Pyongyang gets $2,000 for every soldier sent to Russia. The dispatch of 12,000 North Korean soldiers could yield North Korea $288 million a year. North Korea's national income is $30 billion.",
    expect: [
      { text: '$20 billion', measure: 'payment_for_weapons', value: 20_000_000_000 },
      { text: '$2,000', measure: 'soldier_pay', value: 2000 },
      { text: '12,000', measure: 'troops_deployed', value: 12000 },
      { text: '$288 million', measure: 'payment_for_troops', value: 288_000_000 },
    ],
  },
  {
    name: 'losses: "losses among" North Korea\'s troops are theirs, whatever side they fight for; read across a long subject',
    text: 'Losses among North Korean troops fighting for the Russian army in the Kursk region have reached several thousand. Losses among the North Korean military fighting on the side of the Russian army in the Kursk region have already reached 4,000.',
    expect: [
      { text: 'several thousand', measure: 'nk_casualties' },
      { text: '4,000', measure: 'nk_casualties', value: 4000 },
    ],
  },
  {
    name: 'review: captives stay captives where another clause tells of others captured or a town seized by Russia',
    text: 'Zelensky offered to exchange the two North Korean soldiers captured in Kursk for Ukrainians captured by Russia. Ukrainian forces have captured 3 North Korean soldiers near Sudzha, a town seized by Russian forces last year.',
    expect: [
      { text: 'two', measure: 'nk_captured', value: 2 },
      { text: '3', measure: 'nk_captured', value: 3 },
    ],
  },
  {
    name: 'review: people after a comma that closes an opening phrase about the troops are no troops',
    text: 'After the arrival of North Korean troops, 3,000 people were evacuated from villages in Kursk. Since the deployment of North Korean soldiers, about 2,000 people have protested in Seoul.',
    expect: [],
  },
  {
    name: 'review: a gerund "North Korea sending N" that is its sentence\'s subject is a sending done, not one under way',
    text: 'North Korea sending 12,000 troops to Russia marks a dangerous escalation, Seoul says. Pyongyang sending 11,000 soldiers to Kursk has changed the calculus in Seoul.',
    expect: [
      { text: '12,000', measure: 'troops_deployed', value: 12000 },
      { text: '11,000', measure: 'troops_deployed', value: 11000 },
    ],
  },
  {
    name: 'review: the losses of a force named as boosted, in its own relative clause, are its own',
    text: 'North Korea will send up to 30,000 soldiers to boost Russian forces, which have suffered 1,500 casualties a day.',
    expect: [
      { text: 'up to 30,000', measure: 'troops_planned', value: 30000 },
      { text: '1,500', measure: 'russian_casualties', value: 1500 },
    ],
  },
  {
    name: 'review: Russia\'s bonuses and costs "for every soldier" are no pay of North Korea\'s soldiers',
    text: "Russia pays a sign-up bonus of $20,000 to every soldier who joins, far more than North Korea's troops earn. Russia has spent $1 million for every soldier it lost in Ukraine.",
    expect: [],
  },
  {
    name: "review: a deployment after a dash beside the army's size stays; only a rate restated over another period goes",
    text: 'North Korea has 1.2 million active troops \u2014 some 11,000 deployed to Kursk \u2014 the NIS said.',
    expect: [{ text: 'some 11,000', measure: 'troops_deployed', value: 11000 }],
  },
  {
    name: 'review: aid given "since" a year before the war runs on into it',
    text: 'Russia has given North Korea aid worth $1 billion since 2020, according to the report.',
    expect: [{ text: '$1 billion', measure: 'aid_to_nk', value: 1_000_000_000 }],
  },
  {
    name: "review: volunteers named no side's, not sent, are no troops (Russia's recruits); sent ones are",
    text: 'Russia\'s Defence Ministry says it has signed up 190,000 volunteers this year, as North Korean troops fight in Kursk. This fall Pyongyang sent as many as 12,000 "volunteers" to help fight Russia\'s war.',
    expect: [{ text: 'as many as 12,000', measure: 'troops_deployed', value: 12000 }],
  },
  {
    name: 'review: a hedge on the real number is no plan; troops ready to come home, or offered pay, are there',
    text: 'North Korea has sent 11,000 troops. The real number could be 12,000. The 12,000 North Korean troops are ready to come home, Kim said. Some 12,000 North Korean troops being offered $2,000 a month have arrived in Russia.',
    expect: [
      { text: '11,000', measure: 'troops_deployed', value: 11000 },
      { text: '12,000', measure: 'troops_deployed', value: 12000 },
      { text: 'Some 12,000', measure: 'troops_deployed', value: 12000 },
      { text: '$2,000', measure: 'soldier_pay', value: 2000 },
    ],
  },
  {
    name: 'review: a count "mentioned" whose own words go on is not the figure before; a press conference held in Kyiv holds no captives',
    text: 'North Korea has sent 11,000 troops to Russia. Zelensky mentioned 3,000 in the Kursk region who had arrived by train. Three North Korean soldiers were seen in a video shown at a press conference held in Kyiv.',
    expect: [{ text: '11,000', measure: 'troops_deployed', value: 11000 }],
  },
  {
    name: "review: a with-clause's count there is no part of another side's force",
    text: 'Russia has amassed about 50,000 soldiers, including North Korean troops, with 30,000 already in Kursk.',
    expect: [],
  },
  {
    name: 'containers: their load said before them ("hundreds of loaded and unloaded shipping containers")',
    text: 'Satellite imagery shows North Korea sent Russia hundreds of loaded and unloaded shipping containers.',
    expect: [{ text: 'hundreds', measure: 'containers' }],
  },
  {
    name: 'losses: an editor\'s bracketed verb between a count and its loss ("300 (are) dead"); troops: an amount quoted alone read past its quote',
    text: 'Casualties among North Korean forces have exceeded 3,000, of which 300 (are) dead and 2,700 wounded. The Pentagon said 10,000 North Korean troops are in Russia and that a \u201ccouple thousand\u201d are already there in the region.',
    expect: [
      { text: 'exceeded 3,000', measure: 'nk_casualties', value: 3000 },
      { text: '300', measure: 'nk_killed', value: 300 },
      { text: '2,700', measure: 'nk_wounded', value: 2700 },
      { text: '10,000', measure: 'troops_deployed', value: 10000 },
      { text: 'couple thousand', measure: 'troops_deployed', value: 2000 },
    ],
  },
  {
    name: "losses: unowned losses beyond North Korea's forces are Russia's where only Russia is named, not a war's toll named before them",
    text: 'Putin turned to North Korea for troops. He has lost around 200,000 killed in the war, and Russia cannot replace them. Having already lost an estimated 350,000 troops in battle, Russia is offering North Korea oil. The war has killed more than 500,000 soldiers, Russia and North Korea say. Ukraine has lost more than 300,000 soldiers as Russia recruits North Koreans.',
    expect: [
      { text: 'around 200,000', measure: 'russian_casualties', value: 200000 },
      { text: 'an estimated 350,000', measure: 'russian_casualties', value: 350000 },
    ],
  },
  {
    name: 'troops: a bare count said to be there or expected after a sentence naming North Korea as sending a number of troops',
    text: 'North Korea has sent 3,000 troops to Russia, lawmakers said. Some 10,000 were expected in Russia by December, they said.\n\nNorth Korea deployed 11,000 soldiers, officials say.\n\nAt least 3,000 are already in the province of Kursk.',
    expect: [
      { text: '3,000', measure: 'troops_deployed', value: 3000 },
      { text: 'Some 10,000', measure: 'troops_planned', value: 10000 },
      { text: '11,000', measure: 'troops_deployed', value: 11000 },
      { text: 'At least 3,000', measure: 'troops_deployed', value: 3000 },
    ],
  },
  {
    name: 'losses: a share of the force they make up or represent, past a number, a dash or a comma; the losses nearest the verb',
    text: 'These North Korean losses are significant, making up roughly 25% of the force North Korea sent to Ukraine. The estimated North Korean casualty rate of 4,000 — including those killed, wounded, missing or captured — represents 36% of the deployed force. North Korea is suffering devastating losses in Ukraine, with the White House claiming casualties amount to nearly 10 percent of the country’s deployed forces.',
    expect: [
      { text: 'roughly 25%', measure: 'nk_casualties' },
      { text: '4,000', measure: 'nk_casualties', value: 4000 },
      { text: '36%', measure: 'nk_casualties' },
      { text: 'nearly 10 percent', measure: 'nk_casualties' },
    ],
  },
  {
    name: 'losses: a share in fourths ("One-fourth of those North Korean forces have become casualties")',
    text: 'North Korean troops fought in Kursk. One-fourth of those North Korean forces have become casualties.',
    expect: [{ text: 'One-fourth', measure: 'nk_casualties' }],
  },
  {
    name: 'troops: combatants and marines are troops sent',
    text: "North Korea has sent 3,000 combatants and 500 marines to Russia's Kursk region.",
    expect: [
      { text: '3,000', measure: 'troops_deployed', value: 3000 },
      { text: '500', measure: 'troops_deployed', value: 500 },
    ],
  },
  {
    name: "review: losses beyond North Korea's forces are Russia's only when told as lost, not both sides', the enemy's or a war's toll",
    text: "Nearly 1 million soldiers have been killed or wounded on both sides, as Russia relies on North Korean troops. More than 600,000 soldiers have been killed or wounded since Russia's full-scale invasion, officials say of North Korea's ally. The Kremlin said 150,000 soldiers had been wounded, as North Korean troops arrived in Russia. The enemy has lost 300,000 soldiers, the Kremlin said, as North Korean troops arrived.",
    expect: [],
  },
  {
    name: 'review: "a fourth" after a count is an ordinal, not a share; a sending verb\'s gap holds numbers, not "U.S."',
    text: 'Three North Korean soldiers were captured in Kursk, and a fourth was killed before he could be taken. North Korea has sent U.S. troops a warning. Some 3,000 are already in Kursk.',
    expect: [{ text: 'Three', measure: 'nk_captured', value: 3 }],
  },
  {
    name: "money: interpreters' and translators' pay is no North Korean soldier's",
    text: 'Russia is hiring Korean interpreters for the North Korean troops, some offering salaries as high as $4,000 per month.',
    expect: [],
  },
  {
    name: 'missiles: projectiles "fired by North Korea", the war named only in the sentence before, are its own launch; not where the sentence names the war',
    text: "Kim oversaw the test-firing of new shells, which may also serve as a demonstration for Russia's war. South Korea's Joint Chiefs of Staff assessed two projectiles fired by North Korea on Thursday morning as short-range missiles. Two missiles fired by North Korea hit Kyiv.",
    expect: [{ text: 'Two', measure: 'missiles_rockets', value: 2 }],
  },
  {
    name: "review: a sender named after the noun is its owner only in the noun's own clause, not the next clause's subject",
    text: 'Russia has suffered about 790,000 casualties, and North Korea sent troops. Russia has suffered 700,000 casualties as North Korea sent troops. Ukraine is fighting the thousands of troops that Pyongyang has sent.',
    expect: [
      { text: 'about 790,000', measure: 'russian_casualties', value: 790000 },
      { text: '700,000', measure: 'russian_casualties', value: 700000 },
      { text: 'thousands', measure: 'troops_deployed' },
    ],
  },
];
