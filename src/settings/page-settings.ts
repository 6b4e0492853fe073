/**
 * The settings as the scripts in web pages read them: the stored value, put
 * through the same normaliser, straight from `storage.sync`. WXT's storage
 * layer (settings.ts) stays with the background and the extension's pages,
 * which write and migrate the settings; the scanner only reads them, and does
 * not carry that layer's 7 KB into every page it runs in. A stored value of
 * an older shape is normalised like any other: what is not understood falls
 * back to its default.
 */
import { browser } from 'wxt/browser';
import { normalise, SETTINGS_AREA, SETTINGS_KEY, type Settings } from './settings-values';

export async function readPageSettings(): Promise<Settings> {
  const stored = await browser.storage[SETTINGS_AREA].get(SETTINGS_KEY);
  return normalise(stored[SETTINGS_KEY] as Partial<Settings> | undefined);
}

/** Calls `listener` with the settings after each change; returns the unwatch. */
export function watchPageSettings(listener: (settings: Settings) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[SETTINGS_KEY];
    if (area === SETTINGS_AREA && change) listener(normalise(change.newValue as Partial<Settings> | undefined));
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
