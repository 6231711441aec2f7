// The embedding API end to end: a Java program run through launch() with a capturing host, the
// JS event loop served while Java code spins, extra natives, exit statuses and shutdown hooks.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { launch, loadClassLibrary } from '../../src/api/index.js';
import { capturingHost } from '../support/capturing-host.js';
import type { Vm } from '../../src/runtime/vm.js';
import { javaWorkspace } from '../support/java-workspace.js';

const SOURCES: Record<string, string> = {
  Spin: `
public class Spin {
  static native boolean timerFired();
  public static void main(String[] args) {
    long spins = 0;
    while (!timerFired()) spins++;
    System.out.println("timer fired while Java spun: " + (spins > 0));
  }
}`,
  Hooks: `
public class Hooks {
  public static void main(String[] args) throws Exception {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println("hook ran")));
    Thread t = new Thread(() -> System.out.println("worker " + Thread.currentThread().getName()), "w1");
    t.start();
    t.join();
    if (args.length > 0) System.exit(Integer.parseInt(args[0]));
    System.out.println("main returns");
  }
}`,
  Fails: `
public class Fails {
  public static void main(String[] args) { throw new IllegalStateException("boom"); }
}`,
};

let dir = '';
beforeAll(() => {
  const ws = javaWorkspace('tern-api-', SOURCES, { classes: 'out' });
  dir = ws.dir;
  return ws.remove;
});


async function run(mainClass: string, args: string[] = [], extra?: Parameters<typeof launch>[1]['extraNatives']) {
  const c = capturingHost();
  const status = await launch(c.host, {
    mainClass, args, classPath: [join(dir, 'out')], classLibrary: loadClassLibrary(),
    maxHeapBytes: 32 << 20, stackBytes: 1 << 20, properties: {}, extraNatives: extra,
  });
  return { status, out: c.out(), err: c.err() };
}

describe('launch()', () => {
  it('serves the JS event loop while a Java thread spins', async () => {
    let fired = false;
    const timer = setTimeout(() => (fired = true), 50);
    const natives = new Map([['Spin', { 'timerFired()Z': (_vm: Vm) => (fired ? 1 : 0) }]]);
    const r = await run('Spin', [], natives);
    clearTimeout(timer);
    expect(r).toEqual({ status: 0, out: 'timer fired while Java spun: true\n', err: '' });
  });

  it('waits for threads, runs shutdown hooks and returns the exit status', async () => {
    expect(await run('Hooks')).toEqual({ status: 0, out: 'worker w1\nmain returns\nhook ran\n', err: '' });
    expect(await run('Hooks', ['7'])).toEqual({ status: 7, out: 'worker w1\nhook ran\n', err: '' });
  });

  it('reports an uncaught exception like HotSpot and returns 1', async () => {
    const r = await run('Fails');
    expect(r.status).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toBe('Exception in thread "main" java.lang.IllegalStateException: boom\n\tat Fails.main(Fails.java:3)\n');
  });
});
