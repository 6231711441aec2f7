// Loop code generation (jit/loops.ts, docs/jit.md "Loops") against HotSpot: hoisted array lengths
// where the check must still fail (last iteration out of bounds, null arrays and rows, arrays
// reassigned in the loop, negative strides, induction-variable overflow), aliasing arrays, float
// compares fused with their branches (NaN, -0.0, infinities) and a leaf callee inlined in a loop;
// compiled (-Xcomp), with a deopt at every poll (-XX:+DeoptimizeALot, so every loop is entered by
// OSR again and again), and in the default tiered mode.
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { compiledLines, javaFixture, runJava } from './helpers.js';

vi.setConfig({ testTimeout: 300_000 });

const LOOPS = readFileSync(new URL('./Loops.java.txt', import.meta.url), 'utf8');

const program = javaFixture({ 'Loops.java': LOOPS }, 'Loops', { javaFlags: ['-Xint'] });

const COMPILED = ['sum([I)I', 'sumPastEnd([I)I', 'swapping([I[I)I', 'backwards([JI)J', 'wrap([I)I', 'nullRows([[I)I', 'smooth([D[D)V',
  'sweep([[DI)D', 'cmpD(DD)I', 'cmpF(FF)I', 'draws(LLoops$Gen;I[J)J'];

describe('JIT: loops', () => {
  it('-Xcomp: same output and exceptions (message, stack trace line) as HotSpot', async () => {
    const r = await runJava(program.dir, 'Loops', { compileAll: true });
    expect(r.err).toBe('');
    expect(r.out).toBe(program.expected);
    // Compiled on their own, or inlined into their caller (small leaves are, even before they ran).
    for (const m of COMPILED) {
      const inlined = r.log.filter((l) => l.includes('wasm bytes') && l.includes(`inlined `) && l.includes(`Loops.${m}@`));
      expect([...compiledLines(r.log, `Loops.${m}`), ...inlined], m).not.toHaveLength(0);
    }
    // The failing checks in loops with hoisted lengths threw (in compiled code: the interpreter's
    // exceptions, created by the runtime; they deoptimized before).
    expect(r.jit!.stats.implicitExceptions).toBeGreaterThan(0);
  });

  it('-Xcomp -XX:+DeoptimizeALot: every poll deoptimizes inside the loops; same output', async () => {
    const r = await runJava(program.dir, 'Loops', { compileAll: true, deoptimizeALot: true });
    expect(r.out).toBe(program.expected);
    expect(r.jit!.stats.deopts.get('poll') ?? 0).toBeGreaterThan(100);
  });

  it('tiered: hot methods and OSR; the leaf generator is inlined into the loop that calls it', async () => {
    const r = await runJava(program.dir, 'Loops', {});
    expect(r.out).toBe(program.expected);
    const draws = compiledLines(r.log, 'Loops.draws(LLoops$Gen;I[J)J');
    expect(draws).not.toHaveLength(0);
    // Gen.next() (37 bytes) is over the 35-byte budget of ordinary sites, within the loop sites' one.
    expect(draws.some((l) => l.includes('inlined Loops$Gen.next()J@'))).toBe(true);
  });
});
