/**
 * Who the page says made a figure: the words that name its maker ("South
 * Korea's spy agency", "Zelensky", "a military intelligence report"), found in
 * the figure's sentence, else in the sentences of its paragraph before it,
 * nearest first. The shapes of the phrasings are sentence-makers.ts's; here is
 * which maker each figure gets. Which body the words name is the corpus's to
 * say (its bodies' aliases).
 */
import { foldText } from './fold-text';
import type { Span } from './segment-text';
import { type Maker, makersIn, WINDOW } from './sentence-makers';
import { meter } from './step-meter';

/** The words that name who made a figure, as the page writes them, and where they stand in it. */
export interface Attribution {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** A maker farther than this from a figure in its sentence speaks of another claim. */
const REACH = 2 * WINDOW;
/** How far after a speaker a relay may stand to be the one it cites: "…, a lawmaker said Tuesday, citing". */
const RELAY_REACH = 40;

/** How far a maker's words stand from a figure. */
function distance(m: Maker, figure: Span): number {
  const start = Math.min(m.start, m.cue.start);
  const end = Math.max(m.end, m.cue.end);
  return end <= figure.start ? figure.start - end : start >= figure.end ? start - figure.end : 0;
}

/** The first of `makers` (in the order of their cues) whose cue starts at or after `at`. */
function firstFrom(makers: readonly Maker[], at: number): number {
  let low = 0;
  let high = makers.length;
  while (low < high) {
    meter.steps++;
    const mid = (low + high) >> 1;
    if (makers[mid]!.cue.start < at) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * The maker a sentence gives a figure: the nearest name within reach (a pronoun
 * only where no name is), or the body that a relay just after it cites.
 */
function makerFor(makers: readonly Maker[], figure: Span): Maker | undefined {
  let name: Maker | undefined;
  let outlet: Maker | undefined;
  let pronoun: Maker | undefined;
  const last = firstFrom(makers, figure.end + REACH);
  for (let i = firstFrom(makers, figure.start - REACH); i < last; i++) {
    meter.steps++;
    const m = makers[i]!;
    // The figure's own words name no maker of it.
    if (m.start < figure.end && figure.start < m.end) continue;
    const d = distance(m, figure);
    if (m.pronoun) {
      if (!pronoun || d < distance(pronoun, figure)) pronoun = m;
    } else if (m.outlet) {
      if (!outlet || d < distance(outlet, figure)) outlet = m;
    } else if (!name || d < distance(name, figure)) name = m;
  }
  // A news outlet gives way to a maker named before the figure, whose claim it carries ("The NIS said … 10,000 troops
  // …, according to Yonhap"); not to one named after it, in a clause of its own ("…, Reuters reported, while Kim
  // said …").
  const before = name && (name.relayed || (name.end <= figure.start && name.cue.end <= figure.start));
  const nearest =
    name && outlet ? (before || distance(name, figure) < distance(outlet, figure) ? name : outlet) : (name ?? outlet ?? pronoun);
  if (!nearest || nearest.relayed) return nearest;
  const next = makers[firstFrom(makers, nearest.cue.end)];
  return next?.relayed && !next.pronoun && next.cue.start - nearest.cue.end <= RELAY_REACH ? next : nearest;
}

/** Where a figure stands, and the sentence it stands in. */
export interface Placed extends Span {
  readonly sentenceStart: number;
}

/**
 * Who `text` says made each figure of one paragraph (`sentences` are its
 * sentences, `figures` its figures in order): the maker its sentence names
 * nearest to it, else the last named in the sentences before it in the
 * paragraph; a pronoun ("he said") gives way to the last name before it.
 * Each sentence is read once, however many figures it holds.
 */
export function attributionsOf(text: string, sentences: readonly Span[], figures: readonly Placed[]): (Attribution | undefined)[] {
  const makers: Maker[][] = [];
  /** The last name, and the last pronoun, in the sentences read so far. */
  let lastName: Attribution | undefined;
  let lastPronoun: Attribution | undefined;
  const at = (k: number, m: Maker): Attribution => {
    const start = sentences[k]!.start + m.start;
    const end = sentences[k]!.start + m.end;
    return { text: text.slice(start, end), start, end };
  };
  const before: { name?: Attribution; pronoun?: Attribution }[] = [];
  const read = (k: number) => {
    while (makers.length <= k) {
      meter.steps++;
      const i = makers.length;
      const sentence = sentences[i]!;
      // A headline of a run joined by semicolons takes no maker from the one before it.
      if (sentence.alone) {
        lastName = undefined;
        lastPronoun = undefined;
      }
      before.push({ ...(lastName ? { name: lastName } : {}), ...(lastPronoun ? { pronoun: lastPronoun } : {}) });
      const found = makersIn(foldText(text.slice(sentence.start, sentence.end)));
      makers.push(found);
      const name = found.findLast((m) => !m.pronoun);
      const any = found.at(-1);
      if (name) lastName = at(i, name);
      else if (any) lastPronoun = at(i, any);
    }
  };
  return figures.map((figure) => {
    const k = firstSentence(sentences, figure.sentenceStart);
    read(k);
    const own = makerFor(makers[k]!, { start: figure.start - sentences[k]!.start, end: figure.end - sentences[k]!.start });
    const earlier = before[k]!;
    if (own && !own.pronoun) return at(k, own);
    return earlier.name ?? (own ? at(k, own) : earlier.pronoun);
  });
}

/** The index of the sentence that starts at `start`. */
function firstSentence(sentences: readonly Span[], start: number): number {
  let low = 0;
  let high = sentences.length - 1;
  while (low < high) {
    meter.steps++;
    const mid = (low + high + 1) >> 1;
    if (sentences[mid]!.start <= start) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** A paragraph's figures, each with who the page says made it where it says. */
export function withAttributions<F extends Placed & { readonly attribution?: Attribution }>(
  text: string,
  sentences: readonly Span[],
  figures: readonly F[],
): F[] {
  if (figures.length === 0) return [];
  const found = attributionsOf(text, sentences, figures);
  return figures.map((figure, i) => (found[i] ? { ...figure, attribution: found[i] } : figure));
}
