// Calls from compiled code to natives that are not intrinsics (docs/deopt.md "Calls of natives"):
// the caller compiles and calls the native through the runtime's native adapter, which runs it on
// the VM's side exactly as the interpreter does. Natives that return go on in compiled code;
// natives that park the thread (sleep, park, yield), throw (a fresh exception, whose stack trace
// names the compiled callers, or an interrupted sleep that must not run twice), push frames
// (Class.forName running a static initializer), collect (Runtime.gc) or walk the stack make the
// compiled callers unwind at the invoke, and the thread goes on exactly where the interpreter
// would be. Checked against HotSpot in -Xcomp, -Xcomp -XX:+DeoptimizeALot and the default mode.
import { describe, expect, it, vi } from 'vitest';
import { compiledLines, javaFixture, runJava } from '../jit/helpers.js';
import type { TraceEvent } from '../../jit/trace-events.js';

vi.setConfig({ testTimeout: 300_000 });

const SOURCE = `
import java.util.concurrent.locks.LockSupport;

public class NativeCalls {
  /** Natives that just return (Thread.currentThread, Character.getType0, String.intern, Class.isInstance, Object.hashCode of a String). */
  static long pure(int n) {
    long s = 0;
    Object o = "x";
    for (int i = 0; i < n; i++) {
      s += Character.getType((char) ('a' + i % 26));
      s += Thread.currentThread() != null ? 1 : 0;
      s += ("k" + (i & 3)).intern() == "k1" ? 7 : 0;
      s += Integer.class.isInstance(o) ? 100 : 3;
      s += Double.parseDouble(i % 2 == 0 ? "2.5" : "1e1") > 5 ? 1 : 2;
    }
    return s;
  }

  /** A native that throws a fresh exception (NumberFormatException), caught in the compiled caller. */
  static int parseAll(String[] words) {
    int bad = 0;
    for (int i = 0; i < words.length; i++) {
      try {
        double d = Double.parseDouble(words[i]);
        if (d < 0) bad += 100;
      } catch (NumberFormatException e) {
        bad++;
        if (bad <= 2) {
          System.out.println("bad number: " + e.getMessage());
          for (StackTraceElement el : e.getStackTrace()) if (el.getClassName().equals("NativeCalls")) System.out.println("  at " + el);
        }
      }
    }
    return bad;
  }

  /** Class.forName: a missing class throws, a class with a static initializer runs it first (frames pushed, the call runs again). */
  static int load(int n) {
    int found = 0;
    for (int i = 0; i < n; i++) {
      try {
        Class<?> c = Class.forName(i % 3 == 0 ? "NativeCalls$Lazy" : "NativeCalls$Missing" + i);
        found += c.getName().length();
      } catch (ClassNotFoundException e) {
        if (i < 3) System.out.println("not found: " + e.getMessage());
      }
    }
    return found;
  }
  static class Lazy { static { System.out.println("Lazy initialized"); } }

  /** Sleeps (the native parks) and an interrupted sleep (throws; must not clear the flag twice). */
  static int naps(int n) {
    int woke = 0, interrupted = 0;
    for (int i = 0; i < n; i++) {
      if (i % 10 == 9) Thread.currentThread().interrupt();
      try {
        Thread.sleep(i % 10 == 9 ? 100000 : 1);
        woke++;
      } catch (InterruptedException e) {
        interrupted++;
        if (Thread.currentThread().isInterrupted()) System.out.println("flag still set");
      }
    }
    return woke * 1000 + interrupted;
  }

  /** Two threads handing a token back and forth with LockSupport.park/unpark (the natives park0/unpark0). */
  static volatile int token;
  static Thread[] pair = new Thread[2];
  static int relay(int me, int n) {
    int got = 0;
    for (int i = 0; i < n; i++) {
      while (token != me) LockSupport.park(NativeCalls.class);
      got++;
      token = 1 - me;
      LockSupport.unpark(pair[1 - me]);
    }
    return got;
  }

  /** Thread.yield between two threads: the native switches threads. (Each counts its own yields: a shared yields++ races on HotSpot.) */
  static int yielder(int n) { int k = 0; for (int i = 0; i < n; i++) { Thread.yield(); k += 1 + (i & 1); } return k; }

  /** System.arraycopy's slow path (element-wise store checks, exceptions): the native through the adapter. */
  static int copies(int n) {
    int s = 0;
    Object[] src = { "a", "bb", "ccc" };
    for (int i = 0; i < n; i++) {
      String[] dst = new String[3];
      System.arraycopy(src, 0, dst, 0, 3);
      s += dst[i % 3].length();
    }
    Object[] mixed = { "x", "y", src };
    String[] out = new String[3];
    try { System.arraycopy(mixed, 0, out, 0, 3); } catch (ArrayStoreException e) { System.out.println(e.getMessage() + " " + out[0] + out[1] + out[2]); }
    try { System.arraycopy(src, 2, out, 0, 5); } catch (ArrayIndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
    return s;
  }

  /** Natives that need interpreter frames: a collection, an exception's stack trace (fillInStackTrace). */
  static int collect(int n) {
    int s = 0;
    for (int i = 0; i < n; i++) {
      int[] junk = new int[1000 + i];
      s += junk.length & 7;
      if (i % 50 == 0) Runtime.getRuntime().gc();
    }
    return s;
  }
  static String where(int k) { return k == 0 ? trace(new Throwable("here")) : where(k - 1); }
  static String trace(Throwable t) {
    StringBuilder sb = new StringBuilder(t.getMessage());
    for (StackTraceElement el : t.getStackTrace()) sb.append(' ').append(el.getMethodName()).append(':').append(el.getLineNumber());
    return sb.toString();
  }

  public static void main(String[] args) throws Exception {
    System.out.println("pure " + pure(20000));
    System.out.println("parse " + parseAll(new String[] { "1.5", "x1", "-2", "3e", "7", "", "0x", "4.25" }));
    System.out.println("load " + load(12));
    System.out.println("naps " + naps(40));
    int[] got = new int[2];
    pair[0] = new Thread(() -> got[0] = relay(0, 200));
    pair[1] = new Thread(() -> got[1] = relay(1, 200));
    pair[0].start(); pair[1].start(); pair[0].join(); pair[1].join();
    System.out.println("relay " + got[0] + " " + got[1] + " token " + token);
    int[] ys = new int[2];
    Thread a = new Thread(() -> ys[0] = yielder(500));
    Thread b = new Thread(() -> ys[1] = yielder(500));
    a.start(); b.start(); a.join(); b.join();
    System.out.println("yield " + ys[0] + " " + ys[1]);
    // (Twice: under -Xcomp the first call leaves compiled code at an initialization barrier after the loop.)
    System.out.println("copies " + copies(5000) + " " + copies(10));
    System.out.println("collect " + collect(300));
    for (int i = 0; i < 3; i++) System.out.println(where(i));
  }
}`;

const program = javaFixture({ 'NativeCalls.java': SOURCE }, 'NativeCalls');

type DeoptEvent = Extract<TraceEvent, { ev: 'deopt' }>;
const deopts = (events: TraceEvent[]): DeoptEvent[] => events.filter((e): e is DeoptEvent => e.ev === 'deopt');
const nativeStops = (events: TraceEvent[], what: string): DeoptEvent[] => deopts(events).filter((e) => e.detail?.startsWith('native callee') && e.detail.endsWith(what));

describe('compiled code calling natives', () => {
  it('-Xcomp: callers of natives compile; natives that return, park, switch threads, throw, push frames or collect behave as interpreted', async () => {
    const events: TraceEvent[] = [];
    const r = await runJava(program.dir, 'NativeCalls', { compileAll: true, trace: (e) => events.push(e) }, 32 << 20);
    expect(r.err).toBe('');
    expect(r.out).toBe(program.expected);
    // No method of the program fails to compile because it calls a native.
    expect(r.log.filter((l) => l.includes('not compiled: calls native'))).toEqual([]);
    for (const m of ['pure(I)J', 'parseAll([Ljava/lang/String;)I', 'load(I)I', 'naps(I)I', 'relay(II)I', 'yielder(I)I', 'collect(I)I']) {
      expect(compiledLines(r.log, `NativeCalls.${m}`)).not.toHaveLength(0);
    }
    // 20 000 iterations of pure, each with several native calls, without a deopt at a call.
    expect(deopts(events).filter((e) => e.method === 'NativeCalls.pure(I)J' && (e.reason === 'not-compiled' || e.reason === 'caller'))).toEqual([]);
    expect(r.jit!.stats.nativeCalls).toBeGreaterThan(60_000);
    // The natives that stopped under compiled callers.
    expect(nativeStops(events, 'blocked').some((e) => e.detail!.includes('sleep0'))).toBe(true);
    expect(nativeStops(events, 'blocked').some((e) => e.detail!.includes('park0'))).toBe(true);
    expect(nativeStops(events, 'blocked').some((e) => e.detail!.includes('yield'))).toBe(true);
    // A native's exception is created by the adapter (its stack trace naming the compiled callers)
    // and caught by the compiled loops' handlers: no unwind (docs/deopt.md "Exceptions in compiled code").
    expect(nativeStops(events, 'threw').filter((e) => e.detail!.includes('sleep0'))).toEqual([]);
    expect(nativeStops(events, 'threw').filter((e) => e.detail!.includes('parseDouble'))).toEqual([]);
    expect(nativeStops(events, 'pushed frames').some((e) => e.detail!.includes('forName0'))).toBe(true);
    expect(nativeStops(events, 'needs interpreter frames').length).toBeGreaterThan(0);
    // arraycopy's slow path calls the native instead of deoptimizing: only its exceptions unwind.
    expect(deopts(events).filter((e) => e.method === 'NativeCalls.copies(I)I' && e.reason === 'throw')).toEqual([]);
    // (Both of its exceptions are caught in the compiled method.)
    expect(nativeStops(events, 'threw').filter((e) => e.method === 'NativeCalls.copies(I)I' && e.detail!.includes('arraycopy'))).toEqual([]);
  });

  it('-Xcomp -XX:+DeoptimizeALot and the default mode (low threshold): same output', async () => {
    for (const jit of [{ compileAll: true, deoptimizeALot: true }, { threshold: 100, preload: true }]) {
      const r = await runJava(program.dir, 'NativeCalls', jit, 32 << 20);
      expect(r.err).toBe('');
      expect(r.out).toBe(program.expected);
      expect(compiledLines(r.log, 'NativeCalls.pure(I)J')).not.toHaveLength(0);
    }
  });

  it('-Xint: same output (the test program itself)', async () => {
    const r = await runJava(program.dir, 'NativeCalls', null, 32 << 20);
    expect(r.err).toBe('');
    expect(r.out).toBe(program.expected);
  });
});
