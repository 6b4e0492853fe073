/**
 * Every regex of the engine, checked for backtracking that grows faster than the text it reads
 * (ReDoS), by recheck's analysis. The step-count tests (linear-time.test.ts) charge a regex call
 * for the text it was given, which holds only if no single call backtracks super-linearly: this is
 * where that is checked, for every regex written in src/engine and every one built there from the
 * word tables, including those only run on short windows.
 *
 * What it found, now fixed (each fails here again if brought back):
 * - segment-text.ts SENTENCE_END `/[.!?]+["')\]]*(?=\s+…)/g` on a run of stops ("!!!!…", a row of
 *   dots): quadratic, 2.4 s to split 40,000 of them into sentences;
 * - measure-cues.ts CASUALTY_PREDICATE with "have" twice in its repeated group: exponential on
 *   " have have have … " before a casualty word;
 * - classify-measure.ts `/([a-z.]+(?: union)?)'s? $/` and segment-text.ts `/([A-Za-z.]+)$/`, searched
 *   from inside a word: quadratic (in 30- and 12-character windows).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { check } from 'recheck';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ENGINE = resolve(import.meta.dirname, '../../src/engine');
const FILES = readdirSync(ENGINE).filter((f) => f.endsWith('.ts'));

interface Found {
  readonly source: string;
  readonly flags: string;
  readonly where: string;
}

/** Regex literals, as TypeScript reads the files. */
function literals(): Found[] {
  const found: Found[] = [];
  for (const file of FILES) {
    const text = readFileSync(resolve(ENGINE, file), 'utf8');
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const literal = node.getText(sf);
        const slash = literal.lastIndexOf('/');
        const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
        found.push({ source: literal.slice(1, slash), flags: literal.slice(slash + 1), where: `${file}:${line}` });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return found;
}

/** Regexes the modules build when they load (`new RegExp(…)` from the word tables), caught as they are made. */
async function built(): Promise<Found[]> {
  const found: Found[] = [];
  const original = globalThis.RegExp;
  globalThis.RegExp = new Proxy(original, {
    construct(target, args, newTarget) {
      const re = Reflect.construct(target, args, newTarget) as RegExp;
      found.push({ source: re.source, flags: re.flags, where: 'built on load' });
      return re;
    },
  });
  try {
    for (const file of FILES) await import(resolve(ENGINE, file));
  } finally {
    globalThis.RegExp = original;
  }
  return found;
}

const fromLiterals = literals();
const fromTables = await built();
const seen = new Set<string>();
const REGEXES = [...fromLiterals, ...fromTables].filter(({ source, flags }) => {
  const key = `/${source}/${flags}`;
  return !seen.has(key) && seen.add(key);
});

/**
 * No time limits: recheck's verdicts then depend on step limits and its fixed seed, not on how
 * busy the machine is (with its default time limits, a slow run counts as an attack found). An
 * attack is tried on strings of up to 30,000 characters with a budget of 15 million steps: a
 * quadratic regex overruns it (30,000² is 9·10⁸), a linear one stays far below.
 */
const PARAMETERS = {
  timeout: null,
  attackTimeout: null,
  incubationTimeout: null,
  seedingTimeout: null,
  recallTimeout: -1,
  maxAttackStringSize: 30_000,
  attackLimit: 15_000_000,
  randomSeed: 0,
} as const;

describe('the regexes of the engine', () => {
  it('are all found: the literals of every file, and those built from the word tables', () => {
    expect(FILES).toContain('parse-quantity.ts');
    expect(fromLiterals.some(({ where }) => where.startsWith('parse-quantity.ts'))).toBe(true);
    // parse-quantity.ts builds its anchor, scale, currency and qualifier regexes from the tables.
    expect(fromTables.length).toBeGreaterThan(10);
  });

  it.concurrent.each(
    REGEXES.map((r) => [`${r.where} /${r.source.length > 60 ? `${r.source.slice(0, 60)}…` : r.source}/${r.flags}`, r] as const),
  )(
    '%s cannot backtrack super-linearly',
    async (_, { source, flags }) => {
      const diagnostics = await check(source, flags, PARAMETERS);
      const verdict =
        diagnostics.status === 'vulnerable'
          ? `${diagnostics.complexity.summary}, attack ${diagnostics.attack.pattern}`
          : diagnostics.status === 'unknown'
            ? `unknown: ${diagnostics.error.kind}`
            : 'safe';
      expect(verdict).toBe('safe');
    },
    // The verdict rests on steps, not time (above); the clock only stops a run that never ends. The largest regex (the
    // payment cues) takes over a minute on its own on a two-core machine, and twice that beside the rest of the suite.
    600_000,
  );
});
