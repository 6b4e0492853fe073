/**
 * The words that say what a number counts. One table per kind of cue; the
 * classifier (classify-measure.ts) decides which applies. Matched on folded text.
 */

/**
 * What the noun after a number is. 'none' nouns end the search: the number counts
 * something Rangefinder does not measure ("240 rocket launchers", "four oblasts").
 */
export type NounKind = 'personnel' | 'casualties' | 'shells' | 'missiles' | 'containers' | 'shipments' | 'tons' | 'goods' | 'none';

/** Checked in order at each word; the first that matches there names the noun. */
export const NOUNS: ReadonlyArray<{ kind: NounKind; re: RegExp }> = [
  { kind: 'none', re: /^(?:rocket|missile|artillery|multiple[- ]rocket) (?:launchers?|systems?|pieces?|batteries|units?)\b/ },
  { kind: 'shells', re: /^(?:artillery |mortar |tank |ammunition )?(?:shells?|rounds?(?! trips?)|munitions|ammunition|ammo)\b/ },
  {
    kind: 'missiles',
    re: /^(?:ballistic |cruise |short-range |artillery |guided |anti-tank |kn-2[34] )?(?:missiles?|rockets?)\b|^kn-2[34]s\b/,
  },
  { kind: 'containers', re: /^(?:shipping |sea |cargo |freight |standard )?containers?\b/ },
  { kind: 'shipments', re: /^(?:shipments?|voyages?|deliveries|consignments?|trainloads?|cargo flights|sea shipments|round trips)\b/ },
  {
    kind: 'goods',
    re: /^(?:(?:metric |short )?(?:tons?|tonnes?) of (?:rice|food|wheat|grain|flour|corn|oil|crude|fuel|petroleum|diesel|fertili[sz]er)|barrels(?: of (?:oil|crude|fuel|petroleum))?)\b/,
  },
  { kind: 'tons', re: /^(?:metric |short )?(?:tons?|tonnes?)\b/ },
  {
    kind: 'casualties',
    // "wounded" before the people it describes ("two wounded North Korean soldiers") is a modifier.
    re: /^(?:casualties|casualty|losses|deaths|fatalities|(?:dead|killed|wounded|injured)(?! (?:north korean |russian |ukrainian |dprk )?(?:soldiers?|troops?|servicem[ae]n|personnel|fighters|men)\b)|prisoners?(?: of war)?|pows?|captives|kia|wia)\b/,
  },
  {
    kind: 'personnel',
    re: /^(?:troops?|soldiers?|servicem[ae]n|service members|personnel|fighters|forces|men|military personnel|special forces|commandos|conscripts|mercenaries|recruits|reinforcements|sappers|deminers|builders|specialists|military (?:construction )?(?:workers|builders)|(?:military|combat) engineers|officers|generals|north koreans|people|others|of them|of those|of whom|of the (?:troops|soldiers|north koreans)|their (?:number|numbers|strength|ranks)|contingent|expeditionary force|force|troop deployment|deployment|members of (?:the|a|an|its|their) (?:[a-z'.-]+ ){0,4}?(?:brigade|battalion|regiment|division|unit|corps|contingent|force|platoon|company|team))\b/,
  },
  {
    kind: 'none',
    re: /^(?:launchers?|howitzers?|tanks?|drones?|vehicles?|systems?|aircraft|jets?|planes?|ships?|vessels?|ports?|oblasts?|regions?|provinces?|sectors?|villages?|towns?|cities|times|occasions|countries|nations|workers|labou?rers|civilians|children|refugees|students|tourists|votes?|comments?|shares|points?|goals?|runs?|wickets|games?|matches|seats|km|miles|hectares|acres|square|sq|barrels|teu|pages?|percent|per cent|years?|months?|weeks?|days?|hours?)\b/,
  },
];

/** Words that may stand between a number and its noun ("64 separate shipments"). */
export const NOUN_MODIFIER =
  /^(?:\d+(?:[- ]?(?:mm|millimet(?:er|re)s?))(?: calib(?:er|re))?|calib(?:er|re)|north korea|total number of|number of|individual|special warfare|special operations|special-forces|storm|assault|infantry|army|construction|demining|mine[- ]clearance|engineering|deployed|dispatched|sent|wounded|injured|captured|dead|such|more|additional|extra|further|other|separate|north korean|north-korean|russian|ukrainian|elite|special|regular|active|combat|frontline|military|korean|korean people's army|kpa|new|fresh|of|its|their|his|the|those|these|which|such|and|or|trained|well-trained|armed|heavily|artillery|dprk|enemy|foreign|fellow|young|[a-z]+-(?:trained|armed|flagged|made|built|registered|based|led|owned|produced|supplied|class|type))\b/;

/** What a casualty figure counts. Combined first: "killed or wounded" is one figure. */
export const CASUALTY_SCOPES = [
  {
    scope: 'killed_and_wounded',
    re: /\b(?:(?:killed|dead|deaths) (?:or|and|and\/or) (?:wounded|injured)|(?:wounded|injured),? (?:or|and) (?:killed|dead)|killed, wounded|dead and injured|casualties|casualty|losses|lost(?! their lives)|losing|lose|suffered|sustained|kia and wia)\b/,
  },
  {
    scope: 'captured',
    re: /\b(?:captured|captures|capturing|capture|taken prisoner|prisoners?(?: of war)?|pows?|captives?|surrendered)\b/,
  },
  {
    scope: 'killed',
    re: /\b(?:killed|kill|killing|dead|deaths?|died|die|fatalities|lost their lives|perished|fell|kia|eliminated|death toll)\b/,
  },
  { scope: 'wounded', re: /\b(?:wounded|wounding|injured|injuries|wia)\b/ },
] as const;

/** Troops promised or to come ("Kim has promised…", "decided to send"). The cue nearest the number wins. */
export const PLANNED_VERBS =
  /\b(?:additionally (?:sent|deployed|dispatched)|ordered (?:the )?(?:dispatch|deployment)|promis(?:ed|es|e|ing)|pledg(?:ed|es|e|ing)|plans? to|planning to|planned|(?:will|would|could|may|might) (?:send|deploy|dispatch|provide|include|mean|rise to|reach|grow to)|to (?:send|deploy|dispatch)(?<!(?:decision|(?:prompted|led|forced|allowed|caused|enabled|began|started|continued|used)(?: [a-z]+){0,2}) to (?:send|deploy|dispatch))|to be (?:sent|deployed|dispatched)|being (?:organi[sz]ed|prepared|readied)|expected to (?:send|deploy|be sent|be deployed|arrive)|preparing to (?:send|deploy)|offered|committed to send|reinforcements|additionally|rise to|increase to)\b/g;

/** Troops already there: "following the dispatch of", "the initial 11,000". */
export const DEPLOYED_VERBS =
  /\b(?:(?<!additionally )(?:sent|deployed|dispatched)|(?<!ordered (?:the )?)(?:dispatch|deployment) of|initial|original|arrived|stationed|fighting|fought|already)\b/g;

/** Troops still to come, said after them: "…soldiers were being prepared to join". */
export const PLANNED_AFTER =
  /^ (?:were |are |was |is )?(?:being (?:prepared|readied|trained)|to be (?:sent|deployed)|expected to|set to|due to|could (?:arrive|follow|join)|to follow|more could)\b/;

/** Troops in addition: right before or after the number ("another 3,000", "3,000 more troops"). */
export const ADDITIONAL = /\b(?:additional|more|another|further|extra|new|fresh|reinforcements?)\b/;

/** What money was for. Checked nearest the number first. */
export const MONEY_CUES = [
  {
    measure: 'soldier_pay',
    re: /\b(?:per (?:month|soldier|year|head|person|man|fighter)|a (?:month|year) (?:each|per|for each)|a month|monthly|salar(?:y|ies)|wages?|paid each|each soldier|per-soldier)\b/,
  },
  {
    measure: 'payment_for_troops',
    re: /\b(?:for (?:(?:its|the|north korean|north korea's|these) )?(?:[\d,.]+ (?:north korean )?)?(?:troops?|troop support|soldiers|mercenaries|personnel|manpower|fighters|deployment)|troop (?:support|deployment|dispatch)|(?:troops|soldiers|manpower) (?:deal|payments?)|(?:troops|soldiers|deployment)(?: [a-z'-]+){0,4}? (?:worth|valued at|amounting to|totall?ing))\b/,
  },
  {
    measure: 'payment_for_weapons',
    re: /\b(?:value of (?:the |its )?(?:[a-z]+ )?(?:ammunition|munitions|weapons|arms|shells|missiles)|for (?:(?:its|the|north korean|these) )?(?:weapons|arms|munitions|ammunition|shells|missiles)|(?:arms|weapons|ammunition|munitions) (?:deals?|sales|deliveries|exports|supplies|transfers|trade)|worth of (?:arms|weapons|ammunition|munitions|shells|missiles)|from (?:arms|weapons) sales|sales? of (?:[a-z]+ ){0,2}(?:arms|weapons|shells|ammunition|munitions|missiles)|(?:exporting|selling|sold) (?:[a-z]+ ){0,2}(?:arms|weapons|shells|ammunition|munitions|missiles)|(?:arms|weapons|ammunition|munitions|shells|missiles)(?: [a-z'-]+){0,4}? (?:worth|valued at|costing|cost|amounting to|totall?ing))\b/,
  },
  {
    measure: 'aid_to_nk',
    re: /\b(?:assistance|aid|in return|in exchange|technolog(?:y|ical|ies)|oil|petroleum|food|fuel|investment|to (?:north korea|pyongyang)|for (?:north korea|pyongyang)|north korea (?:received|gained|got|obtained)|windfall)\b/,
  },
] as const;

/** A share of Russia's ammunition: what the share is of. */
export const AMMUNITION = /\b(?:shells?|ammunition|munitions|artillery|rounds|ammo)\b/;
export const RUSSIA = /\b(?:russia|russian|russia's|moscow|moscow's|kremlin)\b/;

/**
 * What happened to the counted people, said right after them: "about 300 had been
 * killed", "…soldiers are believed to have been killed", "Soldiers Killed, Wounded".
 */
export const CASUALTY_PREDICATE =
  /^,? (?:(?:had|have|has|were|was|are|is|being|been|now|reportedly|already|so far|also|since|allegedly|likely|probably|either|all|believed to|thought to|estimated to|said to|reported to|feared|confirmed|to|who were|who have been|in total|battle|combat) )*["“]?(?:killed|wounded|injured|captured|taken prisoner|died|dead|lost their lives|perished|fell|killed in action|casualties|losses|among the (?:dead|casualties|wounded))\b/;

/** A loss said just before the number: "Russia has lost 30-35 thousand", "killing at least 100". */
export const LOSS_BEFORE =
  /\b(?:killing|killed|wounding|wounded|injuring|injured|captured|capturing|captures|lost|losing|lose|suffered|sustained|death toll (?:of|at|to|rose to|reached)|toll (?:of|at|to|rose to|reached)) ?["\u201C]? ?$/;

/** The count named first, the number after: "the number of killed and wounded… exceeds", "casualties… have now reached". */
export const CASUALTY_COUNT_BEFORE =
  /\bnumber of (?:[a-z'.-]+ ){0,4}?(?:killed|wounded|dead|casualties|injured|captured|prisoners|losses|deaths)\b[^;:]{0,80}$|\b(?:casualties|losses|death toll|toll|deaths) (?:at|of|to) $|\b(?:casualties|losses|death toll|toll|deaths|dead|killed|wounded|injured)(?: [a-z'.,-]+){0,10}? (?:reached|reach|exceeds?|exceeded|topped|stood at|stands at|rose to|risen to|climbed to|is|was|were|are|totals?|totaled|totalled|numbered|hit|surpassed|passed)(?: [a-z]+)? $/;

/** A count carried by a verb: "had sent about 3,000 more", "the roughly 11,000 it deployed". */
export const SENT_BEFORE =
  /\b(?:sent|send|sending|deployed|deploy|deploying|dispatched|dispatch|delivered)(?: (?:an?|another|a further|an additional|up to))? $/;
export const SENT_AFTER =
  /^ (?:(?:that|which|it|they|pyongyang|north korea|kim) )?(?:has |had |have )?(?:sent|deployed|dispatched|arrived|been sent|been deployed)\b/;

/** Tonnes, containers and shipments count only as military cargo. */
export const MILITARY_CARGO =
  /\b(?:military|equipment|weapons?|arms|ammunition|munitions|shells?|materiel|missiles?|rockets?|artillery|explosives)\b/;
