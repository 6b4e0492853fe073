import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/cli/html-to-text';
import { detectFigures } from '../../src/engine/detect-figures';
import { expectedFileOf, readExpectedFigures } from '../harness/expected-figures';

const DIR = new URL('../fixtures/pages/', import.meta.url);
const pages = readdirSync(DIR)
  .filter((f) => f.endsWith('.html'))
  .sort()
  .map((file) => [file, readFileSync(new URL(file, DIR), 'utf8'), readExpectedFigures(new URL(expectedFileOf(file), DIR))] as const);

describe.each(pages)('fixture page %s', (_, html, expected) => {
  it(`finds exactly its expected figures (${expected.about})`, () => {
    const found = detectFigures(htmlToText(html)).map((f) => ({ text: f.text, measure: f.measure, value: f.value }));
    expect(found).toEqual(expected.figures);
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
