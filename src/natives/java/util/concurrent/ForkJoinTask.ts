/**
 * @fileoverview Natives of java.util.concurrent.ForkJoinTask: the atomic compare-and-set of its
 * completion `status` (a native runs without a green-thread switch; see atomic/atomic-cells.ts).
 */
import type { Ref } from '../../../../heap/index.js';
import type { Vm } from '../../../../runtime/vm.js';
import type { JavaThread } from '../../../../threads/java-thread.js';
import type { NativeTable } from '../../../registry.js';
import { casInt, intSlot } from './atomic/atomic-cells.js';

const CLS = 'java/util/concurrent/ForkJoinTask';

export const natives: NativeTable = {
  className: CLS,
  methods: {
    'casStatus(II)Z': (vm: Vm, _t: JavaThread, self: Ref, expect: number, update: number) =>
      casInt(vm, intSlot(vm, self, CLS, 'status'), expect, update),
  },
};
