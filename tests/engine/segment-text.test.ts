/**
 * Paragraphs and sentences of plain text: a line break ends a paragraph, unless the line runs on.
 */
import { describe, expect, it } from 'vitest';
import { paragraphsOf } from '../../src/engine/segment-text';

const paragraphs = (text: string) => [...paragraphsOf(text)].map((p) => text.slice(p.start, p.end));

describe('paragraphs of plain text', () => {
  it('ends a paragraph at each line break', () => {
    expect(paragraphs('North Korea Sends Troops\nAbout 3,000 soldiers arrived.\n\nMore came.')).toEqual([
      'North Korea Sends Troops',
      'About 3,000 soldiers arrived.',
      'More came.',
    ]);
  });

  it('keeps a hard-wrapped line with the next, which goes on in lower case', () => {
    const text =
      'including the provision of over 3 million rounds of ammunition\nfor Russia’s war in Ukraine as well as several dozen\nmissiles.';
    expect(paragraphs(text)).toEqual([text]);
  });

  it('does not join a line that ends a sentence or a clause, nor across a blank line', () => {
    expect(paragraphs('About 3,000 soldiers arrived.\nmore came later')).toHaveLength(2);
    expect(paragraphs('Key facts:\nabout 3,000 soldiers')).toHaveLength(2);
    expect(paragraphs('About 3,000 soldiers arrived\n\nmore came later')).toHaveLength(2);
  });

  it('reads each headline of a run joined by semicolons as a sentence of its own, and prose with semicolons as one', () => {
    const sentences = (text: string) => [...paragraphsOf(text)].flatMap((p) => p.sentences.map((x) => text.slice(x.start, x.end)));
    expect(
      sentences('Death Toll Rises to 16 as Wildfires Rage; Ukraine Says It Captured Two North Korean Soldiers; Biden Pledges Aid'),
    ).toEqual(['Death Toll Rises to 16 as Wildfires Rage;', 'Ukraine Says It Captured Two North Korean Soldiers;', 'Biden Pledges Aid']);
    const prose = 'About 300 North Korean soldiers were killed; 2,700 were wounded; Seoul said more may follow.';
    expect(sentences(prose)).toEqual([prose]);
  });
});
