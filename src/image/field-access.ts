/**
 * @fileoverview Reading and writing one typed value in the heap, for capture and restore. The tag
 * is the field descriptor's first character ('L' for references and arrays).
 */
import type { Heap } from '../heap/index.js';
import type { ImageValue, ValueTag } from './model.js';

/** The tag of a field descriptor. */
export function tagOfDescriptor(descriptor: string): ValueTag {
  const c = descriptor[0]!;
  return c === '[' ? 'L' : (c as ValueTag);
}

/** Bytes a value of `tag` takes in the heap. */
export function sizeOfTag(tag: ValueTag): number {
  switch (tag) {
    case 'Z': case 'B': return 1;
    case 'C': case 'S': return 2;
    case 'J': case 'D': return 8;
    default: return 4;
  }
}

/** The value of `tag` at byte address `at` (references raw, as heap offsets). */
export function readValue(h: Heap, at: number, tag: ValueTag): ImageValue {
  switch (tag) {
    case 'Z': return h.u8[at]!;
    case 'B': return h.i8[at]!;
    case 'C': return h.u16[at >> 1]!;
    case 'S': return h.i16[at >> 1]!;
    case 'F': return h.f32[at >> 2]!;
    case 'J': return h.i64[at >> 3]!;
    case 'D': return h.f64[at >> 3]!;
    default: return h.i32[at >> 2]!;
  }
}

/** Writes `value` of `tag` at byte address `at` (references raw, as heap offsets). */
export function writeValue(h: Heap, at: number, tag: ValueTag, value: ImageValue): void {
  switch (tag) {
    case 'Z': case 'B': h.i8[at] = Number(value); break;
    case 'C': case 'S': h.u16[at >> 1] = Number(value); break;
    case 'F': h.f32[at >> 2] = Number(value); break;
    case 'J': h.i64[at >> 3] = BigInt(value); break;
    case 'D': h.f64[at >> 3] = Number(value); break;
    default: h.i32[at >> 2] = Number(value);
  }
}
