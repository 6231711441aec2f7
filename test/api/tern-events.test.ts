// The embedding API's events (src/api/tern.ts): the JIT's trace events (jit/trace-events.ts) and
// checkpoint start/end, and the JIT settings of a resident VM.
import { beforeAll, describe, expect, it } from 'vitest';
import { JavaException, Tern, type CheckpointEvent, type TraceEvent } from '../../src/api/index.js';
import { capturingHost } from '../support/capturing-host.js';
import { javaWorkspace } from '../support/java-workspace.js';

const SOURCE = `
public class Calc {
  public static int divide(int a, int b) { return a / b; }
  public static long squares(int n) { long s = 0; for (int i = 0; i < n; i++) s += (long) i * i; return s; }
}`;

let dir = '';
beforeAll(() => {
  const ws = javaWorkspace('tern-events-', { Calc: SOURCE });
  dir = ws.dir;
  return ws.remove;
});

describe('Tern events', () => {
  it("'jit': compile and deopt events of embedded calls (JIT on, -Xcomp)", async () => {
    const tern = await Tern.start({ classPath: [dir], host: capturingHost().host, jit: { compileAll: true } });
    expect(tern.jit).not.toBeNull();
    const events: TraceEvent[] = [];
    const listener = (e: TraceEvent): void => void events.push(e);
    tern.on('jit', listener);
    expect(await tern.call('Calc', 'squares', '(I)J', 1000)).toBe(332833500n);
    expect(await tern.call('Calc', 'divide', '(II)I', 7, 2)).toBe(3);
    const e = await tern.call('Calc', 'divide', '(II)I', 1, 0).catch((x: unknown) => x);
    expect((e as JavaException).javaMessage).toBe('/ by zero');
    const compiles = events.flatMap((x) => (x.ev === 'compile' ? [x] : []));
    expect(compiles.every((c) => c.trigger === 'xcomp' || c.trigger.startsWith('callee-of '))).toBe(true);
    const has = (c: (typeof compiles)[number], m: string) => c.method === m || c.inlined.some((x) => x.startsWith(`${m}@`));
    expect(compiles.some((c) => has(c, 'Calc.squares(I)J'))).toBe(true);
    // divide(1, 0) deoptimized at its idiv, in divide's own code or in the reflective accessor
    // that calls it (-Xcomp compiles it first, and inlines divide, which is small and a leaf).
    const deopt = events.find((x) => x.ev === 'deopt' && x.method === 'Calc.divide(II)I');
    expect(deopt).toMatchObject({ pc: 2, reason: 'throw', thread: 'main' });
    const d = deopt as Extract<TraceEvent, { ev: 'deopt' }>;
    expect(d.frames.at(-1)).toBe('Calc.divide(II)I@2');
    expect(has(compiles.find((c) => c.id === d.id)!, 'Calc.divide(II)I')).toBe(true);
    // off() stops the delivery.
    tern.off('jit', listener);
    const n = events.length;
    await tern.call('Calc', 'divide', '(II)I', 1, 0).catch(() => {});
    expect(events.length).toBe(n);
    await tern.close();
  });

  it('jit: false runs interpreted, with no events', async () => {
    const tern = await Tern.start({ classPath: [dir], host: capturingHost().host, jit: false });
    expect(tern.jit).toBeNull();
    let seen = 0;
    tern.on('jit', () => seen++);
    expect(await tern.call('Calc', 'squares', '(I)J', 1000)).toBe(332833500n);
    expect(seen).toBe(0);
    await tern.close();
  });

  it("'checkpoint': start and end, with the time to the safepoint and the image size", async () => {
    const tern = await Tern.start({ classPath: [dir], host: capturingHost().host });
    const events: CheckpointEvent[] = [];
    tern.on('checkpoint', (e) => events.push(e));
    const image = await tern.checkpoint();
    const image2 = await tern.checkpoint({ compressionLevel: 6 });
    expect(events.map((e) => [e.ev, e.id])).toEqual([['checkpoint-start', 1], ['checkpoint-end', 1], ['checkpoint-start', 2], ['checkpoint-end', 2]]);
    const end = events[1]!;
    if (end.ev !== 'checkpoint-end') throw new Error('expected an end');
    expect(end.bytes).toBe(image.length);
    expect((events[3] as { bytes: number }).bytes).toBe(image2.length);
    expect(end.ms).toBeGreaterThanOrEqual(end.waitMs);
    expect(end.t).toBeGreaterThanOrEqual(events[0]!.t);
    expect(end.error).toBeUndefined();
    await tern.close();
  });
});
