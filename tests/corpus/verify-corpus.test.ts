import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { corpusCheck } from '../../src/corpus/corpus-check-plugin';
import { CorpusError } from '../../src/corpus/corpus-index';
import { CORPUS_DIR, readCorpus, verifyCorpusDir } from '../../src/corpus/read-corpus';
import { verifyCorpus } from '../../src/corpus/verify-corpus';

const ID = '002_5eb9459cdb95d9f7';
const sourceFile = () => JSON.parse(readFileSync(join(CORPUS_DIR, `sources/${ID}.json`), 'utf8'));
const documentText = readFileSync(join(CORPUS_DIR, `documents/${ID}.txt`), 'utf8');
const withFirstClaim = (patch: Record<string, unknown>) => {
  const file = sourceFile();
  return { ...file, claims: [{ ...file.claims[0], ...patch }, ...file.claims.slice(1)] };
};
const verify = (file: unknown, documents: Record<string, string> = { [`${ID}.txt`]: documentText }) =>
  verifyCorpus([file], (name) => documents[name]).issues;

describe('verifying a corpus against its documents and the engine', () => {
  it('passes the bundled corpus whole', () => {
    expect(verifyCorpusDir().issues).toEqual([]);
    expect(readCorpus().claims.length).toBeGreaterThan(0);
  });

  it.each([
    [
      'a quote that is not in its document',
      { quote: 'North Korea has sent a minimum of 3,000 troops to Russia.', figure: 'a minimum of 3,000' },
      `claim ${ID}#1: the quote is not in its document ${ID}.txt`,
    ],
    [
      'a claim whose value the quote does not give',
      { value: 4000 },
      `claim ${ID}#1: the engine reads "a minimum of 3,000" in the quote as troops_deployed 3000, not troops_deployed 4000`,
    ],
    [
      'a claim whose measure the quote does not give',
      { measure: 'artillery_shells' },
      `claim ${ID}#1: the engine reads "a minimum of 3,000" in the quote as troops_deployed 3000, not artillery_shells 3000`,
    ],
    [
      'a figure the engine does not read as one',
      { figure: 'minimum of 3,000' },
      `claim ${ID}#1: the engine finds no figure "minimum of 3,000" in the quote`,
    ],
  ])('rejects %s, naming the claim and the problem', (_, patch, message) => {
    expect(verify(withFirstClaim(patch))).toEqual([message]);
  });

  it('rejects a source whose document is missing', () => {
    expect(verify(sourceFile(), {})).toContain(`claim ${ID}#1: its document ${ID}.txt is missing`);
  });

  it('reports schema problems first, without running the engine over a malformed claim', () => {
    expect(verify(withFirstClaim({ measure: undefined, quote: 42 }))).toEqual([
      `claim ${ID}#1: "quote" must be a non-empty string`,
      `claim ${ID}#1: unknown measure "undefined"`,
    ]);
  });

  it('lists every problem of every claim, not only the first', () => {
    const file = sourceFile();
    file.claims[0].value = 1;
    file.claims[1].value = 2;
    expect(verify(file)).toHaveLength(2);
  });
});

describe('the build', () => {
  let dir: string | null = null;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = null;
  });

  /** Builds a one-line module with the corpus check over a copy of the corpus, changed by `change`. */
  async function buildWith(change: (corpus: string) => void): Promise<void> {
    dir = mkdtempSync(join(tmpdir(), 'rangefinder-corpus-'));
    const corpus = join(dir, 'corpus');
    cpSync(CORPUS_DIR, corpus, { recursive: true });
    change(corpus);
    writeFileSync(join(dir, 'entry.js'), 'export const answer = 42;\n');
    await build({
      root: dir,
      logLevel: 'silent',
      configFile: false,
      plugins: [corpusCheck(corpus)],
      build: { write: false, lib: { entry: join(dir, 'entry.js'), formats: ['es'] } },
    });
  }

  it('succeeds with the bundled corpus', async () => {
    await expect(buildWith(() => undefined)).resolves.toBeUndefined();
  });

  it('fails on a claim its quote does not support, naming the claim and the problem', async () => {
    const failure = buildWith((corpus) => {
      const path = join(corpus, `sources/${ID}.json`);
      const file = JSON.parse(readFileSync(path, 'utf8'));
      file.claims[1].value = 5_000_000;
      writeFileSync(path, JSON.stringify(file));
    });
    await expect(failure).rejects.toThrow(
      `claim ${ID}#2: the engine reads "over 1 million" in the quote as artillery_shells 1000000, not artillery_shells 5000000`,
    );
  });

  it('fails on a quote edited out of its document', async () => {
    const failure = buildWith((corpus) => {
      const path = join(corpus, `documents/${ID}.txt`);
      writeFileSync(path, readFileSync(path, 'utf8').replace('over 1 million artillery shells', 'over one million artillery shells'));
    });
    await expect(failure).rejects.toThrow(`claim ${ID}#2: the quote is not in its document ${ID}.txt`);
  });

  it('fails on a source file that is not JSON, naming the file', async () => {
    const failure = buildWith((corpus) => writeFileSync(join(corpus, `sources/${ID}.json`), '{ "source": '));
    await expect(failure).rejects.toThrow(`sources/${ID}.json: not valid JSON`);
  });

  it('throws CorpusError from readCorpus on the same problems', () => {
    dir = mkdtempSync(join(tmpdir(), 'rangefinder-corpus-'));
    cpSync(CORPUS_DIR, dir, { recursive: true });
    const path = join(dir, `sources/${ID}.json`);
    const file = JSON.parse(readFileSync(path, 'utf8'));
    delete file.claims[0].asOf;
    writeFileSync(path, JSON.stringify(file));
    expect(() => readCorpus(dir!)).toThrow(CorpusError);
    expect(() => readCorpus(dir!)).toThrow(`claim ${ID}#1.asOf: must be an object { date, precision, certainty, basis }`);
  });
});
