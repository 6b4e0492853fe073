/**
 * Troops sent against troops promised or to come. The classifier reads which
 * cue stands nearest the number; the words of each kind are here.
 */

/** The verb of sending in its forms. */
export const SEND = {
  // "Kim Jong Un has decided to commit at least 11,000 troops to the war".
  base: ['send', 'deploy', 'dispatch', 'commit'],
  // Not "committed": "Kim has committed to sending thousands" is a promise.
  past: ['sent', 'deployed', 'dispatched'],
  /** As headlines tell a sending done: "North Korea sends an extra 3,000 troops". */
  present: ['sends', 'deploys', 'dispatches', 'commits'],
  ing: ['sending', 'deploying', 'dispatching', 'committing'],
  nouns: ['dispatch', 'deployment'],
} as const;

/** The most words between North Korea and its verb of sending, and between the verb and the troops sent. */
export const SENDER_TO_TROOPS_WORDS = 3;
/** A sender's verb after the troops it sent, besides those of sending: "the more than 10,000 troops Pyongyang provided". */
export const SENT_BY_SENDER = ['provided', 'supplied', 'contributed'];
/**
 * A headline's sending under way ("North Korea sending another 5,000 into Kursk") ends within these many words of its
 * count, with none of these verbs, which make the gerund a subject ("North Korea sending 12,000 troops … marks").
 */
export const HEADLINE_TAIL_WORDS = 6;
export const HEADLINE_VERBS_AFTER = [
  ...['is', 'was', 'are', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'may', 'might', 'can'],
  ...['marks', 'shows', 'means', 'signals', 'changes', 'changed', 'raises', 'poses', 'makes', 'made', 'puts'],
];
/** A sending announced as under way is still to come: "Kim Jong Un is sending another 6,000 people to Kursk". */
export const ANNOUNCED = ['is', 'are', 'was', 'were', "he's", "it's"]
  .flatMap((aux) =>
    // Reported speech too: "Zelensky said North Korea was sending close to 10,000 troops"; "North Korea is likely sending
    // hundreds of combat troops", "is dispatching 6,000 engineers".
    ['', 'now ', 'likely ', 'reportedly ', 'also ', 'currently '].flatMap((how) => SEND.ing.map((verb) => `${aux} ${how}${verb}`)),
  )
  .concat(
    // "Kim Jong Un is now said to be sending thousands of troops to Russia".
    ['said', 'reported', 'believed', 'thought'].flatMap((hedge) => SEND.ing.map((verb) => `${hedge} to be ${verb}`)),
  );
/**
 * …but not troops a sending under way puts into battle, there now: "Russia is deploying approximately 11,000 North
 * Korean soldiers in \u201chuman wave\u201d assaults".
 */
export const USED_IN_BATTLE = {
  /** Only a deploying, which is the use of troops there; "is sending 30,000 troops into battle" is still a sending. */
  verbs: ['deploying'],
  links: ['in'],
  battles: ['assaults', 'attacks', 'counterattacks', 'combat', 'the fighting', 'battle', 'battles'],
};
/** A sending expected, its verb in the words: "with an expectation of sending an additional 10,000 by December". */
export const SENDING_EXPECTED = ['expectation of', 'expectations of'].flatMap((e) => [`${e} sending`, `${e} deploying`]);
/**
 * A plan named right before the count only: "with plans for 1,000 deminers and 5,000 construction workers"; not "which
 * has no plans for withdrawal, has about 11,000 troops".
 */
export const PLANNED_RIGHT_BEFORE = [
  ...['plans for', 'plan for'],
  // A number foreseen to grow, right before it: "The number of North Korean troops is expected to rise approximately to
  // 12,000" (not "The deployment, which is expected to grow, now stands at 11,000").
  ...['', 'approximately ', 'roughly ', 'further '].flatMap((how) =>
    ['rise', 'increase', 'grow', 'climb'].map((verb) => `expected to ${verb} ${how}to`),
  ),
  'expected to reach',
  // "with a planned increase to 10,000 by December".
  ...['planned increase to', 'planned rise to', 'expected increase to', 'expected rise to'],
  // "with the total eventually reaching 12,000" (not "possibly reaching 15,000", a hedge on those there now).
  ...['eventually reaching', 'ultimately reaching'],
];
/** Adverbs that open a sentence with a comma, joining it to the one before: "Additionally, …". */
export const DISCOURSE_OPENERS = ['additionally', 'in addition', 'moreover', 'furthermore', 'also'];
/** An arrival said to be expected later in the count's sentence: "…, with their arrival expected as early as July". */
export const ARRIVAL_EXPECTED = {
  reach: 80,
  owners: ['their', 'the', 'its'],
  // Not "with the deployment expected to last until the end of the year", said of troops there.
  nouns: ['arrival'],
  verbs: ['expected', 'scheduled', 'due', 'planned'],
};
/**
 * A total said to pass a number later: "the total number of troops could eventually exceed 100,000"; not "may exceed
 * 12,000", an estimate of the troops there now.
 */
export const EXCEED_LATER = {
  modals: ['will', 'would', 'could', 'may', 'might'],
  later: ['eventually', 'soon', 'later', 'ultimately'],
  verbs: ['exceed', 'top', 'surpass'],
};
/** Troops promised or to come: "Kim has promised…", "plans to", "will send". */
export const PLANNED_PHRASES = [
  ...['promised', 'promises', 'promise', 'promising', 'pledged', 'pledges', 'pledge', 'pledging'],
  // "North Korea has begun to move some 12-thousand troops": a sending under way, as "is sending" is (not "began to
  // move 5,000 soldiers to Kursk", troops there moved within Russia, nor a sending begun in the past).
  ...['has begun to', 'have begun to', 'is beginning to', 'are beginning to'].flatMap((start) =>
    ['move', 'send', 'dispatch'].map((verb) => `${start} ${verb}`),
  ),
  // "Moscow is on the brink of deploying 10,000 North Korean soldiers in Ukraine": a sending about to be.
  ...['on the brink of', 'on the verge of'].flatMap((about) => SEND.ing.map((verb) => `${about} ${verb}`)),
  // "Pyongyang wants to provide up to 12,000 soldiers", "agreed to supply 6,000": providing wanted or agreed.
  ...['wants', 'want', 'wanted', 'agrees', 'offered', 'offers', 'ready'].flatMap((verb) =>
    ['provide', 'supply'].map((give) => `${verb} to ${give}`),
  ),
  ...[
    'plan to',
    'plans to',
    'planning to',
    // "Russia and North Korea intend to train 10,000 soldiers".
    'intend to',
    'intends to',
    'intending to',
    // "Russia intended to involve about 10,000 soldiers from North Korea".
    'intended to',
    // "there is an intention to train 10,000 soldiers".
    'intention to',
    // "Russia will accumulate up to 5,000 North Korean soldiers in Kursk".
    ...['accumulate', 'gather', 'assemble', 'amass', 'mass', 'concentrate'].map((verb) => `will ${verb}`),
    // "Russia will soon secure 12,000 North Korean soldiers".
    ...['secure', 'receive', 'obtain'].flatMap((verb) => [`will ${verb}`, `will soon ${verb}`]),
    // "North Korea is set to triple the number of its troops"; not "is set to receive fighter jets".
    ...['triple', 'double', 'boost', 'increase', 'expand'].map((verb) => `set to ${verb}`),
    'planned',
    'offered',
    ...['committed to send', 'committed to sending', 'committed to dispatching', 'committed to deploying'],
    'reinforcements',
    // "the potential arrival of thousands of North Korean soldiers to support Russia".
    ...['potential', 'possible', 'expected', 'imminent'].map((how) => `${how} arrival of`),
    // "Russia wants to attract 10,000 North Korean soldiers", "North Korea might be willing to expand its military
    // support to up to 100,000 troops".
    ...['wants', 'want', 'wanted'].flatMap((verb) => ['attract', 'recruit'].map((get) => `${verb} to ${get}`)),
    ...['send', 'deploy', 'dispatch', 'provide', 'expand'].map((verb) => `willing to ${verb}`),
    // "Zelensky suggested the possibility of deploying 10,000 North Korean troops".
    ...['possibility of', 'prospect of'].flatMap((p) => ['deploying', 'sending', 'dispatching'].map((verb) => `${p} ${verb}`)),
    // "We are expecting the arrival of the first batch, about 1,200 North Korean military personnel".
    ...['expecting', 'expect', 'expects', 'awaiting', 'await', 'awaits'].map((verb) => `${verb} the arrival of`),
    // A unit still forming: "The battalion is expected to include up to 3,000 North Korean troops" (not "expected to
    // number", said of troops there too: "The first group, expected to number 1,500, arrived in Vladivostok").
    ...['include', 'consist of', 'comprise'].map((verb) => `expected to ${verb}`),
    'additionally',
    'rise to',
    'increase to',
    'preparing',
    'prepares',
    'readying',
    // A sending announced: "Kim is now sending 1,000 sappers", "Pyongyang had agreed to provide 1,000 sappers".
    ...ANNOUNCED,
    ...SENDING_EXPECTED,
    ...['agreed to provide', 'agreed to supply'],
    // "with an agreement to ship up to 12,000 troops".
    ...['agreement to ship', 'agreement to send', 'agreement to deploy', 'agreement to provide'],
    // A decision said as made: "Kim Jong-un has made the decision to send to Russia 1,000 mine clearance specialists";
    // not the noun alone, "North Korea's decision to send thousands of soldiers", a sending named.
    ...['made a decision to send', 'made the decision to send', 'made a decision to deploy', 'made the decision to deploy'],
    'deployment plan of',
    'potentially reaching',
    'would contribute',
    'will contribute',
    'deployment plan for',
    'dispatch plan of',
    // "Kim Jong Un had authorized sending 1,000 combat engineers": a decision, the troops still to go.
    ...['authorized', 'authorised', 'approved'].flatMap((verb) => [
      `${verb} sending`,
      `${verb} the dispatch of`,
      `${verb} the deployment of`,
    ]),
  ],
  ...['being organized', 'being organised', 'being prepared', 'being readied', 'preparing to send', 'preparing to deploy'],
  ...['expected to send', 'expected to deploy', 'expected to be sent', 'expected to be deployed', 'expected to arrive'],
  // "the deployment of 3,000 North Korean troops … and the expected increase in their number to about 12,000".
  ...['expected increase', 'expected rise', 'anticipated increase', 'projected increase'],
  // "they expect it to reach a total of 10,000 by December", "what Ukraine says will be 12,000 troops".
  ...['expect', 'expects', 'expected'].map((verb) => `${verb} it to reach`),
  'will be',
  // A total said to grow: "is projected to reach 5,000", "expected to hit 5,000".
  ...['expected', 'projected', 'forecast', 'set', 'likely'].flatMap((cue) =>
    ['reach', 'hit', 'rise to', 'grow to', 'increase to', 'climb to', 'top', 'exceed'].map((verb) => `${cue} to ${verb}`),
  ),
];
/** Troops said to come soon are to come: "expects 12,000 North Korean soldiers in Russia soon". */
export const SOON_AFTER = { word: 'soon' };
/**
 * A total that may reach a number in a time to come: "with the total contingent possibly reaching 12,000 soldiers in
 * the coming months"; not "possibly reaching 15,000" alone, a hedge on those there now.
 */
/** Troops to be somewhere by a time to come: "10,000 troops are to be in Russia by December" (not "until the end of the year"). */
export const TO_BE_THERE_BY = { verbs: ['are to be in', 'is to be in'], by: 'by' };
export const REACHING_LATER = {
  before: ['possibly reaching', 'potentially reaching', 'could reach', 'may reach', 'might reach'],
  later: ['in the coming weeks', 'in the coming months', 'in coming weeks', 'in coming months', 'by the end of the year', 'next year'],
};
/**
 * A sending in progress said of a time to come is still to come: "with 1,000 deploying as early as next month", "with
 * 2,000 joining in the spring"; not "with 3,000 deploying" alone, under way.
 */
export const UNDER_WAY_LATER = {
  participles: ['deploying', 'joining', 'arriving'],
  later: [
    'as early as',
    'next month',
    'next week',
    'next year',
    'in the coming',
    'later this year',
    'later this month',
    'in the spring',
    'in the summer',
    'by the end of',
  ],
};
/** When a bare count after a verb of sending was sent: "after sending over 1,000 earlier this year". */
export const SENT_WHEN_AFTER = ['earlier this year', 'earlier this month', 'late last year', 'earlier'];
/** A sending said to be done so far, right before its count: "the decision by Kim to send so far at least 3,000 of his soldiers". */
export const SENT_SO_FAR = ['so far', 'thus far', 'to date'];
/** A sending done before something else, said right before its count: "after sending greater than 10,000 troopers". */
export const SENT_BEFORE_ANOTHER = ['sending', 'deploying', 'dispatching']
  .flatMap((verb) => [`after ${verb}`, `after having ${verb}`])
  .concat(['having sent', 'having deployed', 'having dispatched']);
/** A participle a second noun joined to the counted may stand before: "6,000 military engineers and laborers expected to arrive". */
export const JOINED_NOUN_PARTICIPLES = ['expected to arrive', 'expected to be sent', 'expected to be deployed', 'expected to come'];
/**
 * The force more are sent to join is there already, whatever is planned for those sent: "planning to send more
 * soldiers to add to the 11,000 deployment", "to join the 11,000 troops in Kursk".
 */
export const JOINED_FORCE_BEFORE = {
  verbs: ['join', 'joining', 'add to', 'adding to', 'reinforce', 'reinforcing', 'bolster', 'bolstering', 'supplement', 'augment'],
  articles: ['the', 'the estimated', 'the initial', 'the original', 'the roughly', 'the approximately', 'the some'],
  /**
   * A bare count so joined is of the troops where only these words, or the clause's end, follow it: "to join the 11,000
   * already there"; not "to join the 500 Russian marines", another side's.
   */
  bareBefore: [
    ...['already', 'in', 'there', 'now', 'currently', 'deployed', 'sent', 'stationed'],
    ...['fighting', 'aiding', 'helping', 'supporting', 'serving'],
  ],
};
/**
 * A bare count committed to the war is of troops: "has decided to commit at least 11,000 to the war"; the war or its
 * front must follow the count (not "committed $500 million", nor "committed to sending").
 */
export const COMMITTED_TO_WAR = {
  verbs: ['commit', 'commits', 'committed', 'committing'],
  to: ['to the war', 'to the fight', 'to the fighting', 'to the front', 'to the front lines', 'to the frontline', 'to the battle'],
};
/** A speaker set between the count and its verb, passed over: "A contingent of 2,600, he says, is due to be transferred". */
export const SPEAKER_ASIDE = {
  who: ['he', 'she', 'they', 'officials', 'sources', 'the official', 'the source'],
  verbs: ['says', 'said', 'adds', 'added', 'claims', 'claimed', 'notes', 'noted', 'believes', 'believe'],
};
/** Troops said to stay are there already, whatever verb of expecting stands before: "expects 9,000 troops to stay". */
export const STAYING_AFTER = [
  ...['to stay', 'to remain'],
  // There now, whatever is foreseen around them: "adding that nearly 11,000 soldiers … are currently training".
  ...['are currently training', 'are training', 'are now training', 'are undergoing training', 'were training'],
  // "with 1,500 special forces already in Russia's Far East", "have already been in Vladivostok", "with approximately
  // 1,000 combat soldiers already on Russian soil" (not "already on standby", still to come).
  ...['', 'are ', 'were ', 'have ', 'had '].flatMap((aux) => [
    `${aux}already in`,
    `${aux}already there`,
    ...['russian soil', 'russian territory', 'the ground', 'the front', 'the front line', 'the frontline', 'the battlefield'].map(
      (place) => `${aux}already on ${place}`,
    ),
  ]),
  // "with over 10,000 already reportedly in Russia".
  ...['already reportedly in', 'reportedly already in', 'already believed to be in', 'believed to be already in'],
  // "while over 10,000 North Korean troops already fight alongside Russian forces".
  ...['already fight', 'already fighting', 'are already fighting', 'were already fighting', 'already serve', 'already serving'],
  ...['have', 'had'].map((aux) => `${aux} already been in`),
  // Where they are now, whatever is foreseen in another clause: "…expected to deploy in combat, while Robert Wood said
  // 8,000 of Pyongyang's soldiers are in the Kursk region".
  ...['are in', 'are now in', 'are currently in', 'were in', 'are stationed in', 'were stationed in'],
  // There now, to leave: "About 3,000 troops … are expected to be rotated home", "… are to be withdrawn".
  ...['are expected to be', 'are to be', 'will be', 'could be', 'may be', 'are being'].flatMap((to) =>
    ['withdrawn', 'rotated home', 'rotated out', 'pulled out', 'sent home', 'sent back home', 'brought home', 'repatriated'].map(
      (leaving) => `${to} ${leaving}`,
    ),
  ),
];
/**
 * There, and foreseen to fight: "About 8,000 … troops are expected to soon enter combat in the Kursk Oblast"; not
 * troops sent "to join the fight", whose verb of sending stands before them, nor more of them ("Another 6,000 … are
 * expected to join the fight").
 */
export const FORESEEN_TO_FIGHT_AFTER = ['are expected to', 'are ready to', 'are preparing to', 'are poised to', 'will soon'].flatMap(
  (foreseen) =>
    ['', 'soon '].flatMap((soon) =>
      ['enter combat', 'enter the fight', 'enter the fighting', 'join the fight', 'join the fighting', 'engage in combat'].map(
        (fight) => `${foreseen} ${soon}${fight}`,
      ),
    ),
);
/** "will send", "could reach": a modal and what it says of the number. */
/**
 * Troops only supposed, to come if at all: a number set as an example ("What could happen if the deployment of, say,
 * 100,000 North Korean troops … is allowed?"), or foreseen ("we could be looking at maybe 100,000"). Not every
 * condition: reporting sets troops there in them too ("even if Moscow denies it").
 */
export const SUPPOSED = {
  // Not "for example" or "for instance", set before troops there too ("In Kursk, for example, 11,000 … fought").
  examples: ['say', 'let us say', "let's say"],
  // Not "facing" or "seeing", said of troops there ("could be facing as many as 12,000 North Korean soldiers").
  foreseeing: ['looking at'],
  hedges: ['maybe', 'perhaps', 'possibly', 'as many as', 'up to'],
};
/** Troops said to have left the war, whom a modal after may send again: "soldiers who returned home may be sent back". */
export const LEFT_THE_WAR = [
  'returned',
  'came back',
  'come back',
  'went home',
  'gone home',
  'were withdrawn',
  'withdrew',
  'were rotated out',
  'left russia',
];
export const MODALS = ['will', 'would', 'could', 'may', 'might'];
/** "should" says a plan only before an arrival: "2,600 troops should soon arrive", not "should have 11,000 by now". */
/** After a modal's verb, what makes it no plan: "might have been killed". */
export const NOT_AFTER_MODAL_VERBS = ['been'];
export const MODALS_OF_ARRIVAL = [...MODALS, 'should'];
/** A question its clause opens with a modal asks of troops to come: "Can North Korea provide 11,000-12,000 troops …?". */
export const QUESTION_MODALS = [...MODALS, 'can'];
/** …with a verb of giving or growing between the modal and the count (not "Will the 11,000 troops be withdrawn?"). */
export const QUESTION_VERBS = ['send', 'deploy', 'dispatch', 'provide', 'supply', 'commit', 'expand', 'grow', 'rise', 'add', 'reach'];
export const MODAL_VERBS = [
  ...['send', 'deploy', 'dispatch', 'provide', 'include', 'mean', 'have', 'receive'],
  // "North Korea could commit up to 100,000 to the war".
  'commit',
  ...['rise to', 'reach', 'grow to', 'spike to', 'climb to', 'increase to', 'increase', 'rise', 'grow'],
  // "the number of North Korean soldiers aiding Russia could escalate to 15,000".
  'escalate to',
  // "maybe they will try to use 100,000 North Korean troops"; "his country could face 100,000 North Korean troops".
  ...['use', 'try to use', 'face'],
];
/** A modal's copula before troops, their sending said after them: "could be 100,000 North Korean troops sent to Russia". */
export const MODAL_COPULAS = ['be'];
/**
 * People a poll asked, no soldiers: "The survey, which was conducted among 1,001 men and women". The sentence names the
 * poll; the people stand right after one of its verbs or prepositions.
 */
export const POLLED = {
  polls: ['survey', 'surveys', 'poll', 'polls', 'opinion poll', 'questionnaire', 'respondents'],
  before: ['among', 'surveyed', 'polled', 'interviewed', 'questioned', 'asked', 'sample of'],
  /** "of" only right after the poll: "a survey of 1,000 adults". */
  of: 'of',
  /** Only people at large, never soldiers or their losses. */
  people: [
    ...['men', 'women', 'people', 'adults', 'residents', 'citizens', 'respondents', 'voters', 'households'],
    ...['koreans', 'south koreans', 'americans', 'ukrainians', 'russians', 'individuals', 'participants'],
  ],
};
/**
 * An aside that names or breaks down the counted before their verb, passed over to it: "5,000 construction workers and
 * 1,000 combat engineers, known as sappers, will arrive", "a 5,000-strong division, consisting of two brigades, will
 * arrive".
 */
export const NAMING_ASIDES = [
  ...['known as', 'called', 'dubbed', 'consisting of', 'comprising', 'made up of', 'mostly', 'mainly'],
  // "approximately 15,000 North Korean soldiers, divided into five units of 3,000 each, will be deployed".
  ...['divided into', 'split into', 'organized into', 'organised into', 'grouped into'],
];
/**
 * Troops foreseen by a modal before the count: "there will be 12,000 more North Korean troops in Russia", "could lead to
 * 100,000 North Korean troops fighting Ukraine", "This will bring the total number of North Koreans … to 15,000".
 */
export const FORESEEN_BEFORE = {
  modals: ['will', 'would', 'could', 'may', 'might'],
  there: 'there',
  /** Only "there will be": "there could be 11,000 to 12,000" hedges an estimate of troops there now. */
  thereModals: ['will'],
  be: 'be',
  leading: ['lead to', 'result in'],
  /** "a quantity that would finally rise to 10,000"; not "could", a hedge on troops there now. */
  growthModals: ['will', 'would'],
  growthAdverbs: ['eventually', 'finally', 'soon', 'later', 'ultimately', 'further', 'gradually'],
  growing: ['rise to', 'grow to', 'increase to', 'climb to', 'swell to'],
  /** Not "would": "had sent an additional 3,000, which would bring the total to 14,000" tells a sending done. */
  bringingModals: ['will', 'could', 'may', 'might'],
  bringing: ['bring', 'raise', 'push', 'take', 'boost', 'increase'],
  /** The verb's own object, right after it: "the total", "its deployment". */
  bringingObjects: {
    determiners: ['the', 'its', 'their'],
    nouns: ['total', 'number', 'overall', 'force', 'contingent', 'deployment', 'presence', 'troops'],
  },
  /** A change told between the object and "to" is another clause's: "…after his troop numbers in Russia rose to". */
  changedBetween: ['rose', 'risen', 'grew', 'grown', 'climbed', 'increased', 'jumped', 'reached', 'fell', 'dropped'],
  /** Troops foreseen to leave are there now: "could lead to 11,000 North Korean troops being withdrawn". */
  leaving: ['withdrawn', 'pulled out', 'sent home', 'leave', 'leaving', 'returning', 'rotated out'],
  link: 'to',
  /** How far before the count the verb that brings a total to it may stand. */
  reach: 80,
};
/** A force to come said by what it will be made of: "The first wave will consist of 1,000 North Korean sappers". */
export const MADE_OF_LATER = {
  // Not "include", "number" or "total", said of a force there too ("the contingent would number about 11,000").
  modals: ['will', 'would'],
  verbs: ['consist of', 'comprise', 'be made up of', 'be composed of'],
  /** Not a force said to be there: "will consist of 3,000 troops already fighting in Kursk". */
  there: ['already'],
};
/** The modal of a sending foreseen as done: "will have sent". */
export const FUTURE_PERFECT = ['will'];
/** What a force is able to do is still to come: "North Korea can deploy up to a total of 100,000 personnel". */
export const ABLE = ['can'];
/** Said between the modal and its verb: "could also send", "will soon have". */
export const MODAL_ADVERBS = [
  'also',
  'soon',
  'eventually',
  'possibly',
  'still',
  'further',
  'reportedly',
  'likely',
  'probably',
  'allegedly',
  // "Pyongyang may actually deploy as many as 100,000", "could ultimately deploy a military force of 100,000 troops".
  ...['actually', 'ultimately', 'initially', 'potentially'],
  // "A battalion of 3,000 North Korean soldiers will shortly join Russian troops".
  'shortly',
];
/** Troops to come, said after them with a modal: "10,000 soldiers might soon enter", "20,000 may be sent". */
export const MODAL_AFTER_VERBS = [
  ...['arrive', 'follow', 'join', 'enter', 'be sent', 'be deployed', 'be dispatched'],
  // "we think 2,000, 2.5-3,000, will be transferred from North Korea to the Kursk direction".
  ...['be transferred', 'be moved', 'be redeployed', 'be brought'],
  // "100,000 North Korean soldiers … could appear over the course of a year".
  ...['appear', 'soon arrive'],
  // "A total force of around 12,000 personnel will eventually reach Russia".
  ...['reach', 'eventually reach', 'eventually arrive'],
  // "a cumulative 100,000 North Korean soldiers could serve in Russia within a year", "As many as 12,000 North Koreans
  // could fight on the Russian-Ukrainian front in the coming year".
  ...['serve', 'fight'],
  // "Some 6,000 troops will assist in demining and rebuilding Kursk Region".
  ...['assist', 'help', 'work', 'take part', 'participate'],
  // "up to 15,000 North Korean troops could be rotated every few months".
  ...['rotate', 'be rotated'],
  // "3,000 North Korean troops will be part of the so-called Buryat Battalion"; Shoigu's "5,000 construction workers
  // would rebuild infrastructure and 1,000 combat engineers would clear mines".
  ...['be part of', 'rebuild', 'clear'],
  // "up to 10,000 North Korean troops could be joining Russia's armed forces", "a total of 12,000 soldiers would end up
  // supporting the invasion".
  ...['be joining', 'end up'],
];
/** A relative clause between troops and their modal: "about 12,000 North Korean troops, who he said would be moved". */
export const MODAL_IN_RELATIVE = ['who', 'who he said', 'who she said', 'who they said', 'which he said', 'that'];
/** "to send" is a plan, except after these: "the decision to send", "Kim's choice to send", "prompted Moscow to deploy". */
export const NOT_A_PLAN_NOUNS = ['decision', 'choice'];
export const NOT_A_PLAN_BEFORE_TO = ['prompted', 'led', 'forced', 'allowed', 'caused', 'enabled', 'began', 'started', 'continued', 'used'];
/** A sending ordered is a sending to come: "ordered the dispatch". */
export const ORDERED = ['ordered', 'ordered the'];

/** Troops already there: "the initial 11,000", "arrived", "fighting". */
/** Troops that came: "have arrived". */
// "has already reinforced its troops in the region with thousands of additional soldiers": more, and there.
export const ARRIVED = ['arrived', 'reinforced', 'bolstered'];
/**
 * Verbs that say more troops were moved there, besides those of sending, read only beside "more" or "additional":
 * "North Korea transferred approximately 3,000 additional soldiers to Russia in January and February".
 */
export const MOVED_MORE = ['transferred', 'moved', 'shipped', 'gone to', 'went to', 'rotated'];
/**
 * Where more troops stand, said right after them: "1,500 more North Korean soldiers in Russia", "About 2,000 more
 * North Korea troops in Russia's Kursk".
 */
export const MORE_THERE = [
  "in russia's kursk",
  'in russia',
  'in kursk',
  'in the kursk region',
  'on front lines',
  'on the front lines',
  'on the front line',
];
export const DEPLOYED_WORDS = [
  ...['initial', 'original', 'arrived', 'stationed', 'fighting', 'fought', 'already'],
  // Reinforcements brought in, not to come: "Russia rushed reinforcements to the area - including thousands of troops".
  ...['rushed', 'sent', 'brought in', 'moved', 'threw in', 'deployed', 'dispatched'].map((verb) => `${verb} reinforcements`),
];

/** Troops still to come, said after them: "…soldiers were being prepared to join". */
export const PLANNED_AFTER_COPULAS = ['were', 'are', 'was', 'is'];
/** Between the copula and what says troops are to come: "10,000 troops … are reportedly being prepared to join". */
export const PLANNED_AFTER_ADVERBS = ['reportedly', 'allegedly', 'now', 'currently', 'also', 'still'];
/**
 * A bare count foreseen to be sent to the war, the verb of sending in the words: "more than 10,000 are expected to be
 * deployed in the coming weeks to the Ukrainian front". People, whether or not the sentence names them.
 */
export const FORESEEN_SENDING = {
  copulas: ['are', 'were', 'is', 'was'],
  foreseen: ['expected', 'set', 'due', 'planned', 'scheduled', 'anticipated', 'slated'],
  verbs: ['sent', 'deployed', 'dispatched'],
  /** …to the war, named within a few words after the verb: not "to the Gulf of Aden", "abroad", "to Wonsan". */
  links: ['to', 'into', 'in'],
  places: ['the front', 'the front line', 'the frontline', 'the ukrainian front', 'russia', 'kursk', 'ukraine'],
  placesToo: ['the war', 'the battlefield', 'the battlefields', 'combat', 'battle'],
  reach: 40,
};
/**
 * A count still "to come", where its clause ends there or a time follows: "with an estimated total of 12,000 to come",
 * "with 10,000 to come by December"; not "to come home", "to come to Russia's aid", "to come under fire".
 */
export const TO_COME = {
  before: ['yet', 'still'],
  words: 'to come',
  times: ['by', 'in', 'this', 'next', 'soon', 'later', 'over', 'within'],
};
export const PLANNED_AFTER = [
  // "around 5,000 North Korean troops will be gathered in the Kursk area".
  ...['gathered', 'assembled', 'massed', 'concentrated', 'deployed', 'sent'].map((verb) => `will be ${verb}`),
  // Foreseen as done by a date: "By December … around 12,000 North Korean soldiers will have been sent to Russia" (not
  // "will be fighting", said of troops there too: "more than 10,000 … will be fighting in Kursk in the coming days").
  ...['sent', 'deployed', 'dispatched'].map((verb) => `will have been ${verb}`),
  // Trained for a sending still to come: "10,000 North Korean troops are being trained to join Russian forces", "each
  // with as many as 6,000 personnel, are being trained for deployment" (not "being trained in Russia", there now).
  ...['being trained to join', 'being trained for deployment'],
  // As a headline puts it: "12,000 N. Korean soldiers soon to be gathered in Russia".
  // (Not "soon to be sent back to Pyongyang", troops there now.)
  ...['gathered', 'assembled', 'massed', 'concentrated', 'deployed', 'dispatched'].map((verb) => `soon to be ${verb}`),
  // "1,000 North Korean pioneers will be headed to Russia's border region of Kursk".
  ...['will be headed', 'will be heading', 'will head'],
  'being prepared',
  'being readied',
  // "Around 10,000 North Korean soldiers are being sent to Russia", as "is sending" is: a sending under way.
  ...['are', 'is', 'were', 'was'].flatMap((aux) => [...SEND.past, 'transferred'].map((verb) => `${aux} being ${verb}`)),
  // "Approximately 2,000 troops are reportedly being deployed" (not "reports of 1,500 troops being deployed", a
  // gerund's sending that may be done).
  ...['are reportedly', 'is reportedly'].flatMap((aux) => [...SEND.past, 'transferred'].map((verb) => `${aux} being ${verb}`)),
  // Offered, or willing, to go: "The 100,000 North Korean “volunteers” reportedly being offered up to Russia", "100,000
  // North Korean volunteers are prepared to come".
  // Not "ready to come home", nor troops "being offered $2,000 a month".
  ...['being offered up', 'being offered to'],
  ...['prepared', 'ready'].flatMap((willing) => [`${willing} to come and`, `${willing} to come to`]),
  // "with a total force of around 12,000 personnel eventually reaching Russia", as "eventually reaching 12,000" is.
  ...['eventually', 'ultimately'].flatMap((when) =>
    ['reaching', 'arriving', 'arriving in', 'heading to', 'going to'].map((verb) => `${when} ${verb}`),
  ),
  // Under way, as "is deploying" is: "thousands of North Korean soldiers are reportedly deploying to assist Russia" (not
  // "reports of thousands of North Korean troops deploying to Russia's Kursk region", a gerund's sending).
  ...['are', 'is'].flatMap((aux) => ['', 'reportedly '].map((how) => `${aux} ${how}deploying to`)),
  'in the process of being transferred',
  'in the process of being sent',
  // Not "being trained": "10,000 North Korean soldiers are being trained in Russia" are there already.
  'being organized',
  'being organised',
  'to be sent',
  'to be deployed',
  // "2,600 North Korean soldiers are planned to be deployed for combat".
  'planned to be',
  'expected to',
  // "12,000 North Korean troops are anticipated to be deployed".
  'anticipated to',
  // "around 10,000 soldiers total expected to be deployed".
  'total expected',
  'in total expected',
  'set to',
  'due to',
  // "8,000 troops were supposed to be sent to the Kursk region".
  'supposed to',
  'expected',
  'to follow',
  'more could',
  // "The arrival of 1,200 North Korean military personnel was scheduled for late July".
  'scheduled',
  // "the dispatch of 6,000 military personnel is projected to begin"; not losses "projected to rise".
  ...['projected to begin', 'projected to arrive', 'projected to be sent', 'projected to be deployed'],
  // "10,000 soldiers from North Korea are preparing to fight against us", said right after them; not "3,000 … are in
  // Russia preparing to fight", there already.
  ...['preparing to', 'are preparing to', 'were preparing to', 'getting ready to', 'are getting ready to'],
  // "around 11,000 troops who were set to serve alongside Russian forces", "an initial force of potentially 11,000
  // North Korean troops that's set to reinforce Russia's wider war".
  ...['who were set to serve', 'who are set to serve'],
  // Only to arrive or join: not troops "that are set to return" or "set to remain", there now.
  ...["that's", 'that is', 'that are', 'which is', 'which are'].flatMap((rel) =>
    ['reinforce', 'join', 'deploy', 'be deployed', 'be sent', 'arrive', 'head to', 'bolster'].map((verb) => `${rel} set to ${verb}`),
  ),
  // "Seoul warns thousands of North Koreans to arrive in Russia as early as July".
  'to arrive',
  // "intelligence suggesting 10,000 North Korean soldiers were going to join the Russian forces".
  ...['are', 'were', 'is', 'was'].flatMap((aux) =>
    // Not "going to be sent home".
    ['join', 'arrive', 'reinforce'].map((verb) => `${aux} going to ${verb}`),
  ),
  // "We know about 10,000 soldiers from North Korea they are preparing to send to fight against us".
  ...['', 'that ', 'whom '].flatMap((rel) => [`${rel}they are preparing to send`, `${rel}they are preparing to deploy`]),
  // "Kyiv expects about 15,000 North Korean troops to take part in combat operations", "…to rotate every few months".
  ...['to take part', 'to rotate', 'to be rotated'],
  // "6,000 workers have been pledged for reconstruction in Russia".
  ...['pledged', 'promised', 'have been pledged', 'has been pledged', 'have been promised', 'has been promised'],
  // "they expect up to 4,500 North Korean troops to be at their border with Russia this week".
  'to be at',
];

/** A plan said of the sender in a clause after the troops: "up to 10,000 individuals, which North Korea plans to deploy". */
export const PLANNED_BY_SENDER = {
  relatives: ['which', 'that', 'whom'],
  // Not Russia, which moves troops already there: "11,000 troops, which Russia plans to deploy on the front line".
  senders: ['north korea', 'pyongyang', 'kim', 'kim jong un', 'the north', 'the regime'],
  plans: ['plans to', 'intends to', 'is planning to', 'is preparing to', 'is expected to', 'wants to', 'aims to'],
  verbs: ['deploy', 'send', 'dispatch'],
};
/** More troops joined to troops sent by these as by "and": "sent 12,000 troops …, followed by an additional 3,000 this year". */
export const JOINED_TO_SENT = {
  links: ['followed by'],
  /** …not a sequel still to come: "to be followed by an additional 3,000", "possibly followed by another 30,000". */
  notAfter: ['to be', 'will be', 'could be', 'may be', 'might be', 'possibly', 'likely', 'soon'],
};
/** What may follow more troops joined to troops sent, who were sent too: "…, and another 3,000 in early 2025". */
export const JOINED_THEN = ['in', 'at', 'near', 'during', 'on', 'since', 'over', 'last', 'this', 'between', 'from', 'to', 'by'];
/** Troops in addition, right before or after the number: "another 3,000", "3,000 more troops". */
export const ADDITIONAL = ['additional', 'more', 'another', 'further', 'extra', 'new', 'fresh', 'reinforcement', 'reinforcements'];
export const ADDITIONAL_BEFORE = [
  'an additional',
  'another',
  'a further',
  'an extra',
  'additionally',
  'a new batch of',
  'up to an additional',
];
/** After "more": "3,000 more" counts troops where the sentence speaks of them. */
export const MORE_AFTER = ['more', 'additional'];

/** A running total of troops named before the number: "…have arrived, bringing the total to 3,000". */
export const TOTAL_BEFORE = {
  verbs: ['bringing', 'raising', 'taking'],
  totals: ['the total', 'the number', 'it'],
  /** Words of place between the total and "to": "bringing the total in the area bordering Ukraine to some 10,000". */
  reach: 6,
  link: 'to',
};

/**
 * A count a bare "number" grows to, in a sentence about troops sent: "the number could rise to 15,000, with troops
 * possibly being exchanged", "The total number is expected to reach 12,000, he said, with 3,000 having been deployed
 * already". Only words of time and manner may stand between the noun and its verb, not "the number of casualties".
 */
/** A verb of numbering just before a count: "which are thought to number 12,000", "troops numbering about 11,000". */
export const NUMBERING = [
  ...['to number', 'numbering', 'who number', 'which number', 'that number'],
  // "North Korean troops also appeared there, which may now number around 20,000 in the region".
  ...['who', 'which', 'that'].flatMap((r) => ['may now', 'may', 'now', 'could', 'might'].map((m) => `${r} ${m} number`)),
];
export const NUMBER_GROWS = {
  nouns: [
    'the number',
    'their number',
    'their numbers',
    'the total number',
    'the total',
    'that number',
    'this number',
    'the contingent',
    'it',
    // "North Korean troop numbers in Russia's Kursk region could rise to 15,000".
    ...['troop numbers', 'troop number', 'the troop numbers'],
    // "3,000 North Korean troops are already being trained in Russia, with plans to increase to about 10,000".
    ...['plans', 'plan'],
    // "3,000 North Korean soldiers are already stationed in Kursk, with numbers expected to rise to 12,000".
    'numbers',
    // "the deployment of 3,000 North Korean troops…, with their presence expected to increase to approximately 12,000".
    ...['their presence', 'the presence'],
  ],
  /** Where the number is counted, between the noun and its verb: "in Russia's Kursk region". */
  placedIn: ['in', 'at'],
  /** Between the verb and the count: "expect it to reach a total of 10,000". */
  totalOf: 'a total of',
  between: ['could', 'will', 'would', 'may', 'might', 'is', 'was', 'has', 'have', 'had', 'been', 'be', 'are'].concat([
    'expected',
    'likely',
    'set',
    'to',
    'soon',
    'eventually',
    'now',
    'already',
    'further',
    'quickly',
    'reportedly',
  ]),
  verbs: ['rise', 'rises', 'rising', 'rose', 'risen', 'increase', 'increases', 'increased', 'increasing', 'grow', 'grows'].concat(
    ['grew', 'grown', 'growing', 'climb', 'climbs', 'climbed', 'swell', 'swelled', 'swollen', 'jump', 'jumped', 'double'],
    ['doubled'],
    // "the number of North Korean soldiers aiding Russia could escalate to 15,000".
    ['escalate', 'escalates', 'escalated', 'escalating'],
  ),
  /** Between the verb and "to": "is expected to rise approximately to 12,000". */
  verbAdverbs: ['approximately', 'roughly', 'further', 'sharply', 'quickly'],
  /** "reach" takes its count with no "to". */
  reaching: ['reach', 'reaches', 'reached', 'reaching', 'hit', 'top', 'exceed', 'exceeds', 'exceeded'],
  /** Said of troops: the sentence speaks of them. */
  about: ['deployed', 'deployment', 'troops', 'troop', 'soldiers', 'forces', 'personnel', 'servicemen'],
};

/**
 * Troops given as the price of what Russia gave, North Korea's where the sentence names it and Russia giving: "sent an
 * S-400 system to North Korea in exchange for thousands of troops".
 */
export const IN_EXCHANGE_FOR = ['in exchange for', 'in return for', 'in return of'];
/** A count carried by a verb: "had sent about 3,000", "the roughly 11,000 it deployed". */
export const SENT_BEFORE = [
  // "North Korea is dispatching 6,000 engineers", "North Korea deploys 6,000 engineers to Kursk".
  ...[...SEND.base, ...SEND.past, ...SEND.present, ...SEND.ing].filter((v) => !v.startsWith('commit')),
  // "An additional dispatch of approximately 3,000 in January".
  ...SEND.nouns.map((n) => `${n} of`),
  ...IN_EXCHANGE_FOR,
];
export const SENT_BEFORE_ARTICLES = ['a', 'an', 'another', 'a further', 'an additional', 'up to'];
export const SENT_AFTER_SUBJECTS = ['that', 'which', 'it', 'they', 'pyongyang', 'north korea', 'kim'];
/**
 * Who says so, between the counted and their verb of sending: "a majority of the 10,000 the US says were deployed".
 * At most two words name the speaker.
 */
export const SENT_AFTER_SAID = ['says', 'said', 'believes', 'believed', 'estimates', 'estimated', 'claims', 'claimed'];
/** Auxiliaries before a verb of sending said after the troops: "3,000 have arrived", "with 3,000 having been deployed already". */
export const AUXILIARIES = ['has', 'had', 'have', 'having'];
export const SENT_AFTER = [
  'sent',
  // "The first 1,500 were shipped on Russian navy vessels to … Vladivostok".
  ...['shipped', 'transported', 'airlifted', 'ferried', 'been shipped', 'been transported'],
  // "1,000 engineers have been assigned to mine-clearing tasks".
  'been assigned',
  // "the estimated 12,000 North Korean troops imported by Russia".
  'imported',
  // "more than 10,000 North Korean troops are already embedded within Russian forces", "with 3,000 already employed".
  'embedded',
  'employed',
  'deployed',
  'dispatched',
  'arrived',
  'entered',
  'been stationed',
  // "with approximately 8,000 stationed in the Kursk region".
  'stationed in',
  'stationed near',
  'stationed along',
  // "an additional 7,000 soldiers stationed at training facilities in Russia's Far East".
  'stationed at',
  'based in',
  'been sent',
  'been deployed',
  'been dispatched',
  'been additionally sent',
  'been additionally deployed',
  'been additionally dispatched',
  // "1,500 more troops … had gone to Russia".
  ...['gone to', 'been moved to', 'been transferred to'],
  // "nearly 3,000 [additional North Korean soldiers] were transferred [to Russia] in January and February"; not a bare
  // "transferred by March" after a pledge.
  ...['were transferred', 'was transferred', 'been transferred'],
  // "another 3,000 troops have already been rotated in this year to replace casualties".
  ...['rotated in', 'rotated into', 'been rotated in', 'been rotated into'],
  // "about 1,500 members of the North Korean special forces had moved to Vladivostok".
  ...['had moved to', 'have moved to', 'moved to'],
  // "Thousands more seem to be training in Russia's far east": trained in Russia, there already.
  ...['training', 'in training', 'being trained', 'been trained', 'trained'].flatMap((verb) => [
    `${verb} in russia`,
    `${verb} in the russian`,
  ]),
  // "We now believe that 10,000 have reached Kursk": a place reached, named after the verb.
  ...['have reached', 'had reached'].flatMap((verb) => [`${verb} kursk`, `${verb} russia`, `${verb} the front`]),
  // "with another 3,000 joining early this year", "sending over 10,000 soldiers to train in Russia, with 3,000 deploying".
  ...['joined', 'joining', 'deploying'],
  // "with up to 11,000 reportedly arriving in the Kursk region"; "but 6,000 remain in the region".
  ...['arriving', 'arriving in', 'remain in', 'remained in', 'remaining in'],
  // "about 8,000 of the 10,000 North Korean troops believed to be in Russia have made their way to the Kursk region".
  ...['made their way to', 'relocated to'],
  // "At least 2,600 would be sent to Russia's Kursk region": to come, which isPlanned reads from the modal.
  ...['will', 'would', 'could', 'are to', 'were to'].flatMap((m) => [`${m} be sent`, `${m} be deployed`, `${m} be dispatched`]),
];
/**
 * Troops on their way, said after a bare count: "A couple of thousand more were heading there". Whether they are
 * there yet is left to the other cues (more, a modal); these words only say the count is of people sent.
 */
export const ON_THE_WAY = [
  ...['heading to', 'heading there', 'heading for', 'en route to', 'on their way to', 'on the way to'],
  // "a couple thousand more are heading in that direction".
  ...['heading in that direction', 'heading in the direction of', 'headed to', 'headed there'],
  // "we estimate approximately 10,000 are moving to train in eastern Russia".
  ...['moving to', 'moving into', 'being moved to'],
];

/**
 * A bare count a pronoun will have, in a passage about troops: "We think that they will have 12,000 soon", "soon they
 * will have 12,000". Troops to come.
 */
export const WILL_HAVE = ['they will have', "they'll have", 'they will soon have', 'they would have'];
/**
 * Troops said to be there, after a bare count in a passage about troops: "the US said only 3,000 were there",
 * "11,000 are already in Kursk". Where they are is a place of the war, not any "in".
 */
export const THERE_NOW = {
  verbs: [
    ...['are', 'were'],
    // "we estimate that about 10,000 have gone there"; "A few thousands have been observed in the Kursk region".
    ...['have gone', 'had gone'],
    ...['have been', 'had been', 'were'].flatMap((aux) => ['observed', 'spotted', 'seen'].map((verb) => `${aux} ${verb}`)),
  ],
  adverbs: ['already', 'now', 'currently', 'still', 'only'],
  /**
   * A bare count in a clause opened by "with", after the troops it is part of, needs no verb: "sent 11,000 soldiers, with
   * 8,000 already in Kursk", "with over 10,000 already reportedly in Russia" (and the hedges "believed to be"…).
   */
  withClause: { hedges: ['reportedly'] },
  places: [
    'there',
    ...['in russia', "in russia's kursk region", 'in kursk', 'in the kursk region', 'in the kursk area', 'in kursk region'],
    // "At least three thousand are already in the province of Kursk".
    ...['in the province of kursk', 'in the kursk province', 'in the kursk oblast'],
    ...['in the region', 'in the area', 'on the ground', 'at the front', 'on the front lines', 'on the front line'],
  ],
};
/** The same, opened by "there": "There are already 11,000 in Kursk region", "there were only 3,000". */
export const THERE_ARE = {
  openers: ['there are', 'there were', 'there may be', 'there could be', 'there might be', 'there now are'],
  adverbs: ['already', 'now', 'currently', 'still', 'only', 'about', 'some'],
  /** A sentence opened on the troops there, as a whole a part is taken of: "Of the 8,000 in Kursk, …". */
  wholeOpeners: ['of the', 'of those', 'of these', 'of the estimated', 'of an estimated'],
  /** …not a whole whose part is then said to be North Korean: "Of those 50,000, at least 10,000 are North Korean soldiers". */
  partIsNorthKorean: { verbs: ['are', 'were'], adjectives: ['north korean', 'from north korea'] },
};

/** Where a part of a force sent is said to have gone: "8,000 of the 10,000 … have made their way to Kursk". */
/** The passive's auxiliary before such a verb: "had been moved to". */
export const PASSIVE_BEEN = 'been';
export const MOVED_ON = ['moved to', 'made their way to', 'relocated to', 'transferred to', 'redeployed to', 'sent to', 'deployed to'];

/** Sent back, not sent out: "30 from North Korea have been sent back home in coffins". */
/**
 * Troops there, said by what they do for Russia: "about 10,000 are thought to be fighting for Moscow". The verb,
 * what may stand before it, and the side after it, which must be Russia's.
 */
export const FIGHTING_FOR = {
  before: ['thought to be', 'believed to be', 'said to be', 'reported to be', 'estimated to be', 'now', 'already', 'recently'],
  // "…, and hundreds have recently taken part in offensive operations".
  verbs: ['fighting', 'serving', 'taken part', 'taking part', 'took part'],
  prepositions: ['for', 'alongside', 'with', 'on the side of', 'beside'],
  sides: ['russian forces', 'russian troops', 'the russian army', 'the russian military'],
  /** Or where they fight: "as many as 8,000 fighting on the front lines in Kursk". */
  places: [
    'on the front lines',
    'on the front line',
    'on the frontline',
    'on the frontlines',
    'at the front',
    'in kursk',
    'in the kursk region',
    // Not "in combat drills", "in the fighting spirit": only what is fighting itself.
    ...['in offensive operations', 'in assaults', 'in combat operations', 'in the assault'],
  ],
  /** …not for the other side, named soon after: "20,000 are fighting on the front lines for Ukraine". */
  otherSides: ['ukraine', "ukraine's", 'ukrainian', 'kyiv'],
  /**
   * …nor where the sentence speaks of others who fight for Russia, or of a mixed force: "Kyiv says about 15,000 are
   * fighting for Russia, besides North Korea's troops", "30,000 are fighting for Moscow, including North Koreans".
   */
  others: [
    ...['foreigners', 'foreign', 'recruits', 'recruited', 'convicts', 'mercenaries', 'besides', 'including', 'apart from'],
    ...['nepal', 'nepalese', 'nepali', 'cuba', 'cuban', 'cubans', 'india', 'indian', 'indians', 'syrian', 'syrians'],
    ...['african', 'africans', 'chechen', 'chechens', 'volunteers'],
  ],
};
export const SENT_BACK = ['back', 'home'];
/** Said between troops and their verb of sending: "1,000 already believed to have arrived", "3,000 more recently deployed". */
export const SENT_AFTER_FILLERS = [
  'already',
  // "with approximately 1,000 already having arrived".
  'having',
  'initially',
  'originally',
  // "on top of around 11,000 troops previously deployed".
  'previously',
  'earlier',
  // "approximately 3 000 or more were additionally sent in January and February".
  'additionally',
  'recently',
  'reportedly',
  'now',
  'believed to have',
  'thought to have',
  'said to have',
  'estimated to have',
  // "with 1,000 combat engineers already confirmed to have arrived".
  ...['confirmed to have', 'reported to have', 'known to have'],
  // "1,500 additional troops seem to have been dispatched recently".
  ...['seem', 'seems', 'appear', 'appears'].map((verb) => `${verb} to have`),
  // "Thousands more seem to be training in Russia's far east"; "with at least 3,000 confirmed to be in training in Russia's
  // far east".
  ...['seem', 'seems', 'appear', 'appears', 'confirmed', 'believed', 'thought', 'said', 'reported'].map((verb) => `${verb} to be`),
];
/** A deployment named as a plan: "the planned third deployment of 6,000 troops", "an eventual deployment of 10,000". */
export const PLANNED_NOUN_ADJECTIVES = [
  ...['planned', 'eventual', 'expected', 'proposed', 'promised', 'pledged', 'potential', 'possible'],
  // "amid imminent deployment of thousands of North Korean troops".
  'imminent',
  // "is preparing for a third deployment of around 6,000 troops".
  ...['preparing for', 'prepares for', 'prepare for', 'plans for'].flatMap((p) => [`${p} a`, `${p} the`, `${p} another`]),
  // "is now considering a third deployment of approximately 3,500 troops".
  // Not "considering the deployment of 12,000 North Korean soldiers", thought about, not planned.
  ...['considering', 'considers', 'weighing'].flatMap((p) => [`${p} a`, `${p} another`]),
];

/**
 * North Koreans at work, not troops: "47,000 North Koreans are working in Russia"; only said of these nouns, not of
 * sappers or builders "already working to clear mines in Kursk".
 */
export const AT_WORK_NOUNS = ['north koreans', 'people', 'others'];
/** Military units by name, one each. */
const UNIT_NAMES = ['battalion', 'brigade', 'regiment', 'division', 'unit'];
/**
 * Troops that are no deployment, said of the count itself: on parade ("Thousands of military personnel will march
 * in formation", "The parade featured over 14,000 troops"), taken home ("2,000 soldiers have been taken back to
 * North Korea"), defected; or a unit's size in general ("The size of a battalion can vary, often ranging from 300 to
 * 1,000 troops").
 */
export const NOT_DEPLOYED = {
  /** Said right after the troops, perhaps after an auxiliary: "will march in formation", "have defected". */
  after: [
    ...['march in formation', 'marched in formation', 'marching in formation', 'march in the parade', 'marched in the parade'],
    ...['paraded', 'repatriated', 'returned home', 'sent home', 'defected'],
    // Defectors: "some 28,000 North Koreans have fled to South Korea", "have risked their lives to flee".
    ...['fled', 'escaped', 'defected to', 'risked their lives to flee', 'resettled', 'are known to have returned'],
    // "Kim smiled and saluted as thousands of soldiers marched past".
    ...['marched past', 'march past', 'marching past'],
    // "more than 10,000 soldiers, over 100 aircraft … will be featured" (a parade).
    ...['will be featured', 'were featured', 'are featured'],
    // "Dozens of North Korean servicemen are expected to participate in the event" (a parade).
    ...['participate', 'take part'].flatMap((v) => [`expected to ${v} in the event`, `expected to ${v} in the parade`]),
    // "six men against 50 North Koreans in each unit": a unit's size, not a deployment.
    ...['in each unit', 'in every unit', 'per unit', 'in each group'],
    // "The 25,000 North Koreans in question are not soldiers, though".
    ...['are not soldiers', 'in question are not soldiers', 'are not troops', 'were not soldiers'],
  ],
  /** "taken back to nuclear-armed North Korea": back home, not to the front. */
  backVerbs: [
    ...['taken back to', 'brought back to', 'flown back to', 'sent back to'],
    // "about 1,100 soldiers returned to North Korea in December 2025".
    ...['returned to', 'returning to', 'went back to', 'came back to', 'rotated back to'],
  ],
  homes: ['north korea', 'pyongyang', 'the dprk'],
  auxiliaries: [
    'have',
    'has',
    'had',
    'will',
    'were',
    'was',
    'are',
    'is',
    'have been',
    'has been',
    'had been',
    'later',
    'reportedly',
  ].concat(
    // "around 2,000 North Korean soldiers have already been repatriated", "have since been repatriated".
    ['already', 'since', 'recently', 'been'],
  ),
  /** Said right before them. */
  before: [
    ...['parade featured', 'parade included', 'parade of', 'paraded', 'groups of', 'squads of', 'teams of', 'waves of'],
    // "assigned to each battalion of about 500 soldiers": a unit's size.
    ...['each', 'every'].flatMap((which) => [...UNIT_NAMES, 'company'].map((u) => `${which} ${u} of`)),
  ],
  /**
   * Troops home again: "Kim Jong-un welcomed around 1,000 engineer troops from the 528th Regiment"; not where Russia,
   * named before, is the one welcoming them ("Russia has turned to the DPRK…, welcoming more than 12,000 DPRK troops").
   */
  welcomed: ['welcomed', 'welcomed back', 'welcomed home', 'welcoming', 'welcomes', 'greeted', 'greeting'],
  /**
   * Soldiers on parade at home, in a sentence that names no side or place of the war: "More than 50,000 North Koreans,
   * including 13,000 troops, took part in a massive military parade Thursday".
   */
  parade: ['parade', 'parades'],
  /**
   * Soldiers at home, at the border with the South or in drills, in a sentence that names no side or place of the war:
   * "about 20 North Korean soldiers briefly crossed the military demarcation line", "about 19,000 military personnel
   * will participate in the exercises".
   */
  atHome: ['demarcation line', 'demilitarized zone', 'dmz', 'inter-korean border', 'warning shots', 'barbed wire'],
  /** …or sent to another border, whatever else is named: "'Storm Corps' Troops Are … Being Sent To The Chinese Border". */
  sentElsewhere: ['to the chinese border', 'to the border with china'],
  /**
   * …or a crowd at home, in a sentence that names no side or place of the war: "Thousands of North Koreans dressed up in
   * colorful costumes to greet Putin", "tens of thousands lined the streets of Pyongyang".
   */
  crowd: [
    ...['costumes', 'lined the streets', 'lining the streets', 'lined the roads', 'bouquets', 'mass games'],
    ...['kim il sung square', 'to greet putin', 'to welcome putin', 'greeted putin', 'welcomed putin'],
    // "Thousands of North Koreans stood to attention in the vast auditorium, with Kim in the front row".
    ...['stood to attention', 'auditorium', 'mass rally'],
  ],
  /**
   * …or its army's size among the world's, unless the sentence says they were sent: "Totaling 180,000 troops, North
   * Korea has the largest number of special ops forces in the world", "maintains a peacetime army of 1.28 million"
   * (not troops there called "the most battle-tested in the world").
   */
  armyAtHome: ['peacetime', 'the largest number of', "world's largest army", 'largest army in the world', 'largest armies'],
  /** …or in drills, unless the sentence says they were sent: "trained in drills before being sent to Kursk". */
  inDrills: ['exercise', 'exercises', 'drill', 'drills', 'freedom shield'],
  /** …unless it names their sending: "The deployment of around 12,000 North Korean troops was celebrated at a parade". */
  paradeOfTheSent: [...SEND.nouns, ...SEND.past, ...SEND.ing],
  /**
   * An army's own recruits, unless their words name them North Korean: "Ukraine's National Security Council … revealed
   * plans to recruit an additional 160,000 personnel".
   */
  recruited: ['recruit', 'recruits', 'recruiting', 'recruited', 'mobilize', 'mobilise', 'mobilizing', 'mobilising', 'conscript', 'draft'],
  /** A unit's size said in general: both a unit's size and a word of generality in the sentence. */
  units: UNIT_NAMES,
  general: ['can vary', 'varies', 'typically', 'ranging', 'usually', 'normally', 'generally'],
  /** "a battalion typically consists of several hundred soldiers": a unit's size, said by its verb. */
  sizeVerbs: ['consists of', 'consist of', 'comprises', 'comprise', 'made up of'],
  /** Words between the unit and its verb: "A battalion can vary in size but is generally made up of". */
  reach: 7,
};
/**
 * North Koreans counted crossing into Russia in a sentence on migration, with no word of troops: "13,221 North
 * Koreans entered Russia in 2024, immigration figures show", "North Koreans entering Russia surge to 13,000,
 * suggests labor deal". Said only of these nouns.
 */
// "Among those who entered Russia last year, 7,887 of them said their visit was for education purposes".
export const MIGRANT_NOUNS = ['north koreans', 'people', 'of them', 'of those', 'of these', 'of whom'];
/**
 * A force Ukraine's side is said to hold or fight, no side named in its own words: "his army are holding down around
 * 50,000 troops in Kursk", "its hard-pressed military was battling 50,000 troops". Russia's, or both sides', no
 * deployment of North Korea's.
 */
export const FOUGHT_BY_UKRAINE = ['battling', 'holding down', 'holding back', 'tying down', 'tied down', 'pinning down', 'pinned down'];
/**
 * North Koreans who fled to the South, counted by these nouns in a sentence that says so: "135 North Koreans arrived
 * in South Korea between January and March", "63 defectors, including 40 men and 23 women". Never troops.
 */
export const DEFECTOR_NOUNS = ['north koreans', 'people', 'men', 'women', 'defectors'];
export const DEFECTION = {
  /** Said of the counted, in their own clause after them: "20 North Koreans who defected to the South". */
  after: ['defected', ...['arrived in', 'settled in', 'entered'].map((verb) => `${verb} south korea`)],
  /** …or sent back against their will, said before them: "China has forcibly repatriated over 400 North Koreans". */
  before: ['forcibly repatriated', 'forcibly returned', 'forcibly sent back', 'deported'],
  /** …or the defectors named as the whole they are part of, where no sending or Russia is said: "defectors … 63, including 40 men". */
  whole: ['defectors', 'defections', 'defection'],
};
/** …words that make them troops after all: "11,000 North Koreans were sent to Kursk, where they fought". */
export const MIGRANTS_AS_TROOPS = ['military', 'deployed', 'deployment', 'fought', 'kursk'];
/**
 * Words of arrival statistics: a bare count said to have arrived in a sentence with them is of people counted at a
 * border, not troops ("By quarter, 229 arrived in the first three months of the year, 320 in the second quarter").
 */
export const ARRIVAL_STATISTICS = [
  ...['quarter', 'quarterly', 'statistics', 'statistical', 'records show', 'entry data', 'entry records'],
  ...['immigration', 'border crossings', 'arrivals', 'defectors'],
];
/** People moved out of harm's way: a count with no noun of its own in such a sentence is of them ("Flooding forces North Korea to evacuate 5,000"). */
export const EVACUATION = ['evacuate', 'evacuated', 'evacuating', 'evacuation', 'evacuees'];
export const MIGRATION = [
  ...['immigration', 'migration', 'migrants', 'migrant', 'visa', 'visas', 'labor', 'labour', 'workers', 'laborers', 'labourers'],
  // "In 2024 alone, records show that over 13,000 North Koreans entered Russia", "official Russian data shows that
  // 13,221 North Koreans entered Russia in 2024".
  ...['records show', 'entry data', 'entry records', 'data shows', 'data show'],
  ...['tourists', 'tourism', 'students', 'statistics', 'statistical', 'border crossings', 'entries', 'arrivals'],
  ...['education', 'educational', 'visit', 'visits', 'visitors'],
  // "About 50,000 North Koreans are thought to have been working in China"; "prompting the evacuation of 5,000 North
  // Koreans" from a flood.
  ...['working in', 'worked in'],
  ...EVACUATION,
  // "More than 3,700 North Koreans visited Russia during the third quarter this year for 'study' purposes", "Border
  // officials reported that 3,765 North Koreans arrived in Russia from July to September".
  ...['visited', 'quarter', 'quarterly', 'border officials', 'border service', 'border guard service'],
  // Not "the Institute for the Study of War".
  ...['to study', 'for study', 'study purposes', 'study" purposes'],
  // Sent to make drones: "Putin Mulls Importing 12000 North Koreans to Work in Drone Plant", "Over 25,000 North Koreans
  // to collaborate with Russia in executing drone-based … strategies" (workers for the Alabuga plant).
  ...['to work', 'drone plant', 'drone plants', 'drone factory', 'drone factories', 'drone production', 'drone-based', 'alabuga'],
  // "Russian region in Siberia seeks 2,000 North Koreans for construction projects".
  ...['construction projects', 'construction sites', 'building sites'],
  // "a Moscow-based construction firm that expects to employ 300 North Koreans", "dispatched to assist in various sectors".
  ...['employ', 'employs', 'employing', 'hire', 'hires', 'hiring', 'sectors'],
];
// "more than 50,000 North Koreans are expected to work in Russia".
export const AT_WORK = ['working', 'employed', 'work', 'labouring', 'laboring', 'expected to work', 'set to work', 'sent to work'];
export const AT_WORK_ADVERBS = ['at present', 'now', 'currently', 'already', 'still'];
/**
 * Civilian workers: a count with no noun of its own in a sentence about them, and none about troops, counts
 * workers ("North Korean workers in Russia … estimated around 20,000 arrived each year").
 */
export const WORKERS = ['workers', 'labourers', 'laborers', 'workforce', 'labour force', 'labor force'];
/** Besides soldiers and deployments named, what makes such a sentence about troops too. */
export const MILITARY_TOO = [
  ...['front', 'fight', 'fighting', 'combat', 'builders', 'sappers', 'deminers', 'servicemen', 'men'],
  ...['army', 'brigade', 'brigades', 'battalion', 'battalions', 'units', 'contingent', 'corps'],
];

/** Words that say a sentence is about troops, for a bare "3,000 more". */
export const TROOP_WORDS = ['troop', 'troops', 'soldiers', 'reinforcements', 'personnel', 'forces', 'servicemen'];
/**
 * Troops named as what a count counts, before it, where its noun after is only "people": "assessing the number of
 * North Korean soldiers in Russia to be about 12,000 people", "The estimated number of personnel is up to three
 * thousand people". How far before the count they may be named.
 */
export const TROOPS_NAMED_FIRST = { counts: ['number of', 'numbers of'], reach: 50 };
/** Words that say people in the sentence are military, so a bare toll is theirs. */
export const MILITARY_PEOPLE = [
  'north korean',
  'north koreans',
  'soldiers',
  'troops',
  'force',
  'forces',
  'contingent',
  'unit',
  'units',
  'servicemen',
  'personnel',
  'casualties',
  'army',
  'corps',
  'battalion',
  'battalions',
  'brigade',
  'brigades',
  // "neutralized 62,400 Russian occupiers and 4,500 North Korean soldiers", as Ukraine's officials name Russia's troops.
  ...['occupiers', 'invaders'],
];
/** "people" counts soldiers only where the sentence names them so. */
export const NK_PERSONNEL = [
  'north korean soldiers',
  'north korean troops',
  'north korean forces',
  'north korean servicemen',
  'north korean personnel',
  'north korean officers',
  'north korean military personnel',
  'north korean military',
  'north korean fighters',
  // "North Korean troop losses … have reached 4,000 individuals".
  'north korean troop',
];
/** The size of North Korea's own army, not a deployment: "armed forces, numbering 1.2 million". */
export const ARMIES = ['armed forces', 'army', 'military', 'standing army', 'military force', 'armed force'];
/** An army's size among the world's: "one of the largest armies in the world, with…". */
export const WORLD_ARMIES = ['armies', 'militaries', 'army', 'military'].flatMap((a) => [`${a} in the world`, `${a} on earth`]);
/** A number that is a people's size, not soldiers: "in a country of just 26 million". */
export const POPULATION_BEFORE = ['a country of', 'a nation of', 'a population of', 'population of'];
export const POPULATION_HEDGES = ['just', 'only', 'roughly', 'some'];
/** A ratio, not a count: "one translator to every 30 North Korean soldiers". */
export const RATIO_BEFORE = ['every', 'each', 'per'];
export const ARMY_SIZE_LINKS = ['numbering', 'of', 'totaling', 'totalling', 'totals', 'total', 'with'];
/** Troops an army keeps, not troops sent: "maintains around 1.28 million active troops". */
export const ARMY_SIZE_VERBS = ['maintains', 'maintained', 'fields', 'boasts', 'operates'];
export const ARMY_MODIFIERS = ['active', 'active-duty', 'standing'];
/**
 * A force sent, sized by the count after it: "out of a total deployment of 15,000", "the entire contingent of
 * 12,000". The count is the force, not what was lost of it, whatever the sentence says of losses.
 */
export const SENT_FORCE_OF = {
  adjectives: ['total', 'initial', 'original', 'entire', 'whole', 'overall'],
  nouns: ['deployment', 'contingent', 'expeditionary force', 'expeditionary corps'],
};

/**
 * A whole named only by its sending, its noun left out, a part of it counted before: "About 4,000 of the 12,000 sent
 * were killed or wounded", "of the roughly 12,000 who were originally deployed".
 */
export const WHOLE_SENT = {
  passive: ['were', 'was', 'have been', 'had been', 'has been'],
  adverbs: ['originally', 'initially', 'first', 'already'],
  /** What follows the place they were sent to, for its words to end: "deployed to Kursk were killed". */
  next: ['were', 'was', 'have', 'had', 'are', 'is'],
};

/** Russia as a key fact label's subject, the count its own: "• 12,000: troops Russia lost". */
export const KEY_FACT_RUSSIA_VERBS = ['lost', 'has lost', 'had lost', 'lose', 'loses'];
