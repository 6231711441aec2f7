/**
 * @fileoverview Natives of java.util.concurrent.atomic.AtomicLongArray: the atomic core on one
 * element of its long[] (Java has checked the index; see atomic-cells.ts).
 */
import type { Ref } from '../../../../../heap/index.js';
import type { Vm } from '../../../../../runtime/vm.js';
import type { JavaThread } from '../../../../../threads/java-thread.js';
import type { NativeTable } from '../../../../registry.js';
import { casLong, getAndAddLong, getAndSetLong, longElement } from './atomic-cells.js';

export const natives: NativeTable = {
  className: 'java/util/concurrent/atomic/AtomicLongArray',
  methods: {
    'cas0([JIJJ)Z': (vm: Vm, _t: JavaThread, a: Ref, i: number, expect: bigint, update: bigint) =>
      casLong(vm, longElement(a, i), expect, update),
    'getAndAdd0([JIJ)J': (vm: Vm, _t: JavaThread, a: Ref, i: number, delta: bigint) =>
      getAndAddLong(vm, longElement(a, i), delta),
    'getAndSet0([JIJ)J': (vm: Vm, _t: JavaThread, a: Ref, i: number, value: bigint) =>
      getAndSetLong(vm, longElement(a, i), value),
  },
};
