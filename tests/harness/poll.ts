/**
 * Waiting on a real browser: read something until it is what we wait for, or
 * fail after a while saying what we waited for and what we last saw.
 */
import { setTimeout as sleep } from 'node:timers/promises';

export interface PollOptions {
  /** What is awaited, for the error: "the card to open". */
  what: string;
  timeout?: number;
  interval?: number;
}

/**
 * Calls `read` until `until` accepts its value, and returns that value. A read
 * that throws is tried again: a page between two documents cannot be read.
 */
export async function poll<T>(
  read: () => Promise<T>,
  until: (value: T) => boolean,
  { what, timeout = 10_000, interval = 100 }: PollOptions,
): Promise<T> {
  const deadline = Date.now() + timeout;
  let last: { value: T } | { error: unknown } | null = null;
  for (;;) {
    try {
      const value = await read();
      if (until(value)) return value;
      last = { value };
    } catch (error) {
      last = { error };
    }
    if (Date.now() >= deadline) break;
    await sleep(interval);
  }
  const seen = !last ? 'nothing' : 'value' in last ? describe(last.value) : `an error: ${String(last.error)}`;
  throw new Error(`Timed out after ${timeout} ms waiting for ${what}; last saw ${seen}.`);
}

function describe(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
