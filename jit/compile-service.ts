/**
 * @fileoverview What the JIT needs from a background compiler (docs/jit.md "Background
 * compilation"): take an unoptimized module binary, optimize it with Binaryen and compile it to a
 * `WebAssembly.Module`, off the VM's thread. The platform provides it (Node: a worker thread,
 * src/host/node/jit-worker.ts); without one, the JIT compiles synchronously.
 */

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
  /** True once the service has failed for good (the JIT then compiles synchronously). */
  readonly broken: boolean;
  /** Stops the background thread; pending requests reject. */
  close(): void;
}
