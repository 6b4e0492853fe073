import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText } from '../../src/engine/fold-text';

describe('folding text for matching', () => {
  it.each([
    ['North Korea', 'north korea'],
    ['KIM JONG-UN', 'kim jong-un'],
    ['1\u202F000\u2013\u20092\u00A0000', '1 000- 2 000'],
    ['\u201CTens of thousands\u201D, Seoul\u2019s \uFF11\uFF12\uFF0C\uFF10\uFF10\uFF10\uFF05', '"tens of thousands", seoul\'s 12,000%'],
    ['an em dash\u2014stays, a horizontal bar\u2015becomes one', 'an em dash\u2014stays, a horizontal bar\u2014becomes one'],
    ['İstanbul Ä ß', 'İstanbul Ä ß'],
    ['Russia\u02BCs losses', "russia's losses"],
    ['South Korea\u02B9s spy agency', "south korea's spy agency"],
    ['two North\nKorean\tsoldiers\r', 'two north korean soldiers '],
  ])('folds %j to %j', (text, folded) => {
    expect(foldText(text)).toBe(folded);
  });

  it('keeps every offset: each UTF-16 unit folds to exactly one unit', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const folded = foldText(text);
        expect(folded.length).toBe(text.length);
        for (let i = 0; i < text.length; i++) {
          const c = text.charCodeAt(i);
          // Outside ASCII capitals and the folded marks, a unit is left as it is.
          if (c > 0x7f && c < 0xa0) expect(folded.charCodeAt(i)).toBe(c);
        }
      }),
    );
  });

  it('is idempotent: folded text folds to itself', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(foldText(foldText(text))).toBe(foldText(text));
      }),
    );
  });
});
