/**
 * @fileoverview Natives of jdk.internal.io.HostFiles: the few primitive file operations java.io,
 * java.nio.file and java.nio.channels are built on (docs/files.md). Files are slots of the VM's
 * open-file table (src/runtime/open-files.ts); failures come back as Linux errno numbers (negative
 * results or an out-parameter) so that Java picks the JDK's exception and message.
 *
 * Writes, metadata operations and reads of at most {@link SYNC_READ_LIMIT} bytes from a regular
 * file are synchronous: they are served from the page cache in microseconds, and parking would
 * cost an event-loop round trip and a thread switch per call (an unbuffered RandomAccessFile
 * reading ints makes one call per byte). Larger reads, and every read of a pipe or device, park
 * only the calling Java thread (the BLOCK pattern of stdin) while the host reads.
 */
import type { Ref } from '../../../../heap/index.js';
import { HostFsError } from '../../../../host/file-system.js';
import { BLOCK } from '../../../../interp/invoke-native.js';
import { JavaThrow } from '../../../../runtime/errors.js';
import type { Vm } from '../../../../runtime/vm.js';
import { JavaThread, ThreadState } from '../../../../threads/java-thread.js';
import type { NativeTable } from '../../../registry.js';
import { arrayLength, newStringArray } from '../../../env.js';

/** The largest file offset a host handles exactly (2^53 - 1). */
const MAX_OFFSET = BigInt(Number.MAX_SAFE_INTEGER);

/** Reads of regular files up to this size are synchronous. */
export const SYNC_READ_LIMIT = 64 * 1024;

/** Linux errno numbers of the POSIX error names a host reports (Java turns them into messages). */
const ERRNO: Record<string, number> = {
  EPERM: 1, ENOENT: 2, EIO: 5, EBADF: 9, EACCES: 13, EBUSY: 16, EEXIST: 17, EXDEV: 18, ENOTDIR: 20,
  EISDIR: 21, EINVAL: 22, EMFILE: 24, EFBIG: 27, ENOSPC: 28, EROFS: 30, ENAMETOOLONG: 36, ENOTEMPTY: 39, ELOOP: 40,
};

/** The errno number for a failure of a host operation. */
export function errnoOf(e: unknown): number {
  if (e instanceof HostFsError) return ERRNO[e.code] ?? ERRNO['EIO']!;
  throw e;
}

/** Messages of the errno numbers above (glibc's strerror, which the JDK prints). */
const MESSAGES: Record<number, string> = {
  1: 'Operation not permitted', 2: 'No such file or directory', 5: 'Input/output error',
  9: 'Bad file descriptor', 13: 'Permission denied', 16: 'Device or resource busy', 17: 'File exists',
  18: 'Invalid cross-device link', 20: 'Not a directory', 21: 'Is a directory', 22: 'Invalid argument',
  24: 'Too many open files', 27: 'File too large', 28: 'No space left on device', 30: 'Read-only file system',
  36: 'File name too long', 39: 'Directory not empty', 40: 'Too many levels of symbolic links',
};

/** An IOException with the host failure's strerror text (as the JDK's stream natives throw). */
function ioError(e: unknown): JavaThrow {
  return new JavaThrow('java/io/IOException', MESSAGES[errnoOf(e)] ?? 'Input/output error');
}

function str(vm: Vm, s: Ref): string {
  if (s === 0) throw new JavaThrow('java/lang/NullPointerException');
  return vm.jsString(s)!;
}

/**
 * A path argument for the host: a relative one is resolved against the VM's working directory
 * (Vm.workingDirectory), not the process's, so a restored program's relative paths still name
 * the files of the directory it was started in (docs/checkpoint.md, "Working directory").
 */
function hostPath(vm: Vm, s: Ref): string {
  const p = str(vm, s);
  if (p.startsWith('/') || p === '') return p;
  const dir = vm.workingDirectory;
  return dir.endsWith('/') ? dir + p : `${dir}/${p}`;
}

function openFile(vm: Vm, fd: number) {
  const f = vm.openFiles.get(fd);
  if (!f) throw new JavaThrow('java/io/IOException', 'Stream Closed');
  return f;
}

/** Parks `t` while the host reads; the call then returns the count (-1 at end of file). */
function readParked(vm: Vm, t: JavaThread, fd: number, len: number): symbol {
  const f = openFile(vm, fd);
  const position = f.position;
  t.state = ThreadState.WaitingForIo;
  vm.scheduler.pendingIo++;
  vm.host.fs.read(f.handle, len, position).then((bytes) => {
    // The array may have moved while we waited: re-read it from the caller's operand stack, where
    // the arguments (fd, b, off, len) stay until the call completes.
    const frame = t.top;
    const base = frame.sp - 4;
    const b = t.stack[base + 1]!, off = t.stack[base + 2]!;
    vm.heap.u8.set(bytes, b + 16 + off);
    // The position moves only now: a read captured while in flight is issued again on restore.
    if (vm.openFiles.get(fd) === f) f.position = position + bytes.length;
    t.resumeValue = bytes.length === 0 ? -1 : bytes.length;
  }, (e: unknown) => {
    t.resumeThrow = { javaClass: 'java/io/IOException', message: e instanceof HostFsError ? MESSAGES[errnoOf(e)] ?? e.code : String(e) };
  }).finally(() => {
    vm.scheduler.pendingIo--;
    vm.scheduler.makeRunnable(t);
  });
  return BLOCK;
}

export const natives: NativeTable = {
  className: 'jdk/internal/io/HostFiles',
  methods: {
    /** Opens a file (a created one gets permission bits `mode`, -1 = default): its slot (>= 3), or -errno. */
    'open0(Ljava/lang/String;II)I': (vm: Vm, _t: JavaThread, path: Ref, flags: number, mode: number) => {
      try {
        return vm.openFiles.open(hostPath(vm, path), flags, mode < 0 ? undefined : mode).fd;
      } catch (e) {
        return -errnoOf(e);
      }
    },
    'read0(I[BII)I': (vm: Vm, t: JavaThread, fd: number, b: Ref, off: number, len: number) => {
      if (len <= 0) return 0;
      const f = openFile(vm, fd);
      if (!f.regular || len > SYNC_READ_LIMIT) return readParked(vm, t, fd, len);
      let bytes: Uint8Array;
      try {
        bytes = vm.host.fs.readSync(f.handle, len, f.position);
      } catch (e) {
        throw ioError(e);
      }
      if (bytes.length === 0) return -1;
      vm.heap.u8.set(bytes, b + 16 + off);
      f.position += bytes.length;
      return bytes.length;
    },
    'write0(I[BII)V': (vm: Vm, _t: JavaThread, fd: number, b: Ref, off: number, len: number) => {
      if (len <= 0) return;
      const f = openFile(vm, fd);
      // The write is synchronous, so the bytes can be handed over in place (no collection meanwhile).
      const bytes = vm.heap.u8.subarray(b + 16 + off, b + 16 + off + len);
      try {
        f.position = vm.host.fs.write(f.handle, bytes, f.mode === 'append' ? null : f.position);
      } catch (e) {
        throw ioError(e);
      }
    },
    'position0(I)J': (vm: Vm, _t: JavaThread, fd: number) => BigInt(openFile(vm, fd).position),
    'seek0(IJ)V': (vm: Vm, _t: JavaThread, fd: number, pos: bigint) => {
      const f = openFile(vm, fd);
      // Offsets beyond what a host can address fail like lseek past the file-size limit.
      if (pos > MAX_OFFSET) throw new JavaThrow('java/io/IOException', MESSAGES[22]!);
      f.position = Number(pos);
    },
    'size0(I)J': (vm: Vm, _t: JavaThread, fd: number) => {
      try {
        return BigInt(vm.host.fs.fstat(openFile(vm, fd).handle).size);
      } catch (e) {
        throw ioError(e);
      }
    },
    'setLength0(IJ)V': (vm: Vm, _t: JavaThread, fd: number, len: bigint) => {
      if (len > MAX_OFFSET) throw new JavaThrow('java/io/IOException', MESSAGES[27]!);
      try {
        vm.host.fs.truncate(openFile(vm, fd).handle, Number(len));
      } catch (e) {
        throw ioError(e);
      }
    },
    'available0(I)I': (vm: Vm, _t: JavaThread, fd: number) => {
      const f = openFile(vm, fd);
      if (!f.regular) return 0;
      try {
        return Math.min(0x7fffffff, Math.max(0, vm.host.fs.fstat(f.handle).size - f.position));
      } catch (e) {
        throw ioError(e);
      }
    },
    'sync0(I)V': (vm: Vm, _t: JavaThread, fd: number) => {
      try {
        vm.host.fs.sync(openFile(vm, fd).handle);
      } catch (e) {
        throw ioError(e);
      }
    },
    'close0(I)V': (vm: Vm, _t: JavaThread, fd: number) => {
      try {
        vm.openFiles.close(fd);
      } catch (e) {
        throw ioError(e);
      }
    },
    /**
     * Status of a path: 0 missing, 1 regular file, 2 directory, 3 symbolic link (when not
     * following), 4 other, or -errno; `out` gets size, modification time (ms), permission bits.
     */
    'stat0(Ljava/lang/String;Z[J)I': (vm: Vm, _t: JavaThread, path: Ref, follow: number, out: Ref) => {
      let st;
      try {
        st = vm.host.fs.stat(hostPath(vm, path), follow !== 0);
      } catch (e) {
        return -errnoOf(e);
      }
      if (st === null) return 0;
      if (out !== 0 && arrayLength(vm, out) >= 3) {
        const base = (out + 16) >> 3;
        vm.heap.i64[base] = BigInt(st.size);
        vm.heap.i64[base + 1] = BigInt(Math.floor(st.mtimeMs));
        vm.heap.i64[base + 2] = BigInt(st.mode);
      }
      return st.kind === 'file' ? 1 : st.kind === 'directory' ? 2 : st.kind === 'symlink' ? 3 : 4;
    },
    'access0(Ljava/lang/String;I)Z': (vm: Vm, _t: JavaThread, path: Ref, how: number) =>
      vm.host.fs.access(hostPath(vm, path), how === 0 ? 'r' : how === 1 ? 'w' : 'x') ? 1 : 0,
    /** Entry names of a directory, or null with errno in err[0]. */
    'list0(Ljava/lang/String;[I)[Ljava/lang/String;': (vm: Vm, _t: JavaThread, path: Ref, err: Ref) => {
      let names: string[];
      try {
        names = vm.host.fs.list(hostPath(vm, path));
      } catch (e) {
        const errno = errnoOf(e);
        if (err !== 0 && arrayLength(vm, err) > 0) vm.heap.i32[(err + 16) >> 2] = errno;
        return 0;
      }
      return newStringArray(vm, names);
    },
    'mkdir0(Ljava/lang/String;I)I': (vm: Vm, _t: JavaThread, path: Ref, mode: number) =>
      run(() => vm.host.fs.mkdir(hostPath(vm, path), mode < 0 ? undefined : mode)),
    'chmod0(Ljava/lang/String;I)I': (vm: Vm, _t: JavaThread, path: Ref, mode: number) => run(() => vm.host.fs.chmod(hostPath(vm, path), mode)),
    'delete0(Ljava/lang/String;)I': (vm: Vm, _t: JavaThread, path: Ref) => run(() => vm.host.fs.delete(hostPath(vm, path))),
    'rename0(Ljava/lang/String;Ljava/lang/String;)I': (vm: Vm, _t: JavaThread, from: Ref, to: Ref) =>
      run(() => vm.host.fs.rename(hostPath(vm, from), hostPath(vm, to))),
    'copy0(Ljava/lang/String;Ljava/lang/String;Z)I': (vm: Vm, _t: JavaThread, from: Ref, to: Ref, replace: number) =>
      run(() => vm.host.fs.copy(hostPath(vm, from), hostPath(vm, to), replace !== 0)),
    'setLastModified0(Ljava/lang/String;J)I': (vm: Vm, _t: JavaThread, path: Ref, ms: bigint) =>
      run(() => vm.host.fs.setLastModified(hostPath(vm, path), Number(ms))),
    /** The canonical (link-free) form of an existing path, or null. */
    'realpath0(Ljava/lang/String;)Ljava/lang/String;': (vm: Vm, _t: JavaThread, path: Ref) => {
      let real: string;
      try {
        real = vm.host.fs.realpath(hostPath(vm, path));
      } catch (e) {
        errnoOf(e);
        return 0;
      }
      return vm.newString(real);
    },
    /** The directory relative paths resolve against (Vm.workingDirectory; a restored VM's is the image's). */
    'workingDirectory0()Ljava/lang/String;': (vm: Vm) => vm.newString(vm.workingDirectory),
    /** glibc's text for an errno number, as the JDK prints it. */
    'strerror0(I)Ljava/lang/String;': (vm: Vm, _t: JavaThread, errno: number) =>
      vm.newString(MESSAGES[errno] ?? `Unknown error ${errno}`),
  },
};

/** Runs a host operation: 0, or -errno when it fails. */
function run(fn: () => void): number {
  try {
    fn();
    return 0;
  } catch (e) {
    return -errnoOf(e);
  }
}
