/**
 * Every expected-figures file in the tree has the one shape the engine's tests
 * and the journeys read (tests/harness/expected-figures.ts), and stands beside
 * the page or document it describes.
 */
import { existsSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
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

describe('the reader of expected figures', () => {
  it('refuses a file of another shape, naming what is wrong', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'rangefinder-')), 'bad.expected.json');
    writeFileSync(path, JSON.stringify({ about: 'a page', highlights: ['about 12,000'] }));
    expect(() => readExpectedFigures(path)).toThrow(/unknown fields highlights/);
    writeFileSync(path, JSON.stringify({ about: 'a page', figures: [{ text: 'about 12,000', measure: 'troops', value: 12000 }] }));
    expect(() => readExpectedFigures(path)).toThrow(/figures\[0\]\.measure: unknown measure "troops"/);
    writeFileSync(path, JSON.stringify({ about: 'a page', figures: [{ text: 'about 12,000' }] }));
    expect(() => readExpectedFigures(path)).toThrow(/must be exactly \{ text, measure, value \}/);
  });
});
