/**
 * @fileoverview Tests of heap option validation and the region plan (-Xmx limits, rounding, pages).
 */

import { describe, expect, it } from 'vitest';
import {
  DEFAULT_STATIC_BYTES,
  Heap,
  HeapOptionsError,
  MAX_MEMORY_BYTES,
  WASM_PAGE_BYTES,
  maxSemispaceBytes,
  planHeap,
} from '../../src/heap/index.js';
import { TestTypes } from './fixtures.js';

describe('planHeap', () => {
  it('lays out null array, static area and two semispaces in order', () => {
    const g = planHeap({ semispaceBytes: 1 << 20 });
    expect(g).toEqual({
      staticStart: 16,
      staticEnd: 16 + DEFAULT_STATIC_BYTES,
      semispaceBytes: 1 << 20,
      spaceA: 16 + DEFAULT_STATIC_BYTES,
      spaceB: 16 + DEFAULT_STATIC_BYTES + (1 << 20),
      totalBytes: 16 + DEFAULT_STATIC_BYTES + (2 << 20),
      pages: Math.ceil((16 + DEFAULT_STATIC_BYTES + (2 << 20)) / WASM_PAGE_BYTES),
    });
  });

  it('rounds sizes up to 8 bytes', () => {
    const g = planHeap({ semispaceBytes: 1001, staticBytes: 3 });
    expect(g.semispaceBytes).toBe(1008);
    expect(g.staticEnd).toBe(24);
    expect(g.spaceB - g.spaceA).toBe(1008);
  });

  it('rejects sizes that are not usable integers', () => {
    for (const semispaceBytes of [0, 8, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => planHeap({ semispaceBytes })).toThrow(HeapOptionsError);
    }
    expect(() => planHeap({ semispaceBytes: 1024, staticBytes: -8 })).toThrow(/staticBytes/);
  });

  it('keeps every address below 2^31 so references stay non-negative i32 values', () => {
    const max = maxSemispaceBytes();
    expect(planHeap({ semispaceBytes: max }).totalBytes).toBeLessThanOrEqual(MAX_MEMORY_BYTES);
    expect(() => planHeap({ semispaceBytes: max + 8 })).toThrow(/largest accepted -Xmx is \d+ bytes/);
    expect(maxSemispaceBytes(0)).toBe((MAX_MEMORY_BYTES - 16) / 2);
    expect(() => planHeap({ semispaceBytes: 4 * 2 ** 30 })).toThrow(HeapOptionsError);
  });

  it('can reserve the largest heap (untouched pages cost no physical memory)', () => {
    const heap = new Heap({ semispaceBytes: maxSemispaceBytes() }, new TestTypes());
    expect(heap.memory.buffer.byteLength).toBe(MAX_MEMORY_BYTES);
    const last = heap.allocArray(6, 1, heap.capacityBytes() - 16);
    expect(last).toBe(heap.geometry.spaceA);
    expect(last + heap.objectSize(last)).toBeLessThanOrEqual(MAX_MEMORY_BYTES);
  });
});
