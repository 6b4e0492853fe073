import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Case, caseProblems } from '../../src/cli/eval-score';

const ROOT = new URL('../../', import.meta.url);
const KINDS = ['sentence', 'headline', 'standfirst', 'caption', 'list-item'];
const BODIES = new Set(readdirSync(new URL('assets/corpus/record/', ROOT)).map((name) => name.replace(/\.json$/, '')));

interface TuningFigure {
  readonly text: string;
  readonly body?: unknown;
}
interface TuningCase extends Omit<Case, 'figures'> {
  readonly outlet?: unknown;
  readonly published?: unknown;
  readonly kind?: unknown;
  readonly set?: unknown;
  readonly figures: readonly (Case['figures'][number] & TuningFigure)[];
}

/** Each line of a set, parsed, with its line number; a line that is not JSON stays a string to report. */
function lines(path: string): { line: number; value: unknown }[] {
  return readFileSync(new URL(path, ROOT), 'utf8')
    .split('\n')
    .map((text, i) => ({ line: i + 1, text }))
    .filter(({ text }) => text.trim() !== '')
    .map(({ line, text }) => {
      try {
        return { line, value: JSON.parse(text) as unknown };
      } catch {
        return { line, value: text };
      }
    });
}

/**
 * The same page under another scheme, host prefix, trailing slash or tracking
 * parameter is the same page: the sets must not share one in any spelling.
 */
function pageKey(url: string): string {
  const u = new URL(url);
  const query = [...u.searchParams]
    .filter(([name]) => !/^(utm_|amp|icid$|maca$|fbclid$|ref$|sessionid$)/i.test(name))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, value]) => `${name}=${value}`)
    .join('&');
  return `${u.hostname.replace(/^www\./, '')}${u.pathname.replace(/\/+$/, '')}${query ? `?${query}` : ''}`;
}

const sameText = (text: string) => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase();

/** What is wrong with one line of the tuning set, beyond what the scorer checks. */
function lineProblems(value: unknown, line: number): string[] {
  const c = value as TuningCase;
  if (typeof value !== 'object' || value === null || typeof c.text !== 'string' || !Array.isArray(c.figures))
    return [`line ${line}: not a case with "text" and "figures"`];
  const problems = caseProblems(c, line);
  if (typeof c.url !== 'string' || !URL.canParse(c.url)) problems.push(`line ${line}: no page address`);
  if (typeof c.outlet !== 'string' || c.outlet === '') problems.push(`line ${line}: no outlet`);
  if (c.published !== null && !(typeof c.published === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(c.published)))
    problems.push(`line ${line}: "published" is neither a date nor null`);
  if (!KINDS.includes(c.kind as string)) problems.push(`line ${line}: unknown kind "${String(c.kind)}"`);
  if (c.set !== (c.figures.length > 0 ? 'positive' : 'negative')) problems.push(`line ${line}: "set" does not match its figures`);
  for (const f of c.figures) {
    if (f.body === undefined) problems.push(`line ${line}: "${f.text}" has no "body"`);
    else if (f.body !== null && !BODIES.has(f.body as string))
      problems.push(`line ${line}: "${f.text}" names unknown body "${String(f.body)}"`);
  }
  return problems;
}

describe('the tuning set', () => {
  const tuning = lines('tests/tuning/en.jsonl');
  const devset = lines('tests/devset/en.jsonl').map(({ value }) => value as Case);

  it('is large enough to tune on: 400 figures from 100 pages, and 150 negatives', () => {
    const cases = tuning.map(({ value }) => value as TuningCase);
    const positives = cases.filter((c) => (c.figures?.length ?? 0) > 0);
    expect(positives.reduce((sum, c) => sum + c.figures.length, 0)).toBeGreaterThanOrEqual(400);
    expect(new Set(positives.map((c) => c.url)).size).toBeGreaterThanOrEqual(100);
    expect(cases.length - positives.length).toBeGreaterThanOrEqual(150);
  });

  it('has no malformed line: each figure is in its sentence, with a known measure and body', () => {
    expect(tuning.flatMap(({ line, value }) => lineProblems(value, line))).toEqual([]);
  });

  it('shares no page and no sentence with the development set', () => {
    const devPages = new Set(devset.map((c) => pageKey(c.url)));
    const devTexts = new Set(devset.map((c) => sameText(c.text)));
    const shared = tuning.flatMap(({ line, value }) => {
      const c = value as TuningCase;
      return [
        ...(devPages.has(pageKey(c.url)) ? [`line ${line}: page ${c.url} is in the development set`] : []),
        ...(devTexts.has(sameText(c.text)) ? [`line ${line}: sentence is in the development set`] : []),
      ];
    });
    expect(shared).toEqual([]);
  });

  it('reads the same page in any spelling of its address, and tells different pages apart', () => {
    expect(pageKey('http://www.a.example/news/1/?utm_source=x')).toBe(pageKey('https://a.example/news/1'));
    expect(pageKey('https://a.example/s/?amp-content=amp')).toBe(pageKey('https://a.example/s'));
    expect(pageKey('https://a.example/view?lang=e&Seq_Code=1')).not.toBe(pageKey('https://a.example/view?lang=e&Seq_Code=2'));
    expect(pageKey('https://a.example/view?Seq_Code=1&lang=e')).toBe(pageKey('https://a.example/view?lang=e&Seq_Code=1'));
  });

  it('names a line whose figure is not in its sentence, or whose body is unknown', () => {
    const line = { url: 'https://a.example/1', outlet: 'A', published: null, kind: 'sentence', set: 'positive' };
    const text = 'Seoul says 11,000 troops were sent.';
    expect(lineProblems({ ...line, text, figures: [{ text: '12,000', value: 12000, measure: 'troops_deployed', body: null }] }, 3)).toEqual(
      ['line 3: "12,000" is not in its sentence'],
    );
    expect(
      lineProblems({ ...line, text, figures: [{ text: '11,000', value: 11000, measure: 'troops_deployed', body: 'gossip' }] }, 4),
    ).toEqual(['line 4: "11,000" names unknown body "gossip"']);
    expect(lineProblems({ ...line, text, figures: [{ text: '11,000', value: 11000, measure: 'troops_deployed' }] }, 5)).toEqual([
      'line 5: "11,000" has no "body"',
    ]);
    expect(
      lineProblems(
        { ...line, text, set: 'negative', figures: [{ text: '11,000', value: 11000, measure: 'troops_deployed', body: 'nis' }] },
        6,
      ),
    ).toEqual(['line 6: "set" does not match its figures']);
  });
});
