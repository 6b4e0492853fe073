/** The UI's side of phrases: put engine phrases and measure names into the reader's language. */
import { i18n } from '#i18n';
import type { Source } from '../corpus/schema';
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

const SOURCE_KINDS = {
  news: 'source.kind.news',
  opinion: 'source.kind.opinion',
  blog: 'source.kind.blog',
  rewrite: 'source.kind.rewrite',
} as const satisfies Record<Source['kind'], string>;

/** What kind of writing a source is, as the source page and the corpus browser name it. */
export function sourceKindLabel(kind: Source['kind']): string {
  return i18n.t(SOURCE_KINDS[kind]);
}
