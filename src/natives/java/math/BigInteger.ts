/**
 * @fileoverview Natives of java.math.BigInteger: the heavy arithmetic on magnitudes.
 *
 * A BigInteger lives in the Java heap as `int signum` and `int[] mag` (big-endian 32-bit words,
 * no leading zero word; zero is the empty array), so a checkpoint captures it like any object.
 * These natives take magnitudes (never null, never with a sign), convert them to JS BigInt,
 * compute and return a fresh int[]; signs, argument checks and exception messages are Java's.
 * Allocation happens last, so a RETRY_AFTER_GC re-run has no side effect to repeat.
 */
import type { Ref } from '../../../heap/index.js';
import type { Vm } from '../../../runtime/vm.js';
import type { JavaThread } from '../../../threads/java-thread.js';
import type { NativeTable } from '../../registry.js';

/** ASCII codes of the hex digits. */
const HEX_DIGITS = new TextEncoder().encode('0123456789abcdef');
const LATIN1 = new TextDecoder('latin1');
let hexBuf = new Uint8Array(256);

/**
 * Reads the magnitude int[] `arr` as a non-negative BigInt. Long magnitudes go through one hex
 * string (V8 parses power-of-two radixes in linear time), built as bytes and decoded at once.
 */
export function magToBig(vm: Vm, arr: Ref): bigint {
  const i32 = vm.heap.i32;
  const len = i32[(arr + 8) >> 2]!;
  const base = (arr + 16) >> 2;
  if (len === 0) return 0n;
  if (len === 1) return BigInt(i32[base]! >>> 0);
  if (len === 2) {
    const hi = i32[base]! >>> 0, lo = i32[base + 1]! >>> 0;
    return hi < 0x200000 ? BigInt(hi * 0x100000000 + lo) : (BigInt(hi) << 32n) | BigInt(lo);
  }
  const n = 2 + len * 8;
  if (hexBuf.length < n) hexBuf = new Uint8Array(n * 2);
  const buf = hexBuf;
  buf[0] = 0x30; // '0'
  buf[1] = 0x78; // 'x'
  for (let i = 0, j = 2; i < len; i++, j += 8) {
    const w = i32[base + i]!;
    buf[j] = HEX_DIGITS[(w >>> 28) & 15]!;
    buf[j + 1] = HEX_DIGITS[(w >>> 24) & 15]!;
    buf[j + 2] = HEX_DIGITS[(w >>> 20) & 15]!;
    buf[j + 3] = HEX_DIGITS[(w >>> 16) & 15]!;
    buf[j + 4] = HEX_DIGITS[(w >>> 12) & 15]!;
    buf[j + 5] = HEX_DIGITS[(w >>> 8) & 15]!;
    buf[j + 6] = HEX_DIGITS[(w >>> 4) & 15]!;
    buf[j + 7] = HEX_DIGITS[w & 15]!;
  }
  return BigInt(LATIN1.decode(buf.subarray(0, n)));
}

/** Value of hex digit code `c` ('0'-'9', 'a'-'f'). */
function nibble(c: number): number {
  return c <= 0x39 ? c - 0x30 : c - 0x57;
}

/** Splits non-negative `x` into big-endian 32-bit words (no leading zero word). */
export function words(x: bigint): number[] {
  if (x === 0n) return [];
  if (x < 0x100000000n) return [Number(x)];
  const hex = x.toString(16);
  const n = (hex.length + 7) >> 3;
  const out = new Array<number>(n);
  let pos = hex.length;
  for (let i = n - 1; i >= 0; i--) {
    const start = Math.max(0, pos - 8);
    let w = 0;
    for (let k = start; k < pos; k++) w = (w << 4) | nibble(hex.charCodeAt(k));
    out[i] = w;
    pos = start;
  }
  return out;
}

/** Length of int[] `arr`. */
function lengthOf(vm: Vm, arr: Ref): number {
  return vm.heap.i32[(arr + 8) >> 2]!;
}

/** Allocates an int[] with words [from, w.length) of `w` (callers strip leading zeros). */
function intArrayFrom(vm: Vm, w: Uint32Array | number[], from: number): Ref {
  const n = w.length - from;
  const arr = vm.newArray(vm.registry.load('[I'), n);
  const i32 = vm.heap.i32;
  const base = (arr + 16) >> 2;
  for (let i = 0; i < n; i++) i32[base + i] = w[from + i]!;
  return arr;
}

/** Index of the first nonzero word of `w` (w.length if none). */
function firstNonzero(w: Uint32Array): number {
  let i = 0;
  while (i < w.length && w[i] === 0) i++;
  return i;
}

/** a + b on magnitudes, word by word (linear; no BigInt round trip). */
function addWords(vm: Vm, a: Ref, b: Ref): Ref {
  if (lengthOf(vm, a) < lengthOf(vm, b)) [a, b] = [b, a];
  const i32 = vm.heap.i32;
  const la = lengthOf(vm, a), lb = lengthOf(vm, b);
  const ba = (a + 16) >> 2, bb = (b + 16) >> 2;
  const out = new Uint32Array(la + 1);
  let carry = 0;
  for (let i = 1; i <= la; i++) {
    const j = lb - i;
    const sum = (i32[ba + la - i]! >>> 0) + (j >= 0 ? i32[bb + j]! >>> 0 : 0) + carry;
    out[la + 1 - i] = sum >>> 0;
    carry = sum > 0xffffffff ? 1 : 0;
  }
  out[0] = carry;
  return intArrayFrom(vm, out, carry ? 0 : 1);
}

/** a - b on magnitudes with a >= b. */
function subWords(vm: Vm, a: Ref, b: Ref): Ref {
  const i32 = vm.heap.i32;
  const la = lengthOf(vm, a), lb = lengthOf(vm, b);
  const ba = (a + 16) >> 2, bb = (b + 16) >> 2;
  const out = new Uint32Array(la);
  let borrow = 0;
  for (let i = 1; i <= la; i++) {
    const j = lb - i;
    const diff = (i32[ba + la - i]! >>> 0) - (j >= 0 ? i32[bb + j]! >>> 0 : 0) - borrow;
    out[la - i] = diff >>> 0;
    borrow = diff < 0 ? 1 : 0;
  }
  return intArrayFrom(vm, out, firstNonzero(out));
}

/** a * w for a single word w != 0, in 16-bit halves so every partial product is exact. */
function mulWord(vm: Vm, a: Ref, w: number): Ref {
  const i32 = vm.heap.i32;
  const la = lengthOf(vm, a);
  const ba = (a + 16) >> 2;
  const wl = w & 0xffff, wh = w >>> 16;
  const out = new Uint32Array(la + 1);
  let carry = 0;
  for (let i = la - 1; i >= 0; i--) {
    const x = i32[ba + i]! >>> 0;
    // x * w + carry < 2^64: split x * w = x * wh * 2^16 + x * wl.
    const lo = x * wl + carry; // < 2^49
    const hi = x * wh; // < 2^48
    const loLow = lo % 0x10000, loHigh = Math.floor(lo / 0x10000);
    const mid = hi + loHigh; // value * 2^16 contributions
    const word = ((mid % 0x10000) * 0x10000 + loLow) >>> 0;
    out[i + 1] = word;
    carry = Math.floor(mid / 0x10000);
  }
  out[0] = carry;
  return intArrayFrom(vm, out, carry ? 0 : 1);
}

/** [quotient words, remainder] of a / d for a single word d != 0. */
function divWord(vm: Vm, a: Ref, d: number): [Uint32Array, number] {
  const i32 = vm.heap.i32;
  const la = lengthOf(vm, a);
  const ba = (a + 16) >> 2;
  const q = new Uint32Array(la);
  let rem = 0;
  for (let i = 0; i < la; i++) {
    const x = i32[ba + i]! >>> 0;
    // rem < d <= 2^32 - 1, so rem * 2^16 + half < 2^48 divides exactly in doubles.
    let cur = rem * 0x10000 + (x >>> 16);
    const qh = Math.floor(cur / d);
    rem = cur - qh * d;
    cur = rem * 0x10000 + (x & 0xffff);
    const ql = Math.floor(cur / d);
    rem = cur - ql * d;
    q[i] = qh * 0x10000 + ql;
  }
  return [q, rem];
}

/** Allocates an int[] holding `w`. */
function intArray(vm: Vm, w: readonly number[]): Ref {
  const arr = vm.newArray(vm.registry.load('[I'), w.length);
  const i32 = vm.heap.i32;
  const base = (arr + 16) >> 2;
  for (let i = 0; i < w.length; i++) i32[base + i] = w[i]!;
  return arr;
}

/** Allocates the magnitude of non-negative `x`. */
function bigToMag(vm: Vm, x: bigint): Ref {
  return intArray(vm, words(x));
}

/** Number of bits of non-negative `x`. */
function bitLength(x: bigint): number {
  if (x === 0n) return 0;
  const hex = x.toString(16);
  return (hex.length - 1) * 4 + (32 - Math.clz32(parseInt(hex[0]!, 16)));
}

/** base^exp mod m for m > 0, exp >= 0. */
function modPow(base: bigint, exp: bigint, m: bigint): bigint {
  if (m === 1n) return 0n;
  let result = 1n;
  let b = base % m;
  let e = exp;
  while (e > 0n) {
    if (e & 1n) result = (result * b) % m;
    e >>= 1n;
    if (e > 0n) b = (b * b) % m;
  }
  return result;
}

/** Inverse of a modulo m (m > 0), or -1n when gcd(a, m) != 1. */
function modInverse(a: bigint, m: bigint): bigint {
  let r0 = m, r1 = a % m;
  let t0 = 0n, t1 = 1n;
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [t0, t1] = [t1, t0 - q * t1];
  }
  if (r0 !== 1n) return m === 1n ? 0n : -1n;
  return ((t0 % m) + m) % m;
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/** Integer square root (floor) of non-negative `x`, by Newton's method from above. */
function isqrt(x: bigint): bigint {
  if (x < 2n) return x;
  let r = 1n << BigInt((bitLength(x) + 1) >> 1);
  for (;;) {
    const next = (r + x / r) >> 1n;
    if (next >= r) return r;
    r = next;
  }
}

const SMALL_PRIMES = [2n, 3n, 5n, 7n, 11n, 13n, 17n, 19n, 23n, 29n, 31n, 37n, 41n, 43n, 47n, 53n, 59n, 61n, 67n, 71n];

/**
 * Miller-Rabin on odd n > 2 with the first `rounds` small primes as bases; with 12 or more bases
 * the answer is exact below 3.3e24, and beyond that wrong with probability below 4^-rounds.
 */
function millerRabin(n: bigint, rounds: number): boolean {
  const nm1 = n - 1n;
  let d = nm1, s = 0;
  while ((d & 1n) === 0n) { d >>= 1n; s++; }
  for (let i = 0; i < rounds && i < SMALL_PRIMES.length; i++) {
    const a = SMALL_PRIMES[i]! % n;
    if (a === 0n) continue;
    let x = modPow(a, d, n);
    if (x === 1n || x === nm1) continue;
    let composite = true;
    for (let r = 1; r < s; r++) {
      x = (x * x) % n;
      if (x === nm1) { composite = false; break; }
    }
    if (composite) return false;
  }
  return true;
}

/** Primality of non-negative `n` (certainly right below 3.3e24, overwhelmingly above). */
export function isProbablePrime(n: bigint): boolean {
  if (n < 2n) return false;
  for (const p of SMALL_PRIMES) {
    if (n === p) return true;
    if (n % p === 0n) return false;
  }
  return millerRabin(n, 20);
}

/** Rounds `x` (>= 0) to `bits` significant bits, half to even: returns [mantissa, shift]. */
function roundToBits(x: bigint, bits: number): [bigint, number] {
  const len = bitLength(x);
  if (len <= bits) return [x, 0];
  const shift = len - bits;
  const sh = BigInt(shift);
  let m = x >> sh;
  const rest = x & ((1n << sh) - 1n);
  const half = 1n << (sh - 1n);
  if (rest > half || (rest === half && (m & 1n) === 1n)) m += 1n;
  return [m, shift];
}

/** float value of signum * mag, correctly rounded (half to even) like HotSpot. */
export function toFloat(sign: number, x: bigint): number {
  if (x === 0n) return 0;
  const [m, shift] = roundToBits(x, 24);
  // m * 2^shift is exact in double range up to 2^1024; fround only handles overflow.
  const v = shift > 1000 ? Infinity : Math.fround(Number(m) * 2 ** shift);
  return sign < 0 ? -v : v;
}

/** Digit string (no sign) of `x` in `radix`, as Java prints it (lower-case). */
function toRadixString(x: bigint, radix: number): string {
  return x.toString(radix);
}

/** Parses validated digits (ASCII or any Unicode decimal digit Java accepts) in `radix`. */
function parseDigits(s: string, radix: number): bigint {
  let ascii = true;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) { ascii = false; break; }
  if (!ascii) throw new Error('non-ASCII digits must be normalized by Java');
  if (radix === 10) return BigInt(s);
  if (radix === 16) return BigInt('0x' + s);
  if (radix === 8) return BigInt('0o' + s);
  if (radix === 2) return BigInt('0b' + s);
  // General radix: chunks of digits converted with parseInt, combined by multiply-add.
  const chunk = Math.floor(Math.log(2 ** 50) / Math.log(radix));
  const bigRadixPow = BigInt(radix) ** BigInt(chunk);
  let acc = 0n;
  let i = s.length % chunk || chunk;
  acc = BigInt(parseInt(s.slice(0, i), radix));
  for (; i < s.length; i += chunk) acc = acc * bigRadixPow + BigInt(parseInt(s.slice(i, i + chunk), radix));
  return acc;
}

type Op = (a: bigint, b: bigint) => bigint;

/** Result magnitude of a two's-complement bitwise op on signed operands. */
const BIT_OPS: readonly Op[] = [
  (a, b) => a & b,
  (a, b) => a | b,
  (a, b) => a ^ b,
  (a, b) => a & ~b,
];

function signed(vm: Vm, sign: number, mag: Ref): bigint {
  const v = magToBig(vm, mag);
  return sign < 0 ? -v : v;
}

export const natives: NativeTable = {
  className: 'java/math/BigInteger',
  methods: {
    'addMag0([I[I)[I': (vm: Vm, _t: JavaThread, a: Ref, b: Ref) => addWords(vm, a, b),
    'subMag0([I[I)[I': (vm: Vm, _t: JavaThread, a: Ref, b: Ref) => subWords(vm, a, b),
    'mulMag0([I[I)[I': (vm: Vm, _t: JavaThread, a: Ref, b: Ref) => {
      if (lengthOf(vm, b) === 1) return mulWord(vm, a, vm.heap.i32[(b + 16) >> 2]! >>> 0);
      if (lengthOf(vm, a) === 1) return mulWord(vm, b, vm.heap.i32[(a + 16) >> 2]! >>> 0);
      return bigToMag(vm, magToBig(vm, a) * magToBig(vm, b));
    },
    'divMag0([I[I)[I': (vm: Vm, _t: JavaThread, a: Ref, b: Ref) => {
      if (lengthOf(vm, b) === 1) {
        const [q] = divWord(vm, a, vm.heap.i32[(b + 16) >> 2]! >>> 0);
        return intArrayFrom(vm, q, firstNonzero(q));
      }
      return bigToMag(vm, magToBig(vm, a) / magToBig(vm, b));
    },
    'remMag0([I[I)[I': (vm: Vm, _t: JavaThread, a: Ref, b: Ref) => {
      if (lengthOf(vm, b) === 1) {
        const [, r] = divWord(vm, a, vm.heap.i32[(b + 16) >> 2]! >>> 0);
        return intArray(vm, r === 0 ? [] : [r | 0]);
      }
      return bigToMag(vm, magToBig(vm, a) % magToBig(vm, b));
    },
    'divRemMag0([I[I)[[I': (vm: Vm, _t: JavaThread, a: Ref, b: Ref) => {
      const x = magToBig(vm, a), y = magToBig(vm, b);
      const qw = words(x / y), rw = words(x % y);
      const pair = vm.newArray(vm.registry.load('[[I'), 2);
      const q = intArray(vm, qw);
      const r = intArray(vm, rw);
      vm.heap.i32[(pair + 16) >> 2] = q;
      vm.heap.i32[((pair + 16) >> 2) + 1] = r;
      return pair;
    },
    'powMag0([II)[I': (vm: Vm, _t: JavaThread, a: Ref, e: number) =>
      bigToMag(vm, magToBig(vm, a) ** BigInt(e)),
    'shiftLeftMag0([II)[I': (vm: Vm, _t: JavaThread, a: Ref, n: number) =>
      bigToMag(vm, magToBig(vm, a) << BigInt(n)),
    'shiftRightMag0([IIZ)[I': (vm: Vm, _t: JavaThread, a: Ref, n: number, ceil: number) => {
      const x = magToBig(vm, a);
      const sh = BigInt(n);
      let q = x >> sh;
      if (ceil && (q << sh) !== x) q += 1n;
      return bigToMag(vm, q);
    },
    'modPowMag0([I[I[I)[I': (vm: Vm, _t: JavaThread, b: Ref, e: Ref, m: Ref) =>
      bigToMag(vm, modPow(magToBig(vm, b), magToBig(vm, e), magToBig(vm, m))),
    'modInverseMag0([I[I)[I': (vm: Vm, _t: JavaThread, a: Ref, m: Ref) => {
      const r = modInverse(magToBig(vm, a), magToBig(vm, m));
      return r < 0n ? 0 : bigToMag(vm, r);
    },
    'gcdMag0([I[I)[I': (vm: Vm, _t: JavaThread, a: Ref, b: Ref) =>
      bigToMag(vm, gcd(magToBig(vm, a), magToBig(vm, b))),
    'sqrtMag0([I)[I': (vm: Vm, _t: JavaThread, a: Ref) => bigToMag(vm, isqrt(magToBig(vm, a))),
    'bitOp0(II[II[I)[I': (vm: Vm, _t: JavaThread, op: number, sa: number, a: Ref, sb: number, b: Ref) => {
      const r = BIT_OPS[op]!(signed(vm, sa, a), signed(vm, sb, b));
      return bigToMag(vm, r < 0n ? -r : r);
    },
    'isProbablePrime0([I)Z': (vm: Vm, _t: JavaThread, a: Ref) => isProbablePrime(magToBig(vm, a)),
    'nextPrimeMag0([I)[I': (vm: Vm, _t: JavaThread, a: Ref) => {
      let n = magToBig(vm, a) + 1n;
      if (n <= 2n) return bigToMag(vm, 2n);
      if ((n & 1n) === 0n) n += 1n;
      while (!isProbablePrime(n)) n += 2n;
      return bigToMag(vm, n);
    },
    'toString0([II)Ljava/lang/String;': (vm: Vm, _t: JavaThread, a: Ref, radix: number) =>
      vm.newString(toRadixString(magToBig(vm, a), radix)),
    'parse0(Ljava/lang/String;I)[I': (vm: Vm, _t: JavaThread, s: Ref, radix: number) =>
      bigToMag(vm, parseDigits(vm.jsString(s)!, radix)),
    'doubleValue0(I[I)D': (vm: Vm, _t: JavaThread, sign: number, a: Ref) => {
      // Number(bigint) rounds to nearest, ties to even (ECMA-262 Number::toNumber of a BigInt).
      const v = Number(magToBig(vm, a));
      return sign < 0 ? -v : v;
    },
    'floatValue0(I[I)F': (vm: Vm, _t: JavaThread, sign: number, a: Ref) => toFloat(sign, magToBig(vm, a)),
  },
};
