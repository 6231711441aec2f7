/**
 * @fileoverview Natives of java.util.concurrent.atomic.AtomicReference: the atomic core on its
 * `value` field; references compare by address, i.e. by identity (see atomic-cells.ts).
 */
import type { Ref } from '../../../../../heap/index.js';
import type { Vm } from '../../../../../runtime/vm.js';
import type { JavaThread } from '../../../../../threads/java-thread.js';
import type { NativeTable } from '../../../../registry.js';
import { casInt, getAndSetInt, intSlot } from './atomic-cells.js';

const CLS = 'java/util/concurrent/atomic/AtomicReference';

export const natives: NativeTable = {
  className: CLS,
  methods: {
    'cas0(Ljava/lang/Object;Ljava/lang/Object;)Z': (vm: Vm, _t: JavaThread, self: Ref, expect: Ref, update: Ref) =>
      casInt(vm, intSlot(vm, self, CLS, 'value'), expect, update),
    'getAndSet0(Ljava/lang/Object;)Ljava/lang/Object;': (vm: Vm, _t: JavaThread, self: Ref, value: Ref) =>
      getAndSetInt(vm, intSlot(vm, self, CLS, 'value'), value),
  },
};
