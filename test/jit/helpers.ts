// Runs small Java programs in-process, interpreted (-Xint) and with the JIT, capturing output and
// the JIT's log, so tests can compare compiled against interpreted results.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createNodeHost, launch, loadClassLibrary, type Host } from '../../src/api/index.js';
import { tieringOf } from '../../src/interp/interpreter.js';
import { JitRuntime, type JitOptions } from '../../jit/index.js';
import type { Vm } from '../../src/runtime/vm.js';

/** Compiles `sources` (file name → text) with javac into a fresh directory; returns it and a cleanup. */
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

function capturingHost(): { host: Host; out: () => string; err: () => string } {
  const base = createNodeHost();
  const out: Uint8Array[] = [];
  const err: Uint8Array[] = [];
  const host: Host = {
    ...base,
    write: (fd, bytes) => void (fd === 1 ? out : err).push(bytes.slice()),
    flush: () => {},
    exit: (status) => { throw new Error(`unexpected host.exit(${status})`); },
  };
  const text = (parts: Uint8Array[]) => Buffer.concat(parts).toString('utf8');
  return { host, out: () => text(out), err: () => text(err) };
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
