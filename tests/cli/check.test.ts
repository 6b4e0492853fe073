import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url);
const SEED = 'assets/corpus/documents/001_6103265ed68543fd.txt';

function check(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/check.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

const scratch = mkdtempSync(join(tmpdir(), 'rangefinder-check-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const file = (name: string, content: string | Uint8Array) => {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
};

describe('npm run check --json', () => {
  const { code, out } = check(SEED, '--json');
  const { figures } = JSON.parse(out);
  const text = readFileSync(new URL(SEED, ROOT), 'utf8');

  it('prints only the JSON document, with every figure of the document', () => {
    expect(code).toBe(0);
    expect(figures.map((f: { text: string }) => f.text)).toEqual([
      'approximately $5.5 billion',
      '$576 million',
      '$5.5 billion',
      '$576 million',
      'millions',
      'approximately 60%',
      'about 12,000',
      'exceeds 3,000',
      'around 1,100',
      'millions',
    ]);
  });

  it('gives each figure the agreed fields, its text standing at [start, end) of the file', () => {
    for (const f of figures) {
      expect(Object.keys(f)).toEqual(
        expect.arrayContaining(['text', 'value', 'unit', 'measure', 'counts', 'sentence', 'start', 'end', 'comparison']),
      );
      expect(text.slice(f.start, f.end)).toBe(f.text);
      expect(text).toContain(f.sentence);
    }
  });

  it('compares each figure with the other documents’ estimates of its measure', () => {
    const troops = figures.find((f: { text: string }) => f.text === 'about 12,000');
    expect(troops.measure).toBe('troops_deployed');
    expect(troops.comparison.quotes).toBe('001_6103265ed68543fd#7');
    const sources = new Set(troops.comparison.estimates.map((e: { source: string }) => e.source));
    expect(sources.has('001_6103265ed68543fd')).toBe(false);
    expect([...(sources as Set<string>)].filter((s) => !s.startsWith('record/')).sort()).toEqual([
      '000_e09003ca9401d720',
      '002_5eb9459cdb95d9f7',
      '003_26dbf4072c720404',
      '004_a0c75151540dfa53',
    ]);
  });

  it('gives each estimate on record its reports, every one with its address', () => {
    const troops = figures.find((f: { text: string }) => f.text === 'about 12,000');
    const onRecord = troops.comparison.estimates.filter((e: { source: string }) => e.source.startsWith('record/'));
    expect(onRecord.length).toBeGreaterThan(10);
    for (const e of onRecord) {
      expect(e.source).toBe(`record/${e.id.split('/')[0]}`);
      expect(e.reports.length).toBeGreaterThan(0);
      for (const r of e.reports) expect(Object.keys(r)).toEqual(['outlet', 'url', 'published', 'firstHand']);
      for (const r of e.reports) expect(r.url).toMatch(/^https?:\/\//);
    }
  });

  it('says on each figure what it counts: for a period or up to a date, all or part, a kind of the thing', () => {
    const page = file(
      'counts.txt',
      'North Korea ships about 3 million artillery shells a year to Russia.\n' +
        'About 300 North Korean soldiers were killed in the battle for Pokrovsk.\n' +
        'North Korea has also sent 500,000 rounds of 122mm shells.',
    );
    const { code, out } = check(page, '--json');
    expect(code).toBe(0);
    expect(JSON.parse(out).figures.map((f: { text: string; counts: unknown }) => [f.text, f.counts])).toEqual([
      ['about 3 million', { kind: 'period', period: 'year', coverage: 'all', note: 'a year' }],
      ['About 300', { kind: 'running_total', coverage: 'part', note: 'in the battle for Pokrovsk' }],
      ['500,000', { kind: 'running_total', coverage: 'all', subKind: '122 mm shells' }],
    ]);
  });
});

describe('npm run check (table)', () => {
  it('prints figure, measure, value and what the corpus says, with the estimates under each', () => {
    const { code, out } = check(SEED);
    expect(code).toBe(0);
    expect(out).toMatch(/^FIGURE +MEASURE +VALUE +WHAT THE CORPUS SAYS$/m);
    expect(out).toMatch(/^about 12,000 +troops_deployed +12,000 +same as \d+ of \d+ estimates$/m);
    expect(out).toContain('· about 3,000 (the US, 23 Oct 2024) [004_a0c75151540dfa53]');
    // An estimate on record is named by its id, which says whose it is and when.
    expect(out).toMatch(/· close to 11,000 \(Ukraine's Defence Intelligence \(HUR\), 23 Oct 2024\) \[hur\/2024-10-23\/troops_deployed\]/);
  });

  it('reads HTML pages as a browser presents them, offsets into that text', () => {
    const page = file(
      'page.html',
      '<html><body><nav>Home 24/7</nav><script>12000</script><p>North Korea has sent about 11,000 troops to Russia.</p></body></html>',
    );
    const { code, out } = check(page, '--json');
    expect(code).toBe(0);
    expect(JSON.parse(out).figures).toMatchObject([{ text: 'about 11,000', start: 31, end: 43, measure: 'troops_deployed' }]);
  });

  it('says plainly when a page has no figures', () => {
    const { code, out } = check(file('sport.txt', 'Arsenal beat Chelsea 3-1 before 60,000 fans.'));
    expect(code).toBe(0);
    expect(out).toBe("sport.txt: no figures about North Korea and Russia's war found.\n");
  });

  const home = 'North Korea fired three ballistic missiles into the sea. About 1,500 North Korean soldiers were training near the border.';

  it('reads no figure on a page about North Korea that never names the war', () => {
    expect(JSON.parse(check(file('missiles.txt', home), '--json').out).figures).toEqual([]);
  });

  it('reads the same page once it names the war', () => {
    const war = `${home} Pyongyang has also sent 11,000 troops to Russia.`;
    expect(JSON.parse(check(file('war.txt', war), '--json').out).figures.map((f: { text: string }) => f.text)).toContain('11,000');
  });
});

describe('bad input', () => {
  it.each([
    ['a missing file', () => [join(scratch, 'nope.txt')], 1, /nope\.txt: no such file/],
    ['a folder', () => [scratch], 1, /is a folder, not a file/],
    ['a binary file', () => [file('image.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]))], 1, /looks like a binary file/],
    ['text that is not UTF-8', () => [file('latin1.txt', new Uint8Array([0x63, 0x61, 0x66, 0xe9]))], 1, /not readable as UTF-8 text/],
    ['an unsupported file type', () => [file('sheet.csv', 'a,b')], 1, /unsupported file type "\.csv"/],
    ['no file', () => [], 2, /no file given/],
    ['two files', () => [SEED, SEED], 2, /one file at a time/],
    ['an unknown option', () => [SEED, '--yaml'], 2, /unknown option --yaml/],
  ])('%s gets a one-line error and a non-zero exit', (_, args, code, message) => {
    const run = check(...args());
    expect(run.code).toBe(code);
    expect(run.out).toBe('');
    expect(run.err).toMatch(message);
    expect(run.err.trim().split('\n')[0]).toMatch(/^rangefinder check: /);
  });

  it('reads UTF-16 text with a byte-order mark', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('North Korea sent 12,000 troops to Russia.', 'utf16le')]);
    const run = check(file('utf16.txt', utf16), '--json');
    expect(JSON.parse(run.out).figures.map((f: { text: string }) => f.text)).toEqual(['12,000']);
  });
});

describe('npm run check --json: who the page says made each figure', () => {
  // Invented sentences in the shapes of reporting; the estimates they meet are the bundled record's.
  const path = file(
    'attributed.txt',
    'North Korea has sent about 10,000 troops to Russia, the Pentagon said.\n\nSome 13,000 containers have left North Korea for Russia since mid-2022.\n\nNorth Korea has sent 11,000 troops to Russia, officials said.\n',
  );
  const { code, out } = check(path, '--json');
  const { figures } = JSON.parse(out);

  it('gives each figure the body the page names, as the corpus names it, or null', () => {
    expect(code).toBe(0);
    expect(figures.map((f: { attributedTo: string | null }) => f.attributedTo)).toEqual([
      'US Department of Defense (Pentagon)',
      null,
      null,
    ]);
    expect(figures[0].attribution).toEqual({ text: 'Pentagon', start: 56, end: 64 });
  });

  it('gives the estimate the page reports, or likely reports, or null', () => {
    expect(figures[0].comparison.likelySource).toMatchObject({
      id: 'us-dod/2024-10-28/troops_deployed',
      attributedTo: 'US Department of Defense (Pentagon)',
      asOf: '2024-10-28',
      basis: 'attributed',
    });
    expect(figures[1].comparison.likelySource).toMatchObject({
      id: 'rok-dia/2024-08-27/containers',
      attributedTo: "South Korea's Defense Intelligence Agency",
      asOf: '2024-08-27',
      basis: 'only-fit',
    });
    expect(figures[2].comparison.likelySource).toBeNull();
  });
});

describe('npm run check --json: an HTML page’s date', () => {
  // An invented page of the shape of a report of 20 November 2024: the NIS's 11,000 on record was said later.
  const html = file(
    'dated.html',
    '<!doctype html><html><head><meta property="article:published_time" content="2024-11-20T10:00:00+09:00"></head><body><p>Park said the NIS estimates the number of North Korean troops sent to Russia at around 11,000.</p></body></html>',
  );
  it('decides which of the named body’s estimates the page can report: none made after it', () => {
    const { figures } = JSON.parse(check(html, '--json').out);
    expect(figures[0].attributedTo).toBe("South Korea's National Intelligence Service (NIS)");
    expect(figures[0].comparison.likelySource).toBeNull();
  });

  it('leaves it open where the page gives no date: one of the body’s several estimates, none named', () => {
    const undated = file(
      'undated.html',
      '<!doctype html><html><body><p>Park said the NIS estimates the number of North Korean troops sent to Russia at around 11,000.</p></body></html>',
    );
    const { figures } = JSON.parse(check(undated, '--json').out);
    expect(figures[0].comparison.likelySource).toMatchObject({
      id: null,
      among: ['nis/2024-12-24/troops_deployed', 'nis/2025-06/troops_deployed', 'nis/2026-02-12/troops_deployed'],
      asOf: null,
      basis: 'one-of',
    });
  });
});
