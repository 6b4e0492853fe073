// @vitest-environment happy-dom
/**
 * The extension's reader of a page (page-text.ts, run here in happy-dom) and
 * the checker's (html-to-text.ts) read by one set of rules: on every fixture
 * page, and on a page of the cases where they once disagreed, they give the
 * same words in the same lines. (How many line breaks stand between two blocks
 * may differ; the engine reads any of them as one break.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlToPage, htmlToText } from '../../src/cli/html-to-text';
import { readPageText } from '../../src/page/page-text';

/** Lines and words: white space within a line one space, any run holding a line break one break. */
const lines = (text: string) =>
  text
    .replace(/[ \t]*\n\s*/g, '\n')
    .replace(/[ \t]+/g, ' ')
    .trim();

function extensionReads(html: string): string {
  document.documentElement.innerHTML = html.replace(/^<!doctype html>/i, '');
  return readPageText(document.body).text;
}

const PAGES = ['tests/fixtures/pages', 'tests/e2e/pages'].flatMap((dir) =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.html'))
    .map((name) => join(dir, name)),
);

describe('the extension and the checker read a page alike', () => {
  it('has fixture pages to read', () => {
    expect(PAGES.length).toBeGreaterThan(20);
  });

  it.each(PAGES)('%s', (path) => {
    const html = readFileSync(path, 'utf8');
    expect(lines(extensionReads(html))).toBe(lines(htmlToText(html)));
  });

  it('on the cases where they once disagreed: preformatted, inline code, aria-hidden, hidden by inline style', () => {
    const html = `<body><h1>North Korea’s troops</h1>
      <p>North Korea sent 15,<code>000</code> troops.</p>
      <pre>12,000 in a code listing</pre>
      <p aria-hidden="true">Decorative 9,000.</p>
      <p style="display:none">Hidden 8,000.</p><p style="visibility: hidden">Invisible 7,000.</p>
      <p hidden>Hidden 6,000.</p><textarea>5,000</textarea><div contenteditable="true">Typed 4,000.</div>
      <p>Seen 3,000.</p></body>`;
    const expected = 'North Korea’s troops\nNorth Korea sent 15,000 troops.\nSeen 3,000.';
    expect(lines(htmlToText(html))).toBe(expected);
    expect(lines(extensionReads(html))).toBe(expected);
  });

  it('on the marks that show nothing: bidi marks, soft hyphens and zero-width characters, inside names and numbers', () => {
    const html = `<body><p>Pyong&shy;yang sent 15,\u200E000 troops, \u202A1,100\u202C were hurt.</p>
      <p>N\u200Borth Korea\u2066 sent 15&#x200B;,000 more\uFEFF.</p></body>`;
    const expected = 'Pyongyang sent 15,000 troops, 1,100 were hurt.\nNorth Korea sent 15,000 more.';
    expect(lines(htmlToText(html))).toBe(expected);
    expect(lines(extensionReads(html))).toBe(expected);
  });

  it('on the blocks that break a line: a line break, an image, a rule, a button inside a paragraph', () => {
    const html = `<body><p>Key facts<br>11,000 troops sent<img src="map.png" alt="Map">1,100 casualties</p>
      <div>Read<hr>more <button>Share</button> below</div></body>`;
    const expected = 'Key facts\n11,000 troops sent\n1,100 casualties\nRead\nmore\nShare\nbelow';
    expect(lines(htmlToText(html))).toBe(expected);
    expect(lines(extensionReads(html))).toBe(expected);
  });

  it('on the lines that are all link: a menu, related stories, a teaser card; not a paragraph with a link in it', () => {
    const html = `<body><ul><li><a href="/world">World</a></li><li><a href="/nk">North Korea</a></li></ul>
      <p>North Korea sent <a href="/r">15,000 troops</a>, officials say.</p>
      <ul><li><a href="/r/1">Russia lost 1,200 soldiers in one day, Kyiv says</a></li></ul>
      <a href="/r/2"><h3>A teaser</h3><p>With its summary</p></a><p><a>No address</a></p></body>`;
    const linkLines = (page: { text: string; links: readonly { start: number; end: number }[] }) =>
      page.links.map((l) => page.text.slice(l.start, l.end).trim());
    const expected = ['World', 'North Korea', 'Russia lost 1,200 soldiers in one day, Kyiv says', 'A teaser', 'With its summary'];
    expect(linkLines(htmlToPage(html))).toEqual(expected);
    document.documentElement.innerHTML = html;
    expect(linkLines(readPageText(document.body))).toEqual(expected);
  });

  it('on white space: runs of spaces, tabs and line breaks one space, no-break spaces kept', () => {
    const html = '<body><p>\n\tNorth   Korea\n sent <b> 9\u00A0000 </b>\t troops.</p></body>';
    const expected = 'North Korea sent 9\u00A0000 troops.';
    expect(lines(htmlToText(html))).toBe(expected);
    expect(lines(extensionReads(html))).toBe(expected);
  });
});
