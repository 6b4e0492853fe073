/**
 * The parties a passage can be about and a count can belong to, as English
 * reporting names them. Folded text: lower case, straight quotes, one space.
 */

/** Names of North Korea: any one makes a text about it (the scanner's gate). */
/** Countries whose citizens Russia recruits to fight, their dead and sent counted on their own. */
export const RECRUITING_COUNTRIES = ['tajikistan', 'uzbekistan', 'kazakhstan', 'kyrgyzstan', 'turkmenistan', 'nepal', 'sri lanka', 'cuba'];
export const RECRUITING_PEOPLES = [
  ...['tajik', 'uzbek', 'kazakh', 'kyrgyz', 'turkmen', 'nepalese', 'nepali', 'sri lankan', 'cuban', 'yemeni', 'indian'],
  ...['syrian', 'kenyan', 'african', 'central asian'],
];
export const NORTH_KOREA_NAMES = [
  'north korea',
  'north-korea',
  "north korea's",
  'north korean',
  'north-korean',
  'north koreans',
  'north-koreans',
  'n. korea',
  'n korea',
  'n korean',
  'n koreans',
  'n.korea',
  'n. korean',
  'n.korean',
  'n. koreans',
  'n.koreans',
  // "Around 300 N.K. soldiers killed, 2,700 wounded".
  'n.k.',
  'n.k',
  'dprk',
  'd.p.r.k',
  'd.p.r.k.',
  'pyongyang',
  'kim jong un',
  'kim jong-un',
  'kim jongun',
  // "Kim's regime has made about $20 billion from the war".
  ...["kim's regime", 'kim regime'],
  "korean people's army",
  "democratic people's republic of korea",
];

/** Words that carry a passage about North Korea on without naming it. */
export const CONTINUATION_HEADS = ['troops', 'soldiers', 'forces', 'units', 'men', 'fighters', 'shells', 'munitions', 'missiles', 'regime'];
export const CONTINUATION_DETERMINERS = ['these', 'those', 'the', 'its', 'his', "kim's"];
export const CONTINUATION_WORDS = ['kim', 'the north', 'korean', 'koreans'];

/** The forces a pair of both sides joined by a hyphen names: "joint Russian-North Korean units". */
export const PAIRED_FORCES = [
  ...['unit', 'units', 'force', 'forces', 'troops', 'soldiers', 'servicemen', 'personnel', 'contingent', 'contingents'],
  ...['group', 'groups', 'battalion', 'battalions', 'brigade', 'brigades', 'formations', 'detachments'],
];
/** Whose a count is: names and adjectives of each party, possessives included. */
/** The enemy, as a side at war names the other: Russia in Ukraine's words, Ukraine in Russia's. */
export const ENEMY_WORDS = ['the enemy', "the enemy's", 'enemy'];
/**
 * Russia's side as the speaker, whose "enemy" is Ukraine: "According to the Russian Defense Ministry, the enemy lost more
 * than 76,500 servicemen"; not Russia's side named otherwise ("a claim the Kremlin has not commented on").
 */
export const RUSSIAN_SIDE_SPEAKERS = {
  /** Said as the speaker: "according to the Russian Defense Ministry", "TASS reported". */
  before: ['according to'],
  after: ['said', 'says', 'reported', 'reports', 'claimed', 'claims', 'stated', 'announced'],
  /** Each also with "the" before it: "the Russian Defence Ministry said". */
  names: [
    ...['russian', "russia's"].flatMap((r) =>
      ['defense ministry', 'defence ministry', 'ministry of defense', 'ministry of defence'].map((m) => `${r} ${m}`),
    ),
    ...['the kremlin', 'tass', 'ria novosti', 'gerasimov', 'belousov', 'shoigu', 'peskov', 'zakharova'],
  ],
};
/** Russia's side's names as said, with "the" or without. */
export const RUSSIAN_SIDE_SPEAKER_NAMES = RUSSIAN_SIDE_SPEAKERS.names.flatMap((name) =>
  name.startsWith('the ') ? [name] : [name, `the ${name}`],
);

export const OWNER_NAMES = {
  north_korea: [
    ...['north korea', 'north-korea', 'north korean', 'north-korean', 'north koreans', 'north-koreans'].flatMap((n) => [n, `${n}'s`]),
    ...['n. korea', 'n.korea', 'n. korean', 'n.korean', 'n. koreans', 'n.koreans', 'n korea', 'n korean', 'n koreans'],
    'nk',
    'dprk',
    'pyongyang',
    "pyongyang's",
    ...['kim', 'kim jong un', 'kim jong-un', 'kim jongun'].flatMap((n) => [n, `${n}'s`]),
    'the north',
    "the north's",
    // Epithets before "the North": "accused the nuclear-armed North of sending more than 10,000 soldiers".
    ...['nuclear-armed', 'reclusive', 'isolated', 'communist', 'impoverished', 'secretive'].flatMap((a) => [
      `the ${a} north`,
      `the ${a} north's`,
    ]),
    'the regime',
    "the regime's",
    "korean people's army",
    // North Korea's missiles by name are its own, whoever fires them: "Russia launched 24 KN-23 missiles".
    ...['kn-23', 'kn-24', 'kn-23s', 'kn-24s', 'hwasong-11', 'hwasong-11a', 'hwasong-11b'],
  ],
  russia: [
    ...['russia', 'russian federation', 'russian', 'russians', 'moscow', 'the kremlin', 'putin'].flatMap((n) => [n, `${n}'s`]),
    // Putin as tabloids name him: "To date, Mad Vlad has lost 766,690 soldiers dead or wounded".
    ...['mad vlad', "mad vlad's"],
    // Chechnya's units fight in Russia's army: "eight Chechen fighters", "eight Kadyrovite soldiers".
    ...['chechen', 'chechens', 'akhmat', 'kadyrovite', 'kadyrovites'],
    // "The enemy's irretrievable losses amounted to 25,200", as Ukraine's officials word Russia's losses; never a
    // count of North Korea's own unless its words say so.
    ...ENEMY_WORDS,
    // "This year the aggressor wants to produce 2.7 million shells".
    ...['the aggressor', "the aggressor's", 'aggressor'],
    // Russia's name for its war: "the rehabilitation of hundreds of wounded SVO fighters in Korean sanatoriums".
    ...['svo', 'special military operation'],
    // "our soldiers neutralised more than 15,000 invaders", as Ukraine's officials name Russia's troops.
    ...['invaders', 'occupiers', 'occupying forces', 'occupation forces'],
  ],
  other: [
    // "military casualties from both sides have surpassed 1 million": the whole war's, no one side's.
    ...['on', 'from', 'of', 'for'].map((p) => `${p} both sides`),
    'each side',
    'both armies',
    ...['ukraine', 'ukrainian', 'ukrainians', 'kyiv', 'soviet', 'soviet union', 'iran', 'iranian', 'iranians', 'china', 'chinese'].flatMap(
      (n) => [n, `${n}'s`],
    ),
    ...['south korea', 'south korean', 'south koreans', 'seoul', 'the us', 'the u.s', 'the u.s.', 'us', 'u.s', 'u.s.'].flatMap((n) => [
      n,
      `${n}'s`,
    ]),
    ...['europe', 'zelensky'].map((n) => `${n}'s`),
    'ussr',
    // Countries whose citizens Russia recruits, counted among its foreign dead: "citizens of Tajikistan top the list of
    // foreign casualties with 72 deaths, followed closely by Uzbekistan with 66". By the countries' names only: not
    // "North Korean soldiers fighting alongside Nepalese and Cuban mercenaries have lost about 4,000 men".
    ...RECRUITING_COUNTRIES.flatMap((n) => [n, `${n}'s`]),
    // Their peoples by name, as civilians: "Among Nepalese nationals, 70 were reported killed", "Of the 72 Tajik citizens
    // confirmed dead" (not "Nepalese mercenaries", beside whom North Korea's soldiers may be counted).
    ...RECRUITING_PEOPLES.flatMap((people) => ['nationals', 'citizens', 'men', 'recruits'].map((who) => `${people} ${who}`)),
    // "Western partners, who promised to deliver a million rounds to Ukraine".
    ...['western partners', 'western allies', 'the west', "the west's", 'western countries', 'western nations'],
    // "the total number of foreign recruits runs into the tens of thousands": Russia's foreign legion.
    'foreign recruits',
    'foreign legion',
    // "At least 18,000 foreign nationals from 128 countries … 3,388 of them have been killed": those Russia recruits
    // abroad, or Ukraine's foreign volunteers; not "foreign troops" or "foreign fighters", which may be North Korea's own.
    ...['foreign nationals', 'foreign mercenaries'],
    // "at least 3,388 of these foreigners have been killed".
    'foreigners',
    // Iran, by its name and its missiles: "the Islamic Republic has provided Russia with around 400 short-range
    // missiles from the Fateh-110 family", "hundreds of “Zulfikar” missiles".
    ...['the islamic republic', 'fateh', 'fateh-110', 'fateh-360', 'zolfaghar', 'zulfikar'],
    'afghan',
    'afghanistan',
    'tehran',
    'beijing',
    'united states',
    'american',
    'americans',
    'washington',
    'nato',
    'european',
    'europe',
    'eu',
    'british',
    'britain',
    'uk',
    'french',
    'france',
    'german',
    'germany',
    'polish',
    'poland',
    'japan',
    'japanese',
    'tokyo',
    'israel',
    'israeli',
    'israelis',
    'hamas',
    'syria',
    'syrian',
    // Other wars North Korea's arms reach: "the conflict between the Sudanese army and a rival paramilitary group … has
    // left hundreds dead".
    ...['sudan', 'sudanese', 'yemen', 'yemeni', 'houthi', 'houthis', 'gaza', 'hezbollah', 'libya', 'libyan', 'myanmar'],
    'wagner',
    'czech',
    'czech-led',
    'prague',
    'slovak',
    'slovakia',
    'dutch',
    'netherlands',
    'danish',
    'denmark',
    'sweden',
    'swedish',
    'finnish',
    'finland',
    'norway',
    'norwegian',
    'baltic',
    'estonia',
    'estonian',
    'latvia',
    'latvian',
    'lithuania',
    'lithuanian',
    'romania',
    'romanian',
    'bulgaria',
    'bulgarian',
    'turkey',
    'turkish',
    'ankara',
    'india',
    'indian',
    'pakistan',
    'pakistani',
    'canada',
    'canadian',
    'australia',
    'australian',
    'italy',
    'italian',
    'spain',
    'spanish',
    'belarus',
    'belarusian',
    'minsk',
    'hungary',
    'hungarian',
    'greek',
    'greece',
    'serbia',
    'serbian',
    'taiwan',
    'taiwanese',
    'berlin',
    'paris',
    'london',
    'warsaw',
    'brussels',
  ],
} as const;

/** Names of Russia anywhere in a sentence ("a share of Russia's shells", "from arms sales to Moscow"). */
export const RUSSIA_NAMES = ['russia', 'russian', "russia's", 'moscow', "moscow's", 'kremlin'];
/** The sides a hyphened war's name pairs: "the Ukraine-Russia conflict", "the Russia/Ukraine war". */
export const WAR_SIDES_PAIRED = ['russia', 'russian', 'ukraine', 'ukrainian', 'north korea', 'north korean', 'dprk'];

/**
 * Clashes between the two Koreas: a sentence that tells of one and names no side or place of Russia's war, nor a
 * sending ("Kim inspected the North Korean navy as some 12,000 troops were sent abroad"), counts no
 * figure of it ("killing six South Korean soldiers, the North Korean navy is believed to have suffered over a dozen
 * deaths", "the North fired around 170 artillery shells onto Yeonpyeong", "Task Force Smith, 540 men vs 5,000 NK").
 */
// Not the words of the border itself ("the DMZ", "Panmunjom") nor South Korea's troops, which reporting on the war
// names too ("could pose a threat to South Korean troops").
export const PENINSULA_CLASHES = [
  ...['yeonpyeong', 'northern limit line', 'nll', 'task force smith', 'naval clash', 'naval skirmish', 'cheonan'],
  // The border islands as other outlets spell them: "Yongpyong Island", "Bengjong Island", "Baengnyeong".
  ...['yongpyong', 'yonpyong', 'yeonpyong', 'baengnyeong', 'baengnyeongdo', 'paengnyong', 'bengjong'],
  ...['south korean navy', 'north korean navy', 'south korean marines', 'south korean sailors'],
];
/**
 * Work and clashes at the border between the Koreas, told with no sending to Russia and no side of the war named: "North
 * Korean soldiers have suffered dozens of casualties from mine explosions while working near the DMZ" (not "Seoul's
 * officials who monitor the DMZ say about 3,000 North Korean soldiers have been killed or wounded").
 */
export const PENINSULA_BORDER = {
  places: ['dmz', 'demilitarized zone', 'demarcation line', 'inter-korean border', 'the border'],
  doings: [
    ...['mine', 'mines', 'landmine', 'landmines', 'mine explosions', 'mine blasts', 'lay mines', 'laying mines'],
    ...['barrier', 'barriers', 'wall', 'walls', 'fortify', 'fortifying', 'fortification', 'fortifications'],
    ...['crossed', 'crossing', 'crossings', 'warning shots', 'working'],
  ],
};
/**
 * The war's parties and places, one of which a sentence on North Korea's missiles (or the one before it)
 * must name, or a verb of supplying them must say: its missile tests into the sea are no part of the war.
 */
export const WAR_NAMES = [
  ...RUSSIA_NAMES,
  'ukraine',
  'ukrainian',
  "ukraine's",
  'kyiv',
  // "three additional identical DPRK missiles that struck Kiev and Zaporizhia".
  'kiev',
  'kharkiv',
  'kursk',
  'donetsk',
  'zaporizhzhia',
  'zaporizhia',
  'odesa',
  'dnipro',
  'the war',
  'the front',
  'the frontline',
  'front line',
];

/**
 * The war's parties, leaders and places, one of which a page must name, besides North Korea, for any figure of it to be
 * read: a page on North Korea's missile tests, its parades or its border with the South that never names Russia or
 * Ukraine says nothing of North Korea's part in the war. Not "the war" or "the front", which such pages say of other
 * things ("the Korean War", "in the front row").
 */
export const PAGE_WAR_NAMES = [
  ...WAR_NAMES.filter((name) => !name.includes('war') && !name.includes('front')),
  ...['putin', "putin's", 'pokrovsk', 'sudzha', 'donbas', 'crimea', 'luhansk', 'belgorod', 'bryansk', 'sumy'],
  ...['russians', 'ukrainians', 'zelensky', 'zelenskyy', 'zelenskiy', "zelensky's", "zelenskyy's", 'overseas operation'],
];

/**
 * Besides the war's names and verbs of supplying, what puts a count of North Korea's missiles in the war: given as
 * help ("The assistance also included … at least 100 ballistic missiles"), or the models it sent Russia ("over 100
 * KN-23 and KN-24 ballistic missiles").
 */
export const MISSILES_IN_THE_WAR = [
  ...['assistance', 'in addition to', 'kn-23', 'kn-24', 'kn-23s', 'kn-24s', 'hwasong-11'],
  // Missiles among goods shipped, which North Korea's own tests are not: "The shipments include nine million rounds of
  // artillery, more than 100 ballistic missiles".
  ...['shipments', 'shipment', 'deliveries', 'consignments'],
];
/**
 * Missiles said used right after their noun, which a test is not ("about 60 North Korean-made ballistic missiles have
 * been used"), unless the sentence tells of a drill or a test ("eight short-range missiles were used in the North's
 * artillery drill").
 */
export const MISSILES_USED = {
  after: ['have been used', 'has been used', 'were used', 'had been used'],
  notWith: ['drill', 'drills', 'exercise', 'exercises', 'test', 'tests', 'tested', 'launch', 'launches', 'simulating'],
};
/**
 * What is left of missiles that struck, found or examined, right before their count: "examined remnants of four North
 * Korean missiles found in July and August 2024"; not debris of a test said anywhere else ("debris fell in the East Sea").
 */
export const MISSILE_REMNANTS = {
  words: ['remnants of', 'debris of', 'fragments of', 'wreckage of'],
  notWith: ['fired', 'launched', 'detected', 'east sea', 'the sea', 'exclusive economic zone', 'eez', 'japan'],
};
/**
 * Said right after missiles, a launch of North Korea's own, however near the war is named: "shortly after North
 * Korea fired two short-range ballistic missiles off its east coast".
 */
export const MISSILES_TESTED_AFTER = [
  ...['its', 'the'].flatMap((whose) => ['east', 'west', 'eastern', 'western'].map((side) => `off ${whose} ${side} coast`)),
  ...['into the sea', 'into the east sea', 'into the sea of japan', 'toward the east sea', 'towards the east sea', 'into waters'],
  // "North Korea fired two ballistic missiles toward the sea Wednesday".
  ...['toward the sea', 'towards the sea'],
  ...['in a test', 'as a test', 'in tests', 'in a weapons test'],
  // Named with its long-range missiles and rockets, which were never sent to Russia: "29 ballistic missiles, including
  // four ICBMs".
  ...['icbm', 'icbms', 'intercontinental', 'slv', 'slvs', 'space launch', 'satellite launch'],
];

/** North Korea's own tests named just before its missiles: "the testing and firing of fifty missiles". */
export const MISSILES_TESTED_BEFORE = [
  ...['testing of', 'testing and firing of', 'test-firing of', 'test launches of', 'tested'],
  ...['test-fired', 'test fired', 'test-launched', 'test launched'],
];

/**
 * North Korea named as the one that launched the missiles just after: its own launch, wherever the war is named
 * around it ("the North launched two ballistic missiles in a northeasterly direction"). Russia fires the missiles it
 * was sent.
 */
export const MISSILES_LAUNCHED_BY_NK = {
  verbs: [
    ...['launched', 'fired', 'has launched', 'has fired', 'had launched', 'had fired', 'also launched', 'also fired'],
    // "North Korea lobbed over 200 artillery shells near South Korea's Yeonpyeong Island".
    'lobbed',
    // "North Korea was estimated to have fired about 20 shells as part of a training exercise".
    ...['was', 'is'].flatMap((aux) =>
      ['estimated', 'believed', 'thought', 'said', 'reported'].flatMap((hedge) =>
        ['fired', 'launched'].map((verb) => `${aux} ${hedge} to have ${verb}`),
      ),
    ),
  ],
  // As headlines tell it: "North Korea fires 200 artillery shells, South Korea forced to evacuate island town".
  headlineVerbs: ['fires', 'launches'],
  /** After the missiles, North Korea the agent: "two projectiles fired by North Korea on Thursday morning". */
  passive: ['fired by', 'launched by'],
  /** Not with Russia: "Russia and North Korea fired 20 ballistic missiles". */
  notWith: ['russia and', 'moscow and'],
  /** Nor at Ukraine, named after the missiles: "The North fired 20 KN-23 missiles at Kyiv". */
  targets: ['at', 'on', 'against', 'into'].flatMap((to) =>
    ['ukraine', 'ukrainian', "ukraine's", 'kyiv', 'kharkiv', 'zaporizhzhia', 'odesa', 'dnipro', 'lviv'].map((place) => `${to} ${place}`),
  ),
};

export const SUPPLYING = [
  'supplied',
  'supplies',
  'supplying',
  'provided',
  'providing',
  'delivered',
  'transferred',
  'shipped',
  'sent',
  'sold',
  // "North Korea has already handed over 1.5 million projectiles to the Russians".
  'handed over',
];

/** Names that are a newspaper, not a party: "the Washington Post". */
export const NOT_A_PARTY = ['washington post'];
/**
 * Things of one model or another, North Korea's the second: "five ballistic missiles of the Iskander-M or the North
 * Korean KN-23 model" are of either origin, North Korea's alone no more than Russia's.
 */
export const EITHER_MODEL = { links: ['of'], joiners: ['or'], words: 2 };
/** Things said to be of North Korea's model: "five missiles of the North Korean KN-23 type". */
export const OF_MODEL = { links: ['of'], nouns: ['type', 'types', 'model', 'models', 'make', 'design', 'variety'], words: 2 };
/** "Russian-flagged vessels": a ship's flag, not whose its cargo is. */
export const FLAG_SUFFIXES = ['flagged', 'registered', 'operated'];

/** Where the counted came from: "…sent from North Korea". */
export const ORIGIN_NAMES = ['north korea', 'pyongyang', 'the dprk', 'the north'];
/**
 * A list of munitions whose origin is said after its last item, all from there: "several dozen ballistic missiles and
 * millions of artillery shells from North Korea", "over one million ammunition shells, rockets, and missiles from".
 */
export const LISTED_MUNITIONS = {
  words: [
    ...['shells', 'shell', 'rockets', 'rocket', 'missiles', 'missile', 'ammunition', 'munitions', 'rounds', 'artillery'],
    ...['ballistic', 'short-range', 'launchers', 'launcher', 'multiple', 'systems', 'guns', 'mortar', 'mortars'],
    ...['anti-tank', 'of'],
  ],
  amounts: ['millions of', 'thousands of', 'hundreds of', 'dozens of', 'several dozen', 'several million'],
  joiners: ['and', 'or'],
  link: 'from',
  items: 4,
};
/**
 * The second of two parties named before, as the subject of the count's verb: "Russia plans to share technology with
 * North Korea after the latter provided thousands of troops" (North Korea's); "the former" the first.
 */
export const LATTER = {
  latter: 'the latter',
  former: 'the former',
  verbWords: 2,
  /** Not one that receives or speaks: "with the latter receiving some 6 million shells", "the former says 3,000 died". */
  notVerbs: [
    ...['receiving', 'received', 'receives', 'securing', 'secured', 'getting', 'got', 'obtaining', 'obtained'],
    ...['acquiring', 'acquired', 'buying', 'bought', 'purchasing', 'purchased', 'importing', 'imported'],
    ...['says', 'said', 'claims', 'claimed', 'estimates', 'estimated', 'reports', 'reported', 'believes', 'told'],
  ],
};
/** Words that open a clause of its own after a comma, besides subordinators: ", but", ", which". */
export const CLAUSE_OPENERS_AFTER_COMMA = ['but', 'which', 'who', 'yet'];
/**
 * Words an origin may be described by before its name: "from old Cold-War ally North Korea", "from the isolated state
 * of North Korea", "troops from the manic state of North Korea".
 */
export const ORIGIN_EPITHETS = [
  ...['ally', 'old ally', 'old cold-war ally', 'cold-war ally', 'its ally', 'longtime ally', 'neighbouring', 'neighboring'],
  ...['isolated', 'reclusive', 'hermit', 'secretive', 'manic', 'nuclear-armed', 'impoverished', 'communist'].flatMap((a) =>
    ['state', 'nation', 'country', 'regime'].map((n) => `the ${a} ${n} of`),
  ),
];
/** Words that say who gave what is counted, who owns it: "at least 60 ballistic missiles provided by North Korea". */
// "at least 10,000 soldiers were deployed by North Korea".
export const SUPPLIED_BY = ['provided', 'supplied', 'delivered', 'sent', 'shipped', 'transferred', 'deployed', 'dispatched'].flatMap(
  (verb) => [`${verb} by`, `${verb} to russia by`, `${verb} to moscow by`],
);
/**
 * Words that make what is said next true of a part only: "1,000 missiles, including dozens supplied by North
 * Korea", "2,000 shells many provided by North Korea".
 */
export const PART_WORDS = ['including', 'many', 'some', 'several', 'dozens', 'half', 'most', 'among', 'plus', 'of them', 'of which'];
/** …or a new clause, across which "were from North Korea" says nothing of the count: "fired 70 missiles and … several were from North Korea". */
export const NOT_ACROSS_TO_ORIGIN = [...PART_WORDS, 'and'];
/** Words that say where a count was made: "…missiles that may have been made in North Korea". */
export const MADE_IN = ['made', 'produced', 'manufactured', 'built', 'developed'].flatMap((verb) => [`${verb} in`, `${verb} by`]);
/** Said right after the counted, their origin: "20 missiles of North Korean origin". */
export const OF_ORIGIN = ['origin', 'make', 'manufacture', 'production'].flatMap((what) =>
  ['north korean', 'dprk'].map((whose) => `of ${whose} ${what}`),
);
/** Cargo said right after its count to be North Korea's: "1,000 containers of North Korean military equipment". */
export const CARGO_OF = ['of north korean', 'of dprk', "of north korea's", "of pyongyang's"];
/**
 * A part said to be made there, or to come from there: "Two of the five missiles Russia launched at Kharkiv were made in
 * North Korea", "2 out of 5 missiles Russia launched at Kharkiv are from North Korea".
 */
export const WERE = ['were', 'was', 'are', 'is'];

/** Peoples named after a number, who own it: "tens of thousands of Ukrainians". */
export const PEOPLES = {
  other: ['ukrainians', 'south koreans', 'iranians', 'americans', 'civilians', 'foreigners', 'foreign nationals', 'foreign recruits'],
  russia: ['russians'],
  north_korea: ['north koreans'],
} as const;
/**
 * A force's only modifier that names North Korea in this war, where no South Korean troops fight: "Russia has deployed
 * about 11,000 Korean servicemen on its territory".
 */
export const LONE_NK_ADJECTIVES = {
  adjectives: ['korean'],
  // Not in a sentence that names South Korea: "Seoul sent 300 Korean soldiers to the UN mission".
  unless: [
    ...['south korea', 'south korean', 'south koreans', 'seoul', 'rok', 'republic of korea'],
    // Nor another war's or Russia's own Koreans: "1.8 million Korean soldiers died in the Korean War", "300 Korean men
    // from Sakhalin".
    ...['korean war', '1950', '1953', '1950-53', 'ethnic', 'sakhalin', 'koryo-saram', 'koryo saram'],
  ],
};
/** The adjectives of the two parties, for a noun phrase naming both: "Russian and North Korean troops". */
export const PARTY_ADJECTIVES = { north_korea: ['north korean'], russia: ['russian'] };

/** Verbs that make a party's name right before them a clause's subject: "Russia has massed…". */
export const SUBJECT_VERBS = [
  ...['has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'could', 'may', 'might', 'can'],
  ...['plans', 'intends', 'wants', 'hopes', 'expects', 'massed', 'sent', 'deployed', 'moved'],
];
