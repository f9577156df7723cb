/** Small, exact statistics over latency samples (milliseconds). */

/** Nearest-rank percentile: the smallest sample with at least p% of the samples at or below it. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) {
    return Number.NaN;
  }
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1] ?? Number.NaN;
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

export interface LatencySummary {
  p50: number;
  p99: number;
  /** Completed calls per second of wall time. */
  perSecond: number;
  count: number;
}

export function summarize(latencies: readonly number[], wallMs: number): LatencySummary {
  return {
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    perSecond: wallMs > 0 ? (latencies.length * 1000) / wallMs : Number.NaN,
    count: latencies.length,
  };
}

/** The median of each field over rounds. */
export function medianSummary(rounds: readonly LatencySummary[]): LatencySummary {
  return {
    p50: median(rounds.map((r) => r.p50)),
    p99: median(rounds.map((r) => r.p99)),
    perSecond: median(rounds.map((r) => r.perSecond)),
    count: rounds.reduce((sum, r) => sum + r.count, 0),
  };
}

/** Median over rounds of the per-round ratio a/b: both sides of each ratio come from the same round. */
export function medianRatio(a: readonly number[], b: readonly number[]): number {
  const ratios = a.map((value, index) => value / (b[index] ?? Number.NaN)).filter((r) => Number.isFinite(r));
  return ratios.length === 0 ? Number.NaN : median(ratios);
}

/** Runs `fn` and returns how long it took in milliseconds. */
export async function timed(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}
