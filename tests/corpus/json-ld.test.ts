import { describe, expect, it } from 'vitest';
import { bundledCorpus } from '../../src/corpus/bundled-corpus';
import { claimIri, corpusJsonLd, sourceIri } from '../../src/corpus/json-ld';
import { type Measure, measureName } from '../../src/engine/measures';
import { english } from '../../src/words/english';
import { say } from '../../src/words/phrase';

const englishName = (m: Measure) => say(measureName(m), english);

import { valueBounds } from '../../src/engine/value';

type Node = Record<string, unknown> & { '@type': string; '@id': string };

const document = corpusJsonLd(bundledCorpus, englishName);
const graph = document['@graph'] as Node[];
const ofType = (type: string) => graph.filter((node) => node['@type'] === type);
const claimNode = (id: string) => ofType('Claim').find((node) => node.identifier === id)!;

describe('the corpus as schema.org JSON-LD', () => {
  it('survives JSON.stringify and JSON.parse unchanged', () => {
    expect(JSON.parse(JSON.stringify(document))).toEqual(document);
    expect(document['@context']).toBe('https://schema.org');
  });

  it('has every claim exactly once, under a stable IRI that gives back its id', () => {
    const claims = ofType('Claim');
    expect(claims.map((c) => c.identifier)).toEqual(bundledCorpus.claims.map((c) => c.id));
    expect(new Set(claims.map((c) => c['@id'])).size).toBe(claims.length);
    for (const node of claims) {
      expect(node['@id']).toMatch(/^urn:rangefinder:claim:[\w%-]+$/);
      expect(decodeURIComponent((node['@id'] as string).slice('urn:rangefinder:claim:'.length))).toBe(node.identifier);
    }
    expect(corpusJsonLd(bundledCorpus, englishName)).toEqual(document);
  });

  it('gives an estimate on record its body as author and each of its reports as an appearance, with its address', () => {
    const onRecord = bundledCorpus.claims.filter((c) => c.record);
    expect(onRecord.length).toBeGreaterThan(100);
    for (const claim of onRecord) {
      const node = claimNode(claim.id);
      expect(node.author).toEqual({ '@type': 'Organization', identifier: claim.record!.body.id, name: claim.record!.body.name });
      const appearances = node.appearance as Node[];
      expect(appearances.map((a) => a.url)).toEqual(claim.record!.reports.map((r) => r.url));
      for (const [i, a] of appearances.entries()) {
        expect(a['@type']).toBe('NewsArticle');
        expect(a.text).toBe(claim.record!.reports[i]!.quote);
        expect(a.publisher).toEqual({ '@type': 'Organization', name: claim.record!.reports[i]!.outlet });
      }
    }
  });

  it('gives each seed claim its quote as text and its source as the work it appears in', () => {
    for (const claim of bundledCorpus.claims.filter((c) => !c.record)) {
      const node = claimNode(claim.id);
      expect(node.text).toBe(claim.quote);
      expect(node.appearance).toEqual({ '@id': sourceIri(claim.source) });
      expect(graph.some((n) => n['@id'] === sourceIri(claim.source) && n['@type'] === 'CreativeWork')).toBe(true);
    }
  });

  it('names an author only where the corpus knows who made the estimate', () => {
    expect(claimNode('001_6103265ed68543fd#8').author).toBe('Volodymyr Zelensky');
    expect(claimNode('001_6103265ed68543fd#7')).not.toHaveProperty('author');
  });

  it('writes the numbers exactly as the corpus has them: a value, or bounds for ranges and bounded figures', () => {
    for (const claim of bundledCorpus.claims) {
      const observation = claimNode(claim.id).about as Record<string, unknown>;
      expect(observation['@type']).toBe('Observation');
      const { low, high } = valueBounds(claim.value);
      const written = [observation.value, observation.minValue, observation.maxValue].filter((n) => n !== undefined);
      expect(written.length).toBeGreaterThan(0);
      for (const n of written) expect([low, high]).toContain(n);
    }
    expect(claimNode('000_e09003ca9401d720#5').about as Record<string, unknown>).toMatchObject({ minValue: 20000, maxValue: 90000 });
    expect(claimNode('000_e09003ca9401d720#2').about as Record<string, unknown>).toMatchObject({ minValue: 15000 });
    expect(claimNode('000_e09003ca9401d720#4').about as Record<string, unknown>).toMatchObject({ maxValue: 40, unitText: 'percent' });
    expect(claimNode('001_6103265ed68543fd#7').about as Record<string, unknown>).toMatchObject({ value: 12000 });
  });

  it('names the measure as a statistical variable, and leaves out dates known only as "after"', () => {
    const observation = claimNode('001_6103265ed68543fd#8').about as Record<string, unknown>;
    expect(observation.variableMeasured).toEqual({ '@id': 'urn:rangefinder:measure:nk_casualties' });
    expect(graph.find((n) => n['@id'] === 'urn:rangefinder:measure:nk_casualties')).toMatchObject({
      '@type': 'StatisticalVariable',
      name: 'North Korean soldiers killed and wounded',
    });
    expect(observation.observationDate).toBe('2024-12-23');
    expect(claimNode('000_e09003ca9401d720#7').about).not.toHaveProperty('observationDate');
    expect(claimNode('000_e09003ca9401d720#7')).not.toHaveProperty('datePublished');
  });

  it('describes a source only with what its record knows', () => {
    const rewrite = graph.find((n) => n['@id'] === sourceIri('004_a0c75151540dfa53'))!;
    expect(rewrite).not.toHaveProperty('author');
    expect(rewrite).not.toHaveProperty('url');
    expect(rewrite.isBasedOn).toMatchObject({ publisher: 'Business Insider' });
    expect(claimIri('a#1')).toBe('urn:rangefinder:claim:a%231');
  });
});
