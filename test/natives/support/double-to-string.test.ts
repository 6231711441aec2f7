/**
 * @fileoverview Checks javaDoubleToString / javaFloatToString and the hex variants against every
 * row of the HotSpot fixtures (110,000 doubles, 110,000 floats, 20,000 hex strings).
 */

import { describe, expect, it } from 'vitest';

import {
  javaDoubleToHexString,
  javaDoubleToString,
  javaFloatToHexString,
  javaFloatToString,
} from '../../../src/natives/support/double-to-string.js';
import { fixtureLines, hexToDouble, hexToFloat } from './fixture-reader.js';

/** Runs `convert` on every row and reports the first mismatches (all rows must match). */
function checkRows(rows: string[], convert: (bits: string) => string): void {
  const failures: string[] = [];
  for (const row of rows) {
    const space = row.indexOf(' ');
    const bits = row.slice(0, space);
    const expected = row.slice(space + 1);
    const actual = convert(bits);
    if (actual !== expected && failures.length < 20) failures.push(`${bits}: expected ${expected}, got ${actual}`);
  }
  expect(failures).toEqual([]);
}

describe('javaDoubleToString', () => {
  it('prints the known examples like JDK 17', () => {
    expect(javaDoubleToString(2e23)).toBe('1.9999999999999998E23');
    expect(javaDoubleToString(1)).toBe('1.0');
    expect(javaDoubleToString(0.001)).toBe('0.001');
    expect(javaDoubleToString(1e-4)).toBe('1.0E-4');
    expect(javaDoubleToString(12345678)).toBe('1.2345678E7');
    expect(javaDoubleToString(-0)).toBe('-0.0');
    expect(javaDoubleToString(NaN)).toBe('NaN');
    expect(javaDoubleToString(-Infinity)).toBe('-Infinity');
    expect(javaDoubleToString(5e-324)).toBe('4.9E-324');
  });

  it('matches HotSpot on every fixture row', () => {
    const rows = fixtureLines('double-tostring.txt.gz');
    expect(rows.length).toBeGreaterThanOrEqual(100_000);
    checkRows(rows, (bits) => javaDoubleToString(hexToDouble(bits)));
  });
});

describe('javaFloatToString', () => {
  it('prints the known examples like JDK 17', () => {
    expect(javaFloatToString(1.4e-45)).toBe('1.4E-45');
    expect(javaFloatToString(Math.fround(0.1))).toBe('0.1');
    expect(javaFloatToString(Math.fround(1e10))).toBe('1.0E10');
  });

  it('matches HotSpot on every fixture row', () => {
    const rows = fixtureLines('float-tostring.txt.gz');
    expect(rows.length).toBeGreaterThanOrEqual(100_000);
    checkRows(rows, (bits) => javaFloatToString(hexToFloat(bits)));
  });
});

describe('javaDoubleToHexString / javaFloatToHexString', () => {
  it('matches HotSpot on every fixture row', () => {
    const rows = fixtureLines('hex-tostring.txt.gz');
    expect(rows.length).toBeGreaterThanOrEqual(20_000);
    const doubles = rows.filter((r) => r.startsWith('d ')).map((r) => r.slice(2));
    const floats = rows.filter((r) => r.startsWith('f ')).map((r) => r.slice(2));
    checkRows(doubles, (bits) => javaDoubleToHexString(hexToDouble(bits)));
    checkRows(floats, (bits) => javaFloatToHexString(hexToFloat(bits)));
  });
});
