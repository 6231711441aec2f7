/**
 * @fileoverview Public surface of the JIT (docs/jit.md): {@link installJit} plugs a
 * {@link JitRuntime} into a VM's interpreter before any Java code runs.
 */
import { installTiering } from '../src/interp/interpreter.js';
import type { Vm } from '../src/runtime/vm.js';
import { JitRuntime, type JitOptions } from './runtime.js';

export { JitRuntime, DEFAULT_COMPILE_THRESHOLD, type JitOptions } from './runtime.js';
export { Bailout } from './compiler.js';

/** Creates the JIT for `vm` and installs it as the interpreter's tier. */
export function installJit(vm: Vm, options: JitOptions): JitRuntime {
  const jit = new JitRuntime(vm, options);
  installTiering(vm, jit);
  return jit;
}
