/**
 * @fileoverview Exact and arbitrary-precision arithmetic for the correctly rounded math functions:
 * correct rounding of `A·2^s` (any bigint A) to double or float, exact decomposition of doubles,
 * the constants π, ln 2 and ln 10 to any number of bits, and fixed-point exp, log, sin/cos whose
 * error bounds are stated and generous. The fast double-double paths (./exp-log.ts, ./trig.ts,
 * ./pow.ts) build their tables from these at first use and fall back to them when a result lies
 * too close to a rounding boundary for double-double accuracy to decide it.
 *
 * Fixed-point convention: a bigint `X` "at scale F" stands for the real number X / 2^F.
 * Divisions truncate toward zero (bigint semantics); every bound below counts such truncations as
 * one unit each.
 */

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
/** Index of the high word of a double in `u32` (1 on little-endian hosts). */
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;

/** Number of bits of a positive bigint (0 for 0). */
export function bitLength(m: bigint): number {
  if (m <= 0n) return 0;
  if (m < 0x20000000000000n) {
    const n = Number(m);
    const hi = Math.floor(n / 4294967296);
    return hi !== 0 ? 64 - Math.clz32(hi) : 32 - Math.clz32(n);
  }
  const s = m.toString(16);
  return (s.length - 1) * 4 + (32 - Math.clz32(parseInt(s[0], 16)));
}

/** 2^n as a double, exactly, for -1074 <= n <= 1023. */
export function pow2(n: number): number {
  if (n >= -1022) {
    u32[HI] = (n + 1023) << 20;
    u32[1 - HI] = 0;
    return f64[0];
  }
  // subnormal: 2^-1022 × 2^(n + 1022) is exact because the result is representable
  u32[HI] = (n + 1022 + 1023) << 20;
  u32[1 - HI] = 0;
  return f64[0] * 2.2250738585072014e-308;
}

/** Exact magnitude decomposition of a finite nonzero double: |x| = m · 2^e with m < 2^53. */
export interface Decomposed {
  m: bigint;
  e: number;
}

/** |x| = m · 2^e exactly (x finite, nonzero). */
export function decompose(x: number): Decomposed {
  f64[0] = x;
  const hi = u32[HI];
  const lo = u32[1 - HI];
  const biased = (hi >>> 20) & 0x7ff;
  const frac = (hi & 0xfffff) * 4294967296 + lo;
  if (biased === 0) return { m: BigInt(frac), e: -1074 };
  return { m: BigInt(frac + 4503599627370496), e: biased - 1075 };
}

/**
 * A·2^s rounded once to nearest-even in the binary format with `precision` significant bits,
 * smallest quantum 2^minQuantum (subnormals) and overflow at 2^maxExp (to ±Infinity). Defaults:
 * double. For float pass (24, -149, 128); the float result is returned as an (exact) double.
 * A zero `a` gives +0.
 */
export function roundScaled(a: bigint, s: number, precision = 53, minQuantum = -1074, maxExp = 1024): number {
  if (a === 0n) return 0;
  const neg = a < 0n;
  const m = neg ? -a : a;
  const len = bitLength(m);
  const q = Math.max(len + s - precision, minQuantum);
  let n: bigint;
  if (q <= s) {
    n = m << BigInt(s - q);
  } else {
    const shift = BigInt(q - s);
    n = m >> shift;
    const rem = m - (n << shift);
    const half = 1n << (shift - 1n);
    if (rem > half || (rem === half && (n & 1n) === 1n)) n += 1n;
  }
  if (n === 0n) return neg ? -0 : 0;
  if (bitLength(n) + q > maxExp) return neg ? -Infinity : Infinity;
  const v = Number(n) * pow2(q);
  return neg ? -v : v;
}

/**
 * The double nearest to (A ± err)·2^s if both ends of that interval round to the same double
 * (same bits, so a zero's sign counts), else NaN: the caller must retry with more precision.
 */
export function decide(a: bigint, err: bigint, s: number): number {
  const lo = roundScaled(a - err, s);
  const hi = roundScaled(a + err, s);
  return Object.is(lo, hi) ? lo : NaN;
}

/** Σ_{k>=0} sign^k / ((2k+1) n^(2k+1)) at scale `bits` (atan(1/n) or atanh(1/n)); error < terms + 1 units. */
function arcSeries(n: bigint, bits: number, alternating: boolean): bigint {
  const n2 = n * n;
  let term = (1n << BigInt(bits)) / n;
  let sum = term;
  let k = 1n;
  let negative = alternating;
  while (term !== 0n) {
    term /= n2;
    const t = term / (2n * k + 1n);
    sum += negative ? -t : t;
    if (alternating) negative = !negative;
    k++;
  }
  return sum;
}

/** A cache of a constant computed to `bits` fractional bits plus guard bits. */
interface ConstantCache {
  bits: number;
  value: bigint;
}

const GUARD = 32;

/** value(bits) with error < 1 unit at scale `bits`, from a cache computed with GUARD extra bits. */
function cached(cache: ConstantCache, bits: number, compute: (b: number) => bigint): bigint {
  if (cache.bits < bits + GUARD) {
    const b = Math.max(bits + GUARD, cache.bits * 2);
    cache.value = compute(b);
    cache.bits = b;
  }
  return cache.value >> BigInt(cache.bits - bits);
}

const piCache: ConstantCache = { bits: 0, value: 0n };
const ln2Cache: ConstantCache = { bits: 0, value: 0n };
const ln10Cache: ConstantCache = { bits: 0, value: 0n };

/** π at scale `bits`, |error| < 2 units (Machin: π = 16 atan(1/5) − 4 atan(1/239)). */
export function piFixed(bits: number): bigint {
  return cached(piCache, bits, (b) => 16n * arcSeries(5n, b, true) - 4n * arcSeries(239n, b, true));
}

/** ln 2 at scale `bits`, |error| < 2 units (ln 2 = 18 atanh(1/26) − 2 atanh(1/4801) + 8 atanh(1/8749)). */
export function ln2Fixed(bits: number): bigint {
  return cached(ln2Cache, bits, (b) =>
    18n * arcSeries(26n, b, false) - 2n * arcSeries(4801n, b, false) + 8n * arcSeries(8749n, b, false));
}

/** ln 10 at scale `bits`, |error| < 2 units (ln 10 = 3 ln 2 + 2 atanh(1/9)). */
export function ln10Fixed(bits: number): bigint {
  return cached(ln10Cache, bits, (b) => 3n * ln2Fixed(b) + 2n * arcSeries(9n, b, false));
}

/** Nearest integer to p / q (q > 0), ties away from zero; any nearby integer would do for reductions. */
function roundDiv(p: bigint, q: bigint): bigint {
  const twice = (2n * p + (p < 0n ? -q : q)) / (2n * q);
  return twice;
}

/**
 * exp(X / 2^F) ≈ M · 2^E with relative error below 2^-F, for |X / 2^F| < 2^12 (F >= 64).
 * Method: x = k ln 2 + r, |r| <= ln2/2; Taylor series of r / 2^10; ten squarings.
 */
export function expFixed(x: bigint, f: number): { m: bigint; e: number } {
  const g = f + 48;
  const G = BigInt(g);
  const ln2 = ln2Fixed(g + 16);
  const xg = x << BigInt(g + 16 - f);
  const k = roundDiv(xg, ln2);
  // r at scale g: the ln2 error (< 2|k| units at g+16) and the shift cost < 2 units at scale g
  const r = (xg - k * ln2) >> 16n;
  const SQUARINGS = 10;
  const rs = r >> BigInt(SQUARINGS);
  const one = 1n << G;
  let sum = one;
  let term = one;
  for (let n = 1n; ; n++) {
    term = (term * rs >> G) / n;
    if (term === 0n) break;
    sum += term;
  }
  for (let i = 0; i < SQUARINGS; i++) sum = (sum * sum) >> G;
  // Error: r carries < 3 units (relative 2^(2-g) of exp(r) after squaring, since the squarings
  // turn an absolute error of r/2^10 into the same absolute error of r); the series < g/4 + 2
  // units, amplified 2^10 by the squarings; each squaring adds 1 unit. Total < 2^(30-g) relative
  // for f < 2^16, which is below 2^-f.
  return { m: sum, e: Number(k) - g };
}

/**
 * log(x) at scale F for a finite x > 0, |error| < 4 units. Method: x = m·2^e with m in
 * [0.75, 1.5), log m = 2 atanh((m−1)/(m+1)).
 */
export function logFixed(x: number, f: number): bigint {
  const { m, e } = decompose(x);
  // normalise m / 2^(len-1) into [0.75, 1.5)
  const len = bitLength(m);
  let exp = e + len - 1; // x = (m / 2^(len-1)) · 2^exp
  let num = m; // m_normalised = num / den
  let den = 1n << BigInt(len - 1);
  if (num * 2n >= den * 3n) {
    den <<= 1n;
    exp += 1;
  }
  const g = f + 24;
  const G = BigInt(g);
  const negative = num < den;
  const t = (((negative ? den - num : num - den)) << G) / (num + den); // |t|, odd series
  const t2 = (t * t) >> G;
  let term = t;
  let sum = t;
  for (let k = 3n; ; k += 2n) {
    term = (term * t2) >> G;
    if (term === 0n) break;
    sum += term / k;
  }
  if (negative) sum = -sum;
  // error at scale g: series < g/2 units (doubled), ln2 < 2|exp| units <= 2^12
  const total = 2n * sum + BigInt(exp) * ln2Fixed(g);
  return total >> 24n;
}

/**
 * Quadrant k (mod 4) and sin r, cos r at scale F for x = kπ/2 + r, |r| <= 0.8 (k = 0 for |x| <= 0.8),
 * each with |error| < 3 units. x finite with |x| >= 2^-60.
 */
export function sinCosFixed(x: number, f: number): { k: number; sin: bigint; cos: bigint } {
  const neg = x < 0;
  const { m, e } = decompose(x);
  const g = f + 24;
  const G = BigInt(g);
  let k = 0n;
  let r: bigint;
  if (Math.abs(x) <= 0.8) {
    r = e + g >= 0 ? m << BigInt(e + g) : m >> BigInt(-(e + g));
  } else {
    const extra = Math.max(0, e + 53) + 8;
    const b = g + extra;
    const halfPi = piFixed(b - 1); // π/2 at scale b is π at scale b - 1; error < 2 units
    const xb = e + b >= 0 ? m << BigInt(e + b) : m >> BigInt(-(e + b));
    k = roundDiv(xb, halfPi);
    // error of xb - k·halfPi < 2|k| + 1 units at scale b, |k| < 2^(e+54) => < 2^-5 units at g
    r = (xb - k * halfPi) >> BigInt(extra);
  }
  if (neg) r = -r;
  const r2 = (r * r) >> G;
  let s = r;
  let term = r;
  for (let n = 1n; ; n++) {
    term = -((term * r2) >> G) / ((2n * n) * (2n * n + 1n));
    if (term === 0n) break;
    s += term;
  }
  let c = 1n << G;
  term = c;
  for (let n = 1n; ; n++) {
    term = -((term * r2) >> G) / ((2n * n - 1n) * (2n * n));
    if (term === 0n) break;
    c += term;
  }
  // series truncations < 2 units per term (< 2^8 units at scale g), r < 2 units
  let quadrant = Number(BigInt.asUintN(2, k));
  if (neg) quadrant = (4 - quadrant) & 3;
  return { k: quadrant, sin: s >> 24n, cos: c >> 24n };
}

/** An error bound of 3 units, as the fixed-point functions promise. */
const ERR = 3n;

/** Precisions tried by the slow paths; beyond the last the nearest value of the last try is returned. */
const PRECISIONS = [128, 256, 512, 1024, 2048, 4096];

/** Runs `attempt(F)` for growing F until it decides (returns non-NaN); else `last(F)`. */
function refine(attempt: (f: number) => number, last: (f: number) => number): number {
  for (const f of PRECISIONS) {
    const v = attempt(f);
    if (v === v) return v;
  }
  return last(PRECISIONS[PRECISIONS.length - 1]);
}

/** Correctly rounded exp(x) for finite x (any x; overflow and underflow included). */
export function expExact(x: number): number {
  if (x === 0) return 1;
  if (x > 710) return Infinity;
  if (x < -746) return 0;
  const { m, e } = decompose(x);
  const sx = x < 0 ? -m : m;
  const run = (f: number, exact: boolean): number => {
    const X = e + f >= 0 ? sx << BigInt(e + f) : sx >> BigInt(-(e + f));
    const { m: a, e: s } = expFixed(X, f);
    return exact ? roundScaled(a, s) : decide(a, (a >> BigInt(f - 2)) + 1n, s);
  };
  return refine((f) => run(f, false), (f) => run(f, true));
}

/** Correctly rounded log(x) (x > 0 finite, x != 1). */
export function logExact(x: number): number {
  return refine((f) => decide(logFixed(x, f), 4n, -f), (f) => roundScaled(logFixed(x, f), -f));
}

/** Correctly rounded log10(x) (x > 0 finite, not an integral power of ten). */
export function log10Exact(x: number): number {
  const run = (f: number, exact: boolean): number => {
    const g = f + 16;
    const l = logFixed(x, g);
    const q = (l << BigInt(g)) / ln10Fixed(g);
    // |l| < 2^(g+10); errors: l < 4 units, ln10 < 2 units relative 2^-g, division 1 unit
    return exact ? roundScaled(q, -g) : decide(q, 8n + (q < 0n ? -q : q) / (1n << BigInt(g - 2)), -g);
  };
  return refine((f) => run(f, false), (f) => run(f, true));
}

/** Which function of the reduced argument a trig function needs. */
type Trig = 'sin' | 'cos' | 'tan';

/** Correctly rounded sin, cos or tan of a finite x with |x| >= 2^-60. */
export function trigExact(fn: Trig, x: number): number {
  const run = (f: number, exact: boolean): number => {
    const { k, sin, cos } = sinCosFixed(x, f);
    let v: bigint;
    let err: bigint;
    if (fn === 'tan') {
      const num = k & 1 ? -cos : sin;
      const den = k & 1 ? sin : cos;
      if (den === 0n) return exact ? (num < 0n ? -Infinity : Infinity) : NaN;
      v = (num << BigInt(f)) / den;
      const av = v < 0n ? -v : v;
      const an = num < 0n ? -num : num;
      const ad = den < 0n ? -den : den;
      // relative errors of num and den (< 3 units each) add up; the division truncates by 1 unit
      err = an === 0n ? 1n << BigInt(f) : (av * ERR) / an + (av * ERR) / ad + 2n;
    } else {
      const q = fn === 'sin' ? k : (k + 1) & 3;
      const base = q & 1 ? cos : sin;
      v = q & 2 ? -base : base;
      err = ERR;
    }
    return exact ? roundScaled(v, -f) : decide(v, err, -f);
  };
  return refine((f) => run(f, false), (f) => run(f, true));
}

/** Correctly rounded sin of a finite |x| >= 2^-60. */
export const sinExact = (x: number): number => trigExact('sin', x);
/** Correctly rounded cos of a finite |x| >= 2^-60. */
export const cosExact = (x: number): number => trigExact('cos', x);
/** Correctly rounded tan of a finite |x| >= 2^-60. */
export const tanExact = (x: number): number => trigExact('tan', x);

/** Integer square root of n >= 0 (floor): Newton's iteration from a power of two above the root. */
function isqrt(n: bigint): bigint {
  if (n < 2n) return n;
  let x = 1n << BigInt((bitLength(n) >> 1) + 1);
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

/**
 * The exact value of ax^y as (numerator bigint, binary exponent) when it is a dyadic rational
 * with a manageable numerator, or undefined. Covers integer y > 0 (ax^y = m^y 2^(ey)) and
 * y = n/2^j (j <= 5) where m^n is a perfect 2^j-th power: the only cases in which ax^y can be a
 * double or the midpoint of two doubles, when ax is not a power of two. ax > 0 finite, y finite.
 */
function exactPower(ax: number, y: number): { a: bigint; s: number } | undefined {
  if (y <= 0) return undefined;
  let j = 0;
  let n = y;
  while (!Number.isInteger(n) && j < 5) {
    n *= 2;
    j++;
  }
  if (!Number.isInteger(n)) return undefined;
  let { m, e } = decompose(ax);
  while ((m & 1n) === 0n) {
    m >>= 1n;
    e++;
  }
  if (n * bitLength(m) > 8192) return undefined;
  let p = m ** BigInt(n);
  for (let i = 0; i < j; i++) {
    const r = isqrt(p);
    if (r * r !== p) return undefined;
    p = r;
  }
  const scale = e * n;
  if (scale % 2 ** j !== 0) return undefined;
  return { a: p, s: scale / 2 ** j };
}

/**
 * Correctly rounded ax^y for finite ax > 0 and finite y != 0 (the caller applies Java's special
 * cases and the sign for negative bases). Exact and midpoint cases are computed exactly.
 */
export function powExact(ax: number, y: number): number {
  const exact = exactPower(ax, y);
  if (exact) return roundScaled(exact.a, exact.s);
  const { m: my, e: ey } = decompose(y);
  const run = (f: number, last: boolean): number => {
    // z = y·log(ax) at scale g with |error| < |y|·4 units of logFixed at scale g + extra
    const lg = Math.max(0, ey + 53) + 4;
    const g = f + 16;
    const l = logFixed(ax, g + lg); // error < 4 units at scale g + lg
    let z = l * (y < 0 ? -my : my); // at scale g + lg - ey, error < 4·|my| units
    const shift = lg - ey;
    z = shift >= 0 ? z >> BigInt(shift) : z << BigInt(-shift); // scale g
    const zAbs = z < 0n ? -z : z;
    if (zAbs > 760n << BigInt(g)) return z > 0n ? Infinity : 0;
    // error of z at scale g: 4|my| units at scale g + shift, i.e. < 4·2^(53+ey-lg) <= 1/4 unit,
    // plus 1 for the shift: < 2 units
    const { m: a, e: s } = expFixed(z, g);
    // relative error: exp's own < 2^-g, z's 2 units → < 2^(2-g)·(1+tiny): 4 units of a at scale g
    return last ? roundScaled(a, s) : decide(a, (a >> BigInt(g - 3)) + 1n, s);
  };
  return refine((f) => run(f, false), (f) => run(f, true));
}
