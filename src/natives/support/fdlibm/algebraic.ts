/**
 * @fileoverview fdlibm's cbrt, hypot and IEEE remainder (s_cbrt.c, e_hypot.c, e_remainder.c of
 * fdlibm 5.3), the algorithms of JDK 17's StrictMath.cbrt/hypot/IEEEremainder. V8's Math.cbrt
 * uses a newer FreeBSD algorithm and Math.hypot its own scaled summation, both with different
 * last bits, and JavaScript has no IEEE remainder, so all three are ported here.
 */

import { highWord, lowWord, withHighWord, withLowWord } from '../ieee754.js';

const B1 = 715094163; // (682 - 0.03306235651)·2^20
const B2 = 696219795; // (664 - 0.03306235651)·2^20
const C = 5.42857142857142815906e-1; // 19/35
const D = -7.05306122448979611050e-1; // -864/1225
const E = 1.41428571428571436819; // 99/70
const F = 1.60714285714285720630; // 45/28
const G = 3.57142857142857150787e-1; // 5/14

/**
 * Cube root: a 5-bit guess from the exponent (hx/3 + bias), a rational step to ~23 bits, chopped
 * to 20 bits and nudged up, then one Newton step to within 0.667 ulp.
 */
export function cbrt(x: number): number {
  let hx = highWord(x);
  const sign = hx & 0x80000000;
  hx ^= sign;
  if (hx >= 0x7ff00000) return x + x; // NaN, infinities
  if ((hx | lowWord(x)) === 0) return x; // +-0
  x = withHighWord(x, hx); // |x|
  let t: number;
  if (hx < 0x00100000) {
    // subnormal: scale by 2^54 first
    t = withHighWord(0.0, 0x43500000) * x;
    t = withHighWord(t, ((highWord(t) / 3) | 0) + B2);
  } else {
    t = withHighWord(0.0, ((hx / 3) | 0) + B1);
  }
  // new cbrt to 23 bits
  let r = (t * t) / x;
  let s = C + r * t;
  t *= G + F / (s + E + D / s);
  // chop to 20 bits and make it larger than cbrt(x)
  t = withLowWord(t, 0);
  t = withHighWord(t, highWord(t) + 1);
  // one Newton step to 53 bits
  s = t * t; // exact
  r = x / s;
  const w = t + t;
  r = (r - t) / (w + r);
  t = t + t * r;
  return sign !== 0 ? -t : t;
}

/**
 * sqrt(x² + y²) without undue overflow or underflow: scales by 2^±600 (or 2^1022 for
 * subnormals) when needed and evaluates the sum of squares with split operands so that the
 * only rounding errors are tiny, then one correctly rounded sqrt.
 */
export function hypot(x: number, y: number): number {
  let ha = highWord(x) & 0x7fffffff;
  let hb = highWord(y) & 0x7fffffff;
  let a: number;
  let b: number;
  if (hb > ha) {
    a = y;
    b = x;
    const j = ha;
    ha = hb;
    hb = j;
  } else {
    a = x;
    b = y;
  }
  a = withHighWord(a, ha); // |a|
  b = withHighWord(b, hb); // |b|
  if (ha - hb > 0x3c00000) return a + b; // a/b > 2^60
  let k = 0;
  if (ha > 0x5f300000) {
    // a > 2^500
    if (ha >= 0x7ff00000) {
      // Inf or NaN: infinity wins over NaN
      let w = a + b;
      if (((ha & 0xfffff) | lowWord(a)) === 0) w = a;
      if (((hb ^ 0x7ff00000) | lowWord(b)) === 0) w = b;
      return w;
    }
    // scale a and b by 2^-600
    ha -= 0x25800000;
    hb -= 0x25800000;
    k += 600;
    a = withHighWord(a, ha);
    b = withHighWord(b, hb);
  }
  if (hb < 0x20b00000) {
    // b < 2^-500
    if (hb <= 0x000fffff) {
      // subnormal b or 0
      if ((hb | lowWord(b)) === 0) return a;
      const t1 = 2 ** 1022;
      b *= t1;
      a *= t1;
      k -= 1022;
    } else {
      // scale a and b by 2^600
      ha += 0x25800000;
      hb += 0x25800000;
      k -= 600;
      a = withHighWord(a, ha);
      b = withHighWord(b, hb);
    }
  }
  let w = a - b;
  if (w > b) {
    const t1 = withHighWord(0.0, ha);
    const t2 = a - t1;
    w = Math.sqrt(t1 * t1 - (b * -b - t2 * (a + t1)));
  } else {
    a = a + a;
    const y1 = withHighWord(0.0, hb);
    const y2 = b - y1;
    const t1 = withHighWord(0.0, ha + 0x00100000);
    const t2 = a - t1;
    w = Math.sqrt(t1 * y1 - (w * -w - (t1 * y2 + t2 * b)));
  }
  if (k !== 0) return withHighWord(1.0, highWord(1.0) + (k << 20)) * w;
  return w;
}

/**
 * IEEE 754 remainder x - n·p with n the integer nearest x/p (ties to even): reduce with fmod
 * (JavaScript's % is exact) modulo 2p, then subtract p at most twice.
 */
export function ieeeRemainder(x: number, p: number): number {
  let hx = highWord(x);
  const lx = lowWord(x);
  let hp = highWord(p);
  const lp = lowWord(p);
  const sx = hx & 0x80000000;
  hp &= 0x7fffffff;
  hx &= 0x7fffffff;
  if ((hp | lp) === 0) return (x * p) / (x * p); // p = 0
  if (hx >= 0x7ff00000 || (hp >= 0x7ff00000 && ((hp - 0x7ff00000) | lp) !== 0)) {
    return (x * p) / (x * p); // x not finite or p NaN
  }
  if (hp <= 0x7fdfffff) x = x % (p + p); // now |x| < 2|p|
  if (((hx - hp) | (lx - lp)) === 0) return 0.0 * x;
  x = Math.abs(x);
  p = Math.abs(p);
  if (hp < 0x00200000) {
    if (x + x > p) {
      x -= p;
      if (x + x >= p) x -= p;
    }
  } else {
    const pHalf = 0.5 * p;
    if (x > pHalf) {
      x -= p;
      if (x >= pHalf) x -= p;
    }
  }
  return sx !== 0 ? -x : x;
}
