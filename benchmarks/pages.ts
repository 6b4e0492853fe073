/**
 * Two 1 MB news pages for the benchmark, generated: one that never names North
 * Korea (markets, sport, shipping: numbers everywhere), and one full of
 * figures about North Korea's part in the war.
 */

const TARGET = 1_000_000;

const OFF_TOPIC = [
  'Container volumes at the port rose 4.2% to 1,250,000 TEU in the quarter, while 312 vessels called at its 14 berths.',
  'The index closed up 38.5 points at 7,912.4 on turnover of $4.1 billion; 1.6 million shares changed hands in the first hour.',
  'United won 3-1 in front of 48,500 fans, their 12th win in 15 games; the striker has 23 goals in 31 appearances.',
  'Rainfall of 42 mm was recorded overnight, with gusts of up to 90 km/h; about 1,200 homes lost power for three hours.',
  'The council approved 2,400 new homes and a £36 million budget for roads, about 15 percent more than last year.',
];

const ON_TOPIC = [
  'South Korea’s spy agency said North Korea had sent about 12,000 troops to Russia, with some 3,000 more expected by spring.',
  'Seoul estimated that around 1,100 North Korean soldiers had been killed or wounded, while Kyiv put the toll at more than 3,000.',
  'Pyongyang has shipped more than 15,000 containers of munitions, roughly four million rounds of artillery shells, analysts said.',
  'North Korea supplies up to 40 percent of the shells Russia fires, according to one research group; others put it near 60%.',
  'Russia is thought to have paid North Korea approximately $5.5 billion for weapons and $576 million for its troops.',
];

function page(title: string, sentences: readonly string[]): string {
  const parts: string[] = [`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><main><article><h1>${title}</h1>`];
  let size = parts[0]!.length;
  for (let i = 0; size < TARGET; i++) {
    const paragraph = `<p>${sentences[i % sentences.length]} ${sentences[(i + 2) % sentences.length]}</p>\n`;
    if (i % 20 === 0) parts.push(`<h2>Update ${i / 20 + 1}</h2>\n`);
    parts.push(paragraph);
    size += paragraph.length;
  }
  parts.push('</article></main></body></html>');
  return parts.join('');
}

export const PAGES = {
  'no-north-korea.html': page('Markets, sport and weather', OFF_TOPIC),
  'full-of-figures.html': page('North Korea’s part in the war: the numbers', ON_TOPIC),
} as const;
