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

function scaleOf(n: number): { at: number; word: string } | undefined {
  return SCALES.find(({ at }) => n >= at);
}

function number(n: number, scale = scaleOf(n)): string {
  if (scale) return `${trim(n / scale.at)} ${scale.word}`;
  return Number.isInteger(n) ? n.toLocaleString('en-US') : trim(n);
}

/** "12,000", "4 million", "$5.5 billion", "40%", "2,000–9,000", "$1.7–5.5 billion", "$2,000 per month". */
export function formatValue(value: Value, unit: string): string {
  const [currency, per] = unit.split(' per ');
  const sign = CURRENCY_SIGNS[currency ?? ''] ?? '';
  const percent = unit === 'percent' ? '%' : '';
  let text: string;
  if (typeof value === 'number') {
    text = `${sign}${number(value)}${percent}`;
  } else {
    const scale = scaleOf(value.low);
    // One scale word for both ends where they share it: "2–9 million", not "2 million–9 million".
    text =
      scale && scale === scaleOf(value.high)
        ? `${sign}${trim(value.low / scale.at)}–${trim(value.high / scale.at)} ${scale.word}${percent}`
        : `${sign}${number(value.low)}${percent}–${sign}${number(value.high)}${percent}`;
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
