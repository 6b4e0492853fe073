/**
 * Gives the main thread back to the page between slices of work, and tells a
 * slice when its time is up.
 */

/** Work for at most this long before yielding; tasks stay far below the 50 ms of a long task. */
export const SLICE_MS = 8;

interface Scheduler {
  yield(): Promise<void>;
}

export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<Scheduler> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** A clock for one slice: `expired()` turns true once `budget` ms have passed since `reset()`. */
export function sliceClock(budget = SLICE_MS): { reset(): void; expired(): boolean } {
  let started = performance.now();
  return {
    reset: () => {
      started = performance.now();
    },
    expired: () => performance.now() - started >= budget,
  };
}
