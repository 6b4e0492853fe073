/**
 * Headlines, standfirsts, captions and key-facts lists are read like prose
 * where they stand close to a passage about North Korea; lines that are all
 * link, and lists of other stories, are not (passage-context.ts).
 */
import { describe, expect, it } from 'vitest';
import { detectFigures } from '../../src/engine/detect-figures';

const found = (text: string, links: readonly string[] = []) =>
  detectFigures(text, {
    links: links.map((line) => ({ start: text.indexOf(line), end: text.indexOf(line) + line.length })),
  }).map((f) => f.text);

describe('a page’s head', () => {
  it('reads a headline that does not name North Korea by the standfirst beneath it that does', () => {
    const page = '10,000 Soldiers Sent To Kursk\nPyongyang has quietly sent a second wave of troops to Russia, officials said.';
    expect(found(page)).toEqual(['10,000']);
  });

  it('does not read that headline when the standfirst beneath it does not name North Korea', () => {
    const page =
      '10,000 Soldiers Sent To Kursk\nMoscow has moved a second wave of troops to the border, officials said.\nNorth Korea, separately, tested a missile.';
    expect(found(page)).toEqual([]);
  });

  it('reads a Title Case headline under a kicker naming North Korea, each line its own sentence', () => {
    const figures = detectFigures('North Korea\n10,000 Soldiers Sent To Kursk\nThe move surprised analysts in Seoul.');
    expect(figures.map((f) => [f.text, f.sentence])).toEqual([['10,000', '10,000 Soldiers Sent To Kursk']]);
  });

  it('reads a standfirst without its full stop under the page’s headline naming North Korea', () => {
    expect(found('North Korea’s soldiers in Russia\nSome 12,000 troops have been sent to fight in Kursk, officials say')).toEqual([
      'Some 12,000',
    ]);
  });

  it('reads a caption under an image after prose about North Korea, past a byline', () => {
    const page =
      'North Korea has sent more troops to Russia, officials in Seoul said on Monday.\nBy A. Writer · 4 min read\nTroops at a station in an undated image. About 1,500 soldiers left with the latest rotation';
    expect(found(page)).toEqual(['About 1,500']);
  });
});

describe('a list of key facts', () => {
  it('reads every short item, however long the list, once it stands close to the passage', () => {
    const page =
      'North Korea has sent troops and shells to Russia, officials say.\nKey facts\n11,000 troops sent\n4,000 killed or wounded\n1,100 casualties since December\n3 million shells shipped';
    expect(found(page)).toEqual(['11,000', '4,000', '1,100', '3 million']);
  });

  it('does not read a list far from any passage about North Korea', () => {
    const page =
      'North Korea has sent troops to Russia, officials say.\nShare this story\nFollow us\nNewsletter\nMost read\n4,000 killed or wounded';
    expect(found(page)).toEqual([]);
  });

  it('does not read short lines once the passage has moved on for more than two prose paragraphs', () => {
    const page = [
      'North Korea has sent troops to Russia, officials say.',
      'Markets in Tokyo fell on Monday as investors weighed new tariffs.',
      'The yen rose against the dollar for a third day in a row.',
      'Oil prices were little changed in early trading on Tuesday.',
      '4,000 killed or wounded',
    ].join('\n');
    expect(found(page)).toEqual([]);
  });

  it('reads a headline over prose by that prose: not where the passage has moved on beneath it', () => {
    const entry = (under: string) =>
      [
        'North Korea has sent troops to Russia, officials say.',
        'Some of them were captured in Kursk, Kyiv said.',
        'Air raid sirens sounded across three regions in the past hour.',
        'Ukraine says Russian losses top 860,000',
        under,
      ].join('\n');
    expect(found(entry('The general staff said Russia had lost soldiers in the past day, its count since the invasion.'))).toEqual([]);
    // Over prose that names North Korea again, the same headline is read with it.
    expect(found(entry('North Korean troops fought beside them in Kursk, the general staff said.'))).toEqual(['860,000']);
  });
});

describe('lists of other stories', () => {
  it('never reads a line that is all link by its neighbours: related stories after the article', () => {
    const related = 'Russia lost 1,200 soldiers in one day, Kyiv says';
    const page = `North Korea has sent more troops to Russia, officials say.\nMore on the war\n${related}`;
    expect(found(page, [related])).toEqual([]);
    // The same line, not a link, is a caption or standfirst of the passage.
    expect(found(page)).toEqual(['1,200']);
  });

  it('reads a line that is all link where it names North Korea itself', () => {
    const link = 'North Korea sent 3,000 more troops to Russia';
    expect(found(`Weather\n${link}`, [link])).toEqual(['3,000']);
  });

  it('lends a link’s own subject to no line after it: a most-read list after related stories', () => {
    const link = 'North Korean troops in Kursk: what we know';
    const page = `Essay on the harvest in Poltava.\nRead more\n${link}\nTop 10 most read\nRussia loses 1,500 troops in a day, General Staff says`;
    expect(found(page, [link])).toEqual([]);
    // Not a link, the same line names North Korea for the lines after it.
    expect(found(page)).toEqual(['1,500']);
  });

  it('does not read a headline after a second headline naming North Korea: a list of stories, not a standfirst', () => {
    const page = [
      'North Korea’s war in Russia: live',
      'Key events',
      'Zelensky offers to exchange captured North Korean soldiers',
      'Ukraine’s army says Russia lost 1,380 troops in a day',
    ].join('\n');
    expect(found(page)).toEqual([]);
  });
});
