// Runs small Java programs in-process, interpreted (-Xint) and with the JIT, capturing output and
// the JIT's log, so tests can compare compiled against interpreted results and against HotSpot.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll } from 'vitest';
import { launch, loadClassLibrary } from '../../src/api/index.js';
import { capturingHost } from '../support/capturing-host.js';
import { compileProgram } from '../support/compile.js';
import type { JavaProgram } from '../support/corpus.js';
import { FIXTURE_CACHE_DIR, hotspotResult, runHotspotFresh } from '../support/hotspot.js';
import { tieringOf } from '../../src/interp/interpreter.js';
import { JitRuntime, type JitOptions } from '../../jit/index.js';
import type { Vm } from '../../src/runtime/vm.js';

/** A test's Java program once {@link javaFixture}'s beforeAll ran: its classes and what HotSpot printed. */
export interface JavaFixture {
  /** Directory of its classes (javac's output, shared with other runs: do not write to it). */
  readonly dir: string;
  /** HotSpot's standard output (the run must exit 0 with nothing on standard error). */
  readonly expected: string;
}

/**
 * The program of `sources` (file name → text) with main class `mainClass`: compiled and run on
 * HotSpot in a beforeAll hook of the calling file, both through the corpus's caches (javac's
 * output by source digest, HotSpot's output committed in test/.hotspot-cache/fixtures).
 * `javaFlags` are HotSpot's options (e.g. `-Xint` to keep its run short), `args` the program's.
 */
export function javaFixture(sources: Record<string, string>, mainClass: string, options: { javaFlags?: string[]; args?: string[] } = {}): JavaFixture {
  const program: JavaProgram = {
    id: `test/${mainClass}`, dir: tmpdir(), mainClass, stdin: Buffer.alloc(0),
    sources: Object.entries(sources).map(([path, text]) => ({ path, text })),
    args: options.args ?? [], javaFlags: options.javaFlags ?? [], ternFlags: [],
    ternTimeoutMs: undefined, consistencySkip: undefined, env: {}, coldOnly: undefined,
  };
  const fixture = { dir: '', expected: '' };
  beforeAll(async () => {
    fixture.dir = await compileProgram(program);
    const { result, key } = await hotspotResult(program, () => runHotspotFresh(program, fixture.dir), FIXTURE_CACHE_DIR);
    if (result.exitCode !== 0 || result.stderr.length > 0) throw new Error(`HotSpot ran ${mainClass} with exit ${result.exitCode} (test/.hotspot-cache/fixtures/${key}.json): ${result.stderr.toString()}`);
    fixture.expected = result.stdout.toString('utf8');
  });
  return fixture;
}

/** Compiles `sources` (file name → text) with javac into a fresh directory of the test's own; returns it and a cleanup. */
export function compileSources(sources: Record<string, string>): { dir: string; dispose: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'tern-jit-'));
  const src = join(dir, 'src');
  mkdirSync(src);
  const files = Object.entries(sources).map(([name, text]) => {
    writeFileSync(join(src, name), text);
    return join(src, name);
  });
  execFileSync('javac', ['--release', '17', '-d', join(dir, 'out'), ...files], { stdio: 'pipe' });
  return { dir: join(dir, 'out'), dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface RunResult {
  status: number;
  out: string;
  err: string;
  log: string[];
  jit: JitRuntime | null;
  vm: Vm | null;
}

/** Runs `mainClass`; `jit` null = interpreter only; `onVm` sees the VM before any Java code runs. */
export async function runJava(classDir: string, mainClass: string, jit: Partial<JitOptions> | null, maxHeapBytes = 32 << 20, args: string[] = [], gcStress = false, onVm?: (vm: Vm) => void): Promise<RunResult> {
  const c = capturingHost();
  const log: string[] = [];
  let runtime: JitRuntime | null = null;
  let vmOf: Vm | null = null;
  const options: JitOptions | null = jit === null ? null : {
    compileAll: false, threshold: 1000, deoptimizeALot: false, ...jit, log: (line) => log.push(line),
  };
  const status = await launch(c.host, {
    mainClass, args, classPath: [classDir], classLibrary: loadClassLibrary(),
    maxHeapBytes, stackBytes: 1 << 20, properties: {}, jit: options, gcStress,
    onVmCreated: (vm) => {
      vmOf = vm;
      onVm?.(vm);
      const t = tieringOf(vm);
      runtime = t instanceof JitRuntime ? t : null;
    },
  });
  return { status, out: c.out(), err: c.err(), log, jit: runtime, vm: vmOf };
}

/** Log lines saying `method` (e.g. `Ops.idiv(II)I`) was compiled. */
export function compiledLines(log: string[], method: string): string[] {
  return log.filter((l) => l.includes(` ${method} (`) && l.includes('wasm bytes'));
}

/**
 * A block that gives a method over 500 local slots, so it never compiles (docs/jit.md "Bail-outs")
 * and its calls from compiled code go through the adapter (calling a native no longer keeps a method
 * from compiling: docs/deopt.md "Calls of natives"); the class needs `static boolean PAD_NEVER`.
 */
export const PAD = `if (PAD_NEVER) { long p0 = System.nanoTime(); ${Array.from({ length: 259 }, (_, i) => `long p${i + 1} = p${i} + ${i + 1};`).join(' ')} System.out.println(p259); }`;
