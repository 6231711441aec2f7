/**
 * @fileoverview Double.parseDouble / Float.parseFloat with JDK 17's grammar, error messages and
 * results. The natives of java.lang.Double/Float (and FloatingDecimal) call these and turn a
 * NumberFormatError into java.lang.NumberFormatException with the same message.
 *
 * Grammar (Double.valueOf javadoc, as JDK 17's FloatingDecimal scans it): the string is trimmed
 * of characters <= ' ', then: optional sign; "NaN" | "Infinity" | decimal significand with
 * optional point and optional e/E exponent | 0x/0X hex significand with mandatory p/P binary
 * exponent; then one optional f/F/d/D suffix. Results are correctly rounded (round half to even)
 * from the exact decimal or hexadecimal value, directly to the target format, so a float is never
 * rounded twice. Big-integer arithmetic uses bigint; inputs of up to 20 significant digits take
 * exact fast paths (IEEE arithmetic on exact operands, or ECMAScript's correctly rounded
 * StringToNumber, narrowed to float only when that cannot double-round).
 */

import { bitsToFloat, floatToBits } from './ieee754.js';

/** A malformed number string; `message` is the JDK's NumberFormatException message. */
export class NumberFormatError extends Error {
  /** Creates the error with the JDK's exact message text. */
  constructor(message: string) {
    super(message);
    this.name = 'NumberFormatError';
  }
}

/** Parameters of a binary floating-point format. */
interface BinaryFormat {
  /** Significand bits including the hidden one. */
  precision: number;
  /** Exponent of the smallest normal value. */
  minExponent: number;
  /** Exponent of the largest finite value. */
  maxExponent: number;
  /** Decimal digits kept before the rest is summarized by one sticky digit (JDK MAX_NDIGITS). */
  maxDigits: number;
  /** Rounds an exactly representable (or overflowing) number to this format. */
  narrow: (x: number) => number;
}

const DOUBLE: BinaryFormat = { precision: 53, minExponent: -1022, maxExponent: 1023, maxDigits: 1100, narrow: (x) => x };
const FLOAT: BinaryFormat = { precision: 24, minExponent: -126, maxExponent: 127, maxDigits: 200, narrow: Math.fround };

/** Powers of ten that are exact doubles (10^0 .. 10^22). */
const EXACT_POW10 = Array.from({ length: 23 }, (_, i) => Number(`1e${i}`));

/** Java `Double.parseDouble(s)`; throws NumberFormatError like the JDK. */
export function javaParseDouble(s: string): number {
  return parse(s, DOUBLE);
}

/** Java `Float.parseFloat(s)`, correctly rounded straight to float; throws NumberFormatError. */
export function javaParseFloat(s: string): number {
  return parse(s, FLOAT);
}

/** Java's String.trim(): strips leading and trailing characters <= U+0020. */
function javaTrim(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && s.charCodeAt(start) <= 0x20) start++;
  while (end > start && s.charCodeAt(end - 1) <= 0x20) end--;
  return start === 0 && end === s.length ? s : s.slice(start, end);
}

function badInput(trimmed: string): NumberFormatError {
  return new NumberFormatError(`For input string: "${trimmed}"`);
}

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** Scans `s` the way JDK 17's FloatingDecimal.readJavaFormatString does and converts it. */
function parse(input: string, fmt: BinaryFormat): number {
  const s = javaTrim(input);
  const len = s.length;
  if (len === 0) throw new NumberFormatError('empty String');
  let i = 0;
  let negative = false;
  const first = s.charCodeAt(0);
  if (first === 0x2d /* - */ || first === 0x2b /* + */) {
    negative = first === 0x2d;
    i++;
  }
  if (i >= len) throw badInput(s);
  const c = s.charCodeAt(i);
  if (c === 0x4e /* N */) {
    if (len - i === 3 && s.startsWith('NaN', i)) return NaN;
    throw badInput(s);
  }
  if (c === 0x49 /* I */) {
    if (len - i === 8 && s.startsWith('Infinity', i)) return negative ? -Infinity : Infinity;
    throw badInput(s);
  }
  if (c === 0x30 && i + 1 < len && (s.charCodeAt(i + 1) | 0x20) === 0x78 /* x */) {
    return parseHex(s, fmt);
  }
  return parseDecimal(s, i, negative, fmt);
}

/** The decimal branch: digits, optional point, optional exponent, optional one-letter suffix. */
function parseDecimal(s: string, start: number, negative: boolean, fmt: BinaryFormat): number {
  const len = s.length;
  let i = start;
  let pointSeen = false;
  // Number of significand characters (digits, and the point) before the point, counted from
  // the start of the significand; the JDK's decPt.
  let pointPos = 0;
  let leadingZeros = 0;
  const notePoint = (): void => {
    // The JDK reports a second point immediately, before looking at anything after it.
    if (pointSeen) throw new NumberFormatError('multiple points');
    pointPos = i - start;
    pointSeen = true;
  };
  for (; i < len; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x30) leadingZeros++;
    else if (c === 0x2e) notePoint();
    else break;
  }
  const digitsStart = i;
  let digits = '';
  let nDigits = 0;
  let trailingZeros = 0;
  for (; i < len; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x31 && c <= 0x39) {
      nDigits++;
      trailingZeros = 0;
    } else if (c === 0x30) {
      nDigits++;
      trailingZeros++;
    } else if (c === 0x2e) {
      notePoint();
    } else {
      break;
    }
  }
  if (nDigits > 0) digits = s.slice(digitsStart, i).replace('.', '');
  nDigits -= trailingZeros;
  digits = digits.slice(0, nDigits);
  const isZero = nDigits === 0;
  if (isZero && leadingZeros === 0) throw badInput(s);
  // value = 0.<digits> × 10^decExp
  let decExp = pointSeen ? pointPos - leadingZeros : nDigits + trailingZeros;

  if (i < len && (s.charCodeAt(i) | 0x20) === 0x65 /* e */) {
    i++;
    if (i >= len) throw badInput(s);
    let expSign = 1;
    const sc = s.charCodeAt(i);
    if (sc === 0x2d || sc === 0x2b) {
      if (sc === 0x2d) expSign = -1;
      i++;
    }
    const expStart = i;
    while (i < len && isDigit(s.charCodeAt(i))) i++;
    if (i === expStart) throw badInput(s);
    // Exponents beyond any representable magnitude are clamped (the JDK's expLimit), which
    // keeps the result exact: such values are zero or infinite anyway.
    const expLimit = 324 + nDigits + trailingZeros;
    const expText = s.slice(expStart, i).replace(/^0+/, '');
    const expVal = expText.length > 9 ? Infinity : Number(expText);
    if (expVal > expLimit) {
      if (expSign === 1 && decExp < 0 && expVal + decExp < expLimit) decExp += expVal;
      else decExp = expSign * expLimit;
    } else {
      decExp += expSign * expVal;
    }
  }
  if (i < len) {
    const c = s.charCodeAt(i) | 0x20;
    if (i !== len - 1 || (c !== 0x66 /* f */ && c !== 0x64 /* d */)) throw badInput(s);
  }
  if (isZero) return negative ? -0 : 0;
  const magnitude = decimalToBinary(digits, decExp - nDigits, fmt);
  return negative ? -magnitude : magnitude;
}

/** Hex significand digits and point: `1.8` of `0x1.8p3` (the JDK's HexFloatPattern, sans sign). */
const HEX_PATTERN = /^[+-]?0[xX]([0-9a-fA-F]*)(?:\.([0-9a-fA-F]*))?[pP]([+-]?)([0-9]+)[fFdD]?$/;

/** The hexadecimal branch: 0x<hex>[.<hex>]p<exp>, correctly rounded. */
function parseHex(s: string, fmt: BinaryFormat): number {
  const m = HEX_PATTERN.exec(s);
  if (m === null || m[1].length + (m[2] ?? '').length === 0) throw badInput(s);
  const negative = s.charCodeAt(0) === 0x2d;
  const intPart = m[1];
  const fracPart = (m[2] ?? '').replace(/0+$/, '');
  const hex = (intPart + fracPart).replace(/^0+/, '');
  if (hex.length === 0) return negative ? -0 : 0;
  const expDigits = m[4].replace(/^0+/, '');
  let magnitude: number;
  // The JDK reads the exponent as an int; one that does not fit gives zero or infinity.
  if (expDigits.length > 10 || Number(expDigits) > 2147483647) {
    magnitude = m[3] === '-' ? 0 : Infinity;
  } else {
    const exp = (m[3] === '-' ? -1 : 1) * Number(expDigits) - 4 * fracPart.length;
    magnitude = roundToFormat(BigInt('0x' + hex), 1n, exp, fmt);
  }
  return negative ? -magnitude : magnitude;
}

/** The correctly rounded value of `digits` × 10^exp10 (digits: no leading or trailing zeros). */
function decimalToBinary(digits: string, exp10: number, fmt: BinaryFormat): number {
  let n = digits.length;
  // Exact fast paths: both operands exact, so one IEEE operation rounds once (a double result
  // narrowed to float is still correctly rounded for a single *, / of floats).
  if (fmt === DOUBLE && n <= 15 && exp10 >= -22 && exp10 <= 22) {
    const v = Number(digits);
    return exp10 >= 0 ? v * EXACT_POW10[exp10] : v / EXACT_POW10[-exp10];
  }
  if (fmt === FLOAT && n <= 7 && exp10 >= -10 && exp10 <= 10) {
    const v = Number(digits);
    return Math.fround(exp10 >= 0 ? v * EXACT_POW10[exp10] : v / EXACT_POW10[-exp10]);
  }
  // Magnitude cut-offs: value lies in [10^(n-1+exp10), 10^(n+exp10)).
  const maxDecimal = fmt === DOUBLE ? 309 : 39;
  const minDecimal = fmt === DOUBLE ? -324 : -46;
  if (n - 1 + exp10 >= maxDecimal) return Infinity;
  if (n + exp10 <= minDecimal) return 0;
  if (n <= 20) {
    // ECMAScript requires StringToNumber to round correctly up to 20 significant digits, so
    // this is the correctly rounded double on every conforming host.
    const d = Number(`${digits}e${exp10}`);
    if (fmt === DOUBLE) return d;
    // Narrowing the double is correct unless it sits exactly on a float midpoint: float
    // midpoints are doubles, so the exact value is on the same side as d otherwise.
    const f = Math.fround(d);
    if (f === d || !isFloatMidpoint(d, f)) return f;
  }
  if (n > fmt.maxDigits) {
    // Digits past maxDigits only matter as "something non-zero follows" (a sticky digit).
    exp10 += n - (fmt.maxDigits + 1);
    digits = digits.slice(0, fmt.maxDigits) + '1';
    n = fmt.maxDigits + 1;
  }
  const mantissa = BigInt(digits);
  if (exp10 >= 0) return roundToFormat(mantissa * 5n ** BigInt(exp10), 1n, exp10, fmt);
  return roundToFormat(mantissa, 5n ** BigInt(-exp10), exp10, fmt);
}

/** Halfway between Float.MAX_VALUE and 2^128: where float rounding overflows to infinity. */
const FLOAT_OVERFLOW_MIDPOINT = (2 - 2 ** -24) * 2 ** 127;

/** True if d lies exactly halfway between f = fround(d) and the float on d's other side. */
function isFloatMidpoint(d: number, f: number): boolean {
  if (f === Infinity) return d === FLOAT_OVERFLOW_MIDPOINT;
  const bits = floatToBits(f);
  const other = bitsToFloat(f > d ? bits - 1 : bits + 1);
  return (f + other) / 2 === d;
}

/** Bit length of a positive bigint. */
function bitLength(x: bigint): number {
  return x.toString(2).length;
}

/**
 * Rounds num/den × 2^exp2 (num, den > 0) to the nearest value of `fmt`, ties to even,
 * with gradual underflow and overflow to infinity.
 */
function roundToFormat(num: bigint, den: bigint, exp2: number, fmt: BinaryFormat): number {
  // floor(log2(num/den)) exactly.
  let k = bitLength(num) - bitLength(den);
  if (k >= 0 ? num < den << BigInt(k) : num << BigInt(-k) < den) k--;
  const top = k + exp2;
  if (top > fmt.maxExponent) return Infinity;
  if (top < fmt.minExponent - fmt.precision - 1) return 0;
  // Exponent of the last significand bit of the result (fixed at the subnormal range's bottom).
  const ulpExp = Math.max(top, fmt.minExponent) - (fmt.precision - 1);
  const shift = exp2 - ulpExp;
  let n = num;
  let d = den;
  if (shift >= 0) n <<= BigInt(shift);
  else d <<= BigInt(-shift);
  let q = n / d;
  const twiceRem = (n - q * d) << 1n;
  if (twiceRem > d || (twiceRem === d && (q & 1n) === 1n)) q++;
  // q <= 2^precision and the scaling is by a power of two: exact, or overflow to infinity.
  return fmt.narrow(Number(q) * 2 ** ulpExp);
}
