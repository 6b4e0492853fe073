/**
 * A measure is more than its row in MEASURES: the reader sees its name, the
 * contract documents it, and the detector is shown to find it. Adding a measure
 * without any of these fails here, naming the measure and what it lacks
 * (CONTRIBUTING.md: adding a measure).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MEASURE_IDS } from '../../src/engine/measures';
import { englishMessage } from '../../src/words/english';
import { DETECTOR_CASES } from '../engine/detect-figures.cases';
import { ROOT } from '../harness/project-root';

/** The measures named in the first column of docs/figures.md's table of measures. */
function documentedMeasures(): Set<string> {
  const doc = readFileSync(join(ROOT, 'docs/figures.md'), 'utf8');
  const table = doc.slice(doc.indexOf('| measure | what it counts |'));
  const rows = table
    .slice(0, table.indexOf('\n\n'))
    .split('\n')
    .filter((line) => /^\| `[a-z_]+` \|/.test(line));
  return new Set(rows.map((row) => /^\| `([a-z_]+)`/.exec(row)![1]!));
}

describe.each(MEASURE_IDS)('the measure %s', (measure) => {
  it('has a name in the English locale', () => {
    expect(englishMessage(`measures.${measure}`).trim(), `locales/en.yml measures.${measure}`).not.toBe('');
  });

  it('has a row in docs/figures.md', () => {
    expect([...documentedMeasures()], 'docs/figures.md').toContain(measure);
  });

  it('has at least one detector case that expects it', () => {
    const cases = DETECTOR_CASES.filter((c) => c.expect.some((figure) => figure.measure === measure));
    expect(cases.length, `tests/engine/detect-figures.cases.ts for ${measure}`).toBeGreaterThan(0);
  });
});

describe('docs/figures.md', () => {
  it('documents no measure the engine does not know', () => {
    expect([...documentedMeasures()].filter((m) => !MEASURE_IDS.includes(m as never))).toEqual([]);
  });
});
