/** The checker's two outputs: a table for people, JSON for programs. */

import type { Comparison } from '../compare/compare';
import { describeEstimate, stanceInBrief } from '../compare/compare';
import type { LikelySource } from '../compare/likely-source';
import type { OnRecord } from '../corpus/on-record';
import type { Figure } from '../engine/detect-figures';
import { formatValue } from '../engine/format-value';
import { english } from '../words/english';
import { say, type Words } from '../words/phrase';

/** The engine's phrases, in English: the checker speaks English only. */
const en = (words: Words) => say(words, english);

export interface Checked {
  readonly figure: Figure;
  readonly comparison: Comparison;
}

function claimJson(c: OnRecord) {
  return {
    id: c.id,
    value: c.value,
    unit: c.unit,
    qualifier: c.qualifier,
    attributedTo: c.attributedTo,
    asOf: c.asOf.date,
    source: c.source,
    figure: c.figure,
    ...(c.scope ? { scope: c.scope } : {}),
    ...(c.record
      ? {
          reports: c.record.reports.map((r) => ({
            outlet: r.outlet,
            url: r.url,
            published: r.published?.date ?? null,
            firstHand: r.firstHand,
          })),
        }
      : {}),
  };
}

/** The estimates a likely source names: the one the page reports, or the several it may report. */
const likelyIds = (likely: LikelySource) => (likely.basis === 'one-of' ? likely.among : [likely.estimate]).map((e) => e.id);

/** The estimate the page reports, by id and date; where it is one of several (`among`), both are null. */
function likelyJson(likely: LikelySource) {
  const one = likely.basis === 'one-of' ? null : likely.estimate;
  return {
    id: one?.id ?? null,
    ...(likely.basis === 'one-of' ? { among: likelyIds(likely) } : {}),
    attributedTo: likely.body.name,
    asOf: one?.asOf.date ?? null,
    basis: likely.basis,
    text: en(likely.text),
  };
}

export function toJson(checked: readonly Checked[]): string {
  const figures = checked.map(({ figure: f, comparison: c }) => ({
    text: f.text,
    value: f.value,
    unit: f.unit,
    measure: f.measure,
    ...(f.scope ? { scope: f.scope } : {}),
    qualifier: f.qualifier,
    counts: f.counts,
    sentence: f.sentence,
    start: f.start,
    end: f.end,
    ...(f.derivation ? { derivation: en(f.derivation) } : {}),
    ...(f.attribution ? { attribution: f.attribution } : {}),
    attributedTo: c.attributedTo?.name ?? null,
    comparison: {
      stance: c.stance,
      reading: en(c.reading),
      ...(c.quotes ? { quotes: c.quotes.id } : {}),
      estimates: c.estimates.map(claimJson),
      reasons: c.reasons.map((r) => en(r.text)),
      likelySource: c.likelySource ? likelyJson(c.likelySource) : null,
    },
  }));
  return JSON.stringify({ figures }, null, 2);
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

const INDENT = '    ';

/** Lines under a row: the first wrapped at the indent, the rest hanging two spaces further. */
function detail(text: string, columns: number): string[] {
  return wrap(text, Math.max(40, columns - INDENT.length - 2)).map((line, i) => `${INDENT}${i === 0 ? '' : '  '}${line}`);
}

/** figure | measure | value | what the corpus says, with the reading, estimates and reasons under each row. */
export function toTable(name: string, checked: readonly Checked[], columns: number): string {
  if (checked.length === 0) return `${name}: no figures about North Korea and Russia's war found.\n`;
  const head = ['FIGURE', 'MEASURE', 'VALUE', 'WHAT THE CORPUS SAYS'];
  const rows = checked.map(({ figure: f, comparison: c }) => [
    f.text,
    f.scope ? `${f.measure} (${f.scope.replace(/_/g, ' ')})` : f.measure,
    en(formatValue(f.value, f.unit)),
    en(stanceInBrief(c)),
  ]);
  const widths = [0, 1, 2].map((i) => Math.max(head[i]!.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => (i < 3 ? c.padEnd(widths[i]!) : c)).join('  ');
  const out = [`${name}: ${checked.length} figure${checked.length === 1 ? '' : 's'} about North Korea and Russia's war`, '', line(head)];
  checked.forEach(({ figure: f, comparison: c }, i) => {
    out.push(line(rows[i]!));
    if (f.derivation) out.push(...detail(`worked out: ${en(f.derivation)}`, columns));
    if (c.quotes) out.push(...detail(`this sentence is corpus claim ${c.quotes.id}; compared with the other sources`, columns));
    if (c.likelySource) out.push(...detail(`${en(c.likelySource.text)} [${likelyIds(c.likelySource).join(', ')}]`, columns));
    out.push(...detail(en(c.reading), columns));
    for (const e of c.estimates) {
      // An estimate on record is named by its id (body/date/measure), a seed claim by its document.
      out.push(
        ...detail(`· ${en(describeEstimate(e))} [${e.record ? e.id : e.source}]${e.restates ? ` (repeats ${e.restates})` : ''}`, columns),
      );
    }
    for (const r of c.reasons) out.push(...detail(`– ${en(r.text)}`, columns));
    out.push('');
  });
  return `${out.join('\n')}\n`;
}
