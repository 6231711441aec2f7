/**
 * @fileoverview 64-bit `long` arithmetic on pairs of int32 halves, without BigInt on the hot path
 * (DESIGN "Performance notes"). Operands live in the interpreter's slot stack: a long at slot `i`
 * is `s[i]` (low 32 bits) and `s[i + 1]` (high 32 bits). Operations take the slot of the result
 * `d` and of the operands `x`, `y` (register code, register-code.ts); any of them may coincide, so
 * every operand is read before the result is written. add, sub and mul take the second operand as
 * its two words, so that it can also be a constant (register code's `_K` forms).
 */

const TWO32 = 4294967296;

/** High 32 bits of the unsigned 64-bit product of two uint32 values. */
export function mulHighU32(a: number, b: number): number {
  a >>>= 0;
  b >>>= 0;
  const a0 = a & 0xffff, a1 = a >>> 16, b0 = b & 0xffff, b1 = b >>> 16;
  const p01 = a0 * b1, p10 = a1 * b0;
  const mid = ((a0 * b0) >>> 16) + (p01 & 0xffff) + (p10 & 0xffff);
  return (a1 * b1 + (p01 >>> 16) + (p10 >>> 16) + (mid >>> 16)) | 0;
}

/** JVMS §6.5 ladd: the long at `x` plus the long whose words are `ylo`, `yhi`. */
export function ladd(s: Float64Array, d: number, x: number, ylo: number, yhi: number): void {
  const lo = (s[x]! >>> 0) + (ylo >>> 0);
  const hi = (s[x + 1]! + yhi + (lo >= TWO32 ? 1 : 0)) | 0;
  s[d] = lo | 0;
  s[d + 1] = hi;
}

/** JVMS §6.5 lsub: the long at `x` minus the long whose words are `ylo`, `yhi`. */
export function lsub(s: Float64Array, d: number, x: number, ylo: number, yhi: number): void {
  const alo = s[x]! >>> 0, blo = ylo >>> 0;
  const hi = (s[x + 1]! - yhi - (alo < blo ? 1 : 0)) | 0;
  s[d] = (alo - blo) | 0;
  s[d + 1] = hi;
}

/** JVMS §6.5 lmul: the low 64 bits of the product of the long at `x` and the long `ylo`, `yhi`. */
export function lmul(s: Float64Array, d: number, x: number, ylo: number, yhi: number): void {
  const alo = s[x]!, ahi = s[x + 1]!;
  s[d + 1] = (mulHighU32(alo, ylo) + Math.imul(alo, yhi) + Math.imul(ahi, ylo)) | 0;
  s[d] = Math.imul(alo, ylo);
}

/** Reads the long at `i` as a BigInt (slow paths only). */
export function toBigInt(s: Float64Array, i: number): bigint {
  return (BigInt(s[i + 1]! | 0) << 32n) | BigInt(s[i]! >>> 0);
}

/** Writes a BigInt as a long at `i` (wrapping to 64 bits). */
export function fromBigInt(s: Float64Array, i: number, v: bigint): void {
  const w = BigInt.asIntN(64, v);
  s[i] = Number(w & 0xffffffffn) | 0;
  s[i + 1] = Number(w >> 32n) | 0;
}

/** Writes an integral double in (-2^53, 2^53) as a long at `i`. */
export function fromSafeInteger(s: Float64Array, i: number, v: number): void {
  s[i] = v | 0;
  s[i + 1] = Math.floor(v / TWO32) | 0;
}

/** Whether the long at `i` fits in an int32 (its high word is the sign extension of the low). */
function isInt32(s: Float64Array, i: number): boolean {
  return s[i + 1] === (s[i]! >> 31);
}

/** JVMS §6.5 ldiv; the caller has checked the divisor for zero. */
export function ldiv(s: Float64Array, d: number, x: number, y: number): void {
  if (isInt32(s, x) && isInt32(s, y)) {
    fromSafeInteger(s, d, Math.trunc(s[x]! / s[y]!));
    return;
  }
  fromBigInt(s, d, toBigInt(s, x) / toBigInt(s, y));
}

/** JVMS §6.5 lrem; the caller has checked the divisor for zero. */
export function lrem(s: Float64Array, d: number, x: number, y: number): void {
  if (isInt32(s, x) && isInt32(s, y)) {
    fromSafeInteger(s, d, (s[x]! % s[y]!) + 0);
    return;
  }
  fromBigInt(s, d, toBigInt(s, x) % toBigInt(s, y));
}

/** JVMS §6.5 lneg. */
export function lneg(s: Float64Array, d: number, x: number): void {
  const lo = s[x]! | 0;
  s[d + 1] = (~s[x + 1]! + (lo === 0 ? 1 : 0)) | 0;
  s[d] = (-lo) | 0;
}

/** JVMS §6.5 lshl: the long at `x` shifted left by `count` (its low six bits). */
export function lshl(s: Float64Array, d: number, x: number, count: number): void {
  const n = count & 63, lo = s[x]! | 0, hi = s[x + 1]! | 0;
  if (n === 0) {
    s[d] = lo;
    s[d + 1] = hi;
  } else if (n < 32) {
    s[d + 1] = (hi << n) | (lo >>> (32 - n));
    s[d] = lo << n;
  } else {
    s[d + 1] = lo << (n - 32);
    s[d] = 0;
  }
}

/** JVMS §6.5 lshr. */
export function lshr(s: Float64Array, d: number, x: number, count: number): void {
  const n = count & 63, lo = s[x]! | 0, hi = s[x + 1]! | 0;
  if (n === 0) {
    s[d] = lo;
    s[d + 1] = hi;
  } else if (n < 32) {
    s[d] = (lo >>> n) | (hi << (32 - n));
    s[d + 1] = hi >> n;
  } else {
    s[d] = hi >> (n - 32);
    s[d + 1] = hi >> 31;
  }
}

/** JVMS §6.5 lushr. */
export function lushr(s: Float64Array, d: number, x: number, count: number): void {
  const n = count & 63, lo = s[x]! | 0, hi = s[x + 1]! | 0;
  if (n === 0) {
    s[d] = lo;
    s[d + 1] = hi;
  } else if (n < 32) {
    s[d] = (lo >>> n) | (hi << (32 - n));
    s[d + 1] = hi >>> n | 0;
  } else {
    s[d] = (hi >>> (n - 32)) | 0;
    s[d + 1] = 0;
  }
}

/** JVMS §6.5 lcmp: -1, 0 or 1. */
export function lcmp(s: Float64Array, x: number, y: number): number {
  const ahi = s[x + 1]! | 0, bhi = s[y + 1]! | 0;
  if (ahi !== bhi) return ahi < bhi ? -1 : 1;
  const alo = s[x]! >>> 0, blo = s[y]! >>> 0;
  return alo === blo ? 0 : alo < blo ? -1 : 1;
}

/** The long at `i` as the nearest double (JVMS §6.5 l2d; one rounding). */
export function l2d(s: Float64Array, i: number): number {
  return (s[i + 1]! | 0) * TWO32 + (s[i]! >>> 0);
}

/** The long at `i` as the nearest float (JVMS §6.5 l2f), avoiding double rounding. */
export function l2f(s: Float64Array, i: number): number {
  const hi = s[i + 1]! | 0, lo = s[i]! >>> 0;
  const d = hi * TWO32 + lo;
  if (Math.abs(d) < 9007199254740992) return Math.fround(d);
  // |v| >= 2^53: keep the top bits and fold everything below the double's precision into a sticky bit.
  const v = toBigInt(s, i);
  const neg = v < 0n;
  let m = neg ? -v : v;
  let shift = 0n;
  while (m >= 1n << 53n) {
    m = (m >> 1n) | (m & 1n);
    shift++;
  }
  const r = Math.fround(Number(m) * 2 ** Number(shift));
  return neg ? -r : r;
}

/** A double converted to long with Java's saturation and NaN rules (JVMS §6.5 d2l, f2l); writes at `i`. */
export function d2l(s: Float64Array, i: number, d: number): void {
  if (d !== d) {
    s[i] = 0;
    s[i + 1] = 0;
  } else if (d >= 9223372036854775807) {
    s[i] = -1;
    s[i + 1] = 0x7fffffff;
  } else if (d <= -9223372036854775808) {
    s[i] = 0;
    s[i + 1] = -2147483648;
  } else {
    const t = Math.trunc(d);
    const hi = Math.floor(t / TWO32);
    s[i] = (t - hi * TWO32) | 0;
    s[i + 1] = hi | 0;
  }
}

/** A double converted to int with Java's saturation and NaN rules (JVMS §6.5 d2i, f2i). */
export function d2i(d: number): number {
  if (d !== d) return 0;
  if (d >= 2147483647) return 2147483647;
  if (d <= -2147483648) return -2147483648;
  return d | 0;
}
