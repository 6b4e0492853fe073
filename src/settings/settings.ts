/**
 * Every setting in one place, with its default and its version (WXT storage).
 * What each setting is, and its default, is in settings-values.ts.
 */
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, normalise, SETTINGS_AREA, SETTINGS_KEY, type Settings } from './settings-values';

export * from './settings-values';

/**
 * Version 1 is the first stored shape. A later change of shape raises the
 * version and adds its step to `migrations`, so stored choices carry over.
 */
export const settingsItem = storage.defineItem<Settings>(`${SETTINGS_AREA}:${SETTINGS_KEY}`, {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

export async function readSettings(): Promise<Settings> {
  return normalise(await settingsItem.getValue());
}

/** Changes some settings, keeping the rest as they are. */
export async function updateSettings(change: (current: Settings) => Partial<Settings>): Promise<Settings> {
  const current = await readSettings();
  const next = normalise({ ...current, ...change(current) });
  await settingsItem.setValue(next);
  return next;
}

/** Calls `listener` with the settings after each change, from any part of the extension; returns the unwatch. */
export function watchSettings(listener: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => listener(normalise(value)));
}
