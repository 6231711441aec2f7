// Compiled code against the interpreter and HotSpot: every arithmetic, comparison and conversion
// instruction of the JIT's subset over edge values (MIN/-1, division by zero, NaN, infinities,
// saturation, shift masking), switches, loops, arrays, fields and statics; then the explicit
// bail-outs for what is outside the subset.
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';

vi.setConfig({ testTimeout: 300_000 });
import { compiledLines, javaFixture, runJava } from './helpers.js';

const OPS = readFileSync(new URL('./Ops.java.txt', import.meta.url), 'utf8');

const BAILS = `
public class Bails {
  int n;
  static Object make() { return new Object(); }
  static synchronized int locked(int x) { return x + 1; }
  int virt() { return n; }
  static int callsVirtual(Bails b) { return b.virt() + 1; }
  static int monitor(Object o, int x) { synchronized (o) { return x * 2; } }
  static int plain(int x) { return x * 3; }
  public static void main(String[] args) {
    Bails b = new Bails();
    b.n = 4;
    int s = 0;
    for (int i = 0; i < 5; i++) s += (make() != null ? 1 : 0) + locked(i) + callsVirtual(b) + monitor(b, i) + plain(i);
    System.out.println(s);
  }
}`;

const program = javaFixture({ 'Ops.java': OPS, 'Bails.java': BAILS }, 'Ops', { javaFlags: ['-Xint'] });
const bails = javaFixture({ 'Ops.java': OPS, 'Bails.java': BAILS }, 'Bails');

const OP_METHODS = [
  'iadd(II)I', 'isub(II)I', 'imul(II)I', 'idiv(II)I', 'irem(II)I', 'ineg(I)I', 'ishl(II)I', 'ishr(II)I', 'iushr(II)I', 'ibits(II)I',
  'ladd(JJ)J', 'lsub(JJ)J', 'lmul(JJ)J', 'ldiv(JJ)J', 'lrem(JJ)J', 'lneg(J)J', 'lshl(JI)J', 'lshr(JI)J', 'lushr(JI)J', 'lbits(JJ)J', 'lcmp(JJ)I',
  'fadd(FF)F', 'fsub(FF)F', 'fmul(FF)F', 'fdiv(FF)F', 'frem(FF)F', 'fneg(F)F', 'dadd(DD)D', 'dsub(DD)D', 'dmul(DD)D', 'ddiv(DD)D', 'drem(DD)D', 'dneg(D)D',
  'fcmp(FF)I', 'dcmp(DD)I', 'i2l(I)J', 'i2f(I)F', 'i2d(I)D', 'l2i(J)I', 'l2f(J)F', 'l2d(J)D', 'f2i(F)I', 'f2l(F)J', 'f2d(F)D', 'd2i(D)I', 'd2l(D)J', 'd2f(D)F',
  'narrow(I)I', 'table(I)I', 'lookup(I)I', 'loops(I)I', 'sumArray([I)J', 'get([II)I', 'put([III)V', 'len([I)I', 'arrays(I)D', 'statics(I)J',
  'fields(LHolder;I)J', 'fib(I)I', 'stack(IJ)I',
];

describe('JIT compiler subset', () => {
  it('the interpreter agrees with HotSpot on the test program (the reference)', async () => {
    const r = await runJava(program.dir, 'Ops', null);
    expect(r.out).toBe(program.expected);
  });

  it('-Xcomp: compiled methods give the same results, exceptions and messages', async () => {
    const r = await runJava(program.dir, 'Ops', { compileAll: true });
    expect(r.err).toBe('');
    expect(r.out).toBe(program.expected);
    // Compiled on its own, or inlined into compiled code (main compiles now that it may call
    // methods without compiled code through the adapter, and inlines the small ones).
    for (const m of OP_METHODS) expect(compiledLines(r.log, `Ops.${m}`).length + r.log.filter((l) => l.includes(` Ops.${m}@`)).length, m).toBeGreaterThan(0);
    // Exceptions were raised at the faulting instructions by compiled code (docs/deopt.md
    // "Implicit exceptions in compiled code"; they deoptimized before).
    expect(r.jit!.stats.implicitExceptions).toBeGreaterThan(0);
  });

  it('-Xcomp -XX:+DeoptimizeALot: the same output while deoptimizing at every poll', async () => {
    const r = await runJava(program.dir, 'Ops', { compileAll: true, deoptimizeALot: true });
    expect(r.out).toBe(program.expected);
    expect(r.jit!.stats.deopts.get('poll') ?? 0).toBeGreaterThan(100);
  });

  it('default thresholds: hot methods get compiled while the program runs', async () => {
    const r = await runJava(program.dir, 'Ops', { threshold: 50 });
    expect(r.out).toBe(program.expected);
    expect(compiledLines(r.log, 'Ops.iadd(II)I')).not.toHaveLength(0);
  });

  it('bails out of methods outside the subset, with the reason in the log', async () => {
    const r = await runJava(bails.dir, 'Bails', { compileAll: true });
    expect(r.out).toBe(bails.expected);
    const line = (m: string) => r.log.find((l) => l.includes(`Bails.${m} not compiled:`)) ?? '';
    expect(compiledLines(r.log, 'Bails.make()Ljava/lang/Object;')).not.toHaveLength(0);
    // Synchronized methods and blocks compile (test/deopt/monitors.test.ts); jsr/ret still bails out.
    expect(compiledLines(r.log, 'Bails.locked(I)I')).not.toHaveLength(0);
    expect(line('locked(I)I') + line('monitor(Ljava/lang/Object;I)I')).toBe('');
    expect(compiledLines(r.log, 'Bails.callsVirtual(LBails;)I')).not.toHaveLength(0);
    expect(compiledLines(r.log, 'Bails.monitor(Ljava/lang/Object;I)I')).not.toHaveLength(0);
    expect(compiledLines(r.log, 'Bails.plain(I)I')).not.toHaveLength(0);
  });
});
