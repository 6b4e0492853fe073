/**
 * What happened to the counted people: killed, wounded, both, captured. The
 * classifier takes the scope whose words come first; "killed or wounded" is one
 * figure, so the combined words are checked before the single ones.
 */
/** Lives counted as lost: "the loss of nine lives"; not lives claimed by a famine or a missile, saved, or at risk. */
export const LIVES = 'lives';
/** The dead said by their never coming home: "Russian soldiers who will never return home". */
export const NEVER_HOME = [
  'who will never return home',
  'who never returned home',
  'who never made it home',
  'who will never come home',
  'who never came home',
];
/** The captured, as a noun: "two prisoners of war". */
export const PRISONERS = ['prisoner', 'prisoners', 'prisoner of war', 'prisoners of war', 'pow', 'pows'];

/** Losses inflicted on the counted: "have inflicted heavy casualties on about 4,000 North Korean soldiers". */
export const INFLICTED_ON = ['inflicted', 'inflicting', 'inflict'].flatMap((verb) =>
  ['', 'heavy ', 'serious ', 'significant ', 'massive ', 'severe ', 'major ', 'considerable '].flatMap((how) => [
    `${verb} ${how}casualties on`,
    `${verb} ${how}losses on`,
  ]),
);
/** Losses said bare after a share, the first of a pair read with the second: "roughly half killed or wounded". */
export const BARE_LOSS_PARTICIPLES = ['killed', 'wounded', 'injured', 'dead'];
/**
 * A toll said to include both sides' soldiers, with no count of either: "20 officers were killed, including senior
 * North Korean and Russian officers". The toll is both sides', no figure.
 */
/**
 * The two sides of Russia's war named together before their losses: the whole war's toll, no one side's ("combined
 * Russian and Ukrainian military casualties could reach two million", "1.4 million Russian and Ukrainian dead").
 */
export const WAR_SIDES_LOSSES = {
  pairs: ['russian and ukrainian', 'ukrainian and russian', 'russia and ukraine', 'ukraine and russia'],
  reach: 2,
  losses: ['casualties', 'losses', 'dead', 'deaths', 'killed', 'wounded', 'fatalities'],
};
export const BOTH_SIDES_INCLUDED = {
  links: ['including', 'among them', 'among whom'],
  pairs: ['north korean and russian', 'russian and north korean'],
  reach: 2,
  /** The pair's own people, the toll's kind: not "in assaults including North Korean and Russian marines" (no comma). */
  people: ['officers', 'soldiers', 'troops', 'servicemen', 'personnel', 'commanders', 'generals', 'military personnel'],
};
/** A clause after such an aside that is the aside's own: "…, including 500 officers, some of whom were killed". */
export const RELATIVES_AFTER_ASIDE = [
  'who',
  'which',
  'whom',
  'of whom',
  ...['some', 'one', 'many', 'most', 'all', 'none'].map((p) => `${p} of whom`),
];
/** How an aside after the counted opens, passed over to their predicate: ", or about a quarter of …,". */
export const ASIDE_OPENERS = ['or', 'including', 'among them', 'or about', 'or roughly', 'or nearly', 'or some'];
/** Where a force a share of losses is set beside was sent: "almost 10% of its deployment to Russia". */
export const FORCE_SENT_TO = ['to', 'in', 'into'];
/**
 * A toll a strike took, its verb active and right before the count: "A Russian missile attack on … Zaporizhzhia …
 * killed six people, injured 23". The struck are no side's soldiers unless their own words say so.
 */
export const STRIKE_TOLL_VERBS = ['killed', 'killing', 'kills', 'injured', 'injuring', 'injures', 'wounded', 'wounding', 'wounds'];
/** The dead counted by their bodies: "discovered the bodies of over a dozen North Korean soldiers". */
export const BODIES_OF = [
  ...['bodies of', 'corpses of', 'remains of'],
  // "Pyongyang held funerals for some 100 soldiers".
  ...['funerals for', 'funerals of', 'a funeral for', 'coffins of'],
];

/** A fight that cost a side its soldiers: "the fighting has cost Russia thousands of troops". */
export const COST_A_SIDE = ['cost', 'costs', 'costing'].flatMap((verb) =>
  ['russia', 'moscow', 'the kremlin', 'north korea', 'pyongyang', 'kim'].map((side) => `${verb} ${side}`),
);

export const CASUALTY_SCOPE_WORDS = {
  killed_and_wounded: [
    ...COST_A_SIDE,
    // "Russia is now burning through roughly 30,000 troops every month": lost, killed and wounded alike.
    ...['burning through', 'burns through', 'burned through', 'burnt through'],
    ...['killed', 'dead', 'deaths'].flatMap((k) =>
      ['or', 'and', 'and/or'].flatMap((c) =>
        ['', 'seriously ', 'severely ', 'badly '].flatMap((how) => [`${k} ${c} ${how}wounded`, `${k} ${c} ${how}injured`]),
      ),
    ),
    // "a rise from an estimated 3,000 injuries or deaths reported in January".
    ...['injuries or deaths', 'injuries and deaths'],
    // "Kyiv claims killing or injuring 30 North Korean soldiers".
    ...['or', 'and'].flatMap((c) => [`killing ${c} injuring`, `killing ${c} wounding`]),
    // "Nearly half of the deployed North Korean troops are already dead or maimed".
    ...['killed', 'dead'].flatMap((k) => [`${k} or maimed`, `${k} and maimed`]),
    // "have either been killed or sustained injuries".
    ...['killed', 'died', 'perished'].flatMap((k) => ['sustained', 'suffered'].map((verb) => `${k} or ${verb} injuries`)),
    ...['wounded', 'injured'].flatMap((w) => [
      `${w} or killed`,
      `${w} and killed`,
      `${w}, or killed`,
      `${w}, and killed`,
      `${w} or dead`,
      `${w} and dead`,
      `${w}, or dead`,
      `${w}, and dead`,
    ]),
    'killed, wounded',
    'killed, injured',
    // "were reportedly killed or incapacitated": out of the fight, dead or not.
    ...['killed', 'dead'].flatMap((k) => [`${k} or incapacitated`, `${k} and incapacitated`]),
    // "at least 200 North Korean troops had been knocked out of action", "more than a quarter are already incapacitated".
    ...['knocked out of action', 'put out of action', 'taken out of action', 'out of action', 'incapacitated'],
    // As translated copies put it: "around three thousand were disabled, including almost 300 dead".
    ...['were disabled', 'been disabled'],
    // "at least 6,000 North Koreans have put out of combat fighting for Russia".
    ...['put out of combat', 'taken out of combat', 'out of combat', 'hors de combat'],
    // "nearly 30% of the deployed North Korean troops have lost their combat capability".
    ...['lost their combat capability', 'lost combat capability', 'lost their fighting capability'],
    ...['dead or hurt', 'killed or hurt', 'dead and hurt', 'killed and hurt'],
    // "have died or been injured", "were killed or have been wounded", "have perished or been injured".
    ...['died', 'killed', 'perished'].flatMap((k) =>
      ['or', 'and'].flatMap((c) =>
        ['been', 'were', 'have been', 'had been'].flatMap((a) => [`${k} ${c} ${a} wounded`, `${k} ${c} ${a} injured`]),
      ),
    ),
    ...['died or wounded', 'died or injured', 'died and wounded', 'died and injured'],
    ...['fatalities', 'deaths'].flatMap((k) => [`${k} and injuries`, `${k} or injuries`]),
    // "about 4,700, have suffered death or injury".
    ...['death or injury', 'death and injury', 'injury or death'],
    'casualties',
    'casualty',
    'losses',
    // "mourning the loss of nine personnel": lost, killed and wounded alike, as "lost" is.
    'loss of',
    'losing',
    'lose',
    'loses',
    'suffered',
    'sustained',
    'kia and wia',
    ...['', 'have ', 'were '].flatMap((aux) => [`lost their lives or ${aux}been wounded`, `lost their lives or ${aux}wounded`]),
    'kia/wia',
    'wia/kia',
  ],
  captured: [
    'captured',
    'captures',
    'capturing',
    'capture',
    'taken prisoner',
    'taken captive',
    // "Two wounded North Korean soldiers were taken alive".
    'taken alive',
    'capture of',
    // "verified the captivity of two North Korean soldiers".
    'captivity of',
    ...PRISONERS,
    'captive',
    'captives',
    'surrendered',
    // "are in the custody of the Security Service of Ukraine".
    'in the custody of',
    'in custody',
    // "two North Korean soldiers were caught alive on the warfront".
    'caught alive',
    // "to protect two detained North Korean soldiers".
    'detained',
    // "The two soldiers, both wounded, were reportedly apprehended", "soldiers … are questioned by Ukrainian forces".
    ...['apprehended', 'interrogated', 'questioned by ukrainian', 'as prisoners', 'as prisoners of war', 'as pows'],
  ],
  killed: [
    'killed',
    ...['murder', 'murders', 'murdered', 'murdering'],
    // "the fate of hundreds of thousands of Russian soldiers who will never return home".
    ...NEVER_HOME,
    'fatal',
    'kill',
    'killing',
    'dead',
    'death',
    'deaths',
    'died',
    'die',
    'dying',
    'fatalities',
    'lost their lives',
    'perished',
    'fell',
    'fallen',
    'deceased',
    LIVES,
    'slain',
    'kia',
    'eliminated',
    'eliminate',
    'eliminating',
    'elimination',
    'destroyed',
    'destroying',
    'neutralized',
    'neutralised',
    'neutralize',
    'neutralizing',
    'executed',
    'executing',
    'shot dead',
    ...['kills', 'wiped out', 'wipe out', 'wiping out', 'mowed down'],
    // A headline's present tense: "Storm Shadow Strike … Eliminates 18, Wounds 33 Russian Officers" (not "wounds" or
    // "injures" alone, said as often of a strike's civilian victims: "Russian drone attack on Kyiv injures nine").
    'eliminates',
    'death toll',
    ...BODIES_OF,
  ],
  wounded: [
    ...['wounded', 'wound', 'wounding', 'injured', 'injure', 'injuring', 'injuries', 'wia'],
    // "were hurt", not "troops hurt Ukraine's position".
    ...['were', 'was', 'been', 'are', 'others', 'badly', 'seriously'].map((w) => `${w} hurt`),
    ...['sustained', 'suffered', 'sustaining', 'suffering'].flatMap((verb) => [`${verb} injuries`, `${verb} wounds`]),
    // Soldiers in hospital are wounded: "about 200 North Korean soldiers arriving at her Moscow hospital".
    ...['hospital', 'hospitals', 'hospitalized', 'hospitalised'],
    // …and so are those treated: "'hundreds' of Russian troops are receiving medical treatment there".
    ...['medical treatment', 'receiving treatment', 'undergoing treatment', 'undergoing rehabilitation'],
  ],
} as const;

/**
 * Soldiers brought to a hospital, said right after them, are the wounded: "hundreds of North Korean soldiers arriving
 * at Moscow hospital", "More than 220 North Korean soldiers … have been transferred to a hospital in Moscow".
 */
const HOSPITALS_OF = ['moscow', 'military', 'north korean', 'korean', 'russian', 'pyongyang'];
export const HOSPITALISED = [
  'hospitalized',
  'hospitalised',
  // Not "in hospital": captives are shown "in hospital beds".
  ...['arriving at', 'arrived at', 'taken to', 'transferred to', 'brought to', 'admitted to', 'treated in', 'treated at', 'at'].flatMap(
    (verb) =>
      ['hospital', 'hospitals', 'a hospital', 'the hospital', 'her hospital'].flatMap((place) => [
        `${verb} ${place}`,
        // "Hundreds of Russian soldiers are being treated in North Korean hospitals".
        ...HOSPITALS_OF.map((whose) => `${verb} ${place.replace(/hospital/, `${whose} hospital`)}`),
      ]),
  ),
  // "'hundreds' of Russian troops are receiving medical treatment there".
  ...['receiving medical treatment', 'receiving treatment', 'undergoing medical treatment', 'undergoing rehabilitation'],
];

export const LIVES_LOST_BEFORE = ['loss of', 'losses of', 'the loss of'];
/**
 * Lives a side lost in the war: "Russia lost 237,211 lives", "has cost Russia somewhere between 164,223 to 237,211
 * lives", the side named after "cost" (not "a missile strike on Kyiv cost 12 lives"); read only where the sentence
 * names the war and no other toll: not "The 1990s famine cost North Korea up to 3 million lives", "civilians lost 35
 * lives", "Moscow lost 15,000 lives in its war in Afghanistan".
 */
export const LIVES_LOST_IN_THE_WAR = {
  verbs: [
    'lost',
    ...['cost', 'costs', 'costing'].flatMap((verb) =>
      ['russia', 'moscow', 'putin', 'the kremlin', 'north korea', 'pyongyang', 'kim'].map((side) => `${verb} ${side}`),
    ),
  ],
  /** Read in the lives' own clause only: not "…250,000 lives, the most of any conflict since World War II". */
  otherTolls: [
    ...['civilian', 'civilians', 'famine', 'covid', 'pandemic', 'flood', 'floods', 'earthquake', 'disease'],
    ...['afghanistan', 'afghan', 'chechen', 'chechnya', 'korean war', 'world war', 'soviet'],
  ],
  /** Besides the war's names, what makes a sentence on this war: "North Korea has lost at least 600 lives since sending its soldiers". */
  war: ['sending', 'sent', 'deployment', 'deployed', 'troops', 'soldiers'],
};

/** A force shrunk by a share has lost it: "the number of North Korean forces diminished by half". */
export const SHRINK_VERBS = ['decreased', 'diminished', 'dropped', 'fell', 'shrank', 'shrunk', 'declined', 'reduced', 'cut'];
export const SHRINK_LINK = 'by';
/**
 * North Korea's soldiers taken by Russia's side are no prisoners of the war: "18 North Korean soldiers who … deserted
 * their posts were captured and detained by Russian forces". The verbs, joined by "and", then "by".
 */
export const TAKEN_BY_OWN_SIDE = {
  passives: ['were', 'was', 'been', 'being'],
  verbs: ['captured', 'detained', 'arrested', 'caught', 'seized', 'apprehended'],
  link: 'by',
};
/** The forces said to shrink: "the number of North Koreans decreased by half". */
export const SHRUNK_FORCES = ['north koreans', 'north korean contingent', 'north korean group'];
export const SHRUNK_COUNTS = ['number of', 'the number of', 'ranks of', 'strength of', 'size of'];

/**
 * A pronoun as the one that lost people, where North Korea's soldiers were named in the sentence or the one
 * before: "North Korean troops were thrown into assaults. To date, they have lost 4,000 people".
 */
export const PRONOUN_LOSERS = {
  pronouns: ['they'],
  auxiliaries: ['have', 'has', 'had', 'are', 'were'],
  /** Between the verb and the number: "They are losing them - 4 thousand", "they have lost some 4,000". */
  fillers: ['them', 'some', 'about', 'around', 'nearly', 'almost', 'over', 'more than'],
  /** Where a sentence names Russia or one of these, "they" may be that side. */
  otherSides: ['ukraine', 'ukrainian', 'ukrainians', 'kyiv', 'occupiers', 'invaders'],
};
/** Losses said to be caused by someone are another side's: "60% of the losses … were caused by North Korean artillery". */
export const CAUSED_BY = ['caused by', 'inflicted by'];
/** "Lost" counts killed and wounded, except in "lost their lives". */
export const LOST = { word: 'lost', except: 'their lives' };
/**
 * Losses too many to be North Korea's, told as lost right before the count in a sentence that names Russia and no other
 * side, are Russia's: "He has lost around 200,000 killed", "Having already lost an estimated 350,000 troops …, Russia".
 * Not where both sides or the one Russia fights are named near them ("killed or wounded on both sides").
 */
export const RUSSIA_LOST_UNOWNED = {
  verbs: ['lost', 'losing', 'lose', 'loses'],
  /** Words between the verb and the count: "has lost already". */
  between: 2,
  otherSides: ['both sides', 'each side', 'either side', 'the two sides', 'opposing', 'enemy', "enemy's"],
  /** How far before the count the other sides and the war's nouns are looked for. */
  reach: 200,
};
/**
 * "hurt" is a predicate of wounds only where its clause ends after it or says where or when: "600 killed, 4,700 hurt",
 * "4,700 hurt in Kursk"; not "troops hurt Ukraine's position".
 */
export const HURT_AT_END = { word: 'hurt', followedBy: ['in', 'during', 'since', 'so far', 'as of', 'by', 'on', 'at', 'after'] };
/** "were lost" is a predicate of loss where the clause ends after it or goes on to say where or when ("…were lost in
 * Kursk"); not "lost momentum", "lost to jamming". */
export const LOST_PREDICATE = {
  word: 'lost',
  // "half of those forces were lost over the course of three months".
  // "around 4,000 North Korean troops had been lost out of the initial deployment".
  followedBy: ['in', 'during', 'since', 'so far', 'to date', 'as of', 'by', 'on', 'at', 'due to', 'within', 'over the course of', 'out of'],
  /**
   * A time after it, only in the passive: "48,240 Russian troops were lost last month"; not "12,000 soldiers lost every
   * skirmish", nor "lost last week's fight".
   */
  passive: ['were', 'was', 'been'],
  timeAfter: [
    'last month',
    'last week',
    'last year',
    'this month',
    'this week',
    'this year',
    'every day',
    'each day',
    'a day',
    'a month',
    'daily',
    'monthly',
  ],
};

/** The force losses are counted among, named right after them: "over 3,000 casualties among North Korean troops". */
export const LOSSES_AMONG = ['among', 'amongst', 'in the ranks of', 'within'];
/** …or set in brackets by an editor: "of which 300 (are) dead and 2,700 wounded". */
export const BRACKETED_FILLERS = ['are', 'were', 'is', 'was', 'have been', 'had been'];
/** Words between a count and what happened to it: "about 300 had been killed", "…are believed to have been killed". */
export const PREDICATE_FILLERS = [
  'had',
  'have',
  'has',
  'were',
  'was',
  'are',
  'is',
  'being',
  'been',
  // "with some 300 having been killed".
  'having',
  'now',
  'reportedly',
  'already',
  'so far',
  'also',
  'since',
  'allegedly',
  'likely',
  'probably',
  'either',
  'all',
  'estimated to',
  'said to',
  'reported to',
  // "are believed to be dead", not "could be killed": a state said of them, not a loss to come.
  ...['believed', 'thought', 'said', 'reported', 'feared', 'presumed', 'confirmed'].map((w) => `${w} to be`),
  'may',
  'might',
  'could',
  'suffered',
  'sustained',
  'feared',
  'confirmed',
  'to',
  'who were',
  'who have been',
  'who had been',
  'that were',
  'that have been',
  'that had been',
  // "who were recently captured", not "later captured the village": the adverb only after an auxiliary.
  ...['who were', 'were', 'was', 'have been', 'had been', 'has been'].flatMap((aux) =>
    ['recently', 'later', 'subsequently'].map((adverb) => `${aux} ${adverb}`),
  ),
  'in total',
  // "more than half of those sent have been injured or killed": the force lost, by its verb of sending, before an
  // auxiliary; not "the 11,000 soldiers deployed killed hundreds of Ukrainian troops".
  ...['sent', 'deployed', 'dispatched'].flatMap((verb) => ['have', 'had', 'has', 'were', 'are'].map((aux) => `${verb} ${aux}`)),
  // "about 300 of those soldiers are already believed dead" ("believed to" is this and "to").
  ...['believed', 'presumed', 'thought'],
  // "nine soldiers … tragically lost their lives", "was heavily injured".
  ...['tragically', 'sadly', 'apparently', 'heavily', 'seriously', 'critically', 'severely', 'badly', 'fatally', 'mortally'],
  'become',
  'became',
  // "at least 1,000 North Korean soldiers got killed".
  'got',
  'get',
  'gotten',
  'getting',
  // "4,000 have been reported as battle casualties".
  ...['reported', 'counted', 'listed', 'recorded', 'classified'].map((w) => `${w} as`),
  'battle',
  'combat',
];
/** What happened, said right after the count. */
export const PREDICATES = [
  'killed',
  // "with about 2,000 North Korean troops estimated killed in combat".
  ...['estimated killed', 'estimated dead', 'estimated wounded'],
  ...NEVER_HOME,
  'wounded',
  'injured',
  'captured',
  'taken prisoner',
  // "two were recently taken as prisoners of war".
  ...['taken as prisoners', 'taken as prisoners of war', 'taken as pows'],
  'taken captive',
  'caught alive',
  'taken alive',
  ...['apprehended', 'interrogated', 'questioned by ukrainian', 'as prisoners', 'as prisoners of war', 'as pows'],
  ...['were', 'was', 'been', 'are'].map((w) => `${w} hurt`),
  // "had taken two North Koreans prisoner".
  'prisoner',
  'captive',
  'sustained injuries',
  // "with an additional 2,700 sustaining injuries"; "Among the 3,600 who sustained injuries".
  // "at least 1,000 have suffered injuries".
  ...['sustaining', 'suffering', 'suffered', 'who sustained', 'who suffered'].flatMap((verb) => [`${verb} injuries`, `${verb} wounds`]),
  // "about 4,700, have suffered death or injury".
  ...['suffered', 'sustained', 'suffering'].flatMap((verb) => [`${verb} death or injury`, `${verb} deaths or injuries`]),
  'died',
  'dying',
  // A headline's present tense: "Up to 1,000 North Korean troops die in a week"; not "had seen 10 soldiers die".
  ...['die in', 'dies in'],
  'dead',
  // "3,000 N. Koreans dead or hurt".
  ...['dead or hurt', 'killed or hurt', 'dead and hurt', 'killed and hurt'],
  'fatal',
  // "were reported killed".
  ...['killed', 'dead', 'wounded', 'injured', 'captured'].map((w) => `reported ${w}`),
  // "soldiers recently captured by Ukraine", a passive: not "troops later captured the village".
  ...['recently', 'later', 'subsequently'].flatMap((adverb) =>
    ['captured by', 'killed by', 'wounded by', 'injured by', 'taken prisoner'].map((p) => `${adverb} ${p}`),
  ),
  'lost their lives',
  ...HOSPITALISED,
  // "received over 100 North Korean soldiers with various injuries".
  ...['with injuries', 'with various injuries', 'with serious injuries', 'with wounds', 'with shrapnel wounds'],
  ...['knocked out of action', 'put out of action', 'taken out of action', 'incapacitated', 'disabled'],
  ...['put out of combat', 'taken out of combat', 'hors de combat'],
  ...['lost their combat capability', 'lost combat capability', 'lost their fighting capability'],
  // "One-fourth of those Korean forces have been made casualties", "soldiers who have become casualties".
  ...['become casualties', 'became casualties', 'becoming casualties', 'made casualties'],
  // "six North Koreans were among those killed after a Ukrainian missile strike".
  ...['killed', 'dead', 'wounded', 'injured', 'captured'].map((w) => `among those ${w}`),
  ...['killed', 'injured', 'captured'].map((w) => `among the ${w}`),
  ...['who', 'that'].flatMap((w) => [`${w} lost their lives`, `${w} died`, `${w} perished`]),
  'perished',
  'fell',
  // "more than a dozen North Korean soldiers lay slain".
  'slain',
  ...['lay', 'lie', 'lying'].flatMap((w) => [`${w} slain`, `${w} dead`, `${w} wounded`]),
  ...['found dead', 'were found dead', 'was found dead'],
  'killed in action',
  // "eight more neutralized through drone strikes", as the armies word their kills.
  ...['neutralized', 'neutralised', 'eliminated', 'mowed down', 'wiped out'],
  'casualties',
  'losses',
  'among the dead',
  'among the casualties',
  'among the wounded',
];
/**
 * The dead honoured by their portraits, in a sentence on the memorial: "placed medals next to 101 portraits of the dead
 * on a memorial wall", "a memorial wall … displaying portraits of 101 individuals", "a separate memorial event for
 * bereaved families featured at least 250 portraits".
 */
export const MEMORIAL_PORTRAITS = {
  after: ['portraits', 'photos', 'photographs', 'portraits of the dead', 'portraits of fallen soldiers'].concat(
    // "this time more than 200 additional names were mentioned".
    ['names', 'additional names', 'more names', 'new names'],
  ),
  // "In a ceremony depicting the faces of 100 North Korean soldiers".
  before: ['portraits of', 'photos and names of', 'photographs of', 'names of', 'photos of', 'faces of'],
  /** …of people, where the count is said before its noun, perhaps after their country's adjective. */
  people: ['individuals', 'soldiers', 'fallen soldiers', 'servicemen', 'troops', 'people'],
  peopleOf: ['north korean', 'korean'],
  /**
   * The dead honoured by a verb right before them, at the memorial: "The first memorial event held last week honored
   * about 100 soldiers" (not the living honoured at a homecoming: the sentence or the one before must say memorial).
   */
  honoured: ['honored', 'honoured', 'honoring', 'honouring', 'commemorated', 'commemorating', 'mourned', 'mourning'],
  memorial: ['memorial', 'memorial wall', 'bereaved', 'commemoration', 'commemorating', 'wall of honour', 'wall of honor'],
};

/**
 * A few of a group counted among its dead, the group's own count between: "Six North Korean troops were among the 20
 * dead". The first count is a loss; the second is a whole of the dead of both sides, no figure of North Korea's.
 */
export const AMONG_THE_COUNTED = {
  lead: 'among the',
  losses: ['dead', 'killed', 'casualties', 'wounded', 'injured'],
  auxiliaries: ['were', 'was', 'are', 'is'],
};

/** A loss said just before the number: "Russia has lost 30-35 thousand", "killing at least 100". */
/**
 * A kill done by the side named as its doer, just before the count: "North Korean troops accidentally killed eight
 * Russian paramilitary soldiers", "…opened fire on the Chechen unit, killing eight servicemen". Done by North Korea's
 * forces, the dead are the other side's, or Russia's where the sentence names Russia's side.
 */
export const KILLED_BY_DOER = {
  verbs: ['killed', 'killing', 'kills', 'kill', 'shot dead', 'shooting dead'],
  adverbs: ['accidentally', 'mistakenly', 'reportedly', 'allegedly', 'also'],
  /** The doer's own dead: "killed 40 of its own soldiers". */
  own: ['of its own', 'of their own'],
  /** Words that name Russia's side among the dead: "killing eight of their allies". */
  allies: ['allies', 'partners', 'chechen', 'chechens', 'akhmat', 'kadyrovite', 'kadyrovites'],
};

/**
 * Verbs that tell a capture only when Ukraine's side does it: "Ukraine had detained two North Korean soldiers",
 * "Ukrainian units have also taken two North Korean soldiers alive"; not Russia detaining its deserters.
 */
// "Ukraine confirmed it held two North Korean soldiers".
// A headline's present tense: "Ukraine authorities detain two injured North Korean soldiers".
export const TAKEN_VERBS = [
  ...['detained', 'detain', 'detains', 'seized', 'taken', 'took', 'held', 'holds', 'holding'],
  // "after seizing two North Koreans in Russia's Kursk region", "had apprehended two of approximately 10,000".
  ...['seizing', 'seize', 'seizes', 'apprehended', 'apprehend', 'apprehends'],
];
/** …not people held where they stand: "Ukrainian forces held 200 North Korean soldiers back near Kursk". */
export const HELD_IN_PLACE = ['back', 'off', 'at bay', 'in check', 'in place'];
/**
 * A kill or capture done by Ukraine's side, named as its doer just before the count: "Ukrainian forces captured two
 * soldiers", "Kyiv captured two soldiers in Kursk over the weekend who are thought to be North Korean". The dead or
 * captured are the side it fights: North Korea's where the sentence names North Korea, Russia's where it names
 * Russia's side only, else the passage's.
 */
export const TAKEN_BY_UKRAINE = {
  verbs: ['killed', 'killing', 'kills', 'captured', 'capturing', 'captures', 'eliminated', 'eliminating', ...TAKEN_VERBS],
  doers: ['ukraine', 'ukrainian', 'ukrainians', 'kyiv', "ukraine's", "kyiv's"],
  /** Words between the doer and its verb: "Ukrainian units have also taken", "Ukraine had detained". */
  between: 3,
};

/**
 * A story of prisoners: a few soldiers counted in a sentence that speaks of their capture are the captured, though
 * no verb is said of the count itself ("These are two soldiers who, although wounded, survived and were brought to
 * Kyiv"). At most `most` of them; the words that tell the story.
 */
export const CAPTURE_STORY = {
  most: 10,
  words: [
    ...['taken prisoner', 'prisoners of war', 'prisoner of war', 'pows', 'pow', 'prisoners', 'captive', 'captives'],
    ...['custody', 'interrogated', 'interrogation', 'interrogating', 'their capture', 'his capture', 'captured alive'],
    // "the arrest of two North Korean soldiers in Russia's Kursk region is indisputable evidence".
    ...['arrest of', 'the arrest', 'detention of'],
    // "Two North Korean soldiers held by Ukraine have written they want to defect".
    ...['held by ukraine', 'held by kyiv', 'held by ukrainian forces', 'held captive', 'held prisoner'],
    // "to bring two North Korean soldiers held in Ukraine to South Korea"; not "a press conference held in Kyiv".
    ...['soldiers', 'troops', 'men', 'pows'].flatMap((held) =>
      ['held in ukraine', 'held in kyiv', 'held in ukrainian custody'].map((where) => `${held} ${where}`),
    ),
    // "Lawmaker calls for 2 North Korean soldiers not included in prisoner exchange to be brought to South".
    ...['prisoner exchange', 'prisoner exchanges', 'prisoner swap', 'prisoner swaps', 'prisoner list', 'prisoner lists'],
  ],
  /**
   * What is asked of prisoners, telling the story only of captives pointed back at ("the two North Korean soldiers
   * had not sought asylum in South Korea"), not of any soldiers ("four soldiers had asked to defect").
   */
  askedOfCaptives: ['asylum', 'to defect', 'to resettle', 'repatriation', 'repatriated'],
  /**
   * The war's two captives counted as wounded, their captivity told beside: "two wounded soldiers were taken to Kyiv,
   * are receiving medical care and talking to SBU investigators", "two wounded North Korean soldiers were recovered
   * from the battlefield by Ukrainian forces". Read only of a count of two.
   */
  woundedPair: [
    ...['taken', 'brought', 'transported', 'sent'].map((verb) => `${verb} to kyiv`),
    ...['recovered from the battlefield', 'sbu', 'bunk beds', 'hospital bunks'],
  ],
  /**
   * Those who hold prisoners, with soldiers said to have survived: the story is of captives wherever they stand in
   * the sentence ("Two soldiers, though wounded, survived and were transported to Kyiv, where they are now
   * communicating with the Security Service of Ukraine"); not "six soldiers escaped, the SBU said".
   */
  holders: ['security service of ukraine', "ukraine's security service", 'sbu', 'sbu investigators'],
  survived: ['survived', 'survive', 'survivors'],
  /** Counted as soldiers, not "two men suspected of spying" the same service detained. */
  heldSoldiers: ['soldiers', 'soldier', 'troops', 'servicemen', 'fighters'],
  /**
   * The two North Korean soldiers Ukraine took in January 2025, pointed back at with no word of their capture in the
   * sentence: "Yu urged the government to protect the two soldiers", "Lawmaker Yu met with the two men". Only that
   * count, only these nouns, and not where the two are leaders ("the two men signed the treaty", said of Putin and Kim).
   */
  pointedPair: {
    count: 2,
    // "our paratroopers who captured these two people", "captured these two individuals".
    nouns: ['soldiers', 'men', 'north koreans', 'pows', 'prisoners', 'servicemen', 'people', 'individuals'],
    notOf: [
      ...['putin', 'kim', 'shoigu', 'lavrov', 'choe', 'leaders', 'summit', 'treaty', 'shook hands', 'handshake', 'defected'],
      ...['meeting', 'talks', 'discussed', 'agreed', 'diplomats', 'expelled', 'kremlin', 'minefield'],
      ...['killed', 'died', 'dead'],
      // Soldiers who crossed into the South, whose plea is not the captives': "crossed the demarcation line and sought asylum".
      ...['demarcation line', 'dmz', 'crossed the', 'fled across', 'fled to', 'fled the'],
    ],
    /**
     * …and a word of their story in the sentence, or capture in the one before: the hospital beds, the video, their
     * interview, their wish to go to the South ("Lawmaker Yu met with the two men"; "protect the two soldiers").
     */
    story: [
      ...['hospital', 'bandage', 'bandages', 'bandaged', 'video', 'footage', 'photos', 'photographs', 'clip', 'interview'],
      ...['interviewed', 'questioning', 'testimonies', 'lawmaker', 'yu yong-won', 'yoo yong-won', 'yu yongwon', 'zelensky'],
      ...['zelenskyy', 'sbu', 'security service', 'south korea', 'south korean government', 'seoul', 'defect', 'send them back'],
      ...['sending them back', 'orders', 'media', 'arrested', 'questioned', 'investigated', 'interpreter', 'letter'],
      // Their plea to go to the South: "The two men thanked their supporters", "made a public plea for a new life".
      ...['supporters', 'plea', 'asylum', 'new life', 'prisoner-of-war camp', 'pow camp'],
    ],
    /**
     * With no pointing word ("a video of two North Korean soldiers, one lying on a bed"), a word of their captivity
     * itself, not only of the camera or the speaker: not "a video shows two North Korean soldiers running from a drone".
     */
    captivity: [
      ...['hospital', 'bandage', 'bandages', 'bandaged', 'bed', 'beds', 'bunk', 'bunks', 'cot', 'cots', 'cell', 'bars'],
      ...['interview', 'interviews', 'interviewed', 'questioning', 'questioned', 'interrogated', 'interrogation'],
      ...['captivity', 'captured', 'detained', 'exchanged', 'swap', 'survived', 'prisoners', 'pows'],
      // "it featured two North Korean soldiers, answering questions from their Ukrainian captors".
      ...['captor', 'captors'],
      // "Two young North Korean soldiers, once deployed to fight …, have now made a public plea for a new life in South
      // Korea": the captives' plea, told of no one else.
      ...['asylum', 'new life in south korea', 'prisoner-of-war camp', 'pow camp'],
    ],
  },
  /** A verb of capture tells it only of people: "captured North Korean soldiers", not "captured a village". */
  verbs: ['captured', 'capturing', 'capture of', 'capture'],
  people: ['soldiers', 'soldier', 'troops', 'servicemen', 'men', 'fighters', 'individuals', 'north koreans', 'north korean', 'occupiers'],
  /**
   * The story is told of the count in its own clause ("two soldiers allegedly being interrogated after their
   * capture"), which these words end besides punctuation ("prisoners said they had seen 10 soldiers die"); or of
   * captives pointed back at ("As with all prisoners of war, these two North Korean soldiers…").
   */
  clauseEnds: ['said', 'says', 'say', 'that', 'while', 'and'],
  pointing: ['these', 'the', 'those'],
  /**
   * The captives pointed back at in a later sentence of the story ("The two said they were sent to Russia in 2024",
   * "Lawmaker Yu met with the two men"): after a pointing word, the same number as the captives last counted, then
   * people or a verb of theirs; read for this many paragraphs after that count.
   */
  pointedBack: {
    paragraphs: 8,
    verbs: [
      ...['said', 'say', 'says', 'told', 'were', 'are', 'was', 'have', 'had', 'will', 'would', 'remain', 'remained'],
      ...['appeared', 'appear', 'appears', 'asked', 'expressed', 'wanted', 'want', 'wish', 'wished', 'who', 'in'],
      // "the two wrote the letter on October 28", "The two men thanked their supporters".
      ...['wrote', 'write', 'thanked'],
    ],
  },
};

/** A picture that "captured" the counted filmed them, took none prisoner: "A video surfaced recently that captured dozens". */
export const CAPTURED_ON_FILM = {
  media: [
    'video',
    'videos',
    'footage',
    'image',
    'images',
    'photo',
    'photos',
    'photograph',
    'photographs',
    'camera',
    'cameras',
    'imagery',
    'clip',
  ],
  verbs: ['captured', 'captures', 'capturing', 'capture'],
  /** At most this many words between the picture and its verb: "video surfaced recently that captured". */
  between: 4,
};
export const LOSS_VERBS_BEFORE = [
  'kill',
  'killing',
  'killed',
  // "with total casualties at around 4,700".
  ...['casualties at', 'total casualties at', 'losses at', 'total losses at'],
  // "the Russian monthly casualty rate is between 20,000 and 35,000 servicemembers".
  ...['casualty rate is', 'casualty rate was', 'casualty rate of', 'casualty rate at', 'casualty rate stands at'],
  // "Drone Warfare Kills 100 North Korean Troops", "wiped out at least 40 'elite' North Korean soldiers".
  ...['kills', 'wiped out', 'wipe out', 'wiping out', 'mowed down'],
  // A headline's present tense: "Storm Shadow Strike … Eliminates 18, Wounds 33 Russian Officers" (not "wounds" or
  // "injures" alone, said as often of a strike's civilian victims: "Russian drone attack on Kyiv injures nine").
  'eliminates',
  // "Russia is now burning through roughly 30,000 troops every month".
  ...['burning through', 'burns through', 'burned through', 'burnt through'],
  // "Russian commanders had executed 20 North Korean soldiers".
  'executed',
  'executing',
  'shot dead',
  'shooting dead',
  'eliminate',
  'eliminated',
  'eliminating',
  'destroy',
  'destroyed',
  'neutralize',
  'neutralized',
  'neutralised',
  'wound',
  'injure',
  'capture of',
  'captivity of',
  ...BODIES_OF,
  // "have inflicted casualties on about 4,000 North Korean soldiers".
  ...INFLICTED_ON,
  'death of',
  'deaths of',
  // "The fighting claimed the lives of 300 North Korean troops".
  ...['claimed', 'took', 'cost'].map((verb) => `${verb} the lives of`),
  // "the reported deaths and injuries of approximately 6,000 North Korean troops".
  ...['deaths and injuries of', 'deaths or injuries of', 'death and injury of', 'death or injury of'],
  // "resulted in the elimination of 18 Russian servicemen".
  'elimination of',
  // "a briefing on the casualties of more than 1,000 North Korean soldiers".
  'casualties of',
  // "The friendly fire proved fatal for eight Chechen fighters".
  'fatal for',
  'killing of',
  // "Three North Koreans are wanted for the murder of five Russian soldiers".
  ...['murder of', 'murders of', 'murdered', 'murdering'],
  'loss of',
  'losses of',
  'wounding',
  'wounded',
  'injuring',
  'injured',
  'captured',
  'capturing',
  'captures',
  // "could only capture two of them alive".
  'capture',
  'lost',
  'losing',
  'lose',
  // "the North Korean contingent loses about 92 soldiers daily".
  'loses',
  'suffered',
  'sustained',
  ...COST_A_SIDE,
];
export const TOLLS = ['death toll', 'toll'];
/** Between a loss verb and its count: "injured another 47". */
export const LOSS_ARTICLES = [
  ...['another', 'a further', 'an additional', 'some'],
  // "Russia lost an average of 1,500 troops every day in October".
  ...['an average of', 'on average', 'on average,'],
  // "our paratroopers who captured these two people".
  ...['these', 'those'],
];

/**
 * The verbs a predicate said further on starts with: "4,000 North Korean soldiers fighting
 * on Russia's side have been killed". Reading stops at a clause's end.
 */
export const PREDICATE_AUXILIARIES = ['have', 'has', 'had', 'were', 'was', 'are', 'is'];
/** A force's verb of sending and when, between a share of it and what befell it: "troops deployed since November had been killed". */
export const SENT_WHEN = {
  verbs: ['sent', 'deployed', 'dispatched'],
  links: ['since', 'in', 'to', 'last', 'this', 'from', 'by'],
  words: 3,
};
/** Words that open another clause even without a comma: "…captured two soldiers alive after they were wounded". */
export const SUBORDINATORS = [
  'after',
  'before',
  'when',
  'because',
  'while',
  'whereas',
  'where',
  'although',
  'though',
  'if',
  'once',
  'until',
  'since',
];
export const CLAUSE_ENDS = [
  ...['where', 'while', 'but', 'and', 'which', 'who', 'whom', 'whose', 'as', 'after', 'before', 'when'],
  // "11,000 troops to Russia, many of whom have already died": what happened to some of them.
  ...['many', 'some', 'most', 'half', 'several', 'dozens', 'hundreds', 'thousands'].map((part) => `${part} of whom`),
  // "an estimated 11,000 troops to the Ukraine conflict, a significant number of whom have been killed or wounded".
  ...['a number', 'a significant number', 'a large number', 'a growing number', 'a considerable number'].map((part) => `${part} of whom`),
];
export const TOLL_LINKS = ['of', 'at', 'to', 'rose to', 'reached'];

/** The count named first, the number after: "the number of killed and wounded… exceeds 3,000". */
export const COUNTED_LOSSES = [
  ...['killed', 'wounded', 'dead', 'casualties', 'injured', 'captured', 'prisoners', 'losses', 'deaths'],
  // "the number of its soldiers that died fighting for Russia, though Seoul estimates around 600".
  'died',
];
/** Besides the losses counted, words a list of them may hold: "the number of wounded, killed, missing and captured". */
export const LISTED_LOSSES_TOO = ['missing', 'missing in action'];
export const LOSS_NOUNS = [
  'casualties',
  'losses',
  'death toll',
  'toll',
  'deaths',
  'casualty tally',
  'casualty count',
  'casualty toll',
  'casualty figure',
  'casualty estimate',
];
/**
 * Losses named just before a count of people, on a page about North Korea in the war: "Western sources estimate the
 * number of losses at least 6,000 people", "North Korean troop losses in the Kursk region have reached 4,000
 * individuals". Not where the sentence speaks of civilians.
 */
export const LOSSES_OF_PEOPLE = {
  nouns: ['losses', 'casualties'],
  /** At most this many words between the noun and the count. */
  reach: 7,
  civilians: ['civilian', 'civilians', 'residents', 'children', 'refugees', 'villages', 'villagers'],
  /** Nor where it names a disaster: "they have lost 500 people to flooding". */
  disasters: [
    // Not a bare "storm": North Korea's "Storm Corps" fights in Kursk.
    ...['flood', 'floods', 'flooding', 'famine', 'disaster', 'disease', 'epidemic', 'earthquake', 'typhoon'],
    ...['storms', 'tropical storm', 'winter storm', 'snowstorm', 'rainstorm'],
    // Not a bare "fire" or "fires", said of artillery and of firing, nor "hurricane", a figure of speech ("a hurricane of
    // drone attacks"): "the wildfires in Los Angeles have resulted in 16
    // deaths", "three dead in heavy snowfall", "where a river burst its banks".
    // Not "snowfall" or "blaze", which the war's winter and its drone fire are told in.
    ...['wildfire', 'wildfires', 'landslide', 'landslides', 'mudslide', 'mudslides'],
    ...['cyclone', 'heatwave', 'heat wave', 'burst its banks', 'flash flood', 'flash floods'],
    // "more than 200,000 people died of starvation and hunger-related diseases in the late 1990s".
    ...['starvation', 'hunger', 'diseases'],
    // "North Korea's Toll of 'Unknown Fever' Cases Nears 1.5Mln, Death Toll Reaches 56".
    // Not "outbreak", said of wars ("since the outbreak of hostilities"), nor "pandemic".
    ...['fever', 'covid', 'covid-19', 'coronavirus', 'public health'],
  ],
};
/**
 * People said lost are not soldiers where their sentence tells of a strike on a place: "a missile struck Kyiv,
 * killing 12 people".
 */
export const STRIKES = [
  ...['strike', 'strikes', 'struck', 'attack on', 'attacks on', 'shelling', 'shelled', 'bombing', 'bombardment'],
  ...['missile', 'missiles', 'explosion', 'blast', 'drone', 'drones', 'raid', 'raids', 'airstrike', 'airstrikes'],
];
/**
 * North Korea's part of a toll, told after a dash or a semicolon (folded text writes an en dash as a hyphen): "A total of 20 soldiers are said to have died in the
 * attack – six of them were officers from North Korea". The toll is both sides', no figure.
 */
export const PART_OF_THEM = { breaks: ['\u2014', ';', '-'], link: 'of them', verbs: ['were', 'are'], from: 'from', reach: 2 };
/**
 * A part of the lost, named as a group before it with no noun of its own: "Of the deceased, 600 have been cremated
 * locally", "Of the wounded, about 2,000 were repatriated".
 */
export const PART_OF_THE_LOST = {
  lead: 'of the',
  groups: ['dead', 'deceased', 'killed', 'fallen', 'wounded', 'injured', 'casualties', 'captured', 'prisoners'],
};
/**
 * A toll with no people named, in a sentence that names neither North Korea nor its soldiers but a strike or another
 * killing: another story's dead, as the list of other stories on a page tells them ("Yemen's Huthi rebel media says 68
 * killed in US strikes on migrant centre", "Suspect charged with murder in Canada car attack that killed 11").
 */
/**
 * A toll of civilians: a bare count in a sentence that names people by these words, where neither it nor the one before
 * names North Korea or its soldiers, is of the same people ("one person died and three were injured according to prosecutors there", "Of the
 * 62 passengers and five crew, 38 were killed").
 */
export const CIVILIAN_TOLL = [
  // Not "people", said as often of soldiers ("Out of five people, all five were killed").
  ...['person', 'civilian', 'civilians', 'resident', 'residents', 'passenger', 'passengers', 'crew'],
  ...['child', 'children', 'woman', 'women', 'prosecutors'],
  // A disaster's toll, its missing named as people: "the fires have resulted in 16 deaths and at least 13 people
  // missing", "an unknown number of others remain missing"; not "an unknown number remain missing", said of soldiers
  // too. Nor homes or buildings, which drones damage.
  ...['people missing', 'people are missing', 'people remain missing', 'people still missing'],
  ...['others missing', 'others are missing', 'others remain missing', 'structures destroyed'],
];
/** Men counted with women and children are no soldiers: "A boat carrying 64 men, 62 women and 20 children landed". */
export const MEN_WITH_FAMILIES = { men: ['men'], with: ['women', 'children'] };
export const TOLL_ELSEWHERE = [
  ...['car attack', 'shooting', 'stabbing', 'gunman', 'murder', 'crash', 'migrant', 'migrants', 'terror attack', 'terrorist attack'],
  // Other wars' fighting: "Syria war monitor says more than 130 dead in army-jihadist clashes".
  ...['jihadist', 'jihadists', 'militants', 'insurgents', 'rebels'],
  // "conflict between the Sudanese army and a rival paramilitary group … has left hundreds dead".
  ...['paramilitary', 'paramilitaries', 'civil war'],
  // "Driver who killed 35 in China car ramming sentenced to death".
  ...['car ramming', 'ramming attack'],
  ...['strikes on', 'strike on', 'airstrike', 'airstrikes', 'air strike', 'air strikes'],
  // "Virginia man fires at officers trying to serve warrant, injuring 3".
  ...['warrant', 'police', 'sheriff'],
  // "Firefighters race to beat LA blazes as winds grow and death toll hits 16": disasters, by words no figure of speech
  // or weapon takes ("an avalanche of drone attacks", "Tornado-S launchers", "the Storm Corps").
  ...['wildfire', 'wildfires', 'firefighters', 'earthquake', 'floods', 'flooding', 'typhoon', 'tropical storm'],
];
/**
 * A city Ukraine holds, struck from afar, where a toll named by no soldiers stands: "13 killed in Zaporizhzhia",
 * "Thirteen killed in enemy attack on Zaporizhia", "after a Russian glide bomb hit a street in the Ukrainian city of
 * Zaporizhzhia". Their dead are no side's soldiers North Korea fought beside or against.
 */
export const TOLL_IN_A_CITY = {
  /** The toll's own word right after the count, its people or none between: "13 killed", "a dozen people have been killed". */
  tolls: ['killed', 'dead', 'died', 'wounded', 'injured', 'hurt'],
  /** Words between the count and its toll word. */
  lead: 3,
  /**
   * What may stand between the toll word and the city, in its clause: "after a Russian glide bomb hit a street", "and
   * 30 wounded".
   */
  between: 100,
  /** Not a speaker's place ("…, officials said in Kyiv"): these between the toll and the city end it. */
  notBetween: ['said', 'says', 'told', 'reported', 'announced', 'according'],
  links: ['in', 'on', 'hit', 'struck', 'of'],
  before: ['the ukrainian city of', 'the city of', 'the ukrainian capital', 'the capital'],
  cities: [
    ...['kyiv', 'kiev', 'kharkiv', 'zaporizhzhia', 'zaporizhia', 'odesa', 'odessa', 'dnipro', 'lviv', 'kryvyi rih'],
    ...['chernihiv', 'poltava', 'mykolaiv', 'ternopil', 'vinnytsia', 'khmelnytskyi', 'zhytomyr', 'kramatorsk'],
  ],
};
/**
 * A loss told after these in the counted people's clause is the one they make up for, not theirs: "the 10,000 North
 * Korean soldiers … won't come close to replacing the numbers Moscow has lost".
 */
export const REPLACING_LOSSES = [
  ...['replace', 'replaces', 'replacing', 'replenish', 'replenishing', 'offset', 'offsetting'],
  ...['make up for', 'making up for', 'compensate for', 'compensating for', 'backfill', 'backfilling'],
];
/** Said only of things, never of people pointed back at: "Of those, 55 were shot down" (drones). */
export const THINGS_DOWNED = ['shot down', 'intercepted', 'downed', 'veered off'];
/**
 * A hundred or more people said lost, no soldiers named, are North Korea's on a page about it only where the sentence
 * names neither Ukraine nor a war-wide count: "Over 11,000 people have been killed in Ukraine since 2022" is no figure.
 */
export const PEOPLE_LOST_ELSEWHERE = [
  'ukraine',
  'ukrainian',
  'ukrainians',
  'kyiv',
  'governor',
  'invasion',
  'since 2022',
  'since the start',
];
/** A prisoner swap, told by more than "in exchange for": "freed 90 Ukrainian soldiers in exchange for 90 Russian soldiers". */
export const PRISONERS_FREED = ['freed', 'released', 'prisoners', 'prisoner', 'pows', 'captives', 'swap', 'swapped'];
/**
 * A share named as a rate of losses, killed and wounded: "a casualty rate of about 30%". Whose the rate is, is the
 * count's owner, or where none is named, North Korea's where its people are named in the sentence or the one before.
 */
export const LOSS_RATE = {
  nouns: ['casualty rate', 'casualty rates', 'loss rate', 'losses rate', 'attrition rate'],
  links: ['of', 'at', 'was', 'is', 'of about', 'of around', 'of up to', 'of nearly', 'of roughly'],
};
/**
 * A share of its own men a force is said to have lost: "may have lost 4% of its strength", "due to losing around 30
 * percent of their men". Whose the force is, is the clause's or the sentence's subject's.
 */
export const LOST_SHARE_OF_OWN = {
  verbs: ['lost', 'losing', 'loses'],
  /** The verb's base form, unless a loss only foreseen: "could lose 10% of its troops", "willing to lose 5%". */
  base: 'lose',
  foreseen: ['will', 'would', 'could', 'may', 'might', 'to'],
  of: ['of its', 'of their'],
  wholes: ['men', 'strength', 'manpower', 'personnel', 'troops', 'soldiers', 'force', 'forces', 'fighters', 'contingent'],
};
/**
 * Losses said to reach a share of the force: "The number of casualties among North Korean troops could reach up to
 * 50% of the total deployed forces", "Casualties … have reached 40% of the deployed force".
 */
export const LOSSES_REACH_SHARE = {
  // "The casualty figure accounts for as much as one-third to nearly half of North Korea's total deployment".
  nouns: ['casualties', 'losses', 'casualty rate', 'casualty toll', 'death toll', 'casualty figure', 'casualty count'],
  verbs: [
    'reach',
    'reached',
    'reaches',
    'amount to',
    'amounted to',
    'amounts to',
    'account for',
    'accounted for',
    'accounts for',
    'represent',
    'represents',
    'stand at',
    'stood at',
    // "These losses are significant, making up roughly 25% of the force North Korea sent".
    ...['make up', 'makes up', 'made up', 'making up', 'equal to', 'equivalent to'],
  ],
  /** At most this many words between the noun and the verb (a number, a dash or a comma among them). */
  between: 12,
};
export const LOSS_SUBJECTS = [
  'casualties',
  // "with casualty estimates among North Korean forces now surpassing 3,000".
  ...['casualty estimates', 'casualty estimate', 'casualty figures', 'casualty figure'],
  // "the casualty count of North Korean soldiers in Ukraine has surpassed 4,000".
  ...['casualty count', 'casualty toll', 'casualty tally'],
  // "The daily casualty rate of North Korean troops could reach up to 92".
  ...['casualty rate', 'casualty rates'],
  'losses',
  'death toll',
  'toll',
  'deaths',
  'dead',
  'killed',
  'wounded',
  'injured',
  'fatalities',
  'injuries',
  // The pair, read whole where the subject says it: "the number of North Korean soldiers who have died or been injured
  // exceeds 3,000", not only its last word.
  ...['died', 'killed', 'perished'].flatMap((k) =>
    ['been', 'were', 'have been'].flatMap((a) => [`${k} or ${a} wounded`, `${k} or ${a} injured`]),
  ),
];
export const COUNT_LINKS_AFTER_NOUN = ['at', 'of', 'to'];
/** Said for weight between the link and the number: "pegs the total casualties at a staggering 4,700". */
export const COUNT_EMPHASIS = ['a staggering', 'a whopping', 'a record', 'an alarming'];
/** Between a toll and its number: "the death toll of North Korean soldiers at 200", "the North Korean death toll in Russia at". */
export const TOLL_OWNER_LINKS = ['of', 'among', 'in'];
/**
 * A party named as whose the losses are owns them, its institution too: "the total losses of the Armed Forces of
 * Ukraine … exceeded 76,000", "the losses of the Ukrainian army".
 */
export const LOSSES_OF_A_PARTY = {
  links: ['of the', 'of', 'among the', 'among'],
  institutions: ['armed forces of', 'army of', 'forces of', 'troops of', 'military of'],
  /** A time of losses said to be a party's worst: "October was the deadliest month overall for Russian troops". */
  worst: ['deadliest', 'bloodiest', 'costliest'],
  times: ['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'period', 'stretch'],
  worstFor: ['overall for', 'for', 'yet for', 'of the war for', 'so far for'],
};
export const COUNT_VERBS = [
  'averaging',
  'averaged',
  'average',
  'reached',
  'reach',
  'exceeds',
  'exceed',
  'exceeded',
  // "with total casualties among these troops exceeding 3,000".
  'exceeding',
  'surpassing',
  'topped',
  'stood at',
  'stands at',
  // "the total casualties of Russian troops standing at over 771,000".
  'standing at',
  'rose to',
  'risen to',
  'climbed to',
  // A headline's present tense: "N. Korea's Death Toll In Ukraine War Tops 2,000".
  ...['reaches', 'tops', 'top', 'hits', 'passes', 'surpasses', 'surpass', 'nears'],
  ...[
    'rises',
    'rise',
    'climbs',
    'climb',
    'jumps',
    'jumped',
    'soars',
    'soared',
    'grows',
    'grew',
    'swells',
    'swelled',
    'increases',
    'increased',
  ].map((v) => `${v} to`),
  'is',
  'was',
  'were',
  'are',
  'totals',
  'total',
  'totaled',
  'totalled',
  'numbered',
  'hit',
  'surpassed',
  'passed',
  'has been',
  'have been',
  'had been',
  'amount to',
  'amounts to',
  'amounted to',
  'stand at',
  // "Casualties of Russian troops in Kursk are estimated at 40,000", "North Korean losses are put at 4,000".
  ...['is', 'are', 'was', 'were', 'been'].flatMap((aux) =>
    ['estimated at', 'put at', 'believed to be', 'thought to be'].map((v) => `${aux} ${v}`),
  ),
];

/** Said between a verb of losing and its count: "Russia lost on average over 1,500 people". */
export const ON_AVERAGE = ['on average', 'an average of', 'on an average'];
/** An aside in dashes that gives the losses before it as a rate: "41,980 killed and wounded during October — a daily average of 1,354". */
export const AVERAGE_ASIDE = [...ON_AVERAGE, ...['daily', 'weekly', 'monthly'].map((period) => `a ${period} average of`)];

/**
 * Verbs that put a count of losses at a number, the losses named between: "estimating Russia's total casualties since
 * the start of the full-scale invasion at over 710,000".
 */
export const PUT_AT = {
  verbs: [
    'estimating',
    'estimated',
    'estimates',
    'estimate',
    'puts',
    'putting',
    'pegs',
    'pegged',
    'pegging',
    'placed',
    'places',
    'placing',
  ],
  /** At most this many words between the losses and "at". */
  reach: 8,
  at: 'at',
};

/** Words after a headline's participle that keep it passive: "Troops in Kursk Killed in Drone Strike", "… Killed by Drones". */
export const PARTICIPLE_FOLLOWERS = [
  'in',
  'by',
  'during',
  'since',
  'so far',
  'last',
  'this',
  'as',
  'amid',
  'after',
  'on',
  'at',
  'near',
  'while',
  'fighting',
];

/**
 * A verb of loss said actively, its object after it: the counted did it, they did not suffer it ("Three North Koreans
 * killed five Russian soldiers", "are said to have killed Russians"). Only where no auxiliary of the passive or of a
 * state stands in the predicate ("were killed", "have been wounded" are suffered).
 */
export const DONE_BY_THE_COUNTED = {
  verbs: ['killed', 'wounded', 'injured', 'captured', 'eliminated', 'neutralized', 'neutralised', 'executed', 'shot'],
  passive: ['been', 'were', 'was', 'are', 'is', 'being', 'be', 'got', 'get', 'gotten', 'getting', 'become', 'became'],
  /** Words that may stand between that auxiliary and the verb besides adverbs in -ly. */
  adverbs: ['also', 'already', 'now', 'since', 'all', 'either', 'then', 'later', 'recently'],
  /** What may open the object: another side's people, a determiner, a vague count (a number is read as its own). */
  // Not "a", "an" or "some", which open times and distances as often: "killed a week after", "killed some 10 km from".
  objects: [
    ...['russian', 'russians', 'ukrainian', 'ukrainians', 'chechen', 'chechens', 'civilians', 'enemy', 'comrades'],
    ...['their', 'his', 'its', 'dozens', 'hundreds', 'thousands', 'several', 'many', 'two', 'three'],
  ],
  /** …and not where a time or a distance follows the object's first word: "killed two days later". */
  notObjects: [
    ...['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'hour', 'hours', 'later', 'earlier', 'ago'],
    ...['km', 'kilometers', 'kilometres', 'miles', 'meters', 'metres'],
  ],
};

/**
 * A force said to have suffered losses is counted whole, not lost: "11,000 North Korean troops were in Kursk and had
 * already sustained \"losses\"", "the other two have suffered losses". The verbs, the adjectives that may stand
 * before the losses, and the losses; casualties only after an adjective, since "about 4,000 had suffered casualties"
 * counts the casualties.
 */
export const FORCE_SUFFERED = {
  verbs: ['suffered', 'sustained', 'incurred', 'taken', 'faced', 'seen', 'suffering', 'sustaining', 'incurring'],
  adjectives: ['heavy', 'significant', 'serious', 'major', 'huge', 'massive', 'severe', 'high', 'some', 'considerable'],
  losses: 'losses',
  casualties: 'casualties',
  /**
   * The force said first to be there, then to have suffered: "11,000 North Korean troops were present in the Kursk
   * region and had already suffered casualties".
   */
  there: {
    copulas: ['were', 'are', 'have been', 'had been'],
    states: ['present', 'deployed', 'stationed', 'fighting', 'sent', 'in'],
    /** How far the place may run before "and". */
    reach: 60,
  },
};

/**
 * A share of a force, said to be what a figure pointed back at amounts to, is of the force lost: "This amounts to
 * almost half of the 11,000 North Korean troops initially sent", "This figure represents nearly half of the initial
 * 11,000 troops". The losses are killed and wounded unless the passage says otherwise.
 */
export const POINTED_SHARE_OF_FORCE = {
  pointers: [
    'this',
    'that',
    'which',
    'it',
    'this figure',
    'the figure',
    'this number',
    'that number',
    'the number',
    'the toll',
    'this toll',
  ],
  // "The number amounts to more than half of the 11,000", "This marks nearly half of the original 11,000 sent to Russia".
  verbs: [
    ...['amounts to', 'amount to', 'represents', 'represent', 'equals', 'is equal to', 'is equivalent to', 'accounts for'],
    ...['makes up', 'marks', 'would be', 'is'],
  ],
};

/**
 * Prisoners swapped between Russia and Ukraine, in a sentence that names no North Koreans, are theirs: "Approximately
 * 300 prisoners were swapped each day".
 */
export const PRISONER_SWAP = ['swapped', 'swap', 'swaps', 'exchanged', 'exchange', 'exchanges', 'traded'];
/** The missing are no loss counted: "some 30 North Korean soldiers were killed or wounded … and three had gone missing". */
export const GONE_MISSING = ['had gone missing', 'have gone missing', 'has gone missing', 'went missing', 'are missing', 'were missing'];

/**
 * Where the troops were sent, read like a place before a headline's participle: "More Than Half Of North Korean Troops
 * Sent To Russia Injured Or Killed".
 */
export const SENT_TO_A_PLACE = ['sent to', 'deployed to', 'dispatched to'];
/**
 * Where the people came from or what they belong to, before what happened to them: "Two soldiers from North Korea,
 * captured by Ukrainian forces", "nine members of the regiment died".
 */
export const FROM_A_PLACE = ['from', 'of'];

/**
 * North Korea's losses named, with no count, its people the ones who suffer them: "North Korean troops have suffered
 * heavy losses", "North Korean casualties have risen", "casualties among North Korean soldiers", "North Korean soldiers
 * killed in Kursk". A number restated after it ("The NIS estimated the toll at around 3,000") counts them. Not North
 * Korea as the one who kills ("A North Korean missile killed 12 people"), nor both sides' forces together.
 */
export const LOSSES_NAMED = {
  /** After North Korea's people, a few words apart: "North Korean troops have suffered heavy losses". */
  sufferedNouns: ['casualties', 'losses'],
  people: ['troops', 'soldiers', 'forces', 'units', 'servicemen', 'personnel', 'fighters', 'men'],
  reach: 3,
  /** Losses dealt, not suffered: "North Korean troops have inflicted heavy casualties on Ukrainian units". */
  dealt: ['inflicted', 'inflicting', 'inflict', 'inflicts', 'caused', 'causing', 'cause', 'causes', 'dealt'],
  /** Right after North Korea's name: "North Korean casualties", "North Korea's losses". */
  ownNouns: ['casualties', 'losses', 'death toll'],
  /** Before North Korea's people: "casualties among North Korean soldiers", "the deaths of North Korean soldiers". */
  beforeNouns: ['casualties', 'losses', 'deaths', 'death toll', 'dead', 'killed', 'wounded'],
  links: ['among', 'of'],
  /** Their people said lost, the participle and where or when after it: "North Korean soldiers killed in Kursk". */
  participles: ['killed', 'wounded', 'injured'],
  participleLinks: ['in', 'during', 'since', 'so far'],
  /** Both sides' forces together: "casualties among North Korean and Russian troops". */
  joinedWith: ['and russian', 'or russian', 'and ukrainian', 'or ukrainian'],
  /** The most of North Korea's losses a restated number may be: every estimate on record is far below it. */
  ceiling: 100_000,
};
/** Russia's losses named in the sentence that restates a number, which is theirs then: "Russia's losses are far higher". */
export const RUSSIA_LOSSES_NAMED = {
  owners: ["russia's", 'russian', "moscow's"],
  nouns: ['losses', 'casualties', 'dead', 'troops', 'forces', 'soldiers'],
};

/**
 * Losses told in a relative clause of a country, the count right after its verb: "North Korea's shells helped Russia,
 * which has lost 45,000 troops". "which" and a verb in the singular, as a country takes: not "troops sent to Russia,
 * which have lost 4,000", nor "soldiers fighting for Russia, who have lost"; verbs of suffering, not "which killed".
 */
export const LOSSES_OF_A_COUNTRY = {
  pronoun: 'which',
  auxiliaries: ['has', 'had'],
  adverbs: ['so far', 'already', 'now', 'reportedly', 'since'],
  verbs: ['lost', 'suffered', 'sustained'],
  /** The side fought for or sent to, no country the clause is said of: "fighting for Russia, which lost 4,000 men". */
  notAfter: ['for', 'to', 'with', 'alongside', 'beside'],
};

/** Words of a list of losses, read past the commas between them: "were killed, wounded, or missing". */
export const TOLLS_LISTED = ['killed', 'wounded', 'injured', 'missing', 'captured', 'dead'];

/**
 * What may open a clause before the first of a pair of counts, leaving the pair its subject: nothing, a word that
 * joins the clause on ("…, while 1,000 North Korean and…"), or a speaker's verb of saying or finding ("CSIS found
 * nearly 1.2 million Russian troops and close to 600,000 Ukrainian troops were killed").
 */
export const PAIR_OPENS = {
  openers: ['and', 'but', 'while', 'whereas', 'that', 'as', 'with', 'some', 'about', 'around'],
  finding: ['found', 'finds', 'shows', 'show', 'showed'],
};

/**
 * Captives sent home, to the side they fought for: "the 1,000 prisoners of war recently repatriated by Ukraine to
 * Russia" are Russia's, not North Korea's named before them.
 */
export const RETURNED_HOME = {
  verbs: ['repatriated', 'returned', 'sent back', 'handed over', 'handed back', 'swapped back'],
  link: 'to',
  /** Only captives: not "1,000 soldiers sent back to Russia's Kursk region after recovering". */
  captives: ['prisoners', 'prisoner', 'pows', 'pow', 'captives', 'captured', 'prisoners of war'],
  /** Words that may stand between the verb and "to": "by Ukraine", "last week". */
  between: 4,
};

/**
 * Wounded sent to North Korea to heal are Russia's: "the rehabilitation of hundreds of wounded soldiers in Korean
 * sanatoriums and hospitals", "hundreds of wounded had been sent to North Korea for treatment"; not North Korea's own
 * "sent back to North Korea for treatment".
 */
export const HEALED_IN_NORTH_KOREA = {
  care: ['rehabilitation', 'rehabilitated', 'sanatorium', 'sanatoriums', 'sanatoria', 'recuperation', 'convalescence'],
  places: ['in north korea', 'to north korea', 'to the dprk', 'in the dprk', 'in korean', 'in north korean'],
  /** North Korea's own, sent home: "sent back to", "returned to", "repatriated to North Korea for rehabilitation". */
  notHome: ['back', 'returned', 'repatriated', 'evacuated'],
};
