/**
 * @fileoverview Checks the IEEE 754 bit helpers against values whose encodings are fixed by the
 * standard (no Java needed: these are properties of the binary64/binary32 formats).
 */

import { describe, expect, it } from 'vitest';

import {
  bitLength53,
  bitsToDouble,
  bitsToFloat,
  doubleToBits,
  floatToBits,
  fromWords,
  highWord,
  lowWord,
  scalb,
  trailingZeros53,
  withHighWord,
  withLowWord,
} from '../../../src/natives/support/ieee754.js';

describe('ieee754 helpers', () => {
  it('splits doubles into fdlibm words', () => {
    expect(highWord(1)).toBe(0x3ff00000);
    expect(lowWord(1)).toBe(0);
    expect(highWord(-2)).toBe(0xc0000000 | 0);
    expect(lowWord(5e-324)).toBe(1);
    expect(lowWord(Math.PI)).toBe(0x54442d18);
    expect(fromWords(0x400921fb, 0x54442d18)).toBe(Math.PI);
    expect(withLowWord(Math.PI, 0)).toBe(fromWords(0x400921fb, 0));
    expect(withHighWord(0, 0x3ff00000)).toBe(1);
  });

  it('converts raw bits both ways', () => {
    expect(doubleToBits(-0).toString(16)).toBe('8000000000000000');
    expect(bitsToDouble(0x7ff0000000000000n)).toBe(Infinity);
    expect(bitsToDouble(0x1n)).toBe(5e-324);
    expect(floatToBits(1)).toBe(0x3f800000);
    expect(floatToBits(-0)).toBe(0x80000000);
    expect(bitsToFloat(1)).toBe(2 ** -149);
  });

  it('counts bits of integers below 2^53', () => {
    expect(bitLength53(0)).toBe(0);
    expect(bitLength53(1)).toBe(1);
    expect(bitLength53(2 ** 52)).toBe(53);
    expect(bitLength53(2 ** 32)).toBe(33);
    expect(trailingZeros53(2 ** 52)).toBe(52);
    expect(trailingZeros53(2 ** 32 + 2 ** 33)).toBe(32);
    expect(trailingZeros53(12)).toBe(2);
  });

  it('scales by powers of two with a single rounding', () => {
    expect(scalb(1, -1074)).toBe(5e-324);
    expect(scalb(1.5, -1074)).toBe(1e-323); // 1.5 ulp rounds to even: 2 ulps
    expect(scalb(1, -1075)).toBe(0); // a tie rounds to even zero
    expect(scalb(1, 1024)).toBe(Infinity);
    expect(scalb(0.75, 1024)).toBe(0.75 * 2 ** 1023 * 2);
    expect(scalb(3, -2000 + 2000)).toBe(3);
  });
});
