/**
 * @fileoverview java.lang.Math.fma(double, double, double) and fma(float, float, float): a·b + c
 * computed exactly and rounded once (IEEE 754 fusedMultiplyAdd, round to nearest even), with
 * Java's rules for NaN, infinities and signed zeros.
 *
 * double: when no intermediate can overflow or underflow (2^-900 < |a·b| < 2^1000, |c| < 2^1000,
 * |a|, |b| < 2^995) the exact a·b + c is the sum of three doubles (Dekker's two-product gives
 * a·b = ph + pl exactly), rounded once by Boldo and Melquiond's method: (th, tl) = TwoSum(c, ph),
 * v = tl + pl rounded to odd, result = th + v rounded to nearest. Everything else goes through
 * exact bigint arithmetic and `roundScaled` (subnormal and overflowing results included).
 *
 * float: a·b is exact in a double (24 + 24 bits, no overflow or underflow possible); a·b + c is
 * summed with TwoSum and rounded to odd in double precision, then rounded to float once
 * (Math.fround): rounding to odd at 53 >= 24 + 2 bits first is what makes the second rounding
 * innocuous (double rounding through round-to-nearest would not be).
 */

import { decompose, roundScaled } from './crmath/exact.js';
import { twoProdErr, twoSumErr } from './crmath/dd.js';

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
const LO = 1 - HI;

/**
 * s rounded to odd, given that the exact value is s + err with s = fl(s + err) (round to
 * nearest): if err != 0 and s's last significand bit is 0, the neighbour of s on err's side
 * (whose last bit is 1). s must be finite and nonzero when err != 0.
 */
function roundToOdd(s: number, err: number): number {
  if (err === 0) return s;
  f64[0] = s;
  const lo = u32[LO];
  if ((lo & 1) !== 0) return s;
  // an even low word: +1 never carries, −1 borrows only from 0
  if (err > 0 === s > 0) {
    u32[LO] = lo + 1;
  } else if (lo === 0) {
    u32[LO] = 0xffffffff;
    u32[HI] = u32[HI] - 1;
  } else {
    u32[LO] = lo - 1;
  }
  return f64[0];
}

/** Math.fma(double a, double b, double c). */
export function fmaDouble(a: number, b: number, c: number): number {
  if (!(Math.abs(a) < Infinity && Math.abs(b) < Infinity)) return a * b + c; // NaN/∞ rules of IEEE
  if (!(Math.abs(c) < Infinity)) return c; // a·b is finite (even where a*b would overflow)
  if (a === 0 || b === 0) return a * b + c; // ±0 + c: exact, IEEE zero-sign rules
  if (c === 0) return a * b; // one rounding of the exact product (its sign also for underflow)
  const ph = a * b;
  const ap = Math.abs(ph);
  if (ap > 1.2e-271 && ap < 1e301 && Math.abs(c) < 1e301 && Math.abs(a) < 1e299 && Math.abs(b) < 1e299) {
    const pl = twoProdErr(a, b, ph);
    const th = c + ph;
    const tl = twoSumErr(c, ph, th);
    const v = tl + pl;
    return th + roundToOdd(v, twoSumErr(tl, pl, v));
  }
  return fmaExact(a, b, c);
}

/** a·b + c for finite nonzero a, b, c, exactly in bigint and rounded once. */
export function fmaExact(a: number, b: number, c: number): number {
  const da = decompose(a);
  const db = decompose(b);
  const dc = decompose(c);
  let p = da.m * db.m;
  if (a < 0 !== b < 0) p = -p;
  const pe = da.e + db.e;
  const cm = c < 0 ? -dc.m : dc.m;
  const e0 = Math.min(pe, dc.e);
  const sum = (p << BigInt(pe - e0)) + (cm << BigInt(dc.e - e0));
  return roundScaled(sum, e0); // an exact zero sum gives +0, as IEEE requires
}

/** Math.fma(float a, float b, float c); arguments and result are floats held in numbers. */
export function fmaFloat(a: number, b: number, c: number): number {
  const p = a * b; // exact for finite floats
  const s = p + c;
  if (!(Math.abs(s) < Infinity) || p === 0) return Math.fround(s); // NaN/∞ and ±0 + c as IEEE
  return Math.fround(roundToOdd(s, twoSumErr(p, c, s)));
}
