/**
 * @fileoverview Natives of java.util.concurrent.atomic.AtomicBoolean: the atomic core on its
 * int `value` field (see atomic-cells.ts).
 */
import type { Ref } from '../../../../../heap/index.js';
import type { Vm } from '../../../../../runtime/vm.js';
import type { JavaThread } from '../../../../../threads/java-thread.js';
import type { NativeTable } from '../../../../registry.js';
import { casInt, getAndSetInt, intSlot } from './atomic-cells.js';

const CLS = 'java/util/concurrent/atomic/AtomicBoolean';

export const natives: NativeTable = {
  className: CLS,
  methods: {
    'cas0(II)Z': (vm: Vm, _t: JavaThread, self: Ref, expect: number, update: number) =>
      casInt(vm, intSlot(vm, self, CLS, 'value'), expect, update),
    'getAndSet0(I)I': (vm: Vm, _t: JavaThread, self: Ref, value: number) =>
      getAndSetInt(vm, intSlot(vm, self, CLS, 'value'), value),
  },
};
