/**
 * @fileoverview Checks strictMath against every row of the HotSpot math fixture (StrictMath bits
 * for ~150,000 inputs over 25 functions), and that javaMath stays within one ulp of HotSpot's
 * java.lang.Math wherever HotSpot's intrinsics give other bits than StrictMath.
 */

import { describe, expect, it } from 'vitest';

import { doubleToBits } from '../../../src/natives/support/ieee754.js';
import { type MathFunctions, agreeingHost, javaMath, strictMath } from '../../../src/natives/support/strict-math.js';
import { sin } from '../../../src/natives/support/fdlibm/trig.js';
import { doubleHex, fixtureLines, hexToDouble, hexToFloat } from './fixture-reader.js';

interface Section {
  name: string;
  arity: number;
  rows: string[][];
}

/** Splits the fixture into its "@name arity" sections. */
function sections(): Section[] {
  const result: Section[] = [];
  for (const line of fixtureLines('math.txt.gz')) {
    if (line.startsWith('@')) {
      const [name, arity] = line.slice(1).split(' ');
      result.push({ name, arity: Number(arity), rows: [] });
    } else {
      result[result.length - 1].rows.push(line.split(' '));
    }
  }
  return result;
}

/** Evaluates one fixture function on raw-bit inputs, giving Java's hex notation of the result. */
function evaluate(math: MathFunctions, name: string, args: string[]): string {
  if (name === 'round') return BigInt.asUintN(64, math.round(hexToDouble(args[0]))).toString(16);
  if (name === 'roundf') return (math.roundFloat(hexToFloat(args[0])) >>> 0).toString(16);
  const fn = math[name as keyof MathFunctions] as (...xs: number[]) => number;
  return doubleHex(fn(...args.map(hexToDouble)));
}

/** Distance in ulps between two finite doubles of the same sign given as hex bits. */
function ulpDistance(a: string, b: string): bigint {
  const x = BigInt('0x' + a);
  const y = BigInt('0x' + b);
  return x > y ? x - y : y - x;
}

const all = sections();

describe('strictMath', () => {
  it('covers every function of the fixture', () => {
    expect(all.map((s) => s.name).sort()).toEqual(
      [...Object.keys(strictMath).filter((k) => k !== 'roundFloat'), 'roundf'].sort(),
    );
  });

  for (const section of all) {
    it(`${section.name} matches StrictMath on all ${section.rows.length} rows`, () => {
      const failures: string[] = [];
      for (const row of section.rows) {
        const args = row.slice(0, section.arity);
        const expected = row[section.arity];
        const actual = evaluate(strictMath, section.name, args);
        if (actual !== expected && failures.length < 10) {
          failures.push(`${section.name}(${args.join(', ')}): expected ${expected}, got ${actual}`);
        }
      }
      expect(failures).toEqual([]);
    });
  }
});

describe('host selection', () => {
  it('keeps the host function only when it agrees with the port on every probe', () => {
    const host = (x: number): number => sin(x);
    expect(agreeingHost(sin, host)).toBe(host);
    // A libm that is one ulp off for a single probe argument (x = 0.5) is rejected.
    const oneUlpOff = (x: number): number => (x === 0.5 ? sin(x) * (1 + Number.EPSILON) : sin(x));
    expect(agreeingHost(sin, oneUlpOff)).toBe(sin);
  });
});

describe('javaMath', () => {
  it('is within one ulp of HotSpot Math where its intrinsics differ from StrictMath', () => {
    const failures: string[] = [];
    for (const section of all) {
      for (const row of section.rows) {
        const args = row.slice(0, section.arity);
        const hotspotMath = row[section.arity + 1] ?? row[section.arity];
        const actual = evaluate(javaMath, section.name, args);
        if (actual !== hotspotMath && ulpDistance(actual, hotspotMath) > 1n && failures.length < 10) {
          failures.push(`${section.name}(${args.join(', ')}): HotSpot Math ${hotspotMath}, got ${actual}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it('keeps doubleToBits consistent for the ulp measure', () => {
    expect(doubleToBits(1).toString(16)).toBe('3ff0000000000000');
  });
});
