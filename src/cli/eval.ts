/**
 * npm run eval [-- <set.jsonl>] [--json] [--pages]
 * Measures the detector on a development set of real reporting
 * (tests/devset/en.jsonl unless another is named): recall, precision, and how
 * often a found figure has the right measure and value, overall and by
 * measure, and how often it is given the body its page names, with every miss. The set is for measuring only; see its README.
 * With --pages, each page's sentences are read together, in order, as the extension reads a page.
 * Exit codes: 0 done, 1 a set that cannot be read, 2 wrong usage.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readCorpus } from '../corpus/read-corpus';
import { detectFigures } from '../engine/detect-figures';
import { stopQuietlyWhenOutputCloses } from './closed-pipe';
import { asOneLine, type Case, caseProblems, type Miss, readAsPages, type Score, scoreCases } from './eval-score';

const USAGE = 'usage: npm run eval [-- <set.jsonl>] [--json] [--pages]';
const DEFAULT_SET = resolve(import.meta.dirname, '../../tests/devset/en.jsonl');

function fail(message: string, code: number): never {
  process.stderr.write(`rangefinder eval: ${message}\n`);
  process.exit(code);
}

/** The set's cases, one JSON object a line; every problem of the file at once. */
function readSet(path: string, shown: string): Case[] {
  if (!existsSync(path)) fail(`${shown}: no such file`, 1);
  const problems: string[] = [];
  const cases: Case[] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (line.trim() === '') return;
      let c: Case;
      try {
        c = JSON.parse(line) as Case;
      } catch (error) {
        problems.push(`line ${i + 1}: not JSON (${(error as Error).message})`);
        return;
      }
      if (typeof c?.text !== 'string' || !Array.isArray(c.figures)) {
        problems.push(`line ${i + 1}: must have "text" and "figures"`);
        return;
      }
      problems.push(...caseProblems(c, i + 1));
      cases.push(asOneLine(c));
    });
  if (problems.length > 0) fail(`${shown} is not a development set:\n- ${problems.join('\n- ')}`, 1);
  if (cases.length === 0) fail(`${shown} holds no cases`, 1);
  return cases;
}

const percent = (share: number) => `${(share * 100).toFixed(1)}%`;
const quoted = (m: Miss) => `  ${m.measure.padEnd(22)} “${m.text}”  in: ${m.sentence}\n  ${''.padEnd(22)} ${m.url}`;

function table(score: Score, shown: string): string {
  const a = score.attribution;
  const rows = Object.entries(score.byMeasure);
  const width = Math.max('MEASURE'.length, ...rows.map(([m]) => m.length));
  const lines = [
    `${shown}: ${score.cases} sentences from ${score.pages} pages, ${score.expected} figures expected`,
    `  found      ${score.found} of ${score.expected} expected figures   recall ${percent(score.recall)}`,
    `  relevant   ${score.relevant} of ${score.reported} reported            precision ${percent(score.precision)}`,
    `  measure    right for ${percent(score.measureAccuracy)} of those found; value right for ${percent(score.valueAccuracy)}`,
    ...(a
      ? [
          `  body       right for ${a.right} of ${a.named} found whose page names a body on record   ${percent(a.accuracy)}`,
          `             given wrongly to ${a.wronglyGiven} of ${a.unnamed} found whose page names none on record   ${percent(a.wronglyGivenShare)}`,
        ]
      : []),
    '',
    `${'MEASURE'.padEnd(width)}  EXPECTED  FOUND  RECALL  REPORTED  RELEVANT  PRECISION  RIGHT MEASURE`,
    ...rows.map(
      ([m, s]) =>
        `${m.padEnd(width)}  ${String(s.expected).padStart(8)}  ${String(s.found).padStart(5)}  ${percent(s.recall).padStart(6)}  ${String(s.reported).padStart(8)}  ${String(s.relevant).padStart(8)}  ${percent(s.precision).padStart(9)}  ${String(s.rightMeasure).padStart(13)}`,
    ),
    '',
    `MISSED (${score.missed.length})`,
    ...score.missed.map(quoted),
    '',
    `REPORTED WHERE NONE IS EXPECTED (${score.unexpected.length})`,
    ...score.unexpected.map(quoted),
    '',
    `WRONG MEASURE (${score.wrongMeasure.length}): expected, then found`,
    ...score.wrongMeasure.map((m) => `${quoted(m)}\n  ${''.padEnd(22)} found: ${m.found}`),
    '',
    `WRONG VALUE (${score.wrongValue.length})`,
    ...score.wrongValue.map((m) => `${quoted(m)}\n  ${''.padEnd(22)} found: ${m.found}`),
    '',
    ...(a
      ? [
          `WRONG BODY (${a.wrong.length}): the body the page names, then the one given`,
          ...a.wrong.map((m) => `${quoted(m)}\n  ${''.padEnd(22)} expected: ${m.expected ?? 'none'}; given: ${m.found ?? 'none'}`),
          '',
        ]
      : []),
  ];
  return lines.join('\n');
}

function main(argv: readonly string[]): void {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(
      `${USAGE}\n  Measures the detector on labelled real reporting (tests/devset/en.jsonl by default).\n  --json prints the scores and every miss as one JSON object.\n  --pages reads each page's sentences together, in the set's order, as the extension reads a page.\n`,
    );
    return;
  }
  const unknown = argv.filter((a) => a.startsWith('-') && a !== '--json' && a !== '--pages');
  if (unknown.length > 0) fail(`unknown option ${unknown[0]}\n${USAGE}`, 2);
  const files = argv.filter((a) => !a.startsWith('-'));
  if (files.length > 1) fail(`one set at a time\n${USAGE}`, 2);
  // npm runs scripts from the package folder; the reader meant the folder they typed in.
  const path = files[0] ? resolve(process.env.INIT_CWD ?? process.cwd(), files[0]) : DEFAULT_SET;
  const shown = files[0] ?? 'tests/devset/en.jsonl';
  const cases = readSet(path, shown);
  const corpus = readCorpus();
  // A label naming no body on record would score every figure it is on as missed.
  const known = new Set(corpus.claims.flatMap((c) => (c.record ? [c.record.body.id] : [])));
  const unknownBodies = [...new Set(cases.flatMap((c) => c.figures.flatMap((f) => (f.body && !known.has(f.body) ? [f.body] : []))))];
  if (unknownBodies.length > 0) fail(`${shown} names bodies that are not on record: ${unknownBodies.join(', ')}`, 1);
  const pages = argv.includes('--pages');
  const detect = pages ? readAsPages(cases, detectFigures) : detectFigures;
  const score = scoreCases(cases, detect, (phrase) => corpus.bodyNamed(phrase)?.id);
  process.stdout.write(
    argv.includes('--json') ? `${JSON.stringify(score, null, 2)}\n` : table(score, pages ? `${shown} (read as pages)` : shown),
  );
}

stopQuietlyWhenOutputCloses();
main(process.argv.slice(2));
