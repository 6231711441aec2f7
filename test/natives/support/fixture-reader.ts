/**
 * @fileoverview Loads the HotSpot-generated fixtures of this folder (gzipped text written by
 * scripts/fixtures/gen-number-fixtures.mjs) and decodes their hex and escaped-string columns.
 */

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

import { bitsToDouble, bitsToFloat, doubleToBits, floatToBits } from '../../../src/natives/support/ieee754.js';

const fixtureDir = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');

/** The data lines of a fixture file (comment lines starting with '#' dropped). */
export function fixtureLines(name: string): string[] {
  const text = gunzipSync(readFileSync(join(fixtureDir, name))).toString('utf8');
  return text.split('\n').filter((line) => line !== '' && !line.startsWith('#'));
}

/** The double whose raw bits are the given hex string. */
export function hexToDouble(hex: string): number {
  return bitsToDouble(BigInt('0x' + hex));
}

/** The float whose raw bits are the given hex string. */
export function hexToFloat(hex: string): number {
  return bitsToFloat(parseInt(hex, 16));
}

/** Bits of a double as lowercase hex without leading zeros, NaN canonical (Java's doubleToLongBits). */
export function doubleHex(x: number): string {
  return x !== x ? '7ff8000000000000' : doubleToBits(x).toString(16);
}

/** Bits of a float as lowercase hex without leading zeros, NaN canonical (Java's floatToIntBits). */
export function floatHex(x: number): string {
  return x !== x ? '7fc00000' : floatToBits(x).toString(16);
}

/** Undoes the generator's escaping (\\uXXXX for control, non-ASCII and backslash characters). */
export function unescapeFixture(s: string): string {
  return s.replace(/\\u([0-9a-f]{4})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}
