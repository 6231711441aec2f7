/**
 * @fileoverview Correctly rounded exp, log and log10 (and the double-double kernels pow uses).
 *
 * exp: x = (256 m + j)·ln2/256 + r with |r| <= ln2/512 (Cody–Waite with ln2/256 in three parts,
 * the first two of 34 bits so that k times them is exact); exp(x) = 2^m · 2^(j/256) · exp(r), with
 * 2^(j/256) from a double-double table and exp(r) − 1 = r + r²/2 + r³(1/6 + … + r⁴/5040), the
 * first two terms exact in double-double, the rest in double.
 *
 * log: x = 2^e · m, m in [sqrt(1/2), sqrt(2)) roughly; c ≈ 1/m from a 256-entry table (c has at
 * most 10 significant bits, and c = 1 for the two intervals next to 1, so that log(x) for x near 1
 * keeps its relative accuracy); r = m·c − 1 is then an exact double (|r| < 2^-8 and the bits of
 * m·c above 2^-61 cancel), computed from two exact partial products. log(x) = e·ln2 − log c +
 * log1p(r), log1p(r) = r − r²/2 + r³/3 − r⁴(1/4 − … ), with r²/2 and r³/3 in double-double.
 *
 * Each function ends with the rounding test of dd.ts; measured errors (see
 * test/natives/support/correctly-rounded.test.ts) are well inside the bounds the tests assume, and
 * inputs whose result is too close to a rounding boundary go to the exact bigint path (./exact.ts).
 */

import { fastTwoSumErr, roundingTestFactor, toDD, twoProdErr, twoSumErr } from './dd.js';
import { expExact, expFixed, ln10Fixed, ln2Fixed, log10Exact, logExact, logFixed } from './exact.js';

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

/** Output of the kernels: [hi, lo] of the double-double result. */
export const ddOut = new Float64Array(2);

// ---- constants and tables, computed from ./exact.ts at first use ----

/** 256 / ln 2 */
let INV_L = 0;
/** ln2/256 = L1 + L2 + L3; L1 and L2 have at most 34 significant bits. */
let L1 = 0;
let L2 = 0;
let L3 = 0;
/** 2^(j/256) = EXP_T[2j] + EXP_T[2j+1] */
let EXP_T: Float64Array = new Float64Array(0);
/** ln 2 = LN2_H + LN2_L, LN2_H with 42 significant bits (e·LN2_H exact for |e| < 2^11). */
let LN2_H = 0;
let LN2_L = 0;
/** Per index i (top 8 fraction bits): c, −log(c) hi and lo, and whether m was halved (0 or 1). */
let LOG_C: Float64Array = new Float64Array(0);
let LOG_H: Float64Array = new Float64Array(0);
let LOG_L: Float64Array = new Float64Array(0);
let LOG_HALF: Int32Array = new Int32Array(0);
/** 1 / ln 10 as a double-double. */
let INV_LN10_H = 0;
let INV_LN10_L = 0;

/** Splits a positive fixed-point constant (scale `scale`) into doubles: first chunks truncated to `widths` bits. */
function chunks(value: bigint, scale: number, widths: number[]): number[] {
  const out: number[] = [];
  let rest = value;
  for (const w of widths) {
    const len = rest.toString(2).length;
    const drop = BigInt(Math.max(0, len - w));
    const top = (rest >> drop) << drop;
    out.push(Number(top) * 2 ** -scale);
    rest -= top;
  }
  out.push(toDD(rest, -scale)[0]);
  return out;
}

let ready = false;

/** Builds the tables (about 10 ms, once). */
export function initExpLog(): void {
  if (ready) return;
  const F = 200;
  const ln2 = ln2Fixed(F);
  INV_L = 256 / toDD(ln2, -F)[0];
  [L1, L2, L3] = chunks(ln2, F + 8, [34, 34]);
  [LN2_H, LN2_L] = chunks(ln2, F, [42]);
  EXP_T = new Float64Array(512);
  for (let j = 0; j < 256; j++) {
    const { m, e } = expFixed((ln2 * BigInt(j)) >> 8n, F);
    const [h, l] = toDD(m, e);
    EXP_T[2 * j] = h;
    EXP_T[2 * j + 1] = l;
  }
  LOG_C = new Float64Array(256);
  LOG_H = new Float64Array(256);
  LOG_L = new Float64Array(256);
  LOG_HALF = new Int32Array(256);
  for (let i = 0; i < 256; i++) {
    const half = i >= 106 ? 1 : 0;
    const center = (1 + (i + 0.5) / 256) / (half ? 2 : 1);
    // c = 1/center with 9 (m in [1, 1.414)) or 8 (m/2 in [0.707, 1)) fraction bits; 1 next to 1
    const q = half ? 256 : 512;
    const c = i === 0 || i === 255 ? 1 : Math.round(q / center) / q;
    LOG_C[i] = c;
    LOG_HALF[i] = half;
    if (c === 1) continue;
    const [h, l] = toDD(-logFixed(c, F), -F);
    LOG_H[i] = h;
    LOG_L[i] = l;
  }
  const inv = (1n << BigInt(2 * F)) / ln10Fixed(F);
  [INV_LN10_H, INV_LN10_L] = toDD(inv, -F);
  ready = true;
}

// ---- exp ----

/**
 * exp(zh + zl) / 2^m as a double-double in ddOut, returning m; |zh| < 746, |zl| <= ulp(zh).
 * Relative error below 2^-80 (see the file comment; the tests measure it).
 */
export function expKernel(zh: number, zl: number): number {
  const kd = Math.round(zh * INV_L);
  const k = kd | 0;
  const j = k & 255;
  const a = zh - kd * L1; // exact: k·L1 is exact and a is within a factor 2 of it
  const b = kd * L2; // exact
  const r1 = a - b;
  const rl0 = twoSumErr(a, -b, r1) - kd * L3 + zl;
  const rh = r1 + rl0;
  const rl = twoSumErr(r1, rl0, rh);
  // exp(r) − 1 = rh + rh²/2 + rl + rh·rl + rh³(1/6 + rh/24 + …)
  const s = rh * rh;
  const se = twoProdErr(rh, rh, s);
  const ph = rh + 0.5 * s;
  const q = s * rh * (1 / 6 + rh * (1 / 24 + rh * (1 / 120 + rh * (1 / 720 + rh * (1 / 5040)))));
  const pl = fastTwoSumErr(rh, 0.5 * s, ph) + rl + 0.5 * se + rh * rl + q;
  const th = EXP_T[2 * j];
  const tl = EXP_T[2 * j + 1];
  const a2 = th * ph;
  const a2e = twoProdErr(th, ph, a2);
  const yh = th + a2;
  const yl = fastTwoSumErr(th, a2, yh) + a2e + th * pl + tl + tl * ph;
  const h = yh + yl;
  ddOut[0] = h;
  ddOut[1] = fastTwoSumErr(yh, yl, h);
  return k >> 8;
}

/** Error bound of expKernel's double-double result, as log2 of the relative error. */
const EXP_EPS = -77;
const EXP_FACTOR = roundingTestFactor(EXP_EPS);

/** Correctly rounded exp(x), Java's special cases included. */
export function crExp(x: number): number {
  if (!(x <= 709.79)) return x !== x ? x : Infinity;
  if (!(x >= -745.14)) return 0;
  if (Math.abs(x) < 5.551115123125783e-17) return 1; // |x| < 2^-54: exp(x) rounds to 1
  if (!ready) initExpLog();
  const m = expKernel(x, 0);
  const yh = ddOut[0];
  if (yh === yh + ddOut[1] * EXP_FACTOR && m > -1022) {
    // normal result (yh in [0.7, 1.5)); 2^1024 is split in two exact factors
    return m < 1024 ? yh * twoTo(m) : yh * twoTo(1023) * 2;
  }
  return expExact(x);
}

// ---- log ----

/**
 * log(x) as a double-double in ddOut for a positive finite normal or subnormal x. Relative
 * error below 2^-77.
 */
export function logKernel(x: number): void {
  f64[0] = x;
  let hx = u32[HI];
  let e = 0;
  if (hx < 0x00100000) {
    // subnormal: scale by 2^54
    f64[0] = x * 18014398509481984;
    hx = u32[HI];
    e = -54;
  }
  e += (hx >>> 20) - 1023;
  const i = (hx >>> 12) & 0xff;
  u32[HI] = (hx & 0x000fffff) | 0x3ff00000;
  let m = f64[0];
  const half = LOG_HALF[i];
  if (half) {
    m *= 0.5;
    e += 1;
  }
  const c = LOG_C[i];
  // r = m·c − 1 exactly: m = mh + ml (26 + 27 bits), c <= 10 bits
  const t = 134217729 * m;
  const mh = t - (t - m);
  const ml = m - mh;
  const r = mh * c - 1 + ml * c;
  // log1p(r) = r − r²/2 + r³/3 − r⁴(1/4 − r/5 + …)
  const s = r * r;
  const se = twoProdErr(r, r, s);
  const cube = r * s;
  const ce = twoProdErr(r, s, cube) + r * se;
  const d = cube / 3; // r³/3 = d + de; cube − 3d is exact: (cube − 2d) and then − d are Sterbenz
  const de = (cube - 2 * d - d + ce) * (1 / 3);
  const tail = s * s * (-1 / 4 + r * (1 / 5 + r * (-1 / 6 + r * (1 / 7 + r * (-1 / 8 + r * (1 / 9 + r * (-1 / 10)))))));
  const v = r - 0.5 * s;
  const ve = fastTwoSumErr(r, -0.5 * s, v);
  const v2 = v + d;
  const v2e = fastTwoSumErr(v, d, v2);
  // e·ln2 − log c
  const a = e * LN2_H;
  const b = LOG_H[i];
  const t1 = a + b;
  const t1e = twoSumErr(a, b, t1);
  const w = t1 + v2;
  const we = twoSumErr(t1, v2, w);
  const lo = we + t1e + ve + v2e + (de - 0.5 * se + tail) + LOG_L[i] + e * LN2_L;
  const h = w + lo;
  ddOut[0] = h;
  ddOut[1] = fastTwoSumErr(w, lo, h);
}

const LOG_EPS = -75;
const LOG_FACTOR = roundingTestFactor(LOG_EPS);
const LOG10_FACTOR = roundingTestFactor(LOG_EPS + 0.5);

/** Correctly rounded log(x), Java's special cases included. */
export function crLog(x: number): number {
  if (!(x > 0 && x < Infinity)) {
    if (x === 0) return -Infinity;
    return x === Infinity ? x : NaN;
  }
  if (x === 1) return 0;
  if (!ready) initExpLog();
  logKernel(x);
  const yh = ddOut[0];
  if (yh === yh + ddOut[1] * LOG_FACTOR) return yh;
  return logExact(x);
}

/** Correctly rounded log10(x), Java's special cases included. */
export function crLog10(x: number): number {
  if (!(x > 0 && x < Infinity)) {
    if (x === 0) return -Infinity;
    return x === Infinity ? x : NaN;
  }
  if (x === 1) return 0;
  if (!ready) initExpLog();
  logKernel(x);
  const lh = ddOut[0];
  const ll = ddOut[1];
  const zh = lh * INV_LN10_H;
  const zl = twoProdErr(lh, INV_LN10_H, zh) + lh * INV_LN10_L + ll * INV_LN10_H;
  const yh = zh + zl;
  const yl = fastTwoSumErr(zh, zl, yh);
  if (yh === yh + yl * LOG10_FACTOR) return yh;
  return log10Slow(x);
}

/** log10 of the powers of ten that are doubles (exact), else the bigint path. */
function log10Slow(x: number): number {
  for (let k = 0, p = 1; k <= 22; k++, p *= 10) if (x === p) return k;
  return log10Exact(x);
}
