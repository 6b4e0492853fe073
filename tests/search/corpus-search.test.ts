import prebuiltIndex from 'virtual:corpus-search-index';
import Fuse, { type IFuseOptions } from 'fuse.js';
import { describe, expect, it } from 'vitest';
import { bundledCorpus } from '../../src/corpus/bundled-corpus';
import type { Claim } from '../../src/corpus/schema';
import { measureName } from '../../src/engine/measures';
import { searchCorpus } from '../../src/search/corpus-search';
import { buildSearchIndex, dateWords, SEARCH_OPTIONS, searchRecords } from '../../src/search/search-records';
import { english } from '../../src/words/english';
import { say } from '../../src/words/phrase';

const ids = (query: string) => searchCorpus(query).map((hit) => hit.claim.id);

/** Every word the index holds for a claim (quote, who, measure, headline, outlets, date), lower case. */
const words = (claim: Claim) => {
  const index = bundledCorpus.claims.indexOf(claim);
  const [record] = searchRecords({ sources: bundledCorpus.sources, claims: [claim] }, (m) => say(measureName(m), english));
  expect(index).toBeGreaterThanOrEqual(0);
  return Object.values(record!).flat().join(' ').toLowerCase();
};

describe('corpus search', () => {
  it('finds casualty estimates, North Korean and Russian, by "casualties", and only claims that speak of them', () => {
    const hits = searchCorpus('casualties');
    const casualtyClaims = bundledCorpus.claims.filter((c) => c.measure === 'nk_casualties' || c.measure === 'russian_casualties');
    expect(ids('casualties')).toEqual(expect.arrayContaining(casualtyClaims.map((c) => c.id)));
    for (const hit of hits) expect(words(hit.claim)).toContain('casualt');
  });

  it('requires every word: "shells 2024" gives the shell estimates made in 2024, and nothing from other years', () => {
    const hits = searchCorpus('shells 2024');
    const shells2024 = bundledCorpus.claims.filter((c) => c.measure === 'artillery_shells' && c.asOf.date.startsWith('2024'));
    expect(shells2024.length).toBeGreaterThan(2);
    expect(ids('shells 2024')).toEqual(expect.arrayContaining(shells2024.map((c) => c.id)));
    for (const hit of hits) expect(hit.claim.asOf.date).toMatch(/^2024/);
    expect(hits[0]!.claim.measure).toBe('artillery_shells');
  });

  it('finds what Zelensky said, and tolerates a spelling with a double y', () => {
    const hits = searchCorpus('Zelensky');
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) expect(words(hit.claim)).toContain('zelensk');
    expect(hits[0]!.claim.attributedTo).toMatch(/Zelensky/);
    expect(new Set(ids('Zelenskyy'))).toEqual(new Set(ids('Zelensky')));
  });

  it('matches a month and year as written: "December 2024"', () => {
    const hits = searchCorpus('December 2024');
    const december = bundledCorpus.claims.filter((c) => c.asOf.date.startsWith('2024-12'));
    expect(december.length).toBeGreaterThan(0);
    expect(ids('December 2024')).toEqual(expect.arrayContaining(december.map((c) => c.id)));
    for (const hit of hits) expect(words(hit.claim)).toMatch(/december.*2024|2024.*december/);
  });

  it('gives hits best first, with scores between 0 and 1, and honours the limit', () => {
    const scores = searchCorpus('shell').map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
    for (const score of scores) expect(score).toBeGreaterThanOrEqual(0);
    expect(searchCorpus('shell', 2)).toHaveLength(2);
  });

  it('gives nothing for an empty or blank query, or one without words', () => {
    expect(searchCorpus('')).toEqual([]);
    expect(searchCorpus('   ')).toEqual([]);
    expect(searchCorpus('!!')).toEqual([]);
  });
});

describe('the prebuilt search index', () => {
  it('equals an index built now from the bundled corpus, so a stale index fails', () => {
    expect(prebuiltIndex).toEqual(JSON.parse(JSON.stringify(buildSearchIndex(bundledCorpus, (m) => say(measureName(m), english)))));
  });

  it('has one record per claim', () => {
    expect(prebuiltIndex.records).toHaveLength(bundledCorpus.claims.length);
  });

  it('writes as-of dates as a reader types them', () => {
    expect(dateWords({ date: '2024-12-23', precision: 'day', certainty: 'about', basis: '' })).toBe('23 December 2024');
    expect(dateWords({ date: '2024-10', precision: 'month', certainty: 'about', basis: '' })).toBe('October 2024');
    expect(dateWords({ date: '2023', precision: 'year', certainty: 'stated', basis: '' })).toBe('2023');
  });
});

describe('narrowing a query before fuzzy matching', () => {
  const everyClaim = new Fuse(bundledCorpus.claims, SEARCH_OPTIONS as IFuseOptions<Claim>, Fuse.parseIndex<Claim>(prebuiltIndex));

  it.each([
    'casualties',
    'casualty',
    'shells 2024',
    'Zelensky',
    'Zelenskyy',
    'troops Kursk',
    'killed',
    'Seoul troops',
    'missiles',
    'december 2024',
    'wounded 2025',
    'russia',
    'xylophone',
  ])('finds for %j what Fuse finds going through every claim, in the same order', (query) => {
    expect(ids(query)).toEqual(everyClaim.search(query).map((r) => r.item.id));
  });

  it('still finds estimates for a query with a typo, going through every claim', () => {
    expect(ids('casulaties').length).toBeGreaterThan(0);
    expect(ids('casulaties')).toEqual(everyClaim.search('casulaties').map((r) => r.item.id));
  });
});
