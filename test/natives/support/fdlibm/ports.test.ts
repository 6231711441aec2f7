/**
 * @fileoverview Checks every TypeScript fdlibm port directly (not through strictMath, which may
 * pick the host's Math function) against every row of the HotSpot StrictMath fixture, so the
 * ports are proven for hosts whose libm differs. Also checks the constant tables of the
 * Payne-Hanek reduction against 2/pi and pi/2 computed exactly with bigint.
 */

import { describe, expect, it } from 'vitest';

import { cbrt, hypot, ieeeRemainder } from '../../../../src/natives/support/fdlibm/algebraic.js';
import { atan2 } from '../../../../src/natives/support/fdlibm/atan2.js';
import { cosh, exp, expm1, sinh, tanh } from '../../../../src/natives/support/fdlibm/exp.js';
import { acos, asin, atan } from '../../../../src/natives/support/fdlibm/inverse-trig.js';
import { log, log10, log1p } from '../../../../src/natives/support/fdlibm/log.js';
import { pow } from '../../../../src/natives/support/fdlibm/pow.js';
import { TRIG_TABLES, cos, sin, tan } from '../../../../src/natives/support/fdlibm/trig.js';
import { highWord } from '../../../../src/natives/support/ieee754.js';
import { doubleHex, fixtureLines, hexToDouble } from '../fixture-reader.js';

const PORTS: Record<string, (...xs: number[]) => number> = {
  sin, cos, tan, asin, acos, atan, atan2, exp, expm1, sinh, cosh, tanh, log, log10, log1p, cbrt, hypot, pow,
  IEEEremainder: ieeeRemainder,
};

/** Rows of the math fixture grouped by function name: [args..., strict]. */
function rowsByFunction(): Map<string, string[][]> {
  const map = new Map<string, string[][]>();
  let current: string[][] = [];
  for (const line of fixtureLines('math.txt.gz')) {
    if (line.startsWith('@')) {
      current = [];
      map.set(line.slice(1).split(' ')[0], current);
    } else {
      current.push(line.split(' '));
    }
  }
  return map;
}

const rows = rowsByFunction();

describe('fdlibm ports', () => {
  for (const [name, port] of Object.entries(PORTS)) {
    it(`${name} matches HotSpot StrictMath on every fixture row`, () => {
      const section = rows.get(name);
      expect(section).toBeDefined();
      const arity = port.length;
      const failures: string[] = [];
      for (const row of section ?? []) {
        const args = row.slice(0, arity);
        const actual = doubleHex(port(...args.map(hexToDouble)));
        if (actual !== row[arity] && failures.length < 10) {
          failures.push(`${name}(${args.join(', ')}): expected ${row[arity]}, got ${actual}`);
        }
      }
      expect(failures).toEqual([]);
    });
  }
});

/** pi to `bits` fractional bits (floor), by Machin's formula in fixed point. */
function piFixed(bits: number): bigint {
  const guard = 64;
  const one = 1n << BigInt(bits + guard);
  const arctanInv = (n: bigint): bigint => {
    let sum = 0n;
    let power = one / n;
    const n2 = n * n;
    for (let k = 1n; power !== 0n; k += 2n) {
      sum += (k & 2n ? -power : power) / k;
      power /= n2;
    }
    return sum;
  };
  return (4n * (4n * arctanInv(5n) - arctanInv(239n))) >> BigInt(guard);
}

describe('trig reduction tables', () => {
  const bits = 1700;
  const pi = piFixed(bits);

  it('TWO_OVER_PI holds the leading 24-bit chunks of 2/pi', () => {
    const twoOverPi = (2n << BigInt(2 * bits)) / pi; // 2/pi with `bits` fractional bits
    const chunks = TRIG_TABLES.TWO_OVER_PI.length;
    const expected: number[] = [];
    for (let i = 0; i < chunks; i++) {
      expected.push(Number((twoOverPi >> BigInt(bits - 24 * (i + 1))) & 0xffffffn));
    }
    expect(TRIG_TABLES.TWO_OVER_PI).toEqual(expected);
  });

  it('PI_O2_CHUNKS add up to pi/2 in 24-bit pieces', () => {
    const halfPi = pi >> 1n;
    let rest = halfPi;
    TRIG_TABLES.PI_O2_CHUNKS.forEach((chunk, i) => {
      const scale = 24 * (i + 1) - 1; // chunk i covers bits [24i, 24i+24) after the binary point of pi/2 / 2
      const piece = (rest >> BigInt(bits - scale)) << BigInt(bits - scale);
      expect(chunk).toBe(Number(piece >> BigInt(bits - scale)) * 2 ** -scale);
      rest -= piece;
    });
  });

  it('NPIO2_HW holds the high words of n·pi/2', () => {
    TRIG_TABLES.NPIO2_HW.forEach((hw, i) => expect(hw).toBe(highWord(((i + 1) * Math.PI) / 2)));
  });
});
