import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledCorpus } from '../../src/corpus/bundled-corpus';
import { detectFigures } from '../../src/engine/detect-figures';
import { readExpectedFigures } from '../harness/expected-figures';

const SEEDS = new URL('../fixtures/seeds/', import.meta.url);
const DOCUMENTS = new URL('../../assets/corpus/documents/', import.meta.url);
const documents = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.expected.json'))
  .sort()
  .map((f) => [f.replace(/\.expected\.json$/, '.txt'), readExpectedFigures(new URL(f, SEEDS))] as const);

describe('the seed documents', () => {
  it('each have their expected figures', () => {
    expect(documents.map(([name]) => name)).toEqual(
      readdirSync(DOCUMENTS)
        .filter((f) => f.endsWith('.txt'))
        .sort(),
    );
  });
});

describe.each(documents)('the detector over %s', (name, expected) => {
  const text = readFileSync(new URL(name, DOCUMENTS), 'utf8');
  const found = detectFigures(text);

  it('finds exactly the expected figures, in order, and nothing else', () => {
    expect(found.map((f) => ({ text: f.text, measure: f.measure, value: f.value }))).toEqual(expected.figures);
  });

  it('reports offsets at which the figure text stands', () => {
    for (const f of found) expect(text.slice(f.start, f.end)).toBe(f.text);
  });

  it('expects one figure per corpus claim of the document', () => {
    const claims = bundledCorpus.claims.filter((c) => `${c.source}.txt` === name);
    expect(expected.figures).toEqual(claims.map((c) => ({ text: c.figure, measure: c.measure, value: c.value })));
  });
});
