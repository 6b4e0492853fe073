import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledCorpus } from '../../src/corpus/bundled-corpus';
import { CorpusError, indexCorpus } from '../../src/corpus/corpus-index';
import { validateCorpus } from '../../src/corpus/schema';
import { claimProblems } from '../../src/corpus/verify-corpus';

const DOCUMENTS = new URL('../../assets/corpus/documents/', import.meta.url);
const SEEDS = new URL('../../../shared/seeds/', import.meta.url);
const document = (name: string) => readFileSync(new URL(name, DOCUMENTS), 'utf8');
const { sources } = bundledCorpus;
// The seed documents' claims; the estimates on record have a test of their own (record.test.ts).
const claims = bundledCorpus.claims.filter((c) => !c.record);

describe('the bundled corpus', () => {
  it('has a source record for each of the five documents, and a document for each source', () => {
    const files = readdirSync(DOCUMENTS)
      .filter((f) => f.endsWith('.txt'))
      .sort();
    expect(files).toHaveLength(5);
    expect(sources.map((s) => s.document).sort()).toEqual(files);
  });

  it.runIf(existsSync(SEEDS))('bundles the seed documents verbatim', () => {
    for (const s of sources) expect(document(s.document)).toBe(readFileSync(new URL(s.document, SEEDS), 'utf8'));
  });

  it('invents no origin: no source has a URL, and only the rewrite names what it is based on', () => {
    expect(sources.filter((s) => s.url !== null)).toEqual([]);
    expect(sources.filter((s) => s.basedOn).map((s) => s.kind)).toEqual(['rewrite']);
  });

  it('validates as a whole against the schema', () => {
    const files = readdirSync(new URL('../../assets/corpus/sources/', import.meta.url)).map((f) =>
      JSON.parse(readFileSync(new URL(`../../assets/corpus/sources/${f}`, import.meta.url), 'utf8')),
    );
    expect(validateCorpus(files).issues).toEqual([]);
  });

  it('holds the estimates on record too, each with the body that made it and its reports', () => {
    const onRecord = bundledCorpus.claims.filter((c) => c.record);
    expect(onRecord.length).toBeGreaterThan(100);
    for (const c of onRecord) {
      expect(c.attributedTo, c.id).toBe(c.record!.body.name);
      expect(c.quote, c.id).toBe(c.record!.reports[0]!.quote);
    }
  });

  describe.each(claims.map((c) => [c.id, c] as const))('claim %s', (_, claim) => {
    const source = sources.find((s) => s.id === claim.source)!;

    it('quotes its document verbatim, and its quote yields its own value and measure through the engine', () => {
      expect(claimProblems(claim, source.document, document(source.document))).toEqual([]);
    });
  });
});

describe('corpus validation', () => {
  const valid = JSON.parse(readFileSync(new URL('../../assets/corpus/sources/002_5eb9459cdb95d9f7.json', import.meta.url), 'utf8'));
  const withClaim = (patch: Record<string, unknown>) => ({ ...valid, claims: [{ ...valid.claims[0], ...patch }] });

  it.each([
    ['an unknown measure', { measure: 'troops_sent' }, 'claim 002_5eb9459cdb95d9f7#1: unknown measure "troops_sent"'],
    ['a missing quote', { quote: undefined }, 'claim 002_5eb9459cdb95d9f7#1: "quote" must be a non-empty string'],
    [
      'a range that runs backwards',
      { value: { low: 9, high: 2 } },
      'claim 002_5eb9459cdb95d9f7#1: range low 9 must be ≥ 0 and below high 2',
    ],
    ['a figure not in its quote', { figure: '4,000' }, 'claim 002_5eb9459cdb95d9f7#1: figure "4,000" does not occur in its quote'],
    [
      'a date finer than its precision says',
      { asOf: { ...valid.claims[0].asOf, precision: 'month' } },
      'claim 002_5eb9459cdb95d9f7#1.asOf.date: "2024-10-23" is not an ISO date of month precision',
    ],
    [
      'a claim of another source',
      { source: '003_26dbf4072c720404' },
      'claim 002_5eb9459cdb95d9f7#1: "source" must be "002_5eb9459cdb95d9f7"',
    ],
    [
      'an id that is not "<source id>#<n>"',
      { id: '002_5eb9459cdb95d9f7/1' },
      'claim 002_5eb9459cdb95d9f7/1: "id" must be "<source id>#<n>"',
    ],
    [
      'an id under another source',
      { id: '003_26dbf4072c720404#1' },
      'claim 003_26dbf4072c720404#1: "id" must start with "002_5eb9459cdb95d9f7#"',
    ],
  ])('rejects %s, naming the claim and the problem', (_, patch, message) => {
    expect(validateCorpus([withClaim(patch)]).issues).toContain(message);
  });

  it('rejects a source id that could not name a file', () => {
    expect(validateCorpus([{ ...valid, source: { ...valid.source, id: '../002', document: '../002.txt' } }]).issues).toContain(
      'source file 1 source: "id" must be letters, digits, "_" and "-" only',
    );
  });

  it('rejects the whole corpus when one file is bad, listing every problem', () => {
    const bad = withClaim({ measure: 'nope', value: 'many' });
    expect(() => indexCorpus([bad])).toThrow(CorpusError);
    expect(validateCorpus([valid, bad]).issues).toEqual([
      'claim 002_5eb9459cdb95d9f7#1: unknown measure "nope"',
      'claim 002_5eb9459cdb95d9f7#1: value must be a number or { "low": n, "high": n }',
    ]);
  });

  it('rejects a claim id used twice and a restatement of a claim that does not exist', () => {
    const twice = { ...valid, claims: [valid.claims[0], { ...valid.claims[1], id: valid.claims[0].id }] };
    expect(validateCorpus([twice]).issues).toContain('claim 002_5eb9459cdb95d9f7#1: id is used twice');
    const dangling = withClaim({ restates: '002_5eb9459cdb95d9f7#99' });
    expect(validateCorpus([dangling]).issues).toContain('claim 002_5eb9459cdb95d9f7#1: restates unknown claim "002_5eb9459cdb95d9f7#99"');
  });
});
