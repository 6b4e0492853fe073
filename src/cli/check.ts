/**
 * npm run check -- <file.txt|file.html> [--json]
 * Finds the figures about North Korea and Russia's war in a file and compares each
 * with the bundled corpus. Exit codes: 0 done, 1 unreadable input, 2 wrong usage.
 */
import { basename, resolve } from 'node:path';
import { compareFigure } from '../compare/compare';
import { readCorpus } from '../corpus/read-corpus';
import { detectFigures } from '../engine/detect-figures';
import { pageOnTopic } from '../engine/topic-keywords';
import { stopQuietlyWhenOutputCloses } from './closed-pipe';
import { type Input, InputError, readInput } from './read-input';
import { toJson, toTable } from './report';

const USAGE = 'usage: npm run check -- <file.txt|file.html> [--json]';

function fail(message: string, code: number): never {
  process.stderr.write(`rangefinder check: ${message}\n`);
  process.exit(code);
}

function main(argv: readonly string[]): void {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(
      `${USAGE}\n  Lists the figures about North Korea's part in Russia's war in a text or HTML file,\n  with what the bundled corpus says about each. --json prints { "figures": [...] } only.\n`,
    );
    return;
  }
  const json = argv.includes('--json');
  const unknown = argv.filter((a) => a.startsWith('-') && a !== '--json');
  if (unknown.length > 0) fail(`unknown option ${unknown[0]}\n${USAGE}`, 2);
  const files = argv.filter((a) => !a.startsWith('-'));
  if (files.length !== 1) fail(files.length === 0 ? `no file given\n${USAGE}` : `one file at a time\n${USAGE}`, 2);
  // npm runs scripts from the package folder; the reader meant the folder they typed in.
  const path = resolve(process.env.INIT_CWD ?? process.cwd(), files[0]!);
  let input: Input;
  try {
    input = readInput(path);
  } catch (error) {
    if (error instanceof InputError) fail(error.message.replace(path, files[0]!), 1);
    throw error;
  }
  const corpus = readCorpus();
  // The page's date, where its HTML gives one, decides which of a body's estimates of one value it reports.
  const page = input.published ? { published: input.published } : {};
  // A page on North Korea that never names the war (its missile tests, its parades) gives no figure of its part in it.
  const figures = pageOnTopic(input.text) ? detectFigures(input.text, { links: input.links }) : [];
  const checked = figures.map((figure) => ({
    figure,
    comparison: compareFigure({ ...figure, ...page }, corpus),
  }));
  process.stdout.write(json ? `${toJson(checked)}\n` : toTable(basename(files[0]!), checked, process.stdout.columns ?? 110));
}

stopQuietlyWhenOutputCloses();
main(process.argv.slice(2));
