// Calls from compiled code into interpreted code (docs/deopt.md "Calls into the interpreter"): a
// compiled caller whose callee has no compiled code (here: it has more than 500 local slots, so it
// never compiles: PAD) runs the callee in the interpreter through the runtime's adapter and goes on, instead
// of deoptimizing at the invoke. When the interpreted callee must stop (a monitor another thread
// holds, wait, sleep, a stack walk for an exception's trace, a stack overflow, the slice budget),
// the compiled callers unwind below its interpreter frames, which stay on top: the thread resumes
// exactly where the interpreter would be. Checked against HotSpot, against Tern's own -Xint where
// HotSpot differs (the depth of a StackOverflowError), and across a checkpoint taken while the
// interpreted callee is suspended under compiled callers.
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { compiledLines, compileSources, javaFixture, PAD, runJava } from '../jit/helpers.js';
import type { TraceEvent } from '../../jit/trace-events.js';

vi.setConfig({ testTimeout: 300_000 });

const SOURCE = `
public class Interp {
  static boolean PAD_NEVER;
  static final Object lock = new Object();
  static int counter;
  static final RuntimeException STORED = new RuntimeException("stored");

  /** Never compiles (PAD). */
  static int helper(int x) { ${PAD} return x * 3 + (Thread.currentThread() == null ? 1 : 0); }
  static long loop(int n) { long s = 0; for (int i = 0; i < n; i++) s += helper(i); return s; }

  static int syncCall(int x) {
    ${PAD}
    synchronized (lock) {
      counter += x;
      if (counter % 50 == 0) Thread.yield();
      return counter + (Thread.currentThread() == null ? 1 : 0);
    }
  }
  static long loopSync(int n) { long s = 0; for (int i = 0; i < n; i++) s += syncCall(1) & 1; return s; }

  static final Object box = new Object();
  static int turn;
  static void await(int me) throws InterruptedException {
    ${PAD}
    synchronized (box) {
      while (turn != me) box.wait();
      turn = 1 - me;
      box.notifyAll();
      Thread.currentThread();
    }
  }
  static int pingPong(int me, int n) throws InterruptedException { int k = 0; for (int i = 0; i < n; i++) { await(me); k++; } return k; }

  static void nap(int i) throws InterruptedException { ${PAD} if (i % 100 == 99) Thread.sleep(1); Thread.currentThread(); }
  static int naps(int n) throws InterruptedException { int k = 0; for (int i = 0; i < n; i++) { nap(i); k += i & 1; } return k; }

  static int thrower(int x) {
    ${PAD}
    Thread.currentThread();
    if (x % 100 == 99) throw new IllegalStateException("bad " + x);
    if (x % 100 == 49) throw STORED;
    return x;
  }
  static long loopThrow(int n) {
    long s = 0;
    for (int i = 0; i < n; i++) {
      try { s += thrower(i); }
      catch (IllegalStateException e) {
        StackTraceElement[] st = e.getStackTrace();
        if (i < 400) System.out.println(e.getMessage() + " at " + st[0].getMethodName() + " < " + st[1].getMethodName() + " < " + st[2].getMethodName() + " (" + st.length + " frames)");
        s -= 1;
      } catch (RuntimeException e) { s -= 2; }
    }
    return s;
  }

  static int depth;
  static int deep(int n) { ${PAD} depth++; Thread.currentThread(); return deep(n + 1) + 1; }

  public static void main(String[] args) throws Exception {
    System.out.println("loop " + loop(200000));
    Thread[] ts = new Thread[3];
    long[] r = new long[3];
    for (int k = 0; k < 3; k++) { final int id = k; ts[k] = new Thread(() -> r[id] = loopSync(4000)); ts[k].start(); }
    for (Thread t : ts) t.join();
    System.out.println("sync " + counter + " " + (r[0] + r[1] + r[2]));
    int[] pp = new int[2];
    Thread a = new Thread(() -> { try { pp[0] = pingPong(0, 300); } catch (InterruptedException e) { throw new RuntimeException(e); } });
    Thread b = new Thread(() -> { try { pp[1] = pingPong(1, 300); } catch (InterruptedException e) { throw new RuntimeException(e); } });
    a.start(); b.start(); a.join(); b.join();
    System.out.println("ping-pong " + pp[0] + " " + pp[1] + " turn " + turn);
    System.out.println("naps " + naps(1000));
    System.out.println("throw " + loopThrow(3000));
    for (int k = 0; k < 3; k++) {
      depth = 0;
      try { deep(0); } catch (StackOverflowError e) { System.out.println("overflow" + (args.length > 0 ? " at depth " + depth : "")); }
    }
  }
}`;

const program = javaFixture({ 'Interp.java': SOURCE }, 'Interp');

type DeoptEvent = Extract<TraceEvent, { ev: 'deopt' }>;
const deopts = (events: TraceEvent[]): DeoptEvent[] => events.filter((e): e is DeoptEvent => e.ev === 'deopt');
const loopDeopts = (events: TraceEvent[]): DeoptEvent[] => deopts(events).filter((e) => e.method === 'Interp.loop(I)J' && e.reason !== 'poll' && e.reason !== 'unstable-if');
const calleeStops = (events: TraceEvent[], what: string): DeoptEvent[] => deopts(events).filter((e) => e.detail?.startsWith('interpreted callee') && e.detail.endsWith(what));

describe('compiled code calling interpreted code', () => {
  it('-Xcomp: a compiled loop calling a method that never compiles runs without deoptimizing; blocking, waiting, sleeping and throwing callees as HotSpot', async () => {
    const events: TraceEvent[] = [];
    const r = await runJava(program.dir, 'Interp', { compileAll: true, trace: (e) => events.push(e) }, 32 << 20);
    expect(r.err).toBe('');
    expect(r.out).toBe(program.expected);
    expect(compiledLines(r.log, 'Interp.loop(I)J')).not.toHaveLength(0);
    expect(r.log.some((l) => l.includes('Interp.helper(I)I not compiled'))).toBe(true);
    // 200 000 calls of helper through the adapter: no deopt of loop at the call (before: one per
    // call, or loop itself not compilable because helper is not); only the loop's exit, an
    // unstable-if trap where -Xcomp compiled before any profile, or a poll.
    expect(loopDeopts(events)).toEqual([]);
    // The callees stopped under compiled callers: blocked on the monitor or in wait/sleep. Their
    // exceptions do not unwind them: a fresh one's stack trace names the compiled callers from
    // their site words, and the compiled loop catches both it and the stored one (docs/deopt.md
    // "Stack traces through compiled frames", "Exceptions in compiled code").
    expect(calleeStops(events, 'blocked').length).toBeGreaterThan(0);
    expect(calleeStops(events, 'needs interpreter frames').filter((e) => e.detail!.includes('Interp.thrower'))).toEqual([]);
    expect(calleeStops(events, 'threw').filter((e) => e.detail!.includes('Interp.thrower'))).toEqual([]);
    expect(calleeStops(events, 'blocked').some((e) => e.detail!.includes('Interp.nap(I)V'))).toBe(true);
    // An unwound callee's frames went back on top of the rebuilt callers: the trace lists the callers.
    expect(calleeStops(events, 'blocked').some((e) => e.frames.some((f) => f.startsWith('Interp.naps(I)I@')))).toBe(true);
  });

  it('-Xcomp -XX:+DeoptimizeALot and the default mode (low threshold): same output', async () => {
    for (const jit of [{ compileAll: true, deoptimizeALot: true }, { threshold: 100, preload: true }]) {
      const events: TraceEvent[] = [];
      const r = await runJava(program.dir, 'Interp', { ...jit, trace: (e) => events.push(e) }, 32 << 20);
      expect(r.err).toBe('');
      expect(r.out).toBe(program.expected);
      expect(compiledLines(r.log, 'Interp.loop(I)J')).not.toHaveLength(0);
      if (!('deoptimizeALot' in jit)) expect(loopDeopts(events)).toEqual([]);
    }
  });

  it('StackOverflowError in an interpreted callee under compiled callers comes at the interpreter\'s depth', async () => {
    const xint = await runJava(program.dir, 'Interp', null, 32 << 20, ['depth']);
    expect(xint.out).toMatch(/overflow at depth \d+\n/);
    for (const jit of [{ compileAll: true }, { compileAll: true, deoptimizeALot: true }, { threshold: 100, preload: true }]) {
      const r = await runJava(program.dir, 'Interp', jit, 32 << 20, ['depth']);
      expect(r.err).toBe('');
      expect(r.out).toBe(xint.out);
    }
  });
});

// A checkpoint while the interpreted callee of compiled code is stopped (the slice budget ran out
// in it, or it blocked): the scheduler and the image see the rebuilt callers with the callee's
// interpreter frames on top, and the restored run ends with the same output.
const IMAGE_SOURCE = `
public class CalleeImage {
  static boolean PAD_NEVER;
  static final Object lock = new Object();
  static long shared;
  /** Interpreted (PAD) and long enough for a slice to end inside it. */
  static long mix(long h, int n) {
    ${PAD}
    if (Thread.currentThread() == null) return 0;
    for (int i = 0; i < n; i++) h = h * 31 + (i ^ (h >>> 7));
    synchronized (lock) { shared += h & 0xff; }
    return h;
  }
  static long work(long h, int rounds) {
    for (int k = 0; k < rounds; k++) h = mix(h, 2000) ^ k;
    return h;
  }
  public static void main(String[] args) throws Exception {
    long[] r = new long[2];
    Thread a = new Thread(() -> r[0] = work(1, 60));
    Thread b = new Thread(() -> r[1] = work(2, 60));
    a.start(); b.start(); a.join(); b.join();
    System.out.println("a " + r[0] + " b " + r[1] + " shared " + shared);
  }
}`;

describe('a checkpoint while an interpreted callee of compiled code is stopped', () => {
  let imgDir = '';
  let imgDispose = () => {};
  beforeAll(() => { ({ dir: imgDir, dispose: imgDispose } = compileSources({ 'CalleeImage.java': IMAGE_SOURCE })); });
  afterAll(() => imgDispose());

  it('restores with identical output', async () => {
    const { runProcess } = await import('../support/process.js');
    const { existsSync, rmSync } = await import('node:fs');
    const { join } = await import('node:path');
    const tern = join(import.meta.dirname, '..', '..', 'bin', 'tern.js');
    const expectedOut = execFileSync('java', ['-cp', imgDir, 'CalleeImage'], { encoding: 'utf8' });
    const flags = ['-Xcomp', '-XX:TernSliceBudget=500'];
    const whole = await runProcess(process.execPath, [tern, ...flags, '-XX:+TernPrintSliceCount', '-cp', imgDir, 'CalleeImage'], { timeoutMs: 240_000 });
    expect(whole.stdout.toString()).toBe(expectedOut);
    const m = /\[tern\] slices: (\d+) \(compiled:([ 0-9]*)\)/.exec(whole.stderr.toString());
    expect(m).not.toBeNull();
    const compiled = m![2]!.trim().split(' ').map(Number).filter((n) => n < Number(m![1]));
    expect(compiled.length).toBeGreaterThan(4);
    let found = 0;
    for (const slice of [2, 3, 1.5, 4, 4 / 3, 5, 5 / 4, 6].map((d) => compiled[Math.floor(compiled.length / d)]!)) {
      const image = join(imgDir, `callee-${slice}.tern`);
      const first = await runProcess(process.execPath, [tern, ...flags, `-XX:TernCheckpointAtSlice=${slice}:${image}`, '-XX:+TernPrintCheckpointSite', '-cp', imgDir, 'CalleeImage'], { timeoutMs: 240_000 });
      const site = /\[tern\] checkpoint at slice \d+: (.*)\n/.exec(first.stderr.toString());
      if (!existsSync(image) || site === null || !/CalleeImage\.work\(JI\)J pc .*interpreted callee frames kept on top: .*CalleeImage\.mix\(JI\)J/.test(site[1]!)) continue;
      found++;
      const rest = await runProcess(process.execPath, [tern, 'restore', ...flags, image], { timeoutMs: 240_000 });
      expect(rest.stderr.toString()).toBe('');
      expect(first.stdout.toString() + rest.stdout.toString()).toBe(expectedOut);
      rmSync(image);
      if (found === 2) break;
    }
    expect(found).toBeGreaterThan(0);
  });
});

// A native that blocks inside an interpreted callee of compiled code finds its arguments on the
// operand stack again when it completes, though the callee's frame moved up when the compiled
// callers unwound below it (Selector.select's poll0 kept an index taken before blocking and read
// another slot as its `ready` array: compat/NioSelectorEchoServer lost every event under -Xcomp).
const SELECT_SOURCE = `
import java.nio.ByteBuffer;
import java.nio.channels.*;

public class SelectUnder {
  static int waitReady(Selector s) throws Exception { return s.select(5000); }
  static String rounds(Selector s, Pipe.SourceChannel src, int n) throws Exception {
    StringBuilder sb = new StringBuilder();
    ByteBuffer buf = ByteBuffer.allocate(16);
    for (int i = 0; i < n; i++) {
      int ready = waitReady(s);
      sb.append(ready).append(':').append(s.selectedKeys().size());
      s.selectedKeys().clear();
      buf.clear();
      int got = src.read(buf);
      sb.append(':').append(got).append(' ');
    }
    return sb.toString();
  }
  public static void main(String[] args) throws Exception {
    Pipe p = Pipe.open();
    p.source().configureBlocking(false);
    Selector s = Selector.open();
    p.source().register(s, SelectionKey.OP_READ);
    Thread w = new Thread(() -> {
      try {
        for (int i = 0; i < 4; i++) { Thread.sleep(30); p.sink().write(ByteBuffer.wrap(new byte[] { 1, 2, 3 })); }
      } catch (Exception e) { throw new RuntimeException(e); }
    });
    w.start();
    System.out.println(rounds(s, p.source(), 4));
    w.join();
  }
}`;

describe('a native blocking in an interpreted callee of compiled code', () => {
  it('-Xcomp: Selector.select waiting under a compiled caller sees its events', async () => {
    const { dir: d, dispose: done } = compileSources({ 'SelectUnder.java': SELECT_SOURCE });
    try {
      const want = execFileSync('java', ['-cp', d, 'SelectUnder'], { encoding: 'utf8' });
      expect(want).toBe('1:1:3 1:1:3 1:1:3 1:1:3 \n');
      for (const jit of [{ compileAll: true }, { compileAll: true, deoptimizeALot: true }]) {
        const r = await runJava(d, 'SelectUnder', jit, 32 << 20);
        expect(r.err).toBe('');
        expect(r.out).toBe(want);
        expect(compiledLines(r.log, 'SelectUnder.rounds(Ljava/nio/channels/Selector;Ljava/nio/channels/Pipe$SourceChannel;I)Ljava/lang/String;')).not.toHaveLength(0);
      }
    } finally {
      done();
    }
  });
});
