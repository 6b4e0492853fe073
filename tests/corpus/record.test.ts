import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { corpusCheck } from '../../src/corpus/corpus-check-plugin';
import { corpusStats } from '../../src/corpus/corpus-stats';
import { CORPUS_DIR, corpusProblems, readCorpus, readRecord, readSeeds } from '../../src/corpus/read-corpus';
import type { BodyFile } from '../../src/corpus/record';
import { linkProblems, verifyRecord } from '../../src/corpus/verify-record';
import { ROOT } from '../harness/project-root';

/** A bundled body file, copied, so that every quote and figure in a test is real. */
const jcsFile = (): BodyFile => JSON.parse(readFileSync(join(CORPUS_DIR, 'record/jcs.json'), 'utf8'));
const ID = 'jcs/2024-12-23/nk_casualties';
const withFirstEstimate = (patch: (e: Record<string, unknown>) => void) => {
  const file = jcsFile();
  const estimates = structuredClone(file.estimates) as unknown as Record<string, unknown>[];
  patch(estimates[0]!);
  return { ...file, estimates };
};
const problems = (...files: unknown[]) => verifyRecord(files).issues;

describe('the corpus of record', () => {
  it('holds as bundled: every report read by the engine as its estimate, no estimate twice, none after its reports', () => {
    expect(corpusProblems()).toEqual([]);
    const record = readRecord();
    expect(record.estimates.length).toBeGreaterThan(100);
    expect(new Set(record.estimates.map((e) => e.body.id)).size).toBe(record.bodies.length);
  });

  it.each([
    [
      'a value its report does not give',
      (e: Record<string, unknown>) => {
        e.value = 1200;
      },
      `estimate ${ID} report 1 (UrduPoint): the engine reads "around 1,100" in the quote as nk_casualties 1100, not nk_casualties 1200`,
    ],
    [
      'a measure its report does not give',
      (e: Record<string, unknown>) => {
        e.measure = 'nk_killed';
        e.id = 'jcs/2024-12-23/nk_killed';
      },
      'estimate jcs/2024-12-23/nk_killed report 1 (UrduPoint): the engine reads "around 1,100" in the quote as nk_casualties 1100, not nk_killed 1100',
    ],
    [
      'an address that is not http(s)',
      (e: Record<string, unknown>) => {
        (e.reports as Record<string, unknown>[])[0]!.url = 'javascript:alert(1)';
      },
      `estimate ${ID} report 1: "url" must be an http(s) address`,
    ],
    [
      'an estimate dated after its earliest report',
      (e: Record<string, unknown>) => {
        e.asOf = { date: '2025-01-05', precision: 'day', certainty: 'stated', basis: 'a test' };
        e.id = 'jcs/2025-01-05/nk_casualties';
      },
      'estimate jcs/2025-01-05/nk_casualties: made 2025-01-05, after a report of 2024-12-23',
    ],
    [
      'an estimate with no report',
      (e: Record<string, unknown>) => {
        e.reports = [];
      },
      `estimate ${ID}: "reports" must list at least one report`,
    ],
    [
      'an id of another body',
      (e: Record<string, unknown>) => {
        e.id = 'nis/2024-12-23/nk_casualties';
      },
      'estimate nis/2024-12-23/nk_casualties: "id" must start with "jcs/"',
    ],
  ])('refuses %s, naming the estimate and the problem', (_, patch, message) => {
    expect(problems(withFirstEstimate(patch))).toContain(message);
  });

  it('refuses an estimate dated after any of its reports, whatever the precision of the others', () => {
    // A report dated only by its year must not hide a report of an earlier day.
    const file = withFirstEstimate((e) => {
      e.asOf = { date: '2024-12-30', precision: 'day', certainty: 'stated', basis: 'a test' };
      e.id = 'jcs/2024-12-30/nk_casualties';
      const reports = e.reports as Record<string, unknown>[];
      reports[1]!.published = { date: '2024', precision: 'year', certainty: 'stated', basis: 'a test' };
    });
    expect(problems(file)).toContain('estimate jcs/2024-12-30/nk_casualties: made 2024-12-30, after a report of 2024-12-23');
  });

  it('refuses an id that does not name its as-of date and measure', () => {
    const file = withFirstEstimate((e) => {
      e.id = 'jcs/1999-01-01/troops_deployed';
    });
    expect(problems(file)).toContain(
      'estimate jcs/1999-01-01/troops_deployed: "id" must name its as-of date and measure: "…/2024-12-23/nk_casualties"',
    );
  });

  it('refuses a page listed twice as a report of one estimate', () => {
    const file = withFirstEstimate((e) => {
      const reports = e.reports as Record<string, unknown>[];
      reports.push({ ...reports[0]! });
    });
    expect(problems(file)).toContain(`estimate ${ID}: the page ${jcsFile().estimates[0]!.reports[0]!.url} is listed twice`);
  });

  it('refuses a language that is no language tag', () => {
    const file = withFirstEstimate((e) => {
      (e.reports as Record<string, unknown>[])[0]!.language = 'English';
    });
    expect(problems(file)).toContain(`estimate ${ID} report 1: "language" must be a language tag such as "en"`);
  });

  it('refuses an estimate made twice: the same body, measure, value and date', () => {
    const file = jcsFile();
    const twice = { ...file, estimates: [...file.estimates, { ...file.estimates[0]!, id: `${ID}-2` }] };
    expect(problems(twice)).toContain(
      `estimate ${ID}-2: the same body, measure, value and date as estimate ${ID}; make it a report of that one`,
    );
  });

  it('refuses a body of an unknown kind and a body file that is not one', () => {
    const file = jcsFile();
    expect(problems({ ...file, body: { ...file.body, kind: 'oracle' } })).toContain(
      'body file 1 body.kind: must be one of intelligence, government, military, research, press, other',
    );
    expect(problems({ body: file.body })).toEqual(['body file 1: must be { "body": {…}, "estimates": […] }']);
  });

  it('refuses a seed claim that restates an estimate not on record', () => {
    const corpus = readCorpus();
    const claims = corpus.claims.map((c, i) => (i === 0 ? { ...c, estimate: 'nis/2024-01-01/troops_deployed' } : c));
    expect(linkProblems({ ...corpus, claims }, readRecord())).toEqual([
      `claim ${corpus.claims[0]!.id}: restates unknown estimate "nis/2024-01-01/troops_deployed"`,
    ]);
    expect(linkProblems(corpus, readRecord())).toEqual([]);
  });

  it('refuses a seed claim that restates an estimate of another value or date', () => {
    const corpus = readCorpus();
    const linked = corpus.claims.find((c) => c.estimate === ID)!;
    const relink = (patch: Record<string, unknown>) => ({
      ...corpus,
      claims: corpus.claims.map((c) => (c === linked ? { ...c, ...patch } : c)),
    });
    expect(linkProblems(relink({ value: 1200 }), readRecord())).toEqual([
      `claim ${linked.id}: restates estimate ${ID}, of nk_casualties 1100, not nk_casualties 1200`,
    ]);
    expect(linkProblems(relink({ asOf: { ...linked.asOf, date: '2025-01', precision: 'month' } }), readRecord())).toEqual([
      `claim ${linked.id}: restates estimate ${ID}, made 2024-12-23, not 2025-01`,
    ]);
  });

  it('names a missing record folder as a problem, not a crash', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rangefinder-record-'));
    cpSync(join(CORPUS_DIR, 'sources'), join(dir, 'sources'), { recursive: true });
    cpSync(join(CORPUS_DIR, 'documents'), join(dir, 'documents'), { recursive: true });
    expect(corpusProblems(dir)).toEqual(['record/: the folder is missing']);
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('counting the corpus', () => {
  it('counts estimates of record and seed claims that restate nothing, their reports, outlets and bodies', () => {
    const file = jcsFile();
    const record = verifyRecord([file]);
    if (!('record' in record)) throw new Error(record.issues.join('\n'));
    const corpus = readSeeds();
    const stats = corpusStats(record.record, { sources: [], claims: [] });
    expect(stats.estimates).toBe(file.estimates.length);
    expect(stats.reports).toBe(file.estimates.flatMap((e) => e.reports).length);
    expect(stats.bodies).toBe(1);
    expect(stats.attributedShare).toBe(1);
    expect(stats.withUrlShare).toBe(1);
    // The seeds' own claims count, those restating another claim or an estimate on record do not.
    // Their documents are bundled whole, not reports on record: they add no report and no outlet.
    const seeds = corpus.claims.filter((c) => !c.restates && !c.estimate);
    const all = corpusStats(record.record, corpus);
    expect(all.estimates).toBe(file.estimates.length + seeds.length);
    expect(all.reports).toBe(stats.reports);
    expect(all.outlets).toBe(stats.outlets);
    expect(all.withUrlShare).toBe(1);
    expect(all.attributedShare).toBeCloseTo(
      (file.estimates.length + seeds.filter((c) => c.attributedTo !== 'unattributed').length) / all.estimates,
      3,
    );
  });
});

describe('npm run corpus', () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/corpus.ts', ...args], { cwd: ROOT, encoding: 'utf8' });

  it('stats --json prints exactly the counts, as one JSON object', () => {
    const result = run('stats', '--json');
    expect(result.status).toBe(0);
    const stats = JSON.parse(result.stdout);
    expect(Object.keys(stats)).toEqual([
      'estimates',
      'reports',
      'outlets',
      'bodies',
      'attributedShare',
      'withUrlShare',
      'byMeasure',
      'firstAsOf',
      'lastAsOf',
    ]);
    expect(stats).toEqual(corpusStats(readRecord(), readSeeds()));
  });

  it('stats prints a table a reader can scan', () => {
    const result = run('stats');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^The corpus: \d+ estimates in \d+ reports from \d+ outlets; \d+ estimating bodies on record\n/);
    expect(result.stdout).toMatch(/\ntroops_deployed +\d+\n/);
  });

  it('refuses to count a corpus that does not hold, with the problem and exit code 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rangefinder-record-'));
    cpSync(CORPUS_DIR, dir, { recursive: true });
    writeFileSync(join(dir, 'record/jcs.json'), '{ "body": ');
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/corpus.ts', 'stats'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, RANGEFINDER_CORPUS: dir },
    });
    rmSync(dir, { recursive: true, force: true });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^rangefinder corpus: The corpus is not valid:\n- record\/jcs\.json: not valid JSON/);
    expect(result.stdout).toBe('');
  });

  it('refuses a command it does not know, with its usage and exit code 2', () => {
    const result = run('count');
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('rangefinder corpus: unknown command count\nusage: npm run corpus -- stats [--json]\n');
  });
});

describe('the build', () => {
  let dir: string | null = null;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = null;
  });

  it('fails on a report its estimate does not hold, naming the estimate and the problem', async () => {
    dir = mkdtempSync(join(tmpdir(), 'rangefinder-record-'));
    const corpus = join(dir, 'corpus');
    cpSync(CORPUS_DIR, corpus, { recursive: true });
    const path = join(corpus, 'record/jcs.json');
    const file = JSON.parse(readFileSync(path, 'utf8'));
    file.estimates[0].value = 1200;
    writeFileSync(path, JSON.stringify(file));
    writeFileSync(join(dir, 'entry.js'), 'export const answer = 42;\n');
    const failure = build({
      root: dir,
      logLevel: 'silent',
      configFile: false,
      plugins: [corpusCheck(corpus)],
      build: { write: false, lib: { entry: join(dir, 'entry.js'), formats: ['es'] } },
    });
    await expect(failure).rejects.toThrow(
      `estimate ${ID} report 1 (UrduPoint): the engine reads "around 1,100" in the quote as nk_casualties 1100`,
    );
  });
});
