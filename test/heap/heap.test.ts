/**
 * @fileoverview Tests of the Heap outside collection: memory reservation and views, the fake null
 * array, bump allocation of instances and arrays, the static area, identity hashes and handles.
 */

import { describe, expect, it } from 'vitest';
import { Heap, HeapOptionsError, WASM_PAGE_BYTES, hashWord, monitorWord } from '../../src/heap/index.js';
import { Cls, TestTypes, newHeap } from './fixtures.js';

describe('Heap memory', () => {
  it('reserves all regions up front and never grows', () => {
    const heap = newHeap(1 << 16);
    const g = heap.geometry;
    expect(g.staticStart).toBe(16);
    expect(g.staticEnd).toBe(16 + 4096);
    expect(g.spaceA).toBe(g.staticEnd);
    expect(g.spaceB).toBe(g.spaceA + (1 << 16));
    expect(heap.memory.buffer.byteLength).toBe(g.pages * WASM_PAGE_BYTES);
    expect(g.pages * WASM_PAGE_BYTES).toBeGreaterThanOrEqual(g.spaceB + (1 << 16));
    expect(() => heap.memory.grow(1)).toThrow();
    for (const view of [heap.i8, heap.u8, heap.i16, heap.u16, heap.i32, heap.u32, heap.f32, heap.f64, heap.i64]) {
      expect(view.buffer).toBe(heap.memory.buffer);
      expect(view.byteLength).toBe(heap.memory.buffer.byteLength);
    }
  });

  it('puts a zero-length fake array at address 0 so null fails an unsigned bounds check', () => {
    const heap = newHeap(1 << 12);
    expect(heap.arrayLength(0)).toBe(0);
    expect(heap.classIdOf(0)).toBe(0);
    expect(heap.identityHash(0)).toBe(0);
    const index = 0;
    expect(index >>> 0 < heap.arrayLength(0) >>> 0).toBe(false);
    expect(heap.u8.subarray(0, 16).every((b) => b === 0)).toBe(true);
  });

  it('rejects bad options with a clear error', () => {
    const types = new TestTypes();
    expect(() => new Heap({ semispaceBytes: 0 }, types)).toThrow(HeapOptionsError);
    expect(() => new Heap({ semispaceBytes: 2 ** 31 }, types)).toThrow(/largest accepted -Xmx/);
  });
});

describe('allocation', () => {
  it('bump-allocates 8-aligned zeroed instances with their class id', () => {
    const heap = newHeap(1 << 12);
    const a = heap.allocInstance(Cls.Tree, 28);
    const b = heap.allocInstance(Cls.Node, 16);
    expect(a % 8).toBe(0);
    expect(b).toBe(a + 32);
    expect(heap.classIdOf(a)).toBe(Cls.Tree);
    expect(heap.classIdOf(b)).toBe(Cls.Node);
    expect(heap.i32[(a + 4) >> 2]).toBe(0);
    expect(heap.u8.subarray(a + 4, a + 32).every((x) => x === 0)).toBe(true);
    expect(heap.usedBytes()).toBe(48);
    expect(heap.objectSize(a)).toBe(32);
  });

  it('allocates arrays with a length word and elements at +16', () => {
    const heap = newHeap(1 << 12);
    const bytes = heap.allocArray(Cls.ByteArray, 1, 3);
    const longs = heap.allocArray(Cls.LongArray, 8, 2);
    const empty = heap.allocArray(Cls.IntArray, 4, 0);
    expect(heap.arrayLength(bytes)).toBe(3);
    expect(longs).toBe(bytes + 24);
    expect(heap.arrayLength(longs)).toBe(2);
    expect(empty).toBe(longs + 32);
    expect(heap.objectSize(empty)).toBe(16);
    expect(heap.usedBytes()).toBe(24 + 32 + 16);
  });

  it('returns 0 when the semispace is full, without throwing', () => {
    const heap = newHeap(256);
    let count = 0;
    while (heap.allocInstance(Cls.Node, 16) !== 0) count++;
    expect(count).toBe(16);
    expect(heap.freeBytes()).toBe(0);
    expect(heap.allocArray(Cls.ByteArray, 1, 0)).toBe(0);
  });

  it('returns 0 for arrays larger than the whole heap instead of a RangeError', () => {
    const heap = newHeap(1 << 12);
    expect(heap.allocArray(Cls.LongArray, 8, 0x7fffffff)).toBe(0);
    expect(heap.allocArray(Cls.ObjectArray, 4, 1 << 30)).toBe(0);
    expect(heap.allocArray(Cls.ByteArray, 1, (1 << 12) - 16)).not.toBe(0);
  });

  it('treats a negative array length or a too-small instance as a VM bug', () => {
    const heap = newHeap(1 << 12);
    expect(() => heap.allocArray(Cls.IntArray, 4, -1)).toThrow(/negative length/);
    expect(() => heap.allocInstance(Cls.Empty, 0)).toThrow(/below the 8-byte header/);
  });
});

describe('static area', () => {
  it('bump-allocates 8-aligned zeroed blocks and throws when full', () => {
    const heap = newHeap(1 << 12);
    const a = heap.allocStatic(12);
    const b = heap.allocStatic(1);
    expect(a).toBe(16);
    expect(b).toBe(32);
    expect(heap.u8.subarray(a, a + 16).every((x) => x === 0)).toBe(true);
    expect(heap.staticUsedBytes()).toBe(24);
    expect(() => heap.allocStatic(8192)).toThrow(/Static area full/);
    expect(() => heap.allocStatic(-1)).toThrow(/non-negative/);
  });
});

describe('identity hash', () => {
  it('is assigned lazily, nonzero, 31-bit and kept in the status word', () => {
    const heap = newHeap(1 << 12);
    const a = heap.allocInstance(Cls.Leaf, 16);
    const b = heap.allocInstance(Cls.Leaf, 16);
    expect(heap.i32[(a + 4) >> 2]).toBe(0);
    const ha = heap.identityHash(a);
    expect(ha).toBeGreaterThan(0);
    expect(ha).toBeLessThanOrEqual(0x7fffffff);
    expect(heap.i32[(a + 4) >> 2]).toBe(hashWord(ha));
    expect(heap.identityHash(a)).toBe(ha);
    expect(heap.identityHash(b)).not.toBe(ha);
  });

  it('is reproducible for a given seed and spreads over 31 bits', () => {
    const draw = (seed: number): number[] => {
      const heap = newHeap(1 << 12, { hashSeed: seed });
      return Array.from({ length: 1000 }, () => heap.nextIdentityHash());
    };
    const first = draw(42);
    expect(draw(42)).toEqual(first);
    expect(draw(43)).not.toEqual(first);
    expect(new Set(first).size).toBe(1000);
    expect(first.some((h) => h >= 2 ** 30)).toBe(true);
    expect(first.every((h) => h > 0 && h <= 0x7fffffff)).toBe(true);
  });

  it('asks the monitorHash hook when the status word holds a monitor', () => {
    const heap = newHeap(1 << 12);
    const a = heap.allocInstance(Cls.Leaf, 16);
    heap.i32[(a + 4) >> 2] = monitorWord(7);
    expect(() => heap.identityHash(a)).toThrow(/monitorHash/);
    heap.monitorHash = (id, ref) => id * 1000 + (ref === a ? 1 : 0);
    expect(heap.identityHash(a)).toBe(7001);
  });
});

describe('handles', () => {
  it('hands out nonzero numbers, reuses freed ones and rejects stale ones', () => {
    const heap = newHeap(1 << 12);
    const hs = Array.from({ length: 200 }, (_, i) => heap.newHandle(i * 8));
    expect(hs.every((h) => h > 0)).toBe(true);
    expect(heap.getHandle(hs[150])).toBe(1200);
    heap.setHandle(hs[150], 16);
    expect(heap.getHandle(hs[150])).toBe(16);
    heap.freeHandle(hs[3]);
    expect(() => heap.getHandle(hs[3])).toThrow(/not live/);
    expect(() => heap.freeHandle(hs[3])).toThrow(/not live/);
    expect(() => heap.getHandle(0)).toThrow(/not live/);
    expect(heap.newHandle(24)).toBe(hs[3]);
    expect(heap.handleCount()).toBe(200);
  });
});
