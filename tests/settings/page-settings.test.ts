import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readPageSettings, watchPageSettings } from '../../src/settings/page-settings';
import { DEFAULT_SETTINGS, type Settings, updateSettings, withSite } from '../../src/settings/settings';

beforeEach(() => fakeBrowser.reset());

describe('the settings as a page’s scanner reads them', () => {
  it('are what the options page and the popup stored through WXT storage', async () => {
    expect(await readPageSettings()).toEqual(DEFAULT_SETTINGS);
    await updateSettings((s) => ({ ...withSite(s, 'example.com', false), hiddenMeasures: ['nk_killed'], highlightStyle: 'underline' }));
    expect(await readPageSettings()).toEqual({
      ...DEFAULT_SETTINGS,
      offSites: ['example.com'],
      hiddenMeasures: ['nk_killed'],
      highlightStyle: 'underline',
    });
  });

  it('are normalised like the stored item: what is not understood falls back to its default', async () => {
    await fakeBrowser.storage.sync.set({
      settings: { scanMode: 'sometimes', offSites: 'example.com', hiddenMeasures: ['nk_killed', 'no_such_measure'] },
    });
    expect(await readPageSettings()).toEqual({ ...DEFAULT_SETTINGS, hiddenMeasures: ['nk_killed'] });
  });

  it('follow each change until unwatched, and ignore the same key in other storage areas', async () => {
    const seen: Settings[] = [];
    const stop = watchPageSettings((s) => seen.push(s));
    await updateSettings(() => ({ highlightStyle: 'underline' }));
    await fakeBrowser.storage.local.set({ settings: { highlightStyle: 'tint' } });
    stop();
    await updateSettings(() => ({ scanMode: 'on-request' }));
    expect(seen).toEqual([{ ...DEFAULT_SETTINGS, highlightStyle: 'underline' }]);
  });
});
