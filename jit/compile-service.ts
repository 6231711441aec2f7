/**
 * @fileoverview What the JIT needs from a background compiler (docs/jit.md "Background
 * compilation"): generate a batch's module from a compile request (jit/compile-request.ts), or take
 * an unoptimized module binary, optimize it with Binaryen and compile it to a `WebAssembly.Module`,
 * off the VM's thread. The platform provides it (Node: a worker thread, src/host/node/jit-worker.ts);
 * without one, the JIT compiles synchronously.
 */
import type { CompiledBatch, CompileRequest } from './compile-request.js';

/** A module optimized and compiled in the background. */
export interface OptimizedModule {
  /** The compiled `WebAssembly.Module`, ready to instantiate. */
  readonly module: unknown;
  /** Size of the optimized binary. */
  readonly size: number;
  /** Binaryen read + optimize + emit, in the background. */
  readonly optMs: number;
  /** V8's compilation of the optimized binary, in the background. */
  readonly compileMs: number;
  /** From posting the request to receiving the module (includes waiting behind earlier requests). */
  readonly roundTripMs: number;
}

export interface CompileService {
  /** Starts the background thread (and its Binaryen import) ahead of the first request; resolves when it is ready. */
  warm(): Promise<void>;
  /**
   * Optimizes `bytes` (the unoptimized module; the buffer is transferred) with Binaryen `features`
   * at optimization `level` (-1: no optimization) and compiles it. Rejects when the module is invalid or the service
   * has failed.
   */
  optimize(bytes: Uint8Array, features: number, level: number): Promise<OptimizedModule>;
  /**
   * Generates, optimizes and compiles the batch of `request` (IR generation in the background
   * too, so the VM's thread need not load Binaryen). Absent when the service cannot (the JIT then
   * generates on its thread and uses {@link optimize}). Members that bail out come back with their
   * reason; rejects when the service has failed.
   */
  compile?(request: CompileRequest): Promise<CompiledBatch>;
  /** True once the service has failed for good (the JIT then compiles synchronously). */
  readonly broken: boolean;
  /** Stops the background thread; pending requests reject. */
  close(): void;
}
