/**
 * @fileoverview fdlibm's atan2 (e_atan2.c of fdlibm 5.3), the algorithm of JDK 17's
 * StrictMath.atan2. V8 follows a later FreeBSD revision that treats |y/x| > 2^60 with x < 0
 * differently (about 10% of the fixture rows differ), so it is ported here, on top of the
 * ported atan.
 */

import { highWord, lowWord } from '../ieee754.js';
import { atan } from './inverse-trig.js';

const TINY = 1.0e-300;
const PI_O_4 = 7.8539816339744827900e-1; // 0x3FE921FB 54442D18
const PI_O_2 = 1.5707963267948965580; // 0x3FF921FB 54442D18
const PI = 3.1415926535897931160; // 0x400921FB 54442D18
const PI_LO = 1.2246467991473531772e-16; // 0x3CA1A626 33145C07

/** atan2(y, x): the angle of (x, y), from atan(|y/x|) and the quadrant, with exact special cases. */
export function atan2(y: number, x: number): number {
  const hx = highWord(x);
  const ix = hx & 0x7fffffff;
  const lx = lowWord(x);
  const hy = highWord(y);
  const iy = hy & 0x7fffffff;
  const ly = lowWord(y);
  // NaN check: the high word exceeds the infinity pattern once any low bit is folded in.
  if ((ix | (lx !== 0 ? 1 : 0)) >>> 0 > 0x7ff00000 || (iy | (ly !== 0 ? 1 : 0)) >>> 0 > 0x7ff00000) {
    return x + y;
  }
  if (hx === 0x3ff00000 && lx === 0) return atan(y); // x = 1.0
  const m = ((hy >>> 31) & 1) | ((hx >>> 30) & 2); // 2·sign(x) + sign(y)

  if ((iy | ly) === 0) {
    // y = 0
    switch (m) {
      case 0:
      case 1:
        return y;
      case 2:
        return PI + TINY;
      default:
        return -PI - TINY;
    }
  }
  if ((ix | lx) === 0) return hy < 0 ? -PI_O_2 - TINY : PI_O_2 + TINY; // x = 0
  if (ix === 0x7ff00000) {
    // x infinite
    if (iy === 0x7ff00000) {
      switch (m) {
        case 0:
          return PI_O_4 + TINY;
        case 1:
          return -PI_O_4 - TINY;
        case 2:
          return 3.0 * PI_O_4 + TINY;
        default:
          return -3.0 * PI_O_4 - TINY;
      }
    }
    switch (m) {
      case 0:
        return 0.0;
      case 1:
        return -0.0;
      case 2:
        return PI + TINY;
      default:
        return -PI - TINY;
    }
  }
  if (iy === 0x7ff00000) return hy < 0 ? -PI_O_2 - TINY : PI_O_2 + TINY; // y infinite

  const k = (iy - ix) >> 20;
  let z: number;
  if (k > 60) z = PI_O_2 + 0.5 * PI_LO; // |y/x| > 2^60
  else if (hx < 0 && k < -60) z = 0.0; // |y|/x < -2^60
  else z = atan(Math.abs(y / x));
  switch (m) {
    case 0:
      return z;
    case 1:
      return -z;
    case 2:
      return PI - (z - PI_LO);
    default:
      return z - PI_LO - PI;
  }
}
