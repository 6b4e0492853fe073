/**
 * Troops sent, or troops promised and to come: the cue nearest the number decides
 * ("Kim has promised…", "an additional 3,000", "…were being prepared to join").
 */
import { type InSentence, lastIndex, lookBack } from './in-sentence';
import { ADDITIONAL, ADDITIONAL_BEFORE, DEPLOYED_VERBS, PLANNED_AFTER, PLANNED_VERBS } from './measure-cues';
import type { Noun } from './noun-phrase';

/** Promised or additional troops, against troops sent. */
export function isPlanned(s: InSentence, noun: Noun | null, after: string, before: string): boolean {
  if (noun && ADDITIONAL.test(noun.modifiers)) return true;
  if (ADDITIONAL_BEFORE.test(before.slice(-24))) return true;
  if (PLANNED_AFTER.test(noun?.from === 'after' ? after.slice(noun.end) : after)) return true;
  const head = lookBack(s).text;
  return lastIndex(PLANNED_VERBS, head) > lastIndex(DEPLOYED_VERBS, head);
}
