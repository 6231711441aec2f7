/**
 * @fileoverview Heap walking and verification, for tests, GC stress runs and debugging: walks the
 * current semispace object by object and checks that every reference (fields, elements, handles,
 * static slots, optional runtime roots) points at the start of a live object. Slow by design; never
 * on a hot path.
 */

import type { Heap, RootEnumerator } from './heap.js';
import type { Ref } from './layout.js';

/** Calls `fn` for every object in the current semispace, in address order. */
export function forEachObject(heap: Heap, fn: (ref: Ref, classId: number) => void): void {
  const { start, end } = heap.allocatedRange();
  let ref = start;
  while (ref < end) {
    const size = heap.objectSize(ref);
    if (size < 8 || size > end - ref) {
      throw new Error(`heap verify: object ${ref} (class ${heap.classIdOf(ref)}) has bad size ${size}`);
    }
    fn(ref, heap.classIdOf(ref));
    ref += size;
  }
}

/**
 * Throws an Error describing the first inconsistency found: an object that cannot be parsed, a
 * reference that is not the start of an object, or a non-zero byte in the free part of the current
 * semispace. `enumerateRoots` (optional) adds the runtime's roots to the check; it is called with
 * a visitor that returns each reference unchanged.
 */
export function verifyHeap(heap: Heap, enumerateRoots?: RootEnumerator): void {
  const { start, end } = heap.allocatedRange();
  const starts = new Uint8Array(((end - start) >> 3) + 1);
  forEachObject(heap, (ref) => {
    starts[(ref - start) >> 3] = 1;
  });
  const checkRef = (ref: Ref, where: string): Ref => {
    if (ref === 0) return ref;
    if (ref < start || ref >= end || (ref & 7) !== 0 || starts[(ref - start) >> 3] !== 1) {
      throw new Error(`heap verify: ${where} holds ${ref}, which is not the start of a live object`);
    }
    return ref;
  };
  forEachObject(heap, (ref, classId) => {
    heap.forEachRefSlot(ref, (slot) => {
      checkRef(heap.i32[slot >> 2], `slot ${slot} of object ${ref} (class ${classId})`);
    });
  });
  heap.enumerateOwnRoots((ref) => checkRef(ref, 'a handle or static reference slot'));
  enumerateRoots?.((ref) => checkRef(ref, 'a runtime root'));
  const limit = start + heap.capacityBytes();
  const u8 = heap.u8;
  for (let a = end; a < limit; a++) {
    if (u8[a] !== 0) throw new Error(`heap verify: free byte at ${a} is not zero`);
  }
}
