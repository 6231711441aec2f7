/**
 * @fileoverview A typed door to `WebAssembly.Memory`. The project compiles with lib ES2022 and Node
 * types only, which declare no `WebAssembly` namespace, so the heap describes the one constructor it
 * needs structurally. The object created is a real `WebAssembly.Memory`, and the interface matches
 * the standard one, so it can be passed as a wasm import wherever that type is declared.
 */

/** The parts of `WebAssembly.Memory` the VM uses (same shape as the standard interface). */
export interface LinearMemory {
  /** The memory's bytes; never replaced here because the heap never grows its memory. */
  readonly buffer: ArrayBuffer;
  /** Grows by `deltaPages` 64 KiB pages and returns the old size in pages. */
  grow(deltaPages: number): number;
}

interface MemoryConstructor {
  new (descriptor: { initial: number; maximum?: number }): LinearMemory;
}

/** Creates a `WebAssembly.Memory` of exactly `pages` pages that can never grow (initial = maximum). */
export function createFixedMemory(pages: number): LinearMemory {
  const api = (globalThis as unknown as { WebAssembly?: { Memory: MemoryConstructor } }).WebAssembly;
  if (api === undefined) throw new Error('This JavaScript host has no WebAssembly support');
  return new api.Memory({ initial: pages, maximum: pages });
}
