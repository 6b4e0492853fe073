/** Summaries of repeated measurements: the median, the spread, and every value. */

export interface Summary {
  readonly median: number;
  readonly min: number;
  readonly max: number;
  /** The 95th percentile (nearest rank). */
  readonly p95: number;
  readonly values: readonly number[];
}

function rank(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

/** The median is the middle value, or the mean of the two middle values. */
export function summarize(values: readonly number[]): Summary {
  if (values.length === 0) throw new Error('Nothing to summarize.');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, min: sorted[0]!, max: sorted[sorted.length - 1]!, p95: rank(sorted, 0.95), values };
}

/** Summarizes one field of every run. */
export function field<T>(runs: readonly T[], pick: (run: T) => number): Summary {
  return summarize(runs.map(pick));
}
