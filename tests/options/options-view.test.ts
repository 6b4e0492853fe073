// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { renderOptions } from '../../src/options/options-view';
import { DEFAULT_SETTINGS, normalise, type Settings } from '../../src/settings/settings';

function mount(settings: Settings = DEFAULT_SETTINGS) {
  let current = settings;
  const change = vi.fn(async (f: (s: Settings) => Partial<Settings>) => {
    current = normalise({ ...current, ...f(current) });
  });
  const root = renderOptions(document, settings, { change });
  document.body.replaceChildren(root);
  return { root, change, now: () => current };
}

function submitSite(root: HTMLElement, typed: string) {
  const input = root.querySelector<HTMLInputElement>('#add-site')!;
  input.value = typed;
  root.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
  return input;
}

describe('the settings page', () => {
  it('shows each setting as it is stored', () => {
    const { root } = mount({
      ...DEFAULT_SETTINGS,
      scanMode: 'on-request',
      offSites: ['example.com'],
      hiddenMeasures: ['containers'],
      highlightStyle: 'underline',
    });
    expect(root.querySelector<HTMLInputElement>('#scan-mode-on-request')!.checked).toBe(true);
    expect([...root.querySelectorAll('.sites li')].map((li) => li.getAttribute('data-site'))).toEqual(['example.com']);
    expect(root.querySelector<HTMLInputElement>('#measure-containers')!.checked).toBe(false);
    expect(root.querySelector<HTMLInputElement>('#measure-troops_deployed')!.checked).toBe(true);
    expect(root.querySelector<HTMLInputElement>('#highlight-style-underline')!.checked).toBe(true);
  });

  it('adds a site typed as an address, as its host name', async () => {
    const { root, now } = mount();
    submitSite(root, 'https://www.example.com/world');
    await vi.waitFor(() => expect(now().offSites).toEqual(['example.com']));
  });

  it('refuses a site that is not one, says why, and keeps what was typed', () => {
    const { root, change } = mount();
    const input = submitSite(root, 'not a site');
    expect(change).not.toHaveBeenCalled();
    expect(root.querySelector('#site-error')!.textContent).toBe(
      '“not a site” is not a site name. Type a name such as example.com, or paste an address.',
    );
    expect(input.value).toBe('not a site');
    expect(input.getAttribute('aria-invalid')).toBe('true');
  });

  it('unticking a measure hides it; ticking it again shows it', async () => {
    const { root, now } = mount();
    const box = root.querySelector<HTMLInputElement>('#measure-nk_killed')!;
    box.checked = false;
    box.dispatchEvent(new Event('change'));
    await vi.waitFor(() => expect(now().hiddenMeasures).toEqual(['nk_killed']));
  });

  it('removing a site turns Rangefinder back on there', async () => {
    const { root, now } = mount({ ...DEFAULT_SETTINGS, offSites: ['a.com', 'b.org'] });
    root.querySelector<HTMLButtonElement>('[data-site="a.com"] button')!.click();
    await vi.waitFor(() => expect(now().offSites).toEqual(['b.org']));
  });
});
