// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ShadowStyles } from '../../src/page/shadow-styles';

afterEach(() => vi.restoreAllMocks());

describe('highlight styles in shadow roots', () => {
  it('adds one sheet of highlight rules after the page’s own, once per root, follows the reader’s style and empties when done', () => {
    // happy-dom keeps no ::highlight() rule it is given: what the sheet is given is read as it is given.
    const given = new Map<CSSStyleSheet, string>();
    const replaceSync = CSSStyleSheet.prototype.replaceSync;
    vi.spyOn(CSSStyleSheet.prototype, 'replaceSync').mockImplementation(function (this: CSSStyleSheet, text: string) {
      given.set(this, text);
      replaceSync.call(this, text);
    });
    const shadows = [0, 1].map(() => document.createElement('div').attachShadow({ mode: 'open' }));
    const own = new CSSStyleSheet();
    own.replaceSync('p { color: red; }');
    shadows[0]!.adoptedStyleSheets = [own];
    const styles = new ShadowStyles();
    styles.adopt(shadows[0]!);
    styles.adopt(shadows[0]!);
    styles.adopt(shadows[1]!);
    expect(shadows[0]!.adoptedStyleSheets).toHaveLength(2);
    expect(shadows[0]!.adoptedStyleSheets[0]).toBe(own);
    const ours = shadows[0]!.adoptedStyleSheets[1]!;
    expect(shadows[1]!.adoptedStyleSheets).toEqual([ours]);
    expect(given.get(ours)).toContain('::highlight(rangefinder-within)');
    expect(given.get(ours)).not.toContain('transparent');
    styles.setStyle('underline');
    expect(given.get(ours)).toContain('::highlight(rangefinder-within)');
    expect(given.get(ours)).toMatch(/::highlight\(rangefinder-within\)[^}]*\{background-color:transparent\}/);
    styles.clear();
    expect(given.get(ours)).toBe('');
  });
});
