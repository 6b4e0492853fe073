/**
 * Which estimating body the words a page uses name: "South Korea's spy agency"
 * is the NIS, "Kirby" the White House. Each body file lists the names pages use
 * for it (`aliases`, by language); a phrase names a body when one of them stands
 * in it as whole words. Conservative by design: a name inside a longer one found
 * gives way to it ("South Korean military intelligence" is not "South Korean
 * intelligence"), and a phrase that names two bodies ("Zelensky and the SBU")
 * names none. A person is a body's only where its file lists them.
 */
import { foldText } from '../engine/fold-text';
import { alternation } from '../engine/lexicon/compile';
import { MAKERS_JOINED } from '../engine/lexicon/en/attribution';
import type { Body } from './record';

/**
 * A name as words to match: folded, without full stops ("U.S."), hyphens or "the", one space apart; with `owner`, a
 * possessive's "'s" off each word too, so that a phrase's owner is matched ("HUR's statement" names HUR).
 */
export function nameKey(name: string, owner = false): string {
  const words = foldText(name)
    .replace(/\./g, '')
    .split(/[^\p{L}\p{N}']+/u)
    .map((w) => (owner ? w.replace(/'s?$/, '') : w))
    .filter((w) => w !== '' && w !== 'the');
  return ` ${words.join(' ')} `;
}

/** Every alias of a body, in every language it lists. */
export function aliasesOf(body: Body): string[] {
  return Object.values(body.aliases ?? {}).flat();
}

/** A joined list before a name, its joining word as a key has it. */
const JOINED = new RegExp(`^(?: (?:${alternation(MAKERS_JOINED.adjectives)}))+ (?:${alternation(MAKERS_JOINED.joiners)})$`);

/** Reads phrases as bodies: built once for a set of bodies, then asked for each phrase. */
export function bodyNamer(bodies: readonly Body[]): (phrase: string) => Body | undefined {
  const names = bodies.flatMap((body) => aliasesOf(body).map((alias) => ({ key: nameKey(alias), body })));
  // Longest first, so that a name inside one already found is passed over.
  names.sort((a, b) => b.key.length - a.key.length);
  const bodyIn = (key: string): Body | undefined => {
    const found: { start: number; end: number; body: Body }[] = [];
    for (const name of names) {
      for (let at = key.indexOf(name.key); at >= 0; at = key.indexOf(name.key, at + 1)) {
        const end = at + name.key.length;
        if (!found.some((f) => f.start <= at && end <= f.end)) found.push({ start: at, end, body: name.body });
      }
    }
    const named = new Set(found.map((f) => f.body));
    if (named.size !== 1) return undefined;
    // Another maker joined before the name, sharing its noun: "South Korean and Ukrainian intelligence", "US, South
    // Korean and Ukrainian intelligence agencies" name several.
    const first = Math.min(...found.map((f) => f.start));
    return JOINED.test(key.slice(0, first)) ? undefined : found[0]!.body;
  };
  // The phrase as written, else its owners' names ("HUR's statement", "the Pentagon's estimate").
  return (phrase) => bodyIn(nameKey(phrase)) ?? bodyIn(nameKey(phrase, true));
}
