/**
 * @fileoverview Natives of java.lang.Throwable: recording the backtrace (method id, pc pairs) and
 * turning it into StackTraceElements on demand, as HotSpot does lazily.
 */
import type { Ref } from '../../../heap/index.js';
import type { Vm } from '../../../runtime/vm.js';
import type { JavaThread } from '../../../threads/java-thread.js';
import { getIntField } from '../../env.js';
import type { NativeTable } from '../../registry.js';

/** Builds StackTraceElement[] from a throwable's backtrace. */
export function stackTraceOf(vm: Vm, self: Ref): Ref {
  const h = vm.heap;
  const bt = getIntField(vm, self, 'java/lang/Throwable', 'backtrace');
  const n = bt === 0 ? 0 : h.i32[(bt + 8) >> 2]! >> 1;
  const steClass = vm.registry.load('java/lang/StackTraceElement');
  const arr = vm.newArray(vm.registry.load('[Ljava/lang/StackTraceElement;'), n);
  const off = (f: string) => vm.fieldOffset('java/lang/StackTraceElement', f);
  for (let i = 0; i < n; i++) {
    const m = vm.methods[h.i32[((bt + 16) >> 2) + 2 * i]!]!;
    const pc = h.i32[((bt + 16) >> 2) + 2 * i + 1]!;
    const e = vm.allocInstance(steClass);
    const str = (s: string | null) => (s === null ? 0 : vm.constRefs[vm.internIndex(s)]!);
    h.i32[(e + off('declaringClass')) >> 2] = str(m.owner.javaName);
    h.i32[(e + off('methodName')) >> 2] = str(m.name);
    h.i32[(e + off('fileName')) >> 2] = str(m.owner.file?.sourceFile ?? null);
    h.i32[(e + off('lineNumber')) >> 2] = vm.lineNumber(m, pc);
    h.i32[(e + off('moduleName')) >> 2] = str(m.owner.loader === 'boot' ? 'java.base' : null);
    h.i32[((arr + 16) >> 2) + i] = e;
  }
  return arr;
}

export const natives: NativeTable = {
  className: 'java/lang/Throwable',
  methods: {
    'fillInStackTrace0()Ljava/lang/Throwable;': (vm: Vm, t: JavaThread, self: Ref) => {
      vm.fillBacktrace(t, self, true);
      return self;
    },
    'getStackTrace0()[Ljava/lang/StackTraceElement;': (vm: Vm, _t: JavaThread, self: Ref) => stackTraceOf(vm, self),
  },
};
