import { performance } from 'node:perf_hooks';

/** A sample of measurements, summarised: every figure in the report is a median with its spread from p10 to p90. */
export interface Summary {
  n: number;
  median: number;
  p10: number;
  p90: number;
  min: number;
  max: number;
}

/**
 * The q-quantile (0 ≤ q ≤ 1) of a sample, interpolating between the two nearest order statistics (as numpy and R's
 * default do): the median of an even sample is the mean of its middle two.
 */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) throw new Error('quantile of an empty sample');
  if (!(q >= 0 && q <= 1)) throw new Error(`quantile ${q} is not between 0 and 1`);
  const sorted = [...values].sort((a, b) => a - b);
  const at = q * (sorted.length - 1);
  const below = Math.floor(at);
  const above = Math.min(sorted.length - 1, below + 1);
  return sorted[below] + (sorted[above] - sorted[below]) * (at - below);
}

export const median = (values: readonly number[]): number => quantile(values, 0.5);

export function summarize(values: readonly number[]): Summary {
  if (values.length === 0) throw new Error('summary of an empty sample');
  return {
    n: values.length,
    median: median(values),
    p10: quantile(values, 0.1),
    p90: quantile(values, 0.9),
    min: Math.min(...values),
    max: Math.max(...values),
  };
}

export interface RunPlan {
  /** Runs first made and thrown away, so the JIT has compiled what is timed. */
  warmup: number;
  minRuns: number;
  maxRuns: number;
  /** Runs go on past `minRuns` until this much time has been spent timing (or `maxRuns` is reached). */
  budgetMs: number;
}

/**
 * Times `run` again and again by `plan`, in milliseconds. What is compared is timed in blocks, one after the other,
 * not run for run in turn: the garbage one leaves would be collected in the other's time.
 */
export function timeRuns(run: () => unknown, plan: RunPlan): number[] {
  for (let i = 0; i < plan.warmup; i++) run();
  const times: number[] = [];
  const until = performance.now() + plan.budgetMs;
  while (times.length < plan.minRuns || (times.length < plan.maxRuns && performance.now() < until)) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return times;
}
