/**
 * @fileoverview Natives of java.util.concurrent.CompletableFuture: atomic compare-and-set of the
 * `result` and `stack` fields, of a Completion's `next` link and of its `claimed` flag (a native
 * runs without a green-thread switch; references compare by identity, see atomic/atomic-cells.ts).
 */
import type { Ref } from '../../../../heap/index.js';
import type { Vm } from '../../../../runtime/vm.js';
import type { JavaThread } from '../../../../threads/java-thread.js';
import type { NativeTable } from '../../../registry.js';
import { casInt, intSlot } from './atomic/atomic-cells.js';

const CLS = 'java/util/concurrent/CompletableFuture';
const COMPLETION = 'java/util/concurrent/CompletableFuture$Completion';
const COMPLETION_SIG = 'Ljava/util/concurrent/CompletableFuture$Completion;';

export const natives: NativeTable = {
  className: CLS,
  methods: {
    'casResult(Ljava/lang/Object;Ljava/lang/Object;)Z': (vm: Vm, _t: JavaThread, self: Ref, cmp: Ref, val: Ref) =>
      casInt(vm, intSlot(vm, self, CLS, 'result'), cmp, val),
    [`casStack(${COMPLETION_SIG}${COMPLETION_SIG})Z`]: (vm: Vm, _t: JavaThread, self: Ref, cmp: Ref, val: Ref) =>
      casInt(vm, intSlot(vm, self, CLS, 'stack'), cmp, val),
    [`casNext(${COMPLETION_SIG}${COMPLETION_SIG}${COMPLETION_SIG})Z`]: (vm: Vm, _t: JavaThread, c: Ref, cmp: Ref, val: Ref) =>
      casInt(vm, intSlot(vm, c, COMPLETION, 'next'), cmp, val),
    [`claim0(${COMPLETION_SIG})Z`]: (vm: Vm, _t: JavaThread, c: Ref) =>
      casInt(vm, intSlot(vm, c, COMPLETION, 'claimed'), 0, 1),
  },
};
