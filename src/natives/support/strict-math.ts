/**
 * @fileoverview java.lang.StrictMath (bit-identical to JDK 17, i.e. fdlibm 5.3 semantics) and the
 * functions Tern uses for java.lang.Math.
 *
 * Every fdlibm function has a TypeScript port in ./fdlibm/, checked against HotSpot on every
 * fixture row. Measured on Node 20 (see README.md), V8's Math.sin/cos/tan/asin/acos/atan/log/
 * log10/log1p/expm1/sinh are fdlibm ports with the same bits, and they are 2-4 times faster than
 * the ports; so for those the host's function is used, but only after it has agreed with the port
 * on a few hundred probe arguments at its first call. A host with another libm (newer
 * V8 builds can use glibc-derived sin/cos, other engines use other libms) gets the ports: the
 * results of StrictMath never depend on the host. exp, cosh, tanh, cbrt, atan2, hypot, pow and
 * IEEEremainder always use the ports (V8 differs from fdlibm on them); sqrt, floor and ceil are
 * exactly specified operations and come from Math.
 *
 * java.lang.Math may legally differ from StrictMath by up to one ulp, and HotSpot's x86_64
 * intrinsics for Math.sin/cos/tan/exp/log/log10/pow do: they are Intel LIBM-derived and agree with
 * the correctly rounded result on about 99.9% of inputs, fdlibm only on 90-97%. So `javaMath`
 * answers those seven with correctly rounded implementations (./correctly-rounded.ts), which
 * approximate HotSpot far better than fdlibm and, being pure TypeScript with exactly specified
 * operations only, give the same bits on every host. Every other Math function is StrictMath's,
 * as in the JDK (where Math delegates to StrictMath or the operation is exact).
 */

import { cbrt, hypot, ieeeRemainder } from './fdlibm/algebraic.js';
import { atan2 } from './fdlibm/atan2.js';
import { cosh, exp, expm1, sinh, tanh } from './fdlibm/exp.js';
import { acos, asin, atan } from './fdlibm/inverse-trig.js';
import { log, log10, log1p } from './fdlibm/log.js';
import { pow } from './fdlibm/pow.js';
import { cos, sin, tan } from './fdlibm/trig.js';
import { crCos, crExp, crLog, crLog10, crPow, crSin, crTan } from './correctly-rounded.js';
import { bitsToDouble } from './ieee754.js';

/** The StrictMath/Math functions that are native in JDK 17 or need care to get Java's bits. */
export interface MathFunctions {
  /** sin(D)D */
  readonly sin: (x: number) => number;
  /** cos(D)D */
  readonly cos: (x: number) => number;
  /** tan(D)D */
  readonly tan: (x: number) => number;
  /** asin(D)D */
  readonly asin: (x: number) => number;
  /** acos(D)D */
  readonly acos: (x: number) => number;
  /** atan(D)D */
  readonly atan: (x: number) => number;
  /** atan2(DD)D; note Java's argument order (y, x). */
  readonly atan2: (y: number, x: number) => number;
  /** exp(D)D */
  readonly exp: (x: number) => number;
  /** log(D)D */
  readonly log: (x: number) => number;
  /** log10(D)D */
  readonly log10: (x: number) => number;
  /** log1p(D)D */
  readonly log1p: (x: number) => number;
  /** expm1(D)D */
  readonly expm1: (x: number) => number;
  /** sinh(D)D */
  readonly sinh: (x: number) => number;
  /** cosh(D)D */
  readonly cosh: (x: number) => number;
  /** tanh(D)D */
  readonly tanh: (x: number) => number;
  /** hypot(DD)D */
  readonly hypot: (x: number, y: number) => number;
  /** cbrt(D)D */
  readonly cbrt: (x: number) => number;
  /** pow(DD)D */
  readonly pow: (x: number, y: number) => number;
  /** sqrt(D)D (correctly rounded everywhere) */
  readonly sqrt: (x: number) => number;
  /** IEEEremainder(DD)D */
  readonly IEEEremainder: (x: number, y: number) => number;
  /** rint(D)D: nearest integer, ties to even, sign kept (rint(-0.5) is -0.0). */
  readonly rint: (x: number) => number;
  /** floor(D)D */
  readonly floor: (x: number) => number;
  /** ceil(D)D */
  readonly ceil: (x: number) => number;
  /** round(D)J: floor(x + 0.5) computed exactly, NaN to 0, clamped to the long range. */
  readonly round: (x: number) => bigint;
  /** round(F)I: floor(f + 0.5) computed exactly, NaN to 0, clamped to the int range. */
  readonly roundFloat: (f: number) => number;
}

const TWO_52 = 2 ** 52;

/** Round to nearest integer, ties to even (StrictMath.rint). */
function rint(x: number): number {
  const a = Math.abs(x);
  if (!(a < TWO_52)) return x; // NaN, infinities and values that are already integers
  const r = a + TWO_52 - TWO_52;
  return x < 0 || Object.is(x, -0) ? -r : r;
}

/** Math.round(double): JavaScript's Math.round has the same exact floor(x + 0.5) semantics. */
function roundToLong(x: number): bigint {
  if (x !== x) return 0n;
  const r = Math.round(x);
  if (r >= 2 ** 63) return 0x7fffffffffffffffn;
  if (r <= -(2 ** 63)) return -0x8000000000000000n;
  return BigInt(r);
}

/** Math.round(float); the float is exact in a double, so rounding it as a double is the same. */
function roundToInt(f: number): number {
  if (f !== f) return 0;
  const r = Math.round(f);
  if (r >= 2147483647) return 2147483647;
  if (r <= -2147483648) return -2147483648;
  return r | 0;
}

/** Deterministic probe arguments: special values, then pseudo-random values of all magnitudes. */
function probeArguments(): number[] {
  const probes = [0, -0, 1, -1, 0.5, -0.5, 2, 1e-300, 5e-324, 1e300, Infinity, -Infinity, NaN];
  let seed = 0x2545f491;
  const next = (): number => {
    // xorshift32: a fixed sequence, so every host probes the same arguments
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return seed >>> 0;
  };
  for (let i = 0; i < 160; i++) {
    const mantissa = 1 + next() / 2 ** 32;
    const exponent = (next() % 80) - 40;
    probes.push((i & 1 ? -1 : 1) * mantissa * 2 ** exponent);
  }
  for (let i = 0; i < 60; i++) probes.push(bitsToDouble((BigInt(next()) << 32n) | BigInt(next())));
  for (let i = 1; i <= 40; i++) probes.push((i * Math.PI) / 4, i * 0.1);
  return probes;
}

/** Computed once; shared by every function's first-use check. */
let probes: number[] | undefined;

/** The host's `Math` function if it gives the port's bits on every probe, else the port (exported for tests). */
export function agreeingHost(port: (x: number) => number, host: (x: number) => number): (x: number) => number {
  for (const x of (probes ??= probeArguments())) {
    const a = port(x);
    const b = host(x);
    if (!(Object.is(a, b) || (a !== a && b !== b))) return port;
  }
  return host;
}

/** Like agreeingHost, but probes on first use, so that loading this module stays cheap. */
function preferHost(port: (x: number) => number, host: (x: number) => number): (x: number) => number {
  let chosen: ((x: number) => number) | undefined;
  return (x) => (chosen ??= agreeingHost(port, host))(x);
}

/** java.lang.StrictMath, bit-identical to JDK 17 on the fixtures. */
export const strictMath: MathFunctions = Object.freeze({
  sin: preferHost(sin, Math.sin),
  cos: preferHost(cos, Math.cos),
  tan: preferHost(tan, Math.tan),
  asin: preferHost(asin, Math.asin),
  acos: preferHost(acos, Math.acos),
  atan: preferHost(atan, Math.atan),
  atan2,
  exp,
  log: preferHost(log, Math.log),
  log10: preferHost(log10, Math.log10),
  log1p: preferHost(log1p, Math.log1p),
  expm1: preferHost(expm1, Math.expm1),
  sinh: preferHost(sinh, Math.sinh),
  cosh,
  tanh,
  hypot,
  cbrt,
  pow,
  sqrt: Math.sqrt,
  IEEEremainder: ieeeRemainder,
  rint,
  floor: Math.floor,
  ceil: Math.ceil,
  round: roundToLong,
  roundFloat: roundToInt,
});

/**
 * java.lang.Math as Tern implements it: correctly rounded sin, cos, tan, exp, log, log10 and pow
 * (HotSpot's intrinsics are correctly rounded on about 99.9% of inputs; see README.md for the
 * measured agreement), StrictMath's results for everything else.
 */
export const javaMath: MathFunctions = Object.freeze({
  ...strictMath,
  sin: crSin,
  cos: crCos,
  tan: crTan,
  exp: crExp,
  log: crLog,
  log10: crLog10,
  pow: crPow,
});
