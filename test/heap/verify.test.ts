/**
 * @fileoverview Tests of the heap walker and verifier: they accept a sound heap and name the fault
 * in a damaged one.
 */

import { describe, expect, it } from 'vitest';
import { forEachObject, verifyHeap } from '../../src/heap/index.js';
import { Cls, Roots, buildList, newHeap } from './fixtures.js';

describe('forEachObject', () => {
  it('visits every object in address order', () => {
    const heap = newHeap(1 << 12);
    const a = heap.allocInstance(Cls.Leaf, 16);
    const b = heap.allocArray(Cls.ByteArray, 1, 9);
    const c = heap.allocInstance(Cls.Tree, 28);
    const seen: Array<[number, number]> = [];
    forEachObject(heap, (ref, cid) => seen.push([ref, cid]));
    expect(seen).toEqual([
      [a, Cls.Leaf],
      [b, Cls.ByteArray],
      [c, Cls.Tree],
    ]);
  });
});

describe('verifyHeap', () => {
  it('accepts a sound heap', () => {
    const heap = newHeap(1 << 12);
    const roots = new Roots();
    roots.add(buildList(heap, 10));
    expect(() => verifyHeap(heap, roots.enumerate)).not.toThrow();
  });

  it('finds a field pointing into the middle of an object', () => {
    const heap = newHeap(1 << 12);
    const head = buildList(heap, 3);
    heap.i32[(head + 8) >> 2] = head + 8;
    expect(() => verifyHeap(heap)).toThrow(/slot .* of object .* is not the start of a live object/);
  });

  it('finds a bad runtime root and a dirty free area', () => {
    const heap = newHeap(1 << 12);
    const roots = new Roots();
    roots.add(buildList(heap, 1) + 4096);
    expect(() => verifyHeap(heap, roots.enumerate)).toThrow(/a runtime root/);
    roots.slots.length = 0;
    heap.u8[heap.allocatedRange().end + 5] = 1;
    expect(() => verifyHeap(heap, roots.enumerate)).toThrow(/free byte/);
  });
});
