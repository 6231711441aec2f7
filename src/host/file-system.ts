/**
 * @fileoverview The host's file system: what java.io and java.nio.file need from the platform,
 * behind an interface so the VM core does not touch Node (DESIGN "Layers"). Handles are the
 * platform's own numbers; the VM never hands them to Java — Java sees slots of the VM's open-file
 * table (src/runtime/open-files.ts), which is what a checkpoint records.
 *
 * Failures throw {@link HostFsError} with a POSIX error name (`ENOENT`, `EACCES`...): the class
 * library turns it into the JDK's exception and message.
 */

/** Open flags (a bit set), modelled on java.nio.file.StandardOpenOption. */
export const enum OpenFlag {
  Read = 1,
  Write = 2,
  /** Every write goes to the end of the file (O_APPEND). */
  Append = 4,
  /** Create the file if it does not exist. */
  Create = 8,
  /** Create the file; fail with EEXIST if it exists. */
  CreateNew = 16,
  /** Truncate an existing file to 0 bytes when opening for writing. */
  Truncate = 32,
}

/** What a stat tells about one path. */
export interface FileStat {
  kind: 'file' | 'directory' | 'symlink' | 'other';
  size: number;
  /** Last modification, ms since the epoch (fractional part kept). */
  mtimeMs: number;
  /** Permission bits (0o777). */
  mode: number;
}

/** A failed file-system operation; `code` is the POSIX error name. */
export class HostFsError extends Error {
  constructor(readonly code: string, message?: string) {
    super(message ?? code);
  }
}

/** File-system operations of a host. Everything but {@link read} is synchronous. */
export interface HostFileSystem {
  /**
   * Opens `path` with {@link OpenFlag} `flags` and returns a host handle. A directory opened for
   * reading fails with EISDIR (as the JDK's FileInputStream reports it). A file it creates gets
   * permission bits `mode` (default 0o666) less the process umask.
   */
  open(path: string, flags: number, mode?: number): number;
  /**
   * Reads up to `length` bytes at byte `position` without moving any file offset (positional, so
   * a read can be issued again with the same result). Resolves to an empty array at end of file.
   */
  read(handle: number, length: number, position: number): Promise<Uint8Array>;
  /** The synchronous form of {@link read}, for small reads of regular files. */
  readSync(handle: number, length: number, position: number): Uint8Array;
  /**
   * Writes all of `bytes` at `position`, or at the end of the file when `position` is null (for
   * handles opened with {@link OpenFlag.Append}); returns the offset just after the written bytes.
   */
  write(handle: number, bytes: Uint8Array, position: number | null): number;
  /** Status of an open handle. */
  fstat(handle: number): FileStat;
  /** Sets the length of an open file (extending with zeros or cutting). */
  truncate(handle: number, length: number): void;
  /** Forces written data to the storage device. */
  sync(handle: number): void;
  close(handle: number): void;
  /** Status of `path` (following a final symbolic link unless `followLinks` is false), or null when it does not exist. */
  stat(path: string, followLinks: boolean): FileStat | null;
  /** Whether the process may read ('r'), write ('w') or execute/search ('x') `path`. */
  access(path: string, how: 'r' | 'w' | 'x'): boolean;
  /** Names of the entries of directory `dir` (without "." and ".."), in the platform's order. */
  list(dir: string): string[];
  /** Creates directory `path` (its parent must exist) with `mode` (default 0o777) less the umask. */
  mkdir(path: string, mode?: number): void;
  /** Sets the permission bits of `path` (0o777). */
  chmod(path: string, mode: number): void;
  /** Deletes a file, a symbolic link or an empty directory. */
  delete(path: string): void;
  /** Renames `from` to `to`, replacing a file `to` (POSIX rename). */
  rename(from: string, to: string): void;
  /** Copies the regular file `from` to `to`; without `replace` an existing `to` fails with EEXIST. */
  copy(from: string, to: string, replace: boolean): void;
  /** The canonical path (symbolic links resolved); throws when a component does not exist. */
  realpath(path: string): string;
  /** `path` made absolute against the process working directory (no link resolution). */
  absolute(path: string): string;
  /** Sets the modification time of `path` (ms since the epoch). */
  setLastModified(path: string, mtimeMs: number): void;
  /** The directory for temporary files. */
  tempDirectory(): string;
}
