/**
 * Sites as the settings name them: a host name without `www.`, which covers its
 * subdomains too ("example.com" is off → "news.example.com" is off).
 */

/** The site of a page Rangefinder can scan (http or https), or null for any other page (browser pages, files, the web stores). */
export function siteOf(url: string | undefined): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  if (STORE_HOSTS.some((store) => parsed.hostname === store.host && parsed.pathname.startsWith(store.path))) return null;
  return parsed.hostname.replace(/^www\./, '');
}

/** Pages no extension may script, though they are https. */
const STORE_HOSTS = [
  { host: 'chromewebstore.google.com', path: '/' },
  { host: 'chrome.google.com', path: '/webstore' },
  { host: 'addons.mozilla.org', path: '/' },
  { host: 'microsoftedge.microsoft.com', path: '/addons' },
];

/** Whether `site` (as siteOf gives it) is one of `offSites` or under one. */
export function isSiteOff(offSites: readonly string[], site: string): boolean {
  return offSites.some((off) => site === off || site.endsWith(`.${off}`));
}

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

export type SiteInput = { ok: true; site: string } | { ok: false; reason: 'empty' | 'invalid' };

/**
 * What a reader typed as a site to turn off: a host name, or a whole address
 * copied from the address bar. Anything else is refused with a reason.
 */
export function parseSiteInput(input: string): SiteInput {
  const text = input.trim().toLowerCase();
  if (text === '') return { ok: false, reason: 'empty' };
  const fromUrl = /^[a-z][a-z0-9+.-]*:\/\//.test(text) ? siteOf(text) : siteOf(`https://${text.replace(/\/.*$/, '')}/`);
  if (!fromUrl) return { ok: false, reason: 'invalid' };
  const labels = fromUrl.split('.');
  if (labels.length < 2 && fromUrl !== 'localhost') return { ok: false, reason: 'invalid' };
  if (!labels.every((label) => LABEL.test(label) || /^xn--/.test(label))) return { ok: false, reason: 'invalid' };
  return { ok: true, site: fromUrl };
}

/** The match pattern that covers a site and its subdomains, for a content script's excludeMatches. */
export function sitePattern(site: string): string {
  return `*://*.${site}/*`;
}
