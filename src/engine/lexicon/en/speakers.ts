/**
 * Who says, who receives: a party named as the source of a number or as its
 * recipient does not own it ("Ukraine says 3,000", "provided Russia with…").
 */

import { LOSS_NOUNS } from './losses';

/**
 * Titles of a party's officials. Troops sent are never Russia's in any measure, so a Russian official named before
 * a count of troops speaks of North Korea's ("Russian Security Council Secretary Sergei Shoigu, who mentioned the
 * deployment of 5,000 construction workers"); Russia's losses stay Russia's whoever announces them.
 */
export const OFFICIAL_TITLES = [
  ...['secretary', 'minister', 'ministry', 'spokesman', 'spokeswoman', 'spokesperson', 'envoy', 'ambassador'],
  ...['diplomat', 'official', 'officials', 'council', 'president', 'kremlin', 'state media', 'news agency'],
];
/** What is counted, between a party and a speaker's word, makes the party its owner: "North Korean losses are put at". */
export const COUNTED_NOT_SPEAKING = LOSS_NOUNS;
/** A party followed by one of these is a source of the number ("Ukraine says"). */
export const SPEAKER_WORDS = [
  ...['say', 'says', 'said', 'report', 'reports', 'reported', 'estimate', 'estimates', 'estimated', 'claim', 'claims', 'claimed'],
  ...['spotted', 'detected', 'observed', 'counted', 'tracked', 'found', 'identified', 'documented', 'noted', 'recorded', 'monitored'],
  ...['sees', 'saw', 'put', 'puts', 'believe', 'believes', 'believed', 'stated', 'states', 'announced', 'told', 'confirmed'],
  ...['assessed', 'assesses', 'assessment', 'assessments', 'thinks', 'intelligence', 'official', 'officials', 'ministry', 'government'],
  ...['president', 'spy', 'agency', 'media', 'source', 'sources', 'joint chiefs', 'lawmaker', 'lawmakers', 'mp', 'mps'],
  ...['analyst', 'analysts', 'data', 'figures', 'military said', 'military says'],
  // "South Korea has provided different figures, stating…".
  ...['different figures', 'other figures', 'its own figures', 'higher figures', 'lower figures'],
  ...['think tank', 'institute', 'researchers', 'study'],
  // "Britain's Royal United Services Institute (RUSI) think tank noted…".
  'united services institute',
  // "South Korean officials point out that…", "with Seoul stating that…"; not "Russian losses suggest", which says
  // whose the count is, nor "Russian units reporting heavy losses".
  ...['point out', 'points out', 'pointed out', 'saying', 'stating', 'claiming'],
  // "…artillery shells, the US has alleged"; "US and South Korean services argue that…". Not a bare "alleged", an
  // adjective ("North Korea's alleged shipments"), nor "services", a noun ("Russian armed services lost 1,200").
  ...['has alleged', 'have alleged', 'alleges', 'argue', 'argues', 'argued'],
  // "with the United States estimating at least 10,000 soldiers were deployed".
  ...['estimating', 'believing', 'assessing'],
];
/** Verbs of saying a clause may open with before what is said: "Zelensky said North Korean soldiers had lost 30%…". */
export const SPEECH_VERBS = [
  ...['say', 'says', 'said', 'report', 'reports', 'reported', 'estimate', 'estimates', 'estimated', 'claim', 'claims'],
  ...['claimed', 'believe', 'believes', 'believed', 'stated', 'states', 'announced', 'told', 'confirmed', 'noted'],
  ...['assessed', 'assesses', 'thinks', 'argue', 'argues', 'argued', 'warned', 'warns', 'added', 'adds'],
];
/**
 * Speakers' words of foresight and warning, said with "that": "Seoul expects that 10,000 troops are to be in Russia by
 * December" (not "Ukraine expects losses of about 1,000 soldiers", its own), unless the speaker's own follow ("Russia
 * expects that its losses will exceed 1,000 soldiers a day").
 */
export const SPEAKER_THAT_WORDS = {
  words: ['expects that', 'expected that', 'anticipates that', 'predicts that', 'predicted that', 'warns that', 'warned that'],
  notBefore: ['it', 'its', 'they', 'their'],
};

/**
 * Another country's institutions, which speak of counts rather than own them: "South Korea's military
 * increased the estimated casualties to 4,000". Only for parties other than North Korea and Russia,
 * whose own forces can be what is counted.
 */
/** An institution that suffered a loss is the army that lost it: "The Ukrainian military had suffered…". */
export const INSTITUTION_LOSS_VERBS = ['suffered', 'lost', 'sustained', 'losing', 'suffers', 'loses'];
export const INSTITUTIONS = [
  // "South Korean Defense Minister Shin Won-sik told…": another country's officials speak of counts.
  ...['defense minister', 'defence minister', 'foreign minister', 'minister', 'spokesman', 'spokesperson', 'ambassador', 'envoy'],
  'military',
  'army',
  'armed forces',
  'defense ministry',
  'defence ministry',
  'ministry',
  'joint chiefs of staff',
  'spy agency',
  'intelligence',
  // "told the British newspaper that North Korea has documented hundreds of casualties": another country's press.
  ...['newspaper', 'daily', 'tabloid', 'broadcaster', 'news agency', 'news outlet', 'media outlet', 'media', 'magazine'],
];

/** A party followed by one of these receives the count: "Moscow had received several dozen missiles". */
export const RECEIVING = [
  ...['received', 'got', 'gets', 'obtained', 'acquired', 'imported', 'bought', 'purchased'],
  ...['receive', 'receives', 'plans to receive', 'expects to receive', 'expect to receive', 'will receive'],
];
/**
 * A verb of receiving right before the count: every party named before it is the one that received, not the count's
 * owner ("Russia has deepened ties with North Korea, securing more than 2 million artillery rounds").
 */
export const RECEIVED_JUST_BEFORE = {
  verbs: [
    ...RECEIVING,
    ...['receiving', 'securing', 'secured', 'obtaining', 'acquiring', 'buying', 'purchasing', 'importing'],
    // Supplied in the passive, the subject the one supplied: "Russia was supplied with several dozen ballistic missiles".
    ...['was', 'were', 'been', 'being', 'is', 'are'].flatMap((be) =>
      ['supplied with', 'provided with', 'furnished with'].map((verb) => `${be} ${verb}`),
    ),
  ],
  /** At most this many words between the verb and the count: "securing ballistic missiles and more than". */
  words: 4,
  /** Unless they came from the receiver's own: "Russia secured 3 million shells from its own factories". */
  ownSource: ['from its own', 'from their own'],
};
/** A party named after the count that uses it is no owner of it: "shells of the type Russia has used". */
export const USING = ['used', 'uses', 'use', 'fires', 'fired', 'consumes', 'consumed'];

/** A party after one of these is a source: "according to BBC Ukraine". */
export const ACCORDING_TO = 'according to';
/** A party after these words is the source of a claim, not an owner: "confirmed by Russian President Vladimir Putin". */
export const SOURCE_BY = [
  ...['confirmed by', 'announced by', 'reported by', 'cited by', 'disclosed by', 'revealed by', 'denied by'],
  // "of the 10,000 North Korean troops believed by the United States to have entered Russia".
  ...['believed by', 'estimated by', 'assessed by', 'counted by', 'tracked by', 'detected by'],
  // "the deployment (now said by the US to number 10,000 men)".
  ...['said by', 'thought by', 'reckoned by'],
  // "North Korea has long been accused by the West and Ukraine of supplying Russia with millions of artillery shells".
  ...['accused by', 'criticised by', 'criticized by', 'condemned by', 'sanctioned by'],
];

/**
 * A party after these words is the one a count sent after it boosts, not its owner: "send an initial contingent of
 * 10-12,000 troops to boost Russian ranks". Only after the count: "to boost Russian forces, which have suffered 1,500
 * casualties a day" are still that force's losses.
 */
export const BOOSTED_BEFORE = [
  ...['boost', 'boosts', 'boosting', 'boosted', 'bolsters', 'bolstered', 'replenish', 'replenishing', 'shore up', 'shoring up'],
];
/** A party after these words receives or hosts the count: "provided Russia with…", "sent to Russia". */
export const DESTINATION_BEFORE = [
  ...['to', 'for', 'in', 'into', 'with', 'against', 'alongside', 'inside', 'toward', 'towards', 'on', 'at', 'of'],
  ...['provided', 'provides', 'providing', 'supplied', 'supplies', 'supplying', 'gave', 'gives', 'giving'],
  ...['sent', 'sends', 'sending', 'sold', 'sells', 'selling', 'delivered', 'delivering', 'shipped', 'shipping'],
  ...['send', 'sell', 'deliver', 'ship', 'supply', 'provide', 'give', 'offer'],
  ...['offered', 'offering', 'handed', 'paid', 'pays', 'paying', 'help', 'helps', 'helping', 'helped', 'given'],
  ...['support', 'supports', 'supporting', 'supported', 'promised', 'promises', 'pledged', 'aid', 'aiding', 'aided'],
  ...['assist', 'assisting', 'assisted', 'bolster', 'bolstering', 'joining'],
  // "accused North Korea of handing Russia millions of shells"; not "hand" alone ("on the other hand Russia has lost").
  'handing',
  // "The arrival of approximately 12,000 North Koreans to join Russia in combat".
  'join',
  ...['back up', 'backing up', 'backed up', 'reinforce', 'reinforcing', 'reinforced'],
  // "around 12,000 personnel eventually reaching Russia": the place reached.
  ...['reach', 'reaches', 'reaching', 'reached'],
  // "fighting on the side of the Russian Federation": the side fought for, not "losses on the side of the Russian army".
  ...['fighting', 'fight', 'fought', 'fights'].map((f) => `${f} on the side of the`),
  // The side fought against, after the verb: "North to send 10,000 soldiers to fight Ukraine by December", "five months
  // of fighting Ukrainian forces"; not the noun, "In heavy fighting Russian troops lost 1,500 men".
  ...['to fight', 'of fighting', 'fighting against', 'to battle', 'battling'],
  // Where troops went: "believed to have entered Russia".
  ...['entered', 'entering', 'enter', 'arrived in', 'arriving in', 'crossed into', 'moved into', 'moved to'],
  // One told, not whose: "Kim Jong Un told Moscow in August that his country was ready to send up to 100,000 troops".
  ...['told', 'tells', 'telling', 'informed', 'informs', 'informing', 'assured', 'assures', 'assuring'],
  // A place described by who holds it: "territory occupied by Russia".
  ...['occupied by', 'controlled by', 'held by', 'annexed by'],
  // The one given to, after an article: "providing the Russians with millions of artillery shells".
  ...['provided', 'providing', 'supplied', 'supplying', 'gave', 'giving', 'sold', 'selling', 'offered', 'offering'].map(
    (verb) => `${verb} the`,
  ),
  // A place described by what it lies next to: "the area bordering Ukraine".
  ...['bordering', 'near', 'close to', 'next to', 'along'],
];
/**
 * "with" opening a clause of its own (at the sentence's start or after a comma), the party after it doing one
 * of these, owns a count in that clause: "…, with North Korea sending tens of thousands of troops to Russia";
 * not "a treaty with Moscow pledging aid, then sent 11,000 troops", nor "Moscow, with Pyongyang providing
 * troops, has lost 45,000 soldiers".
 */
export const WITH_SUBJECT = {
  word: 'with',
  participles: [
    ...['sending', 'deploying', 'dispatching', 'supplying', 'shipping', 'providing', 'contributing', 'committing'],
    ...['losing', 'suffering', 'having', 'fielding', 'accused', 'said', 'believed', 'reported', 'thought', 'estimated'],
    // "Pyongyang has emerged as a cog in the Kremlin's war machine, pocketing more than $20 billion".
    ...['pocketing', 'earning', 'raking in'],
  ],
  /**
   * A party doing one of these right before the count in its clause does it, whatever stands before the party:
   * "the joint response to North Korea sending 10,000 soldiers to Russia" (not where the party receives).
   */
  sending: ['sending', 'deploying', 'dispatching', 'supplying', 'shipping', 'providing', 'transferring'],
};
/**
 * A party other than North Korea after one of these, before a count, is where something else came from, not
 * whose the count is:
 * "securing critical support from Moscow after sending thousands of troops".
 */
export const SOURCE_OF_ANOTHER = ['from'];
/** Origins that name no party but many, never North Korea alone: "Some 20,000 men from overseas … joined Russia's invasion". */
export const MANY_ORIGINS = ['overseas', 'abroad', 'other countries', 'foreign countries', 'around the world', 'many countries'];
/** …unless people come from it: "units from Russia lost 40,000 men", "conscripts from Moscow". */
export const PEOPLE_FROM = [
  ...['units', 'troops', 'soldiers', 'forces', 'conscripts', 'defectors', 'recruits', 'men', 'fighters', 'personnel'],
  ...['servicemen', 'brigade', 'brigades', 'battalion', 'battalions', 'volunteers', 'mercenaries', 'wave of defectors'],
];
/** Parties named as a pair a relation is between own nothing counted after: "the arms trade between Pyongyang and Moscow". */
export const RELATION_BETWEEN = { word: 'between', joiner: 'and' };
/** A participle opened by these is said of the sentence's subject: "by deploying 18,000 troops". */
export const PARTICIPLE_OPENERS = ['by'];
/**
 * What may stand between a clause's comma or dash and a participle said of the sentence's subject: "North Korea is
 * pumping Russia with ammunition, while also sending 11,000 troops".
 */
export const PARTICIPLE_LINKS = ['while', 'also', 'while also', 'thereby'];
/**
 * A list of things the participle gives before the count, each of a few words: "…, providing artillery, shells, ballistic
 * missiles, and up to 12,000 soldiers".
 */
export const PARTICIPLE_LIST = { joiners: ['and'], itemWords: 3, items: 4 };
/**
 * A sentence opened by a perfect participle's clause of loss, said of the subject after its comma: "Having already lost
 * an estimated 350,000 troops in battle over the last two years, Russia has made policy changes" (not "Having deployed
 * about 12,000 soldiers sent by Kim, Russia…", whose count names its sender).
 */
export const OPENING_PARTICIPLES = ['having', 'having already', 'after having'].flatMap((opener) =>
  ['lost', 'suffered', 'sustained'].map((verb) => `${opener} ${verb}`),
);

/**
 * A party after a count of people that did something to them, the agent of a loss: "hundreds have been killed by
 * Ukrainian drones"; not "missiles launched by Russia", which Russia owns.
 */
export const AGENT_BEFORE = [
  'killed',
  'wounded',
  'injured',
  'captured',
  'taken prisoner',
  'eliminated',
  'destroyed',
  'neutralized',
].flatMap((verb) => [`${verb} by`, `${verb} by the`]);
/**
 * A party whose strike a loss was in is its agent too: "At least 5 killed, 55 injured in Russian missile strike on
 * Izium", "killed … in a Ukrainian drone strike". The words before the party, and the strike after it.
 */
export const AGENT_STRIKE = {
  before: ['in', 'in a', 'in an', 'in the', 'during a', 'during the', 'by a', 'by the'],
  // Strikes from afar, whose dead are the other side's; not a ground attack, assault or offensive, whose dead are
  // as often the attackers'.
  strikes: [
    ...['strike', 'strikes', 'shelling', 'bombardment', 'barrage', 'airstrike', 'airstrikes', 'air strike', 'air strikes'],
    ...['missile attack', 'missile attacks', 'drone attack', 'drone attacks'],
    // Attacks in the plural are strikes day after day: "Today Russian attacks killed at least three in Donetsk".
    'attacks',
  ],
  /** A strike as the subject of the kill: "a devastating missile strike killed 12 in Kyiv". */
  killing: ['killed', 'kills', 'killing', 'left', 'wounded', 'injured', 'wound', 'injure'],
  /** …unless North Korea's forces are named there as its target, or the weapons are those used on them. */
  targets: ['north korean', 'north koreans', 'himars', 'atacms', 'storm shadow', 'ukrainian', 'ukraine', "ukraine's", 'kyiv'],
  /** A loss said between the count and the strike: "5 killed, 55 injured in Russian missile strike". */
  losses: ['killed', 'wounded', 'injured', 'dead', 'died', 'lost', 'casualties', 'hurt'],
};
/**
 * A party struck with what is counted is no owner of it: "Russia hit Ukraine with at least six such missiles" (the
 * missiles pointed back at, North Korea's).
 */
export const STRUCK_WITH = {
  verbs: [
    ...['hit', 'hits', 'struck', 'strikes', 'attacked', 'attacks', 'targeted', 'targets', 'pounded', 'pounds'],
    ...['shelled', 'bombarded', 'bombed', 'hammered', 'pummeled', 'pummelled', 'barraged'],
  ],
  link: 'with',
};
/**
 * A party after "of" is no destination where "of" follows what is counted of it: "the total casualties of Russian
 * troops", "the number of North Korean troops".
 */
// "The new daily high of Russian soldiers killed or wounded in action hit a catastrophic 1,950".
export const COUNTED_OF = [...LOSS_NOUNS, 'number', 'numbers', 'high', 'peak', 'average', 'record'];
/** Between the count and the party it is of: "the losses of Russia", "the average daily casualties for Moscow". */
export const COUNTED_OF_LINKS = ['of', 'for'];
/** Except where the count is made up for: "to make up for the losses of Russian forces", "replace the losses of". */
export const MAKING_UP_FOR = ['for', 'replace', 'replacing', 'replenish', 'replenishing', 'offset', 'offsetting', 'cover', 'covering'];
/** A place's part, between the word before a party and the party: "in western Russia", "to Russia's far east". */
export const PLACE_PARTS = [
  'western',
  'eastern',
  'southern',
  'northern',
  'southwestern',
  'south-western',
  'central',
  'far eastern',
  'occupied',
];

/** A leader's title and first name, between a verb of giving and the leader: "shipped Russian President Vladimir Putin". */
export const LEADER_TITLES = ['russian president vladimir', 'president vladimir', 'russian leader vladimir', 'vladimir'];

/** A party's place owns nothing: "to recapture Russia's Kursk occupied by Ukrainian troops, sent more than 1,000…". */
export const PLACES_OF_A_PARTY = [
  ...['kursk', 'far east', 'territory', 'soil', 'border', 'borders', 'border region', 'regions', 'frontier'],
  // What is attacked, not who: "missile attacks against critical Ukrainian civilian infrastructure and supplied…".
  ...['infrastructure', 'civilian infrastructure', 'energy infrastructure', 'cities', 'towns', 'positions'],
];
/** A party that names a war owns nothing counted in it: "killed in the Ukraine conflict", "the Russia-Ukraine war". */
export const WAR_NOUNS = ['war', 'conflict', 'front', 'invasion', 'offensive', 'crisis', 'battlefield'];
/** The side a war is waged on, after its noun: "Russia's war against Ukraine". */
export const WAR_WAGED_ON = ['against', 'on'];

/** A party whose supplier or ally is named owns nothing counted: "Russia's leading weapons supplier, … 3 million shells". */
export const SUPPLIER_WORDS = ['supplier', 'suppliers', 'ally', 'allies', 'partner', 'partners', 'backer', 'backers', 'patron'];
/** What a party gives, which it owns nothing by: "Pyongyang has secured crucial Russian support after deploying thousands of troops". */
export const GIVEN_BY_A_PARTY = {
  words: ['support', 'backing', 'assistance', 'help'],
  /** …not a unit so named: "Russian support units lost 300 men". */
  units: ['unit', 'units', 'troops', 'forces', 'battalion', 'battalions', 'staff', 'personnel', 'brigade', 'brigades'],
};

/** "its soldiers": the party named last owns them. */
export const POSSESSIVE_PRONOUNS = ['its', 'their', 'its own', 'their own'];

/** A side fought on, which owns nothing counted: "thousands of troops on the Russian side". */
export const SIDE_FOUGHT_ON = { before: 'on', side: 'side' };

/** Verbs whose "by" names a figure's maker, no owner of it: "troops, said by Seoul to number 10,000". */
export const MAKER_BY_VERBS = [
  ...['said', 'believed', 'thought', 'estimated', 'assessed', 'reported', 'put', 'placed', 'counted', 'confirmed'],
  ...['claimed', 'cited', 'given', 'calculated', 'projected'],
];
