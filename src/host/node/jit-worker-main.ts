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
import { parentPort } from 'node:worker_threads';
import type binaryenNs from 'binaryen';
import { compileRequest, type FileStore } from '../../../jit/compile-worker.js';
import type { CompileRequest } from '../../../jit/compile-request.js';
import { importWithoutTierUp } from './v8-tuning.js';

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

/** Serves compile jobs on this worker thread's parent port. */
export function serveCompileJobs(platform: WorkerPlatform): void {
  const port = parentPort!;
  const files: FileStore = new Map();
  let binaryen: Binaryen | null = null;
  const ready = importWithoutTierUp(() => platform.importBinaryen()).then((m) => { binaryen = m.default; });
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
