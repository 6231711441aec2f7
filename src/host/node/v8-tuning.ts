/**
 * @fileoverview Binaryen's import without V8's tier-up of its wasm, for the compile worker and the
 * VM's thread alike (docs/performance.md "The compile worker's start", "V8 compiling Tern"). The
 * launchers' own V8 flag (no TurboFan for the JIT compiler's `instruction`) is set where the
 * bundles are loaded: bin/code-cache.js `tuneV8`.
 */
import v8 from 'node:v8';
import type binaryenNs from 'binaryen';

type Binaryen = typeof binaryenNs;

/** V8's `--wasm-tiering-budget` (Node 20's default, or the process's own from its command line). */
const TIERING_BUDGET = Number(/^--wasm[-_]tiering[-_]budget=(\d+)$/.exec(process.execArgv.find((a) => /^--wasm[-_]tiering[-_]budget=/.test(a)) ?? '')?.[1] ?? 1_800_000);
/** A budget no function of Binaryen's module uses up in a run (V8's flag is an int). */
const NO_TIER_UP = 2_000_000_000;

/**
 * Imports Binaryen with V8's tier-up of *its* wasm switched off: V8 compiles a wasm function with
 * Liftoff on its first call, then recompiles it with TurboFan on its compiler threads once it has
 * run a budget of code. Binaryen's 7.6 MB of wasm has big functions that pass that budget within a
 * few compiles, and TurboFan recompiling them cost more CPU than it saved: 0.3 s of the 0.65 s of
 * a worker's first 15 requests, 1.1 s of 3.2 s for 99; on the VM's thread (-Xcomp, -Xbatch) 8-10 %
 * of a -Xcomp run's CPU (0.2 s of a hello world's 1.15 s). V8 takes an instance's budget from the
 * flag when the module is instantiated, so the flag is raised once `importBinaryen`'s synchronous
 * part has run (it checks the code cache of Binaryen's JavaScript, which V8 would reject under
 * other flags: they are part of the check) and restored when the import is done, before any Java
 * method's module is compiled (those still tier up: measured). The flag is process-wide: a module
 * another thread instantiated in that window would not tier up either (slower, never wrong).
 */
export function importWithoutTierUp(importBinaryen: () => Promise<{ default: Binaryen }>): Promise<{ default: Binaryen }> {
  const imported = importBinaryen();
  v8.setFlagsFromString(`--wasm-tiering-budget=${NO_TIER_UP}`);
  return imported.finally(() => v8.setFlagsFromString(`--wasm-tiering-budget=${TIERING_BUDGET}`));
}
