/**
 * @fileoverview Natives of java.util.concurrent.locks.LockSupport: park/unpark on green threads
 * (docs/threading.md). The permit and the parked state live in the JavaThread, so a checkpoint sees
 * them as plain data.
 */
import type { Ref } from '../../../../../heap/index.js';
import { BLOCK } from '../../../../../interp/invoke-native.js';
import type { Vm } from '../../../../../runtime/vm.js';
import { type JavaThread, ThreadState } from '../../../../../threads/java-thread.js';
import type { NativeTable } from '../../../../registry.js';
import { threadOf } from '../../../lang/Thread.js';

/** park0: consumes the permit, or parks until unpark, interrupt or the deadline. */
function park0(vm: Vm, t: JavaThread, isAbsolute: number, time: bigint): symbol | void {
  if (t.parkPermit) {
    t.parkPermit = false;
    return;
  }
  if (t.interrupted) return;
  const now = vm.host.currentTimeMillis();
  let deadline = 0;
  if (isAbsolute) {
    deadline = Number(time);
    if (deadline <= now) return;
  } else if (time > 0n) {
    deadline = now + Number(time) / 1e6;
  }
  t.state = ThreadState.Parked;
  t.deadline = deadline;
  return BLOCK;
}

/** unpark0: wakes `thread` if it is parked, else leaves it a permit. */
function unpark0(vm: Vm, _t: JavaThread, thread: Ref): void {
  const target = threadOf(vm, thread);
  if (!target || target.state === ThreadState.Terminated) return;
  if (target.state === ThreadState.Parked) vm.scheduler.makeRunnable(target);
  else target.parkPermit = true;
}

/** Address of the parkBlocker field of Thread object `thread`. */
function blockerAddress(vm: Vm, thread: Ref): number {
  return (thread + vm.fieldOffset('java/lang/Thread', 'parkBlocker')) >> 2;
}

export const natives: NativeTable = {
  className: 'java/util/concurrent/locks/LockSupport',
  methods: {
    'park0(ZJ)V': park0,
    'unpark0(Ljava/lang/Thread;)V': unpark0,
    'getBlocker0(Ljava/lang/Thread;)Ljava/lang/Object;': (vm: Vm, _t: JavaThread, thread: Ref) => vm.heap.i32[blockerAddress(vm, thread)]!,
    'setBlocker0(Ljava/lang/Thread;Ljava/lang/Object;)V': (vm: Vm, _t: JavaThread, thread: Ref, blocker: Ref) => {
      vm.heap.i32[blockerAddress(vm, thread)] = blocker;
    },
  },
};
