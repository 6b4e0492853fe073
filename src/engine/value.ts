/**
 * The values figures and estimates carry, and the dates estimates are made at:
 * the engine reads them from text, the corpus records them, the comparison
 * sets one beside the other.
 */

/** A point, or a range (also a vague amount read as one: "tens of thousands"). */
export type Value = number | { readonly low: number; readonly high: number };

/** A date known only so precisely. `date` is ISO 8601 cut to its precision: 2024, 2024-10, 2024-10-23. */
export interface ApproxDate {
  readonly date: string;
  readonly precision: 'year' | 'month' | 'day';
  /** 'stated': the text gives it; 'about': inferred, close; 'after': no earlier than `date`. */
  readonly certainty: 'stated' | 'about' | 'after';
  /** How the date is known, in a sentence. */
  readonly basis: string;
}

export function valueBounds(value: Value): { low: number; high: number } {
  return typeof value === 'number' ? { low: value, high: value } : value;
}

/**
 * Whether two values are the same: both points or both ranges, their ends equal
 * within `tolerance` (a share of the larger end). The corpus check asks for the
 * very value (0); the comparison allows for rounding.
 */
export function sameValue(a: Value, b: Value, tolerance = 0): boolean {
  const x = valueBounds(a);
  const y = valueBounds(b);
  const near = (p: number, q: number) => Math.abs(p - q) <= tolerance * Math.max(Math.abs(p), Math.abs(q));
  return typeof a === typeof b && near(x.low, y.low) && near(x.high, y.high);
}
