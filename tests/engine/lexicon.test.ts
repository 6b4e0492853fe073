import { describe, expect, it } from 'vitest';
import { foldText } from '../../src/engine/fold-text';
import { alternation, anyWord } from '../../src/engine/lexicon/compile';
import * as clauses from '../../src/engine/lexicon/en/clauses';
import * as losses from '../../src/engine/lexicon/en/losses';
import * as money from '../../src/engine/lexicon/en/money';
import * as nouns from '../../src/engine/lexicon/en/nouns';
import * as parties from '../../src/engine/lexicon/en/parties';
import * as sending from '../../src/engine/lexicon/en/sending';
import * as speakers from '../../src/engine/lexicon/en/speakers';

/** Every word list of the English lexicon, named by file and role. */
function wordLists(): [string, readonly string[]][] {
  const lists: [string, readonly string[]][] = [];
  const walk = (name: string, value: unknown) => {
    if (typeof value === 'string') lists.push([name, [value]]);
    else if (Array.isArray(value)) {
      if (value.every((v) => typeof v === 'string')) lists.push([name, value]);
      else
        value.forEach((v, i) => {
          walk(`${name}[${i}]`, v);
        });
    } else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(`${name}.${k}`, v);
  };
  for (const [file, module] of Object.entries({ clauses, losses, money, nouns, parties, sending, speakers })) walk(file, module);
  return lists;
}

describe('the English lexicon', () => {
  it('is written in folded text, as the classifier reads pages: lower case, straight quotes, single spaces', () => {
    for (const [role, words] of wordLists()) {
      for (const word of words) {
        expect(foldText(word), `${role}: "${word}"`).toBe(word);
        expect(word, `${role}: "${word}"`).toBe(word.trim().replace(/ {2,}/g, ' '));
      }
    }
  });

  it('lists no word twice in one role', () => {
    for (const [role, words] of wordLists()) expect(new Set(words).size, role).toBe(words.length);
  });

  it('holds words, not patterns: no regular-expression syntax in an entry', () => {
    for (const [role, words] of wordLists()) for (const word of words) expect(word, role).not.toMatch(/[\\()[\]{}|?*+^$]/);
  });
});

describe('compiling word lists', () => {
  it('tries the longest word first, so a word is not cut short by one it begins with', () => {
    expect(new RegExp(`^(?:${alternation(['kill', 'killed'])})`).exec('killed')?.[0]).toBe('killed');
  });

  it('escapes what a word holds literally: "u.s." matches a dot, not any character', () => {
    expect(anyWord(['u.s']).test('u.s')).toBe(true);
    expect(anyWord(['u.s']).test('uks')).toBe(false);
  });

  it('matches whole words only', () => {
    expect(anyWord(['war']).test('the war ended')).toBe(true);
    expect(anyWord(['war']).test('warsaw')).toBe(false);
  });
});
