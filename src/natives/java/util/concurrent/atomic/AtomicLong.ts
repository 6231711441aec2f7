/**
 * @fileoverview Natives of java.util.concurrent.atomic.AtomicLong: the atomic core on its
 * `value` field (see atomic-cells.ts).
 */
import type { Ref } from '../../../../../heap/index.js';
import type { Vm } from '../../../../../runtime/vm.js';
import type { JavaThread } from '../../../../../threads/java-thread.js';
import type { NativeTable } from '../../../../registry.js';
import { casLong, getAndAddLong, getAndSetLong, longSlot } from './atomic-cells.js';

const CLS = 'java/util/concurrent/atomic/AtomicLong';

export const natives: NativeTable = {
  className: CLS,
  methods: {
    'cas0(JJ)Z': (vm: Vm, _t: JavaThread, self: Ref, expect: bigint, update: bigint) =>
      casLong(vm, longSlot(vm, self, CLS, 'value'), expect, update),
    'getAndAdd0(J)J': (vm: Vm, _t: JavaThread, self: Ref, delta: bigint) =>
      getAndAddLong(vm, longSlot(vm, self, CLS, 'value'), delta),
    'getAndSet0(J)J': (vm: Vm, _t: JavaThread, self: Ref, value: bigint) =>
      getAndSetLong(vm, longSlot(vm, self, CLS, 'value'), value),
  },
};
