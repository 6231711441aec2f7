/**
 * @fileoverview The VM's open-file table: every file a Java program holds open, as plain data
 * (absolute path, mode, position, host handle). Java's FileDescriptor.fd is a slot number of this
 * table (0..2 stay the standard streams), never a host handle, so a checkpoint can record each
 * open file as (slot, path, mode, position) and a restored VM can reopen it under the same slot
 * (DESIGN "Checkpoint image": open files). Reads and writes are positional and the table owns the
 * position, so a read that was in flight when an image was taken can simply be issued again.
 * See docs/files.md.
 */
import { HostFsError, OpenFlag, type HostFileSystem } from '../host/file-system.js';

/** How a file is open, as a checkpoint will record it. */
export type OpenFileMode = 'read' | 'write' | 'append' | 'readwrite';

/** One open file. Plain data: no closures, nothing host-specific but `handle`. */
export interface OpenFile {
  /** Slot number (Java's FileDescriptor.fd), 3 and up. */
  readonly fd: number;
  /** Absolute path it was opened under. */
  readonly path: string;
  readonly mode: OpenFileMode;
  /** The {@link OpenFlag} bits it was opened with (create/truncate matter only at open). */
  readonly flags: number;
  /** Offset of the next read or write (append mode: the end after the last write). */
  position: number;
  /** Whether it is a regular file (reads of other files, such as pipes, can take any time). */
  readonly regular: boolean;
  /** The host's handle; meaningless in another process. */
  handle: number;
}

/**
 * What a checkpoint saves of the files (docs/checkpoint.md "Files"): the contents of files open
 * for writing (`written`), of every open file (`open`) or of none; and every file under
 * `directories`, open or not.
 */
export interface FileCapturePolicy {
  contents: 'open' | 'written' | 'none';
  directories: string[];
}

/** First slot number given to files; 0, 1 and 2 are the standard streams. */
export const FIRST_FILE_FD = 3;

function modeOf(flags: number): OpenFileMode {
  if (flags & OpenFlag.Append) return 'append';
  const read = (flags & OpenFlag.Read) !== 0;
  const write = (flags & OpenFlag.Write) !== 0;
  return read && write ? 'readwrite' : write ? 'write' : 'read';
}

/** The open files of one VM. */
export class OpenFileTable {
  private readonly files = new Map<number, OpenFile>();

  constructor(private readonly fs: HostFileSystem) {}

  /**
   * Opens `path` with {@link OpenFlag} `flags` (a created file gets permission bits `mode`);
   * throws HostFsError (ENOENT, EACCES, EISDIR...).
   */
  open(path: string, flags: number, mode?: number): OpenFile {
    const handle = this.fs.open(path, flags, mode);
    const absolute = this.fs.absolute(path);
    let regular = true;
    let position = 0;
    try {
      const st = this.fs.fstat(handle);
      regular = st.kind === 'file';
      if (flags & OpenFlag.Append) position = st.size;
    } catch (e) {
      this.fs.close(handle);
      throw e;
    }
    const file: OpenFile = { fd: this.allocateFd(), path: absolute, mode: modeOf(flags), flags, position, regular, handle };
    this.files.set(file.fd, file);
    return file;
  }

  /** The smallest free slot (like POSIX descriptors), so numbers stay small and stable. */
  private allocateFd(): number {
    let fd = FIRST_FILE_FD;
    while (this.files.has(fd)) fd++;
    return fd;
  }

  /** The open file in slot `fd`, or undefined. */
  get(fd: number): OpenFile | undefined {
    return this.files.get(fd);
  }

  /** The open file in slot `fd`; throws HostFsError EBADF when the slot is free. */
  require(fd: number): OpenFile {
    const f = this.files.get(fd);
    if (!f) throw new HostFsError('EBADF', 'Bad file descriptor');
    return f;
  }

  /** Closes slot `fd` (a free slot is ignored, as closing twice is harmless in Java). */
  close(fd: number): void {
    const f = this.files.get(fd);
    if (!f) return;
    this.files.delete(fd);
    this.fs.close(f.handle);
  }

  /** Every open file, by slot number (copies: changing them does not change the table). */
  list(): OpenFile[] {
    return [...this.files.values()].sort((a, b) => a.fd - b.fd).map((f) => ({ ...f }));
  }

  /**
   * Puts a file back under its old slot (a restored image): opens `path` again without creating or
   * truncating it and continues at `position`.
   */
  reopen(fd: number, path: string, mode: OpenFileMode, position: number): OpenFile {
    if (fd < FIRST_FILE_FD || this.files.has(fd)) throw new HostFsError('EBADF', `slot ${fd} is not free`);
    const flags = mode === 'read' ? OpenFlag.Read : mode === 'write' ? OpenFlag.Write : mode === 'append' ? OpenFlag.Append : OpenFlag.Read | OpenFlag.Write;
    const handle = this.fs.open(path, flags);
    const regular = this.fs.fstat(handle).kind === 'file';
    const file: OpenFile = { fd, path, mode, flags, position, regular, handle };
    this.files.set(fd, file);
    return file;
  }

  /** Closes every file (the VM is ending). */
  closeAll(): void {
    for (const fd of [...this.files.keys()]) {
      try {
        this.close(fd);
      } catch {
        // the process is ending; nothing useful to do with a failed close
      }
    }
  }
}
