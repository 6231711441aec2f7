/**
 * @fileoverview Natives of java.lang.Thread: starting green threads, sleeping, yielding,
 * interrupts and liveness (docs/threading.md).
 */
import type { Ref } from '../../../heap/index.js';
import { BLOCK } from '../../../interp/invoke-native.js';
import { JavaThrow } from '../../../runtime/errors.js';
import type { Vm } from '../../../runtime/vm.js';
import { FrameKind } from '../../../threads/frame.js';
import { JavaThread, ThreadState } from '../../../threads/java-thread.js';
import { getByteField, getIntField } from '../../env.js';
import type { NativeTable } from '../../registry.js';

/** The green thread of a java.lang.Thread object, if it was started. */
export function threadOf(vm: Vm, obj: Ref): JavaThread | undefined {
  return vm.scheduler.threads.find((t) => t.threadObject === obj);
}

/** Thread.start0: a new green thread whose first frame runs `run()`. */
function start0(vm: Vm, _t: JavaThread, self: Ref): void {
  const run = vm.classOf(self).findMethod('run', '()V');
  if (!run || !run.code) throw new JavaThrow('java/lang/InternalError', 'Thread.run missing');
  const name = vm.jsString(getIntField(vm, self, 'java/lang/Thread', 'name')) ?? 'Thread';
  const t = vm.newThread(name);
  t.threadObject = self;
  t.daemon = getByteField(vm, self, 'java/lang/Thread', 'daemon') !== 0;
  t.stack[0] = self;
  t.pushFrame(run, 0, FrameKind.Reexecute);
  vm.scheduler.add(t);
}

/** Thread.State ordinals as the class library's getState0 expects them (NEW..TERMINATED). */
function stateOf(t: JavaThread | undefined): number {
  if (!t) return 0;
  switch (t.state) {
    case ThreadState.Runnable: case ThreadState.WaitingForIo: case ThreadState.WaitingForClassInit: return 1;
    case ThreadState.BlockedOnMonitor: return 2;
    case ThreadState.Waiting: case ThreadState.Parked: case ThreadState.Sleeping: return t.deadline !== 0 ? 4 : 3;
    case ThreadState.Terminated: return 5;
  }
  return 1;
}

export const natives: NativeTable = {
  className: 'java/lang/Thread',
  methods: {
    'currentThread()Ljava/lang/Thread;': (_vm: Vm, t: JavaThread) => t.threadObject,
    'start0()V': start0,
    'sleep0(J)V': (vm: Vm, t: JavaThread, millis: bigint) => {
      if (t.interrupted) {
        t.interrupted = false;
        throw new JavaThrow('java/lang/InterruptedException', 'sleep interrupted');
      }
      t.state = ThreadState.Sleeping;
      t.deadline = vm.host.currentTimeMillis() + Math.max(0, Number(millis));
      return BLOCK;
    },
    'yield()V': (vm: Vm, t: JavaThread) => {
      vm.scheduler.makeRunnable(t);
      return BLOCK;
    },
    'interrupt0()V': (vm: Vm, t: JavaThread, self: Ref) => {
      const target = threadOf(vm, self);
      if (target && target.state !== ThreadState.Terminated) vm.scheduler.interrupt(target);
      else if (self === t.threadObject) t.interrupted = true;
    },
    'isInterrupted0(Z)Z': (vm: Vm, _t: JavaThread, self: Ref, clear: number) => {
      const target = threadOf(vm, self);
      if (!target) return 0;
      const was = target.interrupted;
      if (clear) target.interrupted = false;
      return was ? 1 : 0;
    },
    'isAlive()Z': (vm: Vm, _t: JavaThread, self: Ref) => {
      const target = threadOf(vm, self);
      return target !== undefined && target.state !== ThreadState.Terminated ? 1 : 0;
    },
    'holdsLock(Ljava/lang/Object;)Z': (vm: Vm, t: JavaThread, obj: Ref) => {
      if (obj === 0) throw new JavaThrow('java/lang/NullPointerException');
      return vm.monitors.holds(t, obj) ? 1 : 0;
    },
    'setPriority0(I)V': () => undefined,
    'getState0()I': (vm: Vm, _t: JavaThread, self: Ref) => {
      const t = threadOf(vm, self);
      // No green thread: never started (NEW), or ended before this VM was restored (TERMINATED).
      if (!t) return getByteField(vm, self, 'java/lang/Thread', 'started') !== 0 ? 5 : 0;
      return stateOf(t);
    },
  },
};
