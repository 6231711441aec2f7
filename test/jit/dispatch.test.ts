// Virtual and interface calls in compiled code (inline caches + the `dispatch` import), and
// class-hierarchy analysis: devirtualized and inlined calls whose assumption breaks when a
// subclass is loaded late, which must invalidate the dependent code.
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { compiledLines, javaFixture, runJava } from './helpers.js';

vi.setConfig({ testTimeout: 300_000 });

const SOURCE = readFileSync(new URL('./Dispatch.java.txt', import.meta.url), 'utf8');

const program = javaFixture({ 'Dispatch.java': SOURCE }, 'Dispatch', { javaFlags: ['-Xint'] });

describe('JIT: virtual and interface dispatch', () => {
  it('-Xcomp: polymorphic virtual and interface sites compile and agree with HotSpot', async () => {
    const r = await runJava(program.dir, 'Dispatch', { compileAll: true });
    expect(r.err).toBe('');
    expect(r.out).toBe(program.expected);
    for (const m of ['animals([LDispatch$Animal;I)J', 'greetings(Ljava/util/List;I)I', 'eyesOf(LDispatch$Animal;)I', 'run(LDispatch$Counter;I)I']) {
      expect(compiledLines(r.log, `Dispatch.${m}`), m).not.toHaveLength(0);
    }
  });

  it('CHA: devirtualized and inlined calls; a subclass loaded late invalidates the dependent code', async () => {
    const r = await runJava(program.dir, 'Dispatch', { compileAll: true });
    expect(r.out).toBe(program.expected);
    // Counter.tick() inlined step() on the assumption that no subclass overrides it ...
    const tick = compiledLines(r.log, 'Dispatch$Counter.tick()V');
    expect(tick.some((l) => l.includes('inlined Dispatch$Counter.step()I@'))).toBe(true);
    // ... and loading Dispatch$Fast broke it.
    expect(r.log.some((l) => l.includes('made not entrant: Dispatch$Counter.tick()V (class-hierarchy: Dispatch$Counter receivers all run Dispatch$Counter.step()I, broken by Dispatch$Fast)'))).toBe(true);
    // Small static callees are inlined too; the division by zero inside inlined divide() rebuilt two frames.
    expect(compiledLines(r.log, 'Dispatch.throwsInlined(II)I').some((l) => l.includes('inlined Dispatch.divide(II)I@'))).toBe(true);
    expect(compiledLines(r.log, 'Dispatch.inlinedLoops(I)J').some((l) => l.includes('inlined Dispatch.sumTo(I)I@'))).toBe(true);
    expect(r.jit!.stats.inlinedFramesRebuilt).toBeGreaterThan(0);
    // What the deopt trace gets from the compiler: stops with kinds, reasons and inlined-caller chains, assumptions.
    const all = r.jit!.compiledMethods();
    const thrower = all.filter((c) => `${c.P.method.owner.name}.${c.P.method.name}` === 'Dispatch.throwsInlined').pop()!;
    expect(thrower.inlined.some((x) => x.startsWith('Dispatch.divide(II)I@'))).toBe(true);
    const inDivide = thrower.stops.find((x) => x.method === 'Dispatch.divide(II)I' && x.kind === 'throw-check')!;
    expect(inDivide.inlinedFrom).toEqual([expect.stringMatching(/^Dispatch\.throwsInlined\(II\)I@\d+$/)]);
    expect(inDivide.slotBase).toBeGreaterThan(0);
    const tickCodes = all.filter((c) => `${c.P.method.owner.name}.${c.P.method.name}` === 'Dispatch$Counter.tick');
    expect(tickCodes.some((c) => c.assumptions.includes('class-hierarchy: Dispatch$Counter receivers all run Dispatch$Counter.step()I'))).toBe(true);
  });

  it('-Xcomp -XX:+DeoptimizeALot: same output, polls inside inlined loops rebuild all frames', async () => {
    const r = await runJava(program.dir, 'Dispatch', { compileAll: true, deoptimizeALot: true });
    expect(r.out).toBe(program.expected);
    expect(r.jit!.stats.inlinedFramesRebuilt).toBeGreaterThan(100);
  });

  it('default thresholds: same output', async () => {
    const r = await runJava(program.dir, 'Dispatch', { threshold: 100 });
    expect(r.out).toBe(program.expected);
  });
});
