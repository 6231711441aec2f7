/**
 * @fileoverview fdlibm's pow (e_pow.c of fdlibm 5.3, in the form of JDK 17's FdLibm.Pow, which
 * answers y == 2, y == 0.5 and |y| == 1 up front). V8's Math.pow disagrees with it in about 2%
 * of cases, so StrictMath.pow needs this port.
 *
 * Method: x^y = 2^(y·log2(x)). log2(x) is computed in extra precision as t1 + t2 (t1 with its
 * low word cleared): x is split as 2^n·(1+f), log(1+f) from s = f/(2+f) (or the same around 1.5)
 * with a degree-6 polynomial; y is split as y1 + y2 the same way; the product, in p_h + p_l, is
 * checked for overflow/underflow, then 2^(p_h+p_l) = 2^n·e^(r) with an exp-like rational kernel.
 */

import { highWord, lowWord, scalb, withHighWord, withLowWord } from '../ieee754.js';

const BP = [1.0, 1.5];
const DP_H = [0.0, 5.84962487220764160156e-1]; // 0x3FE2B803 40000000
const DP_L = [0.0, 1.35003920212974897128e-8]; // 0x3E4CFDEB 43CFD006
// Polynomial for (3/2)·(log(x) - 2s - 2/3·s^3).
const L1 = 5.99999999999994648725e-1;
const L2 = 4.28571428578550184252e-1;
const L3 = 3.33333329818377432918e-1;
const L4 = 2.72728123808534006489e-1;
const L5 = 2.30660745775561754067e-1;
const L6 = 2.06975017800338417784e-1;
// Polynomial of the exp kernel (as in exp).
const P1 = 1.66666666666666019037e-1;
const P2 = -2.77777777770155933842e-3;
const P3 = 6.61375632143793436117e-5;
const P4 = -1.65339022054652515390e-6;
const P5 = 4.13813679705723846039e-8;
const LG2 = 6.93147180559945286227e-1;
const LG2_H = 6.93147182464599609375e-1; // 0x3FE62E43 00000000
const LG2_L = -1.90465429995776804525e-9;
const OVT = 8.0085662595372944372e-17; // -(1024 - log2(overflow + 0.5 ulp))
const CP = 9.61796693925975554329e-1; // 2/(3 ln2)
const CP_H = 9.61796700954437255859e-1; // CP rounded to float
const CP_L = -7.02846165095275826516e-9; // CP - CP_H
const INV_LN2 = 1.44269504088896338700;
const INV_LN2_H = 1.44269502162933349609; // 24 bits of 1/ln2
const INV_LN2_L = 1.92596299112661746887e-8; // 1/ln2 - INV_LN2_H

/** Java's StrictMath.pow(x, y). */
export function pow(x: number, y: number): number {
  if (y === 0) return 1.0;
  if (x !== x || y !== y) return x + y;
  const yAbs = Math.abs(y);
  let xAbs = Math.abs(x);
  if (y === 2.0) return x * x;
  if (y === 0.5) {
    if (x >= -Number.MAX_VALUE) return Math.sqrt(x + 0.0); // + 0.0 turns -0.0 into +0.0
  } else if (yAbs === 1.0) {
    return y === 1.0 ? x : 1.0 / x;
  } else if (yAbs === Infinity) {
    if (xAbs === 1.0) return y - y; // 1^inf is NaN
    if (xAbs > 1.0) return y >= 0 ? y : 0.0;
    return y < 0 ? -y : 0.0;
  }

  const hx = highWord(x);
  let ix = hx & 0x7fffffff;
  // For x < 0: 0 = y not an integer, 1 = odd integer, 2 = even integer.
  let yIsInt = 0;
  if (hx < 0) {
    if (yAbs >= 2 ** 53) yIsInt = 2;
    else if (yAbs >= 1.0 && Math.floor(yAbs) === yAbs) yIsInt = yAbs % 2 === 0 ? 2 : 1;
  }

  if (xAbs === 0.0 || xAbs === Infinity || xAbs === 1.0) {
    let z = xAbs;
    if (y < 0.0) z = 1.0 / z;
    if (hx < 0) {
      if (((ix - 0x3ff00000) | yIsInt) === 0) z = (z - z) / (z - z); // (-1)^non-int is NaN
      else if (yIsInt === 1) z = -1.0 * z;
    }
    return z;
  }

  let n = (hx >> 31) + 1;
  if ((n | yIsInt) === 0) return (x - x) / (x - x); // negative^non-int is NaN
  const s = (n | (yIsInt - 1)) === 0 ? -1.0 : 1.0; // sign of the result

  let t1: number;
  let t2: number;
  if ((highWord(y) & 0x7fffffff) > 0x41e00000) {
    // |y| > 2^31: over/underflows unless x is within 2^-20 of one.
    if (ix < 0x3fefffff) return y < 0.0 ? s * Infinity : s * 0.0;
    if (ix > 0x3ff00000) return y > 0.0 ? s * Infinity : s * 0.0;
    // log(x) by x - x^2/2 + x^3/3 - x^4/4 with t = x - 1 (20 trailing zero bits)
    const t = xAbs - 1.0;
    const w = t * t * (0.5 - t * (0.3333333333333333333333 - t * 0.25));
    const u = INV_LN2_H * t;
    const v = t * INV_LN2_L - w * INV_LN2;
    t1 = withLowWord(u + v, 0);
    t2 = v - (t1 - u);
  } else {
    n = 0;
    if (ix < 0x00100000) {
      // subnormal x
      xAbs *= 2 ** 53;
      n -= 53;
      ix = highWord(xAbs);
    }
    n += (ix >> 20) - 0x3ff;
    const j = ix & 0x000fffff;
    // Normalize to [1, 2) and pick the interval around 1 or 1.5.
    ix = j | 0x3ff00000;
    let k: number;
    if (j <= 0x3988e) {
      k = 0; // |x| < sqrt(3/2)
    } else if (j < 0xbb67a) {
      k = 1; // |x| < sqrt(3)
    } else {
      k = 0;
      n += 1;
      ix -= 0x00100000;
    }
    xAbs = withHighWord(xAbs, ix);

    // ss = s_h + s_l = (x - 1)/(x + 1) or (x - 1.5)/(x + 1.5)
    let u = xAbs - BP[k];
    let v = 1.0 / (xAbs + BP[k]);
    const ss = u * v;
    const sH = withLowWord(ss, 0);
    // t_h = x + BP[k], high part
    let tH = withHighWord(0.0, ((ix >> 1) | 0x20000000) + 0x00080000 + (k << 18));
    let tL = xAbs - (tH - BP[k]);
    const sL = v * (u - sH * tH - sH * tL);
    // log(x)
    let s2 = ss * ss;
    let r = s2 * s2 * (L1 + s2 * (L2 + s2 * (L3 + s2 * (L4 + s2 * (L5 + s2 * L6)))));
    r += sL * (sH + ss);
    s2 = sH * sH;
    tH = withLowWord(3.0 + s2 + r, 0);
    tL = r - (tH - 3.0 - s2);
    // u + v = ss·(1 + ...)
    u = sH * tH;
    v = sL * tH + tL * ss;
    // 2/(3 log2)·(ss + ...)
    const pH = withLowWord(u + v, 0);
    const pL = v - (pH - u);
    const zH = CP_H * pH;
    const zL = CP_L * pH + pL * CP + DP_L[k];
    // log2(x) = (ss + ...)·2/(3 log2) = n + DP_H + z_h + z_l
    const t = n;
    t1 = withLowWord(zH + zL + DP_H[k] + t, 0);
    t2 = zL - (t1 - t - DP_H[k] - zH);
  }

  // (y1 + y2)·(t1 + t2)
  const y1 = withLowWord(y, 0);
  const pL = (y - y1) * t1 + y * t2;
  let pH = y1 * t1;
  let z = pL + pH;
  let j = highWord(z);
  const i = lowWord(z);
  if (j >= 0x40900000) {
    // z >= 1024
    if (((j - 0x40900000) | i) !== 0) return s * Infinity;
    if (pL + OVT > z - pH) return s * Infinity;
  } else if ((j & 0x7fffffff) >= 0x4090cc00) {
    // z <= -1075
    if (((j - 0xc090cc00) | i) !== 0) return s * 0.0;
    if (pL <= z - pH) return s * 0.0;
  }

  // 2^(p_h + p_l)
  const iz = j & 0x7fffffff;
  let k = (iz >> 20) - 0x3ff;
  n = 0;
  if (iz > 0x3fe00000) {
    // |z| > 0.5: n = [z + 0.5]
    n = j + (0x00100000 >> (k + 1));
    k = ((n & 0x7fffffff) >> 20) - 0x3ff;
    const t = withHighWord(0.0, n & ~(0x000fffff >> k));
    n = ((n & 0x000fffff) | 0x00100000) >> (20 - k);
    if (j < 0) n = -n;
    pH -= t;
  }
  const t = withLowWord(pL + pH, 0);
  const u = t * LG2_H;
  const v = (pL - (t - pH)) * LG2 + t * LG2_L;
  z = u + v;
  const w = v - (z - u);
  const tt = z * z;
  const tk = z - tt * (P1 + tt * (P2 + tt * (P3 + tt * (P4 + tt * P5))));
  const r = (z * tk) / (tk - 2.0) - (w + z * w);
  z = 1.0 - (r - z);
  j = highWord(z) + (n << 20);
  if (j >> 20 <= 0) z = scalb(z, n); // subnormal result
  else z = withHighWord(z, j);
  return s * z;
}
