/**
 * The highlight styles inside the page's open shadow roots. The styles the
 * background inserts reach the document's own tree only, and not every browser
 * lets a shadow tree's highlights inherit them (Chromium does, Firefox does
 * not): a shadow root holding a marked figure gets the same rules as one
 * constructed stylesheet, added after the page's own. No element is added, and
 * a constructed stylesheet is not subject to the page's style-src policy.
 */

import highlightCss from '../names/highlight.css?inline';
import { HIGHLIGHT_STYLE_CSS } from '../names/highlight-styles';
import type { HighlightStyle } from '../settings/settings-values';
import type { ShadowStyler } from './card-kit';

export class ShadowStyles implements ShadowStyler {
  private sheet: CSSStyleSheet | null = null;
  private readonly styled = new WeakSet<ShadowRoot>();

  constructor(private style: HighlightStyle = 'tint') {}

  /** The rules for the reader's highlight style, as in the document. */
  private css(): string {
    return this.style === 'tint' ? highlightCss : `${highlightCss}\n${HIGHLIGHT_STYLE_CSS[this.style]}`;
  }

  /** Gives a shadow root the highlight styles, once. */
  adopt(root: ShadowRoot): void {
    if (this.styled.has(root) || !('adoptedStyleSheets' in root)) return;
    try {
      if (!this.sheet) {
        this.sheet = new CSSStyleSheet();
        this.sheet.replaceSync(this.css());
      }
      // The page's own sheets stay first; ours only adds the highlight rules. Read by index: Firefox's
      // content scripts see the page's sheets through an Xray, which cannot be iterated.
      const own = root.adoptedStyleSheets;
      const sheets: CSSStyleSheet[] = [];
      for (let i = 0; i < own.length; i++) sheets.push(own[i]!);
      sheets.push(this.sheet);
      root.adoptedStyleSheets = sheets;
      this.styled.add(root);
    } catch {
      // A page that froze its shadow root's sheets keeps them: its figures are still marked, if unstyled.
    }
  }

  /** Leaves the adopted sheet empty: nothing of ours styles the page once the extension is gone. */
  clear(): void {
    this.sheet?.replaceSync('');
    this.sheet = null;
  }

  /** Follows the reader's highlight style everywhere it was adopted. */
  setStyle(style: HighlightStyle): void {
    if (style === this.style) return;
    this.style = style;
    this.sheet?.replaceSync(this.css());
  }
}
