/**
 * @fileoverview Read-modify-write primitives shared by the java.util.concurrent.atomic natives.
 * A native runs to completion without a green-thread switch (docs/threading.md), so a plain
 * read-compare-write of the heap word is atomic with respect to every other Java thread. The VM
 * never collects while a native runs, so reference comparisons by address are identity tests.
 */
import type { Ref } from '../../../../../heap/index.js';
import type { Vm } from '../../../../../runtime/vm.js';

/** i32 index of int/reference field `name` of `obj`. */
export function intSlot(vm: Vm, obj: Ref, cls: string, name: string): number {
  return (obj + vm.fieldOffset(cls, name)) >> 2;
}

/** i64 index of long field `name` of `obj`. */
export function longSlot(vm: Vm, obj: Ref, cls: string, name: string): number {
  return (obj + vm.fieldOffset(cls, name)) >> 3;
}

/** i32 index of element `i` of an int[] or reference array (elements start at +16). */
export function intElement(arr: Ref, i: number): number {
  return ((arr + 16) >> 2) + i;
}

/** i64 index of element `i` of a long[]. */
export function longElement(arr: Ref, i: number): number {
  return ((arr + 16) >> 3) + i;
}

/** Compare-and-set of i32 word `slot`. */
export function casInt(vm: Vm, slot: number, expect: number, update: number): boolean {
  const a = vm.heap.i32;
  if (a[slot] !== (expect | 0)) return false;
  a[slot] = update;
  return true;
}

/** Adds `delta` to i32 word `slot` (wrapping), returning the previous value. */
export function getAndAddInt(vm: Vm, slot: number, delta: number): number {
  const a = vm.heap.i32;
  const prev = a[slot]!;
  a[slot] = (prev + delta) | 0;
  return prev;
}

/** Stores `value` in i32 word `slot`, returning the previous value. */
export function getAndSetInt(vm: Vm, slot: number, value: number): number {
  const a = vm.heap.i32;
  const prev = a[slot]!;
  a[slot] = value;
  return prev;
}

/** Compare-and-set of i64 word `slot`. */
export function casLong(vm: Vm, slot: number, expect: bigint, update: bigint): boolean {
  const a = vm.heap.i64;
  if (a[slot] !== BigInt.asIntN(64, expect)) return false;
  a[slot] = update;
  return true;
}

/** Adds `delta` to i64 word `slot` (wrapping), returning the previous value. */
export function getAndAddLong(vm: Vm, slot: number, delta: bigint): bigint {
  const a = vm.heap.i64;
  const prev = a[slot]!;
  a[slot] = BigInt.asIntN(64, prev + delta);
  return prev;
}

/** Stores `value` in i64 word `slot`, returning the previous value. */
export function getAndSetLong(vm: Vm, slot: number, value: bigint): bigint {
  const a = vm.heap.i64;
  const prev = a[slot]!;
  a[slot] = value;
  return prev;
}
