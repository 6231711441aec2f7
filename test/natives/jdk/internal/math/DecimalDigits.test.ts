/**
 * @fileoverview The exactness flag of jdk.internal.math.DecimalDigits.digits0: how FloatingDecimal's
 * digits compare with the double (DecimalFormat settles ties with it).
 */

import { describe, expect, it } from 'vitest';

import { relation } from '../../../../../src/natives/jdk/internal/math/DecimalDigits.js';
import { javaDecimalDigits } from '../../../../../src/natives/support/double-to-string.js';

function rel(d: number): string {
  const r = javaDecimalDigits(d, true);
  return relation(d, r.digits, r.decExponent);
}

describe('DecimalDigits relation', () => {
  it('calls binary fractions exact', () => {
    expect(rel(0.125)).toBe('e');
    expect(rel(2.5)).toBe('e');
    expect(rel(2 ** -20)).toBe('e');
  });

  it('tells digits above the double from digits below it', () => {
    // 2.675 is 2.67499999999999982236431605997495353221893310546875: the digits 2675 are above
    expect(rel(2.675)).toBe('u');
    // 0.135 is 0.135000000000000008881784197001252323389053344726562: the digits 135 are below
    expect(rel(0.135)).toBe('d');
    expect(rel(0.1)).toBe('d');
  });

  it('answers d for integers below 2^63, whose shortcut records nothing (as HotSpot)', () => {
    expect(rel(25)).toBe('d');
    expect(rel(2 ** 62)).toBe('d');
  });

  it('handles subnormals and large values', () => {
    // 2^70 = 1180591620717411303424 prints as 1.1805916207174113E21: below it
    expect(rel(2 ** 70)).toBe('d');
    // 2^-1074 prints as 4.9E-324, below 4.940656458412465441765687928682213723651e-324
    expect(rel(Number.MIN_VALUE)).toBe('d');
  });
});
