/**
 * @fileoverview Open files in checkpoint images (docs/checkpoint.md "Files"). Capture records
 * every file of the VM's open-file table — slot, path, mode, position, size and SHA-256 — and, as
 * the policy says, its contents: always for files open for writing (`written`, the default),
 * also for files open for reading (`open`), or never (`none`); files under chosen directories are
 * saved too. Restore checks every file before it changes anything: a file that is missing is
 * recreated from saved contents (else restore fails); a file that changed since the checkpoint
 * fails the restore, or is reopened as it is now with a warning, or is put back as it was
 * (policy `fail`, `warn`, `restore`). Then each file is reopened under its old slot at its position.
 */
import { OpenFlag } from '../host/file-system.js';
import type { Host } from '../host/host.js';
import type { FileCapturePolicy, OpenFileMode } from '../runtime/open-files.js';
import type { Vm } from '../runtime/vm.js';
import { ImageFileMode, type ImageFile } from './model.js';

/** What a restore does with a file that is not as the checkpoint left it. */
export type FileChangedPolicy = 'fail' | 'warn' | 'restore';


const MODES: Record<OpenFileMode, ImageFileMode> = {
  read: ImageFileMode.Read,
  write: ImageFileMode.Write,
  append: ImageFileMode.Append,
  readwrite: ImageFileMode.ReadWrite,
};
const MODE_NAMES: OpenFileMode[] = ['read', 'write', 'append', 'readwrite'];

/**
 * Bytes read at a time to hash a file: capture and restore hash files of any size in this much
 * memory (only contents the image saves are held whole, since the image carries them).
 */
export const HASH_CHUNK_BYTES = 1 << 20;

/** Size and SHA-256 of a file's contents, or null when it cannot be read. */
export interface FileFingerprint {
  size: number;
  digest: string;
}

/**
 * Size and SHA-256 of the regular file at `path`, read `chunkBytes` at a time (positional reads
 * through the host's file system, never the whole file at once); null when it cannot be opened or
 * read. A file that grows while it is hashed is hashed up to its end as the last read found it.
 */
export function hashFile(host: Host, path: string, chunkBytes = HASH_CHUNK_BYTES): FileFingerprint | null {
  let handle: number;
  try {
    handle = host.fs.open(path, OpenFlag.Read);
  } catch {
    return null;
  }
  try {
    const hash = host.sha256Stream();
    let size = 0;
    for (;;) {
      const chunk = host.fs.readSync(handle, chunkBytes, size);
      if (chunk.length === 0) break;
      hash.update(chunk);
      size += chunk.length;
    }
    return { size, digest: hash.digest() };
  } catch {
    return null;
  } finally {
    host.fs.close(handle);
  }
}

/** Why a file could not be captured (the checkpoint fails; the program keeps running). */
export class FileCaptureError extends Error {}

/** The files of `vm` for its image. */
export function captureFiles(vm: Vm, policy: FileCapturePolicy): ImageFile[] {
  const host = vm.host;
  const out: ImageFile[] = [];
  const seen = new Set<string>();
  for (const f of vm.openFiles.list()) {
    const mode = MODES[f.mode];
    if (!f.regular) {
      out.push({ fd: f.fd, path: f.path, mode, position: f.position, size: -1, digest: '', contents: null });
      continue;
    }
    const save = policy.contents === 'open' || (policy.contents === 'written' && mode !== ImageFileMode.Read);
    // Saved contents are in memory anyway (the image carries them); others are hashed in chunks.
    const bytes = save ? host.readFile(f.path) : null;
    const print = bytes !== null ? { size: bytes.length, digest: host.sha256(bytes) } : save ? null : hashFile(host, f.path);
    if (print === null) throw new FileCaptureError(`open file ${f.path} can no longer be read`);
    out.push({ fd: f.fd, path: f.path, mode, position: f.position, size: print.size, digest: print.digest, contents: bytes });
    seen.add(f.path);
  }
  for (const dir of policy.directories) {
    const root = host.fs.absolute(dir);
    const names = host.listFiles(root);
    if (names === null) throw new FileCaptureError(`--checkpoint-dir ${dir} is not a readable directory`);
    for (const name of names.sort()) {
      const path = host.joinPath(root, name);
      if (seen.has(path)) {
        // Already there as an open file: make sure its contents travel.
        const open = out.find((x) => x.path === path && x.contents === null && x.size >= 0);
        if (open) open.contents = host.readFile(path);
        continue;
      }
      const bytes = host.readFile(path);
      if (bytes === null) continue; // vanished or unreadable while listing: nothing to save
      out.push({ fd: -1, path, mode: ImageFileMode.Read, position: 0, size: bytes.length, digest: host.sha256(bytes), contents: bytes });
      seen.add(path);
    }
  }
  return out;
}

/** Why the files of an image cannot be put back (nothing was changed). */
export class FileRestoreError extends Error {}

interface Action {
  file: ImageFile;
  /** Write the saved contents first (the file is missing, or the policy restores it). */
  write: boolean;
}

/**
 * Checks every file of `files` against the disk, then recreates or restores contents as needed
 * and reopens the open ones in `vm` under their slots. Throws {@link FileRestoreError} before any
 * change when a file is missing without saved contents, or changed while the policy is `fail`.
 */
export function restoreFiles(vm: Vm, files: readonly ImageFile[], changed: FileChangedPolicy, warn: (message: string) => void): void {
  const host = vm.host;
  const actions: Action[] = [];
  for (const f of files) {
    if (f.size === -1) {
      actions.push({ file: f, write: false });
      continue;
    }
    const stat = host.fs.stat(f.path, true);
    if (stat === null) {
      if (f.contents === null) throw new FileRestoreError(`file ${f.path} of the image is missing (its contents were not saved: checkpoint with --checkpoint-files=open)`);
      actions.push({ file: f, write: true });
      continue;
    }
    // Another size needs no hashing; the same size is hashed in chunks (bounded memory).
    const now = stat.size === f.size ? hashFile(host, f.path) : null;
    if (now !== null && now.size === f.size && now.digest === f.digest) {
      actions.push({ file: f, write: false });
      continue;
    }
    const what = `file ${f.path} changed since the checkpoint (${now?.size ?? stat.size} bytes, was ${f.size})`;
    if (changed === 'fail') throw new FileRestoreError(`${what}; restore with --file-changed=warn to use it as it is${f.contents ? ' or --file-changed=restore to put back its saved contents' : ''}`);
    if (changed === 'restore' && f.contents !== null) {
      warn(`${what}: its saved contents are put back`);
      actions.push({ file: f, write: true });
    } else {
      warn(`${what}: reopened as it is now`);
      actions.push({ file: f, write: false });
    }
  }
  for (const { file, write } of actions) {
    if (write) writeContents(host, file.path, file.contents!);
    if (file.fd === -1) continue;
    try {
      vm.openFiles.reopen(file.fd, file.path, MODE_NAMES[file.mode]!, file.position);
    } catch (e) {
      throw new FileRestoreError(`file ${file.path} cannot be reopened: ${(e as Error).message}`);
    }
  }
}

/** Puts `bytes` at `path`, creating missing parent directories. */
function writeContents(host: Host, path: string, bytes: Uint8Array): void {
  const parts = path.split('/');
  for (let i = 2; i < parts.length; i++) {
    const dir = parts.slice(0, i).join('/');
    if (host.fs.stat(dir, true) === null) host.fs.mkdir(dir);
  }
  host.writeFileAtomic(path, bytes);
}
