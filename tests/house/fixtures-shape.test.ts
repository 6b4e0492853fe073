/**
 * Every expected-figures file in the tree has the one shape the engine's tests
 * and the journeys read (tests/harness/expected-figures.ts), and stands beside
 * the page or document it describes.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { htmlToText } from '../../src/cli/html-to-text';
import { detectFigures } from '../../src/engine/detect-figures';
import { readExpectedFigures } from '../harness/expected-figures';
import { ROOT } from '../harness/project-root';

function expectedFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return expectedFiles(path);
    return name.endsWith('.expected.json') ? [path] : [];
  });
}

const files = expectedFiles(join(ROOT, 'tests')).map((path) => relative(ROOT, path));

describe('the expected-figures files', () => {
  it('are found in the engine fixtures, the seed documents and the journey pages', () => {
    for (const dir of ['tests/fixtures/pages/', 'tests/fixtures/seeds/', 'tests/e2e/pages/']) {
      expect(
        files.some((f) => f.startsWith(dir)),
        dir,
      ).toBe(true);
    }
  });

  it.each(files)('%s has the one shape', (file) => {
    expect(() => readExpectedFigures(join(ROOT, file))).not.toThrow();
  });

  it.each(files.filter((f) => !f.startsWith('tests/fixtures/seeds/')))('%s stands beside its page', (file) => {
    expect(existsSync(join(ROOT, file.replace(/\.expected\.json$/, '.html')))).toBe(true);
  });
});

describe('the journeys’ expected figures', () => {
  // The journeys check the highlights' texts; the measure and value beside each are checked here, wherever the
  // engine reads the figure from the page's HTML as the checker does (pages that build their text in script aside).
  const journeyPages = files.filter((f) => f.startsWith('tests/e2e/pages/'));
  it.each(journeyPages)('%s gives each figure the measure and value the engine reads', (file) => {
    const { figures, frames } = readExpectedFigures(join(ROOT, file));
    const html = readFileSync(join(ROOT, file.replace(/\.expected\.json$/, '.html')), 'utf8');
    const read = new Map(detectFigures(htmlToText(html)).map((f) => [f.text, f]));
    for (const expected of [...figures, ...Object.values(frames).flat()]) {
      const found = read.get(expected.text);
      if (found)
        expect({ measure: found.measure, value: found.value }, expected.text).toEqual({ measure: expected.measure, value: expected.value });
    }
  });

  it('are checked so on most of the journeys’ figures', () => {
    const all = journeyPages.flatMap((file) => {
      const { figures, frames } = readExpectedFigures(join(ROOT, file));
      const html = readFileSync(join(ROOT, file.replace(/\.expected\.json$/, '.html')), 'utf8');
      const read = new Set(detectFigures(htmlToText(html)).map((f) => f.text));
      return [...figures, ...Object.values(frames).flat()].map((f) => read.has(f.text));
    });
    expect(all.filter(Boolean).length / all.length).toBeGreaterThan(0.6);
  });
});

describe('the reader of expected figures', () => {
  it('refuses a file of another shape, naming what is wrong', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rangefinder-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const path = join(dir, 'bad.expected.json');
    writeFileSync(path, JSON.stringify({ about: 'a page', highlights: ['about 12,000'] }));
    expect(() => readExpectedFigures(path)).toThrow(/unknown fields highlights/);
    writeFileSync(path, JSON.stringify({ about: 'a page', figures: [{ text: 'about 12,000', measure: 'troops', value: 12000 }] }));
    expect(() => readExpectedFigures(path)).toThrow(/figures\[0\]\.measure: unknown measure "troops"/);
    writeFileSync(path, JSON.stringify({ about: 'a page', figures: [{ text: 'about 12,000' }] }));
    expect(() => readExpectedFigures(path)).toThrow(/must be exactly \{ text, measure, value \}/);
  });
});
