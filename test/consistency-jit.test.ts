/**
 * @fileoverview Images and the JIT (issue 6, "Proof"): an image taken while the JIT runs the
 * program holds no compiled code and equals, structurally, one taken at the same program point
 * under -Xint — same classes and static values, same threads with the same frames, pcs and slot
 * values, and the same heap graph up to the numbering of objects. The program point is
 * tern.Checkpoint.save called from Java after hot loops that -Xcomp compiles (OSR'd loops and
 * compiled calls between compiled methods), with a second thread parked in wait() after a compiled
 * loop of its own; the JIT log shows the compiles happened. Then: a VM restored from the JIT image
 * starts with no compiled method and compiles again what gets hot.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installJit, JitRuntime } from '../jit/index.js';
import { loadClassLibrary, restoreFromBytes } from '../src/api/index.js';
import { createVm, runToCompletion } from '../src/api/launcher.js';
import { decodeImage } from '../src/image/codec.js';
import type { Image, ImageValue } from '../src/image/model.js';
import type { Prepared } from '../src/interp/prepared.js';
import { capturingHost } from './support/capturing-host.js';
import { runProcess } from './support/process.js';

const ROOT = join(import.meta.dirname, '..');
const TERN = join(ROOT, 'bin', 'tern.js');

const SOURCE = `
public class JitImage {
  static final Object lock = new Object();
  static long workerResult;
  static boolean go;
  static int[] histogram = new int[16];

  static long mix(long x, int i) { return x * 6364136223846793005L + i; }

  /** A compiled loop calling a compiled method. */
  static long churn(int n) {
    long h = 1;
    for (int i = 0; i < n; i++) h = mix(h, i) ^ (h >>> 17);
    return h;
  }

  static double wave(int n) {
    double s = 0;
    for (int i = 0; i < n; i++) s += (i & 7) * 0.25 / (i + 1.0);
    return s;
  }

  static long histogramSum(int n) {
    long h = 0;
    for (int r = 0; r < n; r++) {
      histogram[r & 15] += r % 7;
      h += histogram[(r >> 4) & 15];
    }
    return h;
  }

  static float decay(int n) {
    float f = 1.5f;
    for (int r = 0; r < n; r++) f = f * 0.999f + 0.25f;
    return f;
  }

  public static void main(String[] args) throws Exception {
    Thread worker = new Thread(() -> {
      long w = churn(150000);
      synchronized (lock) {
        workerResult = w;
        lock.notifyAll();
        while (!go) {
          try { lock.wait(); } catch (InterruptedException e) { return; }
        }
      }
      System.out.println("worker " + w);
    }, "worker");
    worker.start();
    long h = histogramSum(200000);
    float f = decay(100000);
    long c = churn(100000);
    double d = wave(100000);
    synchronized (lock) {
      while (workerResult == 0) lock.wait();
    }
    String note = "h=" + h;
    boolean restored = tern.Checkpoint.save(args[0]);
    System.out.println("main " + note + " c=" + c + " d=" + d + " f=" + f + " restored=" + restored);
    synchronized (lock) { go = true; lock.notifyAll(); }
    worker.join();
    if (restored) System.out.println("again " + churn(400000) + " " + wave(200000));
  }
}`;

let dir = '';
let classes = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tern-jit-image-'));
  classes = join(dir, 'classes');
  writeFileSync(join(dir, 'JitImage.java'), SOURCE);
  execFileSync('javac', ['--release', '17', '-cp', join(ROOT, 'build', 'classlib'), '-d', classes, join(dir, 'JitImage.java')]);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs JitImage in `dir` with `flags`; the image is saved as `dir/point.tern` and copied to `copy`. */
async function takeImage(flags: string[], copy: string) {
  const r = await runProcess(process.execPath, [TERN, ...flags, '-cp', classes, 'JitImage', 'point.tern'], { cwd: dir, timeoutMs: 240_000 });
  expect(r.stderr.toString()).toBe('');
  expect(r.exitCode).toBe(0);
  copyFileSync(join(dir, 'point.tern'), copy);
  rmSync(join(dir, 'point.tern'));
  return { stdout: r.stdout.toString(), bytes: new Uint8Array(readFileSync(copy)) };
}

/**
 * The image as a plain structure in which objects are numbered in the order a fixed walk from the
 * roots first meets them (classes by name, then threads, monitors, interned strings, backtraces),
 * and classes are named: two images of the same program state give equal structures whatever
 * order capture numbered objects in.
 */
function canonical(image: Image): unknown {
  const order = new Map<number, number>();
  const queue: number[] = [];
  const see = (id: number): number => {
    if (id === 0) return 0;
    let n = order.get(id);
    if (n === undefined) {
      n = order.size + 1;
      order.set(id, n);
      queue.push(id);
    }
    return n;
  };
  const value = (tag: string, v: ImageValue) => (tag === 'L' ? `@${see(Number(v))}` : typeof v === 'bigint' ? `${v}L` : Object.is(v, -0) ? '-0' : v);
  const className = (i: number) => image.classes[i]!.name;
  const classes = [...image.classes].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)).map((c) => ({
    name: c.name, origin: c.origin, state: c.state, bytes: c.bytes === null ? null : Buffer.from(c.bytes).toString('base64'),
    initThread: c.initThread, mirror: `@${see(c.mirror)}`,
    statics: c.statics.map((f) => `${f.owner}.${f.name}:${f.tag}=${value(f.tag, f.value)}`),
    fields: c.instanceFields.map((f) => `${f.owner}.${f.name}:${f.tag}`),
  }));
  const threads = image.threads.map((t) => ({
    id: t.id, name: t.name, daemon: t.daemon, thread: `@${see(t.threadObject)}`, interrupted: t.interrupted, state: t.state,
    timed: t.remainingMs >= 0, blockedOn: `@${see(t.blockedOn)}`, savedLockCount: t.savedLockCount, parkPermit: t.parkPermit,
    waitingForClass: t.waitingForClass < 0 ? null : className(t.waitingForClass), dispatchingUncaught: t.dispatchingUncaught,
    native: t.native === null ? null : {
      method: `${className(t.native.classIndex)}.${t.native.method}`, resumeKind: t.native.resumeKind, resumeValue: String(t.native.resumeValue),
      resumeException: `@${see(t.native.resumeException)}`, resumeThrow: t.native.resumeThrow,
    },
    frames: t.frames.map((f) => ({
      method: `${className(f.classIndex)}.${f.method}`, pc: f.pc, kind: f.kind, initClass: f.initClass < 0 ? null : className(f.initClass),
      slots: f.slots.map((s) => `${s.tag}:${value(s.tag, s.value)}`),
    })),
  }));
  const monitors = image.monitors.map((m) => ({ object: `@${see(m.object)}`, owner: m.owner, count: m.count, entryQueue: m.entryQueue, waitSet: m.waitSet }));
  const interned = image.interned.map(see);
  const backtraces = image.backtraces.map(see);
  const objects: unknown[] = [];
  while (queue.length > 0) {
    const o = image.objects[queue.shift()! - 1]!;
    const cls = image.classes[o.classIndex]!;
    objects.push({
      class: cls.name, hash: o.hash, length: o.length,
      data: o.data === null ? null : Buffer.from(o.data).toString('base64'),
      refs: o.refs === null ? null : o.refs.map(see),
      values: o.values.map((v, i) => value(cls.instanceFields[i]!.tag, v)),
    });
  }
  return {
    classLibrary: image.classLibrary, mainClass: image.mainClass, vm: { ...image.vm, nanoTime: undefined }, classes, threads, monitors,
    interned, backtraces, objects, methods: image.methods.map((m) => `${className(m.classIndex)}.${m.method}`), files: image.files,
    objectCount: image.objects.length,
  };
}

/** Whether `bytes` contains WebAssembly's module header (`\0asm`, version 1). */
function containsWasm(bytes: Uint8Array): boolean {
  return Buffer.from(bytes).includes(Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]));
}

describe('images taken with the JIT on', () => {
  let jit: { stdout: string; bytes: Uint8Array };
  let log = '';

  it('hold no compiled code and equal, structurally, an -Xint image of the same program point', async () => {
    const logFile = join(dir, 'jit.log');
    jit = await takeImage(['-Xcomp', `--jit-log=${logFile}`], join(dir, 'jit.tern'));
    const int = await takeImage(['-Xint'], join(dir, 'int.tern'));
    expect(jit.stdout).toBe(int.stdout);
    log = readFileSync(logFile, 'utf8');
    // The JIT run ran the loops compiled (churn calling mix compiled to compiled; churn is entered
    // by OSR after its first run deoptimizes at the not yet resolved call of mix).
    expect(log).toMatch(/JitImage\.churn\(I\)J \(\d+ bytes\) -> \d+ wasm bytes, \d+ deopt points, OSR at/);
    expect(log).toMatch(/JitImage\.mix\(JI\)J \(\d+ bytes\) -> \d+ wasm bytes/);
    expect(log).toMatch(/JitImage\.wave\(I\)D \(\d+ bytes\) -> \d+ wasm bytes/);
    expect(log).toMatch(/JitImage\.histogramSum\(I\)J \(\d+ bytes\) -> \d+ wasm bytes/);
    expect(log).toMatch(/JitImage\.decay\(I\)F \(\d+ bytes\) -> \d+ wasm bytes/);

    expect(containsWasm(jit.bytes)).toBe(false);
    expect(jit.bytes.length).toBeGreaterThan(10000);
    const a = decodeImage(jit.bytes), b = decodeImage(int.bytes);
    // Only interpreter frames (restore below validates every frame's slots against the analysis
    // at its pc), and nothing else differs: same classes, statics, threads, frames, heap.
    const ca = canonical(a) as { threads: Array<{ name: string; frames: Array<{ method: string }> }> };
    expect(ca).toEqual(canonical(b));
    // The point is where we meant it: main inside Checkpoint.save, the worker in wait().
    expect(ca.threads.map((t) => t.name)).toEqual(['main', 'worker']);
    expect(ca.threads[0]!.frames.map((f) => f.method)).toContain('tern/Checkpoint.save(Ljava/lang/String;)Z');
    expect(ca.threads[1]!.frames.map((f) => f.method)).toContain('java/lang/Object.wait()V');
  }, 300_000);

  it('restore into a VM with no compiled code, which compiles again when hot', async () => {
    const captured = capturingHost();
    const vm = createVm(captured.host, { classPath: [], classLibrary: loadClassLibrary(), maxHeapBytes: 64 << 20, stackBytes: 4 << 20, properties: {} });
    const lines: string[] = [];
    const jitRuntime = installJit(vm, { compileAll: false, threshold: 1000, deoptimizeALot: false, log: (l) => void lines.push(l) });
    await jitRuntime.ready(); // Binaryen loaded (no code compiled yet), so compiles happen as soon as a method is hot
    restoreFromBytes(vm, jit.bytes);
    // Every method the restored threads will run is prepared, none has code.
    const prepared: Prepared[] = [];
    for (const t of vm.scheduler.threads) for (let d = 0; d < t.depth; d++) prepared.push(t.frames[d]!.method.prepared as Prepared);
    expect(prepared.length).toBeGreaterThan(4);
    expect(prepared.every((P) => P !== null && P.compiled === null)).toBe(true);
    expect(jitRuntime.stats.compiled).toBe(0);
    const status = await runToCompletion(vm);
    expect(captured.err()).toBe('');
    expect(status).toBe(0);
    // Same output as the uninterrupted run after the point, plus the restored-only line.
    const expected = jit.stdout.replace('restored=false', 'restored=true').split('\n').slice(-3).join('\n');
    expect(captured.out().startsWith(expected)).toBe(true);
    expect(captured.out()).toMatch(/^again -?\d+ \d/m);
    expect(jitRuntime).toBeInstanceOf(JitRuntime);
    expect(jitRuntime.stats.compiled).toBeGreaterThan(0);
    expect(lines.join('\n')).toMatch(/JitImage\.(churn\(I\)J|mix\(JI\)J|wave\(I\)D) \(\d+ bytes\) -> \d+ wasm bytes/);
  }, 120_000);
});
