// Background compilation (jit/compile-service.ts, src/host/node/jit-worker.ts): batches built as
// compile requests on the VM's thread (jit/compile-request.ts), generated, optimized and compiled
// in a worker thread (jit/compile-worker.ts), installed when they come back, while the program
// keeps running interpreted; the VM's thread never imports Binaryen; a query the request lacks is
// a bail-out; a class load that breaks an assumption of a batch in flight keeps it from being
// installed; failures become bail-outs; -Xcomp stays synchronous.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCompileWorker, locateCompileWorker } from '../../src/host/node/jit-worker.js';
// @ts-expect-error (plain JavaScript of the launcher)
import { runBundle } from '../../bin/code-cache.js';
import type { CompileService } from '../../jit/compile-service.js';
import type { CompileRequest } from '../../jit/compile-request.js';
import type { Vm } from '../../src/runtime/vm.js';
import type { TraceEvent } from '../../jit/trace-events.js';
import { compileSources, runJava } from './helpers.js';

const SOURCE = `
public class Batches {
    static int inner(int x) { return x * 3 + 1; }
    static int outer(int x) { return inner(x) ^ inner(x + 1); }
    static int rare(int x) { return x * 7; }
    static int often(int x) { return x % 10 == 0 ? rare(x) : x + 1; }
    static long loop(int n) {
        long s = 0;
        for (int i = 0; i < n; i++) s += outer(i) % 1000 + often(i);
        return s;
    }
    static int ratio(int a, int b) { return a / b; }
    public static void main(String[] args) {
        long total = 0;
        for (int r = 0; r < 400; r++) total += loop(200);
        int failures = 0;
        for (int i = 0; i < 2000; i++) {
            try { total += ratio(i, i % 5); } catch (ArithmeticException e) { failures++; }
        }
        System.out.println(total + " " + failures);
    }
}`;
/** What HotSpot prints. */
const EXPECTED = '14976467 400\n';

/** Only Circle is loaded while total gets hot (CHA binds s.area() to it); Square comes later. */
const SHAPES = `
public class Shapes {
    static abstract class Shape { abstract int area(); }
    static final class Circle extends Shape { int area() { return 3; } }
    static final class Square extends Shape { int area() { return 6; } }
    static int total(Shape s, int n) { int t = 0; for (int i = 0; i < n; i++) t += s.area(); return t; }
    public static void main(String[] args) {
        long a = 0;
        Shape c = new Circle();
        for (int r = 0; r < 300; r++) a += total(c, 1000);
        Shape q = r();
        long b = 0;
        for (int r = 0; r < 300; r++) b += total(q, 1000);
        long d = 0;
        for (int r = 0; r < 300; r++) d += total(r % 2 == 0 ? c : q, 1000);
        System.out.println(a + " " + b + " " + d);
    }
    static Shape r() { return new Square(); }
}`;

let classes: { dir: string; dispose: () => void };
beforeAll(() => { classes = compileSources({ 'Batches.java': SOURCE }); });
afterAll(() => classes.dispose());

const compiled = (log: string[]) => log.filter((l) => l.includes('wasm bytes'));

/** A service that fails every request; `breaks`: and reports itself broken afterwards; `generates`: it takes compile requests. */
function failingService(breaks: boolean, generates = false): CompileService {
  let broken = false;
  const fail = (): Promise<never> => {
    if (breaks) broken = true;
    return Promise.reject(new Error('boom'));
  };
  return {
    warm: () => Promise.resolve(),
    optimize: fail,
    ...(generates ? { compile: fail } : {}),
    get broken() { return broken; },
    close() {},
  };
}

describe('background compilation', () => {
  it('compiles in a worker thread, in batches (callees with their caller), with the same output', async () => {
    // Preloaded: the program is short, and on a loaded machine Binaryen's import can outlast it.
    const events: TraceEvent[] = [];
    const r = await runJava(classes.dir, 'Batches', { threshold: 50, compileService: createCompileWorker, preload: true, trace: (e) => void events.push(e) });
    expect(r.out).toBe(EXPECTED);
    const lines = compiled(r.log);
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines) expect(l).toMatch(/\(batch of \d+\).*background: gen [\d.]+ (no-)?opt/);
    // often got hot with rare (called by it once in ten) prepared but not compiled: one module holds both.
    expect(lines.find((l) => l.includes('Batches.often(I)I'))).toContain('(batch of 2)');
    expect(lines.find((l) => l.includes('Batches.rare(I)I'))).toContain('(batch of 2)');
    // No code was dropped for calling a callee still being compiled (such a caller waits for it).
    expect(r.log.filter((l) => l.includes('not-compiled'))).toEqual([]);
    expect(r.jit!.stats.batches).toBeGreaterThan(0);
    // Trace events of background compiles say so, with the batch and the wait.
    const compiles = events.flatMap((e) => (e.ev === 'compile' ? [e] : []));
    expect(compiles.length).toBe(lines.length);
    for (const c of compiles) {
      expect(c).toMatchObject({ background: true, trigger: expect.stringMatching(/^(invocations|backedges|callee-of .*)$/) });
      expect(c.batch).toContain(c.id);
      expect(c.waitMs).toBeGreaterThanOrEqual(0);
      expect(c.ms).toBeGreaterThanOrEqual(c.genMs! + c.optMs! + c.instantiateMs! - 0.01);
    }
    const rare = compiles.find((c) => c.method === 'Batches.rare(I)I')!;
    expect(rare.trigger).toBe('callee-of Batches.often(I)I');
    expect(compiles.find((c) => c.method === 'Batches.often(I)I')!.batch).toEqual(rare.batch);
    // IR generation happened in the worker, from compile requests: this thread never loaded Binaryen.
    for (const l of lines) expect(l).toMatch(/\(request [\d.]+ post [\d.]+, background: gen [\d.]+ /);
    expect(r.jit!.binaryenLoaded).toBe(false);
    // The worker inlined as the synchronous path does (inner into outer), with records of their own.
    expect(lines.find((l) => l.includes('Batches.outer(I)I'))).toContain('inlined Batches.inner(I)I@');
  }, 120_000);

  it('a query the compile request cannot answer fails that member only (a bail-out, never a guess)', async () => {
    // The requests lose the record ids reserved for inlined frames: outer, which inlines inner, must bail out.
    const service = (): CompileService => {
      const w = createCompileWorker()!;
      const inner = w.compile!.bind(w);
      w.compile = (req: CompileRequest) => inner({ ...req, members: req.members.map((m) => ({ ...m, inlineIds: [] })) });
      return w;
    };
    const r = await runJava(classes.dir, 'Batches', { threshold: 50, compileService: service, preload: true });
    expect(r.out).toBe(EXPECTED);
    expect(r.log).toContain('[jit]        Batches.outer(I)I not compiled: compile request lacks a record id for Batches.inner(I)I');
    // Members that inline nothing still compile, in the same batches.
    expect(compiled(r.log).some((l) => l.includes('Batches.inner(I)I'))).toBe(true);
    expect(r.jit!.binaryenLoaded).toBe(false);
  }, 120_000);

  it('a class load that breaks a CHA assumption of a batch in flight keeps it from being installed', async () => {
    const chaClasses = compileSources({ 'Shapes.java': SHAPES });
    try {
      // The worker's results are held back until Square is loaded (while they are in flight).
      let vm: Vm | null = null;
      const service = (): CompileService => {
        const w = createCompileWorker()!;
        const inner = w.compile!.bind(w);
        w.compile = async (req: CompileRequest) => {
          const r = await inner(req);
          while (vm!.registry.peek('Shapes$Square') == null) await new Promise((res) => setTimeout(res, 5));
          return r;
        };
        return w;
      };
      const r = await runJava(chaClasses.dir, 'Shapes', { threshold: 200, compileService: service, preload: true }, 32 << 20, [], false, (v) => { vm = v; });
      expect(r.out).toBe('900000 1800000 1350000\n');
      // total's code called Circle.area directly (CHA); Square broke that before it came back.
      expect(r.log).toContain('[jit]        Shapes.total(LShapes$Shape;I)I not installed: an assumption broke while it was compiled');
      const installed = r.jit!.compiledMethods().filter((c) => String(c.P.method) === 'Shapes.total(LShapes$Shape;I)I');
      for (const c of installed) expect(c.assumptions.some((a) => a.includes('Shapes$Circle'))).toBe(false);
    } finally {
      chaClasses.dispose();
    }
  }, 120_000);

  it('a failed background compile is a bail-out: the methods stay interpreted', async () => {
    const r = await runJava(classes.dir, 'Batches', { threshold: 50, compileService: () => failingService(false), preload: true });
    expect(r.out).toBe(EXPECTED);
    expect(compiled(r.log)).toEqual([]);
    expect(r.log.some((l) => /not compiled: background compile failed: boom/.test(l))).toBe(true);
  }, 120_000);

  it('a broken compile service: later compiles happen synchronously', async () => {
    const r = await runJava(classes.dir, 'Batches', { threshold: 50, compileService: () => failingService(true), preload: true });
    expect(r.out).toBe(EXPECTED);
    expect(r.log.some((l) => /not compiled: background compile failed: boom/.test(l))).toBe(true);
    const lines = compiled(r.log);
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines) expect(l).not.toContain('batch of');
  }, 120_000);

  it('a broken service that generated IR: Binaryen is loaded on the VM thread then, and later compiles are synchronous', async () => {
    const r = await runJava(classes.dir, 'Batches', { threshold: 50, compileService: () => failingService(true, true), preload: true });
    expect(r.out).toBe(EXPECTED);
    expect(r.log.some((l) => /not compiled: background compile failed: boom/.test(l))).toBe(true);
    const lines = compiled(r.log);
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines) expect(l).not.toContain('background');
    expect(r.jit!.binaryenLoaded).toBe(true);
  }, 120_000);

  it('methods that call natives compile in the worker (their calls go through reserved slots, as on the VM thread)', async () => {
    // System.arraycopy (a checked intrinsic whose slow path is the native) and Double.parseDouble
    // (a native without intrinsic) are called through slots the request reserves: a request that
    // lacked them failed both methods ("lacks a reserved slot").
    const natives = compileSources({ 'NativeCallers.java': `
public class NativeCallers {
    static int copy(int[] a, int[] b, int n) { System.arraycopy(a, 0, b, 1, n); return b[n]; }
    static double parse(String s) { return Double.parseDouble(s) * 2; }
    public static void main(String[] args) {
        int[] a = new int[64], b = new int[65];
        for (int i = 0; i < a.length; i++) a[i] = i * 3;
        long s = 0;
        double d = 0;
        for (int r = 0; r < 3000; r++) { s += copy(a, b, 1 + r % 64); d += parse(r % 2 == 0 ? "1.5" : "2.25"); }
        System.out.println(s + " " + d);
    }
}` });
    try {
      const r = await runJava(natives.dir, 'NativeCallers', { threshold: 50, compileService: createCompileWorker, preload: true });
      expect(r.out).toBe('282828 11250.0\n');
      expect(r.log.filter((l) => l.includes('lacks'))).toEqual([]);
      const lines = compiled(r.log);
      for (const m of ['NativeCallers.copy([I[II)I', 'NativeCallers.parse(Ljava/lang/String;)D']) {
        expect(lines.find((l) => l.includes(m))).toMatch(/background: gen/);
      }
    } finally {
      natives.dispose();
    }
  }, 120_000);

  it('-Xcomp ignores the service: synchronous and deterministic', async () => {
    let created = 0;
    const runs = [];
    for (let i = 0; i < 2; i++) {
      const r = await runJava(classes.dir, 'Batches', { compileAll: true, compileService: () => { created++; return createCompileWorker()!; } });
      expect(r.out).toBe(EXPECTED);
      runs.push(compiled(r.log).map((l) => l.replace(/, [\d.]+ ms \(.*\)$/, '')));
    }
    expect(created).toBe(0);
    expect(runs[0]!.length).toBeGreaterThan(0);
    expect(runs[1]).toEqual(runs[0]);
  }, 120_000);
});

describe('the Node compile worker', () => {
  it('rejects a bad module without breaking, and stops on close', async () => {
    const w = createCompileWorker()!;
    await expect(w.optimize(new Uint8Array([1, 2, 3, 4]), 0, 2)).rejects.toThrow();
    expect(w.broken).toBe(false);
    // A minimal valid module: (module (func (export "f") (result i32) i32.const 42)).
    const ok = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 127, 3, 2, 1, 0, 7, 5, 1, 1, 102, 0, 0, 10, 6, 1, 4, 0, 65, 42, 11]);
    const r = await w.optimize(ok, 0, 2);
    const api = (globalThis as unknown as { WebAssembly: { Instance: new (m: unknown) => { exports: { f(): number } } } }).WebAssembly;
    expect(new api.Instance(r.module).exports.f()).toBe(42);
    expect(r.size).toBeGreaterThan(8);
    w.close();
    expect(w.broken).toBe(true);
    await expect(w.optimize(ok, 0, 2)).rejects.toThrow('the VM has ended');
  }, 60_000);

  it('runs from the bundle, whose code cache the build recorded', () => {
    const where = locateCompileWorker();
    expect('entry' in where && fileURLToPath(where.entry)).toBe(fileURLToPath(new URL('../../bin/jit-worker.js', import.meta.url)));
    // The same program, found from where the CLI's bundle and the ES modules of dist/ run.
    expect(locateCompileWorker(new URL('../../dist/tern.cjs', import.meta.url))).toEqual(where);
    expect(locateCompileWorker(new URL('../../dist/src/host/node/jit-worker.js', import.meta.url))).toEqual(where);
    const dist = (f: string) => fileURLToPath(new URL(`../../dist/${f}`, import.meta.url));
    expect(existsSync(dist('jit-worker.cjs.cache'))).toBe(true);
    const run = runBundle(dist('jit-worker.cjs'), dist('jit-worker.cjs.cache')) as { exports: Record<string, unknown>; cacheRejected: boolean };
    expect(run.cacheRejected).toBe(false);
    expect(typeof run.exports.serveCompileJobs).toBe('function');
  });

  it('the CLI compiles in the bundled worker', () => {
    // Long enough interpreted (tens of seconds) for the worker to answer under any load; quick once compiled.
    const long = compileSources({ 'Spin.java': 'public class Spin { static int f(int x) { return x * 3 + 1; } public static void main(String[] a) { int s = 0; for (int i = 0; i < 400_000_000; i++) s += f(i); System.out.println(s); } }' });
    try {
      const r = spawnSync(process.execPath, [fileURLToPath(new URL('../../bin/tern.js', import.meta.url)), '-XX:CompileThreshold=50', '--jit-log', '-cp', long.dir, 'Spin'], { encoding: 'utf8' });
      expect(r.stdout).toBe('1848393216\n');
      expect(r.stderr).toMatch(/\(batch of \d+\).*background: gen/);
      expect(r.stderr).not.toContain('no compile worker');
    } finally {
      long.dispose();
    }
  }, 60_000);

  describe('without its bundle', () => {
    let root: string;
    beforeAll(() => {
      root = mkdtempSync(join(tmpdir(), 'tern-no-worker-'));
      mkdirSync(join(root, 'bin'));
      copyFileSync(fileURLToPath(new URL('../../bin/jit-worker.js', import.meta.url)), join(root, 'bin', 'jit-worker.js'));
      writeFileSync(join(root, 'package.json'), '{"type":"module"}');
    });
    afterAll(() => rmSync(root, { recursive: true, force: true }));
    const from = () => pathToFileURL(join(root, 'src', 'host', 'node', 'jit-worker.ts'));

    it('there is no worker: the log says why, and the JIT compiles on the VM thread', async () => {
      const said: string[] = [];
      expect(createCompileWorker({ from: from(), log: (l) => said.push(l) })).toBeNull();
      expect(said).toEqual([`[jit] no compile worker (${join(root, 'dist', 'jit-worker.cjs')} not found (run npm run build)): compiling on the VM's thread`]);
      const r = await runJava(classes.dir, 'Batches', { threshold: 50, compileService: () => createCompileWorker({ from: from() }), preload: true });
      expect(r.out).toBe(EXPECTED);
      const lines = compiled(r.log);
      expect(lines.length).toBeGreaterThan(0);
      for (const l of lines) expect(l).not.toContain('background');
      expect(r.jit!.binaryenLoaded).toBe(true);
    }, 120_000);

    it('a bundle older than the compiled worker module is not used', () => {
      mkdirSync(join(root, 'dist', 'src', 'host', 'node'), { recursive: true });
      writeFileSync(join(root, 'dist', 'jit-worker.cjs'), '');
      utimesSync(join(root, 'dist', 'jit-worker.cjs'), 1, 1);
      writeFileSync(join(root, 'dist', 'src', 'host', 'node', 'jit-worker-main.js'), '');
      const where = locateCompileWorker(from());
      expect(where).toEqual({ missing: `${join(root, 'dist', 'jit-worker.cjs')} is older than ${join(root, 'dist', 'src', 'host', 'node', 'jit-worker-main.js')} (run npm run build)` });
      utimesSync(join(root, 'dist', 'jit-worker.cjs'), new Date(), new Date(Date.now() + 60_000));
      expect(existsSync(join(root, 'bin', 'jit-worker.js'))).toBe(true);
      expect(locateCompileWorker(from())).toEqual({ entry: pathToFileURL(join(root, 'bin', 'jit-worker.js')) });
    });
  });
});
