/** The UI's side of phrases: put engine phrases and measure names into the reader's language. */
import { i18n } from '#i18n';
import { type Measure, measureName } from '../engine/measures';
import { type Lookup, say, type Words } from '../words/phrase';

// The keys are typed where phrases are made; here any key and its substitutions pass through.
const t = i18n.t as (key: string, ...args: (number | string[])[]) => string;
const lookup: Lookup = (key, subs, count) => (count === undefined ? t(key, subs) : t(key, count, subs));

export function words(said: Words): string {
  return say(said, lookup);
}

/** What a measure counts, as the card, popup and options name it. */
export function measureLabel(measure: Measure): string {
  return words(measureName(measure));
}
