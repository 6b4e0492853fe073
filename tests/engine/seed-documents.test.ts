import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledCorpus } from '../../src/corpus/bundled-corpus';
import { detectFigures } from '../../src/engine/detect-figures';
import expected from './seed-documents.expected.json';

type Expected = { text: string; measure: string; value: unknown };
const documents = Object.entries(expected as Record<string, Expected[]>);

describe.each(documents)('the detector over %s', (name, figures) => {
  const text = readFileSync(new URL(`../../assets/corpus/documents/${name}`, import.meta.url), 'utf8');
  const found = detectFigures(text);

  it('finds exactly the expected figures, in order, and nothing else', () => {
    expect(found.map((f) => ({ text: f.text, measure: f.measure, value: f.value }))).toEqual(figures);
  });

  it('reports offsets at which the figure text stands', () => {
    for (const f of found) expect(text.slice(f.start, f.end)).toBe(f.text);
  });

  it('expects one figure per corpus claim of the document', () => {
    const claims = bundledCorpus.claims.filter((c) => `${c.source}.txt` === name);
    expect(figures).toEqual(claims.map((c) => ({ text: c.figure, measure: c.measure, value: c.value })));
  });
});
