/**
 * @fileoverview Natives of java.io.FileOutputStream: writes to the standard streams go to the
 * host's buffered stdout/stderr (docs/classlib-contract.md).
 */
import type { Ref } from '../../../heap/index.js';
import { JavaThrow } from '../../../runtime/errors.js';
import type { Vm } from '../../../runtime/vm.js';
import type { JavaThread } from '../../../threads/java-thread.js';
import { getIntField } from '../../env.js';
import type { NativeTable } from '../../registry.js';

/** The OS-level descriptor number behind a FileInputStream/FileOutputStream. */
export function fdOf(vm: Vm, stream: Ref, cls: string): number {
  const fd = getIntField(vm, stream, cls, 'fd');
  if (fd === 0) throw new JavaThrow('java/io/IOException', 'Stream Closed');
  return getIntField(vm, fd, 'java/io/FileDescriptor', 'fd');
}

export const natives: NativeTable = {
  className: 'java/io/FileOutputStream',
  methods: {
    'writeBytes([BII)V': (vm: Vm, _t: JavaThread, self: Ref, b: Ref, off: number, len: number) => {
      const fd = fdOf(vm, self, 'java/io/FileOutputStream');
      if (fd !== 1 && fd !== 2) throw new JavaThrow('java/io/IOException', 'Bad file descriptor');
      if (len <= 0) return;
      vm.host.write(fd, vm.heap.u8.subarray(b + 16 + off, b + 16 + off + len));
    },
  },
};
