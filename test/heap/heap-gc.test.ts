/**
 * @fileoverview Tests of the copying collector: survivors keep their contents and sharing, garbage
 * is reclaimed, every kind of root is updated, `onMoved` forwards correctly, identity hashes survive
 * moves, allocation far beyond the semispace size completes, and exhaustion returns 0.
 */

import { describe, expect, it } from 'vitest';
import { Heap, verifyHeap, type Ref } from '../../src/heap/index.js';
import { Cls, Roots, TestTypes, allocOrCollect, buildList, listValues, newHeap, node } from './fixtures.js';

const tree = {
  left: (h: Heap, r: Ref): Ref => h.i32[(r + 16) >> 2],
  right: (h: Heap, r: Ref): Ref => h.i32[(r + 20) >> 2],
  value: (h: Heap, r: Ref): number => h.i32[(r + 24) >> 2],
  weight: (h: Heap, r: Ref): bigint => h.i64[(r + 8) >> 3],
};

/** Builds a full binary tree of `depth` levels bottom-up; node values are heap-order numbers. */
function buildTree(heap: Heap, depth: number, counter: { n: number }): Ref {
  const r = heap.allocInstance(Cls.Tree, 28);
  const v = counter.n++;
  heap.i32[(r + 24) >> 2] = v;
  heap.i64[(r + 8) >> 3] = BigInt(v) * 0x1_0000_0001n;
  if (depth > 1) {
    const left = buildTree(heap, depth - 1, counter);
    const right = buildTree(heap, depth - 1, counter);
    heap.i32[(r + 16) >> 2] = left;
    heap.i32[(r + 20) >> 2] = right;
  }
  return r;
}

/** Collects the values of a tree in pre-order, iteratively. */
function treeValues(heap: Heap, root: Ref): number[] {
  const out: number[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const r = stack.pop()!;
    if (r === 0) continue;
    out.push(tree.value(heap, r));
    expect(tree.weight(heap, r)).toBe(BigInt(tree.value(heap, r)) * 0x1_0000_0001n);
    stack.push(tree.right(heap, r), tree.left(heap, r));
  }
  return out;
}

describe('collect', () => {
  it('keeps a list reachable from a root and reclaims everything else', () => {
    const heap = newHeap(1 << 16);
    const roots = new Roots();
    buildList(heap, 300);
    const head = buildList(heap, 100);
    buildList(heap, 300);
    roots.add(head);
    const before = heap.usedBytes();
    const live = heap.collect(roots.enumerate);
    expect(before).toBe(700 * 16);
    expect(live).toBe(100 * 16);
    expect(heap.usedBytes()).toBe(100 * 16);
    expect(heap.collections).toBe(1);
    expect(roots.slots[0]).not.toBe(head);
    expect(listValues(heap, roots.slots[0])).toEqual(Array.from({ length: 100 }, (_, i) => i));
    verifyHeap(heap, roots.enumerate);
  });

  it('keeps every tenth object of many and drops the rest', () => {
    const heap = newHeap(1 << 16);
    const roots = new Roots();
    for (let i = 0; i < 1000; i++) {
      const r = heap.allocInstance(Cls.Leaf, 16);
      heap.i32[(r + 8) >> 2] = i;
      heap.i32[(r + 12) >> 2] = ~i;
      if (i % 10 === 0) roots.add(r);
    }
    expect(heap.collect(roots.enumerate)).toBe(100 * 16);
    roots.slots.forEach((r, k) => {
      expect(heap.classIdOf(r)).toBe(Cls.Leaf);
      expect(heap.i32[(r + 8) >> 2]).toBe(k * 10);
      expect(heap.i32[(r + 12) >> 2]).toBe(~(k * 10));
    });
  });

  it('copies trees with long fields across several flips', () => {
    const heap = newHeap(1 << 16);
    const roots = new Roots();
    const counter = { n: 0 };
    buildTree(heap, 6, counter);
    roots.add(buildTree(heap, 8, counter));
    buildTree(heap, 6, counter);
    const expected = treeValues(heap, roots.slots[0]);
    for (let i = 0; i < 3; i++) {
      expect(heap.collect(roots.enumerate)).toBe(255 * 32);
      expect(treeValues(heap, roots.slots[0])).toEqual(expected);
      verifyHeap(heap, roots.enumerate);
    }
  });

  it('preserves sharing and cycles, and tolerates a slot visited twice', () => {
    const heap = newHeap(1 << 12);
    const a = heap.allocInstance(Cls.Node, 16);
    const b = heap.allocInstance(Cls.Node, 16);
    node.setNext(heap, a, b);
    node.setNext(heap, b, a);
    node.setValue(heap, a, 1);
    node.setValue(heap, b, 2);
    const arr = heap.allocArray(Cls.ObjectArray, 4, 3);
    heap.i32[(arr + 16) >> 2] = a;
    heap.i32[(arr + 20) >> 2] = b;
    heap.i32[(arr + 24) >> 2] = a;
    const roots = new Roots();
    roots.add(arr);
    roots.add(b);
    const twice = (visit: (ref: Ref) => Ref): void => {
      roots.enumerate(visit);
      roots.enumerate(visit);
    };
    expect(heap.collect(twice)).toBe(32 + 32);
    const [arr2, b2] = roots.slots;
    const a2 = heap.i32[(arr2 + 16) >> 2];
    expect(heap.i32[(arr2 + 20) >> 2]).toBe(b2);
    expect(heap.i32[(arr2 + 24) >> 2]).toBe(a2);
    expect(node.next(heap, a2)).toBe(b2);
    expect(node.next(heap, b2)).toBe(a2);
    expect(node.value(heap, a2)).toBe(1);
    expect(node.value(heap, b2)).toBe(2);
  });

  it('copies primitive arrays bit for bit, including NaN payloads', () => {
    const heap = newHeap(1 << 14);
    const roots = new Roots();
    heap.allocArray(Cls.ByteArray, 1, 100);
    const bytes = heap.allocArray(Cls.ByteArray, 1, 5);
    const chars = heap.allocArray(Cls.CharArray, 2, 3);
    const longs = heap.allocArray(Cls.LongArray, 8, 40);
    for (let i = 0; i < 5; i++) heap.i8[bytes + 16 + i] = -i;
    for (let i = 0; i < 3; i++) heap.u16[(chars + 16 + 2 * i) >> 1] = 0xfff0 + i;
    for (let i = 0; i < 40; i++) {
      heap.i32[(longs + 16 + 8 * i) >> 2] = 1;
      heap.i32[(longs + 20 + 8 * i) >> 2] = 0x7ff00000 | i; // signalling-NaN-like patterns
    }
    [bytes, chars, longs].forEach((r) => roots.add(r));
    heap.collect(roots.enumerate);
    const [b2, c2, l2] = roots.slots;
    expect(heap.arrayLength(b2)).toBe(5);
    expect(Array.from(heap.i8.subarray(b2 + 16, b2 + 21))).toEqual([0, -1, -2, -3, -4]);
    expect(heap.i8[b2 + 21]).toBe(0);
    expect(Array.from(heap.u16.subarray((c2 + 16) >> 1, (c2 + 22) >> 1))).toEqual([0xfff0, 0xfff1, 0xfff2]);
    for (let i = 0; i < 40; i++) {
      expect(heap.i32[(l2 + 16 + 8 * i) >> 2]).toBe(1);
      expect(heap.i32[(l2 + 20 + 8 * i) >> 2]).toBe(0x7ff00000 | i);
    }
    expect(heap.usedBytes()).toBe(24 + 24 + 16 + 320);
  });

  it('copies large instances and follows their reference fields', () => {
    const heap = newHeap(1 << 14);
    const big = heap.allocInstance(Cls.Big, 200);
    const leaf = heap.allocInstance(Cls.Leaf, 16);
    heap.i32[(leaf + 8) >> 2] = 77;
    heap.i32[(big + 8) >> 2] = leaf;
    heap.i32[(big + 196) >> 2] = big;
    for (let off = 12; off < 196; off += 4) heap.i32[(big + off) >> 2] = off;
    const roots = new Roots();
    roots.add(big);
    heap.collect(roots.enumerate);
    const big2 = roots.slots[0];
    expect(heap.i32[(big2 + 196) >> 2]).toBe(big2);
    expect(heap.i32[(heap.i32[(big2 + 8) >> 2] + 8) >> 2]).toBe(77);
    for (let off = 12; off < 196; off += 4) expect(heap.i32[(big2 + off) >> 2]).toBe(off);
    expect(heap.usedBytes()).toBe(200 + 16);
  });

  it('handles a 100,000-node list without recursion', () => {
    const heap = newHeap(1 << 21);
    const roots = new Roots();
    roots.add(buildList(heap, 100_000));
    heap.collect(roots.enumerate);
    heap.collect(roots.enumerate);
    const values = listValues(heap, roots.slots[0]);
    expect(values.length).toBe(100_000);
    expect(values[99_999]).toBe(99_999);
  });

  it('updates handles and registered static slots, and frees dead handles', () => {
    const heap = newHeap(1 << 12);
    const kept = buildList(heap, 3);
    const dropped = buildList(heap, 3);
    const staticBlock = heap.allocStatic(8);
    heap.registerStaticRefSlot(staticBlock + 4);
    heap.i32[(staticBlock + 4) >> 2] = node.next(heap, kept);
    heap.i32[staticBlock >> 2] = 12345; // a primitive static, never touched by the collector
    const h = heap.newHandle(kept);
    heap.freeHandle(heap.newHandle(dropped));
    heap.collect(() => {});
    expect(heap.usedBytes()).toBe(3 * 16);
    expect(listValues(heap, heap.getHandle(h))).toEqual([0, 1, 2]);
    expect(heap.i32[(staticBlock + 4) >> 2]).toBe(node.next(heap, heap.getHandle(h)));
    expect(heap.i32[staticBlock >> 2]).toBe(12345);
    expect(() => heap.registerStaticRefSlot(staticBlock + 2)).toThrow(/static reference slot/);
    verifyHeap(heap);
  });

  it('gives onMoved a forwarding function: new address for survivors, 0 for the dead', () => {
    const heap = newHeap(1 << 12);
    const live = buildList(heap, 4);
    const dead = heap.allocInstance(Cls.Leaf, 16);
    const h = heap.newHandle(live);
    const oldChain: Ref[] = [];
    for (let r = live; r !== 0; r = node.next(heap, r)) oldChain.push(r);
    let seen: Ref[] = [];
    let saved: ((old: Ref) => Ref) | null = null;
    heap.onMoved = (forward) => {
      saved = forward;
      seen = [...oldChain, dead, 0].map(forward);
    };
    heap.collect(() => {});
    const newChain: Ref[] = [];
    for (let r = heap.getHandle(h); r !== 0; r = node.next(heap, r)) newChain.push(r);
    expect(newChain.length).toBe(4);
    expect(seen).toEqual([...newChain, 0, 0]);
    expect(() => saved!(live)).toThrow(/only valid inside onMoved/);
  });

  it('keeps identity hashes across moves', () => {
    const heap = newHeap(1 << 12);
    const a = heap.allocInstance(Cls.Leaf, 16);
    const b = heap.allocArray(Cls.IntArray, 4, 2);
    const ha = heap.identityHash(a);
    const hs = [heap.newHandle(a), heap.newHandle(b)];
    heap.collect(() => {});
    heap.collect(() => {});
    heap.collect(() => {});
    expect(heap.getHandle(hs[0])).not.toBe(a);
    expect(heap.identityHash(heap.getHandle(hs[0]))).toBe(ha);
    const hb = heap.identityHash(heap.getHandle(hs[1]));
    heap.collect(() => {});
    expect(heap.identityHash(heap.getHandle(hs[1]))).toBe(hb);
  });

  it('asks the type source once per class', () => {
    const types = new TestTypes();
    const heap = new Heap({ semispaceBytes: 1 << 14, staticBytes: 0 }, types);
    const roots = new Roots();
    roots.add(buildList(heap, 50));
    for (let i = 0; i < 5; i++) heap.collect(roots.enumerate);
    expect(types.calls).toBe(1);
  });
});

describe('allocation under pressure', () => {
  it('allocates many times the semispace size with a small live set', () => {
    const heap = newHeap(1 << 16);
    const roots = new Roots();
    const window = 32;
    const total = 200_000; // a multiple of the window, so slot k ends with the array of i = total - window + k
    for (let k = 0; k < window; k++) roots.add(0);
    let allocated = 0;
    for (let i = 0; i < total; i++) {
      const length = i % 7;
      const r = allocOrCollect(heap, roots, () => heap.allocArray(Cls.IntArray, 4, length));
      if (length > 0) heap.i32[(r + 16) >> 2] = i;
      allocated += heap.objectSize(r);
      roots.slots[i % window] = r;
    }
    expect(allocated).toBeGreaterThan(50 * heap.capacityBytes());
    expect(heap.collections).toBeGreaterThan(50);
    for (let k = 0; k < window; k++) {
      const r = roots.slots[k];
      const i = total - window + k;
      expect(heap.arrayLength(r)).toBe(i % 7);
      if (i % 7 > 0) expect(heap.i32[(r + 16) >> 2]).toBe(i);
    }
    verifyHeap(heap, roots.enumerate);
  });

  it('returns 0 once live data fills the heap, even after collecting', () => {
    const heap = newHeap(1 << 12);
    const roots = new Roots();
    let outOfMemory = false;
    for (let i = 0; i < 10_000 && !outOfMemory; i++) {
      let r = heap.allocInstance(Cls.Node, 16);
      if (r === 0) {
        heap.collect(roots.enumerate);
        r = heap.allocInstance(Cls.Node, 16);
      }
      if (r === 0) outOfMemory = true;
      else roots.add(r);
    }
    expect(outOfMemory).toBe(true);
    expect(roots.slots.length).toBe((1 << 12) / 16);
    // Dropping the roots makes the space usable again.
    roots.slots.length = 0;
    heap.collect(roots.enumerate);
    expect(heap.usedBytes()).toBe(0);
    expect(heap.allocArray(Cls.ByteArray, 1, (1 << 12) - 16)).not.toBe(0);
  });

  it('runs a GC-stress loop (collect before every allocation) with a consistent heap', () => {
    const heap = newHeap(1 << 14, { gcStress: true });
    expect(heap.gcStress).toBe(true);
    const roots = new Roots();
    roots.add(0);
    for (let i = 0; i < 300; i++) {
      if (heap.gcStress) heap.collect(roots.enumerate);
      const n = allocOrCollect(heap, roots, () => heap.allocInstance(Cls.Node, 16));
      node.setValue(heap, n, i);
      node.setNext(heap, n, i % 50 === 0 ? 0 : roots.slots[0]);
      roots.slots[0] = n;
      if (i % 37 === 0) verifyHeap(heap, roots.enumerate);
    }
    expect(listValues(heap, roots.slots[0])).toEqual(Array.from({ length: 50 }, (_, k) => 299 - k));
  });
});

describe('poisoning and bad references', () => {
  it('poisons the old semispace in stress mode so stale references fail loudly', () => {
    const heap = newHeap(1 << 12, { gcStress: true });
    const stale = heap.allocInstance(Cls.Leaf, 16);
    heap.newHandle(stale);
    heap.collect(() => {});
    expect(heap.classIdOf(stale)).toBe(0xdeadbeef | 0);
    const roots = new Roots();
    roots.add(stale);
    expect(() => heap.collect(roots.enumerate)).toThrow(/not an object address/);
  });

  it('rejects a root that does not point into the heap, then refuses to collect again', () => {
    const heap = newHeap(1 << 12);
    const roots = new Roots();
    roots.add(heap.allocStatic(16));
    expect(() => heap.collect(roots.enumerate)).toThrow(/not an object address/);
    expect(() => heap.collect(() => {})).toThrow(/unusable after a failed collection/);
  });

  it('reports a class the type source does not know', () => {
    const heap = newHeap(1 << 12);
    const roots = new Roots();
    roots.add(heap.allocInstance(99, 16));
    expect(() => heap.collect(roots.enumerate)).toThrow(/no class 99/);
  });
});
