import { describe, expect, it } from 'vitest';
import { bundledCorpus } from '../../src/corpus/bundled-corpus';
import { CSV_COLUMNS, corpusCsv, csvCell } from '../../src/corpus/csv';
import { type Measure, measureName } from '../../src/engine/measures';
import { english } from '../../src/words/english';
import { say } from '../../src/words/phrase';

const name = (m: Measure) => say(measureName(m), english);

/** A CSV text read back into rows of cells, as RFC 4180 has it. */
function parse(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  return rows;
}

describe('the estimates as CSV', () => {
  const rows = parse(corpusCsv(bundledCorpus, name));
  const header = rows[0]!;
  const at = (row: string[], column: (typeof CSV_COLUMNS)[number]) => row[header.indexOf(column)]!;

  it('has a header and one row per estimate, every row as wide as the header', () => {
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(bundledCorpus.claims.length + 1);
    for (const row of rows) expect(row).toHaveLength(header.length);
  });

  it('gives an estimate on record its body, value, date, quote and lead report, and its other reports’ addresses', () => {
    const claim = bundledCorpus.claimById.get('nis/2024-12-24/troops_deployed')!;
    const row = rows.find((r) => r[0] === claim.id)!;
    const lead = claim.record!.reports[0]!;
    expect(at(row, 'body')).toBe("South Korea's National Intelligence Service (NIS)");
    expect(at(row, 'body_id')).toBe('nis');
    expect(at(row, 'value_low')).toBe('11000');
    expect(at(row, 'as_of')).toBe('2024-12-24');
    expect(at(row, 'quote')).toBe(lead.quote);
    expect(at(row, 'url')).toBe(lead.url);
    expect(at(row, 'other_report_urls').split(' ').filter(Boolean)).toEqual(claim.record!.reports.slice(1).map((r) => r.url));
  });

  it('gives a seed claim its document and leaves unknown cells empty', () => {
    const claim = bundledCorpus.claimById.get('001_6103265ed68543fd#7')!;
    const row = rows.find((r) => r[0] === claim.id)!;
    expect(at(row, 'body')).toBe('unattributed');
    expect(at(row, 'body_id')).toBe('');
    expect(at(row, 'url')).toBe('');
    expect(at(row, 'headline')).toBe(bundledCorpus.sourceById.get(claim.source)!.title);
  });

  it('quotes cells with commas, quotes and line breaks, and keeps a would-be formula as text', () => {
    expect(csvCell('12,000')).toBe('"12,000"');
    expect(csvCell('He said "more"')).toBe('"He said ""more"""');
    expect(csvCell('a\nb')).toBe('"a\nb"');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('-5')).toBe('-5');
    expect(csvCell('@sum')).toBe("'@sum");
    expect(csvCell(null)).toBe('');
  });
});
