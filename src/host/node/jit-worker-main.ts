/**
 * @fileoverview The JIT's compile worker thread on Node, the only worker program (started by
 * jit-worker.ts): loads Binaryen once and answers two kinds of messages. A *compile request*
 * (jit/compile-request.ts) is generated, optimized and compiled here (jit/compile-worker.ts), so
 * the VM's thread never loads Binaryen; a module binary generated elsewhere (a service made with
 * `generate: false`) is only optimized and compiled. Either way the `WebAssembly.Module` is posted
 * back (Node passes compiled modules between threads), with the members' metadata for a request.
 * Errors become an `error` reply, never a dead worker.
 *
 * It runs from dist/jit-worker.cjs, a one-file bundle made by scripts/build.mjs and loaded through
 * V8's code cache by bin/jit-worker.js, which passes Binaryen's import (code run through
 * `vm.Script` cannot use `import()` itself).
 */
import v8 from 'node:v8';
import { parentPort } from 'node:worker_threads';
import type binaryenNs from 'binaryen';
import { compileRequest, type FileStore } from '../../../jit/compile-worker.js';
import type { CompileRequest } from '../../../jit/compile-request.js';

type Binaryen = typeof binaryenNs;

interface Job {
  id: number;
  ping?: boolean;
  request?: CompileRequest;
  bytes?: Uint8Array;
  features?: number;
  level?: number;
}

export interface WorkerPlatform {
  /** Imports Binaryen (started at once, in parallel with the first request's arrival). */
  importBinaryen(): Promise<{ default: Binaryen }>;
  /** Called after each reply (the build records the worker's code cache there). */
  afterReply?(): void;
}

/** V8's `--wasm-tiering-budget` (Node 20's default, or the process's own from its command line). */
const TIERING_BUDGET = Number(/^--wasm[-_]tiering[-_]budget=(\d+)$/.exec(process.execArgv.find((a) => /^--wasm[-_]tiering[-_]budget=/.test(a)) ?? '')?.[1] ?? 1_800_000);
/** A budget no function of Binaryen's module uses up in a run (V8's flag is an int). */
const NO_TIER_UP = 2_000_000_000;

/**
 * Imports Binaryen with V8's tier-up of *its* wasm switched off (docs/performance.md "The compile
 * worker's start"): V8 compiles a wasm function with Liftoff on its first call, then recompiles it
 * with TurboFan on its compiler threads once it has run a budget of code. Binaryen's 7.6 MB of wasm
 * has big functions that pass that budget within a few compiles, and TurboFan recompiling them
 * cost more CPU than it saved: 0.3 s of the 0.65 s of a worker's first 15 requests, 1.1 s of 3.2 s
 * for 99. V8 takes a module's budget from the flag when the module is compiled and instantiated,
 * so the flag is raised for Binaryen's import only and restored before any Java method's module
 * is compiled (those still tier up: measured). The flag is process-wide: a module another thread
 * compiled in that window would not tier up either (slower, never wrong); in Tern only compile
 * workers compile wasm while the default mode runs.
 */
function importWithoutTierUp(platform: WorkerPlatform): Promise<{ default: Binaryen }> {
  v8.setFlagsFromString(`--wasm-tiering-budget=${NO_TIER_UP}`);
  const restore = (): void => v8.setFlagsFromString(`--wasm-tiering-budget=${TIERING_BUDGET}`);
  let imported: Promise<{ default: Binaryen }>;
  try {
    imported = platform.importBinaryen();
  } catch (e) {
    restore();
    throw e;
  }
  return imported.finally(restore);
}

/** Serves compile jobs on this worker thread's parent port. */
export function serveCompileJobs(platform: WorkerPlatform): void {
  const port = parentPort!;
  const files: FileStore = new Map();
  let binaryen: Binaryen | null = null;
  const ready = importWithoutTierUp(platform).then((m) => { binaryen = m.default; });
  const wasm = (globalThis as unknown as { WebAssembly: { Module: new (b: Uint8Array) => unknown } }).WebAssembly;

  const answer = (job: Job): Record<string, unknown> => {
    if (job.ping) return { id: job.id, size: 0, optMs: 0, compileMs: 0 };
    const b = binaryen!;
    if (job.request !== undefined) {
      const r = compileRequest(b, job.request, files);
      const t = performance.now();
      const module = r.binary === null ? null : new wasm.Module(r.binary);
      return { id: job.id, module, size: r.binary?.length ?? 0, genMs: r.genMs, optMs: r.optMs, compileMs: performance.now() - t, members: r.members };
    }
    const t0 = performance.now();
    let out = job.bytes!;
    // Level -1: the quick tier, compiled as generated.
    if (job.level! >= 0) {
      const mod = b.readBinary(out);
      try {
        mod.setFeatures(job.features!);
        b.setOptimizeLevel(job.level!);
        b.setShrinkLevel(0);
        mod.optimize();
        out = mod.emitBinary();
      } finally {
        mod.dispose();
      }
    }
    const t1 = performance.now();
    const module = new wasm.Module(out);
    return { id: job.id, module, size: out.length, optMs: t1 - t0, compileMs: performance.now() - t1 };
  };

  port.on('message', (job: Job) => {
    ready.then(() => port.postMessage(answer(job)))
      .catch((e: unknown) => port.postMessage({ id: job.id, error: String((e as Error)?.message ?? e) }))
      .then(() => platform.afterReply?.());
  });
}
