/**
 * The small words that tie a number to the words around it: where a clause
 * ends, what a noun may be borrowed across, what points back to a group named
 * before. They decide as much as the nouns do, so they are data too.
 */

import { MONTHS } from './counts';
import { SEND, THERE_NOW } from './sending';

/** Words a noun may be borrowed across: "…casualties at about 1,100 at the time". */
/** A hedge between a bare count and where it is: "with 8,000 thought to be in Kursk". */
export const HEDGED_TO_BE = ['believed', 'thought', 'estimated', 'said', 'reported', 'assessed'].map((hedge) => `${hedge} to be`);
/** …before a place only: not "estimated to be among the wounded". */
export const HEDGED_PLACE_PREPOSITIONS = ['in', 'near', 'at', 'on', 'inside'];
export const FUNCTION_WORDS_AFTER = [
  ...[
    'at',
    'by',
    'in',
    'near',
    'during',
    'among',
    'over',
    'per',
    'across',
    'within',
    'on',
    'as',
    'since',
    'to',
    // "North Korea sending another 5,000 into Kursk".
    'into',
    'from',
    'for',
    'of',
    'last',
    'this',
    'that',
    'so',
    'and',
    'or',
    'while',
    'with',
    // "North Korea … Sends Thousands Under Civilian Cover".
    'under',
  ],
  ...['according', 'who', 'which', 'had', 'have', 'has', 'were', 'was', 'is', 'are', 'in total', 'altogether', 'so far'],
  // "North Korean Casualties in Ukraine Conflict Exceed 4,000 Amid Conscription Fears"; not "after" ("killed 11 after
  // striking a market"), which tells of a strike's victims.
  ...['amid', 'despite'],
  // When, its noun left out: "dispatched an additional 3,000 between January and February"; not "a gap of 2,000
  // between its figure and Kyiv's".
  ...MONTHS.map((month) => `between ${month}`),
  // A rate's period: "Russian casualties averaged 1,500 a day", "…1,500 daily".
  ...['a day', 'a week', 'a month', 'daily', 'each day', 'every day', 'every single day', 'each week', 'every week'],
];

/** Where a clause ends after a number, for the owner search: a comparison, a contrast. */
export const CLAUSE_BREAKS_AFTER = ['compared to', 'compared with', 'while', 'whereas', 'but', 'which', 'where'];
/** A count named first, its noun read however far back it stands in the clause: "the number of artillery shells … could be as high as". */
export const COUNT_OF_WORDS = ['number of', 'total number of', 'estimate of'];
/** Hedges between a noun and its number, passed over when the noun is looked for: "casualties … are believed to be around 4,000". */
export const HEDGES = HEDGED_TO_BE.flatMap((hedge) => ['is', 'are', 'was', 'were'].map((aux) => `${aux} ${hedge}`));
/** A noun before a number is not borrowed across these: "4,000 casualties have occurred, and it appears that 3,000 more…". */
export const NOUN_BEFORE_STOPS = [', and', ', but', ', while', ', whereas'];

/** Relative pronouns that open a clause passed over: "…troops, who were dispatched to Russia, have been killed". */
export const RELATIVE_PRONOUNS = ['who', 'which', 'that'];

/** An aside set after a party, about it: "North Korea, long a supplier to Syria and Libya, has shipped…". */
export const APPOSITIVE_OPENERS = [
  ...['long', 'once', 'itself', 'a longtime', 'a long-time', 'a key', 'a major', 'a close'],
  // A helper named in an aside is not the party that lost: "the enemy, backed by North Korean troops, has lost 40,000
  // soldiers".
  ...['backed by', 'supported by', 'aided by', 'reinforced by', 'bolstered by', 'assisted by'],
];

/** "of them": a count of the group just named. */
export const POINTS_BACK = ['of them', 'of whom', 'of those', 'of these'];
/** The whole counted before, pointed at to open a sentence on a part of it: "Of that total, up to 250,000 were killed". */
export const WHOLE_POINTED_AT = [
  ...['of them', 'of those', 'of these'],
  ...['that', 'this', 'the'].flatMap((which) => [`of ${which} total`, `of ${which} number`, `of ${which} figure`]),
];
/** "a third of the troops", "40% of them": what a share is of. */
/** A share set straight before the force it is of, its "of" left out: "has lost roughly half the 11,000 troops it deployed". */
export const SHARE_OF_BARE = ['the', 'its', 'their'];
export const SHARE_OF = ['of the', 'of them', 'of those', 'of these', 'of whom', 'of its', 'of their', 'of'];
/** A force a share of losses is set beside: "…6,000 casualties, more than half of the troops Pyongyang deployed". */
export const FORCE_WORDS = ['deployment', 'contingent', 'force', 'forces', 'troops', 'soldiers', 'personnel', 'corps'];
/**
 * A share of troops just counted, said to be in a place of the war: "10,000 troops in Russia, with more than half of
 * them in the Kursk region", "of the 10,000 … 80% are currently located in the Kursk area".
 */
export const SHARE_OF_TROOPS_THERE = {
  // Not "of the troops in the Kursk region", a whole of all sides the troops are part of.
  of: ['of them', 'of those', 'of these', 'of that force', 'of that'],
  verbs: ['are', 'were', 'is', 'was', 'now', 'currently', 'already', 'located', 'stationed', 'deployed', 'based'],
  // The places troops are said to be, as a bare count there is read (not "there", said of anything).
  places: [...THERE_NOW.places.filter((place) => place !== 'there'), 'in combat'],
  /** …where the place ends the clause: not "half of those stationed in the Kursk region have been killed". */
  ends: [',', '.', ';', ':', '"'],
};
/** The whole such a share is of, opened before the troops: "of the 10,000 North Korean troops …". */
export const PARTITIVE_OPENERS_OF_TROOPS = ['of the', 'of the estimated', 'of an estimated', 'out of the'];
/** …and how a share is joined to it: "of the troops", or "half the initial deployment". */
export const SHARE_OF_FORCE = [...SHARE_OF, 'the'];
/** A count of part of a whole counted next: "4,000 of the 14,000 soldiers", "2,000 out of 12,000". */
export const PART_OF = [
  'of the',
  'of its',
  'of their',
  'of those',
  'of these',
  'of',
  'out of',
  'out of the',
  'out of a total of',
  'of a total of',
];
/** Said of the whole between a part and it: "around 4,000 of the original 11,000 North Korean soldiers". */
export const WHOLE_ADJECTIVES = ['original', 'initial', 'estimated', 'reported', 'roughly', 'approximately'];
/** One of a group, what happened said of the one: "one of three North Korean generals sent there, was heavily injured". */
export const ONE_OF_A_GROUP = { before: ['one of', 'one of the', 'one of those', 'one of these'], singular: ['was', 'is', 'has'] };
/** Where a share's noun phrase ends: "60 percent of the losses in Kursk". */
export const PLACE_PREPOSITIONS = ['in', 'at', 'near', 'during', 'on'];
/** A count joined to the one before ends where its own clause would begin: "…and 4,500 North Korean soldiers in Kursk". */
export const JOINED_COUNT_ENDS = [...PLACE_PREPOSITIONS, 'since', 'by', 'over', 'from', 'and'];
/** "people" and "others" are soldiers only where the sentence says so. */
export const VAGUE_PEOPLE = ['people', 'individuals', 'persons', 'others', 'members', 'citizens'];
/** Where such people are said to be of a force, they are its soldiers: "12,000 members of North Korean forces". */
export const FORCES_OF_PEOPLE = ['forces', 'army', 'armed forces', 'military', 'troops', 'corps', 'contingent'];
/** A force numbered in such people: "the North Korean military contingent numbering up to 12,000 people". */
export const FORCE_NUMBERED = {
  forces: ['contingent', 'force', 'corps', 'group', 'unit', 'detachment'],
  links: ['numbering', 'of', 'totaling', 'totalling'],
};
/** "others" joined to a count of losses are more of the same people: "about 300 were killed and some 2,700 others were wounded". */
export const MORE_OF_THE_SAME = ['others'];
/**
 * People who are troops only where they are sent as such: "will send 6,000 people to Kursk to help with
 * mine removal", "5,000 construction workers for the deployment". Workers sent to earn are no figure.
 */
export const SENT_AS_TROOPS = ['people', 'construction workers', 'engineers'];
/**
 * Workers are the builders North Korea's army sends only where they are sent to rebuild: "North Korea To Send
 * Thousands Of Workers To Help Russia Rebuild Kursk"; not "15,000 workers sent to work on construction sites".
 */
export const REBUILDERS = {
  nouns: ['workers'],
  rebuilding: [
    ...['rebuild', 'rebuilding', 'reconstruction', 'reconstruct', 'restore', 'restoring', 'restoration', 'restore facilities'],
    // "5,000 North Korean engineers are expected to arrive in Russia to repair roads, bridges, and power lines".
    ...['repair', 'repairing', 'repairs'],
  ],
  /**
   * Or sent where the builders went: "plans to send 6,000 workers to assist Russia in the Kursk region" (the division of
   * military builders Shoigu announced in June 2025).
   */
  places: ['kursk'],
  /** …not workers there to work or who fled: "15,000 workers to Kursk to work on farms", "500 workers from the Kursk region fled". */
  notToPlaces: ['to work', 'work on', 'jobs', 'farms', 'farm', 'plants', 'plant', 'fled', 'from the', 'from', 'including'],
  /** …not the workers sent to build in occupied Ukraine: "150 new workers … in the territories captured by Russia". */
  elsewhere: ['occupied', 'captured by', 'territories', 'donetsk', 'luhansk', 'mariupol', 'donbas', 'crimea'],
  // …nor those sent to make drones, whatever else they rebuild: "25,000 workers … producing Shahed drones and
  // reconstruction efforts in the Kursk region".
  otherWork: ['drone', 'drones', 'shahed', 'shaheds', 'alabuga', 'factory', 'factories', 'assembly line', 'assembly lines'],
};
/** People sent here are troops too, where no worker is named: "about 12,000 people have been sent to Russia so far". */
export const PEOPLE_SENT_TO = ['to russia', 'to the front', 'to the frontline', 'to the front line', 'to fight'];
/** …not where they are sent to work or study: "12,000 people sent to Russia to work on building sites". */
export const PEOPLE_SENT_TO_EARN = [
  ...['to work', 'jobs', 'factories', 'farms', 'students', 'tourists', 'workers', 'labourers', 'laborers'],
  // Sent for another end: "on a tourist charter", "to study at universities", "for the Victory Day parade".
  ...['tourist', 'tour', 'charter', 'study', 'university', 'universities', 'parade', 'delegation', 'prisoner swap', 'back'],
];
/** Sent beside deminers, they are troops whatever the verb: "5,000 construction workers and 1,000 sappers". */
export const DEMINING_WORDS = ['sappers', 'deminers', 'demining', 'mine clearance', 'mine removal', 'mine clearing', 'mine-clearing'];
/** Of those, the ones that are troops also where joined to a count of soldiers: "10,000 soldiers and 2,000 engineers". */
export const SENT_WITH_SOLDIERS = ['engineers'];
export const DEPLOYMENT_WORDS = [
  // "North Korea is dispatching 6,000 engineers to Kursk": every form but "send", said of any goods.
  ...new Set([...SEND.base, ...SEND.past, ...SEND.present, ...SEND.ing, ...SEND.nouns].filter((v) => !/^(?:send|sent|commit)/.test(v))),
  'military',
  'troops',
  'soldiers',
  ...DEMINING_WORDS,
  'engineers',
  'kursk',
  'reconstruction',
  // "sending thousands of construction workers to help rebuild a war-torn Russian border region".
  'rebuild',
  'rebuilding',
];

/** A number given as another estimate of the figure before: "The NIS put the figure at 3,000." */
export const RESTATING_VERBS = [
  ...['put', 'puts', 'putting', 'place', 'placed', 'places', 'placing', 'estimate', 'estimated', 'estimates'],
  ...['raise', 'raised', 'lower', 'lowered', 'revise', 'revised', 'update', 'updated', 'cut', 'set'],
  // "Ukrainian sources had assessed the number to be around 2,000".
  ...['assess', 'assessed', 'assesses', 'assessing'],
  // "North Korea has transferred at least 10,000 soldiers, with some reports mentioning numbers up to 12,000".
  ...['mentioning', 'mentioned', 'citing', 'cited', 'giving', 'gave'],
  // "3,000 North Korean troops are training in Russia, with a plan to increase the number to 10,000".
  ...['increase', 'increased', 'increasing', 'boost', 'boosted', 'boosting', 'expand', 'expanded', 'expanding'],
];
/** Not a restating "place": an event's, "training was taking place at five military bases". */
export const NOT_RESTATING_BEFORE = ['take', 'takes', 'took', 'taking', 'taken'];
export const RESTATING_DETERMINERS = ['the', 'its', 'their', 'that', 'this', 'his', 'her'];
// "it": "Ukraine put it higher at 3,000".
// "putting the total at about 11,000", "up from an earlier U.S. assessment of 8,000".
export const RESTATED_NOUNS = [
  ...['figure', 'number', 'toll', 'tally', 'estimate', 'count', 'it', 'total', 'assessment'],
  // "Around 1,500 troops … have already been deployed, a quantity that would finally rise to 10,000".
  'quantity',
  ...['figures', 'numbers', 'estimates'],
];
/** Nouns that restate only a figure of losses: "the toll has risen to 4,000" after a count of troops is no troop count. */
export const LOSS_ONLY_NOUNS = ['toll', 'tally'];
export const RESTATING_LINKS = ['at', 'to'];
/** A change by an amount, not to one: "increase that number by up to three times". */
export const CHANGED_BY = ['by'];
/** The figure before, said to change or stand: "the number could rise to 15,000", "the toll has climbed to about 2,000". */
export const RESTATED_CHANGE_VERBS = [
  ...['rise', 'rises', 'rose', 'risen', 'rising', 'increase', 'increases', 'increased', 'increasing'],
  ...['grow', 'grows', 'grew', 'grown', 'growing', 'climb', 'climbs', 'climbed', 'climbing'],
  ...['reach', 'reaches', 'reached', 'reaching', 'exceed', 'exceeds', 'exceeded', 'exceeding'],
  ...['surpass', 'surpasses', 'surpassed', 'top', 'tops', 'topped', 'jump', 'jumps', 'jumped'],
  ...['swell', 'swelled', 'soar', 'soared', 'double', 'doubled', 'stand', 'stands', 'stood'],
  // "The number is estimated to be between 1,000 and 3,000".
  ...['be', 'is', 'was'],
];
/** What a change went to, after the amount it began at: "from 3,000 last week to approximately 10,000". */
export const CHANGED_TO = { links: ['to'], words: 3 };
/** Where a figure changed from, its noun left out: "over 4,000, up from 3,000 since January". */
export const CHANGED_FROM = ['up from', 'down from'];
/** The figure before, given as where another began: "the new toll, up from earlier estimates of about 600". */
export const RESTATED_FROM = [
  ...CHANGED_FROM,
  // "a significant increase from the previous estimate of 3,000".
  ...['increase from', 'rise from', 'jump from', 'drop from', 'decrease from', 'revised from', 'raised from'],
  // "a number that has increased from the White House's previous estimate of 3,000".
  ...['increased from', 'risen from', 'rose from', 'grown from', 'grew from', 'jumped from', 'climbed from'],
  // "a far higher figure than its estimate of 3,000 last week".
  'than',
  // Set beside another's estimate: "roughly in line with Kyiv's estimate of 708,890", "close to the Pentagon's estimate
  // of 12,000".
  ...['in line with', 'close to', 'compared with', 'compared to', 'consistent with', 'similar to', 'versus'],
  // "Shin said, updating a figure of 6,700 he had given reporters in late February".
  ...['updating', 'revising', 'raising', 'lowering'].flatMap((verb) => [verb, `${verb} a`, `${verb} his`, `${verb} her`, `${verb} its`]),
];
/** The figure before, said to be there by another: "North Korea has sent 11,000 troops. The US initially said there were only 3,000". */
export const RESTATED_THERE = {
  sayings: [
    ...['said', 'says', 'say', 'reported', 'reports', 'report', 'estimated', 'estimates', 'estimate'],
    ...['believed', 'believes', 'believe', 'claimed', 'claims', 'claim', 'thinks', 'think', 'thought'],
  ],
  verbs: ['there were', 'there are', 'there was', 'there is'],
  hedges: ['only', 'just', 'now'],
};
/** A gap from another estimate, said after the number: "Seoul's estimate is 1,000 lower than Kyiv's". */
export const COMPARED_AFTER = ['lower', 'higher', 'more', 'fewer', 'less', 'below', 'above', 'short of', 'greater', 'smaller', 'than'];
/** Another side's forces and the verb that estimates them: "Ukrainian forces, estimated at about 12,000". */
export const FORCE_ESTIMATED = {
  copulas: ['was', 'were', 'is', 'are'],
  verbs: ['estimated', 'numbering', 'thought to number', 'believed to number', 'put'],
};
/** A number of a group of its own: "there were forty of us". */
export const COUNTED_OF = ['of'];
/** Another estimate of the figure before said to stand at a number: "US estimates were lower at about 1,200". */
export const ESTIMATES_AT = {
  // "while U.S. assessments were lower, around 1,200".
  nouns: ['estimate', 'estimates', 'assessment', 'assessments'],
  verbs: ['were', 'was', 'are', 'is', 'stood', 'stand', 'stands', 'came in', 'come in'],
  comparatives: ['lower', 'higher', 'much lower', 'much higher', 'far lower', 'far higher', 'more modest', 'more conservative'],
  /**
   * The figure itself, only where said to be higher or lower at a number: "reports have said the number is actually
   * higher, at 12,000"; not a bare "the number is 40".
   */
  figures: ['number', 'figure', 'total', 'toll'],
  adverbs: ['actually', 'likely', 'probably', 'even', 'far', 'much', 'significantly', 'considerably'],
};
/** Others said to give another count of the figure before: "with some regional media reports saying 3,000". */
export const RESTATED_SAYING = {
  sayers: ['reports', 'media', 'sources', 'officials', 'others', 'estimates', 'analysts', 'outlets'],
  verbs: ['saying', 'suggesting', 'claiming', 'putting it at', 'putting the figure at', 'putting the number at'],
};
/**
 * Another's estimate of the figure before, a bare count said by a verb of citing: "North Korean forces have already
 * suffered over 1,100 dead and wounded. Ukrainian President Volodymyr Zelensky even mentioned up to 3,000."
 */
export const RESTATED_MENTIONED = ['mentioned', 'cited', 'spoke of', 'talked of', 'spoke about', 'talked about'];
/** An estimate revised, named before where it changed from: "the U.S. revised its initial estimate from 3,000 to 10,000". */
export const REVISED_FROM = {
  verbs: ['revised', 'raised', 'lowered', 'upgraded', 'updated', 'adjusted', 'revises', 'raises', 'revising', 'raising'].concat(
    // "Zelenskyy upped that number to 11,000".
    ['upped', 'ups', 'bumped up', 'lifted'],
  ),
  whose: ['its', 'their', 'the', 'that', 'this', 'his', 'her'],
  /** "revised its estimate from 3,000 (to 10,000)", "upped that number to 11,000". */
  links: ['from', 'to'],
  /** Words of time between the noun and "from": "revised that number this week from". */
  reach: 2,
};
// "up from the American estimate of 3,000": a determiner, then one word of whose.
export const RESTATED_FROM_ADJECTIVES = [
  ...['earlier', 'previous', 'prior', 'initial'].flatMap((a) => [a, `the ${a}`, `an ${a}`, `a ${a}`]),
  ...['the', 'its', 'their'],
];
/** The figure changed is the one before only after these: "the number could rise", not "its own toll stands at". */
// An appositive too: "Around 1,500 troops … have already been deployed to Russia, a number that could eventually rise
// to 10,000".
/** Before a year, a time that runs on to now: "aid worth $1 billion since 2020". */
export const RUNS_ON_FROM = ['since'];
/** A rate said again over another period, after a dash: "250,000 shells per month — 3 million per year". */
export const RATE_RESTATED = { per: ['per', 'a', 'each', 'every'], periods: ['day', 'week', 'month', 'year'] };
export const CHANGED_DETERMINERS = ['the', 'that', 'this', 'a'];
/** Said of the figure between its determiner and its noun: "the final figure could be closer to 12,000". */
// Only a figure still to come: not "the real number could be 12,000", a hedge on those there now.
export const RESTATED_ADJECTIVES = ['final', 'eventual', 'overall'];
/** Not a word between the figure's noun and its change: "the number of drones could rise to" counts something else. */
export const RESTATED_NOT_BETWEEN = ['of', 'for', 'among', 'in'];
/** A change to come: "the number could rise to 15,000", "is expected to grow to". */
export const RESTATED_TO_COME = [
  ...['will', 'would', 'could', 'can', 'may', 'might', 'expected to', 'likely to', 'set to', 'projected to'],
  ...['plan to', 'plans to', 'planned to', 'planning to', 'intend to', 'intends to', 'aim to', 'aims to'],
];

/** The word before the maker of each estimate of a list: "4,000 for Zelensky, 3,000 for NIS". */
export const MAKER_LINKS = ['for', 'according to', 'by'];
/** Words that join two counts or two names: "300 killed and 2,700 wounded", "Ukraine and its allies say". */
export const CONJUNCTIONS = ['and', 'or'];
/** Words that open another clause between a noun and a name after it, who is then that clause's subject: "Russia has suffered 790,000 casualties as North Korea sent troops". */
export const NEXT_CLAUSE_OPENERS = ['and', 'or', 'as', 'while', 'but', 'when'];
/** Words that join a count's clause to the next, where its own words end: "Russia lost 237,211 lives and Ukraine…". */
export const CLAUSE_JOINERS = ['and', 'while'];
/** Two counts of one thing, the second a guess past the first: "thousands, maybe hundreds of thousands of shells". */
export const LIST_HEDGES = ['maybe', 'or maybe', 'possibly', 'or possibly', 'even', 'or even', 'if not'];
/** A part of the count before, with no noun of its own: "11,000 to 12,000, including about 10,000 in Kursk". */
// "closer to 11,000 to 12,000, with approximately 10,000 now in the Kursk region".
export const PART_INCLUDED = ['including', 'with'];
/** Words before a part named by its adjective: "including the North Korean officers". */
export const PART_DETERMINERS = ['the', 'some', 'several'];
/** An aside that says what a noun takes in, passed over to the noun: "total casualties, including the wounded, number". */
export const INCLUSIVE_ASIDES = ['including', 'counting'];
/**
 * The same count said to change later in the clause, its noun left out: "Casualties … averaged between 172 and 559 per
 * day in 2022 and peaked at 967 in 2023".
 */
export const CHANGED_LATER = {
  verbs: ['peaked', 'rose', 'climbed', 'jumped', 'grew', 'fell', 'dropped', 'declined'],
  links: ['at', 'to'],
  /** Verbs that take the count with no link: "and reached 967". */
  reaching: ['reached', 'hit', 'topped'],
  /** How many words (of when or where) may stand between the first count and "and". */
  words: 6,
};
/** When a part was, right after it: "including 11,000 last year". */
export const WHEN_AFTER_A_PART = ['last', 'this', 'earlier', 'later', 'so far', 'alone'];
/**
 * People named as a part of the losses just counted: "40,000 casualties in the region, including over 1,000 North
 * Korean soldiers"; not "with", said as often of the force ("3,000 casualties, with over 11,000 troops sent").
 */
export const PART_OF_LOSSES = ['including', 'among them', 'among whom'];
/** Words that open a range: "between 1,000 and as many as 3,000". */
export const RANGE_OPENERS = ['between', 'from'];
/** Longer words that join two counts: "1,000 sappers, as well as 5,000 military builders". */
export const JOINING_PHRASES = ['as well as', 'along with', 'plus'];
/** After a comma, what joins more of the people just counted: "killed, with some 2,700 others wounded". */
export const JOINED_BY_WITH = ['with', 'while'];
/**
 * After a comma, what joins the losses of the force just counted: "dispatched over 10,000 North Korean soldiers to the
 * Ukraine warfront, with approximately 4,000 casualties reported", "deployed by Russia …, resulting in around 4,000
 * casualties".
 */
// Not "causing" or "leading to", said as often of losses the force inflicted.
export const LOSSES_OF_THE_FORCE = ['with', 'resulting in', 'suffering', 'sustaining', 'of whom', 'of which'];
/** Before a force that opens the sentence, its losses counted after it: "among more than 10,000 soldiers sent …, about 4,000 have died". */
export const FORCE_AMONG = ['among', 'among the', 'amongst', 'amongst the', 'of the'];
/** A force's sender named right after it: "more than 10,000 soldiers sent by North Korea". */
export const FORCE_SENT_BY = ['sent by', 'dispatched by', 'deployed by', 'from'];
export const DEFINITE_ARTICLE = 'the';
/** The articles: "an estimated 1,200" is an adjective, not a party's estimate ("Russia's suffering an estimated…"). */
export const ARTICLES = ['a', 'an', 'the'];
/** "own" in "its own figure". */
export const OWN = 'own';
/** A name of two words a possessive may end in: "the Soviet Union's". */
export const SECOND_NAME_WORDS = ['union'];
/** The auxiliaries of a perfect: "Moscow has received". */
export const PERFECT_AUXILIARIES = ['has', 'had', 'have'];
/** An adverb a quote opens on before an amount, passed over with the quote: injured "already exceeds 3,000". */
export const QUOTED_ADVERBS = ['already', 'now', 'still', 'likely', 'probably'];
