/**
 * @fileoverview Small helpers natives share: reading fields by name, strings, arrays, and
 * throwing Java exceptions. Natives never hold references across anything that can collect; the
 * VM never collects while a native runs (allocation signals a retry instead), see docs/natives.md.
 */
import type { Ref } from '../heap/index.js';
import { JavaThrow } from '../runtime/errors.js';
import type { Vm } from '../runtime/vm.js';

/** Reads int field `name` of `obj` (an instance of `cls`). */
export function getIntField(vm: Vm, obj: Ref, cls: string, name: string): number {
  return vm.heap.i32[(obj + vm.fieldOffset(cls, name)) >> 2]!;
}

/** Writes int or reference field `name` of `obj`. */
export function setIntField(vm: Vm, obj: Ref, cls: string, name: string, value: number): void {
  vm.heap.i32[(obj + vm.fieldOffset(cls, name)) >> 2] = value;
}

/** Reads a byte/boolean field. */
export function getByteField(vm: Vm, obj: Ref, cls: string, name: string): number {
  return vm.heap.i8[obj + vm.fieldOffset(cls, name)]!;
}

/** Throws NullPointerException when `ref` is null. */
export function requireNonNull(ref: Ref): void {
  if (ref === 0) throw new JavaThrow('java/lang/NullPointerException');
}

/** Length of array `a`. */
export function arrayLength(vm: Vm, a: Ref): number {
  return vm.heap.i32[(a + 8) >> 2]!;
}

/** A new String[] holding `values`. */
export function newStringArray(vm: Vm, values: Array<string | null>): Ref {
  const h = vm.heap;
  // Outside natives (the launcher) allocation may collect: the array is held by a handle and
  // re-read after each string is made.
  const handle = h.newHandle(vm.newArray(vm.registry.load('[Ljava/lang/String;'), values.length));
  try {
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      const s = v === null || v === undefined ? 0 : vm.newString(v);
      h.i32[((h.getHandle(handle) + 16) >> 2) + i] = s;
    }
    return h.getHandle(handle);
  } finally {
    h.freeHandle(handle);
  }
}

/** A new Object-typed array of class `arrayClass` holding `refs`. */
export function newRefArray(vm: Vm, arrayClass: string, refs: Ref[]): Ref {
  const arr = vm.newArray(vm.registry.load(arrayClass), refs.length);
  for (let i = 0; i < refs.length; i++) vm.heap.i32[((arr + 16) >> 2) + i] = refs[i]!;
  return arr;
}
