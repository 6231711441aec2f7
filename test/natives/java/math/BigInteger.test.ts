/**
 * @fileoverview Checks the BigInteger natives' conversions between heap magnitudes (big-endian
 * int words) and JS BigInt, their float rounding and their primality test, without a VM.
 */

import { describe, expect, it } from 'vitest';

import type { Vm } from '../../../../src/runtime/vm.js';
import { isProbablePrime, magToBig, toFloat, words } from '../../../../src/natives/java/math/BigInteger.js';

/** A fake VM whose heap holds one int[] at address 0 (length at +8, elements at +16). */
function heapWith(w: number[]): Vm {
  const i32 = new Int32Array(4 + w.length);
  i32[2] = w.length;
  w.forEach((x, i) => { i32[4 + i] = x; });
  return { heap: { i32 } } as unknown as Vm;
}

describe('BigInteger natives', () => {
  it('round-trips magnitudes of every length through BigInt', () => {
    const samples = [0n, 1n, 0xffffffffn, 0x100000000n, (1n << 53n) + 1n, (1n << 64n) - 1n, 10n ** 40n, 3n ** 500n];
    for (const x of samples) {
      const w = words(x);
      if (x > 0n) expect(w[0]).not.toBe(0);
      expect(magToBig(heapWith(w), 0)).toBe(x);
    }
  });

  it('rounds to float half to even', () => {
    expect(toFloat(1, (1n << 24n) + 1n)).toBe(16777216);
    expect(toFloat(1, (1n << 24n) + 3n)).toBe(16777220);
    expect(toFloat(-1, 123n)).toBe(-123);
    expect(toFloat(1, 1n << 128n)).toBe(Infinity);
    // Float.MAX_VALUE is 2^128 - 2^104; halfway to 2^128 rounds to the even side, which overflows.
    expect(toFloat(1, (1n << 128n) - (1n << 104n))).toBe(3.4028234663852886e38);
    expect(toFloat(1, (1n << 128n) - (1n << 103n) - 1n)).toBe(3.4028234663852886e38);
    expect(toFloat(1, (1n << 128n) - (1n << 103n))).toBe(Infinity);
  });

  it('tells primes from composites, Carmichael numbers included', () => {
    for (const p of [2n, 3n, 97n, 7919n, 2n ** 61n - 1n, 2n ** 127n - 1n]) expect(isProbablePrime(p)).toBe(true);
    for (const c of [0n, 1n, 561n, 1105n, 3215031751n, 2n ** 67n - 1n, (2n ** 61n - 1n) * (2n ** 31n - 1n)]) {
      expect(isProbablePrime(c)).toBe(false);
    }
  });
});
