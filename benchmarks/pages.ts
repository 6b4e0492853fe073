/**
 * The benchmark's pages, generated: news pages of a given size that never name
 * North Korea (markets, sport, shipping, weather: numbers everywhere), pages as
 * dense with figures about North Korea's part in the war, and a live page that
 * keeps appending paragraphs. The numbers change from paragraph to paragraph,
 * as on a real page. Every page carries the style of the floor's highlight, so
 * that the floor paints its marks as the extension does.
 */
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../tests/harness/project-root';
import { serveFiles } from '../tests/harness/serve-files';

/** The name the floor registers its highlight under (see in-page.js). */
export const FLOOR_HIGHLIGHT = 'bench-floor';

const n = (x: number) => Math.round(x).toLocaleString('en-US');

type Sentence = (i: number) => string;

const OFF_TOPIC: Sentence[] = [
  (i) =>
    `Container volumes at the port rose ${(1 + (i % 9) / 2).toFixed(1)}% to ${n(1_250_000 + i * 130)} TEU in the quarter, while ${300 + (i % 40)} vessels called at its ${12 + (i % 5)} berths.`,
  (i) =>
    `The index closed up ${(20 + (i % 50) / 2).toFixed(1)} points at ${n(7_900 + (i % 300))}.4 on turnover of $${(3 + (i % 20) / 10).toFixed(1)} billion; ${(1 + (i % 9) / 10).toFixed(1)} million shares changed hands in the first hour.`,
  (i) =>
    `United won 3-1 in front of ${n(40_000 + (i % 90) * 100)} fans, their ${10 + (i % 8)}th win in 15 games; the striker has ${20 + (i % 9)} goals in ${30 + (i % 6)} appearances.`,
  (i) =>
    `Rainfall of ${30 + (i % 25)} mm was recorded overnight, with gusts of up to ${80 + (i % 30)} km/h; about ${n(1_000 + (i % 50) * 20)} homes lost power for three hours.`,
  (i) =>
    `The council approved ${n(2_000 + (i % 70) * 10)} new homes and a £${30 + (i % 15)} million budget for roads, about ${10 + (i % 10)} percent more than last year.`,
];

const ON_TOPIC: Sentence[] = [
  (i) =>
    `South Korea’s spy agency said North Korea had sent about ${n(10_000 + (i % 8) * 500)} troops to Russia, with some ${n(2_000 + (i % 6) * 250)} more expected by spring.`,
  (i) =>
    `Seoul estimated that around ${n(1_000 + (i % 10) * 50)} North Korean soldiers had been killed or wounded, while Kyiv put the toll at more than ${n(3_000 + (i % 5) * 200)}.`,
  (i) =>
    `Pyongyang has shipped more than ${n(13_000 + (i % 9) * 250)} containers of munitions, roughly ${['three', 'four', 'five'][i % 3]} million rounds of artillery shells, analysts said.`,
  (i) =>
    `North Korea supplies up to ${35 + (i % 10)} percent of the shells Russia fires, according to one research group; others put it near ${55 + (i % 8)}%.`,
  (i) =>
    `Russia is thought to have paid North Korea approximately $${(4 + (i % 16) / 10).toFixed(1)} billion for weapons and $${500 + (i % 9) * 10} million for its troops.`,
];

function head(title: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title><style>::highlight(${FLOOR_HIGHLIGHT}){background-color:rgb(255 200 0 / 0.35)}</style></head>`;
}

function paragraph(sentences: readonly Sentence[], i: number): string {
  return `<p>${sentences[i % sentences.length]!(i)} ${sentences[(i + 2) % sentences.length]!(i + 1)}</p>\n`;
}

/** A news page of `bytes` bytes of HTML: paragraphs of two sentences, a subheading every twenty. */
function article(title: string, sentences: readonly Sentence[], bytes: number): string {
  const parts = [`${head(title)}<body><main><article><h1>${title}</h1>\n`];
  let size = Buffer.byteLength(parts[0]!);
  for (let i = 0; size < bytes; i++) {
    const part = (i % 20 === 0 ? `<h2>Update ${i / 20 + 1}</h2>\n` : '') + paragraph(sentences, i);
    parts.push(part);
    size += Buffer.byteLength(part);
  }
  parts.push('</article></main></body></html>');
  return parts.join('');
}

/** A page of `bytes` that never names North Korea, full of other numbers. */
export const offTopicPage = (bytes: number) => article('Markets, sport and weather', OFF_TOPIC, bytes);

/** A page of `bytes` dense with figures about North Korea's part in the war. */
export const densePage = (bytes: number) => article('North Korea’s part in the war: the numbers', ON_TOPIC, bytes);

/** The live page's rhythm: 50 paragraphs a second for 20 seconds, one in ten about North Korea. */
export const LIVE = { perSecond: 50, seconds: 20, onTopicEvery: 10, ticksPerSecond: 10 } as const;

/**
 * A live blog about the war: a short introduction that names North Korea, then
 * 5 paragraphs every 100 ms for 20 s, between the marks `bench:live:start` and
 * `bench:live:end`. `window.__liveDone` turns true after the last.
 */
function livePage(): string {
  const perTick = LIVE.perSecond / LIVE.ticksPerSecond;
  const ticks = LIVE.seconds * LIVE.ticksPerSecond;
  const count = perTick * ticks;
  const paragraphs = Array.from({ length: count }, (_, i) => paragraph(i % LIVE.onTopicEvery === 0 ? ON_TOPIC : OFF_TOPIC, i).trim());
  const script = `
const paragraphs = ${JSON.stringify(paragraphs.map((p) => p.slice(3, -4)))};
const feed = document.getElementById('feed');
let next = 0;
const timer = setInterval(() => {
  if (next === 0) performance.mark('bench:live:start');
  for (let k = 0; k < ${perTick} && next < paragraphs.length; k++) {
    const p = document.createElement('p');
    p.textContent = paragraphs[next++];
    feed.append(p);
  }
  if (next >= paragraphs.length) { clearInterval(timer); performance.mark('bench:live:end'); window.__liveDone = true; }
}, ${1000 / LIVE.ticksPerSecond});`;
  return `${head('Live: the war in Ukraine')}<body><main><h1>Live: the war in Ukraine</h1>
<p>Follow the day’s news as it comes: North Korea’s troops in Kursk, the front, markets and the weather.</p>
<div id="feed"></div></main><script>${script}</script></body></html>`;
}

export interface PageSize {
  readonly label: string;
  readonly bytes: number;
}

export const SIZES = {
  small: { label: '100 KB', bytes: 100_000 },
  medium: { label: '1 MB', bytes: 1_000_000 },
  large: { label: '5 MB', bytes: 5_000_000 },
} as const satisfies Record<string, PageSize>;

/** The sizes of the pages dense with figures. */
export const DENSE_SIZES = [SIZES.medium, SIZES.large] as const;

/** File names of the pages, by what they hold. */
export const offTopicFile = (size: PageSize) => `off-topic-${size.label.replace(' ', '').toLowerCase()}.html`;
export const denseFile = (size: PageSize) => `dense-${size.label.replace(' ', '').toLowerCase()}.html`;
export const LIVE_FILE = 'live.html';
/** The demo article, a realistic news page with a dozen figures, for the card. */
export const ARTICLE_FILE = 'article.html';

export interface ServedPages {
  /** The page's address on the local server. */
  url(file: string): string;
  close(): Promise<void>;
}

/** Writes every page to a temporary folder and serves it on 127.0.0.1. */
export async function servePages(): Promise<ServedPages> {
  const dir = mkdtempSync(join(tmpdir(), 'rangefinder-bench-'));
  for (const size of Object.values(SIZES)) writeFileSync(join(dir, offTopicFile(size)), offTopicPage(size.bytes));
  for (const size of DENSE_SIZES) writeFileSync(join(dir, denseFile(size)), densePage(size.bytes));
  writeFileSync(join(dir, LIVE_FILE), livePage());
  copyFileSync(join(ROOT, 'assets/demo/article.html'), join(dir, ARTICLE_FILE));
  const server = await serveFiles(dir);
  return {
    url: (file) => `${server.url}/${file}`,
    close: async () => {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
