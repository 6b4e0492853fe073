/**
 * The words by which English reporting says who made a figure: "the NIS said",
 * "according to Zelensky", "citing a military intelligence report", "Seoul's
 * estimate of". Plain lists, lower case as folded text has them; attribution.ts
 * compiles them into the shapes of a phrasing. Who the words name is the
 * corpus's business (each body's aliases), not the lexicon's.
 */

/**
 * Verbs of saying and estimating, their maker before them ("the NIS said") or after ("said Kirby"). Bare
 * forms that are also nouns ("estimate", "report", "claim") are left out: in "Zelensky, who rejected the
 * NIS estimate, said…" the NIS is named, not heard.
 */
export const SAYING_VERBS = [
  'said',
  'says',
  'say',
  'told',
  'tells',
  'tell',
  'estimated',
  'estimates',
  'reported',
  'reports',
  'claimed',
  'claims',
  'stated',
  'states',
  'announced',
  'announces',
  'confirmed',
  'confirms',
  'believes',
  'believe',
  'assessed',
  'assesses',
  'assess',
  'revealed',
  'reveals',
  'wrote',
  'writes',
  'noted',
  'notes',
  'added',
  'warned',
  'warns',
  'disclosed',
  'briefed',
  'informed',
  'indicated',
  'indicates',
  'indicate',
  // "South Korean intelligence sources estimate that", "The NIS also analyzed that": the bare forms are nouns too, and
  // read as verbs only before "that" with no determiner or owner before them (NOUN_BEFORE_VERB).
  ...['estimate that', 'report that', 'assess that', 'analyzed that', 'analysed that'],

  'suggested',
  'suggests',
  'suggest',
  'showed',
  'shows',
  'show',
  'concluded',
  'calculated',
  'counted',
  'acknowledged',
  'insisted',
  'alleged',
  'accused',
  'asserted',
  'asserts',
  'reveal',
  // "South Korean intelligence has information that the DPRK regime has sent more than 1,000".
  ...['has information', 'have information'],
  // "Shoigu was cited as saying by the Russian state news agency TASS": the maker before, the outlet a relay.
  ...['was', 'is', 'were'].flatMap((aux) => [`${aux} cited as saying`, `${aux} quoted as saying`]),
  // "The NIS puts the figure at 3,000."
  'puts',
  'put',
  'places',
  'placed',
] as const;

/** Verbs whose maker may follow them, after a quote or a comma: '…," said Kirby.' */
// "…, with an estimated total of 12,000 to come, reported South Korean media".
export const SAYING_VERBS_BEFORE_MAKER = ['said', 'says', 'added', 'wrote', 'noted', 'stated', 'reported', 'reports'] as const;

/** Words that stand between a maker and its verb: "the NIS has also said", "Kirby previously told". */
export const BETWEEN_MAKER_AND_VERB = [
  'has',
  'have',
  'had',
  'will',
  'would',
  'also',
  'previously',
  'earlier',
  'reportedly',
  'recently',
  'now',
  'again',
  'separately',
  'further',
  'later',
  'first',
  'already',
  'publicly',
  'officially',
  'then',
  // Korean wire copy: "the National Intelligence Service (NIS) here said".
  'here',
  // "The United States, Ukraine and Nato have each estimated".
  'each',
  // "The NIS last month said that about 300 … had died".
  ...['last', 'this'].flatMap((which) => ['week', 'month', 'year'].map((when) => `${which} ${when}`)),
  'yesterday',
  'today',
  ...['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].map((day) => `on ${day}`),
] as const;

/**
 * A verb of estimating before these is a participle of the counted, no maker's verb: "the 10,000 North Korean soldiers
 * assessed to be in Russia", "troops believed to have died".
 */
export const PARTICIPLE_AFTER_VERB = ['to be', 'to have', 'to number', 'to total'] as const;
/** …said right after the counted people's noun, not after a maker ("which the Pentagon assessed to have reached"). */
export const PEOPLE_BEFORE_PARTICIPLE = [
  ...['soldiers', 'troops', 'personnel', 'servicemen', 'men', 'fighters', 'forces', 'north koreans', 'workers'],
  ...['engineers', 'sappers', 'deminers', 'captives', 'prisoners', 'casualties', 'dead', 'wounded'],
] as const;
/**
 * A verb of estimating before a value's "at" is a participle of the thing valued, said right before it, no maker's verb:
 * "North Korea has received payments estimated at $1.2 billion", "losses put at 4,000"; not "the NIS estimated at least", nor
 * "at the time".
 */
export const VALUE_PARTICIPLE = {
  /** Verbs of estimating only: not "Ukraine's forces said at the time". */
  verbs: ['estimated', 'put', 'placed', 'assessed', 'valued'],
  at: 'at',
  /** Where the thing went or what it was of, one word after: "exports to Russia", "losses in Kursk". */
  links: ['to', 'of', 'in', 'from'],
  /** What may stand between "at" and the number: "estimated at around 3,000". */
  leads: ['about', 'around', 'some', 'roughly', 'approximately', 'nearly', 'almost', 'over', 'more than', 'up to'],
  things: [
    ...PEOPLE_BEFORE_PARTICIPLE,
    ...['payment', 'payments', 'revenue', 'revenues', 'earnings', 'income', 'profit', 'profits', 'sum', 'sums'],
    ...['losses', 'toll', 'exports', 'sales', 'deals', 'deliveries', 'shipments', 'supplies', 'transfers', 'value', 'worth'],
  ],
} as const;
/** A place after a body's short name in brackets, no part of the name: "(GUR) in Kyiv reported". */
export const PLACE_AFTER_BRACKETS = ['in', 'at', 'on'] as const;

/** A body's name goes on after its short name in brackets with these: "the National Intelligence Service (NIS) of South Korea". */
export const NAME_GOES_ON_AFTER_BRACKETS = ['of'] as const;

/**
 * A verb after these has no maker before it: it is passive ("troops were
 * reported killed"), an infinitive ("he declined to say") or an adjective after an article or a preposition ("with an
 * estimated total of 12,000").
 */
export const NO_MAKER_BEFORE_VERB = [
  ...['is', 'are', 'was', 'were', 'be', 'been', 'being', 'to', 'a', 'an', 'the'],
  // …or after a preposition: "with reported casualties reaching 48,670", "the number of reported deaths".
  ...['with', 'of', 'for'],
  // "amid reports of thousands of North Korean soldiers sustaining casualties": reports as a noun.
  ...['amid', 'despite', 'following', 'after', 'on', 'in', 'from'],
] as const;

/**
 * Verbs that are nouns too, read as nouns after a determiner or an owner: "Moscow denied a Ukrainian report that",
 * "The NIS stood by its estimate that", "South Korea's latest estimate that".
 */
export const NOUN_LIKE_VERBS = ['estimate that', 'report that', 'assess that'] as const;
export const NOUN_DETERMINERS = [
  ...['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those'],
  ...['new', 'latest', 'recent', 'earlier', 'previous', 'initial'],
] as const;

/** Words that cannot begin a maker after its verb: "said to number", "said it would". */
export const NOT_A_MAKER_AFTER_VERB = ['to', 'that', 'it', 'so', 'there', 'in', 'by', 'of', 'with', 'more', 'up'] as const;

/** Words before a maker: "according to the NIS", "citing Ukrainian intelligence", "estimated by the Pentagon". */
export const BEFORE_MAKER = [
  'according to',
  'as reported by',
  'reported by',
  'estimated by',
  'assessed by',
  'confirmed by',
  'announced by',
  'released by',
  'published by',
  'compiled by',
  'briefing by',
  'briefing from',
  'briefed by',
  'data from',
  'figures from',
  // "a Jan. 13 estimate from the NIS which said at least 300".
  ...['estimate from', 'estimates from', 'assessment from', 'assessments from', 'an estimate by', 'estimates by'],
  'a report by',
  'a report from',
  'an assessment by',
  // "according to an analysis of satellite images by the Open Source Center".
  ...['an analysis by', 'analysis by', 'images by', 'imagery by', 'a study by', 'a study from', 'an investigation by', 'research by'],
  'in the words of',
] as const;

/**
 * Makers joined as adjectives of one noun: "South Korean and Ukrainian intelligence", "US, South Korean and Ukrainian
 * intelligence agencies" name several, where "NATO and the Pentagon" name the Pentagon beside a body not on record.
 * As a name's key has them: no full stops ("us").
 */
export const MAKERS_JOINED = {
  adjectives: ['south korean', 'ukrainian', 'us', 'u.s.', 'american', 'british', 'western', 'japanese', 'european', 'allied'],
  joiners: ['and'],
} as const;

/**
 * News outlets, which carry a maker's figure more often than they make one: "The NIS said Pyongyang plans to send
 * around 10,000 troops, according to the Yonhap News". A maker named otherwise in the sentence outranks them.
 */
export const NEWS_OUTLETS = [
  ...['yonhap', 'yonhap news', 'yonhap news agency', 'reuters', 'associated press', 'the associated press', 'afp'],
  ...['agence france-presse', 'tass', 'ria novosti', 'ria', 'interfax', 'bloomberg', 'cnn', 'bbc', 'nhk', 'kyodo'],
  ...['kyodo news', 'the new york times', 'new york times', 'the wall street journal', 'wall street journal'],
  ...['the washington post', 'washington post', 'the guardian', 'the telegraph', 'the times', 'financial times'],
  ...['the financial times', 'the kyiv independent', 'kyiv independent', 'kyiv post', 'the kyiv post', 'nk news'],
  ...['daily nk', 'newsis', 'news1', 'ukrinform', 'ukrainska pravda', 'rbc-ukraine', 'unian', 'kbs', 'mbc', 'sbs'],
  ...['jtbc', 'chosun ilbo', 'the chosun ilbo', 'joongang ilbo', 'the joongang ilbo', 'korea joongang daily'],
  ...['the korea herald', 'korea herald', 'the korea times', 'korea times', 'dong-a ilbo', 'the dong-a ilbo'],
  ...['radio free asia', 'voice of america', 'voa', 'rfa', 'fox news', 'abc news', 'nbc news', 'cbs news', 'sky news'],
  ...['al jazeera', 'newsweek', 'politico', 'axios', 'the economist', 'nikkei', 'nikkei asia', 'the independent'],
] as const;

/**
 * Words before the body a relay repeats: "Yonhap reported, citing a military
 * intelligence report". The maker they name is the figure's, not the relay's.
 */
export const RELAY_BEFORE_MAKER = [
  ...['citing', 'cited', 'quoting', 'quoted'],
  // "…, Lee said, after a briefing from Seoul's National Intelligence Service".
  ...['after', 'following'].flatMap((when) => [`${when} a briefing from`, `${when} a briefing by`, `${when} being briefed by`]),
] as const;

/** What a maker's figure is called after its possessive: "Seoul's estimate of", "the NIS's latest assessment". */
export const MAKERS_FIGURE = [
  'estimate',
  'estimates',
  'assessment',
  'assessments',
  'figure',
  'figures',
  'tally',
  'count',
  'data',
  'numbers',
  'calculations',
  'report',
] as const;

/** Words a possessive may carry before the figure's noun: "Seoul's previous estimate". */
export const BEFORE_MAKERS_FIGURE = [
  'latest',
  'previous',
  'earlier',
  'initial',
  'new',
  'own',
  'updated',
  'revised',
  'official',
  'first',
  'last',
] as const;

/**
 * Words that end a maker's name, where the clause goes on: "the NIS said on
 * Monday", "said Kirby, who", "according to officials in Seoul who".
 */
/**
 * A link and a gerund after a maker named by "by" end its name, the charge going on: "accused by Kyiv of sending",
 * "criticised by the EU for supplying".
 */
export const CHARGE_AFTER_MAKER = { links: ['of', 'for'], gerund: 'ing' };
export const AFTER_MAKER = [
  // "estimated by some analysts to be as high as $2,000", "said by Seoul to number 10,000".
  'to be',
  'to number',
  'to total',
  'that',
  'which',
  'who',
  'whom',
  'whose',
  'while',
  'whereas',
  'when',
  'where',
  'but',
  'because',
  'although',
  'though',
  'if',
  'than',
  'as',
  'on',
  'at',
  'during',
  'after',
  'before',
  'since',
  'last',
  'this',
  'earlier',
  'today',
  'yesterday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'in a',
  'in an',
  'in its',
  'in his',
  'in her',
  'in their',
  'to reporters',
  'to journalists',
  'to lawmakers',
  'year',
  'month',
  'week',
  'published',
  'released',
  'issued',
  'submitted',
  'obtained',
  'provided',
  'posted',
  'dated',
] as const;

/** Words at the head of a maker that are not its name: "the NIS", ", and Kyiv said". */
export const BEFORE_NAME = ['the', 'a', 'an', 'and', 'or', 'with'] as const;

/** Makers named by a pronoun: their name is in a sentence before. */
/** Losses named in a headline's label before its colon, no maker: "Russian Casualties Soar: Nearly 790,000 Losses". */
export const LABEL_LOSSES = ['casualties', 'losses', 'death toll', 'deaths', 'dead'] as const;
/**
 * Prepositions of an agent before a maker a relative clause then speaks for: "a briefing by South Korea's spy agency,
 * which reported", "put forward by the Pentagon, which estimates"; not the object of a verb ("told CNN, which").
 */
export const AGENT_BEFORE_RELATIVE = ['by', 'from', 'with'] as const;
/** Verbs of saying set between commas as an interjection, no statement: "the deployment of, say, 100,000 troops". */
export const INTERJECTED_VERBS = ['say'] as const;
/** "claimed" with an object that is no statement: "The fighting claimed the lives of 300". */
export const CLAIMED_NOT_SAID = {
  verbs: ['claimed', 'claims', 'claim'],
  // Not "claimed victory…, saying 3,000 had been killed": a statement still follows.
  objects: ['the lives', 'lives', 'the life'],
} as const;
/** A relative pronoun after a comma stands for the maker named before it: "The NIS, which estimates that…". */
export const RELATIVE_MAKERS = ['which', 'who'] as const;
/** Adverbs that may open a clause before its pronoun: "Now we estimate that about 10,000 have gone there". */
export const PRONOUN_OPENERS = ['now', 'then', 'so', 'but', 'and', 'still', 'today'] as const;
export const PRONOUNS = [
  ...['he', 'she', 'they', 'it', 'we', 'him', 'her', 'them'],
  // A speaker's own in a quote: "Kirby stated, “Our information indicates that…”".
  ...['our information', 'our intelligence', 'our assessment', 'our estimate', 'our data'],
] as const;

/** Words that end the owner of a possessive: "far above Seoul's estimate", "the head of Ukraine's count". */
export const BEFORE_OWNER = [
  'above',
  'below',
  'over',
  'under',
  'with',
  'from',
  'to',
  'of',
  'for',
  'by',
  'beyond',
  'exceeding',
  'near',
  'about',
  'including',
  'unlike',
  'like',
  'than',
  'per',
  'into',
  'against',
  'behind',
  'between',
  'and',
  'or',
  'in',
] as const;

/** After a relay's word, what makes it no relay: "was cited as saying by TASS" names the maker before it. */
export const NOT_A_RELAY_AFTER = ['as saying'];

/**
 * A headline's maker after a colon at its end: "North Korea could send up to 25,000 additional troops to Russia:
 * Zelenskyy". At most this many words.
 */
export const HEADLINE_MAKER_WORDS = 4;
/** Words no such maker begins with: "…for the men Russia holds: a swap of prisoners." */
export const HEADLINE_MAKER_NOT_FIRST = ['a', 'an'];

/** What a lead-in may name before the maker, who follows "by": "according to data provided in mid-January by the NIS". */
export const MADE_BY = { things: ['data', 'figures', 'information', 'estimates', 'numbers', 'statistics'], by: 'by' };

/**
 * An aside between a maker and its verb, which names the outlet it spoke to: "Kyrylo Budanov, Head of Defence
 * Intelligence of Ukraine, in an interview with Bloomberg stated".
 */
export const INTERVIEW_ASIDES = [
  'in an interview with',
  'in a interview with',
  'speaking to',
  'speaking with',
  'talking to',
  'in comments to',
];

/**
 * A headline's maker before a colon at its start: "Zelenskyy: Russia plans to deploy 2,000–3,000 North Korean troops".
 * Not a label of the page's own: "Quote:", "Background:".
 */
export const HEADLINE_LABELS = [
  ...['quote', 'background', 'details', 'update', 'updated', 'analysis', 'opinion', 'watch', 'live', 'breaking'],
  ...['exclusive', 'explainer', 'read more', 'read also', 'also read', 'photos', 'video', 'context', 'reminder', 'source'],
  ...['what we know', 'key facts', 'in numbers', 'factbox', 'editorial', 'comment', 'note'],
  ...['the bottom line', 'bottom line', 'the big picture', 'why it matters'],
  // "Report: Pyongyang earned $20bn from Russia war": a report unnamed, no maker.
  ...['report', 'reports'],
];
/**
 * A column's name before a headline's colon: a word of a column ("war", "news", "morning") then, a few words on, the
 * last word of its format ("Ukraine war briefing:", "Asia news live:"); not a maker's "NIS analysis:", "Kirby briefing:".
 */
export const HEADLINE_COLUMNS = {
  words: ['war', 'news', 'world', 'morning', 'evening', 'daily', 'weekly', 'global', 'today', "today's"],
  heads: ['briefing', 'roundup', 'round-up', 'digest', 'recap', 'wrap', 'in brief', 'live', 'update', 'updates', 'latest'],
};
