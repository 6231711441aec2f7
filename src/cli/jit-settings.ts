/**
 * @fileoverview The JIT as the command line sets it up, for a launch and for a restore alike: a
 * restored program gets the restoring command line's mode (-Xint, default, -Xcomp) and starts with
 * no compiled code (images hold none), compiling again what gets hot.
 */
import { appendFileSync, writeSync } from 'node:fs';
import { DEFAULT_COMPILE_THRESHOLD, installJit, JitRuntime, type JitOptions } from '../../jit/index.js';
import { tieringOf } from '../interp/interpreter.js';
import { createCompileWorker } from '../host/node/jit-worker.js';
import { importWithoutTierUp } from '../host/node/v8-tuning.js';
import type { Vm } from '../runtime/vm.js';
import type { CliOptions } from './options.js';
import { atExit } from './exit-hooks.js';

/** How the JIT loads Binaryen when the bundle cannot import() (bin/tern.js passes it). */
let importBinaryen: JitOptions['importBinaryen'];

/**
 * Sets how Binaryen is loaded (main() passes what bin/tern.js gives it): on the VM's thread
 * (-Xcomp, -Xbatch) without V8's tier-up of Binaryen's own wasm, as in the compile worker.
 */
export function setBinaryenImporter(f: JitOptions['importBinaryen']): void {
  importBinaryen = f === undefined ? undefined : () => importWithoutTierUp(f);
}

/** The running JIT whose totals line --jit-log prints at exit. */
let summarized: JitRuntime | null = null;

/** JIT settings of the command line, or null for -Xint. */
export function jitOptions(o: CliOptions): JitOptions | null {
  if (o.interpretOnly) return null;
  let log: ((line: string) => void) | null = null;
  if (o.jitLog === '') log = (line) => writeSync(2, line + '\n');
  else if (o.jitLog !== null) {
    const file = o.jitLog;
    log = (line) => appendFileSync(file, line + '\n');
  }
  const options: JitOptions = {
    compileAll: o.compileAll, threshold: o.compileThreshold ?? DEFAULT_COMPILE_THRESHOLD, deoptimizeALot: o.deoptimizeALot, log, importBinaryen,
    // -Xcomp compiles synchronously, tier-ups included: its code must exist before the first call.
    compileService: o.backgroundCompilation && !o.compileAll ? () => createCompileWorker({ log }) : null,
  };
  if (log !== null) {
    const sink = log;
    summarized = null;
    atExit(() => {
      if (summarized !== null) sink(summarized.summary());
    });
  }
  return options;
}

/** Notes the JIT `vm` runs with (if any) for the --jit-log totals line at exit. */
export function noteJit(vm: Vm): void {
  const tier = tieringOf(vm);
  if (tier instanceof JitRuntime) summarized = tier;
}

/**
 * Installs the command line's JIT in a VM about to be restored (before the image's frames are
 * prepared: they take the tier's countdowns). -Xcomp loads Binaryen first, as a launch does.
 */
export async function installRestoreJit(vm: Vm, o: CliOptions): Promise<void> {
  const options = jitOptions(o);
  if (options === null) return;
  const jit = installJit(vm, options);
  noteJit(vm);
  if (options.compileAll) await jit.ready();
}
