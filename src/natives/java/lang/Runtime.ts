/**
 * @fileoverview Natives of java.lang.Runtime: processor count, heap figures, explicit GC and halt.
 */
import { EXIT } from '../../../interp/invoke-native.js';
import type { Vm } from '../../../runtime/vm.js';
import type { JavaThread } from '../../../threads/java-thread.js';
import type { NativeTable } from '../../registry.js';

/** Ends the VM with `status` (Runtime.halt semantics: no hooks). */
export function halt(vm: Vm, status: number): symbol {
  vm.exitCode = status;
  vm.scheduler.exiting = true;
  return EXIT;
}

export const natives: NativeTable = {
  className: 'java/lang/Runtime',
  methods: {
    'availableProcessors()I': (vm: Vm) => vm.host.availableProcessors(),
    'freeMemory()J': (vm: Vm) => BigInt(vm.heap.freeBytes()),
    'totalMemory()J': (vm: Vm) => BigInt(vm.heap.capacityBytes()),
    'maxMemory()J': (vm: Vm) => BigInt(vm.heap.capacityBytes()),
    'gc()V': (vm: Vm) => vm.collectGarbage(),
    'halt0(I)V': (vm: Vm, _t: JavaThread, status: number) => halt(vm, status),
  },
};
