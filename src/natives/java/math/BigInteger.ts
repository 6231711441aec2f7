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

/** Reads the magnitude int[] `arr` as a non-negative BigInt. */
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
  let hex = '0x';
  for (let i = 0; i < len; i++) hex += (i32[base + i]! >>> 0).toString(16).padStart(8, '0');
  return BigInt(hex);
}

/** Splits non-negative `x` into big-endian 32-bit words (no leading zero word). */
function words(x: bigint): number[] {
  if (x === 0n) return [];
  if (x < 0x100000000n) return [Number(x)];
  const hex = x.toString(16);
  const n = Math.ceil(hex.length / 8);
  const out = new Array<number>(n);
  let end = hex.length;
  for (let i = n - 1; i >= 0; i--) {
    const start = Math.max(0, end - 8);
    out[i] = parseInt(hex.slice(start, end), 16) | 0;
    end = start;
  }
  return out;
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
function toFloat(sign: number, x: bigint): number {
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
    'addMag0([I[I)[I': (vm: Vm, _t: JavaThread, a: Ref, b: Ref) =>
      bigToMag(vm, magToBig(vm, a) + magToBig(vm, b)),
    'subMag0([I[I)[I': (vm: Vm, _t: JavaThread, a: Ref, b: Ref) =>
      bigToMag(vm, magToBig(vm, a) - magToBig(vm, b)),
    'mulMag0([I[I)[I': (vm: Vm, _t: JavaThread, a: Ref, b: Ref) =>
      bigToMag(vm, magToBig(vm, a) * magToBig(vm, b)),
    'divMag0([I[I)[I': (vm: Vm, _t: JavaThread, a: Ref, b: Ref) =>
      bigToMag(vm, magToBig(vm, a) / magToBig(vm, b)),
    'remMag0([I[I)[I': (vm: Vm, _t: JavaThread, a: Ref, b: Ref) =>
      bigToMag(vm, magToBig(vm, a) % magToBig(vm, b)),
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
