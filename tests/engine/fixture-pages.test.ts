// @vitest-environment happy-dom
/**
 * The engine's fixture pages, read by both readers that ship: the checker's
 * (html-to-text.ts) and the extension's (page-text.ts, in happy-dom), which
 * reads the article first and then the rest of the page as the scanner does.
 * Both must find exactly the page's expected figures.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { htmlToPage } from '../../src/cli/html-to-text';
import { detectFigures } from '../../src/engine/detect-figures';
import { findArticle } from '../../src/page/figure-scanner';
import { rangeOf, readPageText } from '../../src/page/page-text';
import { expectedFileOf, readExpectedFigures } from '../harness/expected-figures';

// A path, not a URL: under happy-dom, URL is the page's own class, which the file system does not take.
const DIR = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/pages');
const pages = readdirSync(DIR)
  .filter((f) => f.endsWith('.html'))
  .sort()
  .map((file) => [file, readFileSync(join(DIR, file), 'utf8'), readExpectedFigures(join(DIR, expectedFileOf(file)))] as const);

const shown = (f: { text: string; measure: string; value: unknown }) => ({ text: f.text, measure: f.measure, value: f.value });

/** The figures as the extension finds them: the article's, then the rest's, put back in the page's order. */
function extensionFinds(html: string) {
  document.documentElement.innerHTML = html.replace(/^<!doctype html>/i, '');
  const article = findArticle(document.body);
  const readings = article ? [readPageText(article), readPageText(document.body, { skip: article })] : [readPageText(document.body)];
  const found = readings.flatMap((page) =>
    detectFigures(page.text, { links: page.links }).map((figure) => ({ figure, range: rangeOf(page, figure.start, figure.end)! })),
  );
  found.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
  return found.map(({ figure }) => shown(figure));
}

describe.each(pages)('fixture page %s', (_, html, expected) => {
  it(`the checker finds exactly its expected figures (${expected.about})`, () => {
    const page = htmlToPage(html);
    expect(detectFigures(page.text, { links: page.links }).map(shown)).toEqual(expected.figures);
  });

  it('the extension’s reader finds exactly its expected figures', () => {
    expect(extensionFinds(html)).toEqual(expected.figures);
  });
});

describe('the fixture set', () => {
  it('holds news pages on other subjects that must yield nothing, and pages on the topic', () => {
    const empty = pages.filter(([, , e]) => e.figures.length === 0).map(([f]) => f);
    expect(empty.length).toBeGreaterThanOrEqual(6);
    expect(empty).toEqual(expect.arrayContaining(['offtopic-shipping-port.html', 'offtopic-football.html', 'offtopic-markets.html']));
    expect(pages.length - empty.length).toBeGreaterThanOrEqual(7);
  });
});
