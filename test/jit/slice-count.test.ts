// Under a diagnostic slice budget (-XX:TernSliceBudget, vm.compiledSliceBudget) a run's slices are
// a reproducible clock (the consistency harness checkpoints at slice numbers it took from an
// earlier run of the same program): they must not depend on how fast the process runs. Compiled
// code used to ask the scheduler, after each interpreted callee returned to it, whether the thread
// should stop — and the scheduler's answer includes its event-loop clock (8 ms since the last
// yield) — so threads/ProducerConsumer under -Xcomp took 2537 to 2540 slices from run to run, and a
// VM in a warm runner (test/support/warm-runner.ts), whose Tern code V8 had already optimized, a
// slice or two fewer than the same run in a process of its own. Here the clock is a stub: one run
// where it stands still and one where 10 ms pass between any two readings must take the same slices.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { compileSources, PAD, runJava } from './helpers.js';

vi.setConfig({ testTimeout: 300_000 });

const SOURCE = `
public class Slices {
  static boolean PAD_NEVER;
  /** Never compiles (PAD): its returns to compiled code are where the clock was asked. */
  static int helper(int x) { ${PAD} return x * 3 + 1; }
  static long loop(int n) { long s = 0; for (int i = 0; i < n; i++) s += helper(i); return s; }

  public static void main(String[] args) throws InterruptedException {
    long[] sums = new long[2];
    Thread a = new Thread(() -> sums[0] = loop(20000));
    Thread b = new Thread(() -> sums[1] = loop(30000));
    a.start();
    b.start();
    a.join();
    b.join();
    System.out.println(sums[0] + " " + sums[1] + " " + loop(10000));
  }
}
`;

let dir: string;
let dispose: () => void;
beforeAll(() => ({ dir, dispose } = compileSources({ 'Slices.java': SOURCE })));
afterAll(() => dispose?.());

/** Runs Slices under -Xcomp with a slice budget of 50 while `Date.now` reads `clock()`; its slice count and output. */
async function slicesWith(clock: () => number): Promise<{ slices: number; out: string }> {
  const now = vi.spyOn(Date, 'now').mockImplementation(clock);
  try {
    let slices = () => -1;
    const r = await runJava(dir, 'Slices', { compileAll: true }, 32 << 20, [], false, (vm) => {
      vm.sliceBudget = vm.compiledSliceBudget = 50;
      slices = () => vm.scheduler.slices;
    });
    expect(r.status).toBe(0);
    return { slices: slices(), out: r.out };
  } finally {
    now.mockRestore();
  }
}

describe('slice count under a diagnostic slice budget', () => {
  it('does not depend on the time compiled code takes (-Xcomp, interpreted callees of compiled loops)', async () => {
    const start = Date.now();
    const still = await slicesWith(() => start);
    let t = start;
    const racing = await slicesWith(() => (t += 10));
    expect(still.out).toBe(`${20000n * 19999n / 2n * 3n + 20000n} ${30000n * 29999n / 2n * 3n + 30000n} ${10000n * 9999n / 2n * 3n + 10000n}\n`);
    expect(racing.out).toBe(still.out);
    // Slices end every 50 polls or calls: the two threads' 50 000 iterations take hundreds.
    expect(still.slices).toBeGreaterThan(200);
    expect(racing.slices).toBe(still.slices);
  });
});
