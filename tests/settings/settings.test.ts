import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  normalise,
  readSettings,
  scansBySelf,
  settingsItem,
  updateSettings,
  withSite,
} from '../../src/settings/settings';

beforeEach(() => fakeBrowser.reset());

describe('the settings', () => {
  it('are the defaults before the reader changes anything: scan everywhere, no site off, every measure, tint', async () => {
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS).toEqual({ scanMode: 'everywhere', offSites: [], hiddenMeasures: [], highlightStyle: 'tint' });
  });

  it('keep what is known and replace what is missing, malformed or no longer known by its default', () => {
    expect(
      normalise({
        scanMode: 'sometimes' as never,
        offSites: ['a.com', 3 as never, 'a.com'],
        hiddenMeasures: ['nk_killed', 'no_such_measure' as never],
        highlightStyle: 'underline',
      }),
    ).toEqual({ scanMode: 'everywhere', offSites: ['a.com'], hiddenMeasures: ['nk_killed'], highlightStyle: 'underline' });
    expect(normalise(null)).toEqual(DEFAULT_SETTINGS);
  });

  it('are stored in sync storage under one versioned item, and a change keeps the rest', async () => {
    await updateSettings(() => ({ highlightStyle: 'underline' }));
    await updateSettings((s) => withSite(s, 'example.com', false));
    expect(await settingsItem.getValue()).toEqual({ ...DEFAULT_SETTINGS, highlightStyle: 'underline', offSites: ['example.com'] });
    expect(Object.keys(await fakeBrowser.storage.sync.get(null))).toContain('settings');
  });
});

describe('turning a site on and off', () => {
  const settings = { ...DEFAULT_SETTINGS, offSites: ['example.com'] };

  it('turning a subdomain on lifts the site that covered it', () => {
    expect(withSite(settings, 'news.example.com', true)).toEqual({ offSites: [] });
  });

  it('turning off a site already covered adds nothing', () => {
    expect(withSite(settings, 'news.example.com', false)).toEqual({ offSites: ['example.com'] });
    expect(withSite(settings, 'other.org', false)).toEqual({ offSites: ['example.com', 'other.org'] });
  });

  it('Rangefinder scans by itself only in the everywhere mode and off the sites turned off', () => {
    expect(scansBySelf(settings, 'example.com')).toBe(false);
    expect(scansBySelf(settings, 'other.org')).toBe(true);
    expect(scansBySelf({ ...settings, scanMode: 'on-request' }, 'other.org')).toBe(false);
  });
});
