/**
 * @fileoverview Natives of java.util.concurrent.atomic.AtomicReferenceArray: the atomic core on
 * one element of its Object[] (Java has checked the index; identity comparison, see
 * atomic-cells.ts). The array is always exactly Object[], so any store is type-correct.
 */
import type { Ref } from '../../../../../heap/index.js';
import type { Vm } from '../../../../../runtime/vm.js';
import type { JavaThread } from '../../../../../threads/java-thread.js';
import type { NativeTable } from '../../../../registry.js';
import { casInt, getAndSetInt, intElement } from './atomic-cells.js';

export const natives: NativeTable = {
  className: 'java/util/concurrent/atomic/AtomicReferenceArray',
  methods: {
    'cas0([Ljava/lang/Object;ILjava/lang/Object;Ljava/lang/Object;)Z':
      (vm: Vm, _t: JavaThread, a: Ref, i: number, expect: Ref, update: Ref) => casInt(vm, intElement(a, i), expect, update),
    'getAndSet0([Ljava/lang/Object;ILjava/lang/Object;)Ljava/lang/Object;':
      (vm: Vm, _t: JavaThread, a: Ref, i: number, value: Ref) => getAndSetInt(vm, intElement(a, i), value),
  },
};
