/**
 * Numbers and dates as a reader expects them on a card or in the checker's table.
 * Digits and currency signs are formatted here; the words around them (scale
 * words, "per month", month names) are phrases of `locales/*.yml`.
 */
import { type PlainKey, phrase, type Words } from '../words/phrase';
import { CURRENCY_SIGNS } from './currencies';
import type { ApproxDate, Value } from './value';

// Signs are part of the digits, not messages: browsers read "$$$1" as "$$1", so a
// message cannot put a dollar sign right before a substitution.
const PER_FORMATS: Readonly<Record<string, PlainKey>> = { month: 'units.per.month', year: 'units.per.year' };
/** Units a reading names ("…in people only"); any other unit is a currency code and stays as it is. */
const UNIT_NAMES: Readonly<Record<string, PlainKey>> = {
  people: 'units.name.people',
  troops: 'units.name.troops',
  shells: 'units.name.shells',
  missiles: 'units.name.missiles',
  containers: 'units.name.containers',
  shipments: 'units.name.shipments',
  tonnes: 'units.name.tonnes',
  percent: 'units.name.percent',
};
const SCALES = [
  { at: 1e12, key: 'units.scale.trillion' },
  { at: 1e9, key: 'units.scale.billion' },
  { at: 1e6, key: 'units.scale.million' },
] as const;
type Scale = (typeof SCALES)[number];
const MONTHS: readonly PlainKey[] = [
  'dates.months.jan',
  'dates.months.feb',
  'dates.months.mar',
  'dates.months.apr',
  'dates.months.may',
  'dates.months.jun',
  'dates.months.jul',
  'dates.months.aug',
  'dates.months.sep',
  'dates.months.oct',
  'dates.months.nov',
  'dates.months.dec',
];

function trim(n: number): string {
  return Number(n.toFixed(2)).toString();
}

/**
 * The scale a number is written in, judged as it is shown: 999,999,999 reads "1 billion", not
 * "1000 million", and 999,999.999 "1 million".
 */
function scaleOf(n: number): Scale | undefined {
  const i = SCALES.findIndex(({ at }) => n >= at);
  const reached = i === -1 ? SCALES.length : i;
  const at = SCALES[reached]?.at ?? 1;
  const up = SCALES[reached - 1];
  return up && Number(trim(n / at)) * at >= up.at ? up : SCALES[reached];
}

/** Thousands grouped, whole or not: "652,049", "1,234.5". */
function grouped(n: number): string {
  const [whole, fraction] = trim(n).split('.');
  return `${Number(whole).toLocaleString('en-US')}${fraction ? `.${fraction}` : ''}`;
}

function number(n: number, sign: string): Words {
  const scale = scaleOf(n);
  return scale ? phrase(scale.key, `${sign}${trim(n / scale.at)}`) : `${sign}${grouped(n)}`;
}

/**
 * "12,000", "4 million", "$5.5 billion", "40%", "2,000–9,000", "$1.7–5.5 billion", "$2,000 per month".
 * Numbers are rounded to two decimals, of the scale word past a million; the grammar reads each
 * back as the value shown (tests/engine/grammar-properties.test.ts).
 */
export function formatValue(value: Value, unit: string): Words {
  const [currency, per] = unit.split(' per ');
  const sign = (CURRENCY_SIGNS as Readonly<Record<string, string>>)[currency ?? ''] ?? '';
  const inPercent = (amount: Words): Words => (unit === 'percent' ? phrase('units.percent', amount) : amount);
  let text: Words;
  if (typeof value === 'number') {
    text = inPercent(number(value, sign));
  } else {
    const scale = scaleOf(value.low);
    const highScale = scaleOf(value.high);
    const shown = (n: number, s: Scale) => Number(trim(n / s.at)) * s.at;
    // A scale word written once applies to both ends (docs/figures.md): where that would misread
    // the range, its ends are written out in full. "1.23–1.23 million" would be no range, and
    // "1–1.2 million" would read as one million to 1.2 million: "1,234,000–1,234,100", "1–1,200,000".
    const inFull =
      highScale &&
      (scale
        ? scale === highScale && shown(value.low, scale) === shown(value.high, scale)
        : Number(trim(value.low)) * highScale.at <= shown(value.high, highScale));
    if (inFull) {
      text = phrase('units.range', inPercent(`${sign}${grouped(value.low)}`), inPercent(`${sign}${grouped(value.high)}`));
    } else if (scale && scale === highScale) {
      // One scale word for both ends where they share it: "2–9 million", not "2 million–9 million".
      text = inPercent(phrase(scale.key, phrase('units.range', `${sign}${trim(value.low / scale.at)}`, trim(value.high / scale.at))));
    } else {
      text = phrase('units.range', inPercent(number(value.low, sign)), inPercent(number(value.high, sign)));
    }
  }
  if (!per || !sign) return text;
  const perKey = PER_FORMATS[per];
  return perKey ? phrase(perKey, text) : phrase('units.per.other', text, per);
}

/** A unit as a reading names it: "people", "percent", "USD". */
export function unitName(unit: string): Words {
  const key = UNIT_NAMES[unit];
  return key ? phrase(key) : unit;
}

/** "Oct 2024", "23 Dec 2024", "2023": the date without its certainty. */
export function formatCalendarDate(date: ApproxDate): Words {
  const [year, month, day] = date.date.split('-');
  if (!month) return year!;
  const monthName = phrase(MONTHS[Number(month) - 1]!);
  return day ? phrase('dates.dayMonthYear', String(Number(day)), monthName, year!) : phrase('dates.monthYear', monthName, year!);
}

/** "Oct 2024", "23 Dec 2024", "2023", "after Aug 2025". */
export function formatDate(date: ApproxDate): Words {
  const text = formatCalendarDate(date);
  return date.certainty === 'after' ? phrase('dates.after', text) : text;
}

/** Orders dates by their earliest possible day. */
export function dateKey(date: ApproxDate): string {
  return date.date.padEnd(10, '-00');
}
