/**
 * @fileoverview Public surface of the heap layer: the {@link Heap} (linear memory, allocation,
 * copying collector, handles), the object layout constants, and heap option checks.
 */

export * from './heap.js';
export * from './layout.js';
export {
  DEFAULT_STATIC_BYTES,
  HeapOptionsError,
  MAX_MEMORY_BYTES,
  WASM_PAGE_BYTES,
  maxSemispaceBytes,
  planHeap,
  type HeapGeometry,
} from './options.js';
export { forEachObject, verifyHeap } from './verify.js';
