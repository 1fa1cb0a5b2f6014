// Our work on the page's (or the background's) performance timeline, named "diplomark:*":
// the bench and the hostile-page tests read these entries to tell our main-thread time from
// the page's. A measure costs about a microsecond, so it stays on in every build.

export const TIMELINE_PREFIX = "diplomark:";

/** Entries kept per name: the background lives for days, its timeline must not grow with it. */
const KEEP = 500;
const counts = new Map<string, number>();

/** Records the span from `start` (a performance.now() reading) to now. */
export function record(name: string, start: number): void {
  try {
    const full = TIMELINE_PREFIX + name;
    const n = (counts.get(full) ?? 0) + 1;
    counts.set(full, n % KEEP);
    if (n === KEEP) performance.clearMeasures(full);
    performance.measure(full, { start, end: performance.now() });
  } catch {
    // A page may have replaced or frozen its performance object: timing is never worth a failure.
  }
}

/** Runs `fn` and records how long it held the thread. */
export function timed<T>(name: string, fn: () => T): T {
  const start = performance.now();
  try {
    return fn();
  } finally {
    record(name, start);
  }
}

/** The same for a function of one argument, kept a function (for dependency injection). */
export function timedFn<A extends unknown[], R>(name: string, fn: (...args: A) => R): (...args: A) => R {
  return (...args) => timed(name, () => fn(...args));
}
