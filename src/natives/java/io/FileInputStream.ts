/**
 * @fileoverview Natives of java.io.FileInputStream: standard input read through the host without
 * blocking other Java threads (the reading thread parks until the host delivers bytes).
 */
import type { Ref } from '../../../heap/index.js';
import { BLOCK } from '../../../interp/invoke-native.js';
import { JavaThrow } from '../../../runtime/errors.js';
import type { Vm } from '../../../runtime/vm.js';
import { JavaThread, ThreadState } from '../../../threads/java-thread.js';
import type { NativeTable } from '../../registry.js';
import { fdOf } from './FileOutputStream.js';

/** Starts an asynchronous stdin read into the byte[] argument; the thread resumes with the count. */
function readStdin(vm: Vm, t: JavaThread, len: number): symbol {
  t.state = ThreadState.WaitingForIo;
  vm.scheduler.pendingIo++;
  void vm.host.readStdin(len).then((bytes) => {
    vm.scheduler.pendingIo--;
    // The array may have moved while we waited: re-read it from the caller's operand stack,
    // where the arguments (this, b, off, len) stay until the call completes.
    const f = t.top;
    const base = f.sp - 4;
    const b = t.stack[base + 1]!, off = t.stack[base + 2]!;
    vm.heap.u8.set(bytes, b + 16 + off);
    t.resumeValue = bytes.length === 0 ? -1 : bytes.length;
    vm.scheduler.makeRunnable(t);
  });
  return BLOCK;
}

export const natives: NativeTable = {
  className: 'java/io/FileInputStream',
  methods: {
    'readBytes([BII)I': (vm: Vm, t: JavaThread, self: Ref, _b: Ref, _off: number, len: number) => {
      const fd = fdOf(vm, self, 'java/io/FileInputStream');
      if (fd !== 0) throw new JavaThrow('java/io/IOException', 'Bad file descriptor');
      if (len <= 0) return 0;
      return readStdin(vm, t, len);
    },
    'available0()I': () => 0,
  },
};
