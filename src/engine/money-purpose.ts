/**
 * What an amount of money was for: a soldier's pay, payment for the troops or
 * for weapons, or what North Korea got in return. The cue nearest the amount
 * decides; money that is an economy's size is no payment.
 */
import { type Classified, type InSentence, ownClause } from './in-sentence';
import { alternation as any } from './lexicon/compile';
import * as words from './lexicon/en/money';
import { NORTH_KOREA_NAMES } from './lexicon/en/parties';
import { MONEY_CUES, MONEY_CUES_BEFORE, NK_PERSONNEL_WORDS, RUSSIA, SENDING_SAID } from './measure-cues';
import type { Measure } from './measures';
import { namedOwner, ownerOf, ownerOfWords } from './owner';
import { meter } from './step-meter';
import { NORTH_KOREA } from './topic-keywords';
import { valueBounds } from './value';

/** Money that is an economy's size, not a payment: "total trade with China was $2.3 billion" (arms exports are sales, not trade). */
const NOT_PAYMENT = new RegExp(
  `\\b(?:${any(words.NOT_PAYMENT)}|(?<!(?:${any(words.ARMS_TRADED)}) )(?:${any(words.EXPORTS)})|${any(words.WOULD_BE_ENOUGH)})\\b`,
);
/** Money stolen, by the verb right before the amount (a qualifier between) or the words right after it. */
const STOLEN_BEFORE = new RegExp(`\\b(?:${any(words.STOLEN.before)})(?: [a-z]+){0,2} $`);
const STOLEN_AFTER = new RegExp(`^ (?:${any(words.STOLEN.after)})\\b`);
const OWN_PROGRAM = `(?:${any(words.FOR_OWN_PROGRAMS.owners)}) (?:${any(words.FOR_OWN_PROGRAMS.programs)}) (?:${any(words.FOR_OWN_PROGRAMS.nouns)})\\b`;
const FUNNELLED_TO_OWN_PROGRAM = new RegExp(`^(?: of (?:us )?dollars)? ${words.FOR_OWN_PROGRAMS.funnelledLink} ${OWN_PROGRAM}`);
const FUNNELLED_BEFORE = new RegExp(`\\b(?:${any(words.FOR_OWN_PROGRAMS.funnelled)})(?: [a-z]+){0,2} $`);
const FOR_OWN_PROGRAM = new RegExp(`^(?: of (?:us )?dollars)? (?:${any(words.FOR_OWN_PROGRAMS.links)}) ${OWN_PROGRAM}`);
const STOLEN_IN_CLAUSE = new RegExp(`\\b(?:${any(words.STOLEN.inClause)})\\b`);
/** How far before an amount its verb of stealing is read: "stole an estimated ". */
const STOLEN_REACH = 24;
/** A clause of its own after the amount, opened by a participle: ", translating to…", ", making…". */
const CLAUSE_BREAK = /[;:]|, (?=[a-z]+ing )/;
const TRADE_STATISTICS = new RegExp(`\\b(?:${any(words.TRADE_STATISTICS)})\\b`);
/** Pay that is not a North Korean soldier's: workers, residents, Russian or foreign soldiers. */
const OTHER_PAY = new RegExp(`\\b(?:${any(words.OTHER_PAY)})\\b`);
const OTHERS_PAY = new RegExp(`\\b(?:${any(words.OTHERS_PAY)})\\b`);
/** How far before a sum its earnings verb is read: "North Korea earned some". */
const EARNED_REACH = 40;
const EARNED_BEFORE = new RegExp(`\\b(?:${any(words.EARNINGS)})\\b(?: [a-z]+){0,3} $`);
/** Earners of others' money: "North Korea's IT workers earned about $600 million". */
const OTHER_EARNERS = new RegExp(`\\b(?:${any(words.OTHER_EARNERS)})\\b`);
const OTHERS_ARMS_TRADE = new RegExp(`\\b(?:${any(words.OTHER_ARMS_TRADERS)}) (?:${any(words.ARMS_TRADED)})\\b`);
const OTHERS_REACH = 16;
const ARMS_FOR_UKRAINE = new RegExp(`\\b(?:${any(words.ARMS_PAID_FOR)}) (?:${any(words.FOR_UKRAINE)})\\b`);
const RECIPIENT = new RegExp(`^(?:${any(words.AID_RECIPIENTS)})$`);
const PERIOD_ONLY = new RegExp(`^(?:${any(words.PERIOD_ONLY_PAY)})$`);
const TROOPS_PAID = MONEY_CUES.find((c) => c.measure === 'payment_for_troops')!.re;
/** A count in the troops paid for: "for 11,000 troops". */
const TROOPS_COUNT = /\d/;
/**
 * What arms or troops earned, named before the amount: "revenue from supplying weapons", "income from arms sales",
 * "revenue from sending troops". The cues then say which.
 */
const WAR_SALES_EARNED = new RegExp(
  `\\b(?:${any(words.EARNINGS)}) from (?:(?:${any([...words.SELLING, ...words.SENDING_FOR])}) )?(?:[a-z]+ ){0,3}(?:${any([...words.ARMS_PAID_FOR, ...words.TROOPS_PAID_FOR])})\\b`,
);
/** Earnings named as the war's, before the amount: "North Korea's income from the war amounts to". */
const WAR_INCOME = new RegExp(`\\b(?:${any(words.EARNINGS)}) (?:${any(words.EARNED_BY_NAMED)})\\b(?! chest)`);
/** Arms named as what earned, before the earnings: "The arms trade generated revenue of $5.5 billion". */
const ARMS_EARNED_BEFORE = new RegExp(
  `\\b(?:${any(words.ARMS_TRADED)})(?: [a-z]+){0,${words.ARMS_EARNED.reach}} (?:${any(words.EARNINGS)})(?: [a-z]+)? (?:${any(words.ARMS_EARNED.earnings)})(?: of)? $`,
);
const ECONOMY_GAINED = new RegExp(
  `\\b(?:${any(words.ECONOMY_GAINED.verbs)}) (?:${any(words.ECONOMY_GAINED.owners)}) ${words.ECONOMY_GAINED.economy} (?:[a-z]+ )?$`,
);
const TROOPS_SENT = new RegExp(`\\b(?:${any(words.TROOPS_EARNING)})\\b`);
const ARMS = new RegExp(`\\b(?:${any(words.ARMS_PAID_FOR)})\\b`);
const PAY_WORDS = new RegExp(`\\b(?:${any(words.PAY_WORDS)})\\b`);
/** Aid named for a party, its words then the party's: "to aid Ukraine", "assistance to Kyiv". */
const AID_FOR = new RegExp(`^(?:${any(words.AID_WORDS)}) (?:(?:${any(words.AID_RECIPIENT_LINKS)}) )?`);
/** "from the war chest" is no earning from the war. */
const WAR_EARNED = new RegExp(`\\b(?:${any(words.EARNED_BY_NAMED)})\\b(?! chest)`);
/** "Each North Korean soldier … is reported to earn $2,000": one soldier's pay. */
const ONE_SOLDIER_EARNS = new RegExp(
  `\\b(?:${any(words.ONE_SOLDIER_EARNS.determiners)}) (?:[a-z'-]+ ){0,2}(?:${any(words.ONE_SOLDIER_EARNS.soldiers)})(?: [a-z'-]+){0,${words.ONE_SOLDIER_EARNS.reach}} (?:${any(words.ONE_SOLDIER_EARNS.verbs)})(?: (?:${any(words.ONE_SOLDIER_EARNS.hedges)}))? $`,
);
/** North Korea as the one that receives the sum: "Pyongyang could receive". */
const STATE_RECEIVES = new RegExp(
  `\\b(?:${any([...NORTH_KOREA_NAMES, ...words.STATE_RECEIVES.states])})(?: [a-z'-]+){0,${words.STATE_RECEIVES.reach}} (?:${any(words.STATE_RECEIVES.verbs)}) $`,
);
/** …or after the sum, its clause's subject: "the $30,000 the state is receiving from Russia for each soldier killed". */
const STATE_RECEIVES_AFTER = new RegExp(
  `^ (?:that )?(?:${any([...NORTH_KOREA_NAMES, ...words.STATE_RECEIVES.states])})(?: [a-z'-]+){0,${words.STATE_RECEIVES.reach}} (?:${any(words.STATE_RECEIVES.verbs)})\\b`,
);
/** How far before an amount the soldier who earns it is read. */
const ONE_SOLDIER_REACH = 100;
const PERIODS = (['year', 'month'] as const).map((per) => ({ per, re: new RegExp(`\\b(?:${any(words.PAY_PERIODS[per])})\\b`) }));

/** The money cues, each made once to find every match before an amount. */
const EVERY_MONEY_CUE = MONEY_CUES.map(({ measure, re }) => ({ measure, global: new RegExp(re.source, 'g') }));

/** Where the clause a sum is paid in ends, for what it paid for: "…to rebuild Sinuiju, and paid for the troops". */
/** A verb of making money right before the amount, a qualifier between: "generated five million dollars". */
const MADE_FOR_IT_BEFORE = new RegExp(`\\b(?:${any(words.MADE_FOR_NK)})(?: [a-z]+){0,2} $`);
const MADE_REACH = 40;
const EXCHANGED = new RegExp(`^(?:${any(words.IN_RETURN)})$`);
const PURPOSE_CLAUSE_END = new RegExp(`${CLAUSE_BREAK.source}|, (?:${any(words.PURPOSE_CLAUSE_OPENERS)})\\b`);

/**
 * The cue after an amount, in its clause, that says what it paid for rather than who was paid: "paid $1.1 billion to
 * Pyongyang for the troops". Aid or goods named first keep it aid ("to Pyongyang as economic aid for its troops"); troops
 * and arms together are counted as arms, as the record counts them ("for troops and weapons").
 */
function paidFor(after: string): { measure: Measure; at: number; cue: string } | null {
  const clause = after.split(PURPOSE_CLAUSE_END)[0]!;
  let first: { measure: Measure; at: number; cue: string } | null = null;
  for (const { measure, global } of EVERY_MONEY_CUE) {
    global.lastIndex = 0;
    for (let m = global.exec(clause); m; m = global.exec(clause)) {
      meter.steps++;
      // Nor the words of an exchange, which name what was paid for next: "to Pyongyang in exchange for troops".
      if (measure === 'aid_to_nk' && (RECIPIENT.test(m[0]) || EXCHANGED.test(m[0]))) continue;
      if (!first || m.index < first.at) first = { measure, at: m.index, cue: m[0] };
      break;
    }
  }
  if (!first || first.measure === 'aid_to_nk') return null;
  const arms = first.measure === 'payment_for_troops' ? ARMS.exec(clause.slice(first.at)) : null;
  if (arms) return { measure: 'payment_for_weapons', at: first.at + arms.index, cue: arms[0] };
  return first;
}

export function moneyPurpose(s: InSentence, after: string, before: string): Classified | null {
  // A selection about North Korea need not name a party for a troop deal's worth: "The troop deal is worth $1 billion"
  // (below).
  const named = s.says(NORTH_KOREA) || s.says(RUSSIA) || s.says(PAY_WORDS);
  if (!named && !s.assumeTopic) return null;
  if (ownerOf(s, null) === 'other') return null;
  if (s.says(TRADE_STATISTICS)) return null;
  // Stolen money: "hackers stole $1.5 billion in cryptocurrency".
  if (STOLEN_BEFORE.test(before.slice(-STOLEN_REACH)) || STOLEN_AFTER.test(after)) return null;
  const own = ownClause(before, after);
  if (STOLEN_IN_CLAUSE.test(`${own.before} ${own.after}`)) return null;
  // Money for North Korea's own arms: "billions of dollars for its weapons programs".
  // Or funnelled to them by others than Russia: "IT workers … funnel millions of dollars to Pyongyang's weapons programs".
  if (FOR_OWN_PROGRAM.test(after) || (FUNNELLED_TO_OWN_PROGRAM.test(after) && FUNNELLED_BEFORE.test(before) && !s.says(RUSSIA)))
    return null;
  // "10,000 soldiers … translating to yearly revenue of $200 million": what the troops earn it, unless a cue says more.
  const earnedBefore = EARNED_BEFORE.test(before.slice(-EARNED_REACH));
  const earned = earnedBefore && s.says(TROOPS_SENT) && !s.says(ARMS);
  // "North Korea's revenue from supplying weapons to Russia reached": earnings from arms, no economy's size.
  if (
    !earned &&
    NOT_PAYMENT.test(before.slice(-60)) &&
    !WAR_SALES_EARNED.test(before) &&
    !WAR_INCOME.test(before) &&
    !ECONOMY_GAINED.test(before) &&
    !ARMS_EARNED_BEFORE.test(before.slice(-60))
  )
    return null;
  // The soldier's own words say whose pay it is: not "each Russian soldier", whatever else the sentence counts.
  const oneEarns = ONE_SOLDIER_EARNS.exec(before.slice(-ONE_SOLDIER_REACH));
  const earner = oneEarns ? ownerOfWords(oneEarns[0]) : null;
  if (oneEarns && !OTHER_PAY.test(oneEarns[0]) && (earner === null || earner === 'north_korea')) return { measure: 'soldier_pay' };
  let best: { measure: Measure; at: number; cue: string } | null = null;
  for (const { measure, re } of MONEY_CUES) {
    const m = re.exec(after);
    if (m && (!best || m.index < best.at)) best = { measure, at: m.index, cue: m[0] };
  }
  // What the sum paid for, said after it in its clause, where a cue names no more than who was paid.
  const purpose = paidFor(after);
  // Nor do the words of an exchange, which name what was paid for next: "$1.2 billion in return for the troops".
  if (best?.measure === 'aid_to_nk' && (RECIPIENT.test(best.cue) || EXCHANGED.test(best.cue)) && purpose) best = purpose;
  // Money North Korea's own people made for it, no gift of Russia's: "help North Koreans get hired and generated five
  // million dollars for Pyongyang", "North Korean laborers in Russia generated $500 million for Pyongyang".
  // Not the arms trade's or the troops' earnings: "The arms trade with Russia generated revenue of $5.5 billion".
  if (
    best?.measure === 'aid_to_nk' &&
    RECIPIENT.test(best.cue) &&
    MADE_FOR_IT_BEFORE.test(before.slice(-MADE_REACH)) &&
    !s.says(ARMS) &&
    !s.says(TROOPS_SENT)
  )
    return null;
  if (!best && earned) return { measure: 'payment_for_troops' };
  // A cue before the amount decides where it stands nearer than the one after: "the value of the arms deal … at
  // $5.5 billion, viewing military support for North Korea…".
  // The cue that ends nearest wins; of two that end alike, the longer, which names both ("weapons, ammunition, and
  // troops worth": arms and troops together are counted as arms, as the record counts them).
  let nearestBefore: { measure: Measure; at: number; cue: string } | null = null;
  for (const { measure, global } of EVERY_MONEY_CUE) {
    global.lastIndex = 0;
    for (let m = global.exec(before); m; m = global.exec(before)) {
      meter.steps++;
      const end = m.index + m[0].length;
      const bestEnd = nearestBefore ? nearestBefore.at + nearestBefore.cue.length : -1;
      if (end > bestEnd || (end === bestEnd && m[0].length > nearestBefore!.cue.length))
        nearestBefore = { measure, at: m.index, cue: m[0] };
    }
  }
  // Arms or troops that "brought" North Korea the sum, said right before it: "The shells sold to Russia may have earned
  // Pyongyang up to $5 billion".
  for (const { measure, re } of MONEY_CUES_BEFORE) {
    const m = re.exec(before);
    if (m) nearestBefore = { measure, at: m.index, cue: m[0] };
  }
  // …but North Korea named before it as the one paid yields to what the sum paid for, after it: "North Korea received
  // $2.5 billion for its arms".
  const onlyPaid = nearestBefore?.measure === 'aid_to_nk' && RECIPIENT.test(nearestBefore.cue) && purpose;
  if (nearestBefore && !onlyPaid && (!best || before.length - (nearestBefore.at + nearestBefore.cue.length) <= best.at))
    best = nearestBefore;
  // North Korea named as the one paid says no more than that: "The troop deal could be worth $1.5 billion a year to
  // Pyongyang" pays for troops.
  if (best && nearestBefore && best !== nearestBefore && best.measure === 'aid_to_nk' && RECIPIENT.test(best.cue)) best = nearestBefore;
  // "$22 million a month for 11,000 troops": a total paid for the troops, by the month, not one soldier's pay.
  if (best?.measure === 'soldier_pay' && PERIOD_ONLY.test(best.cue)) {
    // So too a sum no soldier is paid: "roughly $20 million a month for its soldiers".
    const troops = TROOPS_PAID.exec(after);
    if (troops && (TROOPS_COUNT.test(troops[0]) || valueBounds(s.quantity.value).low >= words.MOST_ONE_SOLDIER_IS_PAID))
      return { measure: 'payment_for_troops', per: 'month' };
  }
  // What North Korea earns in a sentence about its troops sent is what they earn it, though it goes "for Pyongyang".
  if (earned && best?.measure === 'aid_to_nk') return { measure: 'payment_for_troops' };
  // In the amount's own clause: not "a monthly wage of around $2,000, translating to yearly revenue of…".
  // Only a troop deal: arms money with no party named may be North Korea's own spending ("missile tests costing").
  if (!named && best?.measure !== 'payment_for_troops') return null;
  // Earnings said to come from arms or troops are a payment: "at least $1 billion in revenue from weapons sales".
  const nearAfter = after.slice(0, 40).split(CLAUSE_BREAK)[0]!;
  // What North Korea earns from Russia in a sentence about arms, no troops, is what the arms earn it: "North Korea has
  // supplied millions of shells, and it earned some $5 billion from Russia".
  // Not others' earnings: "Gazprom's profit fell to $3 billion, while Russia kept buying shells".
  if (
    !best &&
    earnedBefore &&
    !OTHER_EARNERS.test(before) &&
    s.says(ARMS) &&
    !s.says(TROOPS_SENT) &&
    s.says(RUSSIA) &&
    !NOT_PAYMENT.test(nearAfter)
  )
    return { measure: 'payment_for_weapons' };
  if (!best || (NOT_PAYMENT.test(nearAfter) && !WAR_SALES_EARNED.test(after.split(CLAUSE_BREAK)[0]!))) return null;
  // Another country's own arms trade: "Russia's arms exports earned it about $15 billion in 2020".
  if (
    best.measure === 'payment_for_weapons' &&
    best === nearestBefore &&
    OTHERS_ARMS_TRADE.test(before.slice(Math.max(0, best.at - OTHERS_REACH), best.at + best.cue.length))
  )
    return null;
  // Arms bought for Ukraine: "the initiative had raised $1.6 billion for 800,000 shells for Ukraine".
  if (best.measure === 'payment_for_weapons' && ARMS_FOR_UKRAINE.test(after.split(CLAUSE_BREAK)[0]!)) return null;
  // Aid to another party: "$50 billion in lending available to aid Ukraine".
  const said = best === nearestBefore ? before.slice(best.at) : after.slice(best.at);
  const aidFor = best.measure === 'aid_to_nk' ? AID_FOR.exec(said) : null;
  if (aidFor && ownerOfWords(said.slice(aidFor[0].length).split(' ', 2).join(' ')) === 'other') return null;
  // What the war earned is North Korea's only where it is named as the earner.
  if (WAR_EARNED.test(best.cue) && namedOwner(s, null) !== 'north_korea') return null;
  if (best.measure === 'soldier_pay' && (s.says(OTHER_PAY) || (s.says(OTHERS_PAY) && !s.says(NK_PERSONNEL_WORDS)))) return null;
  if (
    best.measure === 'soldier_pay' &&
    s.quantity.unit === 'USD' &&
    valueBounds(s.quantity.value).low > words.MOST_ONE_SOLDIER_IS_PAID_USD &&
    (STATE_RECEIVES.test(before.slice(-60)) || STATE_RECEIVES_AFTER.test(after))
  )
    return { measure: 'payment_for_troops' };
  // More than one soldier is paid, with no soldiers in the sentence: no pay, "send $300-million worth of dual-use stuff
  // monthly".
  if (
    best.measure === 'soldier_pay' &&
    s.quantity.unit === 'USD' &&
    valueBounds(s.quantity.value).low > words.MOST_ONE_SOLDIER_IS_PAID_USD &&
    !s.says(TROOPS_SENT)
  )
    return null;
  const per = PERIODS.find(({ re }) => re.test(best.cue))?.per;
  // A sum no one soldier is paid: "earn $80 million per month by sending 40,000 soldiers".
  const measure =
    best.measure === 'soldier_pay' &&
    s.quantity.unit === 'USD' &&
    valueBounds(s.quantity.value).low >= words.LEAST_PAID_FOR_TROOPS_USD &&
    s.says(SENDING_SAID)
      ? 'payment_for_troops'
      : best.measure;
  return per ? { measure, per } : { measure };
}
