/**
 * The report's chart, drawn as SVG by hand: for each page, the extension's
 * main-thread time beside the floor's and mark.js's, as horizontal bars on a
 * logarithmic scale (the values span four orders of magnitude). Text follows
 * the reader's light or dark scheme; the bars' colours read on both.
 */
import { ms } from './format';
import type { Results } from './results';
import { pageFigures } from './targets';

const COLOURS = { extension: '#e8590c', floor: '#2f9e44', markJs: '#1c7ed6' } as const;

interface Bar {
  label: string;
  value: number;
  colour: string;
}

interface Group {
  label: string;
  bars: Bar[];
}

interface Panel {
  title: string;
  /** What each bar is, in this panel. */
  note: string;
  groups: Group[];
}

const WIDTH = 760;
const LEFT = 150;
const RIGHT = 90;
const BAR = 13;
const GAP = 3;
const GROUP_GAP = 14;

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function panels(results: Results): Panel[] {
  const group = (size: string, page: Parameters<typeof pageFigures>[0], dense: boolean): Group => {
    const f = pageFigures(page);
    return {
      label: size,
      bars: [
        {
          label: dense ? 'extension (busy with − without)' : 'extension (its code)',
          value: dense ? f.addedBusyMs : f.extensionMs,
          colour: COLOURS.extension,
        },
        {
          label: dense ? 'floor (gate + scan)' : 'floor (gate)',
          value: (dense ? f.scanFloorMs : f.gateFloorMs) ?? NaN,
          colour: COLOURS.floor,
        },
        { label: 'mark.js', value: f.markJsMs, colour: COLOURS.markJs },
      ],
    };
  };
  return [
    {
      title: '(a) Pages that never name North Korea',
      note: 'extension: time in its code · floor: textContent + keyword test · mark.js: the keyword',
      groups: results.chromium.offTopic.map((p) => group(p.size, p, false)),
    },
    {
      title: '(b) Pages dense with North Korea figures',
      note: 'extension: busy with − without · floor: gate + TreeWalker, number regex, one Highlight · mark.js: the numbers',
      groups: results.chromium.dense.map((p) => group(p.size, p, true)),
    },
  ];
}

export function drawChart(results: Results): string {
  const all = panels(results);
  const values = all.flatMap((p) => p.groups.flatMap((g) => g.bars.map((b) => b.value))).filter((v) => Number.isFinite(v) && v > 0);
  const lo = Math.floor(Math.log10(Math.min(...values)));
  const hi = Math.ceil(Math.log10(Math.max(...values)));
  const plot = WIDTH - LEFT - RIGHT;
  const x = (v: number) => LEFT + ((Math.log10(Math.max(v, 10 ** lo)) - lo) / (hi - lo)) * plot;
  const out: string[] = [];
  let y = 30;
  out.push(
    `<text x="${WIDTH / 2}" y="${y}" text-anchor="middle" class="title">Main-thread time in Chromium, median of ${results.runs} runs (ms, log scale)</text>`,
  );
  y += 24;
  let lx = LEFT;
  for (const [label, colour] of [
    ['extension', COLOURS.extension],
    ['floor', COLOURS.floor],
    ['mark.js', COLOURS.markJs],
  ]) {
    out.push(`<rect x="${lx}" y="${y - 10}" width="12" height="12" fill="${colour}"/><text x="${lx + 17}" y="${y}">${label}</text>`);
    lx += 110;
  }
  y += 16;
  for (const panel of all) {
    y += 22;
    out.push(`<text x="12" y="${y}" class="panel">${escapeHtml(panel.title)}</text>`);
    y += 16;
    out.push(`<text x="12" y="${y}" class="note">${escapeHtml(panel.note)}</text>`);
    y += 12;
    const top = y;
    for (const group of panel.groups) {
      const height = group.bars.length * (BAR + GAP);
      out.push(`<text x="${LEFT - 10}" y="${y + height / 2 + 4}" text-anchor="end" class="group">${escapeHtml(group.label)}</text>`);
      for (const bar of group.bars) {
        const ok = Number.isFinite(bar.value);
        const end = ok ? x(bar.value) : LEFT;
        out.push(
          `<rect x="${LEFT}" y="${y}" width="${Math.max(1, end - LEFT).toFixed(1)}" height="${BAR}" fill="${bar.colour}"><title>${escapeHtml(`${group.label}, ${bar.label}: ${ms(bar.value)}`)}</title></rect>`,
          `<text x="${(end + 4).toFixed(1)}" y="${y + BAR - 2}" class="value">${escapeHtml(ms(bar.value))}</text>`,
        );
        y += BAR + GAP;
      }
      y += GROUP_GAP;
    }
    for (let d = lo; d <= hi; d++) {
      const gx = x(10 ** d).toFixed(1);
      out.push(`<line x1="${gx}" y1="${top - 4}" x2="${gx}" y2="${y - GROUP_GAP + 2}" class="grid"/>`);
      out.push(
        `<text x="${gx}" y="${y - GROUP_GAP + 16}" text-anchor="middle" class="tick">${(10 ** d).toLocaleString('en-US', { maximumFractionDigits: 3 })}</text>`,
      );
    }
    y += 10;
  }
  const height = y + 12;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-label="Main-thread time of the extension, the floor and mark.js per page, in Chromium">
<style>
text { fill: #1f2328; font: 12px system-ui, -apple-system, "Segoe UI", sans-serif; }
.title { font-size: 15px; font-weight: 600; }
.panel { font-size: 13px; font-weight: 600; }
.value, .tick, .note { font-size: 11px; }
.note { fill-opacity: 0.8; }
.grid { stroke: #1f2328; stroke-opacity: 0.18; stroke-dasharray: 3 3; }
@media (prefers-color-scheme: dark) { text { fill: #e6edf3; } .grid { stroke: #e6edf3; stroke-opacity: 0.25; } }
</style>
${out.join('\n')}
</svg>
`;
}
