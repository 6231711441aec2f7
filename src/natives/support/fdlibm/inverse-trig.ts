/**
 * @fileoverview fdlibm's asin, acos and atan (e_asin.c, e_acos.c, s_atan.c of fdlibm 5.3), the
 * algorithms of JDK 17's StrictMath.asin/acos/atan, so that StrictMath does not depend on the
 * host's libm (strict-math.ts uses the host's Math.* only where it proves identical).
 */

import { highWord, lowWord, withLowWord } from '../ieee754.js';

const HUGE = 1.0e300;
const PI = 3.14159265358979311600; // 0x400921FB 54442D18
const PIO2_HI = 1.57079632679489655800; // 0x3FF921FB 54442D18
const PIO2_LO = 6.12323399573676603587e-17; // 0x3C91A626 33145C07
const PIO4_HI = 7.85398163397448278999e-1; // 0x3FE921FB 54442D18
// Rational approximation R(x^2) = P/Q of (asin(x) - x)/x^3 on [0, 0.5].
const PS0 = 1.66666666666666657415e-1;
const PS1 = -3.25565818622400915405e-1;
const PS2 = 2.01212532134862925881e-1;
const PS3 = -4.00555345006794114027e-2;
const PS4 = 7.91534994289814532176e-4;
const PS5 = 3.47933107596021167570e-5;
const QS1 = -2.40339491173441421878;
const QS2 = 2.02094576023350569471;
const QS3 = -6.88283971605453293030e-1;
const QS4 = 7.70381505559019352791e-2;

/** P(t)/Q(t) of the asin/acos kernels, split as in fdlibm. */
function numerator(t: number): number {
  return t * (PS0 + t * (PS1 + t * (PS2 + t * (PS3 + t * (PS4 + t * PS5)))));
}

function denominator(t: number): number {
  return 1 + t * (QS1 + t * (QS2 + t * (QS3 + t * QS4)));
}

/** asin(x): x + x·R(x²) below 0.5, else pi/2 - 2·asin(sqrt((1-|x|)/2)) with a split sqrt. */
export function asin(x: number): number {
  const hx = highWord(x);
  const ix = hx & 0x7fffffff;
  if (ix >= 0x3ff00000) {
    // |x| >= 1
    if (((ix - 0x3ff00000) | lowWord(x)) === 0) return x * PIO2_HI + x * PIO2_LO;
    return (x - x) / (x - x);
  }
  if (ix < 0x3fe00000) {
    // |x| < 0.5
    if (ix < 0x3e400000 && HUGE + x > 1) return x; // |x| < 2^-27
    const t = x * x;
    return x + x * (numerator(t) / denominator(t));
  }
  // 0.5 <= |x| < 1
  const w = 1 - Math.abs(x);
  const t = w * 0.5;
  let p = numerator(t);
  let q = denominator(t);
  const s = Math.sqrt(t);
  let result: number;
  if (ix >= 0x3fef3333) {
    // |x| > 0.975
    result = PIO2_HI - (2.0 * (s + s * (p / q)) - PIO2_LO);
  } else {
    const sHi = withLowWord(s, 0);
    const c = (t - sHi * sHi) / (s + sHi);
    const r = p / q;
    p = 2.0 * s * r - (PIO2_LO - 2.0 * c);
    q = PIO4_HI - 2.0 * sHi;
    result = PIO4_HI - (p - q);
  }
  return hx > 0 ? result : -result;
}

/** acos(x): pi/2 - (x + x·R(x²)) below 0.5, else from sqrt((1 -+ x)/2) as in asin. */
export function acos(x: number): number {
  const hx = highWord(x);
  const ix = hx & 0x7fffffff;
  if (ix >= 0x3ff00000) {
    // |x| >= 1
    if (((ix - 0x3ff00000) | lowWord(x)) === 0) return hx > 0 ? 0.0 : PI + 2.0 * PIO2_LO;
    return (x - x) / (x - x);
  }
  if (ix < 0x3fe00000) {
    // |x| < 0.5
    if (ix <= 0x3c600000) return PIO2_HI + PIO2_LO; // |x| < 2^-57
    const z = x * x;
    const r = numerator(z) / denominator(z);
    return PIO2_HI - (x - (PIO2_LO - x * r));
  }
  if (hx < 0) {
    // x < -0.5
    const z = (1 + x) * 0.5;
    const s = Math.sqrt(z);
    const r = numerator(z) / denominator(z);
    const w = r * s - PIO2_LO;
    return PI - 2.0 * (s + w);
  }
  // x > 0.5
  const z = (1 - x) * 0.5;
  const s = Math.sqrt(z);
  const df = withLowWord(s, 0);
  const c = (z - df * df) / (s + df);
  const r = numerator(z) / denominator(z);
  const w = r * s + c;
  return 2.0 * (df + w);
}

const ATAN_HI = [
  4.63647609000806093515e-1, // atan(0.5)
  7.85398163397448278999e-1, // atan(1.0)
  9.82793723247329054082e-1, // atan(1.5)
  1.57079632679489655800, // atan(inf)
];
const ATAN_LO = [2.26987774529616870924e-17, 3.06161699786838301793e-17, 1.39033110312309984516e-17, 6.12323399573676603587e-17];
const AT = [
  3.33333333333329318027e-1, -1.99999999998764832476e-1, 1.42857142725034663711e-1, -1.11111104054623557880e-1,
  9.09088713343650656196e-2, -7.69187620504482999495e-2, 6.66107313738753120669e-2, -5.83357013379057348645e-2,
  4.97687799461593236017e-2, -3.65315727442169155270e-2, 1.62858201153657823623e-2,
];

/** atan(x): reduce to |t| < 7/16 around 0, 0.5, 1, 1.5 or infinity, then an odd/even polynomial. */
export function atan(x: number): number {
  const hx = highWord(x);
  const ix = hx & 0x7fffffff;
  let id: number;
  if (ix >= 0x44100000) {
    // |x| >= 2^66
    if (ix > 0x7ff00000 || (ix === 0x7ff00000 && lowWord(x) !== 0)) return x + x;
    return hx > 0 ? ATAN_HI[3] + ATAN_LO[3] : -ATAN_HI[3] - ATAN_LO[3];
  }
  if (ix < 0x3fdc0000) {
    // |x| < 0.4375
    if (ix < 0x3e200000 && HUGE + x > 1) return x; // |x| < 2^-29
    id = -1;
  } else {
    x = Math.abs(x);
    if (ix < 0x3ff30000) {
      // |x| < 1.1875
      if (ix < 0x3fe60000) {
        id = 0; // 7/16 <= |x| < 11/16
        x = (2.0 * x - 1) / (2.0 + x);
      } else {
        id = 1; // 11/16 <= |x| < 19/16
        x = (x - 1) / (x + 1);
      }
    } else if (ix < 0x40038000) {
      id = 2; // |x| < 2.4375
      x = (x - 1.5) / (1 + 1.5 * x);
    } else {
      id = 3; // 2.4375 <= |x| < 2^66
      x = -1.0 / x;
    }
  }
  const z = x * x;
  const w = z * z;
  const s1 = z * (AT[0] + w * (AT[2] + w * (AT[4] + w * (AT[6] + w * (AT[8] + w * AT[10])))));
  const s2 = w * (AT[1] + w * (AT[3] + w * (AT[5] + w * (AT[7] + w * AT[9]))));
  if (id < 0) return x - x * (s1 + s2);
  const r = ATAN_HI[id] - (x * (s1 + s2) - ATAN_LO[id] - x);
  return hx < 0 ? -r : r;
}
