/**
 * @fileoverview Natives of java.util.concurrent.atomic.AtomicIntegerArray: the atomic core on
 * one element of its int[] (Java has checked the index; see atomic-cells.ts).
 */
import type { Ref } from '../../../../../heap/index.js';
import type { Vm } from '../../../../../runtime/vm.js';
import type { JavaThread } from '../../../../../threads/java-thread.js';
import type { NativeTable } from '../../../../registry.js';
import { casInt, getAndAddInt, getAndSetInt, intElement } from './atomic-cells.js';

export const natives: NativeTable = {
  className: 'java/util/concurrent/atomic/AtomicIntegerArray',
  methods: {
    'cas0([IIII)Z': (vm: Vm, _t: JavaThread, a: Ref, i: number, expect: number, update: number) =>
      casInt(vm, intElement(a, i), expect, update),
    'getAndAdd0([III)I': (vm: Vm, _t: JavaThread, a: Ref, i: number, delta: number) =>
      getAndAddInt(vm, intElement(a, i), delta),
    'getAndSet0([III)I': (vm: Vm, _t: JavaThread, a: Ref, i: number, value: number) =>
      getAndSetInt(vm, intElement(a, i), value),
  },
};
