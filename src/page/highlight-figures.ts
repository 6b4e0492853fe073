/** Marks the figures of a page through the CSS Custom Highlight API: no node of the page changes. */
import { detectFigures, type Figure } from '../engine/detect-figures';
import { NORTH_KOREA_ANY_CASE } from '../engine/topic-keywords';
import { type PageText, rangeOf, readPageText } from './page-text';

/** The highlight name: the styling and automation hook (`::highlight(rangefinder)`). */
export const HIGHLIGHT_NAME = 'rangefinder';

export interface Highlighted {
  readonly page: PageText;
  readonly figures: readonly Figure[];
  readonly ranges: readonly Range[];
}

/** Finds and highlights the figures under `root`; a page that never names North Korea costs one regex test. */
export function highlightFigures(root: HTMLElement): Highlighted | null {
  if (!NORTH_KOREA_ANY_CASE.test(root.textContent ?? '')) return null;
  const page = readPageText(root);
  const figures = detectFigures(page.text);
  const ranges = figures.map((f) => rangeOf(page, f.start, f.end));
  if (ranges.length > 0 && typeof CSS !== 'undefined' && 'highlights' in CSS) {
    CSS.highlights.set(HIGHLIGHT_NAME, new Highlight(...ranges));
  }
  return { page, figures, ranges };
}

export function clearHighlights(): void {
  if (typeof CSS !== 'undefined' && 'highlights' in CSS) CSS.highlights.delete(HIGHLIGHT_NAME);
}
