// Monitors in compiled code (docs/deopt.md "Monitors"): synchronized methods and blocks run
// compiled, taking and releasing the VM's monitors through the runtime's fast path; a monitor
// owned by another thread, and Object.wait, deoptimize so that the interpreter blocks or parks.
// Checked against HotSpot: several threads hammering synchronized counters (-Xcomp and -Xcomp
// -XX:+DeoptimizeALot, where every poll inside a synchronized region rebuilds interpreter frames
// that hold the monitor), recursion counts (nested locking of one object, then wait(), which
// releases and restores the whole count: a wrong count throws IllegalMonitorStateException or
// leaves the monitor owned, which Thread.holdsLock and a second thread show), exceptions leaving
// synchronized code (the monitor must be free afterwards), and wait/notify inside compiled
// synchronized methods (producer/consumer).
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { compiledLines, compileSources, javaFixture, runJava } from '../jit/helpers.js';
import type { TraceEvent } from '../../jit/trace-events.js';

vi.setConfig({ testTimeout: 300_000 });

const SOURCE = `
import java.util.ArrayDeque;

public class Monitors {
  private int count;
  private long total;
  synchronized void add(int v) { count++; total += v; }
  synchronized int count() { return count; }
  static synchronized long twice(long x) { return 2 * x; }

  static final Object lock = new Object();
  static int shared;
  static void bump(int n) { for (int i = 0; i < n; i++) { synchronized (lock) { shared += i & 3; } } }

  /** Nested locking of one object: recursion count 3 inside, then wait() releases and restores all of it. */
  int nested(int n) throws InterruptedException {
    int s = 0;
    for (int i = 0; i < n; i++) {
      synchronized (this) {
        synchronized (this) {
          s += i;
          add(1);
          if (i % 250 == 0) wait(1);
        }
      }
    }
    return s;
  }

  int boom(int i) { synchronized (this) { if (i % 7 == 6) throw new IllegalStateException("boom " + i); return i; } }
  synchronized int boom2(int i) { if (i % 9 == 8) throw new IllegalArgumentException("boom2 " + i); return i * 2; }

  /** A bounded buffer: compiled synchronized methods that wait and notify. */
  static final class Buffer {
    private final ArrayDeque<Integer> items = new ArrayDeque<>();
    private final int capacity;
    Buffer(int capacity) { this.capacity = capacity; }
    synchronized void put(int v) throws InterruptedException {
      while (items.size() == capacity) wait();
      items.addLast(v);
      notifyAll();
    }
    synchronized int take() throws InterruptedException {
      while (items.isEmpty()) wait();
      int v = items.removeFirst();
      notifyAll();
      return v;
    }
  }

  public static void main(String[] args) throws Exception {
    int n = Integer.parseInt(args[0]);
    Monitors c = new Monitors();
    Thread[] ts = new Thread[4];
    for (int k = 0; k < ts.length; k++) {
      final int id = k;
      ts[k] = new Thread(() -> { for (int i = 0; i < n; i++) c.add(i % 7 + id); bump(n / 4); });
      ts[k].start();
    }
    for (Thread t : ts) t.join();
    System.out.println("counter " + c.count() + " " + c.total + " " + shared + " " + twice(21));

    System.out.println("nested " + c.nested(2000) + " " + c.count() + " holds " + Thread.holdsLock(c));

    int ok = 0, bad = 0;
    for (int i = 0; i < 3000; i++) {
      try { ok += c.boom(i); ok += c.boom2(i); } catch (RuntimeException e) { bad++; if (bad % 100 == 1) System.out.println(e.getMessage()); }
    }
    System.out.println("exceptions " + ok + " " + bad + " holds " + Thread.holdsLock(c));
    // The monitor is free after the exceptions: another thread can take it.
    Thread other = new Thread(() -> { synchronized (c) { c.add(5); } });
    other.start();
    other.join();
    System.out.println("other " + c.count());

    Buffer buf = new Buffer(8);
    long[] sum = new long[1];
    Thread producer = new Thread(() -> {
      try { for (int i = 0; i < n; i++) buf.put(i); buf.put(-1); } catch (InterruptedException e) { throw new RuntimeException(e); }
    });
    Thread consumer = new Thread(() -> {
      try { for (int v; (v = buf.take()) >= 0;) sum[0] += v; } catch (InterruptedException e) { throw new RuntimeException(e); }
    });
    producer.start(); consumer.start(); producer.join(); consumer.join();
    System.out.println("buffer " + sum[0]);
  }
}`;

const N = '6000';
const program = javaFixture({ 'Monitors.java': SOURCE }, 'Monitors', { args: [N] });

describe('monitors in compiled code', () => {
  it('-Xcomp: synchronized methods and blocks compile; same output as HotSpot; contention and wait deoptimize', async () => {
    const events: TraceEvent[] = [];
    const r = await runJava(program.dir, 'Monitors', { compileAll: true, trace: (e) => events.push(e) }, 32 << 20, [N]);
    expect(r.err).toBe('');
    expect(r.out).toBe(program.expected);
    for (const m of ['add(I)V', 'count()I', 'twice(J)J', 'bump(I)V', 'boom(I)I', 'boom2(I)I', 'nested(I)I', 'Buffer.put(I)V', 'Buffer.take()I']) {
      expect(compiledLines(r.log, `Monitors${m.startsWith('Buffer') ? '$' : '.'}${m}`), m).not.toHaveLength(0);
    }
    expect(r.log.join('\n')).not.toMatch(/not compiled: (synchronized|unsupported instruction monitor)/);
    const d = r.jit!.stats.deopts;
    // Four threads on one lock: green-thread switches inside synchronized code make others wait.
    expect(d.get('monitor') ?? 0).toBeGreaterThan(0);
    const monitorDeopts = events.filter((e): e is Extract<TraceEvent, { ev: 'deopt' }> => e.ev === 'deopt' && e.reason === 'monitor');
    const details = new Set(monitorDeopts.map((e) => e.detail));
    // Object.wait in the compiled buffer methods and in nested() hands the call to the interpreter.
    expect([...details].some((x) => x?.includes('Object.wait'))).toBe(true);
    expect([...details].some((x) => x?.includes('monitor owned by another thread'))).toBe(true);
    // Every frame state of a synchronized method records its lock slot (local max_locals).
    const add = events.find((e): e is Extract<TraceEvent, { ev: 'compile' }> => e.ev === 'compile' && e.method === 'Monitors.add(I)V')!;
    expect(add.stops.length).toBeGreaterThan(0);
    for (const s of add.stops) expect(s.slots.some((x) => x.slot === 2 && x.kind === 'ref')).toBe(true);
  });

  it('-Xcomp -XX:+DeoptimizeALot: polls inside synchronized regions rebuild frames holding the monitor', async () => {
    const r = await runJava(program.dir, 'Monitors', { compileAll: true, deoptimizeALot: true }, 32 << 20, [N]);
    expect(r.err).toBe('');
    expect(r.out).toBe(program.expected);
    expect(r.jit!.stats.deopts.get('poll') ?? 0).toBeGreaterThan(1000);
  });

  it('default mode with a low threshold: same output', async () => {
    const r = await runJava(program.dir, 'Monitors', { threshold: 200, preload: true }, 32 << 20, [N]);
    expect(r.err).toBe('');
    expect(r.out).toBe(program.expected);
    expect(compiledLines(r.log, 'Monitors.add(I)V')).not.toHaveLength(0);
  });
});

// A checkpoint taken while a thread is inside a compiled synchronized region: the scheduler only
// ever sees the interpreter frames the poll deopt rebuilt, which hold the monitor (the lock slot of
// the synchronized method, the object of the synchronized block), and the image's monitor table
// says who owns it with which count. Restored in a fresh process, the run ends with the same output.
const IMAGE_SOURCE = `
public class SyncImage {
  static final Object lock = new Object();
  static synchronized long churn(long h, int n) {
    for (int i = 0; i < n; i++) h = h * 31 + (i ^ (h >>> 7));
    return h;
  }
  static long blocky(long h, int n) {
    synchronized (lock) {
      for (int i = 0; i < n; i++) h += (i * 7) ^ (h >>> 3);
    }
    return h;
  }
  public static void main(String[] args) throws Exception {
    long[] r = new long[2];
    Thread a = new Thread(() -> { long h = 1; for (int k = 0; k < 40; k++) h = churn(h, 20000) + blocky(h, 5000); r[0] = h; });
    Thread b = new Thread(() -> { long h = 2; for (int k = 0; k < 40; k++) h = blocky(h, 20000) ^ churn(h, 5000); r[1] = h; });
    a.start(); b.start(); a.join(); b.join();
    System.out.println("a " + r[0] + " b " + r[1]);
  }
}`;

describe('a checkpoint inside compiled synchronized code', () => {
  let imgDir = '';
  let imgDispose = () => {};
  beforeAll(() => { ({ dir: imgDir, dispose: imgDispose } = compileSources({ 'SyncImage.java': IMAGE_SOURCE })); });
  afterAll(() => imgDispose());

  it('captures the monitors held and restores with identical output', async () => {
    const { runProcess } = await import('../support/process.js');
    const { decodeImage } = await import('../../src/image/codec.js');
    const { existsSync, readFileSync, rmSync } = await import('node:fs');
    const { join } = await import('node:path');
    const tern = join(import.meta.dirname, '..', '..', 'bin', 'tern.js');
    const expectedOut = execFileSync('java', ['-cp', imgDir, 'SyncImage'], { encoding: 'utf8' });
    const flags = ['-Xcomp', '-XX:TernSliceBudget=500'];
    const whole = await runProcess(process.execPath, [tern, ...flags, '-XX:+TernPrintSliceCount', '-cp', imgDir, 'SyncImage'], { timeoutMs: 240_000 });
    expect(whole.stdout.toString()).toBe(expectedOut);
    const m = /\[tern\] slices: (\d+) \(compiled:([ 0-9]*)\)/.exec(whole.stderr.toString());
    expect(m).not.toBeNull();
    const compiled = m![2]!.trim().split(' ').map(Number).filter((n) => n < Number(m![1]));
    expect(compiled.length).toBeGreaterThan(2);
    // Try slices that ended in compiled code until one stopped inside churn or blocky's synchronized loop.
    let found = false;
    for (const slice of [compiled[Math.floor(compiled.length / 2)]!, compiled[1]!, compiled[compiled.length - 2]!, compiled[2]!]) {
      const image = join(imgDir, `sync-${slice}.tern`);
      const first = await runProcess(process.execPath, [tern, ...flags, `-XX:TernCheckpointAtSlice=${slice}:${image}`, '-XX:+TernPrintCheckpointSite', '-cp', imgDir, 'SyncImage'], { timeoutMs: 240_000 });
      const site = /\[tern\] checkpoint at slice \d+: (.*)\n/.exec(first.stderr.toString());
      if (!existsSync(image) || site === null || !/SyncImage\.(churn\(JI\)J|blocky\(JI\)J) pc/.test(site[1]!)) continue;
      found = true;
      // The monitor of the region the thread stopped in is owned, count 1, in the image.
      const img = decodeImage(new Uint8Array(readFileSync(image)));
      expect(img.monitors.some((x) => x.owner >= 0 && x.count === 1)).toBe(true);
      const rest = await runProcess(process.execPath, [tern, 'restore', ...flags, image], { timeoutMs: 240_000 });
      expect(rest.stderr.toString()).toBe('');
      expect(first.stdout.toString() + rest.stdout.toString()).toBe(expectedOut);
      rmSync(image);
      break;
    }
    expect(found).toBe(true);
  });
});
