// Forged images against restore: a real image of a running program (threads parked in several
// ways, objects of many classes) is mutated thousands of times and resealed with a valid checksum,
// so every mutant reaches the decoder's structural checks and then restore's semantic ones
// (classes, field and element types, frames against the bytecode analysis). Each mutant must be
// refused with ImageFormatError or RestoreError, or restore into a VM that is structurally sound —
// never a JavaScript error, a crash or a hang.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { quietHost } from '../support/capturing-host.js';
import { createVm, launch, loadClassLibrary, checkpointToBytes, restoreFromBytes, ImageFormatError, RestoreError } from '../../src/api/index.js';
import { crc32c } from '../../src/image/crc32c.js';
import { BLOCK } from '../../src/interp/invoke-native.js';
import type { Vm } from '../../src/runtime/vm.js';
import { ThreadState, type JavaThread } from '../../src/threads/java-thread.js';
import { seededRandom } from '../support/random.js';
import { javaWorkspace } from '../support/java-workspace.js';

const PROGRAM = `
import java.util.*;
public class Victim {
  static native void snap();
  static final Object lock = new Object();
  record Point(int x, long y, double z, String name) {}
  public static void main(String[] args) throws Exception {
    Map<String, List<Point>> map = new HashMap<>();
    for (int i = 0; i < 20; i++) map.computeIfAbsent("k" + (i % 4), k -> new ArrayList<>()).add(new Point(i, i * 1000L, i / 3.0, "p" + i));
    Thread waiter = new Thread(() -> { synchronized (lock) { try { lock.wait(); } catch (InterruptedException e) { } } });
    waiter.setDaemon(true);
    waiter.start();
    Thread sleeper = new Thread(() -> { try { Thread.sleep(100000); } catch (InterruptedException e) { } });
    sleeper.setDaemon(true);
    sleeper.start();
    while (waiter.getState() != Thread.State.WAITING || sleeper.getState() != Thread.State.TIMED_WAITING) Thread.sleep(1);
    int[] ints = {1, 2, 3};
    char[] chars = "chars".toCharArray();
    snap();
    System.out.println(map.size() + " " + ints.length + chars.length);
  }
}`;

const quiet = quietHost;
const OPTIONS = { classPath: [] as string[], maxHeapBytes: 16 << 20, stackBytes: 1 << 20, properties: {} };
let dir = '';
let image = new Uint8Array(0);
const library = loadClassLibrary();

beforeAll(async () => {
  const ws = javaWorkspace('tern-rfuzz-', { Victim: PROGRAM }, { classes: 'out' });
  dir = ws.dir;
  const natives = new Map([['Victim', {
    'snap()V': (vm: Vm, t: JavaThread) => {
      t.state = ThreadState.WaitingForIo;
      vm.scheduler.atSafepoint(() => {
        t.state = ThreadState.Runnable;
        image = checkpointToBytes(vm).bytes;
        vm.scheduler.exiting = true;
      });
      return BLOCK;
    },
  }]]);
  await launch(quiet(), { ...OPTIONS, mainClass: 'Victim', args: [], classPath: [join(dir, 'out')], classLibrary: library, extraNatives: natives });
  return ws.remove;
});

/** Recomputes the trailing CRC-32C so a mutant passes the checksum and meets the real checks. */
function reseal(bytes: Uint8Array): Uint8Array {
  if (bytes.length >= 4) new DataView(bytes.buffer, bytes.byteOffset).setUint32(bytes.length - 4, crc32c(bytes, 0, bytes.length - 4), true);
  return bytes;
}

describe('restore of forged images', () => {
  it('restores the real image', () => {
    expect(image.length).toBeGreaterThan(1000);
    const vm = createVm(quiet(), { ...OPTIONS, classLibrary: library });
    restoreFromBytes(vm, image);
    expect(vm.scheduler.threads.length).toBe(3);
  });

  // Each mutant restores into a fresh VM (~0.06 s): 200 here, 1000 in the slow suite (TERN_SLOW=1).
  const MUTANTS = process.env['TERN_SLOW'] === '1' ? 1000 : 200;
  it(`refuses ${MUTANTS} mutants cleanly or restores a sound VM`, { timeout: MUTANTS * 500 }, () => {
    const next = seededRandom(7);
    const outcomes = new Map<string, number>();
    const started = Date.now();
    for (let i = 0; i < MUTANTS; i++) {
      const m = image.slice();
      const kind = i % 4;
      const at = 40 + Math.floor(next() * (m.length - 44)); // past the header's magic and version
      if (kind === 0) m[at] ^= 1 << Math.floor(next() * 8);
      else if (kind === 1) m[at] = Math.floor(next() * 256);
      else if (kind === 2) for (let k = 0; k < 4; k++) m[Math.min(m.length - 5, at + k)] = Math.floor(next() * 256);
      else m[at] = (m[at]! + 1) & 0xff;
      const vm = createVm(quiet(), { ...OPTIONS, classLibrary: library });
      let outcome = 'restored';
      try {
        restoreFromBytes(vm, reseal(m));
      } catch (e) {
        if (!(e instanceof ImageFormatError) && !(e instanceof RestoreError)) throw new Error(`mutant ${i} (byte ${at}): ${(e as Error)?.stack}`);
        outcome = e.constructor.name;
      }
      outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
    }
    console.log(`restore fuzz: ${JSON.stringify(Object.fromEntries(outcomes))} in ${Date.now() - started} ms`);
    expect((outcomes.get('ImageFormatError') ?? 0) + (outcomes.get('RestoreError') ?? 0)).toBeGreaterThan(0);
  });
});
