/**
 * @fileoverview Weak reference fields (InstanceShape.weakOffset): the collector does not trace
 * them, updates them when the target survived through a strong path, clears them otherwise, and
 * lists the cleared references in `clearedReferences`.
 */

import { describe, expect, it } from 'vitest';
import { Heap, type ArrayShape, type InstanceShape, type Ref, type TypeInfoSource } from '../../src/heap/index.js';
import { Roots } from './fixtures.js';

/** class Weak { Object referent; Object queue; } with referent weak; class Box { Object value; int tag; } */
const WEAK = 1, BOX = 2;
const SHAPES: Record<number, InstanceShape | ArrayShape> = {
  [WEAK]: { kind: 'instance', size: 16, refOffsets: Int32Array.of(8, 12), weakOffset: 8 },
  [BOX]: { kind: 'instance', size: 16, refOffsets: Int32Array.of(8) },
};
const types: TypeInfoSource = { shapeOf: (id) => SHAPES[id]! };

function box(heap: Heap, tag: number): Ref {
  const r = heap.allocInstance(BOX, 16);
  heap.i32[(r + 12) >> 2] = tag;
  return r;
}

function weak(heap: Heap, referent: Ref, queue: Ref): Ref {
  const r = heap.allocInstance(WEAK, 16);
  heap.i32[(r + 8) >> 2] = referent;
  heap.i32[(r + 12) >> 2] = queue;
  return r;
}

const referentOf = (heap: Heap, w: Ref): Ref => heap.i32[(w + 8) >> 2]!;
const tagOf = (heap: Heap, b: Ref): number => heap.i32[(b + 12) >> 2]!;

describe('weak references', () => {
  it('clears referents reachable only weakly and keeps strongly reachable ones', () => {
    const heap = new Heap({ semispaceBytes: 1 << 16, staticBytes: 4096 }, types);
    const roots = new Roots();
    const kept = box(heap, 1);
    const queue = box(heap, 99);
    const w1 = roots.add(weak(heap, box(heap, 2), queue)); // only weakly reachable
    const w2 = roots.add(weak(heap, kept, 0));
    const keptRoot = roots.add(kept);
    const w3 = roots.add(weak(heap, 0, 0)); // already cleared
    heap.collect(roots.enumerate);
    expect(referentOf(heap, roots.slots[w1]!)).toBe(0);
    const k = referentOf(heap, roots.slots[w2]!);
    expect(k).toBe(roots.slots[keptRoot]);
    expect(tagOf(heap, k)).toBe(1);
    expect(referentOf(heap, roots.slots[w3]!)).toBe(0);
    // The queue field is strong: the queue object survived with its contents.
    expect(tagOf(heap, heap.i32[(roots.slots[w1]! + 12) >> 2]!)).toBe(99);
    expect(heap.clearedReferences).toEqual([roots.slots[w1]]);
  });

  it('keeps a referent that is strongly reachable only through an object scanned later', () => {
    const heap = new Heap({ semispaceBytes: 1 << 16, staticBytes: 4096 }, types);
    const roots = new Roots();
    const target = box(heap, 7);
    const w = roots.add(weak(heap, target, 0)); // the weak reference is copied first
    const holder = box(heap, 8);
    heap.i32[(holder + 8) >> 2] = target;
    roots.add(holder);
    heap.collect(roots.enumerate);
    const r = referentOf(heap, roots.slots[w]!);
    expect(r).toBe(heap.i32[(roots.slots[1]! + 8) >> 2]);
    expect(tagOf(heap, r)).toBe(7);
    expect(heap.clearedReferences).toEqual([]);
  });

  it('treats a weak reference to another weak reference like any weak referent', () => {
    const heap = new Heap({ semispaceBytes: 1 << 16, staticBytes: 4096 }, types);
    const roots = new Roots();
    const inner = weak(heap, box(heap, 3), 0);
    const outer = roots.add(weak(heap, inner, 0));
    heap.collect(roots.enumerate);
    expect(referentOf(heap, roots.slots[outer]!)).toBe(0);
    expect(heap.clearedReferences).toHaveLength(1);
  });

  it('rejects a weak offset that is not a reference field', () => {
    const bad: TypeInfoSource = { shapeOf: () => ({ kind: 'instance', size: 16, refOffsets: Int32Array.of(8), weakOffset: 12 }) };
    const heap = new Heap({ semispaceBytes: 1 << 16, staticBytes: 4096 }, bad);
    const roots = new Roots();
    roots.add(heap.allocInstance(1, 16));
    expect(() => heap.collect(roots.enumerate)).toThrow(/weak offset 12/);
  });
});
