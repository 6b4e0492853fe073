/** Numbers and dates as a reader expects them on a card or in the checker's table. */
import type { ApproxDate, Value } from '../corpus/schema';

const CURRENCY_SIGNS: Readonly<Record<string, string>> = { USD: '$', KRW: '₩', EUR: '€', GBP: '£', RUB: '₽', JPY: '¥', UAH: '₴' };
const SCALES = [
  { at: 1e12, word: 'trillion' },
  { at: 1e9, word: 'billion' },
  { at: 1e6, word: 'million' },
] as const;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function trim(n: number): string {
  return Number(n.toFixed(2)).toString();
}

function number(n: number): string {
  for (const { at, word } of SCALES) if (n >= at) return `${trim(n / at)} ${word}`;
  return Number.isInteger(n) ? n.toLocaleString('en-US') : trim(n);
}

/** "12,000", "4 million", "$5.5 billion", "40%", "2,000–9,000", "$2,000 per month". */
export function formatValue(value: Value, unit: string): string {
  const [currency, per] = unit.split(' per ');
  const sign = CURRENCY_SIGNS[currency ?? ''] ?? '';
  const percent = unit === 'percent' ? '%' : '';
  const one = (n: number) => `${sign}${number(n)}${percent}`;
  let text: string;
  if (typeof value === 'number') {
    text = one(value);
  } else {
    const low = one(value.low);
    const high = one(value.high);
    const lowWords = low.split(' ');
    const highWords = high.split(' ');
    // "2–9 million", not "2 million–9 million".
    text =
      lowWords.length === 2 && highWords.length === 2 && lowWords[1] === highWords[1]
        ? `${lowWords[0]}–${high}`
        : `${low}–${high}`;
  }
  return per && sign ? `${text} per ${per}` : text;
}

/** "Oct 2024", "23 Dec 2024", "2023", "after Aug 2025". */
export function formatDate(date: ApproxDate): string {
  const [year, month, day] = date.date.split('-');
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  const text = [day ? String(Number(day)) : null, monthName, year].filter(Boolean).join(' ');
  return date.certainty === 'after' ? `after ${text}` : text;
}

/** Orders dates by their earliest possible day. */
export function dateKey(date: ApproxDate): string {
  return date.date.padEnd(10, '-00');
}
