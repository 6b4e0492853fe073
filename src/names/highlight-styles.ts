/**
 * The highlight styles beyond the default (highlight.css beside this file): each
 * is a stylesheet laid over the default one in the page, and taken off again.
 */
import type { HighlightStyle } from '../settings/settings-values';
import { HIGHLIGHT_KINDS, highlightName } from './page-names';

export const HIGHLIGHT_STYLE_CSS: Readonly<Record<Exclude<HighlightStyle, 'tint'>, string>> = {
  // The underline alone: each stance keeps its own line style and colour, so the cue survives.
  underline: `${HIGHLIGHT_KINDS.map((kind) => `::highlight(${highlightName(kind)})`).join(',')}{background-color:transparent}`,
};
