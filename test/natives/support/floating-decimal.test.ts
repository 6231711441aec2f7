/**
 * @fileoverview Checks the FloatingDecimal digit generator in its non-"compatible" mode (the one
 * java.util.Formatter starts from) against digits read out of HotSpot's own
 * jdk.internal.math.FloatingDecimal (20,000 rows); the compatible mode is covered through
 * Double.toString in double-to-string.test.ts.
 */

import { describe, expect, it } from 'vitest';

import { javaDecimalDigits } from '../../../src/natives/support/double-to-string.js';
import { dtoa } from '../../../src/natives/support/floating-decimal.js';
import { fixtureLines, hexToDouble } from './fixture-reader.js';

describe('FloatingDecimal digits', () => {
  it('gives 2e23 the JDK 17 digits', () => {
    const r = dtoa(77, 0x152d02c7e14af6, 53); // 2e23 = 0x44c52d02c7e14af6
    expect(String.fromCharCode(...r.digits)).toBe('19999999999999998');
    expect(r.decExponent).toBe(24);
  });

  it('matches HotSpot non-compatible digits on every fixture row', () => {
    const rows = fixtureLines('formatter-digits.txt.gz');
    expect(rows.length).toBeGreaterThanOrEqual(19_000);
    const failures: string[] = [];
    for (const row of rows) {
      const [bits, digits, exponent] = row.split(' ');
      const r = javaDecimalDigits(hexToDouble(bits), false);
      if ((r.digits !== digits || r.decExponent !== Number(exponent)) && failures.length < 10) {
        failures.push(`${bits}: expected ${digits} ${exponent}, got ${r.digits} ${r.decExponent}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
