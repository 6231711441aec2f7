/**
 * @fileoverview The parts of the WebAssembly JS API the JIT uses, typed structurally: the project
 * compiles with lib ES2022 and Node types, which declare no `WebAssembly` namespace (as in
 * src/heap/wasm-memory.ts). The objects are the real ones from `globalThis.WebAssembly`.
 */

export interface WasmGlobal { value: number }
export interface WasmTable {
  readonly length: number;
  grow(delta: number): number;
  set(index: number, fn: unknown): void;
  get(index: number): unknown;
}
export interface WasmInstance { readonly exports: Record<string, unknown> }

interface Api {
  Global: new (d: { value: 'i32'; mutable: boolean }, v: number) => WasmGlobal;
  Table: new (d: { initial: number; element: 'anyfunc' }) => WasmTable;
  Module: new (bytes: Uint8Array) => unknown;
  Instance: new (module: unknown, imports: Record<string, Record<string, unknown>>) => WasmInstance;
}

/** The host's WebAssembly API. */
export function wasmApi(): Api {
  const api = (globalThis as unknown as { WebAssembly?: Api }).WebAssembly;
  if (api === undefined) throw new Error('This JavaScript host has no WebAssembly support');
  return api;
}
