/**
 * @fileoverview Tests of the layout constants and status-word helpers.
 */

import { describe, expect, it } from 'vitest';
import {
  ARRAY_DATA_OFFSET,
  ARRAY_LENGTH_OFFSET,
  OBJECT_HEADER_BYTES,
  STATUS_OFFSET,
  alignObject,
  arrayBytes,
  elementAddress,
  hashOf,
  hashWord,
  isMonitorWord,
  monitorIdOf,
  monitorWord,
} from '../../src/heap/index.js';

describe('layout', () => {
  it('matches docs/core-decisions.md', () => {
    expect([STATUS_OFFSET, OBJECT_HEADER_BYTES, ARRAY_LENGTH_OFFSET, ARRAY_DATA_OFFSET]).toEqual([4, 8, 8, 16]);
  });

  it('sizes arrays as 16 + length * elementSize rounded to 8, without wrapping', () => {
    expect(arrayBytes(1, 0)).toBe(16);
    expect(arrayBytes(1, 1)).toBe(24);
    expect(arrayBytes(2, 4)).toBe(24);
    expect(arrayBytes(8, 3)).toBe(40);
    expect(arrayBytes(8, 0x7fffffff)).toBe(16 + 8 * 0x7fffffff);
    expect(alignObject(17)).toBe(24);
    expect(elementAddress(1000, 4, 3)).toBe(1028);
  });

  it('encodes hashes and monitors in the status word', () => {
    const h = 0x7fffffff;
    expect(isMonitorWord(hashWord(h))).toBe(false);
    expect(hashOf(hashWord(h))).toBe(h);
    expect(hashOf(0)).toBe(0);
    const m = monitorWord(0x40000001);
    expect(isMonitorWord(m)).toBe(true);
    expect(monitorIdOf(m)).toBe(0x40000001);
  });
});
