/** Latency percentiles of a list of durations in ms. */
export interface Percentiles {
  p50: number;
  p99: number;
  mean: number;
}

/** Nearest-rank percentiles. */
export function percentiles(samples: readonly number[]): Percentiles {
  const sorted = samples.toSorted((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
  return { p50: at(50), p99: at(99), mean: sorted.reduce((sum, value) => sum + value, 0) / sorted.length };
}

/** Runs `task` `count` times one after another and returns each duration in ms. */
export async function timeSequential(count: number, task: (index: number) => Promise<void>): Promise<number[]> {
  const samples: number[] = [];
  for (let index = 0; index < count; index++) {
    const start = performance.now();
    await task(index);
    samples.push(performance.now() - start);
  }
  return samples;
}

/** `1.234` → `'1.23'`. */
export const ms = (value: number): string => value.toFixed(2);
