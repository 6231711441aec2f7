/** @fileoverview Summary statistics of repeated measurements. */

/** Median, extremes and relative spread of some samples. */
export interface Summary {
  median: number;
  min: number;
  max: number;
  /** (max - min) / median: how noisy the runs were. */
  spread: number;
}

/** Summary of `xs` (at least one sample). */
export function summarize(xs: readonly number[]): Summary {
  if (xs.length === 0) throw new Error('no samples');
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  const median = s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
  return { median, min: s[0]!, max: s[s.length - 1]!, spread: median > 0 ? (s[s.length - 1]! - s[0]!) / median : 0 };
}

/** Geometric mean of positive numbers. */
export function geomean(xs: readonly number[]): number {
  return Math.exp(xs.reduce((n, x) => n + Math.log(x), 0) / xs.length);
}
