import { describe, expect, it } from 'vitest';
import { isSiteOff, parseSiteInput, siteOf, sitePattern } from '../../src/settings/sites';

describe('the site of a page', () => {
  it.each([
    ['https://www.example.com/news/1', 'example.com'],
    ['http://news.example.co.uk:8080/a?b#c', 'news.example.co.uk'],
    ['http://127.0.0.1:5000/', '127.0.0.1'],
  ])('%s is on %s', (url, site) => expect(siteOf(url)).toBe(site));

  it.each([
    'chrome://extensions/',
    'about:blank',
    'file:///home/reader/article.html',
    'moz-extension://abc/popup.html',
    'https://chromewebstore.google.com/detail/x',
    'https://addons.mozilla.org/en-US/firefox/',
    'not a url',
    undefined,
  ])('%s cannot be scanned', (url) => expect(siteOf(url)).toBeNull());
});

describe('sites turned off', () => {
  it('covers the site and its subdomains, not sites that merely end alike', () => {
    expect(isSiteOff(['example.com'], 'example.com')).toBe(true);
    expect(isSiteOff(['example.com'], 'news.example.com')).toBe(true);
    expect(isSiteOff(['example.com'], 'badexample.com')).toBe(false);
    expect(isSiteOff([], 'example.com')).toBe(false);
  });

  it('excludes a site and its subdomains from the gate by one match pattern', () => {
    expect(sitePattern('example.com')).toBe('*://*.example.com/*');
  });
});

describe('a site the reader types', () => {
  it.each([
    ['example.com', 'example.com'],
    ['  WWW.Example.COM ', 'example.com'],
    ['https://www.example.com/world/korea?x=1', 'example.com'],
    ['news.example.org/path', 'news.example.org'],
    ['localhost', 'localhost'],
  ])('“%s” is read as %s', (input, site) => expect(parseSiteInput(input)).toEqual({ ok: true, site }));

  it('refuses an empty field with its own reason', () => {
    expect(parseSiteInput('   ')).toEqual({ ok: false, reason: 'empty' });
  });

  it.each(['not a site', 'example', 'exa_mple.com', '-bad.com', 'chrome://settings', 'http://'])('refuses “%s”', (input) => {
    expect(parseSiteInput(input)).toEqual({ ok: false, reason: 'invalid' });
  });
});
