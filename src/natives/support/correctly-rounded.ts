/**
 * @fileoverview Correctly rounded sin, cos, tan, exp, log, log10 and pow: the functions Tern
 * answers java.lang.Math's HotSpot intrinsics with (see README.md, "java.lang.Math").
 *
 * HotSpot 17 on x86_64 computes these seven with Intel LIBM-derived stubs, which agree with the
 * correctly rounded result on about 99.9% of inputs; fdlibm (StrictMath) only on 90–97%. Each
 * function here evaluates in double-double (./crmath/exp-log.ts, trig.ts, pow.ts), proves with a
 * rounding test that the double nearest to its result is the correctly rounded one, and otherwise
 * (about once in 10^5 calls, plus subnormal results and huge trig arguments near multiples of
 * π/2) decides with exact bigint arithmetic (./crmath/exact.ts). Java's special cases (NaN,
 * infinities, signed zeros, pow's list) are handled first.
 */

export { crExp, crLog, crLog10 } from './crmath/exp-log.js';
export { crPow } from './crmath/pow.js';
export { crCos, crSin, crTan } from './crmath/trig.js';
