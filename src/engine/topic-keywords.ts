/**
 * Who a passage is about: the names of North Korea, and the owners a number can
 * belong to. Matched against folded text (lower case, straight quotes).
 */

/** Naming any of these makes a text about North Korea. Also the content script's gate. */
export const NORTH_KOREA =
  /\b(?:north[- ]koreans?|north korea's|north korea|n\. ?korea(?:n|ns)?|dprk|d\.p\.r\.k\.?|pyongyang|kim jong[- ]?un|korean people's army|democratic people's republic of korea)\b/;

/** The hyphens, spaces and apostrophes that fold-text.ts reads as `-`, ` ` and `'`. */
const HYPHEN_OR_SPACE = '[-\\s\u2010-\u2013\u2212\uFE58\uFE63\uFF0D]';
const APOSTROPHE = "['\u2018\u2019\u201A\u201B\u2032]";

/**
 * The same names in raw text, any case and any of those variants, so that the
 * whole page need not be folded first: the gate's one test. It finds at least
 * what NORTH_KOREA finds in the folded text.
 */
export const NORTH_KOREA_ANY_CASE = new RegExp(
  NORTH_KOREA.source
    .replace(/\[- \]/g, HYPHEN_OR_SPACE)
    .replace(/ /g, '\\s')
    .replace(/'/g, APOSTROPHE),
  'i',
);

/** Does the text name North Korea at all? Pages that do not are never scanned. */
export function mentionsNorthKorea(text: string): boolean {
  return NORTH_KOREA_ANY_CASE.test(text);
}

/** Words that carry a passage on without naming the country ("these troops", "the regime"). */
export const CONTINUATION =
  /\b(?:these|those|the|its|his|kim's) (?:troops|soldiers|forces|units|men|fighters|shells|munitions|missiles|regime)\b|\bkim\b|\bthe north\b|\bkoreans?\b/;

export type Owner = 'north_korea' | 'russia' | 'other';

/** Names and adjectives of the parties a count can belong to, nearest wins. */
export const OWNERS: ReadonlyArray<{ owner: Owner; re: RegExp }> = [
  {
    owner: 'north_korea',
    re: /\b(?:north[- ]korean?s?(?:'s)?|n\. ?korean?s?|dprk|pyongyang(?:'s)?|kim(?: jong[- ]?un)?(?:'s)?|the north(?:'s)?|the regime(?:'s)?|korean people's army)\b/g,
  },
  { owner: 'russia', re: /\b(?:russian?s?(?:'s)?|moscow(?:'s)?|the kremlin(?:'s)?|putin(?:'s)?)\b/g },
  {
    owner: 'other',
    re: /\b(?:ukrain(?:e|ian|ians)(?:'s)?|kyiv(?:'s)?|soviet(?: union(?:'s)?)?|ussr|afghan(?:istan)?|iran(?:ian|ians)?(?:'s)?|tehran|chin(?:a|ese)(?:'s)?|beijing|south korean?s?(?:'s)?|seoul(?:'s)?|(?:the )?u\.?s\.?(?:'s)?|united states|americans?|washington(?! post)|nato|european|europe(?:'s)?|eu|british|britain|uk|french|france|german|germany|polish|poland|japan(?:ese)?|tokyo|israel(?:i|is)?|hamas|syrian?|wagner|czech(?:-led)?|prague|slovak(?:ia)?|dutch|netherlands|danish|denmark|swed(?:en|ish)|finn(?:ish|land)|norw(?:ay|egian)|baltic|eston(?:ia|ian)|latvian?|lithuanian?|romanian?|bulgarian?|turk(?:ey|ish)|ankara|india|indian|pakistani?|canad(?:a|ian)|australian?|ital(?:y|ian)|spa(?:in|nish)|belarus(?:ian)?|minsk|hungar(?:y|ian)|greek|greece|serbian?|taiwan(?:ese)?|berlin|paris|london|warsaw|brussels|kyiv's|zelensky's)\b/g,
  },
];

/** A party after these words is a source, not an owner: "according to BBC Ukraine". */
export const SOURCE_BEFORE = /\baccording to (?:the )?(?:[a-z.']+ ){0,2}$/;

/** A party followed by one of these receives the count: "Moscow had received several dozen missiles". */
export const RECIPIENT_AFTER = /^(?:'s)? (?:has |had |have )?(?:received|got|gets|obtained|acquired|imported|bought|purchased)\b/;

/** A party followed by one of these is a source of the number, not its owner ("Ukraine says"). */
export const SPEAKER_AFTER =
  /^\.?(?:'s)?(?: (?:and|or) [a-z.']+(?: [a-z.']+)?)?(?: [a-z.'-]+){0,2}? (?:says?|said|reports?|reported|estimates?|estimated|claims?|claimed|spotted|detected|observed|counted|tracked|found|identified|documented|noted|recorded|monitored|sees|saw|puts?|believes?|believed|stated|states|announced|told|confirmed|assessed|assesses|assessments?|thinks|intelligence|officials?|ministry|government|president|spy|agency|media|sources?|joint chiefs|lawmakers?|mps?|analysts?|data|figures|military said|military says)\b/;
