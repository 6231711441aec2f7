/**
 * @fileoverview Natives of java.util.concurrent.atomic.AtomicInteger: the atomic core on its
 * `value` field (see atomic-cells.ts).
 */
import type { Ref } from '../../../../../heap/index.js';
import type { Vm } from '../../../../../runtime/vm.js';
import type { JavaThread } from '../../../../../threads/java-thread.js';
import type { NativeTable } from '../../../../registry.js';
import { casInt, getAndAddInt, getAndSetInt, intSlot } from './atomic-cells.js';

const CLS = 'java/util/concurrent/atomic/AtomicInteger';

export const natives: NativeTable = {
  className: CLS,
  methods: {
    'cas0(II)Z': (vm: Vm, _t: JavaThread, self: Ref, expect: number, update: number) =>
      casInt(vm, intSlot(vm, self, CLS, 'value'), expect, update),
    'getAndAdd0(I)I': (vm: Vm, _t: JavaThread, self: Ref, delta: number) =>
      getAndAddInt(vm, intSlot(vm, self, CLS, 'value'), delta),
    'getAndSet0(I)I': (vm: Vm, _t: JavaThread, self: Ref, value: number) =>
      getAndSetInt(vm, intSlot(vm, self, CLS, 'value'), value),
  },
};
