/**
 * What the settings are, with their defaults, free of any storage: the
 * extension's pages and background store them through settings.ts, the scripts
 * in web pages read them through page-settings.ts.
 */
import { MEASURES, type Measure } from '../engine/measures';
import { isSiteOff } from './sites';

/** Where the settings are kept: `sync:` so a reader's choices follow them between their browsers. */
export const SETTINGS_AREA = 'sync';
export const SETTINGS_KEY = 'settings';

/** Scan each page on its own, or only when the reader asks (toolbar button, shortcut, menu). */
export type ScanMode = 'everywhere' | 'on-request';

/** How figures are marked: a tint with an underline, or the underline alone. */
export type HighlightStyle = 'tint' | 'underline';

export interface Settings {
  readonly scanMode: ScanMode;
  /** Sites (host names without www.) where Rangefinder stays off, subdomains included. */
  readonly offSites: readonly string[];
  /** Measures whose figures are not marked; kept as the hidden ones so that a new measure shows by default. */
  readonly hiddenMeasures: readonly Measure[];
  readonly highlightStyle: HighlightStyle;
}

export const DEFAULT_SETTINGS: Settings = {
  scanMode: 'everywhere',
  offSites: [],
  hiddenMeasures: [],
  highlightStyle: 'tint',
};

export const SCAN_MODES: readonly ScanMode[] = ['everywhere', 'on-request'];
export const HIGHLIGHT_STYLES: readonly HighlightStyle[] = ['tint', 'underline'];

/** Settings as stored, with anything missing or no longer known replaced by its default. */
export function normalise(stored: Partial<Settings> | null | undefined): Settings {
  const s = stored ?? {};
  return {
    scanMode: SCAN_MODES.includes(s.scanMode as ScanMode) ? (s.scanMode as ScanMode) : DEFAULT_SETTINGS.scanMode,
    offSites: Array.isArray(s.offSites) ? [...new Set(s.offSites.filter((x): x is string => typeof x === 'string'))] : [],
    hiddenMeasures: Array.isArray(s.hiddenMeasures)
      ? s.hiddenMeasures.filter((m): m is Measure => typeof m === 'string' && m in MEASURES)
      : [],
    highlightStyle: HIGHLIGHT_STYLES.includes(s.highlightStyle as HighlightStyle)
      ? (s.highlightStyle as HighlightStyle)
      : DEFAULT_SETTINGS.highlightStyle,
  };
}

/** Whether Rangefinder scans `site` by itself under these settings. */
export function scansBySelf(settings: Settings, site: string): boolean {
  return settings.scanMode === 'everywhere' && !isSiteOff(settings.offSites, site);
}

/** Turns a site on or off (off covers its subdomains; turning on also lifts an off parent site). */
export function withSite(settings: Settings, site: string, on: boolean): Partial<Settings> {
  if (on) return { offSites: settings.offSites.filter((off) => !(site === off || site.endsWith(`.${off}`))) };
  return { offSites: isSiteOff(settings.offSites, site) ? settings.offSites : [...settings.offSites, site] };
}
