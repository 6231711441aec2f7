/**
 * @fileoverview The digit generator of JDK 17's FloatingDecimal (Double.toString/Float.toString).
 *
 * JDK 17 (before the Raffaello Giulietti rewrite of JDK 19) is not a shortest-digits algorithm:
 * it estimates the decimal exponent, then produces digits by long division B/S until the
 * remainder is within M (half an ulp, scaled) of either end, using a symmetric stopping test even
 * at powers of two, and then rounds the last digit. Several quirks of it show in the output and
 * are reproduced here on purpose:
 *  - three arithmetic paths (32-bit int, 64-bit long, big integer) with slightly different
 *    stopping tests (`b + m > tens` versus `B + M >= tenS`) and int/long overflow behaviour;
 *  - E-notation forces at least two digits, so the first stopping test is ignored there;
 *  - integers below 2^63 take a shortcut that prints all their digits, rounded to the
 *    "significant" ones only above 2^nSignificantBits;
 *  - round-up carries keep trailing zeros in the digit buffer.
 * This is an independent TypeScript implementation of that algorithm (written from its
 * description and checked against HotSpot on the fixtures of test/natives/support). The int path
 * is emulated with Math.imul and `| 0`; the long path with pairs of 32-bit words that wrap like
 * Java's long; the big-integer path, being exact arithmetic, is computed with two big divisions
 * and small-integer comparisons (generateByQuotient) instead of one division per digit.
 */

import { trailingZeros53 } from './ieee754.js';

/** Bits of the fraction field of a double (the hidden bit is bit 52 of the normalized value). */
const EXP_SHIFT = 52;
const TWO_52 = 2 ** 52;
/** Largest binary exponent for which integers take the long shortcut (JDK MAX_SMALL_BIN_EXP). */
const MAX_SMALL_BIN_EXP = 62;

/** Approximately ceil(log2(5^i)), as the JDK tabulates it (its overestimates decide the path). */
const N_5_BITS = [0, 3, 5, 7, 10, 12, 14, 17, 19, 21, 24, 26, 28, 31, 33, 35, 38, 40, 42, 45, 47, 49, 52, 54, 56, 59, 61];
/** Powers of five that are exact doubles (5^0 .. 5^22), built by exact multiplication. */
const NUMBER_5_POW: number[] = [1];
for (let i = 1; i <= 22; i++) NUMBER_5_POW.push(NUMBER_5_POW[i - 1] * 5);
/** Powers of five that fit in an int (5^0 .. 5^13). */
const SMALL_5_POW = NUMBER_5_POW.slice(0, 14);
/** 5^i as bigint, filled on demand (decimal exponents stay below 350, so this stays small). */
const BIG_5_POW: bigint[] = [1n];

/** 5^i as a bigint, cached. */
function pow5(i: number): bigint {
  for (let k = BIG_5_POW.length; k <= i; k++) BIG_5_POW.push(BIG_5_POW[k - 1] * 5n);
  return BIG_5_POW[i];
}

/** insignificantDigits(2^i): the number of decimal digits of 2^i minus one, floor(log10(2^i)). */
const INSIGNIFICANT_DIGITS_FOR_POW2 = [
  0, 0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 5, 5, 5, 6, 6, 6, 6, 7, 7, 7, 8, 8, 8, 9, 9, 9, 9, 10, 10, 10,
  11, 11, 11, 12, 12, 12, 12, 13, 13, 13, 14, 14, 14, 15, 15, 15, 15, 16, 16, 16, 17, 17, 17, 18, 18, 18, 19,
];

/** Decimal digits (as char codes) and decimal exponent: value = 0.d1d2d3... × 10^decExponent. */
export interface DecimalDigits {
  digits: number[];
  decExponent: number;
}

const CHAR_0 = 48;

/**
 * FloatingDecimal's digit generation for a positive value fractBits × 2^(binExp-52), where
 * fractBits has its leading one at bit 52 and nSignificantBits is the precision of the source type
 * (53, 24, or fewer for subnormals). `compatible` is the JDK's isCompatibleFormat: true for
 * toString, false for the digits java.util.Formatter starts from.
 */
export function dtoa(binExp: number, fractBits: number, nSignificantBits: number, compatible = true): DecimalDigits {
  const tailZeros = trailingZeros53(fractBits);
  const nFractBits = EXP_SHIFT + 1 - tailZeros;
  const nTinyBits = Math.max(0, nFractBits - binExp - 1);
  if (nTinyBits === 0 && binExp <= MAX_SMALL_BIN_EXP) {
    // An integer below 2^63 (what the JDK's longer test amounts to once it requires no fraction
    // bits): print its digits, dropping those beyond the type's precision.
    const insignificant =
      binExp > nSignificantBits ? insignificantDigitsForPow2(binExp - nSignificantBits - 1) : 0;
    const value =
      binExp >= EXP_SHIFT
        ? BigInt(fractBits) << BigInt(binExp - EXP_SHIFT)
        : BigInt(fractBits / 2 ** (EXP_SHIFT - binExp));
    return longDigits(value, insignificant);
  }

  let decExp = estimateDecExp(fractBits, binExp);
  const B5 = Math.max(0, -decExp);
  let B2 = B5 + nTinyBits + binExp;
  const S5 = Math.max(0, decExp);
  let S2 = S5 + nTinyBits;
  const M5 = B5;
  let M2 = B2 - nSignificantBits;

  const fract = fractBits / 2 ** tailZeros;
  B2 -= nFractBits - 1;
  const common2 = Math.min(B2, S2);
  B2 -= common2;
  S2 -= common2;
  M2 -= common2;
  // At an exact power of two the next lower value is only half an ulp away; the JDK narrows M.
  if (nFractBits === 1) M2 -= 1;
  if (M2 < 0) {
    B2 -= M2;
    S2 -= M2;
    M2 = 0;
  }

  const Bbits = nFractBits + B2 + (B5 < N_5_BITS.length ? N_5_BITS[B5] : B5 * 3);
  const tenSbits = S2 + 1 + (S5 + 1 < N_5_BITS.length ? N_5_BITS[S5 + 1] : (S5 + 1) * 3);
  let gen: Generated;
  if (Bbits < 32 && tenSbits < 32) {
    gen = generateInt(fract, B5, B2, S5, S2, M5, M2, decExp, compatible);
  } else if (Bbits < 64 && tenSbits < 64) {
    // B, S and M all fit in 63 bits: build their 32-bit words without bigint.
    const b = longOf(fract, B5, B2);
    const bHi = wordHi;
    const sLo = longOf(1, S5, S2);
    const sHi = wordHi;
    const mLo = longOf(1, M5, M2);
    gen = generateLong(bHi, b, sHi, sLo, wordHi, mLo, decExp, compatible);
  } else {
    const B = (BigInt(fract) * pow5(B5)) << BigInt(B2);
    const S = pow5(S5) << BigInt(S2);
    const M = pow5(M5) << BigInt(M2);
    gen = generateByQuotient(B, S, M, decExp, compatible) ?? generateBigSlowly(B, S, M, decExp, compatible);
  }
  decExp = gen.decExp;
  const result: DecimalDigits = { digits: gen.digits, decExponent: decExp + 1 };
  // The last digit is rounded according to how the loop stopped.
  if (gen.high) {
    if (gen.low) {
      if (gen.lowDigitDifference === 0) {
        if ((gen.digits[gen.digits.length - 1] & 1) !== 0) roundUp(result);
      } else if (gen.lowDigitDifference > 0) {
        roundUp(result);
      }
    } else {
      roundUp(result);
    }
  }
  return result;
}

/** Outcome of a digit-generation loop. */
interface Generated {
  digits: number[];
  decExp: number;
  low: boolean;
  high: boolean;
  /** Sign of 2·remainder − 10·S (only its sign matters). */
  lowDigitDifference: number;
}

/**
 * True when the first stopping test must be ignored: in E-notation Java insists on a second digit,
 * and the formatted (non-"compatible") conversions of java.util.Formatter always do.
 */
function forcesSecondDigit(decExp: number, compatible: boolean): boolean {
  return !compatible || decExp < -3 || decExp >= 8;
}

/** Digit generation in 32-bit int arithmetic, wrapping like Java's int. */
function generateInt(
  fract: number, B5: number, B2: number, S5: number, S2: number, M5: number, M2: number, decExp: number,
  compatible: boolean,
): Generated {
  let b = Math.imul(fract | 0, SMALL_5_POW[B5]) << B2;
  const s = SMALL_5_POW[S5] << S2;
  let m = SMALL_5_POW[M5] << M2;
  const tens = Math.imul(s, 10);
  const digits: number[] = [];
  let q = (b / s) | 0;
  b = Math.imul(10, b % s);
  m = Math.imul(m, 10);
  let low = b < m;
  let high = ((b + m) | 0) > tens;
  if (q === 0 && !high) decExp--;
  else digits.push(CHAR_0 + q);
  if (forcesSecondDigit(decExp, compatible)) high = low = false;
  while (!low && !high) {
    q = (b / s) | 0;
    b = Math.imul(10, b % s);
    m = Math.imul(m, 10);
    if (m > 0) {
      low = b < m;
      high = ((b + m) | 0) > tens;
    } else {
      // m overflowed: the JDK treats both ends as reached.
      low = high = true;
    }
    digits.push(CHAR_0 + q);
  }
  return { digits, decExp, low, high, lowDigitDifference: ((b << 1) - tens) | 0 };
}

/** 2^32. Low words are taken as `t >>> 0` (t mod 2^32 for the non-negative integers here). */
const TWO_32 = 4294967296;

/** Signed comparison of 64-bit values given as (signed high word, unsigned low word). */
function compareLong(aHi: number, aLo: number, bHi: number, bLo: number): number {
  if (aHi !== bHi) return aHi < bHi ? -1 : 1;
  return aLo < bLo ? -1 : aLo > bLo ? 1 : 0;
}

/** High word of the last longOf result (a second return value, to avoid allocating). */
let wordHi = 0;

/**
 * x·5^e5·2^e2 as a 64-bit value known to be below 2^63 (x < 2^53): returns the low 32-bit word and
 * leaves the high word in `wordHi`. Exact: 5^e5 is split so every factor is an exact double, the
 * 32x32-bit partial products are formed from 16-bit halves, and shifts by 2^k are exact.
 */
function longOf(x: number, e5: number, e2: number): number {
  const y = NUMBER_5_POW[Math.min(e5, 22)];
  if (e5 > 22) x *= NUMBER_5_POW[e5 - 22]; // then x is small: the product is below 2^63
  // x·y with x = xh·2^32 + xl, y = yh·2^32 + yl; xh·yh is 0 since the product is below 2^63.
  const xh = Math.floor(x / TWO_32);
  const xl = x >>> 0;
  const yh = Math.floor(y / TWO_32);
  const yl = y >>> 0;
  const aHi = xl >>> 16;
  const aLo = xl & 0xffff;
  const bHi = yl >>> 16;
  const bLo = yl & 0xffff;
  const cross = aHi * bLo + aLo * bHi;
  const crossLo = cross & 0xffff; // bitwise ops see cross mod 2^32; its low 16 bits survive
  const low = crossLo * 65536 + aLo * bLo;
  let lo = low >>> 0;
  let hi = aHi * bHi + (cross - crossLo) / 65536 + (low - lo) / TWO_32 + xh * yl + xl * yh;
  // shift left by e2 (the result stays below 2^63)
  if (e2 >= 32) {
    hi = lo * 2 ** (e2 - 32);
    lo = 0;
  } else if (e2 > 0) {
    hi = hi * 2 ** e2 + Math.floor(lo / 2 ** (32 - e2));
    lo = (lo * 2 ** e2) >>> 0;
  }
  wordHi = hi;
  return lo;
}

/**
 * Digit generation in 64-bit long arithmetic, wrapping like Java's long. Each long is kept as a
 * signed high word and an unsigned low word in plain numbers (no bigint in the loop): b, s and 10s
 * are non-negative and below 2^63 by construction; m·10 and b + m wrap exactly as in Java.
 */
function generateLong(
  bHi: number, bLo: number, sHi: number, sLo: number, mHi: number, mLo: number, decExp: number,
  compatible: boolean,
): Generated {
  const s = sHi * TWO_32 + sLo; // approximate, for quotient estimates only
  // tens = 10·s (no overflow: tenSbits < 64)
  let t = sLo * 10;
  const tensLo = t >>> 0;
  const tensHi = sHi * 10 + (t - tensLo) / TWO_32;
  const digits: number[] = [];
  let low = false;
  let high = false;
  let first = true;
  do {
    // q = b / s, b = 10·(b % s): estimate q in floating point, then correct it exactly.
    let q = Math.floor((bHi * TWO_32 + bLo) / s);
    let rHi: number;
    let rLo: number;
    for (;;) {
      t = sLo * q;
      const pLo = t >>> 0;
      const pHi = sHi * q + (t - pLo) / TWO_32;
      rLo = bLo - pLo;
      rHi = bHi - pHi;
      if (rLo < 0) {
        rLo += TWO_32;
        rHi -= 1;
      }
      if (rHi < 0) q--;
      else if (compareLong(rHi, rLo, sHi, sLo) >= 0) q++;
      else break;
    }
    t = rLo * 10;
    bLo = t >>> 0;
    bHi = rHi * 10 + (t - bLo) / TWO_32;
    // m *= 10, wrapping
    t = mLo * 10;
    mLo = t >>> 0;
    mHi = (Math.imul(mHi, 10) + (t - mLo) / TWO_32) | 0;
    if (first || mHi > 0 || (mHi === 0 && mLo > 0)) {
      low = compareLong(bHi, bLo, mHi, mLo) < 0;
      // b + m, wrapping
      t = bLo + mLo;
      const sumLo = t >>> 0;
      const sumHi = (bHi + mHi + (t - sumLo) / TWO_32) | 0;
      high = compareLong(sumHi, sumLo, tensHi, tensLo) > 0;
    } else {
      // m overflowed: the JDK treats both ends as reached.
      low = high = true;
    }
    if (first) {
      first = false;
      if (q === 0 && !high) decExp--;
      else digits.push(CHAR_0 + q);
      if (forcesSecondDigit(decExp, compatible)) high = low = false;
    } else {
      digits.push(CHAR_0 + q);
    }
  } while (!low && !high);
  // sign of (b << 1) - tens, wrapping
  t = bLo * 2;
  let dLo = t >>> 0;
  let dHi = (bHi * 2 + (t - dLo) / TWO_32) | 0;
  dLo -= tensLo;
  if (dLo < 0) {
    dLo += TWO_32;
    dHi -= 1;
  }
  dHi = (dHi - tensHi) | 0;
  return { digits, decExp, low, high, lowDigitDifference: dHi < 0 ? -1 : dHi === 0 && dLo === 0 ? 0 : 1 };
}

/** Base of the two-limb numbers below: Q and the remainders are kept as hi·10^10 + lo. */
const LIMB = 1e10;
const BIG_LIMB = 10n ** 10n;
/** 10^19: Q = floor(10^19·B/S) holds the first 20 digits. */
const SCALE = 10n ** 19n;
const POW10 = Array.from({ length: 11 }, (_, i) => 10 ** i);

/** Compares two-limb numbers hi·10^10 + lo (lo may exceed a limb; it is carried first). */
function compareLimbs(aHi: number, aLo: number, bHi: number, bLo: number): number {
  if (aLo >= LIMB) {
    aHi += Math.floor(aLo / LIMB);
    aLo %= LIMB;
  }
  if (aHi !== bHi) return aHi < bHi ? -1 : 1;
  return aLo < bLo ? -1 : aLo > bLo ? 1 : 0;
}

/**
 * The JDK's long-division digit loop, done with two big divisions instead of one per digit.
 *
 * With Q = floor(10^19·B/S) and R its remainder, the JDK's remainder after k digits, scaled by
 * 10^(19-k), is S·rest_k + R where rest_k = Q mod 10^(20-k); its M after k digits scales to the
 * constant 10^19·M = W·S + w; its 10S scales to 10^(20-k)·S. Dividing every test by S leaves
 * comparisons of small integers (two 10-digit limbs, exact in doubles) plus constant tie-breaks
 * from R and w. (Only the big-integer path uses it: for the 64-bit quantities of the long path
 * the per-digit loop is as fast, and it must wrap like Java's long anyway.) Returns undefined where
 * the limbs do not suffice (subnormals with few significant bits, whose M is large, or a first
 * quotient digit above 9); the caller then runs the per-digit loop.
 */
function generateByQuotient(
  B: bigint, S: bigint, M: bigint, decExp: number, compatible: boolean,
): Generated | undefined {
  const scaledB = B * SCALE;
  const Q = scaledB / S;
  const scaledM = M * SCALE;
  const bigW = scaledM / S;
  if (Q >= SCALE * 10n || bigW >= BIG_LIMB) return undefined;
  const R = scaledB - Q * S;
  const w = scaledM - bigW * S;
  const W = Number(bigW);
  const remainderBelowW = R < w; // decides rest == W in the low test
  const carry = R + w >= S ? 1 : 0; // floor((R + w)/S)
  const twiceR = 2n * R;
  const twiceCarry = twiceR >= S ? 1 : 0;
  const twiceFraction = twiceCarry === 1 ? twiceR - S : twiceR;
  const qHi = Number(Q / BIG_LIMB);
  const qLo = Number(Q % BIG_LIMB);
  const text = String(qHi).padStart(10, '0') + String(qLo).padStart(10, '0');

  const digits: number[] = [];
  let low = false;
  let high = false;
  let restHi = 0;
  let restLo = 0;
  let unitHi = 0;
  let unitLo = 0;
  let k = 0;
  do {
    k++;
    if (k >= 20) return undefined;
    // rest_k = Q mod 10^(20-k) and unit_k = 10^(20-k), as limbs
    if (k < 10) {
      restHi = qHi % POW10[10 - k];
      restLo = qLo;
      unitHi = POW10[10 - k];
      unitLo = 0;
    } else {
      restHi = 0;
      restLo = qLo % POW10[20 - k];
      unitHi = k === 10 ? 1 : 0;
      unitLo = k === 10 ? 0 : POW10[20 - k];
    }
    low = restHi === 0 && (restLo < W || (restLo === W && remainderBelowW));
    high = compareLimbs(restHi, restLo + W + carry, unitHi, unitLo) >= 0;
    const q = text.charCodeAt(k - 1) - CHAR_0;
    if (k === 1) {
      if (q === 0 && !high) decExp--;
      else digits.push(CHAR_0 + q);
      if (forcesSecondDigit(decExp, compatible)) high = low = false;
    } else {
      digits.push(CHAR_0 + q);
    }
  } while (!low && !high);
  let lowDigitDifference = 0;
  if (high && low) {
    // sign of 2·B_k - 10S, i.e. of 2·rest_k + 2R/S - 10^(20-k)
    const c = compareLimbs(2 * restHi, 2 * restLo + twiceCarry, unitHi, unitLo);
    lowDigitDifference = c !== 0 ? c : twiceFraction > 0n ? 1 : 0;
  }
  return { digits, decExp, low, high, lowDigitDifference };
}

/** The JDK's per-digit big-integer loop, used when the quotient shortcut does not apply. */
function generateBigSlowly(B: bigint, S: bigint, M: bigint, decExp: number, compatible: boolean): Generated {
  // The JDK keeps M pre-multiplied by ten.
  M *= 10n;
  const tenS = S * 10n;
  const digits: number[] = [];
  let q = Number(B / S);
  B = (B % S) * 10n;
  let low = B < M;
  let high = B + M >= tenS;
  if (q === 0 && !high) decExp--;
  else digits.push(CHAR_0 + q);
  if (forcesSecondDigit(decExp, compatible)) high = low = false;
  while (!low && !high) {
    q = Number(B / S);
    B = (B % S) * 10n;
    M *= 10n;
    low = B < M;
    high = B + M >= tenS;
    digits.push(CHAR_0 + q);
  }
  let lowDigitDifference = 0;
  if (high && low) {
    const twice = B << 1n;
    lowDigitDifference = twice > tenS ? 1 : twice < tenS ? -1 : 0;
  }
  return { digits, decExp, low, high, lowDigitDifference };
}

/** Adds one to the last digit; a carry out of the first digit bumps the exponent (digits keep their count). */
function roundUp(r: DecimalDigits): void {
  const digits = r.digits;
  let i = digits.length - 1;
  let q = digits[i];
  if (q === CHAR_0 + 9) {
    while (q === CHAR_0 + 9 && i > 0) {
      digits[i] = CHAR_0;
      q = digits[--i];
    }
    if (q === CHAR_0 + 9) {
      r.decExponent += 1;
      digits[0] = CHAR_0 + 1;
      return;
    }
  }
  digits[i] = q + 1;
}

/**
 * floor(log10(value)) estimated the JDK's way, from a linear approximation of log10 on [1, 2)
 * evaluated in double arithmetic (so it must be evaluated in exactly this order).
 */
function estimateDecExp(fractBits: number, binExp: number): number {
  const d2 = fractBits / TWO_52;
  const d = (d2 - 1.5) * 0.289529654 + 0.176091259 + binExp * 0.301029995663981;
  return Math.floor(d);
}

/** floor(log10(2^p2)) for 2 <= p2 < 64, else 0 (the JDK's table lookup). */
function insignificantDigitsForPow2(p2: number): number {
  return p2 > 1 && p2 < INSIGNIFICANT_DIGITS_FOR_POW2.length ? INSIGNIFICANT_DIGITS_FOR_POW2[p2] : 0;
}

/** Digits of a positive integer, after rounding away `insignificant` low decimal digits (half up). */
function longDigits(value: bigint, insignificant: number): DecimalDigits {
  let decExponent = 0;
  if (insignificant !== 0) {
    const pow10 = 10n ** BigInt(insignificant);
    const residue = value % pow10;
    value /= pow10;
    decExponent += insignificant;
    if (residue >= pow10 >> 1n) value++;
  }
  const text = value.toString();
  let end = text.length;
  while (text.charCodeAt(end - 1) === CHAR_0) end--;
  const digits: number[] = [];
  for (let i = 0; i < end; i++) digits.push(text.charCodeAt(i));
  return { digits, decExponent: decExponent + text.length };
}

