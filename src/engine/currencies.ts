import type { Currency } from './quantity';

/** The sign a figure in each currency is printed with; each reads back as its currency (CURRENCY_PREFIXES). */
export const CURRENCY_SIGNS: Readonly<Record<Currency, string>> = {
  USD: '$',
  KRW: '₩',
  EUR: '€',
  GBP: '£',
  RUB: '₽',
  JPY: '¥',
  CNY: 'CN¥',
  UAH: '₴',
};

/** Signs and codes written before an amount ("US$576 million", "₩1 trillion", "USD 5m", "CN¥5 billion"). */
export const CURRENCY_PREFIXES: ReadonlyArray<{ text: string; currency: Currency }> = [
  { text: 'us$', currency: 'USD' },
  { text: 'usd', currency: 'USD' },
  { text: '$', currency: 'USD' },
  { text: '₩', currency: 'KRW' },
  { text: 'krw', currency: 'KRW' },
  { text: '€', currency: 'EUR' },
  { text: 'eur', currency: 'EUR' },
  { text: '£', currency: 'GBP' },
  { text: 'gbp', currency: 'GBP' },
  { text: '₽', currency: 'RUB' },
  { text: 'rub', currency: 'RUB' },
  { text: '¥', currency: 'JPY' },
  { text: '₴', currency: 'UAH' },
  { text: 'cn¥', currency: 'CNY' },
];

/** Currency words written after an amount ("5 million dollars", "2.5 billion US dollars", "1 trillion won"). */
export const CURRENCY_SUFFIXES: ReadonlyArray<{ text: string; currency: Currency }> = [
  { text: 'us dollars', currency: 'USD' },
  { text: 'u.s. dollars', currency: 'USD' },
  { text: 'american dollars', currency: 'USD' },
  { text: 'dollars', currency: 'USD' },
  { text: 'dollar', currency: 'USD' },
  { text: 'south korean won', currency: 'KRW' },
  { text: 'won', currency: 'KRW' },
  // Codes after the amount, as news agencies of the region write them: "5.6 and 9.8 billion USD".
  ...(['USD', 'KRW', 'EUR', 'GBP', 'RUB', 'UAH', 'CNY'] as const).map((currency) => ({ text: currency.toLowerCase(), currency })),
  { text: 'euros', currency: 'EUR' },
  { text: 'pounds sterling', currency: 'GBP' },
  { text: 'roubles', currency: 'RUB' },
  { text: 'rubles', currency: 'RUB' },
  { text: 'yuan', currency: 'CNY' },
  { text: 'hryvnias', currency: 'UAH' },
];
