/**
 * @fileoverview Natives of java.util.concurrent.locks.AbstractQueuedSynchronizer: the atomic
 * compare-and-set of its `state` field (a native runs without a green-thread switch).
 */
import type { Ref } from '../../../../../heap/index.js';
import type { Vm } from '../../../../../runtime/vm.js';
import type { JavaThread } from '../../../../../threads/java-thread.js';
import type { NativeTable } from '../../../../registry.js';
import { casInt, intSlot } from '../atomic/atomic-cells.js';

const CLS = 'java/util/concurrent/locks/AbstractQueuedSynchronizer';

export const natives: NativeTable = {
  className: CLS,
  methods: {
    'compareAndSetState(II)Z': (vm: Vm, _t: JavaThread, self: Ref, expect: number, update: number) =>
      casInt(vm, intSlot(vm, self, CLS, 'state'), expect, update),
  },
};
