import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clauseStart } from '../../src/engine/owner';

/** The plain statement of the rule, which the scan must agree with: a one-word aside in brackets is no break. */
const RULE = /.*(?:[;:)\u2014]|\s-|-\s)/s;
const ASIDE = /\([^\s()]{0,15}\)/g;
const ruleStart = (before: string) => RULE.exec(before.replace(ASIDE, (aside) => 'x'.repeat(aside.length)))?.[0].length ?? 0;

describe('the start of the clause before a figure', () => {
  it.each([
    ['Seoul said 3,000', 0],
    ['Seoul said; Kyiv put it at ', 11],
    ['troops (about 11,000) and ', 21],
    ['North Korea - which sent ', 14],
    ['a well-known figure of ', 0],
    ['losses\u2014Kyiv said ', 7],
    ['Vladimir Putin (pictured) has lost ', 0],
    ['Putin (in Moscow) has lost ', 17],
  ])('%j starts its clause at %i', (before, at) => {
    expect(clauseStart(before)).toBe(at);
  });

  it('agrees with the rule written as a regex, on any text', () => {
    const text = fc.string({ unit: fc.constantFrom('a', ' ', '\u00A0', '\n', '-', ';', ':', ')', '(', '\u2014', '3', ',') });
    fc.assert(
      fc.property(text, (before) => {
        expect(clauseStart(before)).toBe(ruleStart(before));
      }),
      { numRuns: 2000 },
    );
  });
});
