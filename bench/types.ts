/** One line of the benchmark table: `npm run bench` prints these, the README quotes them. */
export interface BenchRow {
  /** What was measured, e.g. "fallback answer latency p99". */
  readonly name: string;
  /** The measured value with its unit, e.g. "0.21 ms". */
  readonly value: string;
  /** The target, if there is one, e.g. "< 1 ms". */
  readonly target?: string;
  /** Extra detail: sample size, conditions. */
  readonly note?: string;
}

/** A group of measurements; each file in bench/ exports one. */
export interface BenchSection {
  readonly title: string;
  run(): Promise<BenchRow[]>;
}

/** p-th percentile (0-100) of a list of numbers, nearest-rank. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] as number;
}

export function formatMs(ms: number): string {
  return ms < 1 ? `${ms.toFixed(3)} ms` : `${ms.toFixed(1)} ms`;
}

export function formatMiB(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
