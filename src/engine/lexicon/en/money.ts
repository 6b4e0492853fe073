/**
 * What money was for: a soldier's pay, payment for the troops, for weapons, or
 * what North Korea got in return. The cue nearest the amount decides.
 */

/** A soldier's pay: "$2,000 a month", "salaries". */
export const PAY_PHRASES = [
  ...['month', 'soldier', 'year', 'head', 'person', 'man', 'fighter'].map((w) => `per ${w}`),
  ...['month', 'year'].flatMap((p) => ['each', 'per', 'for each'].map((e) => `a ${p} ${e}`)),
  'a month',
  'monthly',
  'salary',
  'salaries',
  'wage',
  'wages',
  'paid each',
  'each soldier',
  // A state's soldiers sent, each paid for: "receiving $2000 for each of its soldiers in Russia", "Pyongyang gets $2,000
  // for every soldier sent to Russia"; not Russia's own ("a sign-up bonus of $20,000 to every soldier who joins", "$1
  // million for every soldier it lost").
  ...['each of its soldiers', 'every soldier'].flatMap((each) =>
    ['sent', 'deployed', 'dispatched', 'it sends', 'it sent', 'it deploys', 'in russia'].map((sent) => `${each} ${sent}`),
  ),
  'per-soldier',
];
/** After a period, what makes it a time, not a rate of pay: "rose … from a month earlier to $499 million". */
export const PERIOD_AS_TIME_AFTER = ['earlier', 'ago', 'before', 'later', 'after'];

/** Troops, as what money pays for: "for its troops", "troop deployment". */
export const TROOPS_PAID_FOR = [
  'troop',
  'troops',
  'troop support',
  'soldiers',
  'mercenaries',
  'personnel',
  'manpower',
  'fighters',
  'deployment',
  // "could earn up to $115 million a year … if it sends three or four engineering brigades".
  ...['brigades', 'engineering brigades', 'engineers', 'military engineers', 'sappers', 'construction troops'],
];
/**
 * A sending said as the condition or the means of the money: "could receive up to $115 million annually from Russia if it
 * sends three to four engineering brigades", "by sending engineering brigades".
 */
/** Who may be said to receive a sum whose sending is its condition: North Korea, or "it". */
export const RECEIVERS = ['north korea', 'pyongyang', 'the north', 'it', 'kim', 'the regime'];
export const RECEIVING_AUXILIARIES = ['could', 'can', 'may', 'might', 'would', 'will', 'is', 'be', 'set', 'to', 'able', 'stands'];
export const RECEIVING = ['receive', 'receives', 'received', 'receiving', 'get', 'gets', 'gain', 'gains', 'make', 'makes', 'obtain'];
/** What opens another clause after a sum, before a sending that is then no condition of it. */
/** What joins a supplier to its share: "Iran with 20%". */
export const SHARE_WITH = ['with', 'at'];
/** Another country's own arms trade, whose earnings are its own: "Russia's arms exports earned it about $15 billion". */
export const OTHER_ARMS_TRADERS = ["russia's", "moscow's", "china's", "iran's", "ukraine's", "america's", "the us's"];
/** Arms bought for the other side: "800,000 shells for Ukraine". */
export const FOR_UKRAINE = ['for ukraine', 'to ukraine', 'for kyiv', 'to kyiv'];
/** Earners of others' money, whatever arms the sentence names: "North Korea's IT workers earned about $600 million". */
export const OTHER_EARNERS = [
  ...['workers', 'laborers', 'labourers', 'hackers', 'restaurants', 'company', 'companies', 'firm', 'firms'],
  ...["gazprom's", 'gazprom', 'rosoboronexport', 'rosneft', "russia's arms exports"],
];
export const MEANS_CLAUSE_OPENERS = ['and', 'which', 'who', 'but', 'while', 'as'];
/** …and what opens one with no comma: "after North Korean troops helped retake it by deploying 11,000 soldiers". */
export const MEANS_CLAUSE_JOINERS = ['after', 'while', 'whereas'];
export const SENDING_AS_MEANS = {
  links: ['by', 'if it', 'if pyongyang', 'if north korea', 'if the north'],
  verbs: ['sending', 'deploying', 'dispatching', 'sends', 'deploys', 'dispatches'],
  /** Words of its count between the verb and the troops: "three to four", "two more". */
  words: 4,
};
/** Troops named in a sentence of what they earn: the above, or one soldier ("each North Korean soldier sent to fight…"). */
export const TROOPS_EARNING = [...TROOPS_PAID_FOR, 'soldier'];
/** Weapons, as what money pays for: "for weapons", "arms deals". */
export const ARMS_PAID_FOR = ['weapons', 'arms', 'munitions', 'ammunition', 'shells', 'missiles'];
/** A kind said before the arms paid for: "$3 billion worth of artillery shells", "in ballistic missiles". */
export const ARMS_KINDS = ['artillery', 'ballistic', 'military', 'north korean', 'short-range'];
/** Who the troops or arms are: "for its troops", "for north korean soldiers". */
export const PAID_FOR_OWNERS = [
  ...['its', 'the', 'north korean', "north korea's", 'these', 'the north korean'],
  // "Kim gets about $2 billion a year for his soldiers".
  ...['his', 'their', "kim's", "pyongyang's"],
  // "as much as $140 million for every 10,000 troops".
  ...['every', 'each'],
];
/** "for sending its troops": the sending paid for. */
export const SENDING_FOR = ['sending', 'deploying', 'dispatching', 'providing', 'supplying'];
/** "for the dispatch of North Korean soldiers": the sending paid for, as a noun. */
export const SENDING_OF = ['dispatch of', 'deployment of', 'sending of'];
/** "for the supply of weapons": the supplying paid for, as a noun. */
export const SUPPLY_OF = ['supply of', 'supplies of', 'delivery of', 'deliveries of', 'provision of', 'sale of', 'sales of', 'transfer of'];
/** How a count of troops paid for may be given: "for sending between 5,000 to 20,000 soldiers". */
export const PAID_FOR_COUNT_QUALIFIERS = ['between', 'up to', 'some', 'about', 'around', 'over', 'more than', 'at least'];
export const PAID_FOR_COUNT_JOINERS = ['to', 'and'];
/** Whose troops a payment names between number and noun: "for 10,000 North Korean troops". */
export const TROOP_ORIGINS = ['north korean'];
/** Trade in arms: "arms deals", "weapons exports". */
export const ARMS_TRADE = [
  ...['deal', 'deals', 'sales', 'deliveries', 'exports', 'supplies', 'transfers', 'trade'],
  // "The munitions shipments may have brought Pyongyang $540 million".
  'shipments',
];
/** The trade named before the arms: "sales of weapons", "exports of munitions to Russia brought in $540 million". */
/** North Korea's trade named by its supplier alone, arms unsaid: "the value of North Korean supplies to Russia". */
export const SUPPLIER_NAMED = {
  suppliers: ['north korean', "north korea's", "pyongyang's", 'dprk'],
  // Not trade or exports, which may be of coal to China.
  supplies: ['supplies', 'deliveries', 'transfers', 'shipments'],
  /** …and where they went: not "the value of North Korean supplies to China". */
  to: ['to russia', 'to moscow'],
  /** Or their value said after them: "The North Korean shipments to Russia are valued at about $1.5 billion". */
  valued: ['valued at', 'worth', 'estimated at', 'estimated to be worth'],
};
export const ARMS_TRADE_OF = ['sale', 'sales', 'export', 'exports', 'deliveries', 'supplies', 'transfers'];
export const TROOP_DEALS = {
  // "Pyongyang stands to gain hundreds of millions of dollars from the deployment".
  troops: [
    ...['troop support', 'troop deployment', 'troop dispatch', 'from the deployment', 'from deploying'],
    // "The troop deal could be worth as much as $1.5 billion", "The mercenary deal brings Pyongyang".
    ...['troop deal', 'troops deal', 'mercenary deal', 'mercenary deals'],
  ],
  deals: ['deal', 'payment', 'payments'],
  dealt: ['troops', 'soldiers', 'manpower'],
};
/** "arms … worth", "deployment valued at": a value said after the thing. */
// "arms valued between £1.4 billion and £4.5 billion".
export const VALUE_LINKS = ['worth', 'valued at', 'valued', 'amounting to', 'totaling', 'totalling'];
/**
 * A value with no currency, its scale in words: "North Korea had sent to Russia weapons worth 5.5 billion", "arms
 * supplies, reportedly worth billions".
 */
export const UNSAID_VALUE_SCALES = ['million', 'billion', 'trillion', 'millions', 'billions', 'trillions'];
/** Words between the arms and their value: "The shells North Korea shipped to Russia are valued at". */
export const VALUE_LINK_REACH = 6;
/** Arms may also cost; a deployment's price is said with the words above only. */
export const COST_LINKS = ['costing', 'cost'];
export const TROOPS_VALUED = ['troops', 'soldiers', 'deployment'];
/**
 * What arms or troops brought North Korea, said before the amount with them as the subject: "The shells sold to Russia
 * may have earned Pyongyang up to $5 billion", "The deployment of troops could bring North Korea more than $600
 * million". Troops "earn" their own pay, so only arms take "earned".
 */
export const BROUGHT_IT = {
  troops: ['bring', 'brings', 'brought', 'netted', 'generated'],
  arms: ['bring', 'brings', 'brought', 'netted', 'generated', 'earned', 'earn'],
  /** Words between the subject and the verb ("sold to russia may have"), and between the verb and the amount. */
  reach: 6,
  after: 3,
  /** Not what soldiers carried: "North Korean soldiers brought home $2,000 each". */
  notAfter: ['home', 'back'],
};
/**
 * What the war earned North Korea, arms and troops together, as the record counts them: "turned the war into a $20
 * billion bonanza", "earned $20 billion from the war". Only where North Korea is named as the earner: not "Russia has
 * lost $1 trillion from the war", nor "a bonanza for Russia's defence industry".
 */
const WAR_EARNINGS_WORDS = [
  ...['bonanza', 'windfall', 'from the war', "from russia's war", 'from war', 'from the conflict'],
  // As headlines clip it: "Pyongyang earned $20bn from Russia war".
  ...['from russia war', 'from ukraine war', "from russia's ukraine war"],
  // "North Korea has earned an estimated $20 billion since the war began".
  ...['since the war began', 'since the start of the war', 'since the invasion began'],
];
/** Money made "from arms", likewise North Korea's only where it is named as the earner: not "Ukraine received $60 billion from weapons packages". */
const ARMS_WORDS = ['arms', 'weapons', 'munitions', 'ammunition'];
const EARNED_FROM_ARMS = [
  ...ARMS_WORDS.map((arms) => `from ${arms}`),
  // "North Korea earned $9.8 billion from the weapons it sent to Russia".
  ...['the', 'its', 'their'].flatMap((whose) => ARMS_WORDS.map((arms) => `from ${whose} ${arms}`)),
  // "USD540 million from exporting munitions to Russia".
  ...['exporting', 'selling', 'supplying'].flatMap((verb) => ARMS_WORDS.map((arms) => `from ${verb} ${arms}`)),
];
export const EARNED_BY_NAMED = [...WAR_EARNINGS_WORDS, ...EARNED_FROM_ARMS];
export const ARMS_SOLD_FROM = [
  ...['from arms sales', 'from weapons sales'],
  // "pocketing more than $20 billion from arms and military assistance": arms first, counted as arms.
  ...EARNED_FROM_ARMS,
  // What the war earned it, arms and troops together, as the record counts them (see WAR_EARNINGS).
  ...WAR_EARNINGS_WORDS,
  // Arms and troops together, counted as arms: "earned over $20 billion from its military support to Moscow".
  ...['from', 'through'].flatMap((p) => ['to', 'for'].flatMap((to) => [`${p} its military support ${to}`, `${p} military support ${to}`])),
  // "North Korea's military cooperation with Russia has brought in some $20 billion".
  ...['military cooperation with russia', 'military cooperation with moscow'],
  // "North Korea's military support for Russia has generated about 28 trillion won".
  ...['for', 'to'].flatMap((to) => [`military support ${to} russia`, `military support ${to} moscow`]),
  // "North Korea's participation in Russia's war has brought its economy over $20 billion".
  ...['participation', 'involvement'].flatMap((part) => [`${part} in russia's war`, `${part} in the war`]),
  // "may earn up to 28 trillion won from its support for Russia".
  ...['from its support for', 'from its support to', 'from supporting russia', 'from its assistance to'],
  // Its support said bare, the war named elsewhere: "could earn as much as 28 trillion won ($20 billion) from its
  // support, the KIDA said".
  ...['from its support', 'from its military support'],
  // "may have received up to $20 billion from its involvement in the war", "paid … $20 billion for its support".
  ...['from its involvement in', 'from its participation in', 'from its role in', 'for its support', 'for its military support'],
  // "payments … for its military aid to Moscow".
  ...['for its military aid', 'for its military assistance'],
  // "The value of North Korea's support to Russia is estimated at $20 billion".
  ...["north korea's", "pyongyang's", 'its'].flatMap((whose) => [`value of ${whose} support`, `value of ${whose} military support`]),
  // "North Korea earned approximately $5.4 billion by providing military equipment to Russia".
  ...['by providing', 'by supplying', 'by selling', 'by exporting'].flatMap((verb) =>
    ['military equipment', 'weapons', 'arms', 'munitions', 'ammunition'].map((arms) => `${verb} ${arms}`),
  ),
  // "received around 28 trillion won ($20 billion) in return for its military support".
  ...['in return for', 'in exchange for'].flatMap((p) =>
    ['its military support', 'military support', 'its support', 'its military assistance', 'military assistance'].map(
      (what) => `${p} ${what}`,
    ),
  ),
];
export const SELLING = ['exporting', 'selling', 'sold', 'supplying', 'providing', 'delivering'];

/** Words that name who aid is for: "to aid Ukraine", "assistance to Kyiv". */
export const AID_RECIPIENT_LINKS = ['to', 'for'];
/** North Korea named as who gets the money: aid only where no other cue says what it paid for. */
export const AID_RECIPIENTS = [
  ...['north korea', 'pyongyang'].flatMap((n) => [`to ${n}`, `for ${n}`]),
  ...['received', 'gained', 'got', 'obtained'].map((v) => `north korea ${v}`),
];
/** Words that open another clause after a comma, where what a sum paid for is no longer read: ", and paid for the troops". */
export const PURPOSE_CLAUSE_OPENERS = ['and', 'but', 'while', 'whereas', 'which'];
/** Verbs of money made for North Korea by its own people or schemes, no aid given: "generated $5 million for Pyongyang". */
export const MADE_FOR_NK = ['generated', 'generating', 'raised', 'raising', 'laundered', 'laundering', 'funneled', 'funnelled'];
/** Pay cues that say only a period, which a count of troops paid for outweighs: "$22 million a month for 11,000 troops". */
export const PERIOD_ONLY_PAY = ['a month', 'monthly'];
/** More than any one soldier is paid in a month, in any currency the pay is reported in (won included). */
export const MOST_ONE_SOLDIER_IS_PAID = 10_000_000;
/**
 * More than one soldier is paid in a month in dollars: a sum a state receives for each soldier above it is paid for
 * the troops ("Pyongyang could receive as much as $200,000 for each soldier sent"); below it, it is the pay reported
 * ("North Korea would receive up to $2,000 from Russia for each soldier it deployed").
 */
export const MOST_ONE_SOLDIER_IS_PAID_USD = 20_000;
/** Goods given to North Korea, said right before it: "1,080 tons … went to the DPRK", "supplied to North Korea". */
export const GIVEN_TO = [
  ...['went to', 'supplied to', 'delivered to', 'sent to', 'shipped to', 'exported to'],
  // "30 purebred Orlov Trotter horses were in fact loaded on the train heading towards North Korea".
  ...['heading to', 'heading towards', 'headed to', 'headed for', 'bound for', 'destined for'],
];
/** Given for what North Korea gave: "about 1 million barrels of oil in return". */
export const IN_RETURN = ['in return', 'in exchange'];
/** What North Korea got in return: aid, oil, technology. */
export const AID_WORDS = [
  'assistance',
  'aid',
  ...IN_RETURN,
  'technology',
  'technological',
  'technologies',
  'oil',
  'petroleum',
  'food',
  'fuel',
  'investment',
  'windfall',
  // Goods given, whatever for: "$1 billion in goods to North Korea for its troops".
  ...['in goods', 'worth of goods'],
  // North Korea's own money released to it: "Russia has unfrozen $9 million of North Korean assets".
  // Not "backed by the earnings from frozen Russian assets".
  ...['unfrozen', 'unfreeze', 'unfreezes', 'unfreezing', 'unblocking of', 'frozen north korean', 'north korean assets'],
  ...['north korean funds', 'frozen assets belonging to pyongyang', 'frozen assets belonging to north korea'],
  // "NYT: Russia Allowed Release of $9 Mln in Frozen N. Korean Assets".
  ...['frozen n. korean', 'n. korean assets', 'n. korean funds'],
  ...AID_RECIPIENTS,
  // Goods valued right before the amount are what was given, whatever they were given for: "supplied North Korea with oil
  // worth $500 million in return for its military support".
  ...['oil', 'petroleum', 'fuel', 'food', 'wheat', 'flour', 'grain', 'rice', 'technology', 'technologies'].flatMap((goods) =>
    VALUE_LINKS.map((link) => `${goods} ${link}`),
  ),
];

/**
 * What North Korea earns, said just before the amount: "translating to yearly revenue of $200 million".
 * In a sentence about its troops sent, that is what the troops earn it; elsewhere it is the economy's.
 */
export const EARNINGS = [
  ...['revenue', 'revenues', 'income', 'profit', 'profits', 'earnings', 'earn', 'earns', 'earned', 'earning'],
  // "The arms trade may have netted Pyongyang as much as $20 billion".
  ...['netted', 'netting', 'pocketed', 'pocketing', 'raked in', 'raking in', 'brought in', 'bringing in', 'generated'],
  // A headline's present tense: "Pyongyang pockets $500m a year from troop deal".
  ...['pockets', 'nets', 'rakes in', 'brings in', 'generates'],
  // "the deployment of soldiers could bring in about $200 million annually".
  ...['bring in', 'rake in', 'net', 'generate'],
  // "The dispatch of 12,000 soldiers could yield North Korea $288 million a year".
  ...['yield', 'yields', 'yielded', 'yielding'],
];

/** Money that is an economy's size, not a payment: "total trade with China was $2.3 billion". */
export const NOT_PAYMENT = [
  'import',
  'imports',
  'gdp',
  'gni',
  'per capita',
  'budget',
  'economy',
  'turnover',
  'revenue',
  'income',
  'shortage',
  // A price, not a payment: "tickets priced at 45,000 rubles ($570)".
  ...['priced at', 'ticket', 'tickets', 'fare', 'fares'],
];
/**
 * Money said right after it to be for North Korea's own arms: "obtain billions of dollars for its weapons programs";
 * not "earned $5.5 billion, enough to fund its nuclear programme", paid first.
 */
export const FOR_OWN_PROGRAMS = {
  links: ['for', 'to fund', 'funding', 'to finance', 'financing'],
  /**
   * "to" links them only after a verb of funnelling before the amount: "IT workers … funnel millions of dollars to
   * Pyongyang's weapons programs" (not "Russia may be transferring $500 million to North Korea's missile programs").
   */
  funnelled: [
    'funnel',
    'funnels',
    'funneled',
    'funnelled',
    'funneling',
    'funnelling',
    'siphon',
    'siphoned',
    'channel',
    'channeled',
    'channelled',
  ],
  funnelledLink: 'to',
  owners: ['its', "pyongyang's", "north korea's", "the regime's"],
  programs: ['nuclear', 'weapons', 'missile', 'nuclear and missile', 'nuclear weapons', 'ballistic missile'],
  nouns: ['program', 'programs', 'programme', 'programmes'],
};
/**
 * Money stolen, said in the amount's own words: "hackers stole $1.5 billion", "$1.5 billion in cryptocurrency"; not
 * stolen money set beside a payment ("…stole $1.5 billion in cryptocurrency, while Russia paid $5 billion").
 */
export const STOLEN = {
  before: ['stole', 'stolen', 'stealing', 'steal', 'hacked', 'looted', 'laundered'],
  after: ['in cryptocurrency', 'in crypto', 'of cryptocurrency', 'in crypto assets', 'worth of cryptocurrency', 'in stolen'],
  /** …or anywhere in its own clause: "North Korean hackers made off with $1.5 billion in Ethereum, and Russia paid…". */
  inClause: [
    ...['hackers', 'hacker', 'hack', 'hacks', 'heist', 'theft', 'thefts', 'stole', 'stolen', 'made off with'],
    ...['crypto', 'cryptocurrency', 'cryptocurrencies', 'ethereum', 'bitcoin', 'digital assets', 'virtual assets'],
  ],
};
/**
 * Trade statistics named anywhere in the sentence make its amounts trade: "Trade figures collated by the ITC Trade
 * Map show Russian shipments to North Korea falling from a relatively modest $8.4 million".
 */
export const TRADE_STATISTICS = [
  // "Trade in dollar terms with North Korea rose about 12 percent in June … to $499 million".
  ...['trade in dollar terms', 'trade with north korea', 'trade with pyongyang', 'bilateral trade', 'trade volume'],
  'trade figures',
  'trade data',
  'trade statistics',
  'customs data',
  'customs figures',
  'customs statistics',
  'trade map',
  // Prices of tourism: "a week-long trip to North Korea, including 4 days at the Wonsan Kalma resort, costs around 1,800 USD".
  ...['trip to north korea', 'tour to north korea', 'tours to north korea', 'package tour', 'package tours', 'kalma resort'],
];
/** Exports are the economy's trade, except "arms exports", which are sales. */
// Trade too, except "the arms trade".
export const EXPORTS = ['export', 'exports', 'trade'];
/** Arms as traded: "arms deals", "weapons exports". */
// "The shell deliveries netted Pyongyang at least $1.7 billion".
export const ARMS_TRADED = ['arms', 'weapons', 'munitions', 'ammunition', 'shell', 'artillery', 'missile'];
/** Earnings arms brought in, said after them: "The arms trade generated revenue of $5.5 billion for Pyongyang". */
export const ARMS_EARNED = { earnings: ['revenue', 'revenues', 'income', 'profit', 'profits'], reach: 3 };
export const WOULD_BE_ENOUGH = ['would be enough', 'could be enough'];

/** Pay that is not a North Korean soldier's: workers, residents, Russian or foreign soldiers. */
export const OTHER_PAY = [
  'workers',
  'residents',
  'laborers',
  'labourers',
  'russian soldiers',
  'foreign soldiers',
  'foreign mercenaries',
  'foreign fighters',
  'defectors',
  'civilians',
  // "the average monthly salary of a North Korean government employee is just $1–$3".
  ...['employee', 'employees', 'civil servant', 'civil servants'],
  // "job postings for Korean interpreters, some offering salaries as high as $4,000 per month".
  ...['interpreter', 'interpreters', 'translator', 'translators'],
  // "package tours to the Kalma resort … at $1,840 per person": a price, no pay.
  ...['tour', 'tours', 'tourists', 'travel agency', 'resort'],
];
/**
 * Others' pay, where the sentence names no North Korean soldier: a country's wages ("The average salary on the island
 * is about $20"), and the pay Russia offers others it recruits ("salaries of about $2,000 a month" to Cubans, Yemenis
 * "for working at a UAV factory"). Not "North Korean soldiers are paid $2,000 a month, the same as Cuban recruits".
 */
/**
 * Said before goods said to go to North Korea, no gift of Russia's: the sanctions' cap ("Sanctions permit just 500,000
 * barrels of refined petroleum to North Korea annually") or others' aid ("The World Food Programme delivered 10,000
 * tonnes of food to North Korea").
 */
export const NOT_RUSSIA_GIVING = [
  ...['permit', 'permits', 'permitted', 'limit', 'limits', 'limited', 'cap', 'capped', 'ceiling', 'quota', 'allowed'],
  ...['world food programme', 'world food program', 'wfp', 'unicef', 'humanitarian agencies', 'china', 'chinese'],
];
/** Russia and another giving together, no gift of Russia's alone: "China and Russia legally supplied more than 100,000 barrels". */
/** Hedges of an amount given again in another unit: "1 million barrels, or roughly 56,000 tons". */
export const RESTATED_AMOUNT_HEDGES = ['roughly', 'about', 'around', 'some', 'nearly', 'approximately'];
export const GIVEN_WITH_ANOTHER = {
  givers: ['china and russia', 'russia and china', 'beijing and moscow', 'moscow and beijing'],
  // The pair as the giver, not "while China and Russia blocked new sanctions".
  verbs: ['supplied', 'supply', 'supplies', 'shipped', 'ship', 'ships', 'delivered', 'provided', 'provide', 'exported', 'sent', 'sold'],
  // Or the pair's trade reported, named as a noun: "only Russia and China have reported legitimate sales of".
  reported: ['reported', 'legitimate', 'legal', 'official'],
  nouns: ['sales', 'deliveries', 'exports', 'shipments'],
  reach: 2,
};
export const OTHERS_PAY = [
  // "the average worker in North Korea earns around KPW 2,000 … a month", where no soldier is named (not "paid $2,000 a
  // month, far more than the average worker earns").
  'average worker',
  ...['average salary', 'average wage', 'average monthly salary', 'average monthly wage', 'average official salary'],
  ...['cuba', 'cubans', 'cuban', 'nepal', 'nepalis', 'nepali', 'nepalese', 'sri lankans', 'sri lankan', 'indians'],
  ...['yemen', 'yemenis', 'houthis', 'kenyans', 'africans', 'syrians', 'for working', 'factory'],
  // "young Iraqis are being enticed to enlist … promising passports and salaries of about £2,100".
  // Not "mercenaries", as Ukraine's officials call North Korea's own troops.
  ...['iraq', 'iraqis', 'iraqi', 'foreign recruits'],
];
/** Words that say a sentence is about soldiers' pay. */
export const PAY_WORDS = [
  ...['soldier', 'soldiers', 'troops', 'fighters', 'conscripts', 'wage', 'wages', 'salary', 'salaries', 'paid'],
  // "$2,000 a month to die in Ukraine?"
  'to die',
];

/** A share of Russia's ammunition: what the share is of. */
export const AMMUNITION = ['shell', 'shells', 'ammunition', 'munitions', 'artillery', 'rounds', 'ammo', 'projectiles'];
/** Said of shells that do not work. */
export const NOT_WORKING = ['inoperative', 'defective', 'duds', 'faulty', 'unusable', 'malfunctioned', 'malfunctioning', 'inoperable'];
/** A share of what works or of a factory's capacity is no share of Russia's ammunition: "only 4% are in working condition". */
/**
 * A share of other goods, said in the share's own clause: "China is supplying 80% of the critical electronics for
 * Russia's drones, North Korea is providing 40% of its artillery shells".
 */
export const OTHER_GOODS_SHARED = ['electronics', 'microelectronics', 'components', 'chips', 'machine tools', 'drones', 'oil'];
/** A rate of work named before the share, no part of supplies: "the operating rate of … munitions factories was only 30%". */
/** A unit's price, said right after the amount: "at a price of $67 per barrel", "$1,000 a shell". */
export const PRICE_PER_UNIT = ['per', 'a', 'an'].flatMap((per) =>
  ['barrel', 'ton', 'tonne', 'shell', 'round', 'missile', 'rocket', 'litre', 'liter', 'gallon'].map((unit) => `${per} ${unit}`),
);
export const RATES_OF_WORK = ['operating rate', 'operation rate', 'utilization rate', 'utilisation rate', 'capacity utilization'];
export const RATE_OF_WORK_SAID = {
  reach: 60,
  links: ['was', 'is', 'were', 'are', 'at', 'of', 'reached', 'stood at', 'to'],
  hedges: ['only', 'just', 'about', 'around', 'nearly', 'roughly'],
};
export const NOT_A_SUPPLY_SHARE = [
  ...['capacity', 'of capacity', 'of their capacity', 'of its capacity', 'in working condition', 'working'],
  ...NOT_WORKING,
  // A share of spending: "Russia is now spending some 40% of its budget on defence".
  ...['its', 'the', 'the federal', 'its federal', 'the state', 'the national'].map((whose) => `of ${whose} budget`),
  ...['of gdp', 'of its gdp', 'of government spending', 'of state spending', 'of public spending'],
  // A price or a growth rate: "at roughly a quarter of the cost", "posted 10.7 percent growth last year".
  ...['of the cost', 'of the price', 'growth', 'rise', 'increase', 'decline', 'drop'],
  // Another's output set beside Russia's: "100,000 artillery shells per month … less than half of Russia's monthly
  // production".
  ...["russia's", 'its', 'the', 'their', "moscow's"].flatMap((whose) =>
    ['', 'monthly ', 'annual ', 'yearly ', 'total ', 'own '].flatMap((when) =>
      ['production', 'output'].map((made) => `of ${whose} ${when}${made}`),
    ),
  ),
];
/**
 * Said later of the shells a share is of, what they are: "over half of the more than a million artillery shells
 * sent to Russia from North Korea are defective", "Half of … shells from North Korea proven inoperable".
 */
export const SHARE_SAID_TO_BE = ['are', 'were', 'is', 'was', 'proven', 'proved', 'found', 'found to be', 'been'];

/** Said of a part, where it came from: "half of the 10 million shells Russia fired came from North Korea". */
export const CAME_FROM = ['came', 'come', 'comes', 'coming', 'originated', 'originate', 'originates', 'originating'];
/** A limit, not goods given: "more than the UN-imposed annual cap of 500,000 barrels of refined oil". */
export const LIMIT_OF = [
  ...['cap of', 'limit of', 'ceiling of', 'quota of', 'maximum of', 'limited to', 'capped at'],
  // What may be given, or is needed, not what was: "Quotas … allow over 60,000 tonnes", "needs 5 million tons of grain".
  ...['allow', 'allows', 'need', 'needs', 'require', 'requires'],
  // What a plant works, not what is given: "a major supplier …, processing 7.5 million tons of oil a year".
  ...['processing', 'processes', 'produces', 'producing', 'refining', 'refines'],
];
/** Goods asked for, not given: "DPRK authorities asked Russia to give them 50 thousand tons of wheat". */
export const ASKED_FOR = {
  verbs: ['asked', 'asks', 'asking', 'urged', 'urges'],
  giving: ['give', 'send', 'provide', 'supply', 'deliver'],
  /** Words between the verb of asking and "to", and after the verb of giving: "asked Russia to give them". */
  reach: 3,
};
/**
 * A soldier said to earn an amount, before it: "Each North Korean soldier sent to Russia is reported to earn $2,000".
 * One soldier (a determiner of one), then up to `reach` words, then a verb of earning.
 */
export const ONE_SOLDIER_EARNS = {
  determiners: ['each', 'every', 'a', 'one', 'the average'],
  soldiers: ['soldier', 'fighter', 'serviceman', 'trooper', 'conscript', 'recruit'],
  reach: 8,
  verbs: ['earn', 'earns', 'earning', 'receive', 'receives', 'receiving', 'get', 'gets', 'paid', 'make', 'makes'],
  /** Said between the verb and the amount, when a qualifier does not take them: "to earn as much as $2,000". */
  hedges: ['about', 'around', 'roughly', 'up to', 'as much as'],
};
/**
 * The state said to receive a sum for each soldier, before it: "Pyongyang could receive as much as $200,000 for each
 * soldier sent" is paid for the troops, not to one of them.
 */
export const STATE_RECEIVES = {
  verbs: ['receive', 'receives', 'received', 'receiving', 'earn', 'earns', 'earned', 'earning', 'get', 'gets', 'got'],
  /** The state by other names: "the $30,000 the state is receiving from Russia for each soldier killed". */
  states: ['the state', 'the regime', 'the north korean government', 'the north korean regime', 'the north korean state'],
  reach: 2,
};
/** No soldier is paid a million dollars: "earn $80 million per month by sending 40,000 soldiers" is paid for them all. */
export const LEAST_PAID_FOR_TROOPS_USD = 1_000_000;
/** A weight that is a missile's, not cargo's: "a warhead weighing 4.5 tons", "payloads of half a ton to 2.5 tons". */
export const WEIGHT_OF_ONE = [
  ...['weighing', 'weighed', 'weighs', 'weigh', 'payload', 'payloads', 'warhead', 'warheads'],
  // What one missile carries: "Ballistic Missiles Capable Of Carrying A 4.5 Ton" warhead.
  ...['capable of carrying', 'able to carry'],
  // A vessel's size: "the vessel could displace 5,000–7,000 tons".
  ...['displace', 'displaces', 'displacing', 'displacement', 'displacement of'],
];
/** One thing's weight said after its tonnes: "a missile that can fire a 4.5 ton “super-large” warhead". */
export const WEIGHED_AFTER = { things: ['warhead', 'warheads', 'payload', 'payloads', 'bomb', 'vessel', 'ship', 'submarine'], words: 2 };
/** Tonnes, containers and shipments count only as military cargo. */
export const MILITARY_CARGO = [
  'military',
  'equipment',
  'weapon',
  'weapons',
  'arms',
  'ammunition',
  'munitions',
  // "Russia receives 6,700 munition containers from North Korea".
  'munition',
  'shell',
  'shells',
  'materiel',
  'missile',
  'missiles',
  'rocket',
  'rockets',
  'artillery',
  'explosives',
];

/** The period a pay cue names: "$2,000 a month", "$200 million a year". */
export const PAY_PERIODS = { year: ['year', 'yearly', 'annual', 'annually'], month: ['month', 'monthly'] } as const;

/** A vague amount said "in" these is money though no currency is written: "billions in weapons sales to Moscow". */
export const MONEY_UNSAID = ['sales', 'deals', 'revenue', 'revenues', 'earnings', 'exports', 'payments', 'profits', 'income'];

/** Money said to go to an economy is a gain, not the economy's size: "has brought its economy over $20 billion". */
export const ECONOMY_GAINED = {
  verbs: ['brought', 'gave', 'given', 'added to', 'injected into', 'pumped into'],
  owners: ['its', 'the', "north korea's", "pyongyang's"],
  economy: 'economy',
};

/** Who gives for Russia besides its names: "Putin keeps Kim Jong-un sweet by giving him 24 purebred horses". */
export const RUSSIAN_GIVERS = ['putin', "putin's"];
/** …never where Putin is the one given to: "Kim Jong Un gave Putin 24 purebred horses". */
export const GIVEN_TO_PUTIN = ['gave', 'gives', 'giving', 'gifted', 'sent', 'to', 'for', 'presented'];

/**
 * Things Russia gave North Korea's leader, counted where he (or North Korea) is named receiving them right before the
 * count: "Kim was also gifted five one-way attack drones", "The leader of the DPRK received five kamikaze drones",
 * "received three gifts from Russian President Vladimir Putin", "lavish military gifts including “five kamikaze drones".
 */
export const GIVEN_TO_NORTH_KOREA = {
  receivers: [
    ...['kim', 'kim jong un', 'kim jong-un', 'north korea', 'pyongyang', 'the north korean leader', 'north korean leader'],
    ...['leader of the dprk', 'the dprk', 'the dprk leader'],
  ],
  verbs: ['received', 'receives', 'acquired', 'obtained', 'got'],
  /** Verbs of giving, read only in the passive: "Kim was also delivered five drones", not "North Korea has delivered 100 drones to Russia". */
  passiveVerbs: ['given', 'gifted', 'presented with', 'delivered', 'handed'],
  passive: ['was', 'were', 'been', 'is', 'are'],
  /** Words between the receiver and the verb: "was also", "had been", "has reportedly". */
  between: 4,
  /** How the gift may be named between the verb and the count. */
  asGifts: ['as gifts', 'as a gift', 'a gift of', 'the gift of'],
  /** Gifts listed after the word: "gifts including". */
  listed: ['gifts including', 'gifts of', 'gifts that included', 'presents including'],
  things: [
    ...['drone', 'drones', 'gifts', 'presents', 'fighter jets', 'jets', 'helicopters', 'rifles', 'vests'],
    ...['air defence systems', 'air defense systems', 'air-defence systems', 'air-defense systems'],
  ],
  /** Words that may stand between the count and the thing: "five one-way attack drones". */
  modifiers: 3,
  /**
   * Giving in the active, its receiver named: before the count ("The governor gave Kim five kamikaze drones"), or after
   * the things given ("has given five explosive drones, a spy drone and a bulletproof jacket to Kim Jong as a gift",
   * "five kamikaze drones made in the same region also sent to Kim").
   */
  giving: ['gave', 'given', 'gifted', 'presented', 'handed', 'sent'],
  /** Words between the verb of giving and the count, or between the things and "to" their receiver. */
  givingBetween: 2,
};
