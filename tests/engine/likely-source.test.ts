/**
 * Whose estimate a page reports, pinned on a few bundled body files: the
 * Pentagon, the State Department and the UK's Ministry of Defence each put North
 * Korea's troops in Russia at 10,000; South Korea's Defense Intelligence Agency
 * alone counted 13,000 containers; the NIS said 11,000 in December 2024, again
 * in June 2025 and in February 2026.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareFigure } from '../../src/compare/compare';
import { withRecord } from '../../src/corpus/corpus-index';
import { CORPUS_DIR } from '../../src/corpus/read-corpus';
import { validateRecord } from '../../src/corpus/record';
import { english } from '../../src/words/english';
import { say } from '../../src/words/phrase';

const bodyFile = (id: string): unknown => JSON.parse(readFileSync(join(CORPUS_DIR, `record/${id}.json`), 'utf8'));
const checked = validateRecord(['us-dod', 'us-state-dept', 'uk-mod', 'rok-dia', 'nis'].map(bodyFile));
if (!('record' in checked)) throw new Error(checked.issues.join('\n'));
const corpus = withRecord({ sources: [], claims: [] }, checked.record);

const troops = (value: number, attribution?: string) =>
  compareFigure(
    { measure: 'troops_deployed', value, unit: 'troops', ...(attribution ? { attribution: { text: attribution } } : {}) },
    corpus,
  );
const containers = (value: number, attribution?: string, published?: string) =>
  compareFigure(
    {
      measure: 'containers',
      value,
      unit: 'containers',
      ...(attribution ? { attribution: { text: attribution } } : {}),
      ...(published ? { published } : {}),
    },
    corpus,
  );

describe('whose estimate a page reports', () => {
  const nisSource = (published?: string) =>
    compareFigure(
      { measure: 'troops_deployed', value: 11000, unit: 'troops', attribution: { text: 'the NIS' }, ...(published ? { published } : {}) },
      corpus,
    ).likelySource;
  const nis = (published?: string) => {
    const likely = nisSource(published);
    return likely && likely.basis !== 'one-of' ? likely.estimate.id : undefined;
  };

  it('is the named body’s one estimate of the value made by the page’s date', () => {
    expect(nis('2025-01-10')).toBe('nis/2024-12-24/troops_deployed');
  });

  it('is one of them, said as such, where several were made by the page’s date: the words cannot tell which', () => {
    const likely = nisSource('2025-07-01');
    expect(likely?.basis === 'one-of' && likely.among.map((e) => e.id)).toEqual([
      'nis/2024-12-24/troops_deployed',
      'nis/2025-06/troops_deployed',
    ]);
    expect(say(likely!.text, english)).toBe(
      "This article reports one of 2 estimates of this value by South Korea's National Intelligence Service (NIS) made by its date: 24 Dec 2024, Jun 2025.",
    );
  });

  it('is one of them, named by no date, where the page’s date is not known', () => {
    const likely = nisSource();
    expect(likely?.basis).toBe('one-of');
    expect(likely?.basis === 'one-of' && likely.among.map((e) => e.id)).toEqual([
      'nis/2024-12-24/troops_deployed',
      'nis/2025-06/troops_deployed',
      'nis/2026-02-12/troops_deployed',
    ]);
    expect(say(likely!.text, english)).toBe(
      "This article reports one of 3 estimates of this value by South Korea's National Intelligence Service (NIS), made 24 Dec 2024, Jun 2025, 12 Feb 2026; the page gives no date to tell which.",
    );
  });

  it('is none where the body made its estimate of the value only after the page', () => {
    expect(nis('2024-11-20')).toBeUndefined();
    expect(containers(13000, undefined, '2024-08-01').likelySource).toBeUndefined();
  });

  it('is the named body’s estimate of the same measure and value', () => {
    const c = troops(10000, 'the Pentagon');
    expect(c.attributedTo?.id).toBe('us-dod');
    expect(c.likelySource).toMatchObject({ basis: 'attributed', estimate: { id: 'us-dod/2024-10-28/troops_deployed' } });
    expect(say(c.likelySource!.text, english)).toBe(
      'This article reports the estimate of 28 Oct 2024 by US Department of Defense (Pentagon).',
    );
  });

  it('is another body’s where the page names another: the same value, by whom the page says', () => {
    expect(troops(10000, 'Blinken').likelySource).toMatchObject({ estimate: { id: 'us-state-dept/2024-10-31/troops_deployed' } });
  });

  it('is none where the named body’s estimates differ, though another body’s fits', () => {
    const d = containers(13000, 'the Pentagon');
    expect(d.attributedTo?.id).toBe('us-dod');
    expect(d.likelySource).toBeUndefined();
  });

  it('is none where the page names someone no body file lists', () => {
    const c = containers(13000, 'US officials');
    expect(c.attributedTo).toBeUndefined();
    expect(c.likelySource).toBeUndefined();
  });

  it('is likely the only estimate that fits, where the page names no one, and says why', () => {
    const c = containers(13000);
    expect(c.likelySource).toMatchObject({ basis: 'only-fit', estimate: { id: 'rok-dia/2024-08-27/containers' } });
    expect(say(c.likelySource!.text, english)).toBe(
      "Likely the estimate of 27 Aug 2024 by South Korea's Defense Intelligence Agency: the article names no source, and it is the only estimate on record of this measure with this value.",
    );
  });

  it('is none where the page names no one and several estimates fit', () => {
    expect(troops(10000).likelySource).toBeUndefined();
  });

  it('is none where no estimate has the value', () => {
    expect(containers(13500).likelySource).toBeUndefined();
  });
});
