/** The UI's side of phrases: put engine phrases and measure names into the reader's language. */
import { i18n } from '#i18n';
import { MEASURES, type Measure } from '../engine/measures';
import { type Lookup, say, type Words } from '../words/phrase';

const lookup: Lookup = (key, subs) => (i18n.t as (key: string, subs: string[]) => string)(key, subs);

export function words(said: Words): string {
  return say(said, lookup);
}

/** What a measure counts, as the card, popup and options name it. */
export function measureLabel(measure: Measure): string {
  return MEASURES[measure].label;
}
