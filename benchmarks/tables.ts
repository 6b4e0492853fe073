/** The report's tables of results in detail, in Markdown, one per measure. */
import { type Breakdown, KINDS } from './breakdown';
import { kb, ms, pct, ratio, signedMs } from './format';
import type { Results } from './results';
import { field, type Summary } from './stats';
import { pageFigures, type TargetRow } from './targets';

export function markdownTable(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

const spread = (s: Summary) => `${ms(s.median)} (${ms(s.min)}–${ms(s.max)})`;

export function targetsTable(rows: readonly TargetRow[]): string {
  return markdownTable(
    ['Measure', 'Where', 'Measured', 'Baseline(s), same run', 'Ratio', 'Target', 'Met'],
    rows.map((r) => [r.measure, r.browser, r.value, r.baselines || '–', r.ratio || '–', r.target, r.met ? '**met**' : '**not met**']),
  );
}

function offTopicTable(results: Results): string {
  return markdownTable(
    [
      'Page',
      'Busy without',
      'Busy with',
      'Added (with − without)',
      'In extension code',
      'Gate floor',
      'mark.js (keyword)',
      'Extension code / floor',
      'Longest task after load, with / without',
    ],
    results.chromium.offTopic.map((page) => {
      const f = pageFigures(page);
      const r = page.runs;
      return [
        page.size,
        spread(field(r, (x) => x.without.busyMs)),
        spread(field(r, (x) => x.with.busyMs)),
        signedMs(f.addedBusyMs),
        spread(field(r, (x) => x.with.extensionMs)),
        ms(f.gateFloorMs),
        ms(f.markJsMs),
        ratio(f.extensionMs, f.gateFloorMs),
        `${ms(f.longestWithMs)} / ${ms(f.longestWithoutMs)}`,
      ];
    }),
  );
}

function denseTable(results: Results): string {
  return markdownTable(
    [
      'Page',
      'Figures highlighted',
      'Load → last highlight',
      'Added busy (with − without)',
      'In extension code',
      'Floor (gate + scan)',
      'mark.js (numbers)',
      'Added / floor',
      'Added / mark.js',
      'Longest extension task, median / worst',
      'Longest task after load, with / without',
    ],
    results.chromium.dense.map((page) => {
      const f = pageFigures(page);
      const r = page.runs;
      return [
        page.size,
        `${field(r, (x) => x.with.highlighted).median} (floor and mark.js: ${r[0]?.markJs.matches ?? '–'} numbers)`,
        spread(field(r, (x) => x.with.lastHighlightAfterLoadMs ?? NaN)),
        ms(f.addedBusyMs),
        spread(field(r, (x) => x.with.extensionMs)),
        ms(f.scanFloorMs),
        ms(f.markJsMs),
        ratio(f.addedBusyMs, f.scanFloorMs ?? NaN),
        ratio(f.addedBusyMs, f.markJsMs),
        `${ms(f.longestTaskMedianMs)} / ${ms(f.longestTaskMs)}`,
        `${ms(f.longestWithMs)} / ${ms(f.longestWithoutMs)}`,
      ];
    }),
  );
}

function wallTable(results: Results): string {
  const rows: string[][] = [];
  for (const page of results.chromium.dense) {
    const r = page.runs;
    const ext = field(r, (x) => x.with.lastHighlightAfterLoadMs ?? NaN).median;
    const floor = field(r, (x) => x.scanFloor?.ms ?? NaN).median;
    const mark = field(r, (x) => x.markJs.ms).median;
    rows.push(['Chromium', page.size, ms(ext), ms(floor), ms(mark), ratio(ext, floor), ratio(ext, mark)]);
  }
  for (const page of results.firefox.dense) {
    const r = page.runs;
    const ext = field(r, (x) => x.lastHighlightAfterLoadMs).median;
    const floor = field(r, (x) => x.scanFloorMs).median;
    const mark = field(r, (x) => x.markJsMs).median;
    rows.push([
      'Firefox',
      page.size,
      `${ms(ext)} (${field(r, (x) => x.highlighted).median} figures)`,
      ms(floor),
      ms(mark),
      ratio(ext, floor),
      ratio(ext, mark),
    ]);
  }
  return markdownTable(
    ['Browser', 'Page', 'Load → last highlight painted', 'Floor, start → painted', 'mark.js, start → painted', '/ floor', '/ mark.js'],
    rows,
  );
}

function liveTable(results: Results): string {
  return markdownTable(
    [
      'Run',
      'Window',
      'In extension code',
      'Share',
      'Busy with',
      'Busy without',
      'Added share',
      'Longest extension task',
      'Figures highlighted',
    ],
    results.chromium.live.map((r, i) => [
      String(i + 1),
      ms(r.windowMs),
      ms(r.with.extensionMs),
      pct(r.with.extensionMs / r.windowMs),
      ms(r.with.busyMs),
      ms(r.without.busyMs),
      pct((r.with.busyMs - r.without.busyMs) / r.windowMs),
      ms(r.with.longestExtensionTaskMs),
      String(r.with.highlighted),
    ]),
  );
}

function cardsTable(results: Results): string {
  const rows: string[][] = [];
  for (const [browser, cards] of [
    ['Chromium', results.chromium.cards],
    ['Firefox', results.firefox.cards],
  ] as const) {
    const first = cards.map((c) => c.first);
    const later = cards.flatMap((c) => c.later);
    for (const [which, list] of [
      ['first card', first],
      ['later cards', later],
    ] as const) {
      const painted = field(list, (x) => x.paintedMs);
      rows.push([
        browser,
        which,
        String(list.length),
        ms(field(list, (x) => x.shownMs).median),
        ms(painted.median),
        ms(painted.p95),
        ms(painted.max),
      ]);
    }
  }
  return markdownTable(
    ['Browser', 'Card', 'Clicks', 'Click → card in the page, median', 'Click → card painted, median', 'p95', 'worst'],
    rows,
  );
}

function sizeTable(results: Results): string {
  const rows = results.bundles.map((b) => [b.build, `\`${b.path}\``, b.role, kb(b.bytes), kb(b.gzipBytes)]);
  rows.push([
    'baseline',
    '`mark.js/dist/mark.min.js`',
    'mark.js 8, as its package ships it',
    kb(results.markJsSize.bytes),
    kb(results.markJsSize.gzipBytes),
  ]);
  return markdownTable(['Build', 'File', 'Role', 'Minified', 'Gzipped'], rows);
}

function corpusTable(results: Results): string {
  return markdownTable(
    [
      'Corpus',
      'Claims',
      'Comparison per figure, median / p95',
      'Search per query, median / p95',
      'Search by query (median)',
      'Parsing the index (popup opening)',
      'Hits',
    ],
    results.corpus.map((c) => [
      `×${c.scale}${c.scale > 1 ? ' (synthetic)' : ''}`,
      c.claims.toLocaleString('en-US'),
      `${ms(c.compareMs.median)} / ${ms(c.compareMs.p95)} over ${c.figures.toLocaleString('en-US')} figures`,
      `${ms(c.searchMs.median)} / ${ms(c.searchMs.p95)}`,
      Object.entries(c.searchByQueryMs)
        .map(([q, t]) => `“${q}” ${ms(t)}`)
        .join('; '),
      ms(c.searchSetupMs.median),
      Object.entries(c.hits)
        .map(([q, n]) => `“${q}” ${n}`)
        .join('; '),
    ]),
  );
}

/** Where the main thread's time went, with and without the extension: medians per kind of work. */
function breakdownTable(results: Results): string {
  const columns: { label: string; with: Breakdown[]; without: Breakdown[] }[] = [
    ...results.chromium.dense.map((p) => ({
      label: `${p.size} with figures`,
      with: p.runs.map((r) => r.with.breakdown),
      without: p.runs.map((r) => r.without.breakdown),
    })),
    {
      label: 'live page',
      with: results.chromium.live.map((r) => r.with.breakdown),
      without: results.chromium.live.map((r) => r.without.breakdown),
    },
  ];
  const cell = (c: (typeof columns)[number], pick: (b: Breakdown) => number) => {
    const w = field(c.with, pick).median;
    const wo = field(c.without, pick).median;
    return `${ms(wo)} → ${ms(w)} (${signedMs(w - wo)})`;
  };
  const total = (b: Breakdown) => KINDS.reduce((n, k) => n + b[k], 0);
  return markdownTable(
    ['Kind of work', ...columns.map((c) => `${c.label}: without → with`)],
    [...KINDS.map((k) => [k, ...columns.map((c) => cell(c, (b) => b[k]))]), ['**all**', ...columns.map((c) => cell(c, total))]],
  );
}

/** Every table of results in detail, with a heading each. */
export function detailTables(results: Results): string {
  return [
    `### (a) Pages that never name North Korea, Chromium\n\nMedians of ${results.runs} runs, with the range in brackets. The target is judged on the time in extension code; the busy-time difference is within the run-to-run noise of loading the page.\n\n${offTopicTable(results)}`,
    `### (b) Pages dense with figures, Chromium\n\nMedians of ${results.runs} runs. The targets are judged on the busy-time difference, which includes the style, layout, paint and garbage collection the highlights cause.\n\n${denseTable(results)}`,
    `### (b) Wall time to the last highlight, Chromium and Firefox\n\nFrom the end of the load event to the frame that painted the last highlight, beside the floor's and mark.js's time from their start to the frame that painted their marks. No target; Firefox has no trace, so this is its measure for (b).\n\n${wallTable(results)}`,
    `### (c) Live page, Chromium\n\nThe window runs from the first appended paragraph to one second after the last. The target is judged on the busy-time difference.\n\n${liveTable(results)}`,
    `### Where the added main-thread time goes, Chromium\n\nThe trace's self time of each kind of work inside the page's tasks, without → with the extension (medians). "script" is all JavaScript, the page's and the extension's; "messages" is the handling of messages from other processes, the extension's among them.\n\n${breakdownTable(results)}`,
    `### (d) Click to painted card, demo article\n\n${cardsTable(results)}`,
    `### (e) Content scripts\n\nKB are 1,000 bytes; gzip at level 9. The build minifies.\n\n${sizeTable(results)}`,
    `### Corpus ×100, Node\n\n${corpusTable(results)}`,
  ].join('\n\n');
}
