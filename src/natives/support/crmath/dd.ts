/**
 * @fileoverview Double-double building blocks for the correctly rounded functions. JavaScript has
 * no fused multiply-add, so products are split (Veltkamp/Dekker). To avoid allocating, every
 * helper returns only the rounding error of an operation whose rounded result the caller has
 * already computed: `s = a + b; e = twoSumErr(a, b, s)` gives a + b = s + e exactly.
 *
 * Also: `toDD` (a bigint fixed-point value to a hi/lo pair, for tables built at first use) and
 * the rounding test every fast path ends with.
 */

import { decompose, roundScaled } from './exact.js';

/** 2^27 + 1, Veltkamp's splitting constant for doubles. */
const SPLIT = 134217729;

/** The exact error of p = fl(a·b) (|a|, |b| < 2^996 and no underflow in the partial products). */
export function twoProdErr(a: number, b: number, p: number): number {
  let t = SPLIT * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLIT * b;
  const bh = t - (t - b);
  const bl = b - bh;
  return ah * bh - p + ah * bl + al * bh + al * bl;
}

/** The exact error of s = fl(a + b), any a and b (Knuth's TwoSum). */
export function twoSumErr(a: number, b: number, s: number): number {
  const bb = s - a;
  return a - (s - bb) + (b - bb);
}

/** The exact error of s = fl(a + b) when |a| >= |b| (or a = 0) (Dekker's FastTwoSum). */
export function fastTwoSumErr(a: number, b: number, s: number): number {
  return b - (s - a);
}

/** The value a·2^s (a bigint) as hi + lo: hi the nearest double, lo the nearest double to the rest. */
export function toDD(a: bigint, s: number): [number, number] {
  const hi = roundScaled(a, s);
  if (hi === 0) return [0, 0];
  const { m, e } = decompose(hi);
  const hiBig = hi < 0 ? -m : m;
  // a·2^s − hiBig·2^e at the common scale min(s, e)
  const base = Math.min(s, e);
  const rest = (a << BigInt(s - base)) - (hiBig << BigInt(e - base));
  return [hi, roundScaled(rest, base)];
}

/**
 * `1 + eps·2^57` for a relative error bound `eps` of hi + lo: with it, `hi === hi + lo * factor`
 * proves that hi is the correctly rounded value of every real within eps·|hi| of hi + lo
 * (hi = fl(hi + lo), round to nearest, hi normal). Derivation: let h be half the gap from hi to
 * its neighbour on lo's side (h >= |hi|·2^-55). The test passing means |lo|·(1 + eps·2^57) < h
 * (up to one rounding of lo·factor, relative 2^-53, which the spare factor 2 covers). If
 * |lo| >= h/2, then eps·|hi| <= eps·2^55·h < eps·2^56·|lo|, so |lo| + eps·|hi| < h; if |lo| < h/2,
 * |lo| + eps·|hi| < h/2 + eps·2^55·h < h. On the other side eps·|hi| < h trivially.
 */
export function roundingTestFactor(log2Eps: number): number {
  return 1 + 2 ** (log2Eps + 57);
}
