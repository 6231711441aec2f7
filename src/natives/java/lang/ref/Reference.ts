/**
 * @fileoverview java.lang.ref.Reference's native: take the pending list of references the
 * collector cleared (src/runtime/references.ts). A native runs without a collection in between,
 * so reading and emptying the static is atomic with respect to the collector's pushes.
 */
import { pendingHeadAddress } from '../../../../runtime/references.js';
import type { Vm } from '../../../../runtime/vm.js';
import type { NativeTable } from '../../../registry.js';

export const natives: NativeTable = {
  className: 'java/lang/ref/Reference',
  methods: {
    'takePending0()Ljava/lang/ref/Reference;': (vm: Vm) => {
      const slot = pendingHeadAddress(vm.registry.load('java/lang/ref/Reference')) >> 2;
      const head = vm.heap.i32[slot]!;
      vm.heap.i32[slot] = 0;
      return head;
    },
  },
};
