/** Small benchmark helpers: medians over repeated runs, measured the same way everywhere. */

/** One benchmark figure as written to BENCHMARKS.md. */
export interface BenchResult {
  name: string;
  /** Median wall time of one run, in milliseconds. */
  medianMs: number;
  runs: number;
  /** The target, in milliseconds, when the issue sets one. */
  targetMs?: number;
  /** A target stated as a ratio to a named reference measured in the same run. */
  targetRatio?: { reference: string; max: number };
  /** The reference this figure is compared with (default: the machine calibration). */
  reference?: { name: string; medianMs: number };
  /** Peak resident memory growth or other facts, free text. */
  notes?: string;
}

/** Median of a list of numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Run `fn` `warmup` times unmeasured, then `runs` times; resolve to the median in milliseconds. */
export async function measure(fn: () => unknown, options: { runs?: number; warmup?: number } = {}): Promise<{ medianMs: number; runs: number; all: number[] }> {
  const runs = options.runs ?? 7;
  for (let i = 0; i < (options.warmup ?? 1); i++) await fn();
  const all: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    all.push(performance.now() - start);
  }
  return { medianMs: median(all), runs, all };
}
