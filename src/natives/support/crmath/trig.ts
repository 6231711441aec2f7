/**
 * @fileoverview Correctly rounded sin, cos and tan.
 *
 * Reduction x = kπ/2 + r, r = rh + rl, |r| <= π/4 (a hair more): for |x| < 2^19 Cody–Waite with
 * π/2 = P1 + P2 + P3 + P4 (P1..P3 of 33 bits, so k·Pi is exact for k < 2^20; about 150 bits in
 * all), for |x| < 2^32 the same with π/2 in eight parts (seven of 21 bits, about 200 bits in
 * all, the differences accumulated with TwoSum), both kept only when |r| >= 2^-40 (the absolute
 * error, < 2^-125, is then negligible relative to r); otherwise, and for all larger |x|,
 * Payne–Hanek with a bigint of 2/π: only the bits of 2/π
 * that can affect x·2/π modulo 4 are multiplied by x's 53-bit significand, which leaves 192
 * fraction bits of the reduced argument (the closest a double comes to a multiple of π/2 is
 * about 2^-61, so r keeps more than 120 significant bits).
 *
 * Kernel: a = j/128 nearest to |r|, t = |r| − a (|t| <= 2^-8), sin a and cos a from a
 * double-double table; sin(a + t) = sin a + sin a·(cos t − 1) + cos a·sin t and cos(a + t) =
 * cos a + cos a·(cos t − 1) − sin a·sin t, with sin t = t − t³/6 + t⁵/120 − t⁷/5040 (t³/6 in
 * double-double) and cos t − 1 = −t²/2 + t⁴/24 − t⁶/720 + t⁸/40320 (t²/2 exact); the products with
 * the table values are exact two-products. tan = sin/cos (or −cos/sin) in double-double.
 */

import { fastTwoSumErr, roundingTestFactor, toDD, twoProdErr, twoSumErr } from './dd.js';
import { cosExact, decompose, piFixed, sinCosFixed, sinExact, tanExact } from './exact.js';

/** Reduced argument [rh, rl] written by reduce(). */
const red = new Float64Array(2);
/** Kernel output: [sin hi, sin lo, cos hi, cos lo] of the reduced argument. */
const ker = new Float64Array(4);

let TWO_OVER_PI = 0;
let P1 = 0;
let P2 = 0;
let P3 = 0;
let P4 = 0;
/** π/2 in eight parts for the middle range (see initTrig). */
const MID = new Float64Array(8);
let PIO2_H = 0;
let PIO2_L = 0;
/** sin(j/128), cos(j/128) for j = 0..102 as [sh, sl, ch, cl] quadruples. */
let TABLE: Float64Array = new Float64Array(0);
/** floor(2/π · 2^PH_BITS) */
let TWO_OVER_PI_BIG = 0n;
const PH_BITS = 1400;
/** Fraction bits kept by the Payne–Hanek reduction. */
const PH_FRAC = 192;
const PH_FRAC_BIG = BigInt(PH_FRAC);
const PH_SCALE = 2 ** -PH_FRAC;

let ready = false;

/** Builds the constants and the table (a few ms, once). */
export function initTrig(): void {
  if (ready) return;
  const F = 240;
  const pi = piFixed(F);
  const halfPi = pi >> 1n; // π/2 at scale F
  TWO_OVER_PI = toDD((1n << BigInt(2 * F)) / halfPi, -F)[0];
  [PIO2_H, PIO2_L] = toDD(halfPi, -F);
  // π/2 in chunks of 33 bits at fixed positions (2^0 .. 2^-32, 2^-33 .. 2^-65, 2^-66 .. 2^-98), then the rest
  const mask33 = (1n << 33n) - 1n;
  P1 = Number(halfPi >> BigInt(F - 32)) * 2 ** -32;
  P2 = Number((halfPi >> BigInt(F - 65)) & mask33) * 2 ** -65;
  P3 = Number((halfPi >> BigInt(F - 98)) & mask33) * 2 ** -98;
  P4 = toDD(halfPi & ((1n << BigInt(F - 98)) - 1n), -F)[0];
  // for 2^19 <= |x| < 2^32: seven chunks of 21 bits (k·chunk exact for k < 2^32), then the rest
  const mask21 = (1n << 21n) - 1n;
  for (let i = 0; i < 7; i++) {
    const low = 21 * i + 20; // exponent of the chunk's lowest bit is -low
    MID[i] = Number((halfPi >> BigInt(F - low)) & (i === 0 ? (1n << 22n) - 1n : mask21)) * 2 ** -low;
  }
  MID[7] = toDD(halfPi & ((1n << BigInt(F - 146)) - 1n), -F)[0];
  TABLE = new Float64Array(4 * 103);
  for (let j = 0; j <= 102; j++) {
    const { sin, cos } = sinCosFixed(j / 128, F);
    const [sh, sl] = toDD(sin, -F);
    const [ch, cl] = toDD(cos, -F);
    TABLE.set([sh, sl, ch, cl], 4 * j);
  }
  const g = PH_BITS + 64;
  TWO_OVER_PI_BIG = (1n << BigInt(PH_BITS + g)) / (piFixed(g) >> 1n);
  ready = true;
}

/** Payne–Hanek reduction of a finite ax > 0; writes red, returns k mod 4. */
function reduceBig(ax: number): number {
  const { m, e } = decompose(ax);
  // x·2/π = m·2^e·Σ b_i 2^-i; bits i <= e − 2 only add multiples of 4
  const first = Math.max(1, e - 1);
  const last = e + 53 + PH_FRAC + 8;
  const window = (TWO_OVER_PI_BIG >> BigInt(PH_BITS - last)) & ((1n << BigInt(last - first + 1)) - 1n);
  // (m·window)·2^(e − last) is x·2/π mod 4 minus < 2^-(PH_FRAC+8); keep PH_FRAC fraction bits
  const v = BigInt.asUintN(PH_FRAC + 2, (m * window) >> 61n);
  let k = Number(v >> PH_FRAC_BIG);
  let f = v & ((1n << PH_FRAC_BIG) - 1n);
  if (f >= 1n << (PH_FRAC_BIG - 1n)) {
    f -= 1n << PH_FRAC_BIG;
    k++;
  }
  const fh = Number(f);
  const fl = Number(f - BigInt(fh));
  const ah = fh * PH_SCALE;
  const al = fl * PH_SCALE;
  const rh = ah * PIO2_H;
  const rl = twoProdErr(ah, PIO2_H, rh) + ah * PIO2_L + al * PIO2_H;
  const h = rh + rl;
  red[0] = h;
  red[1] = fastTwoSumErr(rh, rl, h);
  return k & 3;
}

/** Reduction of a finite ax >= 0 to r = ax − kπ/2; writes red, returns k mod 4 (0, r = ax, up to π/4). */
function reduce(ax: number): number {
  if (ax <= PI_4) {
    red[0] = ax;
    red[1] = 0;
    return 0;
  }
  if (ax < 524288) {
    const kd = Math.round(ax * TWO_OVER_PI);
    const a = ax - kd * P1;
    const b = kd * P2;
    const s1 = a - b;
    const e1 = twoSumErr(a, -b, s1);
    const c = kd * P3;
    const s2 = s1 - c;
    const e2 = twoSumErr(s1, -c, s2);
    const lo = e1 + e2 - kd * P4;
    const rh = s2 + lo;
    if (Math.abs(rh) >= 9.094947017729282e-13) {
      red[0] = rh;
      red[1] = fastTwoSumErr(s2, lo, rh);
      return kd & 3;
    }
  } else if (ax < 4294967296) {
    const kd = Math.round(ax * TWO_OVER_PI);
    let s = ax;
    let lo = 0;
    for (let i = 0; i < 8; i++) {
      const p = kd * MID[i]; // exact but for the last part
      const t = s - p;
      lo += twoSumErr(s, -p, t);
      s = t;
    }
    const rh = s + lo;
    if (Math.abs(rh) >= 9.094947017729282e-13) {
      red[0] = rh;
      red[1] = fastTwoSumErr(s, lo, rh);
      return kd & 3; // ToInt32 keeps the low bits of kd < 2^32
    }
  }
  return reduceBig(ax);
}

/** sin and/or cos (which: 1 sin, 2 cos, 3 both) of r = rh + rl, |r| <= 0.8, into ker. */
function kernel(rh0: number, rl0: number, which: number): void {
  let rh = rh0;
  let rl = rl0;
  const neg = rh < 0;
  if (neg) {
    rh = -rh;
    rl = -rl;
  }
  const j = (rh * 128 + 0.5) | 0;
  const th = rh - j * 0.0078125; // exact
  const tl = rl;
  const s = th * th;
  const se = twoProdErr(th, th, s) + 2 * th * tl; // t² ≈ s + se
  const cube = th * s;
  const ce = twoProdErr(th, s, cube) + th * se + tl * s; // t³ ≈ cube + ce
  const d = cube / 6; // t³/6 = d + de; cube − 6d is exact ((cube − 4d) − 2d, both Sterbenz)
  const de = (cube - 4 * d - 2 * d + ce) * (1 / 6);
  const t4 = s * s;
  // sin t = sth + stl
  const sth = th - d;
  const stl = fastTwoSumErr(th, -d, sth) + tl - de + th * t4 * (1 / 120 - s * (1 / 5040));
  // cos t − 1 = cmh + cml
  const cmh = -0.5 * s;
  const cml = -0.5 * se + t4 * (1 / 24 - s * (1 / 720) + t4 * (1 / 40320));
  if (j === 0) {
    if (which & 1) {
      const h = sth + stl;
      const l = fastTwoSumErr(sth, stl, h);
      ker[0] = neg ? -h : h;
      ker[1] = neg ? -l : l;
    }
    if (which & 2) {
      const h = 1 + cmh;
      const l = fastTwoSumErr(1, cmh, h) + cml;
      const h2 = h + l;
      ker[2] = h2;
      ker[3] = fastTwoSumErr(h, l, h2);
    }
    return;
  }
  const o = 4 * j;
  const sh = TABLE[o];
  const sl = TABLE[o + 1];
  const ch = TABLE[o + 2];
  const cl = TABLE[o + 3];
  if (which & 1) {
    // sin a + cos a·sin t + sin a·(cos t − 1)
    const a = ch * sth;
    const ae = twoProdErr(ch, sth, a);
    const b = sh * cmh;
    const be = twoProdErr(sh, cmh, b);
    const y1 = sh + a;
    const y1e = twoSumErr(sh, a, y1);
    const y2 = y1 + b;
    const lo = y1e + fastTwoSumErr(y1, b, y2) + ae + be + ch * stl + cl * sth + sh * cml + sl * cmh + sl;
    const h = y2 + lo;
    const l = fastTwoSumErr(y2, lo, h);
    ker[0] = neg ? -h : h;
    ker[1] = neg ? -l : l;
  }
  if (which & 2) {
    // cos a − sin a·sin t + cos a·(cos t − 1)
    const a = sh * sth;
    const ae = twoProdErr(sh, sth, a);
    const b = ch * cmh;
    const be = twoProdErr(ch, cmh, b);
    const y1 = ch - a;
    const y1e = fastTwoSumErr(ch, -a, y1);
    const y2 = y1 + b;
    const lo = y1e + fastTwoSumErr(y1, b, y2) - ae + be - sh * stl - sl * sth + ch * cml + cl * cmh + cl;
    const h = y2 + lo;
    ker[2] = h;
    ker[3] = fastTwoSumErr(y2, lo, h);
  }
}

const TRIG_FACTOR = roundingTestFactor(-75);
const TAN_FACTOR = roundingTestFactor(-74);
const PI_4 = 0.7853981633974483;
/** 2^-27: below it sin x and tan x round to x and cos x to 1. */
const TINY = 7.450580596923828e-9;

/** Output of sinDD, cosDD and tanDD: [hi, lo]. */
export const trigOut = new Float64Array(2);

/** sin(x) as a double-double in trigOut, for finite |x| >= 2^-27 (relative error < 2^-77). */
export function sinDD(x: number): void {
  const ax = Math.abs(x);
  const k = reduce(ax);
  const c = k & 1;
  kernel(red[0], red[1], c ? 2 : 1);
  const yh = ker[2 * c];
  const yl = ker[2 * c + 1];
  const flip = (k & 2) !== 0 !== x < 0;
  trigOut[0] = flip ? -yh : yh;
  trigOut[1] = flip ? -yl : yl;
}

/** cos(x) as a double-double in trigOut, for finite |x| >= 2^-27 (relative error < 2^-77). */
export function cosDD(x: number): void {
  const ax = Math.abs(x);
  const k = reduce(ax);
  // cos(kπ/2 + r): k=0 cos r, 1 −sin r, 2 −cos r, 3 sin r
  const s = k & 1;
  kernel(red[0], red[1], s ? 1 : 2);
  const yh = ker[2 - 2 * s];
  const yl = ker[3 - 2 * s];
  const flip = ((k + 1) & 2) !== 0;
  trigOut[0] = flip ? -yh : yh;
  trigOut[1] = flip ? -yl : yl;
}

/** tan(x) as a double-double in trigOut, for finite |x| >= 2^-27 (relative error < 2^-76). */
export function tanDD(x: number): void {
  const ax = Math.abs(x);
  const k = reduce(ax);
  kernel(red[0], red[1], 3);
  // tan(kπ/2 + r) = tan r (k even) or −cos r / sin r (k odd)
  const odd = k & 1;
  const nh = odd ? -ker[2] : ker[0];
  const nl = odd ? -ker[3] : ker[1];
  const dh = odd ? ker[0] : ker[2];
  const dl = odd ? ker[1] : ker[3];
  const q = nh / dh;
  const p = q * dh;
  const pe = twoProdErr(q, dh, p);
  const q2 = (nh - p - pe + nl - q * dl) / dh;
  const yh = q + q2;
  const yl = fastTwoSumErr(q, q2, yh);
  trigOut[0] = x < 0 ? -yh : yh;
  trigOut[1] = x < 0 ? -yl : yl;
}

/** Correctly rounded sin(x), Java's special cases included. */
export function crSin(x: number): number {
  const ax = Math.abs(x);
  if (!(ax < Infinity)) return NaN;
  if (ax < TINY) return x;
  if (!ready) initTrig();
  sinDD(x);
  const yh = trigOut[0];
  if (yh === yh + trigOut[1] * TRIG_FACTOR) return yh;
  return sinExact(x);
}

/** Correctly rounded cos(x), Java's special cases included. */
export function crCos(x: number): number {
  const ax = Math.abs(x);
  if (!(ax < Infinity)) return NaN;
  if (ax < TINY) return 1;
  if (!ready) initTrig();
  cosDD(x);
  const yh = trigOut[0];
  if (yh === yh + trigOut[1] * TRIG_FACTOR) return yh;
  return cosExact(x);
}

/** Correctly rounded tan(x), Java's special cases included. */
export function crTan(x: number): number {
  const ax = Math.abs(x);
  if (!(ax < Infinity)) return NaN;
  if (ax < TINY) return x;
  if (!ready) initTrig();
  tanDD(x);
  const yh = trigOut[0];
  if (yh === yh + trigOut[1] * TAN_FACTOR) return yh;
  return tanExact(x);
}
