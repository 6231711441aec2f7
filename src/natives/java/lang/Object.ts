/**
 * @fileoverview Natives of java.lang.Object: identity, cloning (JLS §6.4.1 Object.clone) and
 * the monitor methods wait/notify (JLS §17.2).
 */
import type { Ref } from '../../../heap/index.js';
import { BLOCK } from '../../../interp/invoke-native.js';
import { JavaThrow } from '../../../runtime/errors.js';
import type { Vm } from '../../../runtime/vm.js';
import type { JavaThread } from '../../../threads/java-thread.js';
import type { NativeTable } from '../../registry.js';

/** Object.clone: a shallow copy; arrays are always cloneable, other classes must implement Cloneable. */
export function cloneObject(vm: Vm, self: Ref): Ref {
  const cls = vm.classOf(self);
  let copy: Ref;
  if (cls.array) {
    copy = vm.newArray(cls, vm.heap.i32[(self + 8) >> 2]!);
  } else {
    if (!cls.supertypes.has(vm.registry.load('java/lang/Cloneable'))) {
      throw new JavaThrow('java/lang/CloneNotSupportedException', cls.javaName);
    }
    copy = vm.allocInstance(cls);
  }
  const size = vm.heap.objectSize(self);
  vm.heap.u8.copyWithin(copy + 8, self + 8, self + size);
  return copy;
}

export const natives: NativeTable = {
  className: 'java/lang/Object',
  methods: {
    'getClass()Ljava/lang/Class;': (vm: Vm, _t: JavaThread, self: Ref) => vm.mirror(vm.classOf(self)),
    'hashCode()I': (vm: Vm, _t: JavaThread, self: Ref) => vm.heap.identityHash(self),
    'clone()Ljava/lang/Object;': (vm: Vm, _t: JavaThread, self: Ref) => cloneObject(vm, self),
    'notify()V': (vm: Vm, t: JavaThread, self: Ref) => vm.monitors.notify(t, self, false),
    'notifyAll()V': (vm: Vm, t: JavaThread, self: Ref) => vm.monitors.notify(t, self, true),
    'wait0(J)V': (vm: Vm, t: JavaThread, self: Ref, millis: bigint) => {
      if (!vm.monitors.holds(t, self)) throw new JavaThrow('java/lang/IllegalMonitorStateException', 'current thread is not owner');
      if (t.interrupted) {
        t.interrupted = false;
        throw new JavaThrow('java/lang/InterruptedException');
      }
      const deadline = millis > 0n ? vm.host.currentTimeMillis() + Number(millis) : 0;
      vm.monitors.wait(t, self, deadline);
      return BLOCK;
    },
  },
};
