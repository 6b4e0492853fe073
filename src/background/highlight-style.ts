/**
 * The highlight styles beyond the default (src/page/highlight.css): each is a
 * stylesheet laid over the default one in the page, and taken off again.
 */
import type { HighlightStyle } from '../settings/settings';

const STANCES = ['matches', 'within', 'outside', 'none'] as const;

export const HIGHLIGHT_STYLE_CSS: Readonly<Record<Exclude<HighlightStyle, 'tint'>, string>> = {
  // The underline alone: each stance keeps its own line style and colour, so the cue survives.
  underline: `${STANCES.map((s) => `::highlight(rangefinder-${s})`).join(',')}{background-color:transparent}`,
};
