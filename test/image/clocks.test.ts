// The clocks of a restored program (docs/checkpoint.md "Time across a checkpoint"): System.nanoTime()
// continues from the image, and neither the downtime nor the restore's own work after the heap and
// threads (checking files, re-establishing sockets: here a second of it, simulated) counts as time
// of the program. A scheduled task fires at the virtual time it was due, and a thread that runs
// across the checkpoint sees no jump.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadClassLibrary } from '../../src/api/index.js';
import { createVm, launch, runToCompletion } from '../../src/api/launcher.js';
import { captureImage } from '../../src/image/capture.js';
import { classLibraryId } from '../../src/image/library-id.js';
import type { Image } from '../../src/image/model.js';
import { restoreImage, resumeClocks } from '../../src/image/restore.js';
import { BLOCK } from '../../src/interp/invoke-native.js';
import type { Vm } from '../../src/runtime/vm.js';
import { ThreadState, type JavaThread } from '../../src/threads/java-thread.js';
import { capturingHost } from '../support/capturing-host.js';
import { javaWorkspace } from '../support/java-workspace.js';

const PROGRAM = `
import java.util.concurrent.*;
public class Clocks {
  static native void checkpointHere();
  public static void main(String[] args) throws Exception {
    ScheduledExecutorService ses = Executors.newSingleThreadScheduledExecutor();
    long t0 = System.nanoTime();
    ScheduledFuture<Long> f = ses.schedule(() -> System.nanoTime() - t0, 1500, TimeUnit.MILLISECONDS);
    Thread.sleep(200);
    long a = System.nanoTime();
    checkpointHere();
    long across = System.nanoTime() - a;
    System.out.println("across the checkpoint: " + (across < 400_000_000L ? "under 400 ms" : across / 1_000_000 + " ms"));
    long ran = f.get();
    System.out.println("task ran after " + (ran >= 1_500_000_000L && ran < 1_900_000_000L ? "1500 to 1900 ms" : ran / 1_000_000 + " ms"));
    ses.shutdown();
  }
}`;

const OPTIONS = { maxHeapBytes: 64 << 20, stackBytes: 1 << 20, properties: {} };
const EXPECTED = 'across the checkpoint: under 400 ms\ntask ran after 1500 to 1900 ms\n';

let dir = '';
beforeAll(() => {
  const ws = javaWorkspace('tern-clocks-', { Clocks: PROGRAM }, { classes: 'out' });
  dir = ws.dir;
  return ws.remove;
});

describe('clocks across a checkpoint', () => {
  it('a slow restore and the downtime do not count: the task fires on time, the running thread sees no jump', async () => {
    const library = loadClassLibrary();
    const original = capturingHost();
    let image: Image | null = null;
    const natives = new Map([['Clocks', {
      'checkpointHere()V': (vm: Vm, t: JavaThread) => {
        t.state = ThreadState.WaitingForIo;
        vm.scheduler.atSafepoint(() => {
          t.state = ThreadState.Runnable;
          image = structuredClone(captureImage(vm, classLibraryId(library), 'Clocks'));
          vm.scheduler.makeRunnable(t);
        });
        return BLOCK;
      },
    }]]);
    expect(await launch(original.host, { mainClass: 'Clocks', args: [], classPath: [join(dir, 'out')], classLibrary: library, ...OPTIONS, extraNatives: natives })).toBe(0);
    expect(original.out()).toBe(EXPECTED);
    const parked = image!.threads.filter((t) => t.remainingMs >= 0);
    expect(parked.length).toBe(1); // the scheduler thread, about 1300 ms before its task
    expect(parked[0]!.remainingMs).toBeGreaterThan(800);

    // Downtime, then a restore whose tail (after the threads) takes a second.
    await new Promise((r) => setTimeout(r, 500));
    const restored = capturingHost();
    const vm = createVm(restored.host, { classPath: [], classLibrary: library, ...OPTIONS });
    const clock = restoreImage(vm, image!, classLibraryId(library));
    await new Promise((r) => setTimeout(r, 1000));
    resumeClocks(vm, clock);
    expect(Math.abs(vm.nanoTime() - image!.vm.nanoTime)).toBeLessThan(100e6);
    expect(await runToCompletion(vm)).toBe(0);
    expect(restored.out()).toBe(EXPECTED);
  }, 60_000);
});
