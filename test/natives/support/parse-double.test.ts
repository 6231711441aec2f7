/**
 * @fileoverview Checks javaParseDouble / javaParseFloat (values and NumberFormatException
 * messages) against every row of the HotSpot parse fixture (55,000 strings).
 */

import { describe, expect, it } from 'vitest';

import { NumberFormatError, javaParseDouble, javaParseFloat } from '../../../src/natives/support/parse-double.js';
import { doubleHex, fixtureLines, floatHex, unescapeFixture } from './fixture-reader.js';

/** The fixture's notation for an outcome: hex bits, or "!" and the exception message. */
function outcome(parse: (s: string) => number, hex: (x: number) => string, input: string): string {
  try {
    return hex(parse(input));
  } catch (e) {
    if (e instanceof NumberFormatError) return '!' + e.message;
    throw e;
  }
}

describe('javaParseDouble / javaParseFloat', () => {
  it('handles the documented examples', () => {
    expect(javaParseDouble(' 0x1.8p3 ')).toBe(12);
    expect(javaParseDouble('1e-4d')).toBe(1e-4);
    expect(Object.is(javaParseDouble('-0'), -0)).toBe(true);
    expect(javaParseFloat('0.1')).toBe(Math.fround(0.1));
    expect(() => javaParseDouble('abc')).toThrow(new NumberFormatError('For input string: "abc"'));
    expect(() => javaParseDouble('  ')).toThrow(new NumberFormatError('empty String'));
  });

  it('matches HotSpot on every fixture row', () => {
    const rows = fixtureLines('parse.txt.gz');
    expect(rows.length).toBeGreaterThanOrEqual(50_000);
    const failures: string[] = [];
    for (const row of rows) {
      const [expectedDouble, expectedFloat, escaped] = row.split('\t').map(unescapeFixture);
      const input = escaped;
      const d = outcome(javaParseDouble, doubleHex, input);
      const f = outcome(javaParseFloat, floatHex, input);
      if ((d !== expectedDouble || f !== expectedFloat) && failures.length < 20) {
        failures.push(`${JSON.stringify(input.slice(0, 120))}: expected ${expectedDouble} ${expectedFloat}, got ${d} ${f}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
