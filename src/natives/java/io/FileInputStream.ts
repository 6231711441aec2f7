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

/**
 * Reads standard input into the byte[] argument: what the host has read ahead is taken at once;
 * otherwise the thread waits for input (other threads run on) and takes it, in the same turn the
 * host delivers it, straight into the array (so a checkpoint finds every byte either in the host's
 * read-ahead or in the heap).
 */
function readStdin(vm: Vm, t: JavaThread, b: Ref, off: number, len: number): number | symbol {
  const now = vm.host.stdin.take(len);
  if (now !== null) {
    vm.heap.u8.set(now, b + 16 + off);
    return now.length === 0 ? -1 : now.length;
  }
  t.state = ThreadState.WaitingForIo;
  vm.scheduler.pendingIo++;
  const wait = (): void => void vm.host.stdin.readable().then(() => {
    const bytes = vm.host.stdin.take(len);
    if (bytes === null) return wait(); // another thread took them first
    vm.scheduler.pendingIo--;
    // The array may have moved while we waited: re-read it from the caller's operand stack,
    // where the arguments (this, b, off, len) stay until the call completes.
    const f = t.top;
    const base = f.sp - 4;
    const arr = t.stack[base + 1]!, at = t.stack[base + 2]!;
    vm.heap.u8.set(bytes, arr + 16 + at);
    t.resumeValue = bytes.length === 0 ? -1 : bytes.length;
    vm.scheduler.makeRunnable(t);
  });
  wait();
  return BLOCK;
}

export const natives: NativeTable = {
  className: 'java/io/FileInputStream',
  methods: {
    'readBytes([BII)I': (vm: Vm, t: JavaThread, self: Ref, b: Ref, off: number, len: number) => {
      const fd = fdOf(vm, self, 'java/io/FileInputStream');
      if (fd !== 0) throw new JavaThrow('java/io/IOException', 'Bad file descriptor');
      if (len <= 0) return 0;
      return readStdin(vm, t, b, off, len);
    },
    'available0()I': () => 0,
  },
};
