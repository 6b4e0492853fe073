/**
 * The patterns that say what a number counts, compiled from the English
 * lexicon (lexicon/en/). This file holds the shape of each phrasing only; its
 * words are the lexicon's. The classifier (classify-measure.ts) decides which
 * applies. Matched on folded text.
 */

import type { Says } from './in-sentence';
import { alternation as any } from './lexicon/compile';
import { ARTICLES, HEDGED_TO_BE, NOUN_BEFORE_STOPS } from './lexicon/en/clauses';
import * as losses from './lexicon/en/losses';
import * as money from './lexicon/en/money';
import type { NounWords } from './lexicon/en/nouns';
import * as nouns from './lexicon/en/nouns';
import { NORTH_KOREA_NAMES, ORIGIN_NAMES, PEOPLES, RUSSIA_NAMES } from './lexicon/en/parties';
import * as sending from './lexicon/en/sending';
import { WITH_SUBJECT } from './lexicon/en/speakers';
import type { NounKind } from './measures';
import { meter } from './step-meter';

export type { NounKind };

const optional = (words: readonly string[] | undefined) => (words?.length ? `(?:(?:${any(words)}) )?` : '');

/** A noun's pattern: its words before, its heads, what may not follow them. */
function nounPattern(n: NounWords): RegExp {
  let heads = `(?:${any(n.heads)})`;
  if (n.kind === 'casualties') {
    // "wounded" before the people it describes ("two wounded North Korean soldiers") is a modifier.
    const adjectives = any(nouns.CASUALTY_ADJECTIVES);
    const described = `(?! ${optional(nouns.DESCRIBED_PEOPLE_ORIGINS)}(?:${any(nouns.DESCRIBED_PEOPLE)})\\b)`;
    heads = `(?:(?:${adjectives})${described}|${any(n.heads.filter((h) => !nouns.CASUALTY_ADJECTIVES.includes(h)))})`;
  }
  if (n.kind === 'personnel') {
    const members = `members (?:of|from) (?:${any(nouns.MEMBERS_OF)}) (?:[a-z'.-]+ ){0,4}?(?:${any(nouns.UNITS_OF_PEOPLE)})`;
    heads = `(?:${any(n.heads)}|${members})`;
  }
  const notBefore = n.notBefore?.length ? `(?! (?:${any(n.notBefore)})\\b)` : '';
  return new RegExp(`^${optional(n.before)}${heads}${notBefore}\\b`);
}

/** Checked in order at each word; the first that matches there names the noun. */
export const NOUNS: ReadonlyArray<{ kind: NounKind; re: RegExp }> = nouns.NOUNS.map((n) => ({ kind: n.kind, re: nounPattern(n) }));

/** Words that may stand between a number and its noun ("64 separate shipments", "152-mm shells"). */
// A hyphened modifier is tried first: "combat-ready" is one word, not "combat" and a stray "-ready".
export const NOUN_MODIFIER = new RegExp(
  `^(?:\\d+(?:[- ]?(?:${any(nouns.CALIBRE_UNITS)}))(?: (?:${any(nouns.CALIBRE_WORDS)}))?|\\d+(?:${any(nouns.ORDINAL_SUFFIXES)})|[a-z]+-(?:${any(nouns.MODIFIER_SUFFIXES)})|${any(nouns.NOUN_MODIFIERS)}|(?:${any(nouns.MISSILE_NAME_STEMS)})-?\\d+[a-z]*)(?:\\b|(?<=\\.)(?= ))`,
);

/** What a casualty figure counts. Combined first: "killed or wounded" is one figure. */
/** "600 killed, 4,700 hurt": "hurt" where its clause ends or says where or when. */
const HURT_AT_END = `${losses.HURT_AT_END.word}(?=["\u201D]?(?:[,.;:!?)]|$| (?:${any(losses.HURT_AT_END.followedBy)})\\b))`;
export const CASUALTY_SCOPES = (['killed_and_wounded', 'captured', 'killed', 'wounded'] as const).map((scope) => {
  const lost = scope === 'killed_and_wounded' ? `|${losses.LOST.word}(?! ${losses.LOST.except})` : '';
  const hurt = scope === 'wounded' ? `|${HURT_AT_END}` : '';
  return { scope, re: new RegExp(`\\b(?:${any(losses.CASUALTY_SCOPE_WORDS[scope])}${lost}${hurt})\\b`) };
});

const SEND_BASE = any(sending.SEND.base);
const SEND_PAST = any(sending.SEND.past);
const SEND_NOUN = any(sending.SEND.nouns);
const ORDERED = `(?:${any(sending.ORDERED)}) `;
/** "the planned third deployment of": a deployment to come, whatever words stand between. */
const PLANNED_NOUN = `(?:${any(sending.PLANNED_NOUN_ADJECTIVES)}) (?:[a-z]+ )?`;

/** Troops promised or to come ("Kim has promised…", "decided to send"). The cue nearest the number wins. */
export const PLANNED_VERBS = new RegExp(
  [
    `${ORDERED}(?:${SEND_NOUN})`,
    `${PLANNED_NOUN}(?:${SEND_NOUN})`,
    any(sending.PLANNED_PHRASES),
    // "will \"send 1,000 sappers": a quotation may open between the modal and its verb.
    // …or round its adverb: "could \"soon\" have as many as 12,000 soldiers".
    // Not a perfect of what may have happened: "up to 1,000 soldiers might have been killed".
    `(?:${any([...sending.MODALS, ...sending.ABLE])}) ["\u201C]?(?:(?:${any(sending.MODAL_ADVERBS)})["\u201D]? ["\u201C]?)?(?:${any(sending.MODAL_VERBS)})(?! (?:${any(sending.NOT_AFTER_MODAL_VERBS)})\\b)`,
    `to (?:${SEND_BASE})(?<!\\b(?:${any(sending.NOT_A_PLAN_NOUNS)}|(?:${any(sending.NOT_A_PLAN_BEFORE_TO)})(?: [a-z]+){0,2}) to (?:${SEND_BASE}))`,
    `to be (?:${SEND_PAST})`,
  ]
    .map((p) => `(?:${p})`)
    .join('|')
    .replace(/^/, '\\b(?:')
    .concat(')\\b'),
  'g',
);

/** Troops already there: "following the dispatch of", "the initial 11,000". */
export const DEPLOYED_VERBS = new RegExp(
  // Not "will have sent a total of 21,000": a sending foreseen as done (but "would have sent" reports one done).
  // The words of troops there first, so that "dispatched reinforcements" is read whole, not as "dispatched".
  `\\b(?:${any(sending.DEPLOYED_WORDS)}|(?<!\\b(?:${any(sending.FUTURE_PERFECT)}) have )(?:${SEND_PAST})|(?<!${ORDERED}|${PLANNED_NOUN})(?:${SEND_NOUN}) of)\\b`,
  'g',
);

/** A count "to come", its clause ending there or a time after it (see `TO_COME`). */
export const TO_COME_AFTER = new RegExp(
  `^(?: (?:${any(sending.TO_COME.before)}))? ${sending.TO_COME.words}(?=\\s*(?:[,.;:)]|$)| (?:${any(sending.TO_COME.times)})\\b)`,
);
/** A bare count foreseen to be sent to the war (see `FORESEEN_SENDING`). */
export const FORESEEN_SENDING_AFTER = new RegExp(
  `^ (?:${any(sending.FORESEEN_SENDING.copulas)}) (?:${any(sending.FORESEEN_SENDING.foreseen)}) to be (?:${any(sending.FORESEEN_SENDING.verbs)})\\b[^.;:]{0,${sending.FORESEEN_SENDING.reach}}?\\b(?:${any(sending.FORESEEN_SENDING.links)}) (?:${any([...sending.FORESEEN_SENDING.places, ...sending.FORESEEN_SENDING.placesToo])})\\b`,
);
/** Troops still to come, said after them: "…soldiers were being prepared to join". */
export const PLANNED_AFTER = new RegExp(
  // A modal after a comma too: "we think 2,000, 2.5-3,000, will be transferred".
  `^(?: (?:(?:${any(sending.PLANNED_AFTER_COPULAS)}) )?(?:(?:${any(sending.PLANNED_AFTER_ADVERBS)}) )?(?:${any(sending.PLANNED_AFTER)})|,? (?:${any(sending.PLANNED_BY_SENDER.relatives)}) (?:${any(sending.PLANNED_BY_SENDER.senders)}) (?:${any(sending.PLANNED_BY_SENDER.plans)}) (?:${any(sending.PLANNED_BY_SENDER.verbs)})|,?(?: (?:${any(sending.MODAL_IN_RELATIVE)}))? (?:${any(sending.MODALS_OF_ARRIVAL)}) (?:(?:${any(sending.MODAL_ADVERBS)}) )?(?:${any(sending.MODAL_AFTER_VERBS)}))\\b`,
);

/** Troops in addition: right before or after the number ("another 3,000", "3,000 more troops"). */
export const ADDITIONAL = new RegExp(`\\b(?:${any(sending.ADDITIONAL)})\\b`);
export const ADDITIONAL_BEFORE = new RegExp(`\\b(?:${any(sending.ADDITIONAL_BEFORE)}) $`);
export const MORE_AFTER = new RegExp(`^ (?:${any(sending.MORE_AFTER)})\\b`);
/** The force more are sent to join, counted right after its verb: "to add to the 11,000 deployment". */
export const JOINED_FORCE = new RegExp(
  `\\b(?:${any(sending.JOINED_FORCE_BEFORE.verbs)}) (?:${any(sending.JOINED_FORCE_BEFORE.articles)}) $`,
);
/** How far before a count the verb of joining the force it counts is read: "reinforcing the approximately ". */
export const JOINED_FORCE_REACH = 40;
/** What may follow a bare count of the force joined: "the 11,000 already there", "the 11,000." */
export const JOINED_FORCE_BARE_AFTER = new RegExp(`^(?:[,.;:)]|$| (?:${any(sending.JOINED_FORCE_BEFORE.bareBefore)})\\b)`);

/** What money was for. Checked nearest the number first. */
/** A count of the troops paid for: "for sending between 5,000 to 20,000 soldiers", "for 10,000 North Korean troops". */
const TROOPS_COUNTED = `(?:${optional(money.PAID_FOR_COUNT_QUALIFIERS)}[\\d,.]+(?: (?:${any(money.PAID_FOR_COUNT_JOINERS)}) [\\d,.]+)? ${optional(money.TROOP_ORIGINS)})?`;

/** A sending said as the means or the condition of the money: "if it sends three to four engineering brigades". */
const SENDING_AS_MEANS = `(?:${any(money.SENDING_AS_MEANS.links)}) (?:${any(money.SENDING_AS_MEANS.verbs)})(?: (?!(?:${any(money.TROOPS_PAID_FOR)})\\b)[a-z\\d,.-]+){0,${money.SENDING_AS_MEANS.words}} (?:${any(money.TROOPS_PAID_FOR)})`;
/** The same, read on its own further from the amount than other cues. */
export const MONEY_SENT_AS_MEANS = new RegExp(`\\b${SENDING_AS_MEANS}\\b`);

/** A count of the arms paid for: "$1.2 billion for 5 million shells". */
const ARMS_COUNTED = `(?:${optional(money.PAID_FOR_COUNT_QUALIFIERS)}[\\d,.]+ (?:(?:${any(money.UNSAID_VALUE_SCALES)}) )?)?`;

export const MONEY_CUES = [
  { measure: 'soldier_pay', re: new RegExp(`\\b(?:${any(money.PAY_PHRASES)})\\b(?! (?:${any(money.PERIOD_AS_TIME_AFTER)})\\b)`) },
  {
    measure: 'payment_for_troops',
    re: new RegExp(
      `\\b(?:for ${optional(money.SENDING_FOR)}${optional(money.PAID_FOR_OWNERS)}${optional(money.SENDING_OF)}${optional(money.PAID_FOR_OWNERS)}${TROOPS_COUNTED}(?:${any(money.TROOPS_PAID_FOR)})|from (?:${any(money.SENDING_FOR)}) ${optional(money.PAID_FOR_OWNERS)}${TROOPS_COUNTED}(?:${any(money.TROOPS_PAID_FOR)})|${SENDING_AS_MEANS}|(?:${any(money.TROOP_DEALS.troops)})|(?:${any(money.TROOP_DEALS.dealt)}) (?:${any(money.TROOP_DEALS.deals)})|(?:${any(money.TROOPS_VALUED)})(?: [a-z'-]+){0,4}? (?:${any(money.VALUE_LINKS)}))\\b`,
    ),
  },
  {
    measure: 'payment_for_weapons',
    re: new RegExp(
      `\\b(?:value of (?:the |its )?(?:[a-z']+ ){0,2}(?:${any(money.ARMS_PAID_FOR)})|for ${optional(money.PAID_FOR_OWNERS)}${optional(money.SUPPLY_OF)}${ARMS_COUNTED}(?:(?:${any(money.ARMS_KINDS)}) )?(?:${any(money.ARMS_PAID_FOR)})|(?:${any(money.ARMS_TRADED)}) (?:${any(money.ARMS_TRADE)})|(?:worth of|in|of) (?:(?:${any(money.ARMS_KINDS)}) )?(?:${any(money.ARMS_PAID_FOR)})|${any(money.ARMS_SOLD_FROM)}|(?:${any(money.ARMS_TRADE_OF)}) of (?:[a-z]+ ){0,2}(?:${any(money.ARMS_PAID_FOR)})|(?:${any(money.SELLING)}) (?:[a-z]+ ){0,2}(?:${any(money.ARMS_PAID_FOR)})|in (?:${any(money.EARNINGS)}) from (?:[a-z]+ ){0,2}(?:${any(money.ARMS_PAID_FOR)})|(?:${any(money.ARMS_PAID_FOR)})(?:,? [a-z'-]+){0,${money.VALUE_LINK_REACH}}? (?:${any([...money.VALUE_LINKS, ...money.COST_LINKS])}))\\b`,
    ),
  },
  // A pattern of its own, not one more branch of the one above, whose backtracking check it would make too dear.
  {
    measure: 'payment_for_weapons',
    re: new RegExp(
      `\\bvalue of (?:the )?(?:${any(money.SUPPLIER_NAMED.suppliers)}) (?:${any(money.SUPPLIER_NAMED.supplies)}) (?:${any(money.SUPPLIER_NAMED.to)})\\b`,
    ),
  },
  { measure: 'aid_to_nk', re: new RegExp(`\\b(?:${any(money.AID_WORDS)})\\b`) },
] as const;

/** Cues read only before the amount, ending next to it: arms or troops that "brought" North Korea the sum. */
const BROUGHT_IT = (subjects: readonly string[], verbs: readonly string[]): RegExp =>
  new RegExp(
    `\\b(?:${any(subjects)})(?:,? [a-z'-]+){0,${money.BROUGHT_IT.reach}}? (?:${any(verbs)})(?! (?:${any(money.BROUGHT_IT.notAfter)})\\b)(?: [a-z'-]+){0,${money.BROUGHT_IT.after}} $`,
  );
export const MONEY_CUES_BEFORE = [
  { measure: 'payment_for_troops', re: BROUGHT_IT(money.TROOPS_VALUED, money.BROUGHT_IT.troops) },
  { measure: 'payment_for_weapons', re: BROUGHT_IT(money.ARMS_PAID_FOR, money.BROUGHT_IT.arms) },
  {
    measure: 'payment_for_weapons',
    re: BROUGHT_IT(
      money.SUPPLIER_NAMED.suppliers.flatMap((who) =>
        money.SUPPLIER_NAMED.supplies.flatMap((what) => money.SUPPLIER_NAMED.to.map((to) => `${who} ${what} ${to}`)),
      ),
      money.SUPPLIER_NAMED.valued,
    ),
  },
] as const;

/** A share of Russia's ammunition: what the share is of. */
export const AMMUNITION = new RegExp(`\\b(?:${any(money.AMMUNITION)})\\b`);
export const RUSSIA = new RegExp(`\\b(?:${any(RUSSIA_NAMES)})\\b`);

/**
 * What happened to the counted people, said right after them: "about 300 had been
 * killed", "…soldiers are believed to have been killed", "Soldiers Killed, Wounded".
 */
/** Before the count of such a group, a part said to be among it: " were among the ". */
export const AMONG_THE_BEFORE = new RegExp(`\\b(?:${any(losses.AMONG_THE_COUNTED.auxiliaries)}) ${losses.AMONG_THE_COUNTED.lead} $`);
/** After it: " dead". */
export const AMONG_THE_AFTER = new RegExp(`^ (?:${any(losses.AMONG_THE_COUNTED.losses)})\\b`);
/** Between a part and such a group's count: " were among the ". */
export const AMONG_THE_PART_AFTER = new RegExp(`^ (?:${any(losses.AMONG_THE_COUNTED.auxiliaries)}) ${losses.AMONG_THE_COUNTED.lead} $`);
export const CASUALTY_PREDICATE = new RegExp(
  `^["\u201D]?,? (?:(?:${any(losses.PREDICATE_FILLERS)}|\\((?:${any(losses.BRACKETED_FILLERS)})\\)) )*["\u201C]?(?:${any(losses.PREDICATES)}|${HURT_AT_END}|${losses.LOST_PREDICATE.word}(?=["\u201D]?(?:[,.;:!?)]|$| (?:${any(losses.LOST_PREDICATE.followedBy)})\\b))|(?:${any(losses.LOST_PREDICATE.passive)}) ${losses.LOST_PREDICATE.word} (?:${any(losses.LOST_PREDICATE.timeAfter)})\\b(?!'))`,
);

/** A loss said just before the number, perhaps a quote opened between: "Russia has lost 30-35 thousand", "killing at least 100", "Putin loses '1,000 soldiers'". */
export const LOSS_BEFORE = new RegExp(
  `\\b(?:(?:${any(losses.LOSS_VERBS_BEFORE)})(?: (?:${any(losses.LOSS_ARTICLES)}))?|(?:${any(losses.TOLLS)})(?: (?:${any(losses.TOLL_LINKS)}))?) ?["'\u201C\u2018]? ?$`,
);

/**
 * The count named first, the number after: "the number of killed and wounded… exceeds", "casualties
 * at", "casualties… have now reached", "the death toll of North Korean soldiers at". Four patterns rather than one alternation, each simple enough
 * for the backtracking check to read in full (regex-backtracking.test.ts).
 */
/** How far after "the number of killed and injured" its number may stand, the soldiers and their place between. */
const NUMBER_OF_REACH = 120;
const COUNT_NAMED_FIRST = [
  new RegExp(`\\bnumber of (?:[a-z'.-]+ ){0,4}?(?:${any(losses.COUNTED_LOSSES)})\\b[^;:]{0,${NUMBER_OF_REACH}}$`),
  new RegExp(`\\b(?:${any(losses.LOSS_NOUNS)}) (?:${any(losses.COUNT_LINKS_AFTER_NOUN)}) (?:(?:${any(losses.COUNT_EMPHASIS)}) )?$`),
  // "the death toll of North Korean soldiers at 200", "the North Korean death toll in Russia at around 1,000".
  new RegExp(
    `\\b(?:${any(losses.TOLLS)}) (?:${any(losses.TOLL_OWNER_LINKS)}) (?:[a-z'.-]+ ){1,4}?(?:${any(losses.COUNT_LINKS_AFTER_NOUN)}) $`,
  ),
  // "estimating Russia's total casualties since the start of the full-scale invasion at over 710,000".
  new RegExp(
    `\\b(?:${any(losses.PUT_AT.verbs)}) (?:[a-z'.-]+ ){0,3}?(?:${any(losses.LOSS_NOUNS)})(?: [a-z'.,-]+){0,${losses.PUT_AT.reach}}? ${losses.PUT_AT.at} (?:(?:${any(losses.COUNT_EMPHASIS)}) )?$`,
  ),
  // "…has surpassed a staggering one million": up to two words between the verb and the number. Not a noun after an
  // article: "6,000 casualties out of the total 11,000 soldiers". A year may stand between: "losses since February 2022
  // amount to".
  new RegExp(
    `\\b(?:${any(losses.LOSS_SUBJECTS)})(?: (?:[a-z'.,-]+|(?:19|20)\\d\\d,?)){0,22}? (?<!\\b(?:${any(ARTICLES)}) )(?:${any(losses.COUNT_VERBS)})(?: [a-z]+){0,2} $`,
  ),
];

/** A count named first is not read across these: "The number … killed is still unclear, but since then Pyongyang has sent". */
const COUNT_STOP = new RegExp(`(?:${any(NOUN_BEFORE_STOPS)}) `, 'g');

/** Where the words before a number name a count of losses it gives, earliest first; null where they do not. */
export function casualtyCountBefore(whole: string): RegExpExecArray | null {
  COUNT_STOP.lastIndex = 0;
  let cut = 0;
  for (let m = COUNT_STOP.exec(whole); m; m = COUNT_STOP.exec(whole)) {
    meter.steps++;
    cut = m.index + m[0].length;
  }
  const before = whole.slice(cut);
  let first: RegExpExecArray | null = null;
  for (const re of COUNT_NAMED_FIRST) {
    const m = re.exec(before);
    if (m && (!first || m.index < first.index)) first = m;
  }
  if (first) first.index += cut;
  return first;
}

/** A count carried by a verb: "had sent about 3,000 more", "the roughly 11,000 it deployed". */
export const SENT_BEFORE = new RegExp(`\\b(?:${any(sending.SENT_BEFORE)})(?: (?:${any(sending.SENT_BEFORE_ARTICLES)}))? $`);
/**
 * Where the counted came from, between them and a verb of sending: "11,000 from North Korea have been deployed";
 * not "15,000 from North Korea have arrived … to work", nor "30 from North Korea have been sent back home".
 */
const SENT_FROM_ORIGIN = `from (?:${any(ORIGIN_NAMES)}) (?:(?:${any(sending.AUXILIARIES)}) )?(?:(?:${any(sending.SENT_AFTER_FILLERS)}) ){0,2}(?:been )?(?:${any(sending.SEND.past)})\\b(?! (?:${any(sending.SENT_BACK)})\\b)|`;
/** A verb or noun of sending said anywhere in the sentence: "sent", "is dispatching", "the deployment". */
export const SENDING_SAID = new RegExp(
  `\\b(?:${any([...sending.SEND.past, ...sending.SEND.present, ...sending.SEND.ing, ...sending.SEND.nouns])})\\b`,
);
/** A bare count said to fight for Russia: "about 10,000 are (now) thought to be fighting for Moscow". */
export const FIGHTING_AFTER = new RegExp(
  `^ (?:(?:${any(sending.AUXILIARIES)}|${any(sending.PLANNED_AFTER_COPULAS)}) )?(?:(?:${any(sending.FIGHTING_FOR.before)}) ){0,2}(?:${any(sending.FIGHTING_FOR.verbs)}) (?:(?:${any(sending.FIGHTING_FOR.prepositions)}) (?:${any([...sending.FIGHTING_FOR.sides, ...RUSSIA_NAMES])})|(?:${any(sending.FIGHTING_FOR.places)})(?![^,.;]{0,30}\\b(?:${any(sending.FIGHTING_FOR.otherSides)})\\b))\\b`,
);
export const SENT_AFTER = new RegExp(
  `^ ["\u201C]?(?:${SENT_FROM_ORIGIN}(?:(?:${any(sending.SENT_AFTER_SUBJECTS)}) )?(?:(?:the )?[a-z.'-]+(?: [a-z.'-]+)? (?:${any(sending.SENT_AFTER_SAID)}) )?(?:(?:${any([...sending.AUXILIARIES, ...sending.PLANNED_AFTER_COPULAS])}) )?(?:(?:${any(sending.SENT_AFTER_FILLERS)}) ){0,2}(?:${any(sending.SENT_AFTER)})\\b)`,
);

/** A bare count on its way: "2,000 more were heading there". */
export const ON_THE_WAY_AFTER = new RegExp(
  `^ (?:(?:${any([...sending.AUXILIARIES, ...sending.PLANNED_AFTER_COPULAS])}) )?(?:(?:${any(sending.SENT_AFTER_FILLERS)}) ){0,2}(?:${any(sending.ON_THE_WAY)})\\b`,
);

/** North Korea's people named: "North Korean soldiers", "North Koreans". */
export const NK_PERSONNEL_WORDS = new RegExp(
  `\\b(?:(?:${any(NORTH_KOREA_NAMES)}) (?:[a-z-]+ )?(?:${any(nouns.DESCRIBED_PEOPLE)})|${any(PEOPLES.north_korea)})\\b`,
);
/**
 * North Korea named as the sender of troops, a few words apart: "North Korea has sent troops to Russia", "Pyongyang
 * deployed more soldiers" (not "is sending", a sending to come). A bare count after it ("the US revised that number to
 * 10,000") is of those troops.
 */
export const NK_SENT_TROOPS = new RegExp(
  `\\b(?:${any(NORTH_KOREA_NAMES)})(?: [a-z'-]+){0,${sending.SENDER_TO_TROOPS_WORDS}} (?:${any([...sending.SEND.past, ...sending.SEND.present])})(?: (?:[a-z'-]+|\\d[\\d,.]*)){0,${sending.SENDER_TO_TROOPS_WORDS}} (?:${any(nouns.DESCRIBED_PEOPLE)})\\b`,
);
/** North Korea's losses named with no count, its people the ones who suffer them (see `LOSSES_NAMED`). */
const NK = `(?:${any(NORTH_KOREA_NAMES)})`;
const NK_PEOPLE = `${NK}(?: [a-z-]+){0,2} (?:${any(losses.LOSSES_NAMED.people)})`;
export const NK_LOSSES_NAMED = new RegExp(
  [
    `${NK_PEOPLE}(?: (?!(?:${any(losses.LOSSES_NAMED.dealt)})\\b)[a-z'-]+){0,${losses.LOSSES_NAMED.reach}} (?:${any(losses.LOSSES_NAMED.sufferedNouns)})`,
    `${NK} (?:${any(losses.LOSSES_NAMED.ownNouns)})`,
    `(?:${any(losses.LOSSES_NAMED.beforeNouns)}) (?:${any(losses.LOSSES_NAMED.links)}) (?:the )?${NK}(?! (?:${any(losses.LOSSES_NAMED.joinedWith)})\\b)`,
    `${NK_PEOPLE} (?:${any(losses.LOSSES_NAMED.participles)}) (?:${any(losses.LOSSES_NAMED.participleLinks)})`,
  ]
    .map((p) => `\\b${p}\\b`)
    .join('|'),
);
/** Another side's losses, or a toll of no side, in the sentence or the one before: no restated number is North Korea's then. */
export const LOSSES_ELSEWHERE = new RegExp(
  `\\b(?:(?:${any(losses.RUSSIA_LOSSES_NAMED.owners)}) (?:[a-z-]+ )?(?:${any(losses.RUSSIA_LOSSES_NAMED.nouns)})|${any([...losses.LOSSES_OF_PEOPLE.civilians, ...losses.LOSSES_OF_PEOPLE.disasters, ...losses.STRIKES])})\\b`,
);
/** Cargo named: what a bare count after a verb of carrying, or a number restated, could count instead of troops. */
export const NAMES_SHELLS = new RegExp(`\\b(?:${any(nouns.CARGO_CARRIED.shells)})\\b`);
export const NAMES_MISSILES = new RegExp(`\\b(?:${any(nouns.CARGO_CARRIED.missiles)})\\b`);
export const NAMES_OTHER_CARGO = new RegExp(`\\b(?:${any(nouns.CARGO_CARRIED.others)})\\b`);
/** Things carried, no people among them, and drones: "North Korea has sent troops and shells", "2,000 drones". */
const NAMES_THINGS_CARRIED = new RegExp(
  `\\b(?:${any([
    ...nouns.CARGO_CARRIED.shells,
    ...nouns.CARGO_CARRIED.missiles,
    ...nouns.CARGO_CARRIED.others.filter((w) => !nouns.DESCRIBED_PEOPLE.includes(w)),
    ...nouns.CARGO_CARRIED.drones,
  ])})\\b`,
);
/** Whether the sentence or the one before names munitions or other things a bare count could be of. */
export function namesCargo(says: Says): boolean {
  return says(NAMES_THINGS_CARRIED, true);
}

/**
 * North Korea's troops named in the sentence or the one before: by their own words, or as those it has sent where no
 * cargo is named beside them ("North Korea has sent troops and shells" leaves a restated number's noun open).
 */
export function nkTroopsNamed(says: Says): boolean {
  return says(NK_PERSONNEL_WORDS, true) || (says(NK_SENT_TROOPS, true) && !namesCargo(says));
}
/** A bare count said to be there: "only 3,000 were there", "11,000 are already in Kursk". */
export const THERE_NOW_AFTER = new RegExp(
  `^ (?:${any(sending.THERE_NOW.verbs)})(?: (?:${any(sending.THERE_NOW.adverbs)}))? (?:${any(sending.THERE_NOW.places)})\\b(?!')`,
);
/** Where troops said to be there stand after a bare count opened by "there", or the clause's end. */
export const THERE_PLACE_AFTER = new RegExp(
  `^(?:\\s*[,.;:!?"]|\\s*$| (?:${any(sending.THERE_NOW.places.filter((p) => p !== 'there'))})\\b(?!'))`,
);
/** A bare count in a with-clause, then where it is: ", with 8,000 already in Kursk" (sending.THERE_NOW.withClause). */
export const WITH_COUNT_BEFORE = new RegExp(`, ${WITH_SUBJECT.word} $`);
export const WITH_COUNT_THERE_AFTER = new RegExp(
  `^(?: (?:${any([...sending.THERE_NOW.adverbs, ...sending.THERE_NOW.withClause.hedges, ...HEDGED_TO_BE])})){0,2} (?:${any(sending.THERE_NOW.places.filter((p) => p !== 'there'))})\\b(?!')`,
);
/** A bare count opened by "there": "There are already 11,000 in Kursk region". */
export const THERE_ARE_BEFORE = new RegExp(`\\b(?:${any(sending.THERE_ARE.openers)})(?: (?:${any(sending.THERE_ARE.adverbs)}))? $`);
/** A sentence opened on a bare count where the troops are: "Of the 8,000 in Kursk, …". */
export const THERE_OPENER_BEFORE = new RegExp(`^["'\u201C\u2018]?(?:${any(sending.THERE_ARE.wholeOpeners)}) $`);

/** Sent, as a verb: troops already there, not a deployment named as a noun. */
export const SENT_VERBS = new RegExp(`\\b(?:${SEND_PAST}|${any(sending.SEND.present)}|${any(sending.ARRIVED)})\\b`, 'g');

/** A sending under way, just before the number: "sending an additional 3,000". */
export const SENDING_BEFORE = new RegExp(`\\b(?:${any(sending.SEND.ing)}) (?:${any(sending.SENT_BEFORE_ARTICLES)})? ?$`);

/** Tonnes, containers and shipments count only as military cargo. */
export const MILITARY_CARGO = new RegExp(`\\b(?:${any(money.MILITARY_CARGO)})\\b`);
