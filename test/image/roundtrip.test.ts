// Capture and restore without the codec: a program is checkpointed at a point it chooses (threads
// sleeping, waiting, blocked on a monitor and parked; lambdas, maps, identity hashes, a saved
// exception), the original run continues, and the image restored into a fresh VM must print
// exactly what the original printed after the checkpoint.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadClassLibrary } from '../../src/api/index.js';
import { capturingHost } from '../support/capturing-host.js';
import { createVm, launch, runToCompletion } from '../../src/api/launcher.js';
import { BLOCK } from '../../src/interp/invoke-native.js';
import { captureImage } from '../../src/image/capture.js';
import { encodeImage } from '../../src/image/codec.js';
import { classLibraryId } from '../../src/image/library-id.js';
import type { Image } from '../../src/image/model.js';
import { restoreImage } from '../../src/image/restore.js';
import type { Vm } from '../../src/runtime/vm.js';
import { ThreadState, type JavaThread } from '../../src/threads/java-thread.js';
import { javaWorkspace } from '../support/java-workspace.js';

const PROGRAM = `
import java.util.*;
import java.util.concurrent.locks.LockSupport;
import java.util.function.*;

public class Snap {
  static native void checkpointHere();
  static final Object lock = new Object();
  static final Object gate = new Object();
  static volatile boolean go;
  static volatile boolean sleeperWoke;
  static long fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

  public static void main(String[] args) throws Exception {
    Map<String, Integer> counts = new HashMap<>();
    for (String w : new String[] {"the", "quick", "brown", "fox", "the", "lazy", "dog", "the", "end"}) counts.merge(w, 1, Integer::sum);
    Function<Integer, Integer> twice = x -> x * 2;
    Object o1 = new Object(), o2 = new Object();
    int h1 = System.identityHashCode(o1);
    Exception saved = new IllegalStateException("kept across the checkpoint");
    List<Thread> threads = new ArrayList<>();
    // The sleeper's deadline runs across the checkpoint; it reports through a flag, not a print,
    // so the output does not depend on how the wall clock relates to main's work.
    Thread sleeper = new Thread(() -> { try { Thread.sleep(300); } catch (InterruptedException e) { } sleeperWoke = true; }, "sleeper");
    Thread waiter = new Thread(() -> { synchronized (lock) { while (!go) { try { lock.wait(); } catch (InterruptedException e) { } } } System.out.println("waiter notified"); }, "waiter");
    Thread parker = new Thread(() -> { while (!go) LockSupport.park(); System.out.println("parker unparked"); }, "parker");
    Thread blocked = new Thread(() -> { synchronized (gate) { System.out.println("blocked got the gate"); } }, "blocked");
    threads.add(sleeper); threads.add(waiter); threads.add(parker);
    for (Thread t : threads) t.start();
    long deep;
    synchronized (gate) {
      blocked.start();
      while (blocked.getState() != Thread.State.BLOCKED || waiter.getState() != Thread.State.WAITING || parker.getState() != Thread.State.WAITING) Thread.sleep(1);
      System.out.println("before checkpoint " + counts);
      deep = depth(40);
    }
    System.out.println("after checkpoint " + counts + " " + twice.apply(21) + " " + (System.identityHashCode(o1) == h1) + " " + fib(15)
        + " primitive mirror kept " + (int[].class.getComponentType() == int.class));
    StackTraceElement[] st = saved.getStackTrace();
    System.out.println(saved.getMessage() + " at " + st[0].getMethodName() + " line " + st[0].getLineNumber() + " deep " + deep);
    Set<Object> ids = new HashSet<>(); ids.add(o1); ids.add(o2);
    System.out.println("new object hash differs: " + (System.identityHashCode(new Object()) != h1));
    synchronized (lock) { go = true; lock.notifyAll(); }
    LockSupport.unpark(parker);
    for (Thread t : threads) t.join();
    blocked.join();
    System.out.println("done " + ids.size() + ", sleeper woke " + sleeperWoke);
  }

  static long depth(int n) {
    if (n == 0) { checkpointHere(); return 1; }
    long x = n * 3L;
    double d = n / 2.0;
    return depth(n - 1) + x + (long) d;
  }
}`;

let dir = '';
beforeAll(() => {
  const ws = javaWorkspace('tern-image-', { Snap: PROGRAM }, { classes: 'out', javac: ['-g'] });
  dir = ws.dir;
  return ws.remove;
});


const OPTIONS = { maxHeapBytes: 64 << 20, stackBytes: 1 << 20, properties: {} };

describe('capture and restore', () => {
  it('holds no addresses: a collection that moves every object between two captures changes nothing', async () => {
    const library = loadClassLibrary();
    const images: Uint8Array[] = [];
    const natives = new Map([['Snap', {
      'checkpointHere()V': (vm: Vm, t: JavaThread) => {
        t.state = ThreadState.WaitingForIo;
        vm.scheduler.atSafepoint(() => {
          t.state = ThreadState.Runnable;
          const before = captureImage(vm, classLibraryId(library), 'Snap');
          vm.collectGarbage(); // a copying collection: every live object moves
          const after = captureImage(vm, classLibraryId(library), 'Snap');
          after.capturedAt = before.capturedAt;
          after.vm.nanoTime = before.vm.nanoTime;
          for (const th of after.threads) th.remainingMs = before.threads.find((b) => b.id === th.id)!.remainingMs;
          images.push(encodeImage(before), encodeImage(after));
          vm.scheduler.exiting = true;
        });
        return BLOCK;
      },
    }]]);
    await launch(capturingHost().host, { mainClass: 'Snap', args: [], classPath: [join(dir, 'out')], classLibrary: library, ...OPTIONS, extraNatives: natives });
    expect(images.length).toBe(2);
    expect(Buffer.from(images[1]!).equals(Buffer.from(images[0]!))).toBe(true);
  });

  it('a restored program prints what the original printed after the checkpoint', async () => {
    const library = loadClassLibrary();
    const original = capturingHost();
    let image: Image | null = null;
    let outputAtCheckpoint = 0;
    const natives = new Map([['Snap', {
      'checkpointHere()V': (vm: Vm, t: JavaThread) => {
        t.state = ThreadState.WaitingForIo;
        vm.scheduler.atSafepoint(() => {
          t.state = ThreadState.Runnable;
          // A deep copy: the original keeps running and must not share anything with the image.
          image = structuredClone(captureImage(vm, classLibraryId(library), 'Snap'));
          outputAtCheckpoint = original.mark();
          vm.scheduler.makeRunnable(t);
        });
        return BLOCK;
      },
    }]]);
    const status = await launch(original.host, { mainClass: 'Snap', args: [], classPath: [join(dir, 'out')], classLibrary: library, ...OPTIONS, extraNatives: natives });
    expect(status, original.out()).toBe(0);
    expect(image).not.toBeNull();
    const after = original.out().substring(outputAtCheckpoint);
    expect(after).toContain('after checkpoint');

    const restored = capturingHost();
    const vm = createVm(restored.host, { classPath: [], classLibrary: library, ...OPTIONS });
    restoreImage(vm, image!, classLibraryId(library));
    expect(await runToCompletion(vm)).toBe(0);
    expect(restored.out()).toBe(after);
  });
});
