/**
 * @fileoverview Bit-level access to IEEE 754 doubles and floats, shared by the number
 * conversions and the fdlibm ports. fdlibm reasons in terms of the high and low 32-bit words of
 * a double; these helpers give that view without allocating (one scratch buffer, reused).
 */

const scratch = new ArrayBuffer(8);
const f64 = new Float64Array(scratch);
const f32 = new Float32Array(scratch);
const u32 = new Uint32Array(scratch);
const i32 = new Int32Array(scratch);

/** Index of the high (sign/exponent) word in the scratch buffer: 1 on little-endian hosts. */
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
/** Index of the low word. */
const LO = 1 - HI;

/** The high 32 bits of `x` (sign, exponent, top 20 fraction bits) as a signed int, like fdlibm's __HI. */
export function highWord(x: number): number {
  f64[0] = x;
  return i32[HI];
}

/** The low 32 bits of `x` as an unsigned number, like fdlibm's __LO. */
export function lowWord(x: number): number {
  f64[0] = x;
  return u32[LO];
}

/** The double whose high and low words are `hi` and `lo` (any int32/uint32 bit patterns). */
export function fromWords(hi: number, lo: number): number {
  i32[HI] = hi | 0;
  u32[LO] = lo >>> 0;
  return f64[0];
}

/** `x` with its low word replaced by `lo`. */
export function withLowWord(x: number, lo: number): number {
  f64[0] = x;
  u32[LO] = lo >>> 0;
  return f64[0];
}

/** `x` with its high word replaced by `hi`. */
export function withHighWord(x: number, hi: number): number {
  f64[0] = x;
  i32[HI] = hi | 0;
  return f64[0];
}

/** Raw bits of a double as an unsigned 64-bit bigint (NaN payloads kept as the host has them). */
export function doubleToBits(x: number): bigint {
  f64[0] = x;
  return (BigInt(u32[HI]) << 32n) | BigInt(u32[LO]);
}

/** The double with the given 64 raw bits (taken modulo 2^64). */
export function bitsToDouble(bits: bigint): number {
  const b = BigInt.asUintN(64, bits);
  u32[HI] = Number(b >> 32n);
  u32[LO] = Number(b & 0xffffffffn);
  return f64[0];
}

/** Raw bits of `x` rounded to float, as an unsigned 32-bit number. */
export function floatToBits(x: number): number {
  f32[0] = x;
  return u32[0];
}

/** The float (as a number) with the given 32 raw bits. */
export function bitsToFloat(bits: number): number {
  u32[0] = bits >>> 0;
  return f32[0];
}

/** Bit length of a non-negative integer below 2^53 (0 for 0). */
export function bitLength53(n: number): number {
  const hi = Math.floor(n / 4294967296);
  return hi !== 0 ? 64 - Math.clz32(hi) : 32 - Math.clz32(n >>> 0);
}

/** Number of trailing zero bits of a positive integer below 2^53. */
export function trailingZeros53(n: number): number {
  const lo = n >>> 0;
  if (lo !== 0) return 31 - Math.clz32(lo & -lo);
  const hi = Math.floor(n / 4294967296);
  return 32 + 31 - Math.clz32(hi & -hi);
}

/**
 * x × 2^n rounded once, like Java's Math.scalb (for the |n| < 2100 range fdlibm needs):
 * large scalings are split so that only the last multiplication can round.
 */
export function scalb(x: number, n: number): number {
  if (n > 1023) {
    x *= 2 ** 1023;
    n -= 1023;
    if (n > 1023) {
      x *= 2 ** 1023;
      n -= 1023;
    }
    return x * 2 ** Math.min(n, 1023);
  }
  if (n < -1022) {
    // 2^-1000 keeps any normal x normal; the final multiply then rounds into the subnormals once.
    x *= 2 ** -1000;
    n += 1000;
    if (n < -1022) {
      x *= 2 ** -1000;
      n += 1000;
    }
    return x * 2 ** Math.max(n, -1074);
  }
  return x * 2 ** n;
}
