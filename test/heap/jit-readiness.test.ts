/**
 * @fileoverview JIT readiness: proves that wasm code built with Binaryen can share the heap's
 * linear memory with the interpreter. A module imports `heap.memory` and reads and writes a Java
 * `int[]` (elements at ref + 16 + 4*i, bounds-checked against the length at ref + 8 with one
 * unsigned compare, which also rejects null through the fake array at address 0) and int/long
 * instance fields; the test checks each side sees the other's writes, also after objects move.
 */

import binaryen from 'binaryen';
import { beforeAll, describe, expect, it } from 'vitest';
import { ARRAY_DATA_OFFSET, ARRAY_LENGTH_OFFSET, type Heap, type Ref } from '../../src/heap/index.js';
import { Cls, Roots, newHeap } from './fixtures.js';

/** The exports of the test module. */
interface HeapAccess {
  intArrayGet(ref: Ref, index: number): number;
  intArraySet(ref: Ref, index: number, value: number): void;
  intArraySum(ref: Ref): number;
  intFieldGet(ref: Ref, offset: number): number;
  intFieldSet(ref: Ref, offset: number, value: number): void;
  nodeValue(ref: Ref): number;
  longFieldGet(ref: Ref, offset: number): bigint;
}

/** Thrown by the out-of-line bounds-failure path (stands in for ArrayIndexOutOfBoundsException). */
class IndexError extends Error {
  constructor(readonly ref: Ref, readonly index: number) {
    super(`Index ${index} out of bounds for length of array ${ref}`);
  }
}

/** Builds the module text through Binaryen, as the JIT will, and returns its binary. */
function buildModule(pages: number): Uint8Array {
  const m = new binaryen.Module();
  const { i32, i64, none } = binaryen;
  m.setMemory(pages, pages, null, [], false, false, 'heap');
  m.addMemoryImport('heap', 'env', 'memory');
  m.addFunctionImport('throwIndex', 'env', 'throwIndex', binaryen.createType([i32, i32]), none);
  const get = (i: number, t = i32) => m.local.get(i, t);

  /** Traps through the import unless 0 <= index < length (one unsigned compare). */
  const boundsCheck = (ref: number, index: number) =>
    m.if(
      m.i32.ge_u(get(index), m.i32.load(ARRAY_LENGTH_OFFSET, 4, get(ref))),
      m.block(null, [m.call('throwIndex', [get(ref), get(index)], none), m.unreachable()]),
    );
  const elementPtr = (ref: number, index: number) => m.i32.add(get(ref), m.i32.shl(get(index), m.i32.const(2)));

  m.addFunction(
    'intArrayGet',
    binaryen.createType([i32, i32]),
    i32,
    [],
    m.block(null, [boundsCheck(0, 1), m.return(m.i32.load(ARRAY_DATA_OFFSET, 4, elementPtr(0, 1)))], i32),
  );
  m.addFunction(
    'intArraySet',
    binaryen.createType([i32, i32, i32]),
    none,
    [],
    m.block(null, [boundsCheck(0, 1), m.i32.store(ARRAY_DATA_OFFSET, 4, elementPtr(0, 1), get(2))]),
  );
  // sum = 0; for (i = 0; i < length; i++) sum += a[i] -- length read once, as the JIT would.
  m.addFunction(
    'intArraySum',
    binaryen.createType([i32]),
    i32,
    [i32, i32, i32],
    m.block(null, [
      m.local.set(1, m.i32.load(ARRAY_LENGTH_OFFSET, 4, get(0))),
      m.block('done', [
        m.loop(
          'next',
          m.block(null, [
            m.br('done', m.i32.ge_u(get(2), get(1))),
            m.local.set(3, m.i32.add(get(3), m.i32.load(ARRAY_DATA_OFFSET, 4, elementPtr(0, 2)))),
            m.local.set(2, m.i32.add(get(2), m.i32.const(1))),
            m.br('next'),
          ]),
        ),
      ]),
      m.return(get(3)),
    ], i32),
  );
  m.addFunction('intFieldGet', binaryen.createType([i32, i32]), i32, [], m.i32.load(0, 4, m.i32.add(get(0), get(1))));
  m.addFunction(
    'intFieldSet',
    binaryen.createType([i32, i32, i32]),
    none,
    [],
    m.i32.store(0, 4, m.i32.add(get(0), get(1)), get(2)),
  );
  // A field at a constant offset, folded into the load like compiled getfield: Node.value at +12.
  m.addFunction('nodeValue', binaryen.createType([i32]), i32, [], m.i32.load(12, 4, get(0)));
  m.addFunction('longFieldGet', binaryen.createType([i32, i32]), i64, [], m.i64.load(0, 8, m.i32.add(get(0), get(1))));
  for (const name of ['intArrayGet', 'intArraySet', 'intArraySum', 'intFieldGet', 'intFieldSet', 'nodeValue', 'longFieldGet']) {
    m.addFunctionExport(name, name);
  }
  if (!m.validate()) throw new Error('invalid module');
  m.optimize();
  const binary = m.emitBinary();
  m.dispose();
  return binary;
}

function instantiate(heap: Heap): HeapAccess {
  const module = new WebAssembly.Module(new Uint8Array(buildModule(heap.geometry.pages)));
  const throwIndex = (ref: number, index: number): never => {
    throw new IndexError(ref, index);
  };
  const instance = new WebAssembly.Instance(module, { env: { memory: heap.memory, throwIndex } });
  return instance.exports as unknown as HeapAccess;
}

describe('JIT readiness: wasm code shares the heap memory', () => {
  let heap: Heap;
  let wasm: HeapAccess;

  beforeAll(() => {
    heap = newHeap(1 << 16);
    wasm = instantiate(heap);
  });

  it('reads and writes int[] elements both ways', () => {
    const arr = heap.allocArray(Cls.IntArray, 4, 10);
    for (let i = 0; i < 10; i++) heap.i32[(arr + 16 + 4 * i) >> 2] = i * i;
    expect(wasm.intArrayGet(arr, 7)).toBe(49);
    expect(wasm.intArraySum(arr)).toBe(285);
    wasm.intArraySet(arr, 3, -123456);
    wasm.intArraySet(arr, 9, 0x7fffffff);
    expect(heap.i32[(arr + 16 + 12) >> 2]).toBe(-123456);
    expect(heap.i32[(arr + 16 + 36) >> 2]).toBe(0x7fffffff);
    expect(heap.arrayLength(arr)).toBe(10);
  });

  it('bounds-checks with one unsigned compare, which also catches null', () => {
    const arr = heap.allocArray(Cls.IntArray, 4, 4);
    const next = heap.allocArray(Cls.IntArray, 4, 1);
    expect(() => wasm.intArrayGet(arr, 4)).toThrow(IndexError);
    expect(() => wasm.intArrayGet(arr, -1)).toThrow(IndexError);
    expect(() => wasm.intArraySet(arr, 4, 99)).toThrow(IndexError);
    // The failed store did not reach the next object's header.
    expect(heap.classIdOf(next)).toBe(Cls.IntArray);
    expect(() => wasm.intArrayGet(0, 0)).toThrow(IndexError);
    expect(wasm.intArraySum(0)).toBe(0);
  });

  it('reads and writes int and long instance fields both ways', () => {
    const tree = heap.allocInstance(Cls.Tree, 28);
    heap.i32[(tree + 24) >> 2] = 42;
    heap.i64[(tree + 8) >> 3] = -5n;
    expect(wasm.intFieldGet(tree, 24)).toBe(42);
    expect(wasm.longFieldGet(tree, 8)).toBe(-5n);
    wasm.intFieldSet(tree, 24, -7);
    expect(heap.i32[(tree + 24) >> 2]).toBe(-7);
    const node = heap.allocInstance(Cls.Node, 16);
    wasm.intFieldSet(node, 12, 314);
    expect(wasm.nodeValue(node)).toBe(314);
    expect(heap.i32[(node + 12) >> 2]).toBe(314);
  });

  it('keeps working after the collector moves objects', () => {
    const roots = new Roots();
    const arr = heap.allocArray(Cls.IntArray, 4, 3);
    wasm.intArraySet(arr, 2, 2024);
    roots.add(arr);
    const buffer = heap.memory.buffer;
    heap.collect(roots.enumerate);
    const moved = roots.slots[0];
    expect(moved).not.toBe(arr);
    expect(heap.memory.buffer).toBe(buffer);
    expect(wasm.intArrayGet(moved, 2)).toBe(2024);
    wasm.intArraySet(moved, 0, 11);
    heap.collect(roots.enumerate);
    expect(heap.i32[(roots.slots[0] + 16) >> 2]).toBe(11);
    expect(wasm.intArrayGet(roots.slots[0], 2)).toBe(2024);
  });
});
