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
 * The worker program is the bundle dist/jit-worker.cjs (jit-worker-main.ts), run through V8's
 * code cache by bin/jit-worker.js; without it (no `npm run build`) there is no worker, and the JIT
 * compiles synchronously.
 */
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CompileService, OptimizedModule } from '../../../jit/compile-service.js';
import type { CompiledBatch, CompileRequest, MemberResult } from '../../../jit/compile-request.js';

/**
 * Where the worker program is: the package's bin/jit-worker.js, which runs the bundle
 * dist/jit-worker.cjs (scripts/build.mjs). This module runs from the CLI's bundle (dist/tern.cjs),
 * from dist/src/host/node/ (the ES modules, the embedding API) or from its TypeScript source
 * (tests), so the package root is one of three levels up. Null, with the reason, when there is no
 * bundle, or when it is older than the compiled worker module it was made from (a `tsc` without
 * the bundle step): the worker would then run other compiler code than the VM's thread.
 */
export function locateCompileWorker(from: string | URL = import.meta.url): { entry: URL } | { missing: string } {
  for (const rel of ['../', '../../../../', '../../../']) {
    const root = new URL(rel, from);
    const bundle = fileURLToPath(new URL('dist/jit-worker.cjs', root));
    const entry = new URL('bin/jit-worker.js', root);
    if (!existsSync(fileURLToPath(entry)) || !existsSync(fileURLToPath(new URL('package.json', root)))) continue;
    if (!existsSync(bundle)) return { missing: `${bundle} not found (run npm run build)` };
    const module = fileURLToPath(new URL('dist/src/host/node/jit-worker-main.js', root));
    if (existsSync(module) && statSync(module).mtimeMs > statSync(bundle).mtimeMs) return { missing: `${bundle} is older than ${module} (run npm run build)` };
    return { entry };
  }
  return { missing: 'bin/jit-worker.js not found' };
}

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
 * A compile worker for one VM (created lazily: nothing starts until the first request), or null
 * when the worker program is not there ({@link locateCompileWorker}): the JIT then compiles on the
 * VM's thread, and `log` (the JIT log) says why (`from`: tests, where this module would be). With
 * `generate` (default), the worker generates
 * IR from compile requests; `generate: false` keeps IR generation on the VM's thread (the worker
 * only optimizes).
 */
export function createCompileWorker(options: { generate?: boolean; log?: ((line: string) => void) | null; from?: string | URL } = {}): CompileService | null {
  const where = locateCompileWorker(options.from);
  if ('missing' in where) {
    options.log?.(`[jit] no compile worker (${where.missing}): compiling on the VM's thread`);
    return null;
  }
  const generate = options.generate !== false;
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
    const w = new Worker(where.entry, { stdout: true, stderr: true });
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
  if (generate) {
    service.compile = (req: CompileRequest) => request({ request: req }, []).then(({ r, roundTripMs }): CompiledBatch =>
      ({ module: r.module, size: r.size!, genMs: r.genMs!, optMs: r.optMs!, compileMs: r.compileMs!, roundTripMs, members: r.members! }));
  }
  return service;
}
