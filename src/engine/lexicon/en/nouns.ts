/**
 * What the noun after a number is. A noun is one of `heads`, optionally after one
 * of `before` ("artillery shells"); `notBefore` are words after which a head is
 * no such noun ("round trips"). Kind 'none' ends the search: the number counts
 * something Rangefinder does not measure ("240 rocket launchers", "four oblasts").
 * Checked in order at each word; the first that matches there names the noun.
 */
import type { NounKind } from '../../measures';
import { CALIBRE_UNITS as SHELL_CALIBRES } from './counts';
import { LIVES, PRISONERS } from './losses';
import { WORKERS } from './sending';

export interface NounWords {
  readonly kind: NounKind;
  readonly heads: readonly string[];
  readonly before?: readonly string[];
  readonly notBefore?: readonly string[];
}

/** Shells where the war is in sight; North Korea's own tests launch "projectiles" too. */
export const PROJECTILES = 'projectiles';
const LAUNCHERS = ['launcher', 'launchers', 'system', 'systems', 'piece', 'pieces', 'batteries', 'unit', 'units', 'vehicles'];
const TONS = ['ton', 'tons', 'tonne', 'tonnes'];
const OIL = ['oil', 'crude', 'fuel', 'petroleum'];
/**
 * What is done to things, not people, said of a count pointed back at: "Ukraine shot down 94 drones. 60 of them were shot
 * down over Kyiv" counts drones, no troops.
 */
export const DONE_TO_THINGS = {
  auxiliaries: ['were', 'was', 'have been', 'had been', 'has been'],
  // Not "destroyed", which the armies say of soldiers killed too.
  verbs: ['shot down', 'intercepted', 'downed', 'neutralised by air defence', 'neutralized by air defense'],
};
/** Animals are goods only where a sentence says they were given: not "100 animals died at the Kharkiv zoo". */
export const GIFTED_ONLY = {
  nouns: ['animals', 'zoo animals', 'exotic animals', 'rare animals', 'wild animals'],
  verbs: [
    ...['gift', 'gifts', 'gifted', 'presented', 'donated', 'transferred', 'delivered', 'given', 'gave', 'sent', 'shipment', 'shipped'],
    // "Russia airlifted 75 animals from the Moscow Zoo", "the Central Zoo of Pyongyang received more than 70 animals".
    ...['airlifted', 'flown', 'received', 'sending', 'sends'],
    // "the 24 additional animals are allegedly part of a payment for artillery shells".
    'payment',
  ],
};
/** Horses given in return, counted in their own unit, as goods are: "the 19 stallions and five mares". */
const HORSES = [
  ...['horses', 'stallions', 'mares', 'orlov trotters', 'purebred horses', 'purebred orlov trotters', 'thoroughbreds'],
  ...['pure-bred horses', 'thoroughbred horses', 'grey thoroughbred horses'],
  ...['orlov trotter horses', 'purebred orlov trotter horses'],
  // "a batch of 30 Orel trotters was sent to the DPRK", "24 Orlov Trotter sport horses".
  ...['trotters', 'orel trotters', 'sport horses', 'orlov trotter sport horses'],
  // "shipped 30 pedigreed horse to the North Korea", as the page has it.
  'horse',
];
/**
 * Horses counted by sex are a breakdown where the sentence counts the horses whole: "The 30 horses, five stallions and
 * 25 mares, were quarantined" (not "the 19 stallions and five mares" alone, the gift's only count).
 */
export const HORSES_BY_SEX = { parts: ['stallions', 'mares'], wholes: ['horses', 'horse', 'trotters'] };
const OIL_PRODUCTS = ['refined oil', 'refined petroleum', 'refined petroleum products', 'petroleum products', 'oil products', 'crude oil'];
const GOODS = [
  'rice',
  'food',
  'wheat',
  'grain',
  'flour',
  'corn',
  'oil',
  'crude',
  'fuel',
  'petroleum',
  'diesel',
  'fertilizer',
  'fertiliser',
  // "Pork exports from January to May amounted to 1,200 tons".
  ...['pork', 'meat', 'beef', 'sugar', 'barley', 'soybeans', 'potatoes'],
  // "22,000 tonnes of refined oil", "125 thousand barrels of petroleum products".
  ...OIL_PRODUCTS,
];
/** The people a casualty word describes rather than counts: "two wounded North Korean soldiers". */
export const DESCRIBED_PEOPLE = ['soldier', 'soldiers', 'troop', 'troops', 'serviceman', 'servicemen', 'personnel', 'fighters', 'men'];
export const DESCRIBED_PEOPLE_ORIGINS = ['north korean', 'russian', 'ukrainian', 'dprk', 'kpa'];
/** Casualty words that describe people when people follow them ("two wounded soldiers"), and count them otherwise. */
export const CASUALTY_ADJECTIVES = ['dead', 'killed', 'wounded', 'injured'];
/** Units a count of people may be members of: "members of the brigade". */
export const UNITS_OF_PEOPLE = [
  'brigade',
  'battalion',
  'regiment',
  'division',
  'unit',
  'corps',
  'contingent',
  'force',
  'platoon',
  'company',
  'team',
  // "about 1,500 members of the North Korean special forces".
  'forces',
];
/**
 * A unit of troops numbered by a bare count right after "of": "an advance party of 2,600 will go to Kursk", "a contingent
 * of 2,600 will arrive", in a sentence or passage about troops.
 */
export const UNIT_OF_COUNT = {
  /** Units of soldiers by their name alone. */
  military: ['contingent', 'advance party', 'battalion', 'brigade', 'detachment', 'division', 'regiment', 'vanguard'],
  /** Groups that are soldiers only in a sentence or passage about troops: "a first group of 2,600". */
  // Not "group" ("the Group of 20") nor "wave" ("a wave of 120 drones").
  groups: ['force', 'party', 'batch', 'tranche', 'rotation'],
  link: 'of',
};
/** Military units in the plural, whose people are soldiers: "two brigades of 6,000 people each". */
export const MILITARY_UNITS = ['brigades', 'battalions', 'regiments', 'divisions', 'units', 'platoons', 'companies', 'contingents'];
/** One unit, whose people a count of "people" or "citizens" after it are: "a “special Buryat battalion” of up to 3,000 North Korean citizens". */
export const NAMED_UNITS = ['brigade', 'battalion', 'regiment', 'division', 'contingent', 'detachment'];
/** A unit's people, soldiers where the sentence names the unit: "The regiment's efforts resulted in nine members being killed". */
export const UNIT_MEMBERS = 'members';
export const MEMBERS_OF = ['the', 'a', 'an', 'its', 'their'];
/** A unit's size, hyphened to its number: "a 1,500-strong special operations unit", "a 2,000-man battalion". */
export const UNIT_SIZE_SUFFIXES = ['strong', 'man', 'member', 'soldier', 'troop', 'person'];
/** Ordinals on digits, as units are numbered: "the 12,000-strong North Korean 11th Army Corps". */
export const ORDINAL_SUFFIXES = ['st', 'nd', 'rd', 'th'];
/** Of those, the ones also said after a space: "the 12,000 strong North Korean contingent". */
export const UNIT_SIZE_SPACED = ['strong'];
/** A unit said to be so strong, its noun before the number: "This unit is about 3,000 strong". */
export const UNIT_SIZE_SAID = { copulas: ['is', 'are', 'was', 'were', 'is said to be', 'is believed to be'], reach: 30 };
/** A unit of these is no force: "a 250-strong contingent of North Korean workers". */
export const CIVILIAN_MEMBERS = [...WORKERS, 'students', 'doctors', 'medics', 'athletes', 'tourists', 'officials'];

/**
 * Shells made, used or held by a gun, not sent: "the plant's target is to produce 6,000 shells per month", "they may
 * expend an additional 7 million rounds", "onboard storage for 12 rounds of ammunition". Said right before the count.
 */
export const NOT_SUPPLIED_BEFORE = [
  ...['produce', 'produces', 'produced', 'producing', 'manufacture', 'manufactures', 'manufactured', 'manufacturing'],
  ...['expend', 'expends', 'expended', 'expending', 'storage for'],
  // A stock held, not shells sent: "is estimated to have tens of millions of artillery shells".
  ...['to have', 'possesses', 'stockpile of', 'stockpiles of'],
];
/** A weapon's rate of fire, said after the rounds: "one to two rounds every five minutes", "two rockets per minute". */
export const RATE_OF_FIRE = {
  every: ['every', 'each', 'per', 'a'],
  spans: ['minute', 'minutes', 'second', 'seconds', 'hour'],
  /** A gun's ration: "Ten shells per gun, per day". */
  guns: ['gun', 'barrel', 'howitzer', 'cannon'],
};

/**
 * Containers said to hold goods, not arms, are goods given: "North Korea has received some 9,000 containers mostly
 * containing food supplies". The words linking the containers to what they hold, and the goods.
 */
export const CONTAINERS_OF_GOODS = {
  adverbs: ['mostly', 'mainly', 'largely', 'chiefly', 'primarily', 'predominantly'],
  links: ['containing', 'carrying', 'loaded with', 'filled with', 'full of', 'of'],
  // "over 9,000 containers of aid in exchange for military support".
  goods: [...GOODS, 'food supplies', 'foodstuffs', 'humanitarian aid', 'supplies of food', 'aid'],
};

/**
 * Counts of a ship's comings and goings, which are shipments only where ships are named: "four Russian
 * ships visited Rajin 64 times to load weapons", "transported ammunition, making at least 32 trips".
 */
export const TIMES = 'times';
// "ferried thousands of containers full of North Korean munitions in at least 11 transits between Rajin and Russia".
export const VOYAGE_WORDS = ['trips', TIMES, 'visits', 'port calls', 'journeys', 'transits'];
/** Trips said to carry the cargo themselves, no ships named: "six trips have carried arms between the nations". */
export const VOYAGES_CARRYING = {
  // Trips and journeys only: not "Shoigu's three visits brought North Korea closer to supplying shells".
  voyages: ['trips', 'journeys'],
  auxiliaries: ['have', 'had', 'has'],
  verbs: ['carried', 'carrying', 'transported', 'transporting', 'delivered', 'delivering'],
  cargo: ['arms', 'weapons', 'munitions', 'ammunition', 'shells', 'missiles', 'military cargo', 'cargo'],
};
/** Ports the arms ships call at: "25 visits to Najin were made to load ammunition". */
export const ARMS_PORTS = ['najin', 'nadjin', 'rajin', 'rason', 'vostochny', 'dunai', 'vladivostok'];
export const VESSELS = [
  ...['ship', 'ships', 'vessel', 'vessels', 'freighter', 'freighters', 'cargo ship', 'cargo ships', 'by sea'],
  // The Russian cargo ships named as carrying North Korea's munitions.
  ...['angara', 'maia-1', 'maia 1', 'lady r', 'sparta iv'],
];
/** Rail stations the arms trains pass: "73 freight railcars at the Tumangang rail facility". */
export const ARMS_RAIL_STATIONS = ['tumangang', 'tumanggang', 'khasan', 'hasan'];
/**
 * Cargo that is not arms, whose voyages and wagons are no arms shipments where no arms are named: "North Korean oil
 * tankers made 43 trips to Vostochny".
 */
export const OIL_CARGO = [
  ...[...OIL, 'tanker', 'tankers', 'oil tanker', 'oil tankers'],
  // Nor any other cargo named: "railcars at Khasan loaded with coal", "ships carrying Russian wheat".
  ...['coal', 'fertiliser', 'fertilizer', 'wheat', 'flour', 'grain', 'seafood', 'fish', 'food', 'humanitarian'],
  ...['passenger', 'passengers', 'ferry', 'tourists', 'timber', 'horses', 'horse'],
];
/**
 * "times" counts missiles after a verb of launching them: "Russia has launched North Korean missiles at Ukraine
 * approximately 50 times". At most `reach` words between the verb and the missiles, and between them and the count.
 */
export const MISSILES_LAUNCHED = {
  verbs: ['launched', 'fired', 'used', 'struck with', 'attacked with', 'hit with', 'using', 'launching', 'firing'],
  missiles: ['missile', 'missiles', 'kn-23', 'kn-23s', 'kn-24', 'kn-24s'],
  reach: 8,
  /** Or the strike first, its missiles after the times: "has attacked Ukraine at least nine times with ballistic missiles supplied by North Korea". */
  strikes: ['attacked', 'struck', 'hit', 'targeted'],
  withAfter: ['with', 'using'],
};
/** A weapon named by its maker, who is no party to a strike's dead: "a suspected North Korean missile", "North Korean-made rockets". */
export const WEAPON_BY_MAKER = {
  made: '-made',
  weapons: [...MISSILES_LAUNCHED.missiles, 'rocket', 'rockets', 'shell', 'shells'],
};
/**
 * Munitions that go to Ukraine are none of North Korea's: "the first 50,000 to 100,000 artillery shells would come to
 * Ukraine in June" (the Czech initiative).
 */
export const SUPPLIED_TO_UKRAINE = {
  links: ['to', 'for'],
  names: ['ukraine', 'kyiv'],
  /** Words whose "to" names a maker, not the one supplied: "…missiles, according to Kyiv". */
  notLeadIns: ['according', 'close', 'known', 'told', 'said'],
  reach: 50,
  /**
   * Ukraine named before the shells as the one supplied: "to support Ukraine with a million rounds", "given to Ukraine
   * to deliver 1 million"; not "attacked Ukraine with about 60 North Korean KN-23 missiles".
   */
  before: ['to deliver', 'to supply', 'to provide', 'to send'],
  suppliedWith: [
    ...['support', 'supports', 'supported', 'supporting', 'supply', 'supplies', 'supplied', 'supplying'],
    ...['provide', 'provides', 'provided', 'providing', 'arm', 'arms', 'armed', 'arming', 'equip', 'equipped', 'equipping'],
  ],
};
/**
 * Said right after shells, a need or a fit, no supply: "75,000 shells are needed per month" to hold the front, "3.4
 * million 105mm shells compatible with some Ukrainian guns".
 */
export const SHELLS_NEEDED_AFTER = [
  ...['are needed', 'is needed', 'were needed', 'would be needed', 'will be needed', 'are required', 'is required'],
  // Not "about 5 million shells compatible with Russia's Soviet-era artillery", which North Korea shipped.
  ...['', 'some ', 'many '].flatMap((some) =>
    ['ukrainian', "ukraine's", 'nato', 'western'].map((whose) => `compatible with ${some}${whose}`),
  ),
];
/** "times" counts voyages only after a verb of calling at a port: "visited Rajin Port 64 times", not "three times larger". */
export const CALLING_VERBS = ['visited', 'called at', 'docked at', 'sailed to', 'headed to', 'travelled to', 'traveled to'];

/**
 * North Korea's adjective standing for its people where a verb or "to" follows it, as rewrites of wire copy put it:
 * "3,000 North Korean are already fighting", "the deployment of approximately 10,000 North Korean to Russia".
 */
export const ADJECTIVE_AS_PEOPLE = {
  adjective: 'north korean',
  people: 'north koreans',
  verbs: ['are', 'were', 'have', 'had', 'to', 'in', 'fighting', 'fought'],
  /**
   * Words for an army taken as its soldiers after the adjective, where a verb of theirs follows: "the number of
   * North Korean military deployed to Russia", "11,000 North Korean infantry were training".
   */
  collectives: ['military', 'infantry'],
  collectiveVerbs: ['deployed', 'sent', 'dispatched', 'stationed', 'training', 'who', 'killed', 'wounded'],
};

export const NOUNS: readonly NounWords[] = [
  // A barrage of missiles and drones together is Russia's attack, no count of missiles North Korea sent: "more than
  // 200 missiles and drones were launched by Russia".
  {
    kind: 'none',
    heads: ['drones', 'attack drones', 'uavs', 'shahed drones', 'shaheds'].flatMap((d) => [`missiles and ${d}`, `${d} and missiles`]),
  },
  // Tests counted, no missiles: "North Korea conducted 47 ballistic missile tests".
  {
    kind: 'none',
    heads: ['missile', 'ballistic missile', 'cruise missile', 'hypersonic missile'].flatMap((m) => [
      `${m} tests`,
      `${m} test-launches`,
      `${m} test launches`,
    ]),
  },
  // Workers on arms, no troops and no munitions: "thousands of technical personnel participating in defense projects in
  // Russia".
  { kind: 'none', heads: ['technical personnel', 'technical staff', 'technicians'] },
  // A headline's figure of speech, nothing counted: "Pyongyang's Ammunition: A Million Reasons to Worry", "5 things to know".
  { kind: 'none', heads: ['reasons', 'things', 'ways', 'questions', 'lessons', 'takeaways'] },
  // Livestock, no people and no figure: "A hundred of these dairy goats arrived from Saint Petersburg".
  { kind: 'none', heads: ['goats', 'dairy goats', 'female goats', 'male goats', 'cattle', 'cows', 'dairy cows', 'sheep', 'pigs'] },
  // Places captives are held, no captives: "This is one of five prisoner of war camps in Ukraine".
  {
    kind: 'none',
    heads: ['prisoner of war camps', 'prisoner-of-war camps', 'pow camps', 'prison camps', 'detention centres', 'detention centers'],
  },
  // Rounds of launches or talks, no rounds of ammunition: "North Korea launched two rounds of ballistic missiles"; nor
  // missile strikes or a vehicle's own missiles.
  {
    kind: 'none',
    heads: [
      ...['rounds of', 'round of'].flatMap((r) =>
        // Not "10 million rounds of missiles and long-range artillery shells", ammunition.
        ['ballistic missiles', 'missile launches', 'launches', 'missile tests', 'tests', 'talks', 'negotiations', 'sanctions'].map(
          (w) => `${r} ${w}`,
        ),
      ),
      // Strikes and launches counted, not the missiles: "Three missile hits were recorded", "two missile strikes".
      ...['missile', 'rocket'].flatMap((w) => ['hits', 'strikes', 'attacks', 'launches', 'tests'].map((l) => `${w} ${l}`)),
      // Armour, not its crews: "2,400 infantry fighting vehicles and armored personnel carriers".
      ...['infantry fighting vehicles', 'armored personnel carriers', 'armoured personnel carriers', 'fighting vehicles'],
    ],
  },
  {
    kind: 'none',
    heads: ['rocket', 'missile', 'artillery', 'multiple rocket', 'multiple-rocket'].flatMap((w) => LAUNCHERS.map((l) => `${w} ${l}`)),
    // The launchers' own ammunition is counted: "122 mm multiple rocket launcher shells".
    notBefore: ['shells', 'rounds', 'ammunition'],
  },
  // Before shells: "2,000 ammunition containers" counts containers.
  {
    kind: 'containers',
    before: [
      ...['shipping', 'sea', 'cargo', 'freight', 'standard', 'ammunition', 'arms', 'munitions', 'weapons'],
      ...['ammunition-laden', 'arms-laden', 'weapons-laden', 'munitions-laden'],
    ],
    heads: ['container', 'containers'],
    // "the four Russian container ships": ships, not containers.
    notBefore: ['ship', 'ships', 'vessel', 'vessels', 'port', 'ports', 'terminal', 'terminals'],
  },
  {
    kind: 'shells',
    before: [
      ...['artillery', 'mortar', 'tank', 'ammunition', 'rocket'],
      // "up to nine million artillery and missile munitions have been delivered from North Korea".
      ...['artillery and missile', 'missile and artillery'],
      // "more than 500,000 122 mm multiple rocket launcher shells": shells, not launchers.
      ...['multiple rocket launcher', 'multiple-rocket launcher', 'multiple launch rocket system', 'mlrs', 'mrl', 'rocket launcher'],
    ],
    heads: [
      ...['shell', 'shells', 'round', 'rounds', 'munitions', 'ammunition', 'ammo', PROJECTILES],
      // As translated copies put them: "up to 3 million artillery shots".
      'artillery shots',
      // Rounds as Korean reports put them in English: "the containers could carry up to three million bullets".
      ...['bullets'],
      // "millions of weapons and ammunition pieces", "millions of pieces of ammunition".
      ...['weapons and ammunition', 'weapons and munitions', 'pieces of ammunition', 'ammunition pieces'],
      // "about 1.5 million pieces of artillery ammunition".
      ...['pieces of artillery ammunition', 'rounds of artillery ammunition'],
      // Rockets counted with shells in one noun are artillery's: "millions of rockets and artillery shells".
      ...['rockets and artillery shells', 'rockets and shells', 'rockets and artillery', 'rockets and artillery rounds'],
      // …and so are missiles: "Russia is buying millions of missiles and shells from North Korea".
      ...['missiles and shells', 'missiles and artillery shells', 'missiles and artillery rounds'],
    ],
    // Nor where munitions are kept: "digging over 100 new munitions pits".
    notBefore: [
      ...['trip', 'trips', 'factory', 'factories', 'plant', 'plants', 'pit', 'pits', 'depot', 'depots', 'dumps', 'warehouses'],
      // "hundreds of North Korean munitions facilities are operating at approximately 30% of their capacity".
      ...['facility', 'facilities', 'workshops', 'production lines', 'complexes'],
    ],
  },
  {
    kind: 'missiles',
    // Not "cruise": North Korea's missiles in the war are ballistic; cruise missiles fired at Ukraine are Russia's own.
    before: ['ballistic', 'short-range', 'artillery', 'guided', 'anti-tank', 'kn-23', 'kn-24'],
    heads: [
      ...['missile', 'missiles', 'rocket', 'rockets', 'kn-23s', 'kn-24s'],
      // "148 KN-23 and KN-24 models by early 2025".
      ...['kn-23 and kn-24', 'kn-24 and kn-23', 'kn-23', 'kn-24'].map((name) => `${name} models`),
      ...['kn-23 and kn-24', 'kn-24 and kn-23'].flatMap((pair) => [pair, `${pair} missiles`]),
    ],
  },
  {
    kind: 'shipments',
    heads: [
      'shipment',
      'shipments',
      'voyage',
      'voyages',
      'deliveries',
      ...['arms', 'weapons', 'ammunition', 'munitions'].map((w) => `${w} deliveries`),
      'consignment',
      'consignments',
      'trainload',
      'trainloads',
      'cargo flights',
      'cargo shipments',
      'sea shipments',
      'round trips',
      'arms transfers',
      'weapons transfers',
      'munitions transfers',
      'observed trips',
      ...VOYAGE_WORDS,
      'railcars',
      // "five railway cars moving from Russia to North Korea".
      ...['railway cars', 'rail cars', 'railway wagons', 'train cars'],
      'freight railcars',
      'freight cars',
      'freight wagons',
      'carriages',
      'boxcars',
      'freight boxcars',
    ],
  },
  {
    kind: 'goods',
    heads: [
      ...['', 'metric ', 'short '].flatMap((m) => TONS.flatMap((t) => GOODS.map((g) => `${m}${t} of ${g}`))),
      'barrels',
      ...[...OIL, ...OIL_PRODUCTS].map((o) => `barrels of ${o}`),
      // "Putin gifted Kim Jong-un 24 purebred Orlov Trotters … as partial payment for artillery shells".
      ...HORSES,
      // "Putin has gifted North Korea's main zoo more than 70 animals, including a lion and two brown bears".
      ...GIFTED_ONLY.nouns,
    ],
  },
  { kind: 'tons', before: ['metric', 'short'], heads: TONS },

  {
    kind: 'casualties',
    heads: [
      'casualties',
      'casualty',
      'losses',
      'deaths',
      'fatalities',
      'injuries',
      'dead',
      'killed',
      'wounded',
      'injured',
      ...PRISONERS,
      'captives',
      'kia',
      'wia',
      // "the loss of nine lives", "cost 2,000 lives": lives counted are lives lost.
      LIVES,
    ],
    // "The two injured prisoners of war": a word of wounds before captives is theirs, the captives are counted.
    notBefore: [...PRISONERS, 'captives'],
  },
  {
    kind: 'personnel',
    heads: [
      'troop',
      'troops',
      // As rewritten copies word it: "greater than 10,000 troopers".
      'trooper',
      'troopers',
      // "The estimate of 11,000 North Korean boots on the ground in Kursk".
      'boots on the ground',
      'soldier',
      'soldiers',
      'serviceman',
      'servicemen',
      'service members',
      'servicemembers',
      'service personnel',
      'personnel',
      'fighters',
      'combatants',
      'forces',
      'men',
      'military personnel',
      'special forces',
      'commandos',
      'infantrymen',
      // "more than 500 North Korean infantry eventually managed to eject the 100 Ukrainian troops".
      ...['infantry', 'infantry soldiers', 'infantry troops', 'paratroopers', 'snipers', 'marines'],
      // "Zelensky said the two guys are in the custody of the Security Service of Ukraine".
      'guys',
      'conscripts',
      // "reports that 100,000 North Korean volunteers are prepared to come" (see NAMED_OWNER_ONLY_NOUNS).
      'volunteers',
      'mercenaries',
      'occupiers',
      'invaders',
      'recruits',
      'reinforcements',
      // "including 3,000 replacements following initial heavy losses".
      'replacements',
      // "Dozens of Putin's North Korean cannon fodder are to join the parade".
      'cannon fodder',
      'sappers',
      // Sappers as Russian calls them, in translation: "1,000 Pioneers Head to Kursk".
      'pioneers',
      'deminers',
      'builders',
      'specialists',
      'military workers',
      // Workers sent to rebuild Kursk, who are the military builders (see REBUILDERS); no others.
      'workers',
      'military builders',
      'military construction workers',
      'military construction builders',
      'construction workers',
      'mine clearance specialists',
      // "North Korea deploys 1,000 demining experts to Russia's Kursk region".
      ...['demining experts', 'demining specialists', 'mine clearance experts', 'mine-clearing experts', 'mine clearing experts'],
      // "5,000 military construction workers and 1,000 bomb disposal experts".
      ...['bomb disposal experts', 'bomb disposal specialists', 'bomb-disposal experts', 'explosive ordnance disposal experts'],
      'military engineers',
      'engineers',
      'combat engineers',
      'officers',
      'generals',
      // "approximately 40 North Korean instructors and 50 Russian soldiers were stationed in … Kursk Oblast".
      ...['instructors', 'military instructors', 'military advisers', 'military advisors'],
      'north koreans',
      // "3,000 N. Koreans dead or hurt".
      ...['n. koreans', 'n.koreans'],
      // "nearly 15,000 Russians have been killed in Kursk region": the other side's people, its losses.
      'russians',
      'people',
      'individuals',
      'persons',
      'others',
      'members',
      // "a “special Buryat battalion” of up to 3,000 North Korean citizens": people only where a unit or a loss says so.
      'citizens',
      'of them',
      'of those',
      // "at least 300 of these have been killed and 2,700 injured".
      'of these',
      'of whom',
      'of the troops',
      'of the soldiers',
      'of the north koreans',
      'their number',
      'their numbers',
      'their strength',
      'their ranks',
      'contingent',
      'expeditionary force',
      'force',
      'troop deployment',
      'deployment',
    ],
  },
  {
    kind: 'none',
    heads: [
      ...[
        'launcher',
        'howitzer',
        'gun',
        'tank',
        'drone',
        'vehicle',
        'system',
        'jet',
        'plane',
        'ship',
        'vessel',
        'port',
        'oblast',
        'region',
        // Places counted, not the troops there: "training was taking place at five military bases", "at four
        // training grounds".
        ...['base', 'camp', 'site', 'airfield', 'training ground', 'firing range', 'location'],
      ].flatMap((w) => [w, `${w}s`]),
      'facility',
      'facilities',
      ...[
        'province',
        'sector',
        'village',
        'town',
        'vote',
        'comment',
        'point',
        'goal',
        'run',
        'game',
        'page',
        'year',
        'month',
        'week',
        'day',
        'hour',
      ].flatMap((w) => [w, `${w}s`]),
      'aircraft',
      'cities',
      'times',
      'occasions',
      'countries',
      'nations',
      // "hundreds of different types of explosive devices": kinds of things, no people.
      ...['types', 'kinds', 'sorts', 'devices', 'mines', 'landmines'],
      // "Pyongyang sent some 260 “filth balloons” across the DMZ into South Korea".
      ...['balloons', 'leaflets'],
      // "Ukraine loses 40% of captured territory in Russia's Kursk".
      ...['territory', 'territories', 'captured territory', 'land'],
      'laborers',
      'labourers',
      'civilians',
      'children',
      'refugees',
      'students',
      'tourists',
      'shares',
      'wickets',
      'matches',
      'seats',
      'km',
      'miles',
      'hectares',
      'acres',
      'square',
      'sq',
      'barrels',
      'teu',
      'percent',
      'per cent',
    ],
  },
];

/** Words that may stand between a number and its noun ("64 separate shipments"). */
export const NOUN_MODIFIERS = [
  // "at least 10,000 large shipping containers".
  'large',
  'small',
  // "at least 6 million heavy artillery rounds".
  'heavy',
  // "hundreds of loaded and unloaded shipping containers".
  ...['loaded and unloaded', 'loaded', 'unloaded', 'empty'],
  // "North Korea has reportedly imported 24 expensive horses from Russia".
  ...['expensive', 'costly', 'premium', 'premium-priced', 'prized', 'valuable'],
  // "shipped 30 pedigreed horses", "30 gray Orlov Trotter horses".
  ...['pedigreed', 'pedigree', 'gray', 'grey'],
  // "three additional identical DPRK missiles", "two purported North Korean soldiers".
  ...['similar', 'purported', 'alleged', 'suspected', 'so-called'],
  // "Russian forces have sustained 15,000 irrecoverable losses".
  ...['irrecoverable', 'irretrievable'],
  // "millions of badly needed artillery shells".
  ...['badly needed', 'badly-needed', 'much-needed', 'much needed', 'sorely needed'],
  'calibre',
  'caliber',
  'north korea',
  'total number of',
  'number of',
  'individual',
  'special warfare',
  'special operations',
  'special operation',
  'special-forces',
  'storm',
  'assault',
  'infantry',
  'army',
  'construction',
  'demining',
  'mine clearance',
  'mine-clearance',
  'engineering',
  'engineer',
  'sapper',
  'mercenary',
  'launches',
  'deployed',
  'dispatched',
  'sent',
  'wounded',
  'injured',
  'captured',
  'detained',
  'dead',
  'deceased',
  'fallen',
  'slain',
  'such',
  'more',
  'additional',
  'extra',
  'further',
  'other',
  'separate',
  'different',
  // "more than 100 Hwasong-11 class missiles".
  'class',
  // "three additional identical DPRK missiles".
  'identical',
  'north korean',
  'north-korean',
  'north korean-made',
  'north-korean-made',
  // "at least one of the North Korean-supplied missiles", "Eight North Korea-made KN-23 missiles".
  ...['north korean', 'north-korean', 'north korea'].flatMap((made) =>
    ['supplied', 'produced', 'built', 'manufactured', 'provided'].map((how) => `${made}-${how}`),
  ),
  'north korea-made',
  'short-range',
  // "dozens of KN-23 model short range ballistic missiles".
  'short range',
  'model',
  // "around ten arms shipments".
  ...['arms', 'weapons', 'munitions'],
  // "roughly half of the initial deployment has been killed or wounded".
  ...['initial', 'original', 'entire', 'whole', 'overall'],
  // "6,700 munition containers"; "some 260 “filth balloons”", "trash balloons".
  ...['munition', 'ammo', 'filth', 'trash', 'garbage', 'propaganda'],
  'ballistic',
  'guided',
  'tactical',
  'n. korean',
  'n.korean',
  'n korean',
  // "two NK soldiers", "300 N.K. soldiers".
  'nk',
  'n.k.',
  'russian',
  'ukrainian',
  // "eight Russian paramilitary soldiers".
  'paramilitary',
  // "approximately 4,700 total casualties".
  'total',
  // Units of Russia's army: "eight Chechen fighters", "eight Kadyrovite soldiers".
  'chechen',
  'kadyrovite',
  'akhmat',
  'elite',
  'special',
  'regular',
  'active',
  'active-duty',
  'standing',
  // "the number of North Korean uniformed personnel deployed".
  'uniformed',
  'combat',
  // "over 10,000 North Korean ground troops".
  'ground',
  'frontline',
  'military',
  'korean',
  "korean people's army",
  'kpa',
  'new',
  // "dozens of its latest short-range ballistic missiles", "at least six possible North Korean-supplied ballistic missiles".
  ...['latest', 'newest', 'modern', 'advanced', 'upgraded', 'possible', 'probable'],
  'fresh',
  'of',
  'its',
  'their',
  'his',
  'the',
  'those',
  'these',
  'which',
  'and',
  'or',
  'trained',
  'well-trained',
  'armed',
  'heavily',
  'artillery',
  'dprk',
  // "Around 10,000 Democratic People's Republic of Korea (DPRK) combat troops".
  "democratic people's republic of korea",
  // "over 1,000 Pyongyang troops", "11,000 of Pyongyang's soldiers", "4,000 of Kim Jong-un's troops".
  'pyongyang',
  "pyongyang's",
  "north korea's",
  ...['kim', 'kim jong un', 'kim jong-un'].map((n) => `${n}'s`),
  'enemy',
  // "Around 12,000 of the country's elite soldiers", "as many as 11,000 of the secretive state's soldiers".
  ...["country's", "state's", "regime's", "kingdom's", 'secretive', 'reclusive', 'hermit'],
  // "more than 100 “Storm” Corps troops".
  'corps',
  'foreign',
  'fellow',
  'young',
  // Soldiers described by their worth: "a Russian military bolstered by thousands of skilled North Korean soldiers".
  ...['skilled', 'seasoned', 'experienced', 'inexperienced', 'disciplined', 'motivated', 'loyal', 'professional'],
  ...['highly', 'poorly', 'well', 'hardened', 'veteran', 'crack', 'handpicked', 'hand-picked', 'expendable', 'untested'],
  // …and by their state: "two bedridden and apparently injured North Korean soldiers" (not "badly", "seriously": read
  // past, a count of the wounded would reach a capture word far after it).
  ...['bedridden', 'apparently'],
  // "The two unnamed men were captured by Ukrainian forces".
  ...['unnamed', 'unidentified'],
  // "around 600 confirmed deaths", "4,000 battle casualties", "100 of North Korea's best troops".
  'confirmed',
  'reported',
  // "Russia has now reached one million estimated losses".
  'estimated',
  'known',
  'battle',
  'battlefield',
  'best',
];
/** "Russian-trained", "Soviet-made": a word with one of these after a hyphen modifies the noun. */
export const MODIFIER_SUFFIXES = [
  'trained',
  'armed',
  'flagged',
  'made',
  'built',
  'registered',
  'based',
  'led',
  'owned',
  'produced',
  'supplied',
  'class',
  'type',
  // "over 10,000 combat-ready North Korean troops", "battle-hardened", "well-equipped".
  ...['ready', 'hardened', 'tested', 'capable', 'equipped'],
];
/** Calibres and sizes a count's noun may carry: "152-mm shells", "20-foot containers" (calibres as counts.ts reads them). */
export const CALIBRE_UNITS = [
  ...SHELL_CALIBRES,
  'inch',
  // "about 300 20-foot containers".
  'foot',
  'ft',
];
export const CALIBRE_WORDS = ['calibre', 'caliber'];
/** Named missiles: "KN-23", "Hwasong-11". */
export const MISSILE_NAME_STEMS = ['kn', 'hwasong'];

/** Goods given in tonnes are given in the measure's unit, whatever the page calls the tonne. */
export const TONNE_UNIT = 'tonnes';

/** A copula between a count and its noun: "the vast majority, about 10,000, are combat units". */
export const PREDICATE_NOUN_COPULAS = ['are', 'were'];

/**
 * "Fighters" are aircraft in a sentence on an air force: "the current fleet of the Korean People's Army Air Force
 * consists of more than 400 fighters, 80 light bombers, and more than 200 transport aircraft".
 */
export const FIGHTER_JETS = {
  nouns: ['fighters'],
  aircraft: ['aircraft', 'bombers', 'jets', 'air force', 'fleet', 'planes', 'airplanes', 'warplanes', 'mig-29', 'su-27'],
};

/** A second noun of people right after the first, the head of both: "1,500 special forces soldiers already sent". */
export const PEOPLE_AFTER_PEOPLE = ['soldiers', 'troops', 'personnel', 'servicemen', 'fighters'];

/**
 * Kinds of a thing between a count's "of" and the thing: "several dozens of such types of North Korean ballistic
 * missiles" counts the missiles ("three types of missiles", with no "of" before, counts kinds).
 */
export const KINDS_OF = { link: 'of', pointing: ['such', 'these', 'those'], words: ['types', 'kinds', 'sorts', 'models', 'variants'] };

/** Things pointed back at by this word are the passage's, whoever used them: "Moscow fired 74 such missiles". */
export const THINGS_POINTED_BACK = ['such'];
/**
 * A few of the things named before, pointed back at: "Russian forces fired at least one of these ballistic missiles at
 * Ukraine" (North Korea's, named in the sentence before). At most `most` of them.
 */
export const FEW_POINTED_BACK = { words: ['of these', 'of those', 'of the'], most: 10 };

/**
 * A bare count carried by a verb only cargo takes, where North Korea is its subject: of the munitions the sentence or
 * the one before names ("The EU promised Ukraine 1,000,000 artillery rounds. Meanwhile, North Korea delivered 350,000
 * to Russia"). Where both shells and missiles are named, the count is of neither.
 */
export const CARGO_CARRIED = {
  // Not "transferred": "transferred 3,000 more" is as often said of troops.
  verbs: ['delivered', 'delivers', 'shipped', 'ships', 'supplied', 'supplies'],
  shells: ['shells', 'rounds', 'munitions', 'ammunition', 'ammo', 'projectiles'],
  missiles: ['missiles', 'rockets'],
  /**
   * Other things shipped, which the count may as well be of: "13,000 containers of munitions … In January alone, North
   * Korea shipped 2,000", "240mm multiple rocket launchers … delivered 120 to the Kursk front".
   */
  others: [
    ...['container', 'containers', 'launcher', 'launchers', 'howitzer', 'howitzers', 'gun', 'guns', 'vehicle', 'vehicles'],
    ...['railcar', 'railcars', 'wagon', 'wagons', 'systems', 'tons', 'tonnes', 'barrels', 'troops', 'soldiers'],
  ],
  /** Drones, named where a number restated or foreseen sent could count them: "2,000 are expected to be sent monthly". */
  drones: ['drone', 'drones', 'uav', 'uavs', 'shaheds', 'gerans'],
};

/**
 * An air force's tally of a night's attack, missiles counted beside drones or cruise missiles and said downed: "Air
 * defences intercepted two incoming cruise missiles, two ballistic missiles and 37 drones". Russia's barrage, no
 * missiles of North Korea's unless the sentence names North Korea.
 */
export const AIR_DEFENCE_TALLY = {
  downed: ['intercepted', 'shot down', 'downed', 'air defences', 'air defenses', 'air defence', 'air defense'],
  alongside: ['drones', 'cruise missiles', 'shaheds', 'uavs'],
};

/**
 * North Korea named as the one that sent the cargo counted, right before it, on a page about the war: its containers
 * are its arms for Russia though neither is named ("North Korea has sent about 28,000 containers, Seoul estimated").
 */
export const CARGO_SENT_BY_NK = {
  verbs: ['sent', 'shipped', 'delivered', 'supplied', 'transferred', 'exported', 'provided'],
  /** Goods of North Korea's trade, no arms: "containers of wigs and false eyelashes", "minerals", "textiles". */
  traded: [
    ...['wigs', 'eyelashes', 'minerals', 'textiles', 'clothing', 'garments', 'consumer goods', 'construction materials'],
    ...['coal', 'iron ore', 'seafood', 'fish', 'timber', 'hair', 'electricity', 'silk', 'ginseng'],
  ],
  auxiliaries: ['has', 'had', 'have', 'is estimated to have', 'is believed to have', 'may have'],
  reach: 2,
};
/** People counted only where their own words name North Korea: "100,000 North Korean volunteers", not Russia's. */
export const NAMED_OWNER_ONLY_NOUNS = ['volunteers'];
