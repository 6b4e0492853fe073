import { describe, expect, it } from 'vitest';
import { bundledCorpus } from '../../src/corpus/bundled-corpus';
import { withSources } from '../../src/corpus/corpus-index';
import { MAX_IMPORT_BYTES, readImportFile, withoutSource } from '../../src/corpus/import-file';
import { NOTHING_IMPORTED, storedFiles } from '../../src/corpus/imported-store';
import { corpusFile, readerCopy } from './reader-copy';

const read = (text: string, before = NOTHING_IMPORTED) => {
  const current = before.files.length > 0 ? withSources(bundledCorpus, before.files) : bundledCorpus;
  return readImportFile(text, current, before);
};
const problemsOf = (result: ReturnType<typeof read>) => ('refused' in result ? result.refused : null);

describe('importing a corpus file', () => {
  it('adds every source of a file that holds, with its claims and its document', () => {
    const result = read(corpusFile(readerCopy('002_5eb9459cdb95d9f7', 'copy-a'), readerCopy('004_a0c75151540dfa53', 'copy-b')));
    if (!('imported' in result)) throw new Error(`refused: ${JSON.stringify(result.refused)}`);
    expect(result.imported.files.map((f) => f.source.id)).toEqual(['copy-a', 'copy-b']);
    expect(result.imported.files[0]!.claims.map((c) => c.id)).toEqual(
      bundledCorpus.claims.filter((c) => c.source === '002_5eb9459cdb95d9f7').map((c) => c.id.replace('002_5eb9459cdb95d9f7', 'copy-a')),
    );
    expect(Object.keys(result.imported.documents)).toEqual(['copy-a.txt', 'copy-b.txt']);
    // What is stored reads back as a corpus, and joins the bundled one.
    expect(storedFiles(JSON.parse(JSON.stringify(result.imported.files)))).toHaveLength(2);
    const merged = withSources(bundledCorpus, result.imported.files);
    expect(merged.claims).toHaveLength(bundledCorpus.claims.length + result.imported.files.flatMap((f) => f.claims).length);
    expect(merged.sourceById.get('copy-b')?.title).toContain('a reader’s copy');
  });

  it('keeps what was imported before, and refuses a source already imported', () => {
    const first = read(corpusFile(readerCopy('002_5eb9459cdb95d9f7', 'copy-a')));
    if (!('imported' in first)) throw new Error('refused');
    const second = read(corpusFile(readerCopy('004_a0c75151540dfa53', 'copy-b')), first.imported);
    expect('imported' in second && second.imported.files.map((f) => f.source.id)).toEqual(['copy-a', 'copy-b']);
    const again = problemsOf(read(corpusFile(readerCopy('002_5eb9459cdb95d9f7', 'copy-a')), first.imported));
    expect(again?.problems).toContain('source copy-a: already in the corpus');
  });

  it('refuses a bundled source imported again, naming it', () => {
    const bundled = { ...readerCopy('002_5eb9459cdb95d9f7', '002_5eb9459cdb95d9f7') };
    const refused = problemsOf(read(corpusFile(bundled)));
    expect(refused?.reason).toBe('invalid');
    expect(refused?.problems).toContain('source 002_5eb9459cdb95d9f7: already in the corpus');
    expect(refused?.problems).toContain('claim 002_5eb9459cdb95d9f7#1: already in the corpus');
  });

  it('refuses the whole file when one claim of one source does not hold, naming the claim and the problem', () => {
    const good = readerCopy('002_5eb9459cdb95d9f7', 'copy-a');
    const bad = readerCopy('004_a0c75151540dfa53', 'copy-b');
    bad.claims[0] = { ...bad.claims[0], value: 99 };
    const refused = problemsOf(read(corpusFile(good, bad)));
    expect(refused?.reason).toBe('invalid');
    expect(refused?.problems).toHaveLength(1);
    const original = bundledCorpus.claims.find((c) => c.id === '004_a0c75151540dfa53#1')!;
    const value = typeof original.value === 'number' ? original.value : `${original.value.low}–${original.value.high}`;
    expect(refused?.problems).toEqual([
      `claim copy-b#1: the engine reads "${original.figure}" in the quote as ${original.measure} ${value}, not ${original.measure} 99`,
    ]);
  });

  it('refuses a quote its document does not hold', () => {
    const copy = readerCopy('002_5eb9459cdb95d9f7', 'copy-a');
    copy.documentText = copy.documentText.replace('over 1 million artillery shells', 'over one million artillery shells');
    expect(problemsOf(read(corpusFile(copy)))?.problems).toEqual(['claim copy-a#2: the quote is not in its document copy-a.txt']);
  });

  it('refuses a source without its document text, or with a malformed field', () => {
    const { documentText: _, ...withoutText } = readerCopy('002_5eb9459cdb95d9f7', 'copy-a');
    expect(problemsOf(read(corpusFile(withoutText)))?.problems).toContain('source 1: "documentText" must be the document\'s text');
    const copy = readerCopy('002_5eb9459cdb95d9f7', 'copy-a');
    copy.source = { ...copy.source, kind: 'rumour' };
    expect(problemsOf(read(corpusFile(copy)))?.problems).toContain(
      'source file 1 source: "kind" must be one of news, opinion, blog, rewrite',
    );
  });

  it.each([
    ['text that is not JSON', '{ "rangefinder": ', 'not-json'],
    ['JSON of another shape', JSON.stringify([{ source: {} }]), 'not-corpus'],
    ['another version', JSON.stringify({ rangefinder: 'corpus', version: 2, sources: [{}] }), 'not-corpus'],
    ['a file with no sources', JSON.stringify({ rangefinder: 'corpus', version: 1, sources: [] }), 'not-corpus'],
    ['a file over the size limit', corpusFile({ documentText: 'x'.repeat(MAX_IMPORT_BYTES) }), 'too-large'],
  ])('refuses %s, saying why', (_, text, reason) => {
    const refused = problemsOf(read(text));
    expect(refused?.reason).toBe(reason);
    expect(refused?.problems.length).toBeGreaterThan(0);
  });
});

describe('removing an imported source', () => {
  it('drops the source, its claims and its document, and keeps the rest', () => {
    const result = read(corpusFile(readerCopy('002_5eb9459cdb95d9f7', 'copy-a'), readerCopy('004_a0c75151540dfa53', 'copy-b')));
    if (!('imported' in result)) throw new Error('refused');
    const left = withoutSource(result.imported, 'copy-a');
    expect(left.files.map((f) => f.source.id)).toEqual(['copy-b']);
    expect(Object.keys(left.documents)).toEqual(['copy-b.txt']);
  });
});

describe('imported sources as stored', () => {
  it('are left out whole when the stored value is not a corpus any more', () => {
    const copy = readerCopy('002_5eb9459cdb95d9f7', 'copy-a');
    const { documentText: _, ...file } = copy;
    expect(storedFiles([file])).toHaveLength(1);
    expect(storedFiles([{ ...file, claims: [{ ...file.claims[0], measure: 'gossip' }] }])).toEqual([]);
    expect(storedFiles('not a list')).toEqual([]);
    expect(storedFiles(undefined)).toEqual([]);
  });
});
