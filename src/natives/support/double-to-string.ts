/**
 * @fileoverview Double.toString / Float.toString exactly as JDK 17 prints them, plus
 * Double.toHexString / Float.toHexString. The digits come from floating-decimal.ts (JDK 17's
 * non-shortest FloatingDecimal algorithm, quirks included: 2e23 prints 1.9999999999999998E23);
 * this file unpacks the IEEE bits and lays the digits out the way Java does.
 */

import { type DecimalDigits, dtoa } from './floating-decimal.js';
import { bitLength53, floatToBits, highWord, lowWord } from './ieee754.js';

/** Bits of the fraction field of a double. */
const EXP_SHIFT = 52;
const TWO_52 = 2 ** 52;

/** Java `Double.toString(d)` (JDK 17). */
export function javaDoubleToString(d: number): string {
  if (d !== d) return 'NaN';
  const negative = d < 0 || Object.is(d, -0);
  if (d === Infinity || d === -Infinity) return negative ? '-Infinity' : 'Infinity';
  if (d === 0) return negative ? '-0.0' : '0.0';
  return format(negative, doubleDigits(d, true));
}

/**
 * The digits and decimal exponent (value = 0.digits × 10^decExponent) that JDK 17's
 * FloatingDecimal produces for a finite non-zero |d|; `compatible` false gives the variant
 * java.util.Formatter starts from (always at least two digits).
 */
export function javaDecimalDigits(d: number, compatible: boolean): { digits: string; decExponent: number } {
  const r = doubleDigits(Math.abs(d), compatible);
  return { digits: String.fromCharCode(...r.digits), decExponent: r.decExponent };
}

/** Unpacks a finite non-zero double and runs the digit generator on its magnitude. */
function doubleDigits(d: number, compatible: boolean): DecimalDigits {
  const hi = highWord(d);
  const lo = lowWord(d);
  const biasedExp = (hi >>> 20) & 0x7ff;
  let fractBits = (hi & 0xfffff) * 4294967296 + lo;
  let binExp: number;
  let nSignificantBits: number;
  if (biasedExp === 0) {
    // Subnormal: normalize so that the leading one sits at bit 52.
    const bits = bitLength53(fractBits);
    const shift = EXP_SHIFT + 1 - bits;
    fractBits *= 2 ** shift;
    binExp = 1 - shift;
    nSignificantBits = bits;
  } else {
    fractBits += TWO_52;
    binExp = biasedExp;
    nSignificantBits = EXP_SHIFT + 1;
  }
  return dtoa(binExp - 1023, fractBits, nSignificantBits, compatible);
}

/** Java `Float.toString(f)` (JDK 17); `f` is rounded to float first. */
export function javaFloatToString(f: number): string {
  const bits = floatToBits(f);
  const negative = bits >>> 31 !== 0;
  const biasedExp = (bits >>> 23) & 0xff;
  let fractBits = bits & 0x7fffff;
  if (biasedExp === 0xff) return fractBits !== 0 ? 'NaN' : negative ? '-Infinity' : 'Infinity';
  let binExp: number;
  let nSignificantBits: number;
  if (biasedExp === 0) {
    if (fractBits === 0) return negative ? '-0.0' : '0.0';
    const leadingZeros = Math.clz32(fractBits);
    const shift = leadingZeros - 8;
    fractBits <<= shift;
    binExp = 1 - shift;
    nSignificantBits = 32 - leadingZeros;
  } else {
    fractBits |= 0x800000;
    binExp = biasedExp;
    nSignificantBits = 24;
  }
  binExp -= 127;
  // The float's fraction is aligned to a double's and run through the same digit generator.
  return format(negative, dtoa(binExp, fractBits * 2 ** 29, nSignificantBits));
}

/** Java's layout: plain notation for 10^-3 <= |v| < 10^7, else d.dddE±n; always a digit after the point. */
function format(negative: boolean, r: DecimalDigits): string {
  const digits = String.fromCharCode(...r.digits);
  const n = digits.length;
  const e = r.decExponent;
  let s: string;
  if (e > 0 && e < 8) {
    if (n <= e) s = digits + '0'.repeat(e - n) + '.0';
    else s = digits.slice(0, e) + '.' + digits.slice(e);
  } else if (e <= 0 && e > -3) {
    s = '0.' + '0'.repeat(-e) + digits;
  } else {
    s = digits[0] + '.' + (n > 1 ? digits.slice(1) : '0') + 'E' + (e - 1);
  }
  return negative ? '-' + s : s;
}

/** Java `Double.toHexString(d)`: 0x1.<hex>p<exp>, subnormals as 0x0.<hex>p-1022. */
export function javaDoubleToHexString(d: number): string {
  if (d !== d || d === Infinity || d === -Infinity) return javaDoubleToString(d);
  const negative = d < 0 || Object.is(d, -0);
  const sign = negative ? '-' : '';
  if (d === 0) return sign + '0x0.0p0';
  const hi = highWord(d);
  const lo = lowWord(d);
  const biasedExp = (hi >>> 20) & 0x7ff;
  const fraction = ((hi & 0xfffff) >>> 0).toString(16).padStart(5, '0') + lo.toString(16).padStart(8, '0');
  // Trailing zeros are dropped, but at least one digit stays.
  const trimmed = fraction.replace(/0{1,12}$/, '');
  return biasedExp === 0
    ? `${sign}0x0.${trimmed}p-1022`
    : `${sign}0x1.${trimmed}p${biasedExp - 1023}`;
}

/** Java `Float.toHexString(f)`: like the double form, with subnormals written relative to 2^-126. */
export function javaFloatToHexString(f: number): string {
  const v = Math.fround(f);
  if (v !== 0 && Math.abs(v) < 2 ** -126) {
    // Subnormal float: print its fraction bits against 2^-126 instead of 2^-1022.
    return javaDoubleToHexString(v * 2 ** -896).replace(/p-1022$/, 'p-126');
  }
  return javaDoubleToHexString(v);
}
