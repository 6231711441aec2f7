// Deoptimization by unwinding (docs/deopt.md): multi-frame unwinding with every value kind live,
// exceptions thrown from compiled code and caught in the same method, the compiled-call depth
// limit, allocation failure handing over to the interpreter's collector (references in compiled
// frames survive a moving GC because the GC only ever sees interpreter frames), and safepoint polls
// that switch green threads while compiled loops run.
import { describe, expect, it, vi } from 'vitest';
import { compiledLines, javaFixture, runJava } from '../jit/helpers.js';

vi.setConfig({ testTimeout: 300_000 });

const DEOPT = `
public class Deopt {
  static double inner(int i, long l, float f) { double d = i * 0.25; for (int k = 0; k < 3; k++) d += l % (k + 2) + f; return d; }
  static double mid(int i) { long l = i * 3L + (1L << 33); float f = i / 2f; double d = inner(i, l, f); return l + f + d + (i & 1); }
  static double outer(int n) { double s = 0; for (int i = 0; i < n; i++) s += mid(i) - (i % 3 == 0 ? 0.5 : 0); return s; }

  static int safeDiv(int[] a) {
    int s = 0;
    for (int i = 0; i < a.length; i++) {
      try { s += 1000 / a[i]; } catch (ArithmeticException e) { s -= 1; }
    }
    return s;
  }
  static int depth(int n) { return n == 0 ? 0 : 1 + depth(n - 1); }
  static long churn(int n) {
    int[] keep = new int[16];
    long s = 0;
    for (int i = 0; i < n; i++) {
      int[] tmp = new int[2000];
      tmp[i % 2000] = i;
      keep[i & 15] += tmp[i % 2000] & 255;
      s += keep[(i * 7) & 15];
    }
    return s + keep.length;
  }
  static long spin(long seed, int n) { long x = seed; for (int i = 0; i < n; i++) x = x * 6364136223846793005L + 1442695040888963407L + (x >>> 29); return x; }

  public static void main(String[] args) throws Exception {
    System.out.println("outer " + outer(300));
    int[] a = new int[200];
    for (int i = 0; i < a.length; i++) a[i] = i % 9 - 4;
    System.out.println("safeDiv " + safeDiv(a));
    System.out.println("depth " + depth(1500));
    System.out.println("churn " + churn(3000));
    long[] r = new long[2];
    int n = Integer.parseInt(args[0]);
    Thread t1 = new Thread(() -> r[0] = spin(1, n));
    Thread t2 = new Thread(() -> r[1] = spin(2, n));
    t1.start(); t2.start(); t1.join(); t2.join();
    System.out.println("spin " + r[0] + " " + r[1]);
  }
}`;

const program = javaFixture({ 'Deopt.java': DEOPT }, 'Deopt', { args: ['3000000'] });

describe('deoptimization', () => {
  it('-Xcomp: same output; implicit exceptions, depth, allocation and poll deopts happened', async () => {
    const r = await runJava(program.dir, 'Deopt', { compileAll: true }, 4 << 20, ['3000000']);
    expect(r.err).toBe('');
    expect(r.out).toBe(program.expected);
    for (const m of ['inner(IJF)D', 'mid(I)D', 'outer(I)D', 'safeDiv([I)I', 'depth(I)I', 'churn(I)J', 'spin(JI)J']) {
      expect(compiledLines(r.log, `Deopt.${m}`), m).not.toHaveLength(0);
    }
    const d = r.jit!.stats.deopts;
    // safeDiv's division by zero, caught in the same method: created and caught in compiled code
    // (a throw deopt before docs/deopt.md "Implicit exceptions in compiled code").
    expect(r.jit!.stats.implicitExceptions).toBeGreaterThan(0);
    expect(d.get('depth') ?? 0).toBeGreaterThan(0); // depth(1500) passes the compiled-call depth limit
    expect(d.get('allocation') ?? 0).toBeGreaterThan(0); // churn fills the 4 MiB heap: the interpreter collects
    expect(d.get('poll') ?? 0).toBeGreaterThan(0); // two threads in compiled loops: polls switch them
  });

  it('-Xcomp -XX:+DeoptimizeALot: nested compiled frames unwind at every poll, same output', async () => {
    const r = await runJava(program.dir, 'Deopt', { compileAll: true, deoptimizeALot: true }, 4 << 20, ['3000000']);
    expect(r.out).toBe(program.expected);
    const d = r.jit!.stats.deopts;
    expect(d.get('poll') ?? 0).toBeGreaterThan(1000);
  });

  it('GC stress (a collection at every interpreter allocation) with compiled code', async () => {
    const r = await runJava(program.dir, 'Deopt', { compileAll: true }, 4 << 20, ['3000000'], true);
    expect(r.out).toBe(program.expected);
  });
});
