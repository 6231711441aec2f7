/**
 * @fileoverview Background compilation for the JIT on Node (docs/jit.md "Background
 * compilation"): a worker thread that loads Binaryen once and, for each batch, generates the
 * module from the compile request the VM thread built (jit-worker-main.ts, jit/compile-worker.ts),
 * optimizes it, and compiles it to a `WebAssembly.Module`, which it posts back (Node passes
 * compiled modules between threads) with the members' metadata; the VM thread only builds the
 * request and instantiates the module against the shared memory and table, and never loads
 * Binaryen. So every expensive part of a compile runs while Java threads keep running.
 *
 * The worker is started on first use, never keeps the process alive (unref), and is terminated
 * when the VM ends ({@link CompileService.close}). If it dies, every pending request rejects and
 * later ones too: the JIT turns that into bail-outs and goes back to compiling synchronously.
 * When the worker program is not found (no dist/), an inline `eval` worker that imports Binaryen
 * by absolute URL only optimizes modules the VM thread generated (the service then has no
 * `compile`).
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CompileService, OptimizedModule } from '../../../jit/compile-service.js';
import type { CompiledBatch, CompileRequest, MemberResult } from '../../../jit/compile-request.js';

/**
 * The worker program that also generates IR (jit-worker-main.ts, compiled): next to this module
 * in dist/, under dist/ when this module runs from its TypeScript source (tests), and under the
 * bundle's directory when it runs from dist/tern.cjs. Null when none exists (then the inline
 * worker below only optimizes, and the VM's thread generates IR).
 */
function workerMainUrl(): URL | null {
  for (const rel of ['./jit-worker-main.js', './src/host/node/jit-worker-main.js', '../../../dist/src/host/node/jit-worker-main.js']) {
    const url = new URL(rel, import.meta.url);
    if (existsSync(fileURLToPath(url))) return url;
  }
  return null;
}

/** The worker's program (CommonJS, run with `eval: true`); BINARYEN is replaced by a file URL. */
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
let binaryen = null;
const ready = import(BINARYEN).then((m) => { binaryen = m.default; });
parentPort.on('message', async (job) => {
  try {
    await ready;
    if (job.ping) {
      parentPort.postMessage({ id: job.id, size: 0, optMs: 0, compileMs: 0 });
      return;
    }
    const b = binaryen;
    const t0 = performance.now();
    let out = job.bytes;
    // Level -1: the quick tier, compiled as generated.
    if (job.level >= 0) {
    const mod = b.readBinary(job.bytes);
    try {
      mod.setFeatures(job.features);
      b.setOptimizeLevel(job.level);
      b.setShrinkLevel(0);
      mod.optimize();
      out = mod.emitBinary();
    } finally {
      mod.dispose();
    }
    }
    const t1 = performance.now();
    const module = new WebAssembly.Module(out);
    const t2 = performance.now();
    parentPort.postMessage({ id: job.id, module, size: out.length, optMs: t1 - t0, compileMs: t2 - t1 });
  } catch (e) {
    parentPort.postMessage({ id: job.id, error: String((e && e.message) || e) });
  }
});
`;

interface Reply {
  id: number;
  module?: unknown;
  size?: number;
  genMs?: number;
  optMs?: number;
  compileMs?: number;
  members?: MemberResult[];
  error?: string;
}

/**
 * A compile worker for one VM (created lazily: nothing starts until the first request). With
 * `generate` (default), the worker generates IR from compile requests when its program is found;
 * `generate: false` keeps IR generation on the VM's thread (the worker only optimizes).
 */
export function createCompileWorker(options: { generate?: boolean } = {}): CompileService {
  const mainUrl = options.generate === false ? null : workerMainUrl();
  let worker: Worker | null = null;
  let dead: string | null = null;
  let nextId = 1;
  const pending = new Map<number, { resolve(r: Reply, roundTripMs: number): void; reject(e: Error): void; posted: number }>();

  const fail = (why: string): void => {
    dead ??= why;
    for (const p of pending.values()) p.reject(new Error(dead));
    pending.clear();
    worker = null;
  };

  const start = (): Worker => {
    if (worker !== null) return worker;
    const w = mainUrl !== null
      ? new Worker(mainUrl, { stdout: true, stderr: true })
      : new Worker(WORKER_SOURCE.replace('BINARYEN', JSON.stringify(pathToFileURL(createRequire(import.meta.url).resolve('binaryen')).href)), { eval: true, stdout: true, stderr: true });
    w.unref();
    // Whatever Binaryen might print stays out of the program's output.
    w.stdout.resume();
    w.stderr.resume();
    w.on('message', (r: Reply) => {
      const p = pending.get(r.id);
      if (p === undefined) return;
      pending.delete(r.id);
      if (r.error !== undefined) p.reject(new Error(r.error));
      else p.resolve(r, performance.now() - p.posted);
    });
    w.on('error', (e) => fail(`compile worker failed: ${e.message}`));
    w.on('exit', (code) => fail(`compile worker exited (status ${code})`));
    worker = w;
    return w;
  };

  const request = (message: Record<string, unknown>, transfer: ArrayBuffer[]): Promise<{ r: Reply; roundTripMs: number }> => {
    if (dead !== null) return Promise.reject(new Error(dead));
    const w = start();
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve: (r, roundTripMs) => resolve({ r, roundTripMs }), reject, posted: performance.now() });
      w.postMessage({ id, ...message }, transfer);
    });
  };

  const service: CompileService = {
    warm: () => request({ ping: true }, []).then(() => {}),
    optimize: (bytes, features, level) => request({ bytes, features, level }, [bytes.buffer as ArrayBuffer]).then(({ r, roundTripMs }): OptimizedModule =>
      ({ module: r.module, size: r.size!, optMs: r.optMs!, compileMs: r.compileMs!, roundTripMs })),
    get broken(): boolean {
      return dead !== null;
    },
    close(): void {
      const w = worker;
      fail('the VM has ended');
      if (w !== null) void w.terminate();
    },
  };
  if (mainUrl !== null) {
    service.compile = (req: CompileRequest) => request({ request: req }, []).then(({ r, roundTripMs }): CompiledBatch =>
      ({ module: r.module, size: r.size!, genMs: r.genMs!, optMs: r.optMs!, compileMs: r.compileMs!, roundTripMs, members: r.members! }));
  }
  return service;
}
