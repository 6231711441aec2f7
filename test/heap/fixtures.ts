/**
 * @fileoverview A synthetic type source for heap tests: a handful of instance and array shapes laid
 * out the way the runtime lays out Java classes (header, 8-byte fields, 4-byte fields, ...), plus
 * small helpers to build lists, trees and arrays through the Heap's API.
 */

import {
  Heap,
  type ArrayShape,
  type HeapOptions,
  type InstanceShape,
  type Ref,
  type TypeInfoSource,
} from '../../src/heap/index.js';

/** Class ids of the synthetic classes. 0 stays unused, as the runtime reserves it for the null array. */
export const enum Cls {
  /** class Node { Node next; int value; } -> next@8, value@12, size 16 */
  Node = 1,
  /** class Tree { long weight; Tree left; Tree right; int value; } -> weight@8, left@16, right@20, value@24, size 32 */
  Tree = 2,
  /** class Leaf { int a; int b; } -> no references, size 16 */
  Leaf = 3,
  IntArray = 4,
  ObjectArray = 5,
  ByteArray = 6,
  CharArray = 7,
  LongArray = 8,
  /** A 200-byte instance with references at 8 and 196 (exercises the large-copy path). */
  Big = 9,
  /** class Empty {} -> header only, size 8 */
  Empty = 10,
}

const SHAPES: Record<number, InstanceShape | ArrayShape> = {
  [Cls.Node]: { kind: 'instance', size: 16, refOffsets: Int32Array.of(8) },
  [Cls.Tree]: { kind: 'instance', size: 28, refOffsets: Int32Array.of(16, 20) },
  [Cls.Leaf]: { kind: 'instance', size: 16, refOffsets: new Int32Array(0) },
  [Cls.IntArray]: { kind: 'array', elementSize: 4, elementsAreRefs: false },
  [Cls.ObjectArray]: { kind: 'array', elementSize: 4, elementsAreRefs: true },
  [Cls.ByteArray]: { kind: 'array', elementSize: 1, elementsAreRefs: false },
  [Cls.CharArray]: { kind: 'array', elementSize: 2, elementsAreRefs: false },
  [Cls.LongArray]: { kind: 'array', elementSize: 8, elementsAreRefs: false },
  [Cls.Big]: { kind: 'instance', size: 200, refOffsets: Int32Array.of(8, 196) },
  [Cls.Empty]: { kind: 'instance', size: 8, refOffsets: new Int32Array(0) },
};

/** The synthetic type source; counts how often the collector asks. */
export class TestTypes implements TypeInfoSource {
  /** Number of shapeOf calls so far. */
  calls = 0;

  /** Returns the shape of a synthetic class; throws for unknown ids like a runtime would. */
  shapeOf(classId: number): InstanceShape | ArrayShape {
    this.calls++;
    const shape = SHAPES[classId];
    if (shape === undefined) throw new Error(`test types: no class ${classId}`);
    return shape;
  }
}

/** A heap over the synthetic types with a small static area. */
export function newHeap(semispaceBytes: number, extra: Partial<HeapOptions> = {}): Heap {
  return new Heap({ semispaceBytes, staticBytes: 4096, ...extra }, new TestTypes());
}

/** A root set held in a plain JS array (like a frame's reference slots), enumerable by collect. */
export class Roots {
  /** The root slots; 0 entries are null roots. */
  readonly slots: Ref[] = [];

  /** Adds a root and returns its index. */
  add(ref: Ref): number {
    this.slots.push(ref);
    return this.slots.length - 1;
  }

  /** The enumerator collect() expects. */
  readonly enumerate = (visit: (ref: Ref) => Ref): void => {
    for (let i = 0; i < this.slots.length; i++) this.slots[i] = visit(this.slots[i]);
  };
}

/** Allocates, collecting once with `roots` when full; throws when there is still no room (the runtime's OOM path). */
export function allocOrCollect(heap: Heap, roots: Roots, alloc: () => Ref): Ref {
  let ref = alloc();
  if (ref === 0) {
    heap.collect(roots.enumerate);
    ref = alloc();
    if (ref === 0) throw new Error('OutOfMemoryError');
  }
  return ref;
}

/** Node field accessors. */
export const node = {
  next: (h: Heap, r: Ref): Ref => h.i32[(r + 8) >> 2],
  setNext: (h: Heap, r: Ref, n: Ref): void => {
    h.i32[(r + 8) >> 2] = n;
  },
  value: (h: Heap, r: Ref): number => h.i32[(r + 12) >> 2],
  setValue: (h: Heap, r: Ref, v: number): void => {
    h.i32[(r + 12) >> 2] = v;
  },
};

/** Builds a list of `n` nodes with values 0..n-1 (head holds 0); needs room for all of it. */
export function buildList(heap: Heap, n: number): Ref {
  let head = 0;
  for (let v = n - 1; v >= 0; v--) {
    const r = heap.allocInstance(Cls.Node, 16);
    if (r === 0) throw new Error('test heap too small');
    node.setNext(heap, r, head);
    node.setValue(heap, r, v);
    head = r;
  }
  return head;
}

/** Reads back the values of a list. */
export function listValues(heap: Heap, head: Ref): number[] {
  const out: number[] = [];
  for (let r = head; r !== 0; r = node.next(heap, r)) out.push(node.value(heap, r));
  return out;
}
