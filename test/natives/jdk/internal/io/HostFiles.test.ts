// The file natives against a host whose reads are observable: large reads park only the reading
// thread (another Java thread keeps running while the host read is pending), small reads of
// regular files are synchronous, and Java's streams are entries of the VM's open-file table.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeHost, loadClassLibrary, type Host } from '../../../../../src/api/index.js';
import { launch } from '../../../../../src/api/launcher.js';
import type { Vm } from '../../../../../src/runtime/vm.js';

const PROGRAM = `
import java.io.*;
import java.nio.file.*;

public class Probe {
  static native int openFiles();
  static native String openPaths();
  static volatile long counter;
  static volatile boolean done;

  public static void main(String[] args) throws Exception {
    Path big = Paths.get(args[0], "big.bin");
    Files.write(big, new byte[1 << 20]);
    Thread worker = new Thread(() -> { while (!done) counter++; });
    worker.start();
    while (counter == 0) Thread.yield();
    long before = counter;
    byte[] all = Files.readAllBytes(big);
    long during = counter - before;
    done = true;
    worker.join();
    System.out.println("read " + all.length + " progressed " + (during > 1000));
    System.out.println("open before " + openFiles());
    try (RandomAccessFile raf = new RandomAccessFile(big.toFile(), "rw");
         FileInputStream in = new FileInputStream(big.toFile())) {
      raf.seek(1000);
      raf.writeInt(0x01020304);
      raf.seek(1000);
      System.out.println("int " + Integer.toHexString(raf.readInt()) + " open " + openFiles() + " " + openPaths());
    }
    System.out.println("open after " + openFiles());
  }
}`;

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tern-hostfiles-'));
  writeFileSync(join(dir, 'Probe.java'), PROGRAM);
  execFileSync('javac', ['--release', '17', '-d', join(dir, 'out'), join(dir, 'Probe.java')], { stdio: 'pipe' });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('HostFiles natives', () => {
  it('park large reads, read small ones synchronously, and track streams in the open-file table', async () => {
    const base = createNodeHost();
    let out = '';
    const dec = new TextDecoder();
    const calls = { async: [] as number[], sync: [] as number[] };
    const fs = {
      ...base.fs,
      // The host read completes only after 200 ms: the worker thread must run meanwhile.
      read: (h: number, n: number, pos: number) => {
        calls.async.push(n);
        return new Promise<Uint8Array>((resolve, reject) => setTimeout(() => base.fs.read(h, n, pos).then(resolve, reject), 200));
      },
      readSync: (h: number, n: number, pos: number) => {
        calls.sync.push(n);
        return base.fs.readSync(h, n, pos);
      },
    };
    const host: Host = { ...base, fs, write: (_fd, b) => void (out += dec.decode(b)), flush: () => {}, exit: () => { throw new Error('exit'); } };
    const natives = new Map([['Probe', {
      'openFiles()I': (vm: Vm) => vm.openFiles.list().length,
      'openPaths()Ljava/lang/String;': (vm: Vm) => vm.newString(vm.openFiles.list().map((f) => `${f.fd}:${f.mode}:${f.path.endsWith('big.bin')}:${f.position}`).join(',')),
    }]]);
    const status = await launch(host, {
      mainClass: 'Probe', args: [dir], classPath: [join(dir, 'out')], classLibrary: loadClassLibrary(),
      maxHeapBytes: 64 << 20, stackBytes: 1 << 20, properties: {}, extraNatives: natives,
    });
    expect(status).toBe(0);
    expect(out).toBe('read 1048576 progressed true\nopen before 0\nint 1020304 open 2 3:readwrite:true:1004,4:read:true:0\nopen after 0\n');
    expect(calls.async).toContain(1 << 20);
    expect(calls.sync.length).toBeGreaterThan(0);
    expect(Math.max(...calls.sync)).toBeLessThanOrEqual(64 * 1024);
  });
});
