// Streaming file hashing in checkpoints: files are hashed in chunks (bounded memory) at capture and
// at restore, with the same digest as hashing them whole; a file larger than a chunk round-trips,
// and a change deep inside it (same size, past the first chunk) fails the restore.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createNodeHost } from '../../src/host/node/node-host.js';
import { captureFiles, HASH_CHUNK_BYTES, hashFile, restoreFiles } from '../../src/image/files.js';
import type { Vm } from '../../src/runtime/vm.js';
import { javaWorkspace, TERN } from '../support/java-workspace.js';

const SOURCE = `
import java.io.*;
public class BigReader {
  public static void main(String[] args) throws Exception {
    try (RandomAccessFile in = new RandomAccessFile(args[0], "r")) {
      long sum = 0;
      byte[] buf = new byte[65536];
      for (int i = 0; i < 8; i++) sum += in.read(buf);
      tern.Checkpoint.save(args[1]);
      for (int n; (n = in.read(buf)) > 0; ) sum += n;
      System.out.println("read " + sum + " bytes");
    }
  }
}`;

let dir = '';
const tern = (...args: string[]) => spawnSync('node', [TERN, ...args], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
/** Deterministic pseudo-random bytes. */
function bytes(n: number, seed: number): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

beforeAll(() => {
  const ws = javaWorkspace('tern-hash-', { BigReader: SOURCE });
  dir = ws.dir;
  return ws.remove;
});

describe('streaming file hashing', () => {
  it('hashes in chunks to the digest of the whole file, at every chunk size', () => {
    const host = createNodeHost();
    const data = bytes(10_000, 7);
    const file = join(dir, 'small.bin');
    writeFileSync(file, data);
    for (const chunk of [1, 4096, 9_999, 10_000, 10_001, HASH_CHUNK_BYTES]) {
      expect(hashFile(host, file, chunk)).toEqual({ size: 10_000, digest: sha(data) });
    }
    writeFileSync(join(dir, 'empty.bin'), new Uint8Array(0));
    expect(hashFile(host, join(dir, 'empty.bin'))).toEqual({ size: 0, digest: sha(new Uint8Array(0)) });
    expect(hashFile(host, join(dir, 'no-such-file'))).toBeNull();
    expect(hashFile(host, dir)).toBeNull();
  });

  it('never reads a file whole unless its contents are saved, at capture and at restore', () => {
    const real = createNodeHost();
    const file = join(dir, 'large.bin');
    const data = bytes(2 * HASH_CHUNK_BYTES + 12_345, 3);
    writeFileSync(file, data);
    const reads: number[] = [];
    const fs = { ...real.fs, readSync: (h: number, length: number, position: number) => {
      reads.push(length);
      return real.fs.readSync(h, length, position);
    } };
    const host = { ...real, fs, readFile: () => { throw new Error('read whole'); } } as typeof real;
    const open = { fd: 3, path: file, mode: 'read' as const, position: 5, regular: true };
    const reopened: string[] = [];
    const vm = { host, openFiles: { list: () => [open], reopen: (fd: number, p: string) => void reopened.push(`${fd} ${p}`) } } as unknown as Vm;
    const files = captureFiles(vm, { contents: 'written', directories: [] });
    expect(files).toEqual([{ fd: 3, path: file, mode: 0, position: 5, size: data.length, digest: sha(data), contents: null }]);
    expect(Math.max(...reads)).toBe(HASH_CHUNK_BYTES);
    expect(reads.length).toBe(4); // three chunks with data, then the end
    reads.length = 0;
    restoreFiles(vm, files, 'fail', () => {});
    expect(reopened).toEqual([`3 ${file}`]);
    expect(Math.max(...reads)).toBe(HASH_CHUNK_BYTES);
    // A file of another size is known to have changed without reading it.
    reads.length = 0;
    writeFileSync(file, data.subarray(1));
    expect(() => restoreFiles(vm, files, 'fail', () => {})).toThrow(`file ${file} changed since the checkpoint (${data.length - 1} bytes, was ${data.length})`);
    expect(reads).toEqual([]);
  });

  it('restores a program reading a file larger than a chunk; refuses it when a byte changed past the first chunk', () => {
    const file = join(dir, 'input.bin');
    const data = bytes(3 * HASH_CHUNK_BYTES + 777, 11);
    writeFileSync(file, data);
    const image = join(dir, 'big.tern');
    const first = tern('-cp', dir, 'BigReader', file, image);
    expect(first.stderr).toBe('');
    expect(first.stdout).toBe(`read ${data.length} bytes\n`);
    const again = tern('restore', image);
    expect(again.stderr).toBe('');
    expect(again.stdout).toBe(`read ${data.length} bytes\n`);
    const changed = Uint8Array.from(data);
    changed[2 * HASH_CHUNK_BYTES + 100] ^= 1;
    writeFileSync(file, changed);
    const refused = tern('restore', image);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toBe(`Error: cannot restore ${image}: file ${file} changed since the checkpoint (${data.length} bytes, was ${data.length}); restore with --file-changed=warn to use it as it is\n`);
    expect(readFileSync(file).length).toBe(data.length);
  });
});
