// long arithmetic on int32 halves agrees with BigInt's 64-bit two's-complement results.
import { describe, expect, it } from 'vitest';
import {
  d2i, d2l, fromBigInt, l2d, l2f, ladd, lcmp, ldiv, lmul, lneg, lrem, lshl, lshr, lsub, lushr, toBigInt,
} from '../../src/interp/long-math.js';

/** Deterministic xorshift PRNG so failures reproduce. */
function rng(seed: number): () => bigint {
  let x = BigInt(seed) | 1n;
  return () => {
    x ^= (x << 13n) & 0xffffffffffffffffn;
    x ^= x >> 7n;
    x ^= (x << 17n) & 0xffffffffffffffffn;
    x &= 0xffffffffffffffffn;
    const pick = Number(x & 7n);
    const v = BigInt.asIntN(64, x);
    // Mix in small values and boundaries, where carries and signs get interesting.
    if (pick === 0) return BigInt.asIntN(64, x & 0xffn) - 128n;
    if (pick === 1) return [0n, -1n, 1n, (1n << 63n) - 1n, -(1n << 63n), 1n << 32n, (1n << 32n) - 1n][Number((x >> 8n) % 7n)]!;
    if (pick === 2) return BigInt.asIntN(32, x);
    return v;
  };
}

const wrap = (v: bigint) => BigInt.asIntN(64, v);

/** Applies `op` with the result in a fresh slot pair, over the first operand and over the second; all three must agree. */
function binary(op: (s: Float64Array, d: number, x: number, y: number) => void, a: bigint, b: bigint): bigint {
  const results = [4, 0, 2].map((d) => {
    const s = new Float64Array(6);
    fromBigInt(s, 0, a);
    fromBigInt(s, 2, b);
    op(s, d, 0, 2);
    return toBigInt(s, d);
  });
  expect(results[1]).toBe(results[0]);
  expect(results[2]).toBe(results[0]);
  return results[0]!;
}

describe('long arithmetic on halves', () => {
  const next = rng(12345);
  const pairs: Array<[bigint, bigint]> = [];
  for (let i = 0; i < 5000; i++) pairs.push([next(), next()]);

  it('add, sub, mul match BigInt', () => {
    // The second operand is passed as words: read from slot y (before any write, as the interpreter does).
    const words = (op: typeof ladd) => (s: Float64Array, d: number, x: number, y: number) => op(s, d, x, s[y]!, s[y + 1]!);
    for (const [a, b] of pairs) {
      expect(binary(words(ladd), a, b)).toBe(wrap(a + b));
      expect(binary(words(lsub), a, b)).toBe(wrap(a - b));
      expect(binary(words(lmul), a, b)).toBe(wrap(a * b));
    }
  });

  it('div and rem truncate like Java, including MIN_VALUE / -1', () => {
    for (const [a, b] of pairs) {
      if (b === 0n) continue;
      expect(binary(ldiv, a, b)).toBe(wrap(a / b));
      expect(binary(lrem, a, b)).toBe(wrap(a % b));
    }
    expect(binary(ldiv, -(1n << 63n), -1n)).toBe(-(1n << 63n));
    expect(binary(lrem, -(1n << 63n), -1n)).toBe(0n);
  });

  it('shifts use the low six bits of the count', () => {
    for (const [a, b] of pairs) {
      const n = Number(b & 0xffn) - 64;
      const s = new Float64Array(4);
      const sh = BigInt(n & 63);
      fromBigInt(s, 0, a); lshl(s, 2, 0, n); expect(toBigInt(s, 2)).toBe(wrap(a << sh));
      lshl(s, 0, 0, n); expect(toBigInt(s, 0)).toBe(wrap(a << sh));
      fromBigInt(s, 0, a); lshr(s, 2, 0, n); expect(toBigInt(s, 2)).toBe(a >> sh);
      lshr(s, 0, 0, n); expect(toBigInt(s, 0)).toBe(a >> sh);
      fromBigInt(s, 0, a); lushr(s, 2, 0, n); expect(toBigInt(s, 2)).toBe(wrap(BigInt.asUintN(64, a) >> sh));
      lushr(s, 0, 0, n); expect(toBigInt(s, 0)).toBe(wrap(BigInt.asUintN(64, a) >> sh));
    }
  });

  it('neg and cmp', () => {
    for (const [a, b] of pairs) {
      const s = new Float64Array(4);
      fromBigInt(s, 0, a); lneg(s, 2, 0); expect(toBigInt(s, 2)).toBe(wrap(-a));
      lneg(s, 0, 0); expect(toBigInt(s, 0)).toBe(wrap(-a));
      fromBigInt(s, 0, a); fromBigInt(s, 2, b);
      expect(lcmp(s, 0, 2)).toBe(a < b ? -1 : a > b ? 1 : 0);
    }
  });

  it('conversions to double and float round once, and d2l/d2i saturate', () => {
    for (const [a] of pairs) {
      const s = new Float64Array(2);
      fromBigInt(s, 0, a);
      expect(l2d(s, 0)).toBe(Number(a));
      const exact = Number(a); // correctly rounded to double
      const viaFloat = l2f(s, 0);
      // A correctly rounded float is the float nearest to the exact value: compare with neighbours.
      const err = Math.abs(Number(BigInt(Math.round(viaFloat)) - a));
      expect(Number.isFinite(viaFloat)).toBe(true);
      expect(err).toBeLessThanOrEqual(Math.abs(exact) * 2 ** -24 + 1);
    }
    const s = new Float64Array(2);
    d2l(s, 0, NaN); expect(toBigInt(s, 0)).toBe(0n);
    d2l(s, 0, 1e30); expect(toBigInt(s, 0)).toBe((1n << 63n) - 1n);
    d2l(s, 0, -1e30); expect(toBigInt(s, 0)).toBe(-(1n << 63n));
    d2l(s, 0, -1.5); expect(toBigInt(s, 0)).toBe(-1n);
    d2l(s, 0, 4294967296.75); expect(toBigInt(s, 0)).toBe(4294967296n);
    expect(d2i(NaN)).toBe(0);
    expect(d2i(3e9)).toBe(2147483647);
    expect(d2i(-3e9)).toBe(-2147483648);
    expect(d2i(-2.9)).toBe(-2);
  });
});
