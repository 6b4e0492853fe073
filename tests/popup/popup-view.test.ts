// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { PageFigure } from '../../src/messaging/protocol';
import { groupByMeasure, type PageSummary } from '../../src/popup/page-summary';
import { renderPageSection } from '../../src/popup/popup-view';

const figure = (index: number, measure: PageFigure['measure'], text = `figure ${index}`): PageFigure => ({
  index,
  text,
  measure,
  stance: 'within',
  reading: `reading ${index}`,
});

function render(summary: PageSummary) {
  const actions = { reveal: vi.fn(), setSiteOn: vi.fn() };
  const section = renderPageSection(document, summary, actions);
  document.body.replaceChildren(section);
  return { section, actions };
}

describe('the popup', () => {
  it('groups figures by measure, measures in the order the page first mentions them', () => {
    const groups = groupByMeasure([figure(0, 'nk_killed'), figure(1, 'troops_deployed'), figure(2, 'nk_killed')]);
    expect(groups.map((g) => [g.measure, g.figures.map((f) => f.index)])).toEqual([
      ['nk_killed', [0, 2]],
      ['troops_deployed', [1]],
    ]);
  });

  it('lists each figure with its reading, and choosing one asks to reveal it', () => {
    const { section, actions } = render({ kind: 'figures', site: 'example.com', figures: [figure(0, 'nk_killed', 'about 1,100')] });
    const button = section.querySelector<HTMLButtonElement>('button.figure')!;
    expect(button.querySelector('.figure-text')!.textContent).toBe('about 1,100');
    expect(button.querySelector('.reading')!.textContent).toBe('reading 0');
    expect(section.querySelector('.count')!.textContent).toBe('1 figure, by what it measures. Choose one to see it on the page.');
    button.click();
    expect(actions.reveal).toHaveBeenCalledWith(expect.objectContaining({ index: 0 }));
  });

  it.each([
    [{ kind: 'unscannable' } as const, 'unscannable', 'This page cannot be scanned', false],
    [{ kind: 'off', site: 'example.com' } as const, 'off', 'Rangefinder is off here', true],
    [{ kind: 'not-scanned', site: 'example.com' } as const, 'no-topic', 'No North Korea figures on this page', true],
    [{ kind: 'figures', site: 'example.com', figures: [] } as const, 'no-figures', 'No North Korea figures on this page', true],
  ])('explains an empty page: %o', (summary, state, title, hasSwitch) => {
    const { section } = render(summary);
    expect(section.querySelector('#page-state')!.getAttribute('data-state')).toBe(state);
    expect(section.querySelector('.empty-title')!.textContent).toBe(title);
    expect(section.querySelector('#site-switch') !== null).toBe(hasSwitch);
  });

  it('the site switch shows whether the site is on, and flipping it asks to change that', () => {
    const { section, actions } = render({ kind: 'off', site: 'example.com' });
    const toggle = section.querySelector<HTMLInputElement>('#site-switch')!;
    expect(toggle.checked).toBe(false);
    expect(toggle.getAttribute('role')).toBe('switch');
    toggle.click();
    expect(actions.setSiteOn).toHaveBeenCalledWith('example.com', true);
  });
});
