/**
 * @fileoverview How Tern's process asks V8 to spend less CPU compiling Tern's own code (the
 * JavaScript of the VM and the compiler, and Binaryen's wasm), docs/performance.md "V8 compiling
 * Tern". Both settings are V8 flags, process-wide; they change only when and whether V8 optimizes,
 * never what any code does.
 */
import v8 from 'node:v8';
import type binaryenNs from 'binaryen';

type Binaryen = typeof binaryenNs;

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
 * for 99; on the VM's thread (-Xcomp, -Xbatch) 8-10 % of a -Xcomp run's CPU (perf: 0.2 s of a
 * hello world's 1.15 s). V8 takes a module's budget from the flag when the module is compiled and
 * instantiated, so the flag is raised for Binaryen's import only and restored before any Java
 * method's module is compiled (those still tier up: measured). The flag is process-wide: a module
 * another thread compiled in that window would not tier up either (slower, never wrong); Tern
 * imports Binaryen before it compiles any Java method in that thread.
 */
export function importWithoutTierUp(importBinaryen: () => Promise<{ default: Binaryen }>): Promise<{ default: Binaryen }> {
  v8.setFlagsFromString(`--wasm-tiering-budget=${NO_TIER_UP}`);
  const restore = (): void => v8.setFlagsFromString(`--wasm-tiering-budget=${TIERING_BUDGET}`);
  let imported: Promise<{ default: Binaryen }>;
  try {
    imported = importBinaryen();
  } catch (e) {
    restore();
    throw e;
  }
  return imported.finally(restore);
}

/**
 * Bytecode size (bytes) above which V8 never optimizes a JavaScript function. V8's default is
 * 60 KB; Tern's one function between this and that is the JIT compiler's `instruction` (bytecode to
 * IR for one instruction, 37.6 KB of V8 bytecode), which TurboFan took 0.5-1 s to compile each
 * time and recompiled 4-5 times in a -Xcomp run as each new kind of bytecode met its
 * never-executed cases ("insufficient type feedback"): 36-42 % of a -Xcomp run's CPU went to V8
 * optimizing Tern's JavaScript, most of it that function and the interpreter's `runThread`. In
 * baseline code it costs less than one of those compiles. The interpreter's loop (`runThread`,
 * 26.5 KB) and everything else hot stay below the limit: test/host/v8-tuning.test.ts checks it.
 */
export const MAX_OPTIMIZED_BYTECODE = 30_000;

/** Sets the process's V8 flags for Tern (before the VM runs: the CLI's `run`). */
export function tuneV8(): void {
  // (Node's own command line wins: `node --max-optimized-bytecode-size=N bin/tern.js` for comparisons.)
  if (process.execArgv.some((a) => /^--max[-_]optimized[-_]bytecode[-_]size=/.test(a))) return;
  v8.setFlagsFromString(`--max-optimized-bytecode-size=${MAX_OPTIMIZED_BYTECODE}`);
}
