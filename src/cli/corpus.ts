/**
 * npm run corpus -- stats [--json]
 * What the bundled corpus holds: estimates, reports, outlets, bodies, how many
 * name who made them and give an address, by measure, and the dates they span.
 * Exit codes: 0 done, 1 the corpus does not hold, 2 wrong usage.
 */

import { CorpusError } from '../corpus/corpus-index';
import { corpusStats } from '../corpus/corpus-stats';
import { CORPUS_DIR, corpusProblems, readRecord, readSeeds } from '../corpus/read-corpus';
import { stopQuietlyWhenOutputCloses } from './closed-pipe';

const USAGE = 'usage: npm run corpus -- stats [--json]';

/** The corpus folder: the bundled one, or another (a copy under test) named by RANGEFINDER_CORPUS. */
const dir = process.env.RANGEFINDER_CORPUS ?? CORPUS_DIR;

function fail(message: string, code: number): never {
  process.stderr.write(`rangefinder corpus: ${message}\n`);
  process.exit(code);
}

const percent = (share: number) => `${(share * 100).toFixed(1)}%`;

function table(stats: ReturnType<typeof corpusStats>, documents: number): string {
  const rows = Object.entries(stats.byMeasure).sort(([, a], [, b]) => b - a);
  const width = Math.max(...rows.map(([m]) => m.length), 'MEASURE'.length);
  return [
    `The corpus: ${stats.estimates} estimates in ${stats.reports} reports from ${stats.outlets} outlets; ${stats.bodies} estimating bodies on record`,
    `  name the body that made them: ${percent(stats.attributedShare)}`,
    `  reports with the page's address: ${percent(stats.withUrlShare)}`,
    `  as of: ${stats.firstAsOf ?? '–'} to ${stats.lastAsOf ?? '–'}`,
    `  and ${documents} seed documents bundled whole, whose claims count among the estimates`,
    '',
    `${'MEASURE'.padEnd(width)}  ESTIMATES`,
    ...rows.map(([measure, n]) => `${measure.padEnd(width)}  ${String(n).padStart(9)}`),
    '',
  ].join('\n');
}

function main(argv: readonly string[]): void {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${USAGE}\n  Counts what the bundled corpus holds. --json prints the counts as one JSON object.\n`);
    return;
  }
  const [command, ...rest] = argv;
  if (command !== 'stats') fail(`${command ? `unknown command ${command}` : 'no command given'}\n${USAGE}`, 2);
  const unknown = rest.filter((a) => a !== '--json');
  if (unknown.length > 0) fail(`unknown option ${unknown[0]}\n${USAGE}`, 2);
  // The same check as the build's: counts of a corpus that does not hold would mislead.
  const problems = corpusProblems(dir);
  if (problems.length > 0) fail(new CorpusError(problems).message, 1);
  const seeds = readSeeds(dir);
  const stats = corpusStats(readRecord(dir), seeds);
  process.stdout.write(rest.includes('--json') ? `${JSON.stringify(stats, null, 2)}\n` : table(stats, seeds.sources.length));
}

stopQuietlyWhenOutputCloses();
main(process.argv.slice(2));
