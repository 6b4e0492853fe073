/** How the report writes its numbers. */

/** Milliseconds with as many decimals as their size needs: "1,234 ms", "56.7 ms", "0.89 ms", "0.012 ms". */
export function ms(x: number | null | undefined): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '–';
  if (x === 0) return '0 ms';
  const abs = Math.abs(x);
  const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : abs >= 0.1 ? 2 : 3;
  return `${x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })} ms`;
}

/** A difference with its sign: "+39.0 ms", "−135 ms". */
export function signedMs(x: number): string {
  return Number.isFinite(x) ? `${x < 0 ? '−' : '+'}${ms(Math.abs(x))}` : '–';
}

/** A fraction as a percent: "1.23%". */
export function pct(x: number): string {
  return Number.isFinite(x) ? `${(100 * x).toFixed(2)}%` : '–';
}

/** "2.3×", or a dash where there is nothing to divide by. */
export function ratio(value: number, baseline: number): string {
  if (!Number.isFinite(value) || !Number.isFinite(baseline) || baseline <= 0) return '–';
  const r = value / baseline;
  return `${r >= 10 ? r.toFixed(0) : r.toFixed(2)}×`;
}

/** Bytes in kilobytes of 1,000 bytes: "58.9 KB". */
export function kb(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} KB`;
}
