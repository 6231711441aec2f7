/**
 * @fileoverview fdlibm's exp, expm1, sinh, cosh and tanh (e_exp.c, s_expm1.c, e_sinh.c,
 * e_cosh.c, s_tanh.c of fdlibm 5.3), the algorithms behind JDK 17's StrictMath functions of the
 * same names. V8's Math.exp returns Math.E for exp(1) (one ulp away from fdlibm), its cosh
 * inherits that, and its tanh follows a later FreeBSD revision; expm1 and sinh are ported so that
 * StrictMath need not trust the host (strict-math.ts uses Math.* only where it proves identical).
 */

import { highWord, lowWord, withHighWord } from '../ieee754.js';

const HUGE = 1.0e300;
const TWO_M1000 = 9.33263618503218878990e-302; // 2^-1000
const O_THRESHOLD = 7.09782712893383973096e2; // 0x40862E42 FEFA39EF
const U_THRESHOLD = -7.45133219101941108420e2; // 0xC0874910 D52D3051
const LN2_HI = 6.93147180369123816490e-1; // 0x3FE62E42 FEE00000
const LN2_LO = 1.90821492927058770002e-10; // 0x3DEA39EF 35793C76
const INV_LN2 = 1.44269504088896338700; // 0x3FF71547 652B82FE
// Remez polynomial for R(r^2) on [0, 0.34658]: |error| < 2^-59.
const P1 = 1.66666666666666019037e-1;
const P2 = -2.77777777770155933842e-3;
const P3 = 6.61375632143793436117e-5;
const P4 = -1.65339022054652515390e-6;
const P5 = 4.13813679705723846039e-8;

/**
 * e^x. Reduces x = k·ln2 + r with |r| <= ln2/2 (ln2 split in a high part with trailing zeros so
 * k·LN2_HI is exact), approximates e^r by a rational function of a degree-5 polynomial, then
 * scales by 2^k through the exponent field.
 */
export function exp(x: number): number {
  let hx = highWord(x);
  const xsb = (hx >>> 31) & 1;
  hx &= 0x7fffffff;
  let hi = 0;
  let lo = 0;
  let k = 0;
  if (hx >= 0x40862e42) {
    // |x| >= 709.78...: NaN, infinities, overflow and underflow.
    if (hx >= 0x7ff00000) {
      if (((hx & 0xfffff) | lowWord(x)) !== 0) return x + x;
      return xsb === 0 ? x : 0.0;
    }
    if (x > O_THRESHOLD) return HUGE * HUGE;
    if (x < U_THRESHOLD) return TWO_M1000 * TWO_M1000;
  }
  if (hx > 0x3fd62e42) {
    // |x| > 0.5 ln2
    if (hx < 0x3ff0a2b2) {
      // and |x| < 1.5 ln2: k is +-1
      hi = xsb === 0 ? x - LN2_HI : x + LN2_HI;
      lo = xsb === 0 ? LN2_LO : -LN2_LO;
      k = 1 - xsb - xsb;
    } else {
      k = (INV_LN2 * x + (xsb === 0 ? 0.5 : -0.5)) | 0;
      const t = k;
      hi = x - t * LN2_HI;
      lo = t * LN2_LO;
    }
    x = hi - lo;
  } else if (hx < 0x3e300000) {
    // |x| < 2^-28: e^x = 1 + x (the fdlibm test also raises inexact)
    if (HUGE + x > 1) return 1 + x;
  } else {
    k = 0;
  }
  const t = x * x;
  const c = x - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  if (k === 0) return 1 - ((x * c) / (c - 2.0) - x);
  const y = 1 - (lo - (x * c) / (2.0 - c) - hi);
  if (k >= -1021) return withHighWord(y, highWord(y) + (k << 20));
  return withHighWord(y, highWord(y) + ((k + 1000) << 20)) * TWO_M1000;
}

/**
 * cosh(x): 1 + expm1(|x|)^2 / (2 e^|x|) near zero, (e^|x| + e^-|x|)/2 up to 22, e^|x|/2 up to
 * ln(MAX_VALUE), then (e^(|x|/2)/2)·e^(|x|/2) up to the overflow threshold.
 */
export function cosh(x: number): number {
  const ix = highWord(x) & 0x7fffffff;
  if (ix >= 0x7ff00000) return x * x;
  if (ix < 0x3fd62e43) {
    // |x| in [0, 0.5 ln2]
    const t = expm1(Math.abs(x));
    const w = 1 + t;
    if (ix < 0x3c800000) return w;
    return 1 + (t * t) / (w + w);
  }
  if (ix < 0x40360000) {
    // |x| in [0.5 ln2, 22]
    const t = exp(Math.abs(x));
    return 0.5 * t + 0.5 / t;
  }
  if (ix < 0x40862e42) return 0.5 * exp(Math.abs(x));
  const lx = lowWord(x);
  if (ix < 0x408633ce || (ix === 0x408633ce && lx <= 0x8fb9f87d)) {
    const w = exp(0.5 * Math.abs(x));
    const t = 0.5 * w;
    return t * w;
  }
  return HUGE * HUGE;
}

/** tanh(x) from expm1: 1 - 2/(expm1(2|x|) + 2) for |x| >= 1, -t/(t + 2) with t = expm1(-2|x|) below. */
export function tanh(x: number): number {
  const jx = highWord(x);
  const ix = jx & 0x7fffffff;
  if (ix >= 0x7ff00000) return jx >= 0 ? 1 / x + 1 : 1 / x - 1;
  let z: number;
  if (ix < 0x40360000) {
    // |x| < 22
    if (ix < 0x3c800000) return x * (1 + x); // |x| < 2^-55
    if (ix >= 0x3ff00000) {
      const t = expm1(2 * Math.abs(x));
      z = 1 - 2 / (t + 2);
    } else {
      const t = expm1(-2 * Math.abs(x));
      z = -t / (t + 2);
    }
  } else {
    z = 1 - 1.0e-300; // |x| >= 22: +-1 (inexact)
  }
  return jx >= 0 ? z : -z;
}


const TINY = 1.0e-300;
// Scaled coefficients of the expm1 rational approximation on [0, 0.34658].
const Q1 = -3.33333333333331316428e-2;
const Q2 = 1.58730158725481460165e-3;
const Q3 = -7.93650757867487942473e-5;
const Q4 = 4.00821782732936239552e-6;
const Q5 = -2.01099218183624371326e-7;

/**
 * e^x - 1, accurate near zero: the same reduction as exp (x = k·ln2 + r, with the reduction error
 * c carried along), a rational approximation of e^r - 1, then a k-dependent recombination that
 * avoids cancellation.
 */
export function expm1(x: number): number {
  let hx = highWord(x);
  const negative = hx < 0;
  hx &= 0x7fffffff;
  if (hx >= 0x4043687a) {
    // |x| >= 56 ln2
    if (hx >= 0x40862e42) {
      // |x| >= 709.78...
      if (hx >= 0x7ff00000) {
        if (((hx & 0xfffff) | lowWord(x)) !== 0) return x + x;
        return negative ? -1.0 : x;
      }
      if (x > O_THRESHOLD) return HUGE * HUGE;
    }
    if (negative && x + TINY < 0.0) return TINY - 1; // x < -56 ln2: -1 (inexact)
  }
  let k: number;
  let c = 0;
  if (hx > 0x3fd62e42) {
    // |x| > 0.5 ln2
    let hi: number;
    let lo: number;
    if (hx < 0x3ff0a2b2) {
      // and |x| < 1.5 ln2
      if (!negative) {
        hi = x - LN2_HI;
        lo = LN2_LO;
        k = 1;
      } else {
        hi = x + LN2_HI;
        lo = -LN2_LO;
        k = -1;
      }
    } else {
      k = (INV_LN2 * x + (negative ? -0.5 : 0.5)) | 0;
      const t = k;
      hi = x - t * LN2_HI;
      lo = t * LN2_LO;
    }
    x = hi - lo;
    c = hi - x - lo;
  } else if (hx < 0x3c900000) {
    // |x| < 2^-54: x (inexact unless zero)
    const t = HUGE + x;
    return x - (t - (HUGE + x));
  } else {
    k = 0;
  }
  const hfx = 0.5 * x;
  const hxs = x * hfx;
  const r1 = 1 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
  let t = 3.0 - r1 * hfx;
  let e = hxs * ((r1 - t) / (6.0 - x * t));
  if (k === 0) return x - (x * e - hxs);
  e = x * (e - c) - c;
  e -= hxs;
  if (k === -1) return 0.5 * (x - e) - 0.5;
  if (k === 1) {
    if (x < -0.25) return -2.0 * (e - (x + 0.5));
    return 1 + 2.0 * (x - e);
  }
  let y: number;
  if (k <= -2 || k > 56) {
    // exp(x) - 1 suffices
    y = 1 - (e - x);
    return withHighWord(y, highWord(y) + (k << 20)) - 1;
  }
  if (k < 20) {
    t = withHighWord(1.0, 0x3ff00000 - (0x200000 >> k)); // 1 - 2^-k
    y = t - (e - x);
  } else {
    t = withHighWord(1.0, (0x3ff - k) << 20); // 2^-k (low word of 1.0 is zero)
    y = x - (e + t);
    y += 1;
  }
  return withHighWord(y, highWord(y) + (k << 20));
}

const SHUGE = 1.0e307;

/** sinh(x): from expm1(|x|) below 22, e^|x|/2 up to ln(MAX_VALUE), then (e^(|x|/2)/2)·e^(|x|/2). */
export function sinh(x: number): number {
  const jx = highWord(x);
  const ix = jx & 0x7fffffff;
  if (ix >= 0x7ff00000) return x + x;
  const h = jx < 0 ? -0.5 : 0.5;
  if (ix < 0x40360000) {
    // |x| < 22
    if (ix < 0x3e300000 && SHUGE + x > 1) return x; // |x| < 2^-28
    const t = expm1(Math.abs(x));
    if (ix < 0x3ff00000) return h * (2.0 * t - (t * t) / (t + 1));
    return h * (t + t / (t + 1));
  }
  if (ix < 0x40862e42) return h * exp(Math.abs(x));
  const lx = lowWord(x);
  if (ix < 0x408633ce || (ix === 0x408633ce && lx <= 0x8fb9f87d)) {
    const w = exp(0.5 * Math.abs(x));
    const t = h * w;
    return t * w;
  }
  return x * SHUGE;
}
