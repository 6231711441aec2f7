/**
 * @fileoverview The byte layout of objects, arrays and the status word, as constants and tiny pure
 * helpers. The interpreter, natives, the JIT and the image code all compute addresses from these
 * numbers, so they live in one place; `docs/heap-layout.md` draws the same layout.
 */

/** A reference: an i32 byte offset into the heap's linear memory; 0 is `null`. */
export type Ref = number;

/** The `null` reference. It points at a fake zero-length array, so a single unsigned bounds check rejects it. */
export const NULL_REF: Ref = 0;

/** Alignment of every allocation, in bytes. */
export const OBJECT_ALIGNMENT = 8;

/** Offset of the class id (i32 index into the VM's class table) in every object and array. */
export const CLASS_ID_OFFSET = 0;

/** Offset of the status word (identity hash or inflated-monitor id) in every object and array. */
export const STATUS_OFFSET = 4;

/** Size of the header every object starts with; instance fields start here. */
export const OBJECT_HEADER_BYTES = 8;

/** Offset of an array's length (i32). */
export const ARRAY_LENGTH_OFFSET = 8;

/** Offset of an array's first element; also the size of an array header. */
export const ARRAY_DATA_OFFSET = 16;

/** Bytes reserved at address 0 for the fake zero-length array that `null` points at. */
export const NULL_ARRAY_BYTES = 16;

/**
 * Class-id value the collector writes into a from-space object it has copied; the status word then
 * holds the new address. Real class ids are never negative.
 */
export const FORWARDED_CLASS_ID = -1;

/** Largest identity hash: hashes are 31-bit, nonzero. */
export const MAX_IDENTITY_HASH = 0x7fffffff;

/** Rounds `bytes` up to the object alignment (8). `bytes` must be below 2^31. */
export function alignObject(bytes: number): number {
  return (bytes + 7) & ~7;
}

/**
 * Size in bytes an array of `length` elements of `elementSize` bytes occupies: header plus
 * elements, rounded up to 8. Computed in floating point so absurd lengths give a large number,
 * never a wrapped one.
 */
export function arrayBytes(elementSize: number, length: number): number {
  const bytes = ARRAY_DATA_OFFSET + length * elementSize;
  return Math.ceil(bytes / OBJECT_ALIGNMENT) * OBJECT_ALIGNMENT;
}

/** Address of element `index` of an array at `ref` whose elements are `elementSize` bytes. */
export function elementAddress(ref: Ref, elementSize: number, index: number): number {
  return ref + ARRAY_DATA_OFFSET + index * elementSize;
}

/** True when a status word holds an inflated monitor (bit 0 set). */
export function isMonitorWord(status: number): boolean {
  return (status & 1) !== 0;
}

/** The monitor id stored in a status word whose bit 0 is set. */
export function monitorIdOf(status: number): number {
  return status >>> 1;
}

/** The status word that records inflated monitor `monitorId` (1 ..= 2^31-1). */
export function monitorWord(monitorId: number): number {
  return ((monitorId << 1) | 1) | 0;
}

/** The identity hash stored in a status word whose bit 0 is clear; 0 means "not assigned yet". */
export function hashOf(status: number): number {
  return status >>> 1;
}

/** The status word that records identity hash `hash` (1 ..= 2^31-1). */
export function hashWord(hash: number): number {
  return (hash << 1) | 0;
}
