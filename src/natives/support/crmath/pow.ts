/**
 * @fileoverview Correctly rounded pow(x, y) with every special case of java.lang.Math.pow.
 *
 * |x|^y = exp(y·log|x|): log|x| = lh + ll from logKernel (relative error < 2^-75), z = y·lh exactly
 * as a two-product plus y·ll, then expKernel on the double-double z. The error of z is
 * |z|·2^-75 in absolute terms, so the rounding test uses a bound that grows with |z|:
 * eps = 2^-76·(1 + |z|)·2 (exp adds < 2^-77). Cases the test cannot decide, subnormal results and
 * exact or midpoint results (y an integer, or y = n/2^j with a perfect power) go to the bigint
 * path, which computes exact cases exactly. Powers of two with an integral y·log2|x| and a few
 * exponents with an exactly rounded formula (y = 2: x·x, y = 0.5: sqrt, y = −1: 1/x) are answered
 * directly.
 */

import { fastTwoSumErr, twoProdErr } from './dd.js';
import { pow2, powExact } from './exact.js';
import { ddOut, expKernel, initExpLog, logKernel } from './exp-log.js';

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
const LO = 1 - HI;

/** 2^n for -1022 <= n <= 1023, from its bits. */
function twoTo(n: number): number {
  u32[HI] = (n + 1023) << 20;
  u32[LO] = 0;
  return f64[0];
}

/** Whether y (finite) is an odd integer. */
function isOddInteger(y: number): boolean {
  return Math.abs(y) < 9007199254740992 && Number.isInteger(y) && y % 2 !== 0;
}

/** log2|x| if |x| is a power of two (x finite, nonzero), else NaN. */
function log2OfPowerOfTwo(ax: number): number {
  f64[0] = ax;
  const hi = u32[HI];
  const lo = u32[LO];
  const biased = hi >>> 20;
  const frac = hi & 0xfffff;
  if (biased !== 0) return frac === 0 && lo === 0 ? biased - 1023 : NaN;
  // subnormal: exactly one bit set
  if (frac === 0) return (lo & (lo - 1)) === 0 ? 31 - Math.clz32(lo) - 1074 : NaN;
  return lo === 0 && (frac & (frac - 1)) === 0 ? 31 - Math.clz32(frac) + 32 - 1074 : NaN;
}

/** |x|^y for |x| = 2^e: exact when e·y is an integer (then 2^(e·y), rounded to 0 or ∞ outside the range). */
function powerOfTwo(e: number, y: number): number {
  const t = e * y;
  if (!Number.isInteger(t) || twoProdErr(e, y, t) !== 0) return NaN;
  if (t > 1023) return Infinity;
  if (t < -1074) return 0; // 2^-1075 is a tie between 0 and 2^-1074, which goes to 0 (even)
  return pow2(t);
}

/** ln(2^1024·(1 − 2^-54)) and ln(2^-1075) rounded outward: beyond them the result overflows or vanishes. */
const Z_MAX = 709.79;
const Z_MIN = -745.14;

/** Correctly rounded pow(x, y) with Java's special cases. */
export function crPow(x: number, y: number): number {
  if (y === 0) return 1;
  if (y !== y || x !== x) return NaN;
  if (y === 1) return x;
  const ax = Math.abs(x);
  if (y === Infinity || y === -Infinity) {
    if (ax === 1) return NaN;
    return ax > 1 === y > 0 ? Infinity : 0;
  }
  if (x === 0) {
    if (1 / x < 0 && isOddInteger(y)) return y > 0 ? -0 : -Infinity;
    return y > 0 ? 0 : Infinity;
  }
  if (ax === Infinity) {
    if (x < 0 && isOddInteger(y)) return y > 0 ? -Infinity : -0;
    return y > 0 ? Infinity : 0;
  }
  if (y === 2) return x * x;
  if (y === -1) return 1 / x;
  let negate = false;
  if (x < 0) {
    if (!Number.isInteger(y)) return NaN;
    negate = isOddInteger(y);
  } else if (y === 0.5) {
    return Math.sqrt(x);
  }
  const r = powAbs(ax, y);
  return negate ? -r : r;
}

/** ax^y for finite ax > 0 and finite y not 0 or 1. */
function powAbs(ax: number, y: number): number {
  if (ax === 1) return 1;
  const e = log2OfPowerOfTwo(ax);
  if (e === e) {
    const p = powerOfTwo(e, y);
    if (p === p) return p;
  }
  initExpLog();
  logKernel(ax);
  const lh = ddOut[0];
  const ll = ddOut[1];
  const zh = y * lh;
  if (!(zh <= Z_MAX)) return Infinity;
  if (!(zh >= Z_MIN)) return 0;
  const zl = twoProdErr(y, lh, zh) + y * ll;
  const z = zh + zl;
  const m = expKernel(z, fastTwoSumErr(zh, zl, z));
  const yh = ddOut[0];
  // eps = 2^-76·(1 + |z|)·2, as the factor 1 + eps·2^57 of the rounding test
  const factor = 1 + (1 + Math.abs(z)) * 2 ** -18;
  if (yh === yh + ddOut[1] * factor && m > -1022) {
    return m < 1024 ? yh * twoTo(m) : yh * twoTo(1023) * 2;
  }
  return powExact(ax, y);
}

