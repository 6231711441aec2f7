/**
 * @fileoverview Tests of the shape cache: it validates what the runtime reports and caches it.
 */

import { describe, expect, it } from 'vitest';
import { ShapeKind, ShapeTable } from '../../src/heap/shapes.js';
import type { ArrayShape, InstanceShape } from '../../src/heap/index.js';

function table(shape: InstanceShape | ArrayShape): ShapeTable {
  return new ShapeTable({ shapeOf: () => shape });
}

describe('ShapeTable', () => {
  it('caches instance and array shapes by class id, growing as needed', () => {
    let calls = 0;
    const t = new ShapeTable({
      shapeOf: (id) => {
        calls++;
        return id === 1000
          ? { kind: 'array', elementSize: 4, elementsAreRefs: true }
          : { kind: 'instance', size: 20, refOffsets: Int32Array.of(16) };
      },
    });
    expect(t.load(3)).toBe(ShapeKind.Instance);
    expect(t.sizes[3]).toBe(24);
    expect(t.load(1000)).toBe(ShapeKind.RefArray);
    expect(t.sizes[1000]).toBe(4);
    expect(t.load(3)).toBe(ShapeKind.Instance);
    expect(calls).toBe(2);
    t.clear();
    t.load(3);
    expect(calls).toBe(3);
  });

  it('rejects shapes the collector cannot trust', () => {
    expect(() => table({ kind: 'instance', size: 4, refOffsets: new Int32Array(0) }).load(1)).toThrow(/>= 8/);
    expect(() => table({ kind: 'instance', size: 16, refOffsets: Int32Array.of(4) }).load(1)).toThrow(/offset 4/);
    expect(() => table({ kind: 'instance', size: 16, refOffsets: Int32Array.of(14) }).load(1)).toThrow(/offset 14/);
    expect(() => table({ kind: 'instance', size: 16, refOffsets: Int32Array.of(16) }).load(1)).toThrow(/offset 16/);
    expect(() => table({ kind: 'array', elementSize: 8, elementsAreRefs: true }).load(1)).toThrow(/4-byte/);
    expect(() => table({ kind: 'array', elementSize: 3 as 4, elementsAreRefs: false }).load(1)).toThrow(/1, 2, 4 or 8/);
    expect(() => table({ kind: 'array', elementSize: 4, elementsAreRefs: false }).load(-2)).toThrow(/invalid class id/);
  });
});
