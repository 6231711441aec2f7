// The JIT's start-up gates count interpreter work, not scheduler slices (docs/jit.md "Compile cost:
// start-up, tiers, batches"): `Vm.interpretedWork` sums the slice budget each slice used, so a
// program whose threads hand off constantly (a slice per hand-off) does not pass the gates early,
// while a single-threaded hot loop still loads Binaryen and compiles at the same point as before.
// The counter is process-local: a restored VM starts it again, with no compiled code.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadClassLibrary } from '../../src/api/index.js';
import { createVm, launch } from '../../src/api/launcher.js';
import { captureImage } from '../../src/image/capture.js';
import { classLibraryId } from '../../src/image/library-id.js';
import type { Image } from '../../src/image/model.js';
import { restoreImage } from '../../src/image/restore.js';
import { BLOCK } from '../../src/interp/invoke-native.js';
import type { Vm } from '../../src/runtime/vm.js';
import { ThreadState, type JavaThread } from '../../src/threads/java-thread.js';
import { capturingHost } from '../support/capturing-host.js';
import { compileSources, runJava } from './helpers.js';

/** Two threads handing a token back and forth: every hand-off ends a slice, each does little work. */
const HANDOFF = `
public class HandOff {
    static final Object lock = new Object();
    static int turn = 0;
    static long total = 0;
    static int record(int i) { return (i * 31) ^ (i >>> 3); }
    static void play(int me, int rounds) throws InterruptedException {
        for (int i = 0; i < rounds; i++) {
            synchronized (lock) {
                while (turn != me) lock.wait();
                total += record(i + me);
                turn = 1 - me;
                lock.notifyAll();
            }
        }
    }
    public static void main(String[] args) throws Exception {
        Thread other = new Thread(() -> { try { play(1, 3000); } catch (InterruptedException e) { throw new RuntimeException(e); } });
        other.start();
        play(0, 3000);
        other.join();
        System.out.println(total);
    }
}`;

/**
 * One thread, one long numeric loop: it passes the loop gate (400 000 at threshold 1000) after 2 %
 * of its iterations, so it goes on interpreting long after Binaryen is asked for (seconds
 * interpreted, against a fraction of a second for the import), then runs compiled.
 */
const LOOP = `
public class Spin {
    public static void main(String[] args) {
        long s = 0;
        for (int i = 0; i < 20_000_000; i++) s += (i * 7L) % 13;
        System.out.println(s);
    }
}`;

/** One thread, a short loop (for the counter itself, -Xint). */
const COUNT = `
public class Count {
    public static void main(String[] args) {
        long s = 0;
        for (int i = 0; i < 600_000; i++) s += (i * 7L) % 13;
        System.out.println(s);
    }
}`;

/** A checkpoint from Java (the test's native): taken at the next safepoint. */
const CHECKPOINTED = `
public class Warm {
    static native void checkpointHere();
    public static void main(String[] args) {
        long s = 0;
        for (int i = 0; i < 300_000; i++) s += i % 7;
        checkpointHere();
        for (int i = 0; i < 1000; i++) s += i % 5;
        System.out.println(s);
    }
}`;

/** What HotSpot prints for Spin and Count. */
const loopSum = (n: number): string => {
  let s = 0;
  for (let i = 0; i < n; i++) s += (i * 7) % 13;
  return `${s}\n`;
};

let classes: { dir: string; dispose: () => void };
beforeAll(() => { classes = compileSources({ 'HandOff.java': HANDOFF, 'Spin.java': LOOP, 'Count.java': COUNT, 'Warm.java': CHECKPOINTED }); });
afterAll(() => classes.dispose());

/** What HotSpot prints for HandOff (the sum does not depend on the interleaving). */
const HANDOFF_EXPECTED = (() => {
  let t = 0;
  for (let me = 0; me < 2; me++) for (let i = 0; i < 3000; i++) t += (((i + me) * 31) ^ ((i + me) >>> 3));
  return `${t}\n`;
})();

describe('start-up gates count interpreter work', () => {
  it('threads handing off constantly run many slices but do not load Binaryen', async () => {
    // Threshold 1000: record() (6000 calls) and the wait loops get hot; the gates are 2 million
    // calls and branches (calls) and 400 000 (loops). The old gates were 100 and 20 slices.
    const r = await runJava(classes.dir, 'HandOff', { threshold: 1000 });
    expect(r.out).toBe(HANDOFF_EXPECTED);
    expect(r.vm!.scheduler.slices).toBeGreaterThan(6000); // a slice per hand-off: far past 100
    expect(r.vm!.interpretedWork).toBeLessThan(400_000);
    expect(r.jit!.stats.deferred).toBeGreaterThan(0);     // hot, but kept interpreted
    expect(r.jit!.binaryenRequested).toBe(false);
    expect(r.log.filter((l) => l.includes('loading Binaryen'))).toEqual([]);
  });

  it('a hot loop still loads Binaryen once the work passes the loop gate, and compiles', async () => {
    const r = await runJava(classes.dir, 'Spin', { threshold: 1000 });
    expect(r.out).toBe(loopSum(20_000_000));
    expect(r.jit!.binaryenRequested).toBe(true);
    const load = r.log.find((l) => l.includes('loading Binaryen'));
    expect(load).toMatch(/loading Binaryen at slice \d+ \((\d+) calls and branches interpreted\): Spin\.main\(\[Ljava\/lang\/String;\)V hot by backedges/);
    const work = Number(/\((\d+) calls and branches/.exec(load!)![1]);
    expect(work).toBeGreaterThanOrEqual(400_000); // the loop gate at this threshold
    expect(work).toBeLessThan(400_000 + 2 * 20_000 + 100_000); // and not much later (it asks again every 250 back edges)
    expect(r.log.some((l) => l.includes(' Spin.main(') && l.includes('OSR at'))).toBe(true);
  });

  it('the count does not depend on the slice size', async () => {
    const a = await runJava(classes.dir, 'Count', null);
    const b = await runJava(classes.dir, 'Count', null, 32 << 20, [], false, (vm) => { vm.sliceBudget = 500; });
    expect(a.out).toBe(loopSum(600_000));
    expect(b.out).toBe(a.out);
    expect(b.vm!.scheduler.slices).toBeGreaterThan(a.vm!.scheduler.slices * 20);
    expect(a.vm!.interpretedWork).toBeGreaterThan(600_000); // 600 000 iterations: a taken branch each
    expect(Math.abs(b.vm!.interpretedWork - a.vm!.interpretedWork)).toBeLessThan(a.vm!.interpretedWork / 1000);
  });

  it('a restored VM counts from zero, as it starts with no compiled code', async () => {
    const library = loadClassLibrary();
    const OPTIONS = { maxHeapBytes: 32 << 20, stackBytes: 1 << 20, properties: {} };
    let image: Image | null = null;
    let workAtCheckpoint = 0;
    const natives = new Map([['Warm', {
      'checkpointHere()V': (vm: Vm, t: JavaThread) => {
        t.state = ThreadState.WaitingForIo;
        vm.scheduler.atSafepoint(() => {
          t.state = ThreadState.Runnable;
          workAtCheckpoint = vm.interpretedWork;
          image = structuredClone(captureImage(vm, classLibraryId(library), 'Warm'));
          vm.scheduler.makeRunnable(t);
        });
        return BLOCK;
      },
    }]]);
    const original = capturingHost();
    expect(await launch(original.host, { mainClass: 'Warm', args: [], classPath: [classes.dir], classLibrary: library, ...OPTIONS, extraNatives: natives })).toBe(0);
    expect(workAtCheckpoint).toBeGreaterThan(300_000);
    const restored = capturingHost();
    const vm = createVm(restored.host, { classPath: [], classLibrary: library, ...OPTIONS });
    restoreImage(vm, image!, classLibraryId(library));
    expect(vm.interpretedWork).toBeLessThan(workAtCheckpoint / 10);
  });
});
