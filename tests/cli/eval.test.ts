import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { asOneLine, type Case, caseProblems, type Detect, readAsPages, scoreCases } from '../../src/cli/eval-score';
import type { Figure } from '../../src/engine/detect-figures';
import type { Measure } from '../../src/engine/measures';
import type { Value } from '../../src/engine/value';

const ROOT = new URL('../../', import.meta.url);

/** A figure as the detector would give it, at `text`'s place in `sentence`. */
function found(sentence: string, text: string, measure: Measure, value: Value): Figure {
  const start = sentence.search(new RegExp(`(?<![\\p{L}\\p{N}])${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u'));
  return {
    text,
    start,
    end: start + text.length,
    value,
    measure,
    unit: 'troops',
    qualifier: null,
    bound: 'exact',
    vague: false,
    sentence,
    sentenceStart: 0,
  } as Figure;
}

const A = 'Seoul says 11,000 troops were sent, and 1,000 were killed.';
const B = 'Pyongyang launched 3 missiles into the sea on Tuesday.';
const C = 'Kyiv says 40 Russian soldiers died near the river.';
const cases: Case[] = [
  {
    url: 'https://a.example/1',
    text: A,
    figures: [
      { text: '11,000', value: 11000, measure: 'troops_deployed' },
      { text: '1,000', value: 1000, measure: 'nk_killed' },
    ],
  },
  { url: 'https://a.example/2', text: B, figures: [], topic: 'nk-missiles' },
  { url: 'https://a.example/3', text: C, figures: [], topic: 'war-without-nk' },
];

/** A detector that finds 11,000 right, 1,000 as casualties of another value, and the missiles where nothing is expected. */
const detect: Detect = (text, options) => {
  seen.push({ text, assumeTopic: options.assumeTopic === true });
  if (text === A) return [found(A, '11,000', 'troops_deployed', 11000), found(A, '1,000', 'nk_casualties', 1200)];
  if (text === B) return [found(B, '3', 'missiles_rockets', 3)];
  return [];
};
const seen: { text: string; assumeTopic: boolean }[] = [];

describe('scoring the detector on labelled sentences', () => {
  const score = scoreCases(cases, detect);

  it('counts found, reported and relevant figures, and their shares', () => {
    expect(score).toMatchObject({ cases: 3, pages: 3, expected: 2, found: 2, reported: 3, relevant: 2, recall: 1, precision: 0.667 });
    expect(score.measureAccuracy).toBe(0.5);
    expect(score.valueAccuracy).toBe(0.5);
  });

  it('lists what it reported where nothing is expected, and each wrong measure and value', () => {
    expect(score.unexpected).toEqual([{ url: 'https://a.example/2', sentence: B, text: '3', measure: 'missiles_rockets' }]);
    expect(score.wrongMeasure).toEqual([
      { url: 'https://a.example/1', sentence: A, text: '1,000', measure: 'nk_killed', found: 'nk_casualties' },
    ]);
    expect(score.wrongValue).toEqual([{ url: 'https://a.example/1', sentence: A, text: '1,000', measure: 'nk_killed', found: '1200' }]);
  });

  it('scores each measure: recall by the expected measure, precision by the reported one', () => {
    expect(score.byMeasure.nk_killed).toMatchObject({ expected: 1, found: 1, recall: 1, reported: 0, rightMeasure: 0 });
    expect(score.byMeasure.nk_casualties).toMatchObject({ expected: 0, reported: 1, relevant: 1, precision: 1 });
    expect(score.byMeasure.missiles_rockets).toMatchObject({ expected: 0, reported: 1, relevant: 0, precision: 0 });
  });

  it('reads a sentence as part of a page on North Korea, but a page about the war without it as such', () => {
    expect(seen.filter((s) => s.text === C)[0]!.assumeTopic).toBe(false);
    expect(seen.filter((s) => s.text !== C).every((s) => s.assumeTopic)).toBe(true);
  });

  it('lists a figure it did not find, and matches each found figure once', () => {
    const twice = scoreCases(
      [
        {
          url: 'u',
          text: A,
          figures: [
            { text: '11,000', value: 11000, measure: 'troops_deployed' },
            { text: '11,000', value: 11000, measure: 'troops_deployed', start: A.indexOf('11,000') },
          ],
        },
      ],
      () => [found(A, '11,000', 'troops_deployed', 11000)],
    );
    expect(twice).toMatchObject({ expected: 2, found: 1, recall: 0.5, missed: [{ text: '11,000' }] });
  });

  it('finds an expected figure where it stands as a word, not inside another word', () => {
    const video = 'Zelensky posted on social networks a video of two captured soldiers.';
    const score = scoreCases([{ url: 'u', text: video, figures: [{ text: 'two', value: 2, measure: 'nk_captured' }] }], () => [
      found(video, 'two', 'nk_captured', 2),
    ]);
    expect(score).toMatchObject({ found: 1, missed: [] });
    // "1,000" is not the tail of "11,000".
    expect(
      scoreCases([{ url: 'u', text: A, figures: [{ text: '1,000', value: 1000, measure: 'nk_killed' }] }], () => [
        found(A, '1,000', 'nk_killed', 1000),
      ]),
    ).toMatchObject({ found: 1 });
  });

  it('names a case whose figure is not in its sentence, or has an unknown measure', () => {
    expect(caseProblems({ url: 'u', text: A, figures: [{ text: '12,000', value: 12000, measure: 'troops_deployed' }] }, 4)).toEqual([
      'line 4: "12,000" is not in its sentence',
    ]);
    expect(caseProblems({ url: 'u', text: A, figures: [{ text: '11,000', value: 11000, measure: 'gossip' as Measure }] }, 5)).toEqual([
      'line 5: unknown measure "gossip"',
    ]);
  });
});

describe('reading a set as pages', () => {
  const first = 'North Korean troops are fighting for Russia in Kursk.';
  const second = 'Kyiv says 11,000 are there.';
  const other = 'Seoul says 3,000 were sent.';
  const page: Case[] = [
    { url: 'https://a.example/1', text: first, figures: [] },
    { url: 'https://b.example/2', text: other, figures: [] },
    { url: 'https://a.example/1', text: second, figures: [{ text: '11,000', value: 11000, measure: 'troops_deployed' }] },
  ];
  const texts: string[] = [];
  /** Finds "11,000" only where the sentence before names the troops, as a page's reader would. */
  const detectInContext: Detect = (text) => {
    texts.push(text);
    const at = text.indexOf('11,000');
    return at >= 0 && text.includes(first) ? [{ ...found(text, '11,000', 'troops_deployed', 11000), start: at, end: at + 6 }] : [];
  };

  it("reads each page's cases together, in the set's order, and gives each case the figures within it", () => {
    const score = scoreCases(page, readAsPages(page, detectInContext));
    expect(texts).toEqual([`${first}\n\n${second}`, other]);
    expect(score).toMatchObject({ expected: 1, found: 1, reported: 1, recall: 1, precision: 1 });
    expect(scoreCases(page, detectInContext)).toMatchObject({ found: 0, reported: 0 });
  });
});

describe('reading a case as one sentence', () => {
  // The stored page wrapped the sentence after "North" and broke it with a blank line: one case still, one sentence.
  const wrapped: Case = {
    url: 'https://a.example/1',
    text: 'Ukraine captured two North\nKorean soldiers \n\n in Kursk; two\r\nwere hurt.',
    figures: [
      { text: 'two', value: 2, measure: 'nk_captured' },
      { text: 'two', value: 2, measure: 'nk_wounded', start: 56 },
    ],
  };

  it('reads a line break inside a case as one space, each figure keeping its text and place', () => {
    const line = asOneLine(wrapped);
    expect(line.text).toBe('Ukraine captured two North Korean soldiers in Kursk; two were hurt.');
    expect(line.figures.map((f) => line.text.slice(f.start ?? line.text.indexOf(f.text)).slice(0, 3))).toEqual(['two', 'two']);
    expect(line.figures[1]?.start).toBe(line.text.lastIndexOf('two'));
    expect(caseProblems(line, 1)).toEqual([]);
    expect(asOneLine(cases[0]!)).toBe(cases[0]);
  });

  it('gives npm run eval the case on one line, as a browser shows it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rangefinder-eval-'));
    try {
      const path = join(dir, 'set.jsonl');
      writeFileSync(path, `${JSON.stringify({ ...wrapped, figures: [] })}\n`);
      const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/eval.ts', path, '--json'], { cwd: ROOT, encoding: 'utf8' });
      const score = JSON.parse(r.stdout) as { unexpected: { sentence: string }[] };
      expect(score.unexpected.map((u) => u.sentence)).toContain('Ukraine captured two North Korean soldiers in Kursk; two were hurt.');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('reading a page as about North Korea', () => {
  const options: boolean[] = [];
  const detectTopic: Detect = (_text, o) => {
    options.push(o.assumeTopic === true);
    return [];
  };
  const war = { url: 'https://w.example/1', text: 'Ukraine says 55,000 soldiers died.', figures: [], topic: 'war-without-nk' };
  const nk = { url: 'https://w.example/2', text: 'North Korea sent 12,000 troops.', figures: [] };

  it('reads a page as about the war without North Korea only where every sentence of it is so labelled', () => {
    readAsPages([war], detectTopic);
    readAsPages([war, { ...nk, url: war.url }], detectTopic);
    readAsPages([nk], detectTopic);
    expect(options).toEqual([false, true, true]);
  });
});

describe('npm run eval', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'rangefinder-eval-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  const set = (name: string, lines: string[]) => {
    const path = join(scratch, name);
    writeFileSync(path, `${lines.join('\n')}\n`);
    return path;
  };
  const run = (...args: string[]) => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/eval.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
    return { code: r.status, out: r.stdout, err: r.stderr };
  };
  const sentence = 'North Korea has sent about 12,000 troops to Russia.';

  it('prints the scores of a set as JSON, the detector run on each sentence', () => {
    const path = set('one.jsonl', [
      JSON.stringify({
        url: 'https://a.example/1',
        text: sentence,
        figures: [{ text: 'about 12,000', value: 12000, measure: 'troops_deployed' }],
      }),
      JSON.stringify({
        url: 'https://a.example/2',
        text: 'North Korea celebrated its 75th anniversary in 2023.',
        figures: [],
        topic: 'nk-economy',
      }),
    ]);
    const { code, out } = run(path, '--json');
    expect(code).toBe(0);
    const score = JSON.parse(out);
    expect(score).toMatchObject({ cases: 2, pages: 2, expected: 1, found: 1, reported: 1, recall: 1, precision: 1, measureAccuracy: 1 });
    expect(Object.keys(score.byMeasure)).toEqual(['troops_deployed']);
  });

  it('reads each page whole with --pages: a sentence takes its subject from the one before', () => {
    const path = set('page.jsonl', [
      JSON.stringify({ url: 'https://a.example/1', text: 'North Korean troops are fighting for Russia in Kursk.', figures: [] }),
      JSON.stringify({
        url: 'https://a.example/1',
        text: 'There are already 11,000 in the Kursk region.',
        figures: [{ text: '11,000', value: 11000, measure: 'troops_deployed' }],
      }),
    ]);
    expect(JSON.parse(run(path, '--json').out)).toMatchObject({ expected: 1, found: 0 });
    const { code, out } = run(path, '--pages');
    expect(code).toBe(0);
    expect(out).toContain('(read as pages)');
    expect(out).toMatch(/found\s+1 of 1 expected figures\s+recall 100\.0%/);
  });

  it('stops quietly when the reader closes its output early, as a pipe into head does', () => {
    // More misses than a pipe holds (64 KiB), so the writer meets the closed end.
    const missed = 'The weather in Pyongyang was 12 degrees on the day the parade was held.';
    const lines = Array.from({ length: 1500 }, (_, i) =>
      JSON.stringify({ url: `https://a.example/${i}`, text: missed, figures: [{ text: '12', value: 12, measure: 'troops_deployed' }] }),
    );
    const path = set('long.jsonl', lines);
    const r = spawnSync('bash', ['-c', `"${process.execPath}" --import tsx src/cli/eval.ts "${path}" | head -n 1`], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(r.stdout).toMatch(/^.*long\.jsonl: 1500 sentences/);
    expect(r.stderr).not.toMatch(/EPIPE|Unhandled/);
  });

  it('prints a table a reader can scan, with every miss under it', () => {
    const path = set('miss.jsonl', [
      JSON.stringify({ url: 'https://a.example/1', text: sentence, figures: [{ text: 'Russia', value: 1, measure: 'troops_deployed' }] }),
    ]);
    const { code, out } = run(path);
    expect(code).toBe(0);
    expect(out).toMatch(/found {6}0 of 1 expected figures {3}recall 0\.0%/);
    expect(out).toContain('MISSED (1)');
    expect(out).toContain('“Russia”  in: North Korea has sent about 12,000 troops to Russia.');
    expect(out).toContain('REPORTED WHERE NONE IS EXPECTED (1)');
  });

  it.each([
    ['a missing set', () => [join(scratch, 'none.jsonl')], 1, /none\.jsonl: no such file/],
    ['a line that is not JSON', () => [set('bad.jsonl', ['{ "text": '])], 1, /line 1: not JSON/],
    [
      'a figure not in its sentence',
      () => [
        set('off.jsonl', [
          JSON.stringify({ url: 'u', text: sentence, figures: [{ text: '13,000', value: 13000, measure: 'troops_deployed' }] }),
        ]),
      ],
      1,
      /line 1: "13,000" is not in its sentence/,
    ],
    ['an unknown option', () => ['--yaml'], 2, /unknown option --yaml/],
    ['two sets', () => ['a.jsonl', 'b.jsonl'], 2, /one set at a time/],
  ])('refuses %s with a clear error and a non-zero exit', (_, args, code, message) => {
    const r = run(...args());
    expect(r.code).toBe(code);
    expect(r.out).toBe('');
    expect(r.err).toMatch(message);
    expect(r.err).toMatch(/^rangefinder eval: /);
  });
});

describe('scoring who the page says made each figure', () => {
  const S = 'Seoul says 11,000 troops were sent, 1,000 were killed and 300 captured, and Kyiv says 40 died.';
  const labelled: Case[] = [
    {
      url: 'https://a.example/4',
      text: S,
      figures: [
        { text: '11,000', value: 11000, measure: 'troops_deployed', body: 'nis' },
        { text: '1,000', value: 1000, measure: 'nk_killed', body: 'nis' },
        { text: '300', value: 300, measure: 'nk_captured', body: null },
        { text: '40', value: 40, measure: 'nk_killed', body: null },
        // A figure labelled without a body is not scored for one.
        { text: 'troops', value: 1, measure: 'troops_deployed' },
      ],
    },
  ];
  const by = (figure: Figure, text: string): Figure => ({ ...figure, attribution: { text, start: 0, end: 0 } });
  const attributed: Detect = () => [
    by(found(S, '11,000', 'troops_deployed', 11000), 'the spy agency'),
    found(S, '1,000', 'nk_killed', 1000),
    by(found(S, '300', 'nk_captured', 300), 'the spy agency'),
    by(found(S, '40', 'nk_killed', 40), 'Kyiv'),
    found(S, 'troops', 'troops_deployed', 1),
  ];
  const score = scoreCases(labelled, attributed, (phrase) => (phrase === 'the spy agency' ? 'nis' : undefined));

  it('counts the right body among figures whose page names one, and a body given where the page names none', () => {
    expect(score.attribution).toMatchObject({ named: 2, right: 1, accuracy: 0.5, unnamed: 2, wronglyGiven: 1, wronglyGivenShare: 0.5 });
    expect(score.attribution?.wrong.map((m) => [m.text, m.expected, m.found])).toEqual([
      ['1,000', 'nis', null],
      ['300', null, 'nis'],
    ]);
  });

  it('scores no attribution where it is not given the corpus’s names', () => {
    expect(scoreCases(labelled, attributed).attribution).toBeUndefined();
  });
});
