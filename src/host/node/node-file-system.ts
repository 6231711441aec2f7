/**
 * @fileoverview The Node.js {@link HostFileSystem}: `node:fs` calls, positional reads and writes
 * (a handle has no offset the VM relies on), errors turned into {@link HostFsError} by POSIX name.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { HostFsError, OpenFlag, type FileStat, type HostFileSystem } from '../file-system.js';

/** Runs `fn`, turning a Node error into a HostFsError with the same code. */
function wrap<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    throw toHostError(e);
  }
}

function toHostError(e: unknown): HostFsError {
  const err = e as NodeJS.ErrnoException;
  return new HostFsError(err.code ?? 'EIO', err.message);
}

function statOf(s: fs.Stats): FileStat {
  const kind = s.isFile() ? 'file' : s.isDirectory() ? 'directory' : s.isSymbolicLink() ? 'symlink' : 'other';
  return { kind, size: s.size, mtimeMs: s.mtimeMs, mode: s.mode & 0o777 };
}

/** Node's open flags for an {@link OpenFlag} set. */
function nodeFlags(flags: number): number {
  const c = fs.constants;
  const read = (flags & OpenFlag.Read) !== 0;
  const write = (flags & (OpenFlag.Write | OpenFlag.Append)) !== 0;
  let f = read && write ? c.O_RDWR : write ? c.O_WRONLY : c.O_RDONLY;
  if (flags & OpenFlag.Append) f |= c.O_APPEND;
  if (flags & OpenFlag.CreateNew) f |= c.O_CREAT | c.O_EXCL;
  else if (flags & OpenFlag.Create) f |= c.O_CREAT;
  if ((flags & OpenFlag.Truncate) && write) f |= c.O_TRUNC;
  return f;
}

/** Creates the Node.js file system. */
export function createNodeFileSystem(): HostFileSystem {
  return {
    open(p, flags, mode = 0o666) {
      return wrap(() => {
        const h = fs.openSync(p, nodeFlags(flags), mode);
        // Linux opens a directory read-only without complaint; the JDK refuses it as EISDIR.
        if (fs.fstatSync(h).isDirectory()) {
          fs.closeSync(h);
          throw Object.assign(new Error(`EISDIR: ${p}`), { code: 'EISDIR' });
        }
        return h;
      });
    },
    read(handle, length, position) {
      return new Promise((resolve, reject) => {
        const buf = Buffer.allocUnsafe(length);
        fs.read(handle, buf, 0, length, position, (err, n) => {
          if (err) reject(toHostError(err));
          else resolve(new Uint8Array(buf.buffer, buf.byteOffset, n));
        });
      });
    },
    readSync(handle, length, position) {
      return wrap(() => {
        const buf = Buffer.allocUnsafe(length);
        const n = fs.readSync(handle, buf, 0, length, position);
        return new Uint8Array(buf.buffer, buf.byteOffset, n);
      });
    },
    write(handle, bytes, position) {
      return wrap(() => {
        let off = 0;
        while (off < bytes.length) {
          const at = position === null ? null : position + off;
          off += fs.writeSync(handle, bytes, off, bytes.length - off, at);
        }
        return position === null ? fs.fstatSync(handle).size : position + bytes.length;
      });
    },
    fstat: (handle) => wrap(() => statOf(fs.fstatSync(handle))),
    truncate: (handle, length) => wrap(() => fs.ftruncateSync(handle, length)),
    sync: (handle) => wrap(() => fs.fsyncSync(handle)),
    close: (handle) => wrap(() => fs.closeSync(handle)),
    stat(p, followLinks) {
      try {
        return statOf(followLinks ? fs.statSync(p) : fs.lstatSync(p));
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'ENOENT' || code === 'ENOTDIR') return null;
        throw toHostError(e);
      }
    },
    access(p, how) {
      const c = fs.constants;
      try {
        fs.accessSync(p, how === 'r' ? c.R_OK : how === 'w' ? c.W_OK : c.X_OK);
        return true;
      } catch {
        return false;
      }
    },
    list(dir) {
      // readdir order, as the JDK reports it (fs.readdirSync would sort the names).
      return wrap(() => {
        const d = fs.opendirSync(dir);
        try {
          const names: string[] = [];
          for (let e = d.readSync(); e !== null; e = d.readSync()) names.push(e.name);
          return names;
        } finally {
          d.closeSync();
        }
      });
    },
    mkdir: (p, mode = 0o777) => wrap(() => fs.mkdirSync(p, { mode })),
    chmod: (p, mode) => wrap(() => fs.chmodSync(p, mode)),
    delete(p) {
      wrap(() => {
        if (fs.lstatSync(p).isDirectory()) fs.rmdirSync(p);
        else fs.unlinkSync(p);
      });
    },
    rename: (from, to) => wrap(() => fs.renameSync(from, to)),
    copy: (from, to, replace) => wrap(() => fs.copyFileSync(from, to, replace ? 0 : fs.constants.COPYFILE_EXCL)),
    realpath: (p) => wrap(() => fs.realpathSync(p)),
    absolute: (p) => path.resolve(p),
    setLastModified: (p, ms) => wrap(() => {
      // libuv takes seconds as a double and truncates the nanoseconds; half a microsecond more
      // (above the double's resolution here) makes the millisecond read back exactly.
      const atime = fs.statSync(p).atimeMs / 1000;
      fs.utimesSync(p, atime, (ms + 0.0005) / 1000);
    }),
    tempDirectory: () => os.tmpdir(),
  };
}
