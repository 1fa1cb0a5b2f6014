// Median timing for functions that take microseconds to milliseconds. Each sample runs a
// function often enough to dwarf the clock's resolution; the functions compared are sampled in
// turn, round after round, so that a busy machine slows them all alike; the median then
// ignores GC pauses and the rounds another process happened to take the CPU from.

export interface TimingOptions {
  /** Time spent running each function before measuring (JIT warm-up). */
  warmupMs?: number;
  /** Minimum duration of one sample. */
  sampleMs?: number;
  /** Rounds of samples (the median is reported). */
  rounds?: number;
}

// Results go here so that the engine cannot drop a call whose value is unused.
let sink: unknown;
export function consumed(): unknown {
  return sink;
}

function warmUp(fn: () => unknown, ms: number): void {
  const end = performance.now() + ms;
  let calls = 0;
  do {
    sink = fn();
    calls++;
  } while (performance.now() < end || calls < 3);
}

/** Calls per sample so that one sample lasts at least `sampleMs`. */
function batchSize(fn: () => unknown, sampleMs: number): number {
  let batch = 1;
  for (;;) {
    const t0 = performance.now();
    for (let i = 0; i < batch; i++) sink = fn();
    if (performance.now() - t0 >= sampleMs || batch >= 1 << 20) return batch;
    batch *= 2;
  }
}

/** Median milliseconds per call of each function. */
export function compare<K extends string>(
  fns: Record<K, () => unknown>,
  opts: TimingOptions = {},
): Record<K, number> {
  const { warmupMs = 300, sampleMs = 20, rounds = 21 } = opts;
  const names = Object.keys(fns) as K[];
  const batch = new Map<K, number>();
  const perCall = new Map<K, number[]>();
  for (const k of names) {
    warmUp(fns[k], warmupMs);
    batch.set(k, batchSize(fns[k], sampleMs));
    perCall.set(k, []);
  }
  for (let r = 0; r < rounds; r++) {
    for (const k of names) {
      const fn = fns[k];
      const n = batch.get(k)!;
      const t0 = performance.now();
      for (let i = 0; i < n; i++) sink = fn();
      perCall.get(k)!.push((performance.now() - t0) / n);
    }
  }
  const out = {} as Record<K, number>;
  for (const k of names) {
    const xs = perCall.get(k)!.sort((a, b) => a - b);
    out[k] = xs[xs.length >> 1]!;
  }
  return out;
}

export function formatMs(ms: number): string {
  if (ms < 0) return `−${formatMs(-ms)}`;
  if (ms >= 100) return `${ms.toFixed(0)} ms`;
  if (ms >= 1) return `${ms.toFixed(2)} ms`;
  return `${(ms * 1000).toFixed(1)} µs`;
}

export function formatBytes(n: number): string {
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
