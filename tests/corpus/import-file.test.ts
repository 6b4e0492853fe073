import { describe, expect, it } from 'vitest';
import { bundledCorpus } from '../../src/corpus/bundled-corpus';
import { withImported } from '../../src/corpus/corpus-index';
import { MAX_IMPORT_BYTES, readImportFile, withoutBody, withoutSource } from '../../src/corpus/import-file';
import { type ImportedCorpus, NOTHING_IMPORTED, storedBodies, storedFiles } from '../../src/corpus/imported-store';
import { corpusFile, readerBody, readerCopy, recordFile } from './reader-copy';

const read = (text: string, before: ImportedCorpus = NOTHING_IMPORTED) => readImportFile(text, withImported(bundledCorpus, before), before);
const problemsOf = (result: ReturnType<typeof read>) => ('refused' in result ? result.refused : null);
const imported = (result: ReturnType<typeof read>) => {
  if (!('imported' in result)) throw new Error(`refused: ${JSON.stringify(result.refused)}`);
  return result.imported;
};

describe('importing estimates on record', () => {
  it('adds every body of a file that holds, with its estimates and their reports, and they join the corpus', () => {
    const ukmod = readerBody('uk-mod', 'reader-uk-mod');
    const jcs = readerBody('jcs', 'reader-jcs');
    const result = imported(read(recordFile(ukmod, jcs)));
    expect(result.bodies.map((f) => f.body.id)).toEqual(['reader-uk-mod', 'reader-jcs']);
    expect(result.bodies[0]!.estimates.map((e) => e.id)).toEqual(ukmod.estimates.map((e) => e.id));
    // What is stored reads back as a record, and joins the bundled corpus.
    expect(storedBodies(JSON.parse(JSON.stringify(result.bodies)))).toHaveLength(2);
    const merged = withImported(bundledCorpus, result);
    expect(merged.claims).toHaveLength(bundledCorpus.claims.length + ukmod.estimates.length + jcs.estimates.length);
    const one = merged.claimById.get(ukmod.estimates[0]!.id)!;
    expect(one.record?.body.name).toBe('UK Ministry of Defence (a reader’s copy)');
    expect(one.source).toBe('record/reader-uk-mod');
    expect(merged.byMeasure.get(one.measure)).toContain(one);
  });

  it('keeps what was imported before, adds new estimates of a body imported before to it, and refuses an estimate twice', () => {
    const first = imported(read(recordFile(readerBody('uk-mod', 'reader-uk-mod', (e) => e.id.includes('2024')))));
    const second = imported(read(recordFile(readerBody('uk-mod', 'reader-uk-mod', (e) => !e.id.includes('2024'))), first));
    expect(second.bodies).toHaveLength(1);
    expect(second.bodies[0]!.estimates.map((e) => e.id)).toEqual(readerBody('uk-mod', 'reader-uk-mod').estimates.map((e) => e.id));
    const again = problemsOf(read(recordFile(readerBody('uk-mod', 'reader-uk-mod', (e) => e.id.includes('2024'))), first));
    expect(again?.reason).toBe('invalid');
    expect(again?.problems[0]).toMatch(/^estimate reader-uk-mod\/2024-[\d-]+\/\w+: already in the corpus$/);
  });

  it('refuses an estimate the bundled record holds, and a body on record given otherwise', () => {
    const bundled = readerBody('jcs', 'jcs');
    bundled.body = { ...bundled.body, name: "South Korea's Joint Chiefs of Staff (JCS)" };
    const same = problemsOf(read(recordFile(bundled)));
    expect(same?.problems).toContain(`estimate ${bundled.estimates[0]!.id}: already in the corpus`);
    const renamed = readerBody('jcs', 'jcs');
    const otherwise = problemsOf(read(recordFile(renamed)));
    expect(otherwise?.problems[0]).toBe(
      `body jcs: on record as "South Korea's Joint Chiefs of Staff (JCS)" (South Korea, military); give it exactly so, or another id`,
    );
  });

  it('refuses the whole file when one report of one estimate does not hold, naming the estimate and the problem', () => {
    const good = readerBody('uk-mod', 'reader-uk-mod');
    const bad = readerBody('jcs', 'reader-jcs');
    const estimate = bad.estimates[0]!;
    bad.estimates[0] = { ...estimate, value: 99 };
    const refused = problemsOf(read(recordFile(good, bad)));
    expect(refused?.reason).toBe('invalid');
    expect(refused?.problems.length).toBeGreaterThan(0);
    for (const problem of refused!.problems) expect(problem.startsWith(`estimate ${estimate.id} report `)).toBe(true);
    expect(refused?.problems[0]).toMatch(/: the engine reads ".+" in the quote as nk_casualties 1100, not nk_casualties 99$/);
  });

  it('refuses a report without its address, or with one that is not a web page', () => {
    const file = readerBody('uk-mod', 'reader-uk-mod');
    const estimate = file.estimates[0]!;
    const reports = estimate.reports as Record<string, unknown>[];
    file.estimates[0] = { ...estimate, reports: [{ ...reports[0], url: 'javascript:alert(1)' }, ...reports.slice(1)] };
    const refused = problemsOf(read(recordFile(file)));
    expect(refused?.reason).toBe('invalid');
    expect(refused?.problems.some((p) => p.includes('url'))).toBe(true);
  });

  it.each([
    ['text that is not JSON', '{ "rangefinder": ', 'not-json'],
    ['JSON of another shape', JSON.stringify([{ body: {} }]), 'not-corpus'],
    ['another version', JSON.stringify({ rangefinder: 'corpus', version: 3, bodies: [{}] }), 'not-corpus'],
    ['a file with no bodies', JSON.stringify({ rangefinder: 'corpus', version: 2, bodies: [] }), 'not-corpus'],
    ['a file over the size limit', recordFile({ body: 'x'.repeat(MAX_IMPORT_BYTES) }), 'too-large'],
  ])('refuses %s, saying why', (_, text, reason) => {
    const refused = problemsOf(read(text));
    expect(refused?.reason).toBe(reason);
    expect(refused?.problems.length).toBeGreaterThan(0);
  });
});

describe('a file in the first format', () => {
  it('is refused whole, as old, even when it would have held then', () => {
    const refused = problemsOf(read(corpusFile(readerCopy('002_5eb9459cdb95d9f7', 'copy-a'))));
    expect(refused).toEqual({ reason: 'old-format', problems: [] });
  });

  it('leaves what was imported in it before working: its sources join the corpus, and new estimates are added beside them', () => {
    const { documentText, ...file } = readerCopy('002_5eb9459cdb95d9f7', 'copy-a');
    const before: ImportedCorpus = { bodies: [], files: storedFiles([file]), documents: { 'copy-a.txt': documentText } };
    expect(before.files).toHaveLength(1);
    const result = imported(read(recordFile(readerBody('uk-mod', 'reader-uk-mod')), before));
    expect(result.files).toEqual(before.files);
    expect(result.documents).toEqual(before.documents);
    const merged = withImported(bundledCorpus, result);
    expect(merged.sourceById.has('copy-a')).toBe(true);
    expect(merged.claims.some((c) => c.source === 'copy-a')).toBe(true);
  });
});

describe('removing what was imported', () => {
  it('drops a body with its estimates, or a source of the first format with its document, and keeps the rest', () => {
    const { documentText, ...file } = readerCopy('002_5eb9459cdb95d9f7', 'copy-a');
    const before: ImportedCorpus = { bodies: [], files: storedFiles([file]), documents: { 'copy-a.txt': documentText } };
    const result = imported(read(recordFile(readerBody('uk-mod', 'reader-uk-mod'), readerBody('jcs', 'reader-jcs')), before));
    const left = withoutBody(result, 'reader-uk-mod');
    expect(left.bodies.map((b) => b.body.id)).toEqual(['reader-jcs']);
    expect(left.files).toHaveLength(1);
    const none = withoutSource(left, 'copy-a');
    expect(none.files).toEqual([]);
    expect(none.documents).toEqual({});
    expect(none.bodies).toEqual(left.bodies);
  });
});

describe('what was imported, as stored', () => {
  it('is left out whole when the stored value no longer holds', () => {
    const body = readerBody('uk-mod', 'reader-uk-mod');
    expect(storedBodies([body])).toHaveLength(1);
    expect(storedBodies([{ ...body, estimates: [{ ...body.estimates[0], measure: 'gossip' }] }])).toEqual([]);
    expect(storedBodies('not a list')).toEqual([]);
    const { documentText: _, ...file } = readerCopy('002_5eb9459cdb95d9f7', 'copy-a');
    expect(storedFiles([file])).toHaveLength(1);
    expect(storedFiles([{ ...file, claims: [{ ...file.claims[0], measure: 'gossip' }] }])).toEqual([]);
    expect(storedFiles(undefined)).toEqual([]);
  });
});
